#include "app/requests/requestorder.h"

#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"

#include <algorithm>
#include <numeric>
#include <span>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

using Keys = std::vector<std::uint64_t>;

// Pool ids ranked by their text, so that a string column sorts as integers.
Keys rankByText(const Incident& incident, std::span<const StringPool::Id> column)
{
    std::vector<StringPool::Id> ids(column.begin(), column.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::sort(ids.begin(), ids.end(),
              [&](StringPool::Id a, StringPool::Id b) { return incident.str(a) < incident.str(b); });
    std::unordered_map<StringPool::Id, std::uint64_t> rank;
    rank.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        rank.emplace(ids[i], i);
    Keys keys(column.size());
    for (std::size_t row = 0; row < column.size(); ++row)
        keys[row] = rank[column[row]];
    return keys;
}

// URIs are not stored: each is parsed again from its line, interned locally, then ranked.
Keys rankUris(const Incident& incident, const std::atomic<bool>* cancel)
{
    const RequestTable& t = incident.tables.requests;
    std::unordered_map<std::string, std::uint32_t> interned;
    std::vector<std::uint32_t> local(t.size());
    AccessLogParser parser;
    AccessRecord record;
    for (std::size_t row = 0; row < t.size(); ++row) {
        if (cancel && (row & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const RawLine raw = incident.rawLine(t.source, row); // the record points into it
        std::string uri;
        if (!parser.parse(unwrap(raw.view()).payload, record).has_value())

            uri.assign(record.uri);
        local[row] =
            interned.emplace(std::move(uri), static_cast<std::uint32_t>(interned.size())).first->second;
    }
    std::vector<const std::string*> texts(interned.size());
    for (const auto& [text, id] : interned)
        texts[id] = &text;
    std::vector<std::uint32_t> byText(texts.size());
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(),
              [&](std::uint32_t a, std::uint32_t b) { return *texts[a] < *texts[b]; });
    std::vector<std::uint64_t> rank(texts.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        rank[byText[i]] = i;
    Keys keys(t.size());
    for (std::size_t row = 0; row < t.size(); ++row)
        keys[row] = rank[local[row]];
    return keys;
}

template <typename ColumnType, typename F> Keys keysOf(const ColumnType& column, F key)
{
    Keys keys(column.size());
    for (std::size_t row = 0; row < column.size(); ++row)
        keys[row] = key(column[row]);
    return keys;
}

// Signed values map to unsigned keys with their order kept.
std::uint64_t orderedKey(std::int64_t v)
{
    return static_cast<std::uint64_t>(v) ^ (std::uint64_t{1} << 63);
}

Keys keysFor(const Analysis& analysis, RequestColumn column, const std::atomic<bool>* cancel)
{
    const Incident& incident = *analysis.incident;
    const RequestTable& t = incident.tables.requests;
    const Diagnosis& d = analysis.diagnosis;
    switch (column) {
    case RequestColumn::Time:
        return keysOf(t.start, [](TimeNs v) { return orderedKey(v); });
    case RequestColumn::Router: {
        std::vector<IdentityIndex> byName(incident.tables.identities.size());
        std::iota(byName.begin(), byName.end(), IdentityIndex{0});
        std::sort(byName.begin(), byName.end(), [&](IdentityIndex a, IdentityIndex b) {
            return incident.identity(a).display < incident.identity(b).display;
        });
        std::vector<std::uint64_t> rank(byName.size());
        for (std::size_t i = 0; i < byName.size(); ++i)
            rank[byName[i]] = i;
        return keysOf(t.identity, [&](IdentityIndex v) { return v < rank.size() ? rank[v] : rank.size(); });
    }
    case RequestColumn::Method:
        return rankByText(incident, t.method);
    case RequestColumn::Host:
        return rankByText(incident, t.host);
    case RequestColumn::Uri:
        return rankUris(incident, cancel);
    case RequestColumn::Status:
        return keysOf(t.status, [](std::uint16_t v) { return std::uint64_t{v}; });
    case RequestColumn::LbStatus: {
        // By the LB's status, then its target's; requests without an LB row first.
        Keys keys(t.size(), 0);
        const LbTable& lb = incident.tables.lb;
        for (std::size_t row = 0; row < std::min(t.size(), d.lb.lbOfRequest.size()); ++row)
            if (const std::uint32_t l = d.lb.lbOfRequest[row]; l < lb.size())
                keys[row] = 1 + std::uint64_t{lb.status[l]} * 1024 +
                            static_cast<std::uint64_t>(lb.targetStatus[l] + 1);
        return keys;
    }
    case RequestColumn::ErrorClass:
        return keysOf(d.errorClass, [](ErrorClass v) { return static_cast<std::uint64_t>(v); });
    case RequestColumn::Source:
        return keysOf(d.source, [](Source v) { return static_cast<std::uint64_t>(v); });
    case RequestColumn::Backend:
        return rankByText(incident, t.backend);
    case RequestColumn::Attempts:
        return keysOf(d.attemptsCount, [](std::uint16_t v) { return std::uint64_t{v}; });
    case RequestColumn::Tried: {
        // By the first backend that failed; requests without failed attempts come first.
        std::vector<StringPool::Id> firstTried(t.size(), 0);
        const RouterEventTable& events = incident.tables.events;
        for (std::size_t row = 0; row < std::min(t.size(), d.size()); ++row) {
            for (std::uint32_t i = 0; i < d.attemptsCount[row] && firstTried[row] == 0; ++i)
                firstTried[row] = events.endpoint[d.attemptEvents[d.attemptsBegin[row] + i]];
        }
        return rankByText(incident, firstTried);
    }
    case RequestColumn::ResponseTime:
        return keysOf(t.responseTime, [](DurationNs v) { return orderedKey(v); });
    case RequestColumn::RouterError:
        return rankByText(incident, t.routerError);
    case RequestColumn::RequestId: {
        // The packed 128-bit id orders uuids by their bytes; text ids sort after them by pool id.
        std::vector<std::uint32_t> byId(t.size());
        std::iota(byId.begin(), byId.end(), 0u);
        std::stable_sort(byId.begin(), byId.end(), [&](std::uint32_t a, std::uint32_t b) {
            const RequestId& x = t.requestId[a];
            const RequestId& y = t.requestId[b];
            return x.hi != y.hi ? x.hi < y.hi : x.lo < y.lo;
        });
        Keys keys(t.size());
        for (std::size_t i = 0; i < byId.size(); ++i)
            keys[byId[i]] = i;
        return keys;
    }
    case RequestColumn::Count:
        break;
    }
    return Keys(t.size(), 0);
}

} // namespace

std::shared_ptr<const std::vector<std::uint32_t>> sortedRows(const Analysis& analysis, RequestColumn column,
                                                             const std::atomic<bool>* cancel)
{
    const std::size_t rows = analysis.incident->tables.requests.size();
    const Keys keys = keysFor(analysis, column, cancel);
    if (keys.size() != rows)
        return nullptr; // cancelled
    // Stable by key: the rows with their keys side by side, sorted by (key, row). Sorting row
    // numbers that compare through the key column read the keys in random order; on 10 M rows that
    // took most of a second longer.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(rows);
    for (std::size_t row = 0; row < rows; ++row)
        keyed[row] = {keys[row], static_cast<std::uint32_t>(row)};
    if (!std::is_sorted(keyed.begin(), keyed.end()))
        std::sort(keyed.begin(), keyed.end());
    if (cancel && cancel->load())
        return nullptr;
    auto order = std::make_shared<std::vector<std::uint32_t>>(rows);
    for (std::size_t i = 0; i < rows; ++i)
        (*order)[i] = keyed[i].second;
    return order;
}

std::vector<std::uint32_t> orderSelection(const std::vector<std::uint32_t>& order,
                                          const std::vector<std::uint32_t>& selection, bool descending)
{
    std::vector<std::uint32_t> out;
    out.reserve(selection.size());
    if (selection.size() == order.size()) {
        out = order;
    } else {
        std::vector<std::uint8_t> selected(order.size(), 0);
        for (const auto row : selection)
            selected[row] = 1;
        for (const auto row : order) {
            if (selected[row])
                out.push_back(row);
        }
    }
    if (descending)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace rs
