#include "core/query/filtereval.h"

#include "core/diagnosis/lbjoin.h"
#include "core/formats/wrappers.h"
#include "core/query/filternode.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <memory>
#include <mutex>

namespace rs {

using filtereval_detail::Access;
using filtereval_detail::costOf;
using filtereval_detail::isListOp;
using filtereval_detail::poolColumn;
using filtereval_detail::scanVerdicts;

namespace {

// Verdicts a lazy URI term computes one by one (~100 ns each, a cache miss per string) before the
// rest come from a scan of the pool (~30 ms over 3.8 M URIs).
constexpr std::size_t kLateScanAfter = 200'000;

// A header name as written in the filter (lower case, `_`) against a key of the line.
bool sameHeader(std::string_view wanted, std::string_view key)
{
    return wanted.size() == key.size() &&
           std::equal(wanted.begin(), wanted.end(), key.begin(), [](char w, char k) {
               const char lowered = static_cast<char>(std::tolower(static_cast<unsigned char>(k)));
               return w == lowered || (w == '_' && k == '-');
           });
}

// A numeric `in (…)` of up to this many values or ranges is that many vectorised passes over
// its column; longer lists test each row against every range.
constexpr std::size_t kVectorRanges = 8;

template <typename T, typename Pred> void fill(std::uint8_t* out, const T* column, std::size_t n, Pred pred)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<std::uint8_t>(pred(column[i]));
}

} // namespace

BoundExpression::Scratch::Scratch() = default;
BoundExpression::Scratch::~Scratch() = default;

std::uint8_t* BoundExpression::Scratch::mask(std::size_t level)
{
    while (m_masks.size() <= level)
        m_masks.push_back(std::make_unique<std::array<std::uint8_t, kBlock>>());
    return m_masks[level]->data();
}

BoundExpression::BoundExpression(const Incident& incident, const FilterNode& root, ClassColumns classes,
                                 bool everyRow)
    : m_incident(incident)
    , m_classes(classes)
    , m_root(std::make_unique<Node>())
{
    const std::size_t rows = incident.tables.requests.size();
    m_attempts = classes.attemptsBegin.size() == rows && classes.attemptsCount.size() == rows;
    m_lbJoined = classes.lbOfRequest.size() == rows;
    filtereval_detail::bindExpression(incident, m_attempts, root, *m_root);
    filtereval_detail::prepareLateScans(*m_root);
    if (everyRow)
        filtereval_detail::resolveEveryId(*m_root, incident.tables.requests);
}

BoundExpression::~BoundExpression() = default;

void BoundExpression::narrow(std::size_t begin, std::size_t n, std::uint8_t* mask, Scratch& scratch) const
{
    std::uint8_t* out = scratch.mask(0);
    evaluate(*m_root, begin, n, mask, out, 1, scratch);
    std::copy_n(out, n, mask);
}

void BoundExpression::evaluate(const Node& node, std::size_t begin, std::size_t n, const std::uint8_t* care,
                               std::uint8_t* out, std::size_t level, Scratch& scratch) const
{
    const auto none = [n](const std::uint8_t* m) {
        return std::all_of(m, m + n, [](std::uint8_t v) { return v == 0; });
    };
    if (node.rowWise) {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = care[i] ? static_cast<std::uint8_t>(matchesRow(node, begin + i, scratch)) : 0;
        return;
    }
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        if (costOf(node.access) == 0) {
            compareColumn(node, begin, n, care, out);
            const std::uint8_t flip = node.negate ? 1 : 0;
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::uint8_t>((out[i] ^ flip) & care[i]);
        } else if (node.access == Access::Attempt && m_attempts) {
            // Most requests have no failed attempt: no call for them.
            const std::uint16_t* count = m_classes.attemptsCount.data() + begin;
            for (std::size_t i = 0; i < n; ++i)
                out[i] = care[i] ? static_cast<std::uint8_t>(
                                       (count[i] != 0 && compareRow(node, begin + i, scratch)) != node.negate)
                                 : 0;
        } else {
            for (std::size_t i = 0; i < n; ++i)
                out[i] = care[i]
                             ? static_cast<std::uint8_t>(compareRow(node, begin + i, scratch) != node.negate)
                             : 0;
        }
        return;
    case FilterNode::Kind::Not: {
        std::uint8_t* inner = scratch.mask(level);
        evaluate(node.children.front(), begin, n, care, inner, level + 1, scratch);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(care[i] & (inner[i] ^ 1));
        return;
    }
    case FilterNode::Kind::And: {
        evaluate(node.children.front(), begin, n, care, out, level, scratch);
        std::uint8_t* next = scratch.mask(level);
        for (std::size_t c = 1; c < node.children.size() && !none(out); ++c) {
            evaluate(node.children[c], begin, n, out, next, level + 1, scratch);
            std::copy_n(next, n, out);
        }
        return;
    }
    case FilterNode::Kind::Or: {
        evaluate(node.children.front(), begin, n, care, out, level, scratch);
        std::uint8_t* rest = scratch.mask(level);
        std::uint8_t* hit = scratch.mask(level + 1);
        for (std::size_t c = 1; c < node.children.size(); ++c) {
            for (std::size_t i = 0; i < n; ++i)
                rest[i] = static_cast<std::uint8_t>(care[i] & (out[i] ^ 1));
            if (none(rest))
                break;
            evaluate(node.children[c], begin, n, rest, hit, level + 2, scratch);
            for (std::size_t i = 0; i < n; ++i)
                out[i] |= hit[i];
        }
        return;
    }
    }
}

bool BoundExpression::matchesRow(const Node& node, std::size_t row, Scratch& scratch) const
{
    const auto matches = [&](const Node& child) { return matchesRow(child, row, scratch); };
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return compareRow(node, row, scratch) != node.negate;
    case FilterNode::Kind::Not:
        return !matches(node.children.front());
    case FilterNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(), matches);
    case FilterNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(), matches);
    }
    return false;
}

void BoundExpression::compareColumn(const Node& node, std::size_t b, std::size_t n, const std::uint8_t* care,
                                    std::uint8_t* out) const
{
    const RequestTable& t = m_incident.tables.requests;
    const FilterNode& s = *node.source;
    if (node.access == Access::PoolId) {
        const StringPool::Id* ids = poolColumn(t, s.field).data() + b;
        if (!node.bits.empty()) {
            const std::uint64_t* bits = node.bits.data();
            fill(out, ids, n, [bits](StringPool::Id v) { return (bits[v >> 6] >> (v & 63)) & 1; });
            return;
        }
        if (!node.lazy) {
            const std::uint8_t* table = node.table.data();
            fill(out, ids, n, [table](StringPool::Id v) { return table[v]; });
            return;
        }
        Node::LateScan* late = node.lateScan.get();
        const auto fromBits = [&] {
            const std::uint64_t* bits = late->bits.data();
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::uint8_t>(care[i] & (bits[ids[i] >> 6] >> (ids[i] & 63)) & 1);
        };
        if (late && late->ready.load(std::memory_order_acquire)) {
            fromBits();
            return;
        }
        // First the ids whose verdict is unknown, among the rows that matter; then their verdicts
        // one after the other (in a pool of millions of strings each view and each text is a
        // cache miss, which the regex would otherwise wait for); then one byte per row.
        std::uint8_t* table = node.table.data();
        const auto load = [table](StringPool::Id id) {
            return std::atomic_ref<std::uint8_t>(table[id]).load(std::memory_order_relaxed);
        };
        std::array<StringPool::Id, kBlock> pending;
        std::size_t count = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (care[i] && load(ids[i]) == Node::kUnknown)
                pending[count++] = ids[i];
        // Past what a scan of the pool costs (~2 M bytes of pool per verdict asked), the rest of
        // the verdicts come from one; threads that get here meanwhile wait for it.
        if (late && late->computed.fetch_add(count, std::memory_order_relaxed) + count > kLateScanAfter) {
            std::call_once(late->once, [&] {
                scanVerdicts(node, late->literal, late->foldCase, late->bits);
                late->ready.store(true, std::memory_order_release);
            });
            fromBits();
            return;
        }
        if (count != 0) {
            // The views in a tight loop of independent loads (the misses overlap), then each text
            // fetched a few ids ahead of its regex.
            std::vector<std::string_view> views(count);
            for (std::size_t j = 0; j < count; ++j)
                views[j] = node.pool->view(pending[j]);
            constexpr std::size_t kAhead = 8;
            for (std::size_t j = 0; j < std::min(count, kAhead); ++j)
                __builtin_prefetch(views[j].data());
            for (std::size_t j = 0; j < count; ++j) {
                if (j + kAhead < count)
                    __builtin_prefetch(views[j + kAhead].data());
                node.verdict(pending[j]);
            }
        }
        // Rows that do not matter read the first row's byte (cached) instead of a random one.
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(load(ids[care[i] ? i : 0]) & care[i] & 1);
        return;
    }
    if (node.access == Access::Router) {
        const auto& table = node.table;
        fill(out, t.identity.data() + b, n,
             [&table](IdentityIndex v) { return v < table.size() && table[v] != 0; });
        return;
    }
    // Numeric columns: one pass per range, each branch-free so that it vectorises (`status in
    // (499, 504)` over ten million rows: a loop over the ranges per row cost 40 ms, two passes 2).
    const auto numeric = [&](const auto* column, auto value, auto present) {
        if (s.op != FilterOp::Exists && !s.matchesMissing && !s.ranges.empty() &&
            s.ranges.size() <= kVectorRanges) {
            // Bools as ints on purpose; clang forbids capturing structured bindings, hence the
            // plain locals.
            const auto* values = column + b;
            for (std::size_t r = 0; r < s.ranges.size(); ++r) {
                const std::int64_t lo = s.ranges[r].first;
                const std::int64_t hi = s.ranges[r].second;
                const auto inRange = [&](auto v) {
                    return static_cast<std::uint8_t>(int{present(v)} & int{value(v) >= lo} &
                                                     int{value(v) <= hi});
                };
                if (r == 0) {
                    for (std::size_t i = 0; i < n; ++i)
                        out[i] = inRange(values[i]);
                } else {
                    for (std::size_t i = 0; i < n; ++i)
                        out[i] |= inRange(values[i]);
                }
            }
            return;
        }
        fill(out, column + b, n, [&](auto v) { return node.matchesNumber(value(v), present(v)); });
    };
    const auto same = [](auto v) { return static_cast<std::int64_t>(v); };
    switch (s.field) {
    case FilterField::Time:
        numeric(t.start.data(), same, [](TimeNs v) { return v != kNoTime; });
        return;
    case FilterField::Status:
        if (s.op == FilterOp::Exists)
            fill(out, t.status.data() + b, n, [](std::uint16_t v) { return v != 0; });
        else
            numeric(t.status.data(), same, [](std::uint16_t) { return true; });
        return;
    case FilterField::ResponseTime:
        numeric(t.responseTime.data(), same, [](DurationNs v) { return v != kNoDuration; });
        return;
    case FilterField::GorouterTime:
        numeric(
            t.gorouterTimeUs.data(), [](std::int32_t v) { return std::int64_t{v} * 1000; },
            [](std::int32_t v) { return v >= 0; });
        return;
    case FilterField::FailedAttempts:
        numeric(t.failedAttempts.data(), same, [](std::int8_t v) { return v >= 0; });
        return;
    case FilterField::AttemptCount:
        if (!m_attempts) { // no diagnosis: no attempt term holds
            std::fill_n(out, n, std::uint8_t{0});
            return;
        }
        numeric(m_classes.attemptsCount.data(), same, [](std::uint16_t) { return true; });
        return;
    case FilterField::Class:
    case FilterField::Source: {
        const auto column = s.field == FilterField::Class ? m_classes.errorClass : m_classes.source;
        if (column.size() != t.size()) { // no diagnosis: no class matches
            std::fill_n(out, n, std::uint8_t{0});
            return;
        }
        const std::uint8_t* table = node.table.data();
        fill(out, column.data() + b, n, [table](std::uint8_t v) { return table[v]; });
        return;
    }
    default:
        std::fill_n(out, n, std::uint8_t{0});
        return;
    }
}

bool BoundExpression::compareLb(const Node& node, std::size_t row) const
{
    // Without an LB row every lb.* field is missing: `= -` and `!=` hold, the rest does not.
    const FilterNode& s = *node.source;
    const LbTable& lb = m_incident.tables.lb;
    const std::uint32_t lbRow = m_lbJoined ? m_classes.lbOfRequest[row] : kNoLbRow;
    const bool joined = lbRow != kNoLbRow && lbRow < lb.size();
    switch (s.field) {
    case FilterField::Lb:
        return joined;
    case FilterField::LbStatus: {
        const bool present = joined && lb.status[lbRow] != 0;
        return node.matchesNumber(present ? lb.status[lbRow] : 0, present);
    }
    case FilterField::LbTargetStatus: {
        const bool present = joined && lb.targetStatus[lbRow] >= 0;
        return node.matchesNumber(present ? lb.targetStatus[lbRow] : 0, present);
    }
    case FilterField::LbResponseTime: {
        const bool present = joined && lb.total[lbRow] != kNoDuration;
        return node.matchesNumber(present ? lb.total[lbRow] : 0, present);
    }
    case FilterField::LbTarget:
        return joined ? node.verdict(lb.target[lbRow]) != 0 : node.matchesText({});
    case FilterField::LbError:
        return joined ? node.verdict(lb.termination[lbRow]) != 0 : node.matchesText({});
    case FilterField::LbKind:
        return joined && node.table[static_cast<std::uint8_t>(lb.kind[lbRow])] != 0;
    default:
        return false;
    }
}

const AccessRecord* BoundExpression::record(std::size_t row, Scratch& scratch) const
{
    if (scratch.m_parsedRow != row) {
        scratch.m_parsedRow = row;
        // The record points into the line: the scratch keeps it.
        scratch.m_line = m_incident.rawLine(m_incident.tables.requests.source, row);
        scratch.m_parsedOk =
            !scratch.m_parser.parse(unwrap(scratch.m_line.view()).payload, scratch.m_record).has_value();
    }
    return scratch.m_parsedOk ? &scratch.m_record : nullptr;
}

bool BoundExpression::compareRow(const Node& node, std::size_t row, Scratch& scratch) const
{
    const RequestTable& t = m_incident.tables.requests;
    const FilterNode& s = *node.source;
    switch (node.access) {
    case Access::Attempt: {
        if (!m_attempts)
            return false;
        const std::uint32_t first = m_classes.attemptsBegin[row];
        const std::uint16_t count = m_classes.attemptsCount[row];
        const auto& events = m_incident.tables.events;
        for (std::uint32_t a = first; a < first + count && a < m_classes.attemptEvents.size(); ++a) {
            const std::uint32_t event = m_classes.attemptEvents[a];
            if (event >= events.error.size() || event >= events.endpoint.size())
                continue;
            const StringPool::Id id =
                s.field == FilterField::AttemptBackend ? events.endpoint[event] : events.error[event];
            if (node.verdict(id))
                return true;
        }
        return false;
    }
    case Access::Lb:
        return compareLb(node, row);
    case Access::Row:
        if (s.field == FilterField::Instance) {
            if (node.table[t.instanceId[row]])
                return true;
            for (const auto& [app, instance] : node.appInstances)
                if (t.appId[row] == app &&
                    (t.instanceId[row] == instance ||
                     (t.instanceId[row] == StringPool::kEmpty && t.appIndex[row] == instance)))
                    return true;
            return false;
        }
        if (isListOp(s.op)) {
            const RequestId& id = t.requestId[row];
            if (id.empty())
                return s.matchesMissing;
            return std::find(node.requestIds.begin(), node.requestIds.end(), id) != node.requestIds.end();
        }
        return node.matchesText(t.requestId[row].empty()
                                    ? std::string()
                                    : requestIdText(t.requestId[row], m_incident.tables.strings));
    default:
        break;
    }
    if (s.field == FilterField::Text)
        return node.matchesText(m_incident.rawLine(t.source, row).view());

    const AccessRecord* r = record(row, scratch);
    if (r == nullptr) // a line that no longer parses has none of these fields
        return s.kind == FilterNode::Kind::Compare && isListOp(s.op) && s.matchesMissing;
    switch (s.field) {
    case FilterField::BytesReceived:
        return node.matchesNumber(r->bytesReceived, r->bytesReceived >= 0);
    case FilterField::BytesSent:
        return node.matchesNumber(r->bytesSent, r->bytesSent >= 0);
    case FilterField::Uri:
        return node.matchesText(r->uri);
    case FilterField::Path:
        return node.matchesText(r->uri.substr(0, r->uri.find('?')));
    case FilterField::Query: {
        const auto mark = r->uri.find('?');
        return node.matchesText(mark == std::string_view::npos ? std::string_view()
                                                               : r->uri.substr(mark + 1));
    }
    case FilterField::Protocol:
        return node.matchesText(r->proto);
    case FilterField::UserAgent:
        return node.matchesText(r->userAgent);
    case FilterField::Referer:
        return node.matchesText(r->referer);
    case FilterField::Remote:
        return node.matchesText(r->remoteAddr);
    case FilterField::XForwardedFor:
        return node.matchesText(r->xForwardedFor);
    case FilterField::Header: {
        if (s.header == "x_forwarded_proto")
            return node.matchesText(r->xForwardedProto);
        if (s.header == "x_forwarded_for")
            return node.matchesText(r->xForwardedFor);
        for (const auto& extra : r->extras)
            if (sameHeader(s.header, extra.name))
                return node.matchesText(extra.value == "-" ? std::string_view() : extra.value);
        return node.matchesText({});
    }
    default:
        return false;
    }
}

} // namespace rs
