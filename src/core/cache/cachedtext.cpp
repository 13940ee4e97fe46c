#include "core/cache/cachedtext.h"

#include "core/store/gzipindex.h"

namespace rs::cache {

DetachedText::DetachedText(std::string path, std::uint64_t textSize)
    : RawText(textSize)
{
    fail(TextState::Missing, path + ": an archive member; its raw lines are read from the bundle, which "
                                    "a cached incident does not hold (open it without the cache)");
}

bool DetachedText::fetch(std::uint64_t, std::size_t, std::string&) const
{
    return false;
}

LazyGzipText::LazyGzipText(std::string path, std::uint64_t textSize, FileStamp stamp)
    : RawText(textSize)
    , m_path(std::move(path))
    , m_stamp(stamp)
{}

LazyGzipText::~LazyGzipText() = default;

std::size_t LazyGzipText::memoryBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_text ? m_text->memoryBytes() : 0;
}

std::shared_ptr<const GzipFileText> LazyGzipText::ready() const
{
    std::lock_guard lock(m_mutex);
    if (m_tried)
        return m_text;
    m_tried = true;
    std::string error;
    const std::optional<FileStamp> now = FileStamp::of(m_path, &error);
    if (!now) {
        fail(TextState::Missing, m_path + ": " + error);
        return nullptr;
    }
    if (!(*now == m_stamp)) {
        fail(TextState::Changed, m_path + ": changed since the import");
        return nullptr;
    }
    auto stream = bundleio::fileOpener(m_path)(0);
    auto built = bundleio::GzipCheckpoints::build(*stream, GzipTextIndex::kSpacing, [](std::string_view) {});
    if (!built.checkpoints) {
        fail(TextState::Unreadable, m_path + ": " + built.error);
        return nullptr;
    }
    if (built.checkpoints->textSize() != size()) {
        fail(TextState::Changed, m_path + ": changed since the import");
        return nullptr;
    }
    auto index = std::make_shared<GzipTextIndex>();
    index->stamp = m_stamp;
    index->checkpoints = std::move(*built.checkpoints);
    index->complete = true;
    m_text = std::make_shared<GzipFileText>(m_path, std::move(index));
    return m_text;
}

bool LazyGzipText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const
{
    const auto text = ready();
    if (!text)
        return false;
    std::optional<std::string> bytes = text->read(offset, length);
    if (!bytes) {
        fail(text->state(), text->problem());
        return false;
    }
    out = std::move(*bytes);
    return true;
}

} // namespace rs::cache
