#include "core/import/lineparser.h"

#include "core/formats/accesskeys.h"
#include "core/formats/accesslog.h"
#include "core/formats/applog.h"
#include "core/formats/detect.h"
#include "core/formats/envelope.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/lagerlog.h"
#include "core/formats/lblog.h"
#include "core/formats/lbrecords.h"
#include "core/formats/stderrlog.h"
#include "core/formats/wrappers.h"
#include "core/util/fnv.h"
#include "core/util/textescape.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

std::int32_t toMicros(DurationNs d)
{
    if (d < 0)
        return -1;
    return static_cast<std::int32_t>(
        std::min<DurationNs>(d / 1000, std::numeric_limits<std::int32_t>::max()));
}

std::int8_t clampAttempts(int n)
{
    return static_cast<std::int8_t>(std::clamp(n, -1, 127));
}
std::int16_t clamp16(int n)
{
    return static_cast<std::int16_t>(std::clamp(n, -1, 32767));
}

} // namespace

IdentityIndex wrapperIdentity(RecordTables& tables, std::string_view instance, IdentityRole fallbackRole)
{
    const Identity parsed = identityFromPath(std::string(instance) + "/x");
    IdentityInfo info{std::string(instance), parsed.group, parsed.id, parsed.role};
    if (info.role == IdentityRole::Unknown)
        info.role = fallbackRole;
    return tables.identityIndex(info);
}

class LineParser::State {
public:
    State(RecordTables& tables, FileReport& report, FileKind kind, bool mixed, IdentityIndex fileIdentity,
          bool envelopes)
        : m_tables(tables)
        , m_report(report)
        , m_kind(kind)
        , m_mixed(mixed)
        , m_envelopes(envelopes)
        , m_fileIdentity(fileIdentity)
    {}

    ~State()
    {
        if (m_doc.recordOpen)
            m_report.skip(SkipReason::JsonTruncated, m_doc.recordLine, m_doc.record);
        flushVariant();
    }
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    void parse(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber, bool hasNul)
    {
        if (hasNul && m_access.parse(unwrap(line).payload, m_record)) {
            m_report.skip(SkipReason::BinaryData, lineNumber, line);
            return;
        }
        const std::size_t recordsBefore = m_tables.requests.size();
        parseLine(line, offset, lineNumber);
        if (m_tables.requests.size() != recordsBefore && (hasNul || !isValidUtf8(line)))
            m_report.skip(SkipReason::KeptWithRawBytes, lineNumber, line);
    }

    void parseLine(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber)
    {
        if (m_kind == FileKind::LbLog && !m_mixed && takeDocumentLine(line, offset, lineNumber))
            return;
        Unwrapped u = m_envelopes ? unwrap(line) : unwrapKnown(line);
        if (u.outer == WrapperKind::TailHeader) {
            m_tailingGorouter = u.tailPath.find("/gorouter/") != std::string_view::npos;
            return;
        }
        handle(u, line, 0, offset, lineNumber, !m_envelopes);
        if (!m_envelopes || u.embedded.style == EnvelopeStyle::None)
            return;
        // Search results and one-line JSON arrays hold several records: each is read again from
        // where its field starts, so its provenance points there.
        std::size_t from = u.embedded.end;
        for (int more = 0; more < kMaxRecordsPerLine && unwrapNext(line, from, u); ++more) {
            handle(u, line, u.embedded.fieldAt, offset + u.embedded.fieldAt, lineNumber, false);
            from = std::max(u.embedded.end, from + 1);
        }
    }

private:
    static constexpr int kMaxRecordsPerLine = 100000;

    // `offset` is where the record's raw line starts in the file: `rawAt` bytes into `line`.
    void handle(const Unwrapped& u, std::string_view line, std::size_t rawAt, std::uint64_t offset,
                std::uint64_t lineNumber, bool secondChance)
    {
        const std::string_view payload = u.payload;
        if (payload.find_first_not_of(" \t\r") == std::string_view::npos)
            return; // the empty message Loggregator and syslog emit after each record
        const bool embedded = u.embedded.style != EnvelopeStyle::None;
        EnvelopeFacts facts;
        if (u.facts)
            facts = *u.facts;
        else if (u.embedded.style == EnvelopeStyle::Json || u.embedded.style == EnvelopeStyle::PythonRepr)
            facts = envelopeFacts(line, u.embedded.style, &u.embedded);
        FileKind lineKind = embedded ? FileKind::AccessLog : m_kind;
        if (applog::isAppSource(u.logSource) || (embedded && applog::isAppSource(facts.sourceType))) {
            // What the app wrote, whatever its text looks like (an app may log access lines),
            // bare or inside an envelope whose source is the app's.
            parseApp(u, facts, line, rawAt, offset);
            return;
        }
        if (!embedded && u.outer == WrapperKind::None) {
            // `cf logs APP` starts with a line naming the app its lines belong to.
            if (const std::string_view app = applog::cfLogsHeaderApp(payload); !app.empty()) {
                m_fileApp = app;
                return;
            }
        }
        if (m_mixed && !embedded) {
            lineKind = classifyPayload(payload);
            if (lineKind == FileKind::Unknown) {
                if (secondChance && retryEmbedded(line, offset, lineNumber))
                    return;
                // A line the router wrote is ours even when broken; anything else in a capture
                // belongs to another program.
                if (!fromRouter(u)) {
                    m_report.foreign(lineNumber, line);
                    return;
                }
                lineKind = m_kind;
            }
        }
        const IdentityIndex identity = identityFor(u, facts);
        std::optional<SkipReason> failure;
        switch (lineKind) {
        case FileKind::AccessLog:
            failure = parseAccess(payload, u, facts, identity, offset);
            if (!failure)
                noteVariant(u, line, lineNumber);
            break;
        case FileKind::GorouterLog:
            failure = parseGorouter(payload, identity, offset);
            break;
        case FileKind::GorouterStderr:
            failure = parseStderr(payload, identity, offset);
            break;
        case FileKind::LagerLog:
            failure = parseLager(payload, identity, offset);
            break;
        case FileKind::LbLog:
            failure = parseLb(payload, line, identity, offset);
            break;
        default:
            failure = SkipReason::UnexpectedKind;
            break;
        }
        if (!failure)
            return;
        if (secondChance && retryEmbedded(line, offset, lineNumber))
            return;
        // A line the file's parser rejects may still be a valid line of another kind: say so.
        const FileKind other = classifyPayload(payload);
        if (other != FileKind::Unknown && other != lineKind)
            m_report.skip(SkipReason::UnexpectedKind, lineNumber, line, other);
        else if (*failure == SkipReason::UnexpectedKind)
            m_report.skip(unknownLineReason(), lineNumber, line);
        else
            m_report.skip(*failure, lineNumber, line);
    }

    // A line the file's own reading cannot use may hold a record inside (an envelope field, an
    // unknown prefix): the full search, only on this slow path so bare files keep their speed.
    bool retryEmbedded(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber)
    {
        const Unwrapped full = unwrap(line);
        if (full.embedded.style == EnvelopeStyle::None)
            return false;
        handle(full, line, 0, offset, lineNumber, false);
        return true;
    }

    // ---- LB records in a JSON document spread over lines ---------------------------------
    // Azure exports {"records":[{…},{…}]} pretty-printed (and gcloud a top-level [{…},{…}]):
    // the lines of such a document are read byte by byte, and each object directly inside the
    // records array is one record, parsed when it closes, with its first line as provenance. An
    // object at the top level is a record too, so a piece of a file cut inside a document picks
    // up at its next record. One-line documents and NDJSON keep the usual path.

    struct DocumentState {
        int depth = 0;
        int recordsDepth = 0; // depth at which an opening '{' starts a record
        int recordDepth = 0;  // depth the open record started at
        bool inString = false, escape = false, recordOpen = false, seen = false;
        std::string record;
        std::uint64_t recordOffset = 0, recordLine = 0;
    };
    static constexpr std::size_t kMaxDocumentRecordBytes = 1u << 20;

    // Whether `line` opens more than it closes (outside strings): a document that goes on.
    static bool opensDocument(std::string_view line)
    {
        int depth = 0;
        bool inString = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        return depth > 0;
    }

    // The key before the value that opens at line[at] (`"records": [`), or empty.
    static std::string_view keyBefore(std::string_view line, std::size_t at)
    {
        std::size_t p = line.find_last_not_of(" \t", at == 0 ? 0 : at - 1);
        if (p == std::string_view::npos || at == 0 || line[p] != ':' || p == 0)
            return {};
        p = line.find_last_not_of(" \t", p - 1);
        if (p == std::string_view::npos || line[p] != '"' || p == 0)
            return {};
        const std::size_t open = line.rfind('"', p - 1);
        return open == std::string_view::npos ? std::string_view() : line.substr(open + 1, p - open - 1);
    }

    bool takeDocumentLine(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber)
    {
        DocumentState& d = m_doc;
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos)
            return d.depth > 0;
        if (d.depth == 0) {
            // The closing brackets of a document whose records came before (a piece cut inside it).
            if (d.seen && line.find_first_not_of(" \t]},") == std::string_view::npos)
                return true;
            if ((line[first] != '{' && line[first] != '[') || !opensDocument(line))
                return false;
        }
        d.seen = true;
        std::size_t takeFrom = d.recordOpen ? 0 : std::string_view::npos;
        for (std::size_t i = first; i < line.size(); ++i) {
            const char c = line[i];
            if (d.inString) {
                if (d.escape)
                    d.escape = false;
                else if (c == '\\')
                    d.escape = true;
                else if (c == '"')
                    d.inString = false;
                continue;
            }
            if (c == '"') {
                d.inString = true;
            } else if (c == '{' || c == '[') {
                if (c == '{' && !d.recordOpen && d.depth == d.recordsDepth) {
                    d.recordOpen = true;
                    d.recordDepth = d.depth;
                    d.record.clear();
                    d.recordOffset = offset;
                    d.recordLine = lineNumber;
                    takeFrom = i;
                } else if (c == '[' && !d.recordOpen && d.depth == 0) {
                    d.recordsDepth = 1; // a top-level array of records
                } else if (c == '[' && d.recordOpen && d.depth == d.recordDepth + 1 &&
                           d.recordDepth == d.recordsDepth && keyBefore(line, i) == "records") {
                    // What looked like a record is the {"records": [ document around them.
                    d.recordOpen = false;
                    d.recordsDepth = d.depth + 1;
                    takeFrom = std::string_view::npos;
                }
                ++d.depth;
            } else if (c == '}' || c == ']') {
                --d.depth;
                if (d.recordOpen && d.depth == d.recordDepth) {
                    d.record.append(line.substr(takeFrom, i + 1 - takeFrom));
                    d.recordOpen = false;
                    takeFrom = std::string_view::npos;
                    takeDocumentRecord();
                }
                if (d.depth <= 0) {
                    d.depth = 0;
                    d.recordsDepth = 0;
                }
            }
        }
        if (d.recordOpen) {
            d.record.append(line.substr(takeFrom)).push_back('\n');
            if (d.record.size() > kMaxDocumentRecordBytes) {
                m_report.skip(SkipReason::JsonTruncated, d.recordLine, d.record);
                d = DocumentState{};
                d.seen = true;
            }
        }
        return true;
    }

    void takeDocumentRecord()
    {
        const std::string_view record = m_doc.record;
        if (const auto failure = parseLb(record, record, m_fileIdentity, m_doc.recordOffset))
            m_report.skip(*failure, m_doc.recordLine, record);
    }

    // ---- import report: the variant of the file --------------------------------------------

    struct Shape {
        std::uint32_t keys = 0;
        std::uint64_t extrasHash = 0;
        std::uint64_t count = 0;
        std::uint64_t line = 0;
        std::string example;
        std::vector<std::string> extras;
    };
    struct Counted {
        std::string id;
        std::uint64_t count = 0;
        std::uint64_t line = 0;
        std::string example;
    };
    static constexpr std::size_t kMaxShapes = 64;

    static std::uint64_t extrasHash(const std::vector<ExtraField>& extras)
    {
        std::uint64_t h = kFnvOffset;
        for (const ExtraField& e : extras)
            h = fnv1a("\xFF", fnv1a(e.name, h));
        return h;
    }

    static void count(std::vector<Counted>& list, std::string_view id, std::uint64_t lineNumber,
                      std::string_view example)
    {
        for (Counted& c : list) {
            if (c.id == id) {
                ++c.count;
                return;
            }
        }
        list.push_back({std::string(id), 1, lineNumber, std::string(example.substr(0, 300))});
    }

    // Unknown prefixes grouped by shape: digit runs become "9", letter runs "a".
    static std::string prefixShape(std::string_view prefix)
    {
        std::string shape;
        char last = 0;
        for (const char c : prefix.substr(0, 160)) {
            const char cls = (c >= '0' && c <= '9')                               ? '9'
                             : ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? 'a'
                                                                                  : c;
            if ((cls == '9' || cls == 'a') && cls == last)
                continue;
            shape.push_back(cls);
            last = cls;
        }
        return shape;
    }

    void noteVariant(const Unwrapped& u, std::string_view line, std::uint64_t lineNumber)
    {
        const auto era = static_cast<std::size_t>(m_record.era);
        if (m_eras[era].count++ == 0) {
            m_eras[era].line = lineNumber;
            m_eras[era].example = std::string(line.substr(0, 300));
        }
        // Most lines of a file share their wrapping and their fields: one comparison each.
        const bool plain = u.embedded.style == EnvelopeStyle::None && u.unknownPrefix.empty();
        const unsigned wrapCode = plain ? (u.boshFollow ? 1u : 0u) | (u.syslog ? 2u : 0u) |
                                              (u.cfLogs ? 4u : 0u) |
                                              (u.outer == WrapperKind::SyslogRfc5424 ? 8u : 0u)
                                        : 16u;
        if (wrapCode < 16u) {
            Counted& c = m_plainWrappers[wrapCode];
            if (c.count++ == 0) {
                c.id = wrapperId(u);
                c.line = lineNumber;
                c.example = std::string(line.substr(0, 300));
            }
        } else {
            count(m_wrappers, wrapperId(u), lineNumber, line);
            if (!u.unknownPrefix.empty())
                count(m_prefixes, prefixShape(u.unknownPrefix), lineNumber, line);
        }
        // The previous line's shape, by its names (a byte compare each) rather than a hash of them:
        // hashing every line's extra names byte by byte was 5 % of a plain import.
        if (m_lastShape < m_shapes.size() && m_shapes[m_lastShape].keys == m_record.keys &&
            std::equal(m_shapes[m_lastShape].extras.begin(), m_shapes[m_lastShape].extras.end(),
                       m_record.extras.begin(), m_record.extras.end(),
                       [](const std::string& known, const ExtraField& e) { return known == e.name; })) {
            ++m_shapes[m_lastShape].count;
            return;
        }
        const std::uint64_t hash = m_record.extras.empty() ? 0 : extrasHash(m_record.extras);
        for (std::size_t i = 0; i < m_shapes.size(); ++i) {
            if (m_shapes[i].keys == m_record.keys && m_shapes[i].extrasHash == hash) {
                ++m_shapes[i].count;
                m_lastShape = i;
                return;
            }
        }
        if (m_shapes.size() >= kMaxShapes) {
            ++m_shapes.back().count; // counted, not named: a file with this many layouts says enough
            return;
        }
        Shape shape{m_record.keys, hash, 1, lineNumber, std::string(line.substr(0, 300)), {}};
        for (const ExtraField& e : m_record.extras)
            shape.extras.emplace_back(e.name);
        m_shapes.push_back(std::move(shape));
        m_lastShape = m_shapes.size() - 1;
    }

    void flushVariant()
    {
        FileVariant& v = m_report.variant;
        for (std::size_t era = 0; era < m_eras.size(); ++era) {
            if (m_eras[era].count > 0)
                FileVariant::add(v.eras, accessEraId(static_cast<AccessEra>(era)), m_eras[era].count,
                                 m_eras[era].line, m_eras[era].example);
        }
        for (const Counted& c : m_plainWrappers) {
            if (c.count > 0)
                FileVariant::add(v.wrappers, c.id, c.count, c.line, c.example);
        }
        for (const Counted& c : m_wrappers)
            FileVariant::add(v.wrappers, c.id, c.count, c.line, c.example);
        for (const Counted& c : m_prefixes)
            FileVariant::add(v.prefixes, c.id, c.count, c.line, c.example);
        for (const Shape& shape : m_shapes) {
            for (std::size_t k = 0; k < access::kKeyNames.size(); ++k) {
                if (shape.keys & (1u << k)) {
                    const std::string_view name = access::kKeyNames[k];
                    FileVariant::add(v.fields, name.substr(0, name.size() - 1), shape.count, shape.line,
                                     shape.example);
                }
            }
            for (const std::string& extra : shape.extras)
                FileVariant::add(v.fields, "header:" + extra, shape.count, shape.line, shape.example);
        }
    }

    std::array<Counted, static_cast<std::size_t>(AccessEra::UnixEpoch) + 1> m_eras;
    std::array<Counted, 16> m_plainWrappers;
    std::vector<Counted> m_wrappers, m_prefixes;
    std::vector<Shape> m_shapes;
    std::size_t m_lastShape = 0;

    // Whether the wrapper says Gorouter wrote this line (so a failure to parse it is a problem,
    // not another program's output).
    bool fromRouter(const Unwrapped& u) const
    {
        if (!u.logSource.empty()) // cf logs and app syslog drains name the source
            return u.logSource.starts_with("RTR");
        if (u.syslog)
            return u.syslogAppName.starts_with("vcap.gorouter");
        if (u.boshFollow)
            return m_tailingGorouter;
        return false;
    }

    SkipReason unknownLineReason() const
    {
        switch (m_kind) {
        case FileKind::AccessLog:
            return SkipReason::AccessLineMalformed;
        case FileKind::GorouterStderr:
            return SkipReason::StderrUnrecognised;
        default:
            return SkipReason::JsonInvalid;
        }
    }

    void noteTime(TimeNs t)
    {
        if (t == kNoTime)
            return;
        if (m_report.first == kNoTime || t < m_report.first)
            m_report.first = t;
        if (m_report.last == kNoTime || t > m_report.last)
            m_report.last = t;
        ++m_report.records;
    }

    IdentityIndex identityFor(const Unwrapped& u, const EnvelopeFacts& facts)
    {
        std::string display;
        if (facts.sourceType.starts_with("RTR") && !facts.sourceInstance.empty()) {
            // Firehose envelopes name the router by its BOSH index, as [RTR/N] does.
            display = "router/" + std::string(facts.sourceInstance);
        } else if (u.boshFollow && !u.instance.empty()) {
            display = u.instance;
        } else if (!u.logSource.empty() && u.logSource.starts_with("RTR")) {
            // cf logs and drains name the router by its BOSH index: [RTR/3] is router/3.
            const auto slash = u.logSource.find_first_of("/.");
            if (slash == std::string_view::npos)
                return m_fileIdentity;
            display = "router/" + std::string(u.logSource.substr(slash + 1));
        } else if (u.syslog && u.syslogAppName.starts_with("vcap.gorouter") && !u.syslogHost.empty()) {
            display = "router/" + std::string(u.syslogHost);
        } else {
            return m_fileIdentity;
        }
        if (const auto it = m_lineIdentities.find(display); it != m_lineIdentities.end())
            return it->second;
        const IdentityIndex index = wrapperIdentity(m_tables, display, IdentityRole::Router);
        m_lineIdentities.emplace(std::move(display), index);
        return index;
    }

    std::optional<SkipReason> parseAccess(std::string_view payload, const Unwrapped& wrapper,
                                          const EnvelopeFacts& facts, IdentityIndex identity,
                                          std::uint64_t offset)
    {
        if (const auto failure = m_access.parse(payload, m_record))
            return failure;
        // Records of 2013–2016 lack the app id; the envelope of an app's log stream knows it.
        if (m_record.appId.empty() && facts.sourceType.starts_with("RTR"))
            m_record.appId = facts.appId;
        if (const auto failure = checkAgainstWrapper(wrapper, m_record))
            return failure;
        auto& t = m_tables.requests;
        auto& pool = m_tables.strings;
        t.start.push_back(m_record.start);
        t.responseTime.push_back(m_record.responseTime);
        t.gorouterTimeUs.push_back(toMicros(m_record.gorouterTime));
        t.status.push_back(static_cast<std::uint16_t>(std::clamp(m_record.status, 0, 65535)));
        t.identity.push_back(identity);
        t.host.push_back(m_lastHost.intern(pool, m_record.host));
        t.method.push_back(m_lastMethod.intern(pool, m_record.method));
        t.backend.push_back(m_lastBackend.intern(pool, m_record.backend));
        t.appId.push_back(m_lastAppId.intern(pool, m_record.appId));
        t.appIndex.push_back(m_lastAppIndex.intern(pool, m_record.appIndex));
        t.instanceId.push_back(m_lastInstance.intern(pool, m_record.instanceId));
        t.routerError.push_back(pool.intern(m_record.routerError));
        t.uri.push_back(pool.intern(m_record.uri));
        t.requestId.push_back(makeRequestId(m_record.vcapRequestId, pool));
        t.failedAttempts.push_back(clampAttempts(m_record.failedAttempts));
        t.source.push(0, offset);
        noteTime(m_record.start);
        return std::nullopt;
    }

    void pushEvent(const RouterEvent& e, std::string_view endpoint, IdentityIndex identity,
                   std::uint64_t offset)
    {
        auto& t = m_tables.events;
        auto& pool = m_tables.strings;
        t.time.push_back(e.time);
        t.identity.push_back(identity);
        t.message.push_back(e.message);
        t.level.push_back(e.level);
        t.action.push_back(pool.intern(e.action));
        t.error.push_back(pool.intern(e.error));
        t.endpoint.push_back(pool.intern(endpoint));
        t.appId.push_back(pool.intern(e.applicationId));
        t.instanceId.push_back(
            pool.intern(e.processInstanceId.empty() ? e.privateInstanceId : e.processInstanceId));
        t.uri.push_back(pool.intern(e.uri.empty() ? e.host : e.uri));
        t.requestId.push_back(makeRequestId(e.vcapRequestId, pool));
        t.attempt.push_back(clamp16(e.attempt));
        t.numEndpoints.push_back(clamp16(e.numEndpoints));
        t.retriable.push_back(e.retriable);
        t.connReused.push_back(e.connReused);
        t.gotConnection.push_back(e.gotConnection);
        t.wroteHeaders.push_back(e.wroteHeaders);
        t.isTls.push_back(e.isTls);
        t.source.push(0, offset);
    }

    std::optional<SkipReason> parseGorouter(std::string_view payload, IdentityIndex identity,
                                            std::uint64_t offset)
    {
        if (const auto failure = m_gorouter.parse(payload, m_event))
            return failure;
        if (m_event.message == RouterMessage::PrunedRoute && !m_event.prunedEndpoints.empty()) {
            for (const auto endpoint : m_event.prunedEndpoints)
                pushEvent(m_event, endpoint, identity, offset);
        } else {
            const std::string_view endpoint =
                m_event.endpointAddr.empty() ? m_event.backend : m_event.endpointAddr;
            pushEvent(m_event, endpoint, identity, offset);
        }
        noteTime(m_event.time);
        return std::nullopt;
    }

    std::optional<SkipReason> parseStderr(std::string_view payload, IdentityIndex identity,
                                          std::uint64_t offset)
    {
        if (GorouterStderrParser::isContinuation(payload))
            return std::nullopt; // panic stack traces belong to the line before them
        if (const auto failure = m_stderr.parse(payload, m_stderrRecord))
            return failure;
        auto& t = m_tables.stderrLines;
        t.time.push_back(m_stderrRecord.time);
        t.identity.push_back(identity);
        t.kind.push_back(m_stderrRecord.kind);
        t.error.push_back(m_tables.strings.intern(m_stderrRecord.error.empty() ? m_stderrRecord.message
                                                                               : m_stderrRecord.error));
        t.peer.push_back(m_tables.strings.intern(m_stderrRecord.peer));
        t.source.push(0, offset);
        noteTime(m_stderrRecord.time);
        return std::nullopt;
    }

    std::optional<SkipReason> parseLager(std::string_view payload, IdentityIndex identity,
                                         std::uint64_t offset)
    {
        bool isContainerEvent = false;
        if (const auto failure = m_lager.parse(payload, m_lagerRecord, m_container, isContainerEvent))
            return failure;
        auto& pool = m_tables.strings;
        if (isContainerEvent) {
            auto& t = m_tables.containers;
            t.time.push_back(m_container.time);
            t.identity.push_back(identity);
            t.kind.push_back(m_container.kind);
            t.instanceGuid.push_back(pool.intern(m_container.instanceGuid));
            t.processGuid.push_back(pool.intern(m_container.processGuid));
            t.reason.push_back(pool.intern(m_container.reason));
            t.exitStatus.push_back(clamp16(m_container.exitStatus));
            t.oom.push_back(m_container.oom);
            t.source.push(0, offset);
        } else {
            auto& t = m_tables.lager;
            t.time.push_back(m_lagerRecord.time);
            t.identity.push_back(identity);
            t.level.push_back(m_lagerRecord.level);
            t.component.push_back(pool.intern(m_lagerRecord.source));
            t.message.push_back(pool.intern(m_lagerRecord.message));
            t.source.push(0, offset);
        }
        noteTime(m_lagerRecord.time);
        return std::nullopt;
    }

    std::optional<SkipReason> parseLb(std::string_view payload, std::string_view line, IdentityIndex identity,
                                      std::uint64_t offset)
    {
        if (!m_lb)
            m_lb = std::make_unique<LbLogParser>();
        const auto take = [&](std::string_view record, std::uint64_t at) -> std::optional<SkipReason> {
            if (const auto failure = m_lb->parse(record, m_lbRecord))
                return failure;
            m_tables.lb.push(m_lbRecord, identity, m_tables.strings, at);
            noteTime(m_lbRecord.start);
            return std::nullopt;
        };
        // Azure's {"records":[…]} export: every record of the document, each from where it starts
        // in the line when it is there (an envelope's payload is decoded, not in the line).
        if (payload.starts_with('{') && payload.find("\"records\"") != std::string_view::npos) {
            const std::vector<std::string_view> records = lb::azureRecords(payload);
            std::optional<SkipReason> failure;
            for (const std::string_view record : records) {
                const bool inLine = record.data() >= line.data() && record.data() < line.data() + line.size();
                if (const auto bad =
                        take(record,
                             offset + (inLine ? static_cast<std::uint64_t>(record.data() - line.data()) : 0)))
                    failure = bad;
            }
            if (!records.empty())
                return failure;
        }
        return take(payload, offset);
    }

    void parseApp(const Unwrapped& u, const EnvelopeFacts& facts, std::string_view line, std::size_t rawAt,
                  std::uint64_t offset)
    {
        const bool embedded = u.embedded.style != EnvelopeStyle::None;
        std::string_view source = u.logSource;
        TimeNs time = u.wrapperTime;
        if (!applog::isAppSource(source)) {
            // An access-shaped text in an app's envelope: the envelope names the source.
            const std::string_view index =
                !facts.sourceInstance.empty() ? facts.sourceInstance : facts.appInstance;
            m_appSource.assign(facts.sourceType);
            if (!index.empty() || facts.sourceType != "APP")
                m_appSource.append("/").append(index);
            source = m_appSource;
            if (facts.time != kNoTime)
                time = facts.time;
        }
        const std::string_view stream = !u.stream.empty() ? u.stream : facts.messageType;
        if (!applog::parse(source, stream, time, u.payload, m_appLine))
            return;
        // The envelope names the app by guid or name; a drain by its guid (APP-NAME) or
        // "org.space.app" (HOSTNAME); `cf logs APP` by its header.
        std::string_view app = m_fileApp;
        if (!facts.appId.empty())
            app = facts.appId;
        else if (!facts.appName.empty())
            app = facts.appName;
        else if (u.syslog && (!u.syslogAppName.empty() || !u.syslogHost.empty()))
            app = !u.syslogAppName.empty() ? u.syslogAppName : u.syslogHost;
        // Where the app's text is in the raw line (which starts `rawAt` bytes into `line`).
        std::size_t begin = 0;
        std::size_t end = line.size();
        const std::string_view text = m_appLine.text;
        if (text.data() >= line.data() && text.data() + text.size() <= line.data() + line.size()) {
            begin = static_cast<std::size_t>(text.data() - line.data());
            end = begin + text.size();
        } else if (embedded) {
            // Decoded from a quoted field: the decoder's byte map finds it in the line again.
            decodeEmbedded(line, u.embedded, m_decoded, &m_decodedMap);
            const std::size_t skip = m_decoded.size() - std::min(m_decoded.size(), u.payload.size());
            if (std::string_view(m_decoded).substr(skip) == u.payload &&
                skip + text.size() < m_decodedMap.size()) {
                begin = m_decodedMap[skip];
                end = m_decodedMap[skip + text.size()];
            }
        }
        begin = std::max(begin, rawAt) - rawAt;
        end = std::max(end, rawAt + begin) - rawAt;
        const auto clamp32 = [](std::size_t v) {
            return static_cast<std::uint32_t>(
                std::min<std::size_t>(v, std::numeric_limits<std::uint32_t>::max()));
        };
        m_tables.apps.push(m_appLine, app, clamp32(begin), clamp32(end), m_tables.strings, offset);
        noteTime(m_appLine.time);
    }

    // A column's value on the previous line: lines in a row often share their method, host, app
    // and backend, and one compare with the pooled text is cheaper than hashing and probing.
    struct LastInterned {
        StringPool::Id id = StringPool::kEmpty;

        StringPool::Id intern(StringPool& pool, std::string_view text)
        {
            if (pool.view(id) != text)
                id = pool.intern(text);
            return id;
        }
    };
    LastInterned m_lastHost, m_lastMethod, m_lastBackend, m_lastAppId, m_lastAppIndex, m_lastInstance;

    RecordTables& m_tables;
    FileReport& m_report;
    FileKind m_kind;
    bool m_mixed;
    bool m_envelopes;
    IdentityIndex m_fileIdentity;
    bool m_tailingGorouter = false; // the last `==> path <==` header named a gorouter log
    std::unordered_map<std::string, IdentityIndex> m_lineIdentities;

    AccessLogParser m_access;
    AccessRecord m_record;
    GorouterLogParser m_gorouter;
    RouterEvent m_event;
    GorouterStderrParser m_stderr;
    StderrRecord m_stderrRecord;
    LagerLogParser m_lager;
    LagerRecord m_lagerRecord;
    ContainerEvent m_container;
    std::unique_ptr<LbLogParser> m_lb; // made on the first LB line: most files have none
    LbRecord m_lbRecord;
    AppLogLine m_appLine;
    std::string m_fileApp;   // the app of a `cf logs APP` output, from its header line
    std::string m_appSource; // "APP/PROC/WEB/0" rebuilt from an envelope's source type and index
    std::string m_decoded;   // an app line's field decoded again, with its byte map
    std::vector<std::uint32_t> m_decodedMap;
    DocumentState m_doc;
};

LineParser::LineParser(RecordTables& tables, FileReport& report, FileKind kind, bool mixed,
                       IdentityIndex fileIdentity, bool envelopes)
    : m_state(std::make_unique<State>(tables, report, kind, mixed, fileIdentity, envelopes))
{}

LineParser::~LineParser() = default;

void LineParser::parse(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber, bool hasNul)
{
    m_state->parse(line, offset, lineNumber, hasNul);
}

} // namespace rs
