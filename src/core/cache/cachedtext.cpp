#include "core/cache/cachedtext.h"

#include "core/import/contenthash.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"

#include <algorithm>
#include <cstring>

namespace rs::cache {

BundleMembers::BundleMembers(std::vector<std::string> inputs, BundleLimits limits)
    : m_inputs(std::move(inputs))
    , m_limits(limits)
{}

BundleMembers::Member BundleMembers::member(const std::string& logicalPath, std::string& error) const
{
    std::lock_guard lock(m_mutex);
    if (!m_read) {
        m_read = true;
        std::vector<BundleProblem> problems;
        BundleReader(m_limits).read(
            m_inputs,
            [&](BundleEntry&& entry) {
                const auto it = m_wanted.find(entry.path);
                // The first of a logical path, as the import kept (a later one was a duplicate).
                if (it == m_wanted.end() || it->second.text)
                    return;
                const std::uint64_t hash = contentHash(entry.bytes->view());
                it->second = {entry.origin ? memberText(*entry.origin, entry.gzipIndex, entry.wasGzip,
                                                        std::move(entry.bytes), hash)
                                           : std::make_shared<ResidentText>(std::move(entry.bytes)),
                              hash};
            },
            problems);
        if (!problems.empty())
            m_error = problems.front().path + ": " + problems.front().detail;
    }
    const auto it = m_wanted.find(logicalPath);
    if (it == m_wanted.end() || !it->second.text) {
        error = logicalPath + ": not found in the bundle any more" +
                (m_error.empty() ? "" : " (" + m_error + ")");
        return {};
    }
    return it->second;
}

MemberText::MemberText(std::shared_ptr<const BundleMembers> members, std::string path, std::uint64_t textSize,
                       std::uint64_t hash)
    : RawText(textSize)
    , m_members(std::move(members))
    , m_path(std::move(path))
    , m_hash(hash)
{}

std::size_t MemberText::memoryBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_text ? m_text->memoryBytes() : 0;
}

const SharedBytes* MemberText::resident() const
{
    std::lock_guard lock(m_mutex);
    return m_text ? m_text->resident() : nullptr;
}

SharedText MemberText::ready() const
{
    std::lock_guard lock(m_mutex);
    if (m_tried)
        return m_text;
    m_tried = true;
    std::string error;
    BundleMembers::Member member = m_members->member(m_path, error);
    if (!member.text) {
        fail(TextState::Missing, error);
        return nullptr;
    }
    if (member.text->size() != size() || member.hash != m_hash) {
        fail(TextState::Changed, m_path + ": changed since the import");
        return nullptr;
    }
    m_text = std::move(member.text);
    return m_text;
}

bool MemberText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const
{
    const SharedText text = ready();
    if (!text)
        return false;
    std::optional<std::string> read = text->read(offset, length);
    if (!read) {
        fail(text->state(), text->problem());
        return false;
    }
    out = std::move(*read);
    return true;
}

DetachedText::DetachedText(std::string path, std::uint64_t textSize)
    : RawText(textSize)
{
    fail(TextState::Missing, path + ": its raw lines are not in the cached incident and cannot be read "
                                    "again (open it without the cache)");
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

bool LazyGzipText::prepared() const
{
    std::lock_guard lock(m_mutex);
    return m_tried;
}

std::shared_ptr<const GzipFileText> LazyGzipText::ready() const
{
    std::lock_guard lock(m_mutex);
    if (!m_tried)
        takeCheckpoints([](std::string_view) {}, nullptr);
    return m_text;
}

bool LazyGzipText::takeCheckpoints(const std::function<void(std::string_view)>& sink,
                                   const std::atomic<bool>* cancel) const
{
    std::string error;
    const std::optional<FileStamp> now = FileStamp::of(m_path, &error);
    if (!now) {
        m_tried = true;
        fail(TextState::Missing, m_path + ": " + error);
        return true;
    }
    if (!(*now == m_stamp)) {
        m_tried = true;
        fail(TextState::Changed, m_path + ": changed since the import");
        return true;
    }
    auto stream = bundleio::fileOpener(m_path)(0);
    auto built = bundleio::GzipCheckpoints::build(*stream, GzipTextIndex::kSpacing, sink, cancel);
    if (cancel != nullptr && cancel->load())
        return false;
    m_tried = true;
    if (!built.checkpoints) {
        fail(TextState::Unreadable, m_path + ": " + built.error);
        return true;
    }
    if (built.checkpoints->textSize() != size()) {
        fail(TextState::Changed, m_path + ": changed since the import");
        return true;
    }
    auto index = std::make_shared<GzipTextIndex>();
    index->stamp = m_stamp;
    index->checkpoints = std::move(*built.checkpoints);
    index->complete = true;
    m_text = std::make_shared<GzipFileText>(m_path, std::move(index));
    return true;
}

bool LazyGzipText::scan(std::uint64_t from, std::uint64_t to,
                        const std::function<bool(std::string_view)>& chunk) const
{
    std::unique_lock lock(m_mutex);
    if (m_tried || from != 0) {
        lock.unlock();
        return RawText::scan(from, to, chunk);
    }
    // The first read is of the whole text (a search): the inflate that takes the checkpoints hands
    // the text on, instead of a second inflate from them. Stopped early, it keeps nothing and the
    // next read starts again.
    to = std::min(to, size());
    std::atomic<bool> stop{false};
    std::uint64_t at = 0;
    const auto sink = [&](std::string_view text) {
        if (stop.load(std::memory_order_relaxed) || at >= to)
            return;
        text = text.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(text.size(), to - at)));
        at += text.size();
        // A reader done with the last bytes lets the checkpoints be kept.
        if (!chunk(text) && at < to)
            stop.store(true, std::memory_order_relaxed);
    };
    if (!takeCheckpoints(sink, &stop))
        return true;
    return state() == TextState::Available;
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
