#include "core/bundle/readsession.h"

// Members whose bytes cannot be read back from the bundle, written to a spill file as they are read
// so that they can be read back from there (issue 15).

#include "core/bundle/spillfile.h"
#include "core/store/layeredtext.h"

#include <algorithm>

namespace rs::bundleio {
namespace {

// A member's bytes, written to the spill file before they are handed on: whoever reads them (a
// parser that gives its pages back, an inflater taking checkpoints) may read them back at once.
class SpillStream final : public Stream {
public:
    SpillStream(Stream& inner, SpillFile& file)
        : m_inner(inner)
        , m_file(file)
    {}

    std::string_view next() override
    {
        const std::string_view chunk = m_inner.next();
        if (m_inner.halt() && !halt())
            setHalt(*m_inner.halt(), m_inner.haltDetail(), m_inner.haltUpstream());
        if (!chunk.empty())
            m_file.append(chunk); // a failed write holds the bytes instead (processSpilling says so)
        return chunk;
    }

private:
    Stream& m_inner;
    SpillFile& m_file;
};

} // namespace

void ReadSession::processSpilling(const Node& node, Stream& in, int depth)
{
    if (node.origin || m_spillDirectory.empty() || m_spillFailed) {
        process(node, in, depth);
        return;
    }
    const std::shared_ptr<SpillFile> file = takeSpill(node);
    if (!file) {
        process(node, in, depth);
        return;
    }
    // The member runs from here to wherever it ends (the members after it come later, once it is
    // read): its readers stop at its text's size.
    const std::uint64_t start = file->size();
    Node spilled = node;
    spilled.origin = std::make_shared<const TextOrigin>(
        TextOrigin{node.path, FileStamp{}, {TextLayer::slice(start, UINT64_MAX - start)}, file});
    SpillStream tee(in, *file);
    process(spilled, tee, depth);
    giveBackSpill(file);
    if (file->writeFailed() && !m_spillFailed) {
        m_spillFailed = true;
        report(node.path, BundleIssue::SpillFailed,
               "the spill file could not be written (" + file->writeError() +
                   "); the rest of this member and the members after it are held in memory");
    }
}

bool ReadSession::processSpilledArchive(const Node& node, Stream& in, Container kind, int depth)
{
    // Only the member processSpilling() writes as it is read: its range starts at its one layer.
    if (!node.origin || !node.origin->spill || node.origin->layers.size() != 1 || in.whole())
        return false;
    const SpillFile& file = *node.origin->spill;
    const std::uint64_t start = node.origin->layers.front().offset;
    if (file.writeFailed())
        return false;
    // The same limits as collect(): an archive cut at the member limit would not open anyway.
    if (node.declaredSize &&
        !checkTotal(node, std::min<std::uint64_t>(*node.declaredSize, m_limits.maxMemberBytes)))
        return true;
    std::uint64_t size = 0;
    for (;;) {
        const std::string_view chunk = in.next(); // written to the spill file on the way
        if (chunk.empty())
            break;
        size += chunk.size();
        if (!checkSize(node, size))
            return true;
    }
    if (const auto& halt = in.halt()) {
        if (*halt == BundleIssue::Cancelled || in.haltUpstream()) {
            stopped(); // reports an exhausted total budget, once
            return true;
        }
        report(node.path, *halt, in.haltDetail());
        if (endsRead(*halt))
            return true;
    }
    SharedBytes bytes = file.map(start, static_cast<std::size_t>(size));
    if (!bytes) {
        // Not all on disk after all (a write failed on the way): read back into memory.
        std::string held;
        if (!file.read(start, static_cast<std::size_t>(size), held) || held.size() != size) {
            report(node.path, BundleIssue::Unreadable, "the spill file cannot be read back");
            return true;
        }
        bytes = bytesFromString(std::move(held));
    }
    m_held += size;
    MemoryStream memory(bytes);
    Node mapped = node;
    mapped.origin.reset(); // a zip's members are not slices of it
    processArchive(mapped, memory, kind, depth + 1);
    m_held -= size;
    return true;
}

std::shared_ptr<SpillFile> ReadSession::takeSpill(const Node& node)
{
    for (Spill& spill : m_spills) {
        if (!spill.writing && !spill.file->writeFailed()) {
            spill.writing = true;
            return spill.file;
        }
    }
    std::string error;
    std::shared_ptr<SpillFile> file = SpillFile::create(m_spillDirectory, error);
    if (!file) {
        m_spillFailed = true;
        report(node.path, BundleIssue::SpillFailed,
               "no spill file: " + error +
                   "; members that cannot be read back from the bundle are held in memory");
        return nullptr;
    }
    m_spills.push_back({file, true});
    return file;
}

void ReadSession::giveBackSpill(const std::shared_ptr<SpillFile>& file)
{
    const auto spill =
        std::find_if(m_spills.begin(), m_spills.end(), [&](const Spill& s) { return s.file == file; });
    if (spill != m_spills.end())
        spill->writing = false;
}

} // namespace rs::bundleio
