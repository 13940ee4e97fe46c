// The column sections of a saved incident read back: the string pool, then every table's columns
// and file runs, each checked against what it indexes.
#include "core/cache/incidentfilereader.h"

#include <functional>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rs::cache::detail {
namespace {

// ---- checking what the columns index -----------------------------------------------------------

class ColumnCheck {
public:
    ColumnCheck(const RecordTables& tables, std::size_t rows)
        : m_strings(tables.strings.size())
        , m_identities(tables.identities.size())
        , m_rows(rows)
    {}

    // Columns of 32-bit values that are not string ids.
    std::unordered_set<const void*> identityColumns, freeColumns, optionalColumns;
    std::string error;

    template <typename ColumnType> void operator()(const ColumnType& column)
    {
        using T = typename ColumnType::value_type;
        if (!error.empty())
            return;
        if (column.size() != m_rows && !(column.empty() && optionalColumns.count(&column) != 0)) {
            error = "a column's length differs from its table's";
            return;
        }
        if constexpr (std::is_same_v<T, std::uint32_t>) {
            if (freeColumns.count(&column) != 0)
                return;
            const std::size_t limit = identityColumns.count(&column) != 0 ? m_identities : m_strings;
            for (const std::uint32_t id : column)
                if (id >= limit) {
                    error = identityColumns.count(&column) != 0 ? "an identity out of range"
                                                                : "a string id out of range";
                    return;
                }
        } else if constexpr (std::is_same_v<T, RequestId>) {
            for (const RequestId& id : column)
                if (id.isText() && id.lo >= m_strings) {
                    error = "a request id's string out of range";
                    return;
                }
        } else if constexpr (std::is_enum_v<T>) {
            for (const T value : column)
                if (!validEnum(value)) {
                    error = "a value beyond its enumeration";
                    return;
                }
        }
    }

private:
    std::size_t m_strings;
    std::size_t m_identities;
    std::size_t m_rows;
};

template <typename Table> std::size_t firstColumnSize(const Table& table)
{
    return std::get<0>(Table::columnsOf(table)).size();
}

template <typename Table>
bool readTable(Reader& r, Table& table, const RecordTables& tables, std::size_t files,
               const std::function<void(ColumnCheck&, const Table&)>& describe)
{
    std::apply([&](auto&... column) { (r.column(column), ...); }, Table::columnsOf(table));
    std::vector<std::uint64_t> ends;
    std::vector<FileIndex> runFiles;
    r.column(ends);
    r.column(runFiles);
    if (!r.ok())
        return false;
    const std::size_t rows = firstColumnSize(table);
    ColumnCheck check(tables, rows);
    describe(check, table);
    std::apply([&](const auto&... column) { (check(column), ...); }, Table::columnsOf(std::as_const(table)));
    if (!check.error.empty())
        return r.fail(check.error);
    // Runs: as many ends as files, strictly increasing, the last one the table's end.
    if (ends.size() != runFiles.size() || (rows > 0 && (ends.empty() || ends.back() != rows)) ||
        (rows == 0 && !ends.empty()))
        return r.fail("file runs do not cover the table");
    std::uint64_t previous = 0;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        if (ends[i] <= previous || runFiles[i] >= files)
            return r.fail("a file run out of order or of no file");
        table.source.file.append(static_cast<std::size_t>(ends[i] - previous), runFiles[i]);
        previous = ends[i];
    }
    return true;
}

} // namespace

bool readStrings(Reader& r, StringPool& pool)
{
    // In place when the file is mapped: the pool views its text instead of copying it.
    Column<std::uint64_t> ends;
    std::string_view blob;
    std::shared_ptr<const void> blobOwner;
    std::string copy;
    Column<StringPool::Slot> index;
    if (!r.column(ends) || !r.next(blob, blobOwner, copy) || !r.column(index))
        return false;
    if (ends.size() > std::numeric_limits<StringPool::Id>::max())
        return r.fail("too many strings");
    // Ids are dense and each indexed once; a misplaced empty or out-of-order string is rejected.
    if (!pool.assign(blob, ends.span(), blobOwner ? std::move(blobOwner) : nullptr, std::move(index)))
        return r.fail("the strings are not a pool this build wrote (order, empty strings or their index)");
    return true;
}

bool readTables(Reader& r, RecordTables& t, std::size_t files)
{
    if (r.ok())
        readTable<RequestTable>(r, t.requests, t, files, [](ColumnCheck& c, const RequestTable& x) {
            c.identityColumns.insert(&x.identity);
            c.optionalColumns.insert(&x.uri);
        });
    if (r.ok())
        readTable<RouterEventTable>(r, t.events, t, files, [](ColumnCheck& c, const RouterEventTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<StderrTable>(r, t.stderrLines, t, files, [](ColumnCheck& c, const StderrTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<ContainerEventTable>(
            r, t.containers, t, files,
            [](ColumnCheck& c, const ContainerEventTable& x) { c.identityColumns.insert(&x.identity); });
    if (r.ok())
        readTable<LagerTable>(r, t.lager, t, files, [](ColumnCheck& c, const LagerTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<LbTable>(r, t.lb, t, files,
                           [](ColumnCheck& c, const LbTable& x) { c.identityColumns.insert(&x.identity); });
    if (r.ok())
        readTable<AppLogTable>(r, t.apps, t, files, [](ColumnCheck& c, const AppLogTable& x) {
            c.freeColumns.insert(&x.textAt);
            c.freeColumns.insert(&x.textEnd);
        });
    return r.ok();
}

} // namespace rs::cache::detail
