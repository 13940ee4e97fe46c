#pragma once

#include "core/bundle/bundlereader.h"
#include "core/store/rawtext.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rs::cache {

// The archive members of a reopened incident, read again from its inputs the first time one of
// their raw lines is asked for: the cache does not hold their text (nor checkpoints), so the first
// raw line costs one read of the bundle (no parsing). Then the members are read back as after the
// import: through their layers from the inputs, or, for a member the inputs cannot give back (a zip
// entry, a .tar.bz2's member), from the spill file it was written to again on that read
// (BundleReader::setSpillDirectory); held in memory only when no spill file could be written.
class BundleMembers {
public:
    BundleMembers(std::vector<std::string> inputs, BundleLimits limits);

    struct Member {
        SharedText text;        // read back through its layers, as the import does, or held
        std::uint64_t hash = 0; // its content hash now (core/import/contenthash.h)
    };
    // The member as the bundle yields it now; no text (and why in `error`) when it does not.
    Member member(const std::string& logicalPath, std::string& error) const;
    // Members that will be asked for (the others are not kept).
    void want(const std::string& logicalPath) { m_wanted.insert({logicalPath, Member{}}); }

private:
    std::vector<std::string> m_inputs;
    BundleLimits m_limits;
    mutable std::mutex m_mutex;
    mutable bool m_read = false;
    mutable std::string m_error;
    mutable std::map<std::string, Member> m_wanted;
};

// An archive member's text in a reopened incident, read through BundleMembers; its bytes must have
// the content hash they had at the import, else it is TextState::Changed and yields nothing.
class MemberText final : public RawText {
public:
    MemberText(std::shared_ptr<const BundleMembers> members, std::string path, std::uint64_t textSize,
               std::uint64_t hash);
    std::size_t memoryBytes() const override;
    // The bytes when the member, read again, is held (as the import holds what it cannot read back).
    const SharedBytes* resident() const override;
    const std::string& path() const { return m_path; }
    // The member's content hash at import (core/import/contenthash.h).
    std::uint64_t hash() const { return m_hash; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    SharedText ready() const;

    std::shared_ptr<const BundleMembers> m_members;
    std::string m_path;
    std::uint64_t m_hash;
    mutable std::mutex m_mutex;
    mutable bool m_tried = false;
    mutable SharedText m_text;
};

// The text of a file a cached incident cannot read again (an archive member of an input given as
// bytes): always TextState::Missing, with a problem() that says so; never other bytes.
class DetachedText final : public RawText {
public:
    DetachedText(std::string path, std::uint64_t textSize);
    bool relocatable() const override { return false; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;
};

// A loose gzip file of a reopened incident: its checkpoints are taken again (one inflate of the
// file) on the first read, if the file is still the one imported; then it reads as GzipFileText.
class LazyGzipText final : public RawText {
public:
    LazyGzipText(std::string path, std::uint64_t textSize, FileStamp stamp);
    ~LazyGzipText() override;
    std::size_t memoryBytes() const override;
    // Whether the checkpoints were taken (or tried): until then the first read inflates the whole
    // file, so a search reads it in one piece instead of waiting for it in many.
    bool prepared() const;
    bool seekable() const override { return prepared(); }
    bool scan(std::uint64_t from, std::uint64_t to,
              const std::function<bool(std::string_view)>& chunk) const override;
    const std::string& path() const { return m_path; }
    const FileStamp& stamp() const { return m_stamp; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    std::shared_ptr<const GzipFileText> ready() const;
    // Takes the checkpoints with m_mutex held, handing the text to `sink` as it is inflated; false
    // (and nothing kept) when `cancel` stopped it.
    bool takeCheckpoints(const std::function<void(std::string_view)>& sink,
                         const std::atomic<bool>* cancel) const;

    std::string m_path;
    FileStamp m_stamp;
    mutable std::mutex m_mutex;
    mutable bool m_tried = false;
    mutable std::shared_ptr<const GzipFileText> m_text;
};

} // namespace rs::cache
