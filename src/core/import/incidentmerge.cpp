#include "core/import/incidentmerge.h"

#include "core/bundle/rotation.h"
#include "core/import/consistencychecks.h"
#include "core/util/memorytrace.h"

#include <algorithm>
#include <malloc.h>
#include <numeric>

namespace rs {
namespace {

// Every table with one row per line and its file as runs, with a fixed index.
template <typename F> void forEachRowTable(RecordTables& t, F&& f)
{
    f(t.requests, 0);
    f(t.events, 1);
    f(t.stderrLines, 2);
    f(t.containers, 3);
    f(t.lager, 4);
    f(t.lb, 5);
    f(t.apps, 6);
}

bool mayFold(const FileReport& a, const FileReport& b)
{
    if (a.kind != b.kind)
        return false;
    // Every router holds the same routing table: identical dumps of two routers are two facts.
    if (a.kind == FileKind::RouteDump || a.kind == FileKind::ActualLrps)
        return a.identity == b.identity;
    return true;
}

// `column` with its blocks (`begin[i]`, `rows[i]` rows) in `order`, in a vector of exactly its size.
template <typename Column>
void reorderColumn(Column& column, const std::vector<std::size_t>& begin,
                   const std::vector<std::size_t>& rows, const std::vector<std::size_t>& order,
                   std::size_t total)
{
    if (column.size() != total) {
        // A column a producer does not fill (RequestTable::uri when some file had none) stays empty.
        Column().swap(column);
        return;
    }
    Column next;
    next.reserve(total);
    for (const std::size_t block : order) {
        const auto from = column.begin() + static_cast<std::ptrdiff_t>(begin[block]);
        next.insert(next.end(), from, from + static_cast<std::ptrdiff_t>(rows[block]));
    }
    column.swap(next);
    Column().swap(next);
    // The old column's memory back to the system before the next column is copied: glibc keeps
    // freed blocks below its mmap threshold in its arenas, and the peak would be every column twice.
    malloc_trim(0);
}

template <typename Table>
void reorderBlocks(Table& table, const std::vector<std::size_t>& rows, const std::vector<std::size_t>& order)
{
    std::vector<std::size_t> begin(rows.size());
    std::exclusive_scan(rows.begin(), rows.end(), begin.begin(), std::size_t{0});
    const std::size_t total = table.size();
    std::apply([&](auto&... column) { (reorderColumn(column, begin, rows, order, total), ...); },
               Table::columnsOf(table));
    FileColumn files;
    for (std::size_t position = 0; position < order.size(); ++position)
        files.append(rows[order[position]], static_cast<FileIndex>(position));
    table.source.file = std::move(files);
}

template <typename T> void permute(std::vector<T>& items, const std::vector<std::size_t>& order)
{
    std::vector<T> next;
    next.reserve(items.size());
    for (const std::size_t index : order)
        next.push_back(std::move(items[index]));
    items.swap(next);
}

} // namespace

IncidentMerger::IncidentMerger(Incident& incident)
    : m_incident(incident)
{}

bool IncidentMerger::foldDuplicate(ParsedFile& file)
{
    // Same size and the same content hash taken while parsing (the bytes of a loose file are gone
    // by now: its text is read back from disk).
    if (!file.text || file.report.ignored != IgnoreReason::None || file.textSize == 0)
        return false;
    std::vector<std::size_t>& kept = m_kept[{file.textSize, file.contentHash}];
    const auto original = std::find_if(kept.begin(), kept.end(), [&](std::size_t k) {
        return mayFold(m_incident.report.files[k], file.report);
    });
    if (original == kept.end()) {
        kept.push_back(m_incident.report.files.size());
        return false;
    }
    const std::string& firstPath = m_incident.report.files[*original].path;
    m_duplicates.push_back({file.report.path, BundleIssue::DuplicateFile,
                            ConsistencyText::tr("same content as %1; imported once from there")
                                .arg(QString::fromStdString(firstPath))
                                .toStdString()});
    // The file stays listed (so the user sees where it went), without records or skip counts that
    // would be counted twice; its text is the original's, shared.
    file.parts.clear();
    file.text = m_incident.fileText[*original];
    file.report.records = 0;
    file.report.skipped.clear();
    file.report.foreignLines = 0;
    file.report.foreignExample = {};
    file.report.first = file.report.last = kNoTime;
    return true;
}

void IncidentMerger::add(std::optional<ParsedFile> arrived)
{
    if (!arrived)
        return;
    ParsedFile& parsed = *arrived;
    foldDuplicate(parsed);

    RecordTables& tables = m_incident.tables;
    const auto file = static_cast<FileIndex>(m_blocks.size());
    Block block;
    forEachRowTable(tables, [&](const auto& table, std::size_t index) { block.rows[index] = table.size(); });
    for (RecordTables& part : parsed.parts) {
        for (const IdentityInfo& info : part.identities)
            block.identities.push_back(tables.identityIndex(info));
        tables.append(part, file);
        part = RecordTables(); // its string pool and columns go now
        // ... back to the system too, part by part: a big file's parts (a 1 GB access log cut into
        // 16 MiB pieces: about as many rows as the incident held before it) would otherwise all stay
        // in the parser threads' arenas until the file is merged, beside the rows copied from them.
        if (parsed.parts.size() > 1)
            malloc_trim(0);
    }
    forEachRowTable(tables, [&](const auto& table, std::size_t index) {
        block.rows[index] = table.size() - block.rows[index];
    });
    m_blocks.push_back(std::move(block));
    m_paths.push_back(parsed.report.path);

    m_incident.report.bytes += parsed.report.bytes;
    m_incident.report.lines += parsed.report.lines;
    m_incident.report.files.push_back(std::move(parsed.report));
    m_incident.fileText.push_back(std::move(parsed.text));
    parsed = ParsedFile();
    // What the file's parts held (string pools, columns), freed by the parser threads' arenas,
    // back to the system: glibc would keep it for those arenas, and the resident set would grow
    // by every file's parts while the incident grows beside them (measured: 660 MiB peak for a
    // bundle whose incident holds 300).
    malloc_trim(0);
    traceMemory("import: merged a file");
}

void IncidentMerger::finish()
{
    const std::vector<std::size_t> order = rotationOrder(m_paths);
    std::vector<std::size_t> positionOf(order.size());
    for (std::size_t position = 0; position < order.size(); ++position)
        positionOf[order[position]] = position;

    // Identities numbered as they first appear in rotation order, as a merge in that order did.
    RecordTables& tables = m_incident.tables;
    constexpr IdentityIndex kUnseen = ~IdentityIndex{0};
    std::vector<IdentityIndex> renumbered(tables.identities.size(), kUnseen);
    IdentityIndex next = 0;
    for (const std::size_t block : order)
        for (const IdentityIndex identity : m_blocks[block].identities)
            if (renumbered[identity] == kUnseen)
                renumbered[identity] = next++;
    for (IdentityIndex& identity : renumbered) // every identity came from a block; kept total
        if (identity == kUnseen)
            identity = next++;
    tables.renumberIdentities(renumbered);

    forEachRowTable(tables, [&](auto& table, std::size_t index) {
        std::vector<std::size_t> rows(m_blocks.size());
        for (std::size_t block = 0; block < m_blocks.size(); ++block)
            rows[block] = m_blocks[block].rows[index];
        reorderBlocks(table, rows, order);
    });
    for (RouteSnapshot& snapshot : tables.routeSnapshots)
        snapshot.file = static_cast<FileIndex>(positionOf[snapshot.file]);
    for (LrpSnapshot& snapshot : tables.lrpSnapshots)
        snapshot.file = static_cast<FileIndex>(positionOf[snapshot.file]);
    const auto byFile = [](const auto& a, const auto& b) { return a.file < b.file; };
    std::stable_sort(tables.routeSnapshots.begin(), tables.routeSnapshots.end(), byFile);
    std::stable_sort(tables.lrpSnapshots.begin(), tables.lrpSnapshots.end(), byFile);

    permute(m_incident.report.files, order);
    permute(m_incident.fileText, order);
    m_incident.report.problems.insert(m_incident.report.problems.end(),
                                      std::make_move_iterator(m_duplicates.begin()),
                                      std::make_move_iterator(m_duplicates.end()));
    m_duplicates.clear();
    m_blocks.clear();
}

} // namespace rs
