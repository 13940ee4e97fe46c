#include "cli/events.h"

#include "cli/jsonwriter.h"
#include "core/diagnosis/errorclass.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/stderrlog.h"
#include "core/util/textescape.h"
#include "core/util/textsearch.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace rs::cli {
namespace {

std::string_view stderrKindId(StderrKind kind)
{
    switch (kind) {
    case StderrKind::ProxyError:
        return "stderr_proxy_error";
    case StderrKind::TlsHandshakeError:
        return "stderr_tls_handshake_error";
    case StderrKind::Panic:
        return "stderr_panic";
    case StderrKind::Other:
        break;
    }
    return "stderr_other";
}

// What one event says, from whichever table holds it. Texts come from the log (escaped on output).
struct EventFields {
    std::string_view kind; // routerMessageId / stderrKindId: ours, never from the log
    std::string_view action, endpoint, error, uri, appId, instanceId, peer;
    TimeNs time = kNoTime;
    IdentityIndex router = 0;
    std::string requestId;
    std::optional<ErrorClass> attemptClass; // of the error text, when there is one
    int attempt = -1;
    FileIndex file = 0;
    std::uint64_t offset = 0;
};

EventFields fieldsOf(const Incident& incident, const EventRef& ref)
{
    EventFields f;
    if (ref.stderrLine) {
        const StderrTable& t = incident.tables.stderrLines;
        f.kind = stderrKindId(t.kind[ref.row]);
        f.time = t.time[ref.row];
        f.router = t.identity[ref.row];
        f.error = incident.str(t.error[ref.row]);
        f.peer = incident.str(t.peer[ref.row]);
        f.file = t.source.file[ref.row];
        f.offset = t.source.offset[ref.row];
    } else {
        const RouterEventTable& t = incident.tables.events;
        f.kind = routerMessageId(t.message[ref.row]);
        f.action = incident.str(t.action[ref.row]);
        f.time = t.time[ref.row];
        f.router = t.identity[ref.row];
        f.endpoint = incident.str(t.endpoint[ref.row]);
        f.error = incident.str(t.error[ref.row]);
        f.uri = incident.str(t.uri[ref.row]);
        f.appId = incident.str(t.appId[ref.row]);
        f.instanceId = incident.str(t.instanceId[ref.row]);
        f.requestId = incident.requestIdText(t.requestId[ref.row]);
        f.attempt = t.attempt[ref.row];
        f.file = t.source.file[ref.row];
        f.offset = t.source.offset[ref.row];
    }
    // A TLS handshake error or a panic on stderr is about a client connection or the router
    // itself, not an attempt at a backend: no attempt class.
    const bool attemptError =
        !ref.stderrLine || incident.tables.stderrLines.kind[ref.row] == StderrKind::ProxyError;
    if (!f.error.empty() && attemptError)
        f.attemptClass = classifyErrorText(f.error);
    return f;
}

// A filter value against an event's text: exact, and "-" or "" for a text the event lacks.
bool matchesAny(const std::vector<std::string>& wanted, std::string_view text)
{
    if (wanted.empty())
        return true;
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& value) {
        return value == text || (text.empty() && (value == "-" || value.empty()));
    });
}

bool instanceMatches(const std::vector<std::string>& wanted, std::string_view appId,
                     std::string_view instanceId)
{
    if (wanted.empty())
        return true;
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& value) {
        const auto slash = value.find('/');
        if (slash == std::string::npos)
            return value == instanceId;
        return std::string_view(value).substr(0, slash) == appId &&
               std::string_view(value).substr(slash + 1) == instanceId;
    });
}

class EventMatcher {
public:
    EventMatcher(const Incident& incident, const std::optional<Filter>& filter,
                 const std::optional<std::string>& router)
        : m_incident(incident)
        , m_filter(filter ? &*filter : nullptr)
        , m_router(router)
    {
        if (m_filter != nullptr && !m_filter->text.empty())
            m_search.emplace(m_filter->text);
    }

    bool keeps(const EventFields& f, std::string_view raw) const
    {
        if (m_router) {
            const IdentityInfo& info = m_incident.identity(f.router);
            if (info.display != *m_router && info.id != *m_router)
                return false;
        }
        if (m_filter == nullptr)
            return true;
        const Filter& filter = *m_filter;
        if (!filterAppliesToEvents(filter))
            return false;
        if (filter.from != kNoTime && (f.time == kNoTime || f.time < filter.from))
            return false;
        if (filter.to != kNoTime && (f.time == kNoTime || f.time >= filter.to))
            return false;
        if (!filter.routers.empty()) {
            const IdentityInfo& info = m_incident.identity(f.router);
            if (std::none_of(filter.routers.begin(), filter.routers.end(), [&](const std::string& r) {
                    return info.display == r || (!info.id.empty() && info.id == r);
                }))
                return false;
        }
        if (!matchesAny(filter.hosts, f.uri) || !matchesAny(filter.apps, f.appId) ||
            !matchesAny(filter.backends, f.endpoint) ||
            !instanceMatches(filter.instances, f.appId, f.instanceId))
            return false;
        if (!filter.classes.empty() &&
            (!f.attemptClass ||
             std::find(filter.classes.begin(), filter.classes.end(),
                       static_cast<std::uint8_t>(*f.attemptClass)) == filter.classes.end()))
            return false;
        return !m_search || m_search->foundIn(raw);
    }

private:
    const Incident& m_incident;
    const Filter* m_filter;
    const std::optional<std::string>& m_router;
    std::optional<CaseInsensitiveSearch> m_search;
};

// Line numbers from byte offsets. Rows of one table come file by file in ascending offsets, so
// each file is counted through once; a step back restarts that file's count.
class LineCounter {
public:
    explicit LineCounter(const Incident& incident)
        : m_incident(incident)
    {}

    std::uint64_t lineAt(FileIndex file, std::uint64_t offset)
    {
        const RawText* text = m_incident.text(file);
        if (text == nullptr || offset > text->size())
            return 0;
        if (file != m_file || offset < m_offset) {
            m_file = file;
            m_offset = 0;
            m_line = 1;
        }
        // Counted on from where the last count stopped: a loose file's text is read back, not held.
        const std::optional<std::uint64_t> newlines = text->newlines(m_offset, offset);
        if (!newlines) {
            m_file = std::numeric_limits<FileIndex>::max();
            return 0;
        }
        m_line += *newlines;
        m_offset = offset;
        return m_line;
    }

private:
    const Incident& m_incident;
    FileIndex m_file = std::numeric_limits<FileIndex>::max();
    std::uint64_t m_offset = 0;
    std::uint64_t m_line = 1;
};

std::string numberText(std::uint64_t n)
{
    char buffer[24];
    return {buffer, std::to_chars(buffer, buffer + sizeof buffer, n).ptr};
}

std::string timeText(TimeNs time)
{
    return time == kNoTime ? std::string("-") : formatTimeUtc(time);
}

std::string orDash(std::string_view logText)
{
    return logText.empty() ? std::string("-") : escapeForDisplay(logText);
}

void pad(std::string& out, std::string_view text, std::size_t width)
{
    out += text;
    // Escaped text is ASCII or whole UTF-8 sequences: count code points, not bytes.
    const auto shown = static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    out.append(width > shown ? width - shown + 2 : 2, ' ');
}

} // namespace

bool filterAppliesToEvents(const Filter& filter)
{
    return filter.statuses.empty() && filter.sources.empty() && !filter.rows && !filter.expression;
}

std::vector<EventRef> selectEvents(const Incident& incident, const std::optional<Filter>& filter,
                                   const std::optional<std::string>& router)
{
    const EventMatcher matcher(incident, filter, router);
    LineCounter lines(incident);
    std::vector<EventRef> out;
    const auto take = [&](bool stderrLine, std::size_t rows, const Provenance& source) {
        for (std::size_t row = 0; row < rows; ++row) {
            const EventRef ref{stderrLine, static_cast<std::uint32_t>(row), 0};
            if (!matcher.keeps(fieldsOf(incident, ref), incident.rawLine(source, row).view()))
                continue;
            out.push_back(ref);
            out.back().line = lines.lineAt(source.file[row], source.offset[row]);
        }
    };
    take(false, incident.tables.events.size(), incident.tables.events.source);
    take(true, incident.tables.stderrLines.size(), incident.tables.stderrLines.source);
    const auto timeOf = [&](const EventRef& e) {
        const TimeNs t =
            e.stderrLine ? incident.tables.stderrLines.time[e.row] : incident.tables.events.time[e.row];
        return t == kNoTime ? std::numeric_limits<TimeNs>::max() : t;
    };
    const auto fileOf = [&](const EventRef& e) {
        return e.stderrLine ? incident.tables.stderrLines.source.file[e.row]
                            : incident.tables.events.source.file[e.row];
    };
    std::stable_sort(out.begin(), out.end(), [&](const EventRef& a, const EventRef& b) {
        const TimeNs ta = timeOf(a), tb = timeOf(b);
        if (ta != tb)
            return ta < tb;
        const FileIndex fa = fileOf(a), fb = fileOf(b);
        return fa != fb ? fa < fb : a.line < b.line;
    });
    return out;
}

void writeEventsText(const Incident& incident, const std::vector<EventRef>& events, Output& out)
{
    // Widths of the short columns first, so that every line lines up; the error text comes last.
    std::size_t routerWidth = 6, kindWidth = 4, endpointWidth = 8, classWidth = 5;
    for (const EventRef& ref : events) {
        const EventFields f = fieldsOf(incident, ref);
        routerWidth = std::max(routerWidth, escapeForDisplay(incident.identity(f.router).display).size());
        kindWidth = std::max(kindWidth, f.kind.size());
        endpointWidth = std::max(endpointWidth, orDash(f.endpoint).size());
        if (f.attemptClass)
            classWidth = std::max(classWidth, errorClassId(*f.attemptClass).size());
    }
    std::string& text = out.buffer();
    constexpr std::size_t kTimeWidth = 30, kRequestIdWidth = 36;
    pad(text, "time", kTimeWidth);
    pad(text, "router", routerWidth);
    pad(text, "kind", kindWidth);
    pad(text, "endpoint", endpointWidth);
    pad(text, "class", classWidth);
    pad(text, "vcap_request_id", kRequestIdWidth);
    text += "file:line  error\n";
    for (const EventRef& ref : events) {
        const EventFields f = fieldsOf(incident, ref);
        pad(text, timeText(f.time), kTimeWidth);
        pad(text, escapeForDisplay(incident.identity(f.router).display), routerWidth);
        pad(text, f.kind, kindWidth);
        pad(text, orDash(f.endpoint), endpointWidth);
        pad(text, f.attemptClass ? errorClassId(*f.attemptClass) : std::string_view("-"), classWidth);
        pad(text, orDash(f.requestId), kRequestIdWidth);
        text += escapeForDisplay(incident.filePath(f.file));
        text += ':';
        text += ref.line > 0 ? numberText(ref.line) : std::string("?");
        text += "  ";
        text += orDash(f.error);
        text += '\n';
        out.maybeFlush();
    }
}

void writeEventsJson(const Incident& incident, const std::vector<EventRef>& events, Output& out)
{
    std::string& text = out.buffer();
    text += "[\n";
    bool first = true;
    const auto textOrNull = [](JsonWriter& j, std::string_view value) {
        if (value.empty())
            j.null();
        else
            j.value(value);
    };
    for (const EventRef& ref : events) {
        const EventFields f = fieldsOf(incident, ref);
        if (!first)
            text += ",\n";
        first = false;
        JsonWriter j(text);
        j.beginObject().key("kind").value(f.kind).key("action");
        textOrNull(j, f.action);
        j.key("time");
        if (f.time == kNoTime)
            j.null();
        else
            j.value(formatTimeUtc(f.time));
        j.key("router").value(incident.identity(f.router).display).key("endpoint");
        textOrNull(j, f.endpoint);
        j.key("error");
        textOrNull(j, f.error);
        j.key("attempt_class");
        if (f.attemptClass)
            j.value(errorClassId(*f.attemptClass));
        else
            j.null();
        j.key("attempt");
        if (f.attempt > 0)
            j.value(f.attempt);
        else
            j.null();
        j.key("vcap_request_id");
        textOrNull(j, f.requestId);
        j.key("uri");
        textOrNull(j, f.uri);
        j.key("app_id");
        textOrNull(j, f.appId);
        j.key("instance_id");
        textOrNull(j, f.instanceId);
        j.key("peer");
        textOrNull(j, f.peer);
        j.key("file").value(incident.filePath(f.file)).key("line");
        if (ref.line > 0)
            j.value(ref.line);
        else
            j.null();
        j.key("offset").value(f.offset).endObject();
        out.maybeFlush();
    }
    text += first ? "]\n" : "\n]\n";
}

} // namespace rs::cli
