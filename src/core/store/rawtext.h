#pragma once

#include "core/util/bytebuffer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace rs {

struct FileStamp;
struct GzipTextIndex;

// One raw line, owning what it shows: a pin on the bytes its view points into (resident file bytes
// or a block read back from disk). Deliberately not convertible to std::string_view: keep the
// RawLine alive while its view() is used.
class RawLine {
public:
    RawLine() = default;
    RawLine(std::shared_ptr<const void> pin, std::string_view text)
        : m_pin(std::move(pin))
        , m_text(text)
    {}
    explicit RawLine(std::string text);

    std::string_view view() const { return m_text; }
    bool empty() const { return m_text.empty(); }
    std::size_t size() const { return m_text.size(); }
    std::string str() const { return std::string(m_text); }

private:
    std::shared_ptr<const void> m_pin;
    std::string_view m_text;
};

// Whether a file's text can still be read as it was at import.
enum class TextState : std::uint8_t {
    Available,
    Changed,    // the file's size or modification time differs from the import's
    Missing,    // the file is gone or cannot be opened
    Unreadable, // a read error, or the compressed bytes no longer inflate
};

// The text of one imported file, read on demand (DESIGN §2: memory must not grow with the text).
// Thread-safe: lines are read from several filter threads and the GUI thread at once. A file that
// changed since the import yields nothing (and says so), never other bytes.
class RawText {
public:
    // Longest line handed out; the importer skips longer lines (ParseOptions::maxLineBytes).
    static constexpr std::size_t kMaxLine = (1u << 20) + 1;

    virtual ~RawText();
    RawText(const RawText&) = delete;
    RawText& operator=(const RawText&) = delete;

    // Bytes of text as imported.
    std::uint64_t size() const { return m_size; }
    // The line starting at `offset`: up to its newline, without a carriage return before it, at most
    // kMaxLine bytes. Empty past the end or when the file cannot be read as it was.
    virtual RawLine line(std::uint64_t offset) const;
    // Up to `length` bytes from `offset` (fewer at the end); nothing when the file cannot be read as
    // it was.
    std::optional<std::string> read(std::uint64_t offset, std::size_t length) const;
    // Hands the text of [from, to) to `chunk` in order, in pieces of any size, without holding it
    // all; `chunk` returns false to stop. False when the text could not be read to the end asked for.
    virtual bool scan(std::uint64_t from, std::uint64_t to,
                      const std::function<bool(std::string_view)>& chunk) const;
    // The newlines in [from, to), read through the same per-thread blocks as line(): counting on
    // from one row to the next in file order reads each block once. Nothing when the text cannot be
    // read as it was.
    virtual std::optional<std::uint64_t> newlines(std::uint64_t from, std::uint64_t to) const;

    TextState state() const { return m_state.load(std::memory_order_relaxed); }
    // Why state() is not Available, for the user (file system path and reason); empty when it is.
    std::string problem() const;
    // Whether a bundle found elsewhere can give this text back (File → Locate Bundle…): false for
    // a text that was never in a file (an input given as bytes).
    virtual bool relocatable() const { return true; }
    // Whether reading from any offset costs about what the bytes read cost: false for a reopened
    // gzip file whose checkpoints are still to be taken (its first read inflates all of it), which
    // a search then reads in one piece instead of waiting for it in many.
    virtual bool seekable() const { return true; }
    // The bytes when the whole text is held in memory; null otherwise.
    virtual const SharedBytes* resident() const { return nullptr; }
    // What the source keeps in memory (resident bytes, checkpoints).
    virtual std::size_t memoryBytes() const { return 0; }

protected:
    explicit RawText(std::uint64_t size);

    // A block of text read back: at `offset`, `bytes` (shorter than asked at the end of the text).
    struct Block {
        std::uint64_t offset = 0;
        std::string bytes;
    };
    // Reads up to `length` bytes at `offset` into `out`. Returns false (after fail()) when the file
    // cannot be read as it was. Called concurrently.
    virtual bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const = 0;
    void fail(TextState state, std::string why) const;
    // Whether the file at `path` still has `stamp` (else fail()s with Missing or Changed).
    bool stillAsImported(const std::string& path, const FileStamp& stamp) const;
    std::uint64_t id() const { return m_id; }

private:
    // The cached block holding `offset`, or one read from it on; with `before` (a block ending within
    // the line at `offset`), its rest followed by the text after it.
    std::shared_ptr<const Block> blockAt(std::uint64_t offset, const Block* before = nullptr) const;

    std::uint64_t m_size;
    const std::uint64_t m_id; // tells the per-thread block caches' entries apart
    mutable std::atomic<TextState> m_state{TextState::Available};
    mutable std::mutex m_problemMutex;
    mutable std::string m_problem;
};

using SharedText = std::shared_ptr<const RawText>;

// The whole text in memory: in-memory inputs, and archive members that cannot be read back through
// their layers (LayeredText), which happens to a zip's, 7z's or bzip2/xz/zstd tar's members only
// when they could not be written to a spill file (core/bundle/spillfile.h).
class ResidentText final : public RawText {
public:
    explicit ResidentText(SharedBytes bytes);
    RawLine line(std::uint64_t offset) const override;
    bool scan(std::uint64_t from, std::uint64_t to,
              const std::function<bool(std::string_view)>& chunk) const override;
    std::optional<std::uint64_t> newlines(std::uint64_t from, std::uint64_t to) const override;
    const SharedBytes* resident() const override { return &m_bytes; }

    std::size_t memoryBytes() const override { return m_bytes->size(); }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    SharedBytes m_bytes;
};

// What a loose file was when it was read: reads compare the file with it before trusting a byte.
struct FileStamp {
    std::uint64_t size = 0; // of the file on disk (compressed for gzip)
    std::int64_t mtimeNs = 0;
    std::uint64_t inode = 0;
    std::uint64_t device = 0;

    // The stamp of `path` now; nothing (and errno's text in `error`) when it cannot be stat()ed.
    static std::optional<FileStamp> of(const std::string& path, std::string* error = nullptr);
    bool operator==(const FileStamp&) const = default;
};

// A loose plain file, read back with pread().
class PlainFileText final : public RawText {
public:
    PlainFileText(std::string path, std::uint64_t textSize, FileStamp stamp);
    const std::string& path() const { return m_path; }
    const FileStamp& stamp() const { return m_stamp; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    std::string m_path;
    FileStamp m_stamp;
};

// A loose gzip file, read back by inflating from the checkpoint before the wanted text (taken while
// the import inflated it once). Sequential reads on one thread continue the last inflate instead of
// starting again from a checkpoint.
class GzipFileText final : public RawText {
public:
    GzipFileText(std::string path, std::shared_ptr<const GzipTextIndex> index);
    ~GzipFileText() override;
    std::size_t memoryBytes() const override;
    const std::string& path() const { return m_path; }
    const GzipTextIndex& index() const { return *m_index; }

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    std::string m_path;
    std::shared_ptr<const GzipTextIndex> m_index;
};

} // namespace rs
