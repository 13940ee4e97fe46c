#include "cli/requests.h"

#include "cli/jsonwriter.h"
#include "core/formats/accesslog.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/wrappers.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <array>
#include <charconv>

namespace rs::cli {
namespace {

constexpr std::array kColumns = {
    "router",          "start",         "host",          "method", "uri",       "status",      "backend",
    "vcap_request_id", "response_time", "gorouter_time", "app_id", "app_index", "instance_id", "router_error",
    "failed_attempts", "attempts",      "error_class",   "source", "evidence",  "file",        "offset"};

// A column value: text from the log (escaped and guarded on output), a number, or missing.
struct Cell {
    std::string_view text;
    bool fromLog = false;
    bool missing = false;
};

std::string numberText(std::int64_t n)
{
    char buffer[24];
    return {buffer, std::to_chars(buffer, buffer + sizeof buffer, n).ptr};
}

class RowWriter {
public:
    RowWriter(OutputFormat format, std::string& out)
        : m_format(format)
        , m_out(out)
    {}

    void header()
    {
        if (m_format == OutputFormat::JsonLines)
            return;
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            if (i != 0)
                m_out += separator();
            m_out += kColumns[i];
        }
        m_out += '\n';
    }

    void row(const std::array<Cell, kColumns.size()>& cells)
    {
        if (m_format == OutputFormat::JsonLines) {
            JsonWriter json(m_out);
            json.beginObject();
            for (std::size_t i = 0; i < cells.size(); ++i) {
                json.key(kColumns[i]);
                if (cells[i].missing)
                    json.null();
                else if (isNumeric(i))
                    json.raw(cells[i].text);
                else
                    json.value(cells[i].text);
            }
            json.endObject();
            m_out += '\n';
            return;
        }
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i != 0)
                m_out += separator();
            const std::string_view text = cells[i].missing ? std::string_view("-") : cells[i].text;
            if (m_format == OutputFormat::Csv)
                appendCsvField(m_out, text, cells[i].fromLog);
            else
                m_out += cells[i].fromLog ? escapeForDisplay(text) : std::string(text);
        }
        m_out += '\n';
    }

private:
    char separator() const { return m_format == OutputFormat::Csv ? ',' : '\t'; }
    static bool isNumeric(std::size_t column)
    {
        const std::string_view name = kColumns[column];
        return name == "status" || name == "response_time" || name == "gorouter_time" ||
               name == "failed_attempts" || name == "offset";
    }

    OutputFormat m_format;
    std::string& m_out;
};

} // namespace

std::string attemptsText(const Incident& incident, const Diagnosis& diagnosis, std::size_t row)
{
    const RouterEventTable& events = incident.tables.events;
    // Timings are not kept in columns: they come from the event's raw line again.
    thread_local GorouterLogParser parser;
    thread_local RouterEvent parsed;
    std::string text;
    const std::uint32_t begin = diagnosis.attemptsBegin[row];
    const std::uint32_t count = diagnosis.attemptsCount[row];
    const std::int8_t logged = incident.tables.requests.failedAttempts[row];
    if ((diagnosis.joinFlags[row] & AttemptCountMismatch) != 0)
        text += "failed_attempts " + numberText(logged) + " but " + numberText(count) + " joined; ";
    for (std::uint32_t i = begin; i < begin + count; ++i) {
        const std::uint32_t event = diagnosis.attemptEvents[i];
        if (i != begin)
            text += "; ";
        text += '#';
        text += events.attempt[event] > 0 ? numberText(events.attempt[event]) : numberText(i - begin + 1);
        text += ' ';
        text += incident.str(events.endpoint[event]);
        if (events.retriable[event] != Tri::Unknown)
            text += events.retriable[event] == Tri::True ? " retriable" : " not-retriable";
        if (events.connReused[event] != Tri::Unknown)
            text += events.connReused[event] == Tri::True ? " reused-conn" : " new-conn";
        const RawLine line = incident.rawLine(events.source, event); // the record points into it
        if (!parser.parse(unwrap(line.view()).payload, parsed)) {
            for (const auto& [name, value] :
                 {std::pair{"dns", parsed.dnsTime}, std::pair{"dial", parsed.dialTime},
                  std::pair{"tls", parsed.tlsTime}}) {
                if (value > 0)
                    text += std::string(" ") + name + '=' + formatDurationSeconds(value) + 's';
            }
        }
        text += ": ";
        text += incident.str(events.error[event]);
    }
    return text;
}

void writeRequests(const Incident& incident, const Diagnosis& diagnosis,
                   const std::vector<std::uint32_t>& rows, OutputFormat format, Output& out)
{
    const RequestTable& requests = incident.tables.requests;
    RowWriter writer(format, out.buffer());
    writer.header();
    AccessLogParser parser;
    AccessRecord record;
    const Cell missing{{}, false, true};
    for (const std::uint32_t row : rows) {
        // Long texts are not stored in columns: the URI comes from the raw line again.
        const RawLine raw = incident.rawLine(requests.source, row); // the record points into it
        const bool reparsed = !parser.parse(unwrap(raw.view()).payload, record).has_value();

        const std::string router = incident.identity(requests.identity[row]).display;
        const std::string start = formatTimeUtc(requests.start[row]);
        const std::string status =
            requests.status[row] == 0 ? std::string() : numberText(requests.status[row]);
        const std::string requestId = incident.requestIdText(requests.requestId[row]);
        const std::string responseTime = formatDurationSeconds(requests.responseTime[row]);
        const std::int32_t gorouterUs = requests.gorouterTimeUs[row];
        const std::string gorouterTime =
            gorouterUs < 0 ? std::string() : formatDurationSeconds(DurationNs{gorouterUs} * 1000);
        const std::string failed =
            requests.failedAttempts[row] < 0 ? std::string() : numberText(requests.failedAttempts[row]);
        const std::string offset = numberText(static_cast<std::int64_t>(requests.source.offset[row]));
        const std::string attempts = attemptsText(incident, diagnosis, row);
        const std::string evidence = evidenceText(incident, diagnosis, row);
        const auto logText = [](std::string_view text) {
            return text.empty() ? Cell{{}, true, true} : Cell{text, true, false};
        };
        const auto ours = [](std::string_view text) {
            return text.empty() ? Cell{{}, false, true} : Cell{text, false, false};
        };
        writer.row({ours(router),
                    ours(start),
                    logText(incident.str(requests.host[row])),
                    logText(incident.str(requests.method[row])),
                    reparsed ? logText(record.uri) : missing,
                    ours(status),
                    logText(incident.str(requests.backend[row])),
                    logText(requestId),
                    ours(responseTime),
                    ours(gorouterTime),
                    logText(incident.str(requests.appId[row])),
                    logText(incident.str(requests.appIndex[row])),
                    logText(incident.str(requests.instanceId[row])),
                    logText(incident.str(requests.routerError[row])),
                    ours(failed),
                    logText(attempts),
                    ours(errorClassId(diagnosis.errorClass[row])),
                    ours(sourceId(diagnosis.source[row])),
                    logText(evidence),
                    logText(incident.filePath(requests.source.file[row])),
                    ours(offset)});
        out.maybeFlush();
    }
}

} // namespace rs::cli
