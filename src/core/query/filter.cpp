#include "core/query/filter.h"

#include "core/query/filtereval.h"
#include "core/util/textsearch.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <thread>

namespace rs {

bool Filter::isEmpty() const
{
    return from == kNoTime && to == kNoTime && routers.empty() && hosts.empty() && apps.empty() &&
           backends.empty() && instances.empty() && statuses.empty() && classes.empty() && sources.empty() &&
           text.empty() && !rows && !expression;
}

namespace {

// Rows are tested a block at a time into a byte mask: each constraint is one tight loop over
// one column, which the compiler vectorises, instead of one branchy loop over every field.
constexpr std::size_t kBlock = 4096;
static_assert(kBlock == BoundExpression::kBlock);
// Below this many rows a second thread costs more than it saves.
constexpr std::size_t kParallelMinRows = 1u << 18;

bool isMissing(std::string_view value)
{
    return value.empty() || value == "-";
}

// The pool ids a member allows. One value is a plain compare; more become a byte table over
// the pool (hosts, backends and ids: thousands of strings, not millions), so the scan stays a
// branch-free lookup however long the list.
struct IdSet {
    std::vector<StringPool::Id> ids; // sorted, unique
    std::vector<std::uint8_t> table; // by id, when ids.size() > 1
    bool active = false;

    bool contains(StringPool::Id id) const
    {
        if (!table.empty())
            return id < table.size() && table[id] != 0;
        return std::binary_search(ids.begin(), ids.end(), id);
    }
};

// Returns false when the member is active but none of its values occur in the incident.
bool resolve(const StringPool& pool, const std::vector<std::string>& values, IdSet& set)
{
    set.active = !values.empty();
    for (const auto& value : values) {
        if (isMissing(value)) {
            set.ids.push_back(StringPool::kEmpty);
            continue;
        }
        const StringPool::Id id = pool.find(value);
        if (id != StringPool::kEmpty)
            set.ids.push_back(id);
    }
    std::sort(set.ids.begin(), set.ids.end());
    set.ids.erase(std::unique(set.ids.begin(), set.ids.end()), set.ids.end());
    if (set.ids.size() > 1) {
        set.table.assign(pool.size(), 0);
        for (const auto id : set.ids)
            set.table[id] = 1;
    }
    return !set.active || !set.ids.empty();
}

// The filter with every string resolved against this incident.
struct Compiled {
    const Incident* incident = nullptr;
    ClassColumns classes;
    bool timeActive = false;
    TimeNs lo = 0, hi = 0;
    std::vector<std::uint8_t> identityAllowed; // empty: no router constraint
    IdSet hosts, apps, backends, instances;
    std::vector<std::pair<StringPool::Id, StringPool::Id>> appInstances; // app_id/(instance_id|app_index)
    bool instancesActive = false;
    std::vector<std::uint8_t> statusAllowed; // indexed by status; empty: no constraint
    std::array<std::uint8_t, 256> classAllowed{}, sourceAllowed{};
    bool classActive = false, sourceActive = false;
    std::optional<CaseInsensitiveSearch> search; // the text, when no textRows answer it
    std::vector<std::uint8_t> textRowFound;      // textRows by row
    std::vector<std::uint8_t> rowAllowed;        // by row; empty: no explicit rows
    std::unique_ptr<BoundExpression> expression;
};

// Returns false when the filter can match no row at all.
bool compile(const Incident& incident, const Filter& filter, ClassColumns classes, Compiled& c)
{
    const auto& pool = incident.tables.strings;
    c.incident = &incident;
    c.classes = classes;
    if (filter.from != kNoTime || filter.to != kNoTime) {
        c.timeActive = true;
        // kNoTime is the smallest int64, so a lower bound above it also drops undated rows.
        c.lo = filter.from == kNoTime ? std::numeric_limits<TimeNs>::min() + 1 : filter.from;
        c.hi = filter.to == kNoTime ? std::numeric_limits<TimeNs>::max() : filter.to;
        if (c.lo >= c.hi)
            return false;
    }
    if (!filter.routers.empty()) {
        const auto& identities = incident.tables.identities;
        c.identityAllowed.assign(identities.size(), 0);
        bool any = false;
        for (std::size_t i = 0; i < identities.size(); ++i) {
            for (const auto& router : filter.routers) {
                if (identities[i].display == router ||
                    (!identities[i].id.empty() && identities[i].id == router)) {
                    c.identityAllowed[i] = 1;
                    any = true;
                }
            }
        }
        if (!any)
            return false;
    }
    if (!resolve(pool, filter.hosts, c.hosts) || !resolve(pool, filter.apps, c.apps) ||
        !resolve(pool, filter.backends, c.backends))
        return false;
    if (!filter.instances.empty()) {
        c.instancesActive = true;
        std::vector<std::string> plain;
        for (const auto& value : filter.instances) {
            const auto slash = value.find('/');
            if (slash == std::string::npos) {
                plain.push_back(value);
                continue;
            }
            const std::string_view app = std::string_view(value).substr(0, slash);
            const std::string_view instance = std::string_view(value).substr(slash + 1);
            const StringPool::Id appId = isMissing(app) ? StringPool::kEmpty : pool.find(app);
            const StringPool::Id instanceId = isMissing(instance) ? StringPool::kEmpty : pool.find(instance);
            if ((appId != StringPool::kEmpty || isMissing(app)) &&
                (instanceId != StringPool::kEmpty || isMissing(instance)))
                c.appInstances.emplace_back(appId, instanceId);
        }
        resolve(pool, plain, c.instances);
        if (c.instances.ids.empty() && c.appInstances.empty())
            return false;
    }
    if (!filter.statuses.empty()) {
        c.statusAllowed.assign(std::size_t{std::numeric_limits<std::uint16_t>::max()} + 1, 0);
        for (const auto& range : filter.statuses) {
            const int from = std::max(range.from, 0);
            const int to = std::min(range.to, static_cast<int>(std::numeric_limits<std::uint16_t>::max()));
            for (int s = from; s <= to; ++s)
                c.statusAllowed[static_cast<std::size_t>(s)] = 1;
        }
    }
    if (!filter.classes.empty()) {
        if (classes.errorClass.size() != incident.tables.requests.size())
            return false;
        c.classActive = true;
        for (const auto v : filter.classes)
            c.classAllowed[v] = 1;
    }
    if (!filter.sources.empty()) {
        if (classes.source.size() != incident.tables.requests.size())
            return false;
        c.sourceActive = true;
        for (const auto v : filter.sources)
            c.sourceAllowed[v] = 1;
    }
    if (filter.rows) {
        const std::size_t rows = incident.tables.requests.size();
        c.rowAllowed.assign(rows, 0);
        bool any = false;
        for (const auto row : *filter.rows) {
            if (row < rows) {
                c.rowAllowed[row] = 1;
                any = true;
            }
        }
        if (!any)
            return false;
    }
    if (filter.expression) {
        const bool everyRow = c.rowAllowed.empty() && !c.timeActive && c.statusAllowed.empty() &&
                              !c.classActive && !c.sourceActive && c.identityAllowed.empty() &&
                              !c.hosts.active && !c.apps.active && !c.backends.active && !c.instancesActive;
        c.expression =
            std::make_unique<BoundExpression>(incident, *filter.expression.root, classes, everyRow);
    }
    if (!filter.text.empty()) {
        // textRows, when given, is the whole answer for the text: no line is searched again.
        if (filter.textRows) {
            c.textRowFound.assign(incident.tables.requests.size(), 0);
            for (const auto row : *filter.textRows)
                if (row < c.textRowFound.size())
                    c.textRowFound[row] = 1;
        } else {
            c.search.emplace(filter.text);
        }
    }
    return true;
}

template <typename T, typename Pred>
void narrow(std::uint8_t* mask, const T* column, std::size_t n, Pred pred)
{
    for (std::size_t i = 0; i < n; ++i)
        mask[i] &= static_cast<std::uint8_t>(pred(column[i]));
}

void narrowBySet(std::uint8_t* mask, const StringPool::Id* column, std::size_t n, const IdSet& set)
{
    if (set.ids.size() == 1) {
        const StringPool::Id id = set.ids.front();
        narrow(mask, column, n, [id](StringPool::Id v) { return v == id; });
    } else {
        const std::uint8_t* table = set.table.data();
        narrow(mask, column, n, [table](StringPool::Id v) { return table[v]; });
    }
}

// Appends the passing rows of [begin, end) to `out`.
void scan(const Compiled& c, std::size_t begin, std::size_t end, std::vector<std::uint32_t>& out)
{
    const RequestTable& t = c.incident->tables.requests;
    std::array<std::uint8_t, kBlock> mask{};
    std::optional<BoundExpression::Scratch> scratch;
    if (c.expression)
        scratch.emplace();
    for (std::size_t b = begin; b < end; b += kBlock) {
        const std::size_t n = std::min(kBlock, end - b);
        std::uint8_t* m = mask.data();
        std::fill_n(m, n, std::uint8_t{1});
        if (!c.rowAllowed.empty()) {
            const std::uint8_t* allowed = c.rowAllowed.data() + b;
            for (std::size_t i = 0; i < n; ++i)
                m[i] &= allowed[i];
        }
        if (c.timeActive) {
            const TimeNs lo = c.lo, hi = c.hi;
            narrow(m, t.start.data() + b, n, [lo, hi](TimeNs v) { return (v >= lo) & (v < hi); });
        }
        if (!c.statusAllowed.empty()) {
            const std::uint8_t* allowed = c.statusAllowed.data();
            narrow(m, t.status.data() + b, n, [allowed](std::uint16_t v) { return allowed[v]; });
        }
        if (c.classActive) {
            const auto* allowed = c.classAllowed.data();
            narrow(m, c.classes.errorClass.data() + b, n, [allowed](std::uint8_t v) { return allowed[v]; });
        }
        if (c.sourceActive) {
            const auto* allowed = c.sourceAllowed.data();
            narrow(m, c.classes.source.data() + b, n, [allowed](std::uint8_t v) { return allowed[v]; });
        }
        if (!c.identityAllowed.empty()) {
            const auto& allowed = c.identityAllowed;
            narrow(m, t.identity.data() + b, n,
                   [&allowed](IdentityIndex v) { return v < allowed.size() && allowed[v] != 0; });
        }
        if (c.hosts.active)
            narrowBySet(m, t.host.data() + b, n, c.hosts);
        if (c.apps.active)
            narrowBySet(m, t.appId.data() + b, n, c.apps);
        if (c.backends.active)
            narrowBySet(m, t.backend.data() + b, n, c.backends);
        if (c.instancesActive) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!m[i])
                    continue;
                const std::size_t row = b + i;
                bool hit = c.instances.active && c.instances.contains(t.instanceId[row]);
                for (const auto& [app, instance] : c.appInstances) {
                    hit = hit || (t.appId[row] == app &&
                                  (t.instanceId[row] == instance ||
                                   (t.instanceId[row] == StringPool::kEmpty && t.appIndex[row] == instance)));
                }
                m[i] = hit ? 1 : 0;
            }
        }
        // After every member: the expression's costly terms see only the rows still in.
        if (c.expression)
            c.expression->narrow(b, n, m, *scratch);
        if (c.textRowFound.empty() && !c.search) {
            // Nothing left to check: the passing rows appended without a branch per row (masks are
            // 0 or 1), which a selection of half the rows would mispredict at every other row.
            const std::size_t old = out.size();
            out.resize(old + n);
            std::uint32_t* to = out.data() + old;
            std::size_t kept = 0;
            for (std::size_t i = 0; i < n; ++i) {
                to[kept] = static_cast<std::uint32_t>(b + i);
                kept += m[i];
            }
            out.resize(old + kept);
            continue;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!m[i])
                continue;
            const std::size_t row = b + i;
            if (!c.textRowFound.empty() && !c.textRowFound[row])
                continue;
            if (c.search && !c.search->foundIn(c.incident->rawLine(t.source, row).view()))

                continue;
            out.push_back(static_cast<std::uint32_t>(row));
        }
    }
}

} // namespace

Selection select(const Incident& incident, const Filter& filter, ClassColumns classes)
{
    Selection selection;
    Compiled compiled;
    if (!compile(incident, filter, classes, compiled))
        return selection;
    const std::size_t rows = incident.tables.requests.size();
    if (filter.isEmpty()) {
        selection.rows.resize(rows);
        std::iota(selection.rows.begin(), selection.rows.end(), std::uint32_t{0});
        return selection;
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = rows < kParallelMinRows ? 1 : std::min<std::size_t>(cores, 8);
    if (threads == 1) {
        scan(compiled, 0, rows, selection.rows);
        return selection;
    }
    // Contiguous, block-aligned slices concatenated in order: the same rows in the same order
    // as a single pass.
    const std::size_t slice = (rows / threads + kBlock - 1) / kBlock * kBlock;
    std::vector<std::vector<std::uint32_t>> parts(threads);
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i) {
        const std::size_t begin = std::min(rows, i * slice);
        const std::size_t end = i + 1 == threads ? rows : std::min(rows, (i + 1) * slice);
        workers.emplace_back([&compiled, &parts, i, begin, end] {
            parts[i].reserve(end - begin); // copied below: only the pages written are ever touched
            scan(compiled, begin, end, parts[i]);
        });
    }
    parts[0].reserve(std::min(rows, slice));
    scan(compiled, 0, std::min(rows, slice), parts[0]);
    for (auto& worker : workers)
        worker.join();
    std::size_t total = 0;
    for (const auto& part : parts)
        total += part.size();
    selection.rows.reserve(total);
    for (const auto& part : parts)
        selection.rows.insert(selection.rows.end(), part.begin(), part.end());
    return selection;
}

} // namespace rs
