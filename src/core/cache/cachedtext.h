#pragma once

#include "core/store/rawtext.h"

#include <memory>
#include <mutex>
#include <string>

namespace rs::cache {

// The text of an archive member in a reopened incident: the cache does not hold members' text, so
// its raw lines need the bundle. Always TextState::Missing, with a problem() that says so; never
// other bytes.
class DetachedText final : public RawText {
public:
    DetachedText(std::string path, std::uint64_t textSize);

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
    const std::string& path() const { return m_path; }
    const FileStamp& stamp() const { return m_stamp; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    std::shared_ptr<const GzipFileText> ready() const;

    std::string m_path;
    FileStamp m_stamp;
    mutable std::mutex m_mutex;
    mutable bool m_tried = false;
    mutable std::shared_ptr<const GzipFileText> m_text;
};

} // namespace rs::cache
