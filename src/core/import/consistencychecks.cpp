#include "core/import/consistencychecks.h"

#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/import/lineparser.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <span>
#include <unordered_map>

namespace rs {
namespace {

constexpr DurationNs kSecond = 1'000'000'000;
constexpr DurationNs kDay = 24 * 3600 * kSecond;
// Router times sampled to find the bundle's span: enough for its shape, bounded in memory.
constexpr std::size_t kSpanSamples = 1u << 20;
// A registration logged more than this apart on two routers is not the same NATS message
// (unless each router logged that route only once).
constexpr DurationNs kSameMessageWindow = 60 * kSecond;

std::string text(const QString& s)
{
    return s.toStdString();
}

// "350 ms", "12.5 s", "3 min 20 s", "5 h 2 min", "12 days".
QString durationText(DurationNs d)
{
    if (d < 0)
        d = -d;
    if (d < kSecond)
        return ConsistencyText::tr("%1 ms").arg(d / 1'000'000);
    if (d < 60 * kSecond)
        return ConsistencyText::tr("%1 s").arg(static_cast<double>(d) / 1e9, 0, 'f', 1);
    d = addClamped(d, kSecond / 2); // whole seconds from here on, rounded
    if (d < 3600 * kSecond)
        return ConsistencyText::tr("%1 min %2 s").arg(d / (60 * kSecond)).arg((d / kSecond) % 60);
    if (d < kDay)
        return ConsistencyText::tr("%1 h %2 min").arg(d / (3600 * kSecond)).arg((d / (60 * kSecond)) % 60);
    return ConsistencyText::tr("%n day(s)", nullptr,
                               static_cast<int>(std::min<DurationNs>(d / kDay, 1 << 30)));
}

QString timeText(TimeNs t)
{
    return QString::fromStdString(formatTimeUtc(t));
}

std::uint64_t lineNumberAt(const Incident& incident, FileIndex file, std::uint64_t offset)
{
    const RawText* text = incident.text(file);
    if (text == nullptr)
        return 0;
    const std::optional<std::uint64_t> newlines = text->newlines(0, offset);
    return newlines ? 1 + *newlines : 0;
}

// ---- partial lines --------------------------------------------------------------------------

bool isLineKind(FileKind kind)
{
    return kind == FileKind::AccessLog || kind == FileKind::GorouterLog || kind == FileKind::GorouterStderr ||
           kind == FileKind::LagerLog;
}

// Whether a line begins where no record of `kind` begins: the tail of a record whose head was
// cut off. A whole record that fails to parse (an edited or redacted line) starts normally.
bool startsMidRecord(FileKind kind, std::string_view line)
{
    std::string_view payload = unwrap(line).payload;
    while (!payload.empty() && (payload.front() == ' ' || payload.front() == '\t'))
        payload.remove_prefix(1);
    switch (kind) {
    case FileKind::AccessLog:
        return !AccessLogParser::looksLikeAccessLine(unwrap(line).payload);
    case FileKind::GorouterLog:
    case FileKind::LagerLog:
        // JSON objects, possibly behind a "[2018-07-05 17:59:10+0000] " ctl prefix.
        return payload.empty() || (payload.front() != '{' && payload.front() != '[');
    default:
        return false; // stderr holds free text (panics, startup messages): no shape to miss
    }
}

// The reason the file's parser gives `line` when it is parsed on its own; nullopt when it
// parses (or is another program's line in a capture).
std::optional<SkipGroup> reasonFor(std::string_view line, FileKind kind, bool mixed)
{
    RecordTables tables;
    FileReport report;
    const IdentityIndex identity = tables.identityIndex(IdentityInfo{"-", {}, {}, IdentityRole::Unknown});
    LineParser parser(tables, report, kind, mixed, identity);
    parser.parse(line, 0, 1);
    if (report.skipped.empty())
        return std::nullopt;
    return report.skipped.front();
}

// Moves one skipped line from the group that holds it to PartialLine.
void relabelAsPartial(FileReport& report, const SkipGroup& as, std::uint64_t lineNumber,
                      std::string_view line, bool requireExample)
{
    const auto group = std::find_if(report.skipped.begin(), report.skipped.end(), [&](const SkipGroup& g) {
        return g.reason == as.reason && g.otherKind == as.otherKind && g.count > 0;
    });
    if (group == report.skipped.end())
        return;
    const auto example = std::find_if(group->examples.begin(), group->examples.end(),
                                      [&](const SkipExample& e) { return e.line == lineNumber; });
    if (example == group->examples.end() && requireExample)
        return;
    if (example != group->examples.end())
        group->examples.erase(example);
    if (--group->count == 0)
        report.skipped.erase(group);
    report.skip(SkipReason::PartialLine, lineNumber, line);
}

bool plainSkip(SkipReason reason)
{
    // Reasons decided by the line's content as a whole, not by where it was cut.
    return reason != SkipReason::UnexpectedKind && reason != SkipReason::InconsistentFields &&
           reason != SkipReason::LineTooLong && reason != SkipReason::BinaryData;
}

std::string_view withoutCr(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

// ---- out of order, far timestamps -----------------------------------------------------------

struct FileFindings {
    std::uint64_t outOfOrder = 0;
    DurationNs largestStepBack = 0;
    std::uint64_t stepBackOffset = 0;
    std::uint64_t far = 0;
    TimeNs farExample = kNoTime;
    std::uint64_t farOffset = 0;
};

// Calls f(time, identity, file, offset, orderKey) for every row of every table with a time.
template <typename F> void forEachTimedRow(const RecordTables& t, F&& f)
{
    const auto& r = t.requests;
    for (std::size_t i = 0; i < r.size(); ++i) {
        // Gorouter writes an access line when the response ends: that, not the start, is in order.
        const TimeNs key = r.start[i] == kNoTime || r.responseTime[i] < 0
                               ? r.start[i]
                               : addClamped(r.start[i], r.responseTime[i]);
        f(r.start[i], r.identity[i], r.source.file[i], r.source.offset[i], key, 0);
    }
    const auto table = [&](const auto& tbl, int which) {
        for (std::size_t i = 0; i < tbl.size(); ++i)
            f(tbl.time[i], tbl.identity[i], tbl.source.file[i], tbl.source.offset[i], tbl.time[i], which);
    };
    table(t.events, 1);
    table(t.stderrLines, 2);
    table(t.lager, 3);
    table(t.containers, 4);
}

struct Span {
    TimeNs lo = kNoTime;
    TimeNs hi = kNoTime;
};

Span coreSpan(const RecordTables& t, DurationNs gap)
{
    std::size_t routerRows = t.requests.size() + t.events.size() + t.stderrLines.size();
    const bool routers = routerRows > 0;
    if (!routers)
        routerRows = t.lager.size() + t.containers.size();
    const std::size_t stride = std::max<std::size_t>(1, routerRows / kSpanSamples);
    std::vector<TimeNs> sample;
    sample.reserve(std::min(routerRows, kSpanSamples) + 8);
    const auto take = [&](std::span<const TimeNs> times) {
        for (std::size_t i = 0; i < times.size(); i += stride)
            if (times[i] != kNoTime)
                sample.push_back(times[i]);
    };
    if (routers) {
        take(t.requests.start);
        take(t.events.time);
        take(t.stderrLines.time);
    } else {
        take(t.lager.time);
        take(t.containers.time);
    }
    if (sample.empty())
        return {};
    std::sort(sample.begin(), sample.end());
    std::size_t lo = sample.size() / 2;
    std::size_t hi = lo;
    while (lo > 0 && subClamped(sample[lo], sample[lo - 1]) <= gap)
        --lo;
    while (hi + 1 < sample.size() && subClamped(sample[hi + 1], sample[hi]) <= gap)
        ++hi;
    return {sample[lo], sample[hi]};
}

bool isFar(TimeNs t, const Span& span, DurationNs gap)
{
    return t != kNoTime && span.lo != kNoTime &&
           (t < subClamped(span.lo, gap) || t > addClamped(span.hi, gap));
}

// ---- clock skew -----------------------------------------------------------------------------

bool isRegistration(RouterMessage m)
{
    return m == RouterMessage::RouteRegistered || m == RouterMessage::RouteUnregistered ||
           m == RouterMessage::EndpointRegistered || m == RouterMessage::EndpointUnregistered;
}

struct RegistrationKey {
    RouterMessage message;
    StringPool::Id uri;
    StringPool::Id endpoint;
    bool operator==(const RegistrationKey&) const = default;
};

struct RegistrationKeyHash {
    std::size_t operator()(const RegistrationKey& k) const
    {
        return std::hash<std::uint64_t>()((static_cast<std::uint64_t>(k.uri) << 32) ^ k.endpoint) ^
               static_cast<std::size_t>(k.message);
    }
};

template <typename T> T median(std::vector<T> values)
{
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// NATS hands every registration to every router within milliseconds, and each router logs the
// ones that change its table: the same (message, route, endpoint) logged by two routers is one
// moment seen by two clocks. Each router's offset is the median difference to the router that
// logged most registrations, over the registrations both logged; the offsets are then taken
// relative to their (lower) median, so that the majority of routers defines the right time and
// with two routers the later one is called ahead.
void checkClockSkew(Incident& incident, const ConsistencyLimits& limits)
{
    const auto& e = incident.tables.events;
    std::unordered_map<RegistrationKey, std::vector<std::pair<IdentityIndex, TimeNs>>, RegistrationKeyHash>
        byKey;
    std::unordered_map<IdentityIndex, std::size_t> perRouter;
    for (std::size_t i = 0; i < e.size(); ++i) {
        if (!isRegistration(e.message[i]) || e.time[i] == kNoTime ||
            incident.identity(e.identity[i]).role != IdentityRole::Router)
            continue;
        byKey[{e.message[i], e.uri[i], e.endpoint[i]}].emplace_back(e.identity[i], e.time[i]);
        ++perRouter[e.identity[i]];
    }
    if (perRouter.size() < 2)
        return;
    IdentityIndex reference = perRouter.begin()->first;
    for (const auto& [router, count] : perRouter)
        if (count > perRouter[reference] || (count == perRouter[reference] && router < reference))
            reference = router;

    std::unordered_map<IdentityIndex, std::vector<DurationNs>> diffs;
    for (auto& [key, seen] : byKey) {
        std::vector<TimeNs> ref;
        std::unordered_map<IdentityIndex, std::vector<TimeNs>> others;
        for (const auto& [router, time] : seen)
            (router == reference ? ref : others[router]).push_back(time);
        if (ref.empty())
            continue;
        std::sort(ref.begin(), ref.end());
        for (auto& [router, times] : others) {
            if (ref.size() == 1 && times.size() == 1) {
                if (std::abs(subClamped(times.front(), ref.front())) < kDay)
                    diffs[router].push_back(subClamped(times.front(), ref.front()));
                continue;
            }
            for (const TimeNs t : times) {
                const auto it = std::lower_bound(ref.begin(), ref.end(), t);
                DurationNs best = kDay;
                if (it != ref.end())
                    best = subClamped(*it, t);
                if (it != ref.begin() && subClamped(t, *(it - 1)) < std::abs(best))
                    best = subClamped(*(it - 1), t);
                if (std::abs(best) <= kSameMessageWindow)
                    diffs[router].push_back(-best);
            }
        }
    }
    std::vector<std::pair<IdentityIndex, DurationNs>> offsets{{reference, 0}};
    std::unordered_map<IdentityIndex, std::size_t> samples;
    for (auto& [router, values] : diffs) {
        if (values.size() < limits.clockSkewMinSamples)
            continue;
        samples[router] = values.size();
        offsets.emplace_back(router, median(values));
    }
    if (offsets.size() < 2)
        return;
    std::vector<DurationNs> all;
    for (const auto& [router, offset] : offsets)
        all.push_back(offset);
    const DurationNs base = median(all);
    std::sort(offsets.begin(), offsets.end(), [&](const auto& a, const auto& b) {
        return incident.identity(a.first).display < incident.identity(b.first).display;
    });
    for (const auto& [router, offset] : offsets) {
        const DurationNs skew = subClamped(offset, base);
        if (std::abs(skew) <= limits.clockSkewThreshold)
            continue;
        const std::size_t n = router == reference ? perRouter[reference] : samples[router];
        const QString detail =
            (skew > 0 ? ConsistencyText::tr("clock %1 ahead of the other routers (median over %n route "
                                            "registration(s) logged by several routers)",
                                            nullptr, static_cast<int>(n))
                      : ConsistencyText::tr("clock %1 behind the other routers (median over %n route "
                                            "registration(s) logged by several routers)",
                                            nullptr, static_cast<int>(n)))
                .arg(durationText(skew));
        incident.report.problems.push_back(
            {incident.identity(router).display, BundleIssue::ClockSkew, text(detail)});
    }
}

} // namespace

void markPartialLines(ParsedFile& parsed, const EdgeLines& edges, const KindGuess& guess,
                      const ParseOptions& options)
{
    FileReport& report = parsed.report;
    if (!isLineKind(guess.kind) || report.records == 0 || report.skipped.empty())
        return;
    const auto usable = [&](std::string_view line) {
        return !line.empty() && line.size() <= options.maxLineBytes &&
               std::memchr(line.data(), '\0', line.size()) == nullptr;
    };

    const std::string_view first = withoutCr(edges.first);
    if (usable(first) && startsMidRecord(guess.kind, first)) {
        if (const auto group = reasonFor(first, guess.kind, guess.mixed); group && plainSkip(group->reason))
            relabelAsPartial(report, *group, 1, first, true);
    }

    // The last line without its newline: the writer was in the middle of it when the file was
    // copied. (With its newline it was complete when written; if broken, it is broken.)
    if (!edges.unterminatedLast || !edges.hasNewline)
        return;
    const std::string_view last = withoutCr(*edges.unterminatedLast);
    if (!usable(last))
        return;
    if (const auto group = reasonFor(last, guess.kind, guess.mixed); group && plainSkip(group->reason))
        relabelAsPartial(report, *group, report.lines, last, false);
}

void checkConsistency(Incident& incident, const ConsistencyLimits& limits)
{
    const RecordTables& tables = incident.tables;
    const std::size_t fileCount = incident.report.files.size();
    std::vector<FileFindings> findings(fileCount);

    // Out of order, per file and per VM (a capture interleaves routers, each in its own order).
    struct Order {
        TimeNs max = kNoTime;
    };
    std::unordered_map<std::uint64_t, Order> order; // node-based: pointers stay valid
    Order* current = nullptr;
    std::uint64_t currentStream = 0;
    const Span span = coreSpan(tables, limits.farGap);
    forEachTimedRow(tables, [&](TimeNs time, IdentityIndex identity, FileIndex file, std::uint64_t offset,
                                TimeNs key, int table) {
        if (file >= fileCount || time == kNoTime)
            return;
        FileFindings& f = findings[file];
        if (isFar(time, span, limits.farGap)) {
            if (f.far++ == 0) {
                f.farExample = time;
                f.farOffset = offset;
            }
            return; // a lone 1970 line is reported as far, not also as out of order
        }
        // Rows of one file and table are contiguous: look the state up only when they change.
        const std::uint64_t stream =
            (static_cast<std::uint64_t>(file) << 35) ^ (static_cast<std::uint64_t>(table) << 32) ^ identity;
        if (current == nullptr || stream != currentStream) {
            current = &order[stream];
            currentStream = stream;
        }
        Order& o = *current;
        if (o.max != kNoTime && key < subClamped(o.max, limits.outOfOrderTolerance)) {
            ++f.outOfOrder;
            if (subClamped(o.max, key) > f.largestStepBack) {
                f.largestStepBack = subClamped(o.max, key);
                f.stepBackOffset = offset;
            }
        }
        if (o.max == kNoTime || key > o.max)
            o.max = key;
    });

    bool anyFar = false;
    for (FileIndex file = 0; file < fileCount; ++file) {
        const FileFindings& f = findings[file];
        const std::string& path = incident.report.files[file].path;
        if (f.outOfOrder > 0)
            incident.report.problems.push_back(
                {path, BundleIssue::OutOfOrderLines,
                 text(ConsistencyText::tr(
                          "%n line(s) dated more than %1 before a line above them; the largest "
                          "step back is %2, at line %3",
                          nullptr, static_cast<int>(std::min<std::uint64_t>(f.outOfOrder, 1u << 30)))
                          .arg(durationText(limits.outOfOrderTolerance), durationText(f.largestStepBack))
                          .arg(lineNumberAt(incident, file, f.stepBackOffset)))});
        if (f.far > 0) {
            anyFar = true;
            incident.report.problems.push_back(
                {path, BundleIssue::FarTimestamps,
                 text(ConsistencyText::tr("%n record(s) dated far outside the bundle's span %1 – %2, e.g. "
                                          "line %3 at %4",
                                          nullptr, static_cast<int>(std::min<std::uint64_t>(f.far, 1u << 30)))
                          .arg(timeText(span.lo), timeText(span.hi))
                          .arg(lineNumberAt(incident, file, f.farOffset))
                          .arg(timeText(f.farExample)))});
        }
    }
    if (anyFar) {
        // The incident's span as computeSpan() defines it, without the far records.
        TimeNs begin = kNoTime;
        TimeNs end = kNoTime;
        const auto widen = [&](std::span<const TimeNs> times) {
            for (const TimeNs t : times) {
                if (t == kNoTime || isFar(t, span, limits.farGap))
                    continue;
                begin = begin == kNoTime ? t : std::min(begin, t);
                end = end == kNoTime ? t : std::max(end, t);
            }
        };
        widen(tables.requests.start);
        widen(tables.events.time);
        widen(tables.stderrLines.time);
        if (begin == kNoTime) {
            widen(tables.containers.time);
            widen(tables.lager.time);
        }
        incident.begin = begin;
        incident.end = end;
    }
    checkClockSkew(incident, limits);
}

} // namespace rs
