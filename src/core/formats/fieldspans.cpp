#include "core/formats/fieldspans.h"

#include "core/formats/accesslog.h"
#include "core/formats/detect.h"
#include "core/formats/jsonline.h"
#include "core/formats/stderrlog.h"
#include "core/formats/wrappers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

// Every span comes from a parser's own reading of the line: the access-log tokenizer reports
// its fields (collectSpans), JSON lines are walked with the same On-Demand helpers the JSON
// parsers use, stderr lines are split where the stderr parser splits them. This file only maps
// those positions back to the stored line and names each field's role.

namespace rs::fields {
namespace {

constexpr std::array<std::string_view, kFieldRoleCount> kRoleIds = {
    "prefix",         "timestamp",       "host",       "method",        "uri",
    "protocol",       "status",          "bytes",      "referer",       "user_agent",
    "client_address", "backend_address", "request_id", "response_time", "app_id",
    "instance_id",    "router_error",    "key",        "string_value",  "number_value",
    "literal",        "level",           "message",    "error_text"};

// Where a view into `line` starts in it; npos when it does not point into the line (the
// parsers only hand out views into their input, but nothing here relies on that).
std::size_t offsetIn(std::string_view line, std::string_view part)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(line.data());
    const auto at = reinterpret_cast<std::uintptr_t>(part.data());
    if (at < begin || at - begin > line.size() || part.size() > line.size() - (at - begin))
        return std::string_view::npos;
    return at - begin;
}

// Collects spans in line coordinates; anything empty or outside the line is dropped here, so
// that no parser quirk can hand a caller a range it cannot index.
class SpanSink {
public:
    explicit SpanSink(std::string_view line)
        : m_line(line)
    {}

    void add(std::size_t begin, std::size_t end, FieldRole role, std::string_view key = {})
    {
        if (begin >= end || end > m_line.size() || end > std::numeric_limits<std::uint32_t>::max())
            return;
        m_spans.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin), role,
                           std::string(key)});
    }

    // A view into the line; quoted text spans its inside.
    void addText(std::string_view text, FieldRole role, std::string_view key = {})
    {
        const std::size_t begin = offsetIn(m_line, text);
        if (begin == std::string_view::npos)
            return;
        std::size_t end = begin + text.size();
        std::size_t from = begin;
        if (end - from >= 2 && m_line[from] == '"' && m_line[end - 1] == '"') {
            ++from;
            --end;
        }
        add(from, end, role, key);
    }

    std::string_view line() const { return m_line; }

    // Sorted by offset; a span overlapping an earlier one is dropped (none should).
    std::vector<FieldSpan> take()
    {
        std::stable_sort(m_spans.begin(), m_spans.end(),
                         [](const FieldSpan& a, const FieldSpan& b) { return a.offset < b.offset; });
        std::vector<FieldSpan> out;
        out.reserve(m_spans.size());
        std::size_t end = 0;
        for (FieldSpan& span : m_spans) {
            if (span.offset < end)
                continue;
            end = std::size_t{span.offset} + span.length;
            out.push_back(std::move(span));
        }
        return out;
    }

private:
    std::string_view m_line;
    std::vector<FieldSpan> m_spans;
};

// ---- access log -----------------------------------------------------------------------------

FieldRole accessValueRole(std::string_view key, std::string_view value)
{
    if (key == "vcap_request_id" || key == "vcap_request")
        return FieldRole::RequestId;
    if (key == "response_time")
        return FieldRole::ResponseTime;
    if (key == "app_id")
        return FieldRole::AppId;
    if (key == "instance_id")
        return FieldRole::InstanceId;
    if (key == "x_cf_routererror")
        return FieldRole::RouterError;
    if (key == "x_forwarded_for")
        return FieldRole::ClientAddress;
    const bool bare = value.empty() || value.front() != '"';
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const bool numeric = !value.empty() && (digit(value.front()) ||
                                            (value.size() > 1 && value.front() == '-' && digit(value[1])));
    return bare && numeric ? FieldRole::NumberValue : FieldRole::StringValue;
}

FieldRole accessRole(AccessField field)
{
    switch (field) {
    case AccessField::Host:
        return FieldRole::Host;
    case AccessField::Time:
        return FieldRole::Timestamp;
    case AccessField::Method:
        return FieldRole::Method;
    case AccessField::Uri:
        return FieldRole::Uri;
    case AccessField::Proto:
        return FieldRole::Protocol;
    case AccessField::Status:
        return FieldRole::Status;
    case AccessField::BytesReceived:
    case AccessField::BytesSent:
        return FieldRole::Bytes;
    case AccessField::Referer:
        return FieldRole::Referer;
    case AccessField::UserAgent:
        return FieldRole::UserAgent;
    case AccessField::RemoteAddr:
        return FieldRole::ClientAddress;
    case AccessField::Backend:
        return FieldRole::BackendAddress;
    case AccessField::Key:
        return FieldRole::Key;
    case AccessField::Value:
        return FieldRole::StringValue;
    }
    return FieldRole::StringValue;
}

void accessSpans(std::string_view payload, SpanSink& sink)
{
    // Spans are recorded as the tokenizer goes, so a line it rejects still shows what it read.
    AccessLogParser parser(true);
    AccessRecord record;
    parser.parse(payload, record);
    std::string_view key;
    for (const rs::FieldSpan& span : record.spans) {
        if (span.begin > payload.size() || span.length > payload.size() - span.begin)
            continue;
        const std::string_view text = payload.substr(span.begin, span.length);
        if (span.field == AccessField::Key) {
            key = text;
            sink.addText(text, FieldRole::Key, text);
        } else if (span.field == AccessField::Value) {
            sink.addText(text, accessValueRole(key, text), key);
        } else {
            sink.addText(text, accessRole(span.field));
        }
    }
}

// ---- JSON lines -----------------------------------------------------------------------------

FieldRole jsonStringRole(std::string_view key)
{
    static constexpr std::array<std::pair<std::string_view, FieldRole>, 26> kRoles = {{
        {"timestamp", FieldRole::Timestamp},
        {"log_level", FieldRole::Level},
        {"level", FieldRole::Level},
        {"message", FieldRole::Message},
        {"msg", FieldRole::Message},
        {"error", FieldRole::ErrorText},
        {"err", FieldRole::ErrorText},
        {"vcap_request_id", FieldRole::RequestId},
        {"uri", FieldRole::Uri},
        {"Path", FieldRole::Uri},
        {"path", FieldRole::Uri},
        {"Host", FieldRole::Host},
        {"host", FieldRole::Host},
        {"backend", FieldRole::BackendAddress},
        {"Addr", FieldRole::BackendAddress},
        {"address", FieldRole::BackendAddress},
        {"RemoteAddr", FieldRole::ClientAddress},
        {"X-Forwarded-For", FieldRole::ClientAddress},
        {"ApplicationId", FieldRole::AppId},
        {"application_id", FieldRole::AppId},
        {"app_id", FieldRole::AppId},
        {"app_guid", FieldRole::AppId},
        {"process_instance_id", FieldRole::InstanceId},
        {"instance_guid", FieldRole::InstanceId},
        {"instance_id", FieldRole::InstanceId},
        {"status-code", FieldRole::Status},
    }};
    for (const auto& [name, role] : kRoles) {
        if (key == name)
            return role;
    }
    // x_cf_routererror and its spellings in other components' logs.
    if (key.find("routererror") != std::string_view::npos ||
        key.find("router_error") != std::string_view::npos)
        return FieldRole::RouterError;
    return FieldRole::StringValue;
}

FieldRole jsonScalarRole(std::string_view key, char first)
{
    const FieldRole named = jsonStringRole(key);
    if (first == '"')
        return named;
    if (first == 't' || first == 'f' || first == 'n')
        return FieldRole::Literal;
    switch (named) {
    case FieldRole::Timestamp:
    case FieldRole::Level:
    case FieldRole::Status:
        return named;
    default:
        return FieldRole::NumberValue;
    }
}

// Walks a JSON object in document order. Token views point into the padded copy simdjson
// reads; `m_shift` maps them back into the line.
class JsonWalker {
public:
    JsonWalker(SpanSink& sink, const char* copy, std::size_t copySize, std::size_t shift)
        : m_sink(sink)
        , m_copy(reinterpret_cast<std::uintptr_t>(copy))
        , m_copySize(copySize)
        , m_shift(shift)
    {}

    bool walkObject(json::od::object& object)
    {
        return json::forEachField(
            object, [this](std::string_view key, json::Value& value) { return field(key, value, 0); });
    }

private:
    // Deeper values are left to On-Demand to skip: no log nests this far, and the recursion
    // must stay bounded on hostile input.
    static constexpr int kMaxDepth = 32;

    void add(std::string_view text, FieldRole role, std::string_view key)
    {
        const auto at = reinterpret_cast<std::uintptr_t>(text.data());
        if (at < m_copy || at - m_copy > m_copySize || text.size() > m_copySize - (at - m_copy))
            return;
        std::size_t begin = at - m_copy;
        std::size_t end = begin + text.size();
        if (end - begin >= 2 && text.front() == '"' && text.back() == '"') {
            ++begin;
            --end;
        }
        m_sink.add(begin + m_shift, end + m_shift, role, key);
    }

    bool field(std::string_view key, json::Value& value, int depth)
    {
        add(key, FieldRole::Key, key);
        return this->value(key, value, depth);
    }

    bool value(std::string_view key, json::Value& v, int depth)
    {
        switch (v.first()) {
        case '{':
            if (depth >= kMaxDepth)
                return true;
            return json::forEachFieldOf(v, [this, depth](std::string_view inner, json::Value& item) {
                return field(inner, item, depth + 1);
            });
        case '[':
            if (depth >= kMaxDepth)
                return true;
            return json::forEachItemOf(
                v, [this, key, depth](json::Value& item) { return value(key, item, depth + 1); });
        default:
            add(v.token, jsonScalarRole(key, v.first()), key);
            return true;
        }
    }

    SpanSink& m_sink;
    std::uintptr_t m_copy;
    std::size_t m_copySize;
    std::size_t m_shift;
};

// One parser and buffer per thread: the views never outlive a call, and the window shows lines
// from the GUI thread only, tests from several.
json::LineState& jsonState()
{
    thread_local json::LineState state;
    return state;
}

// The pre-BPM ctl prefix ("[2017-… ] ") as one Prefix span; returns the text after it.
std::string_view skipCtlPrefix(std::string_view payload, SpanSink& sink)
{
    std::string_view rest;
    TimeNs prefixTime = kNoTime;
    if (!json::splitCtlPrefix(payload, rest, prefixTime))
        return payload;
    sink.addText(payload.substr(0, payload.size() - rest.size()), FieldRole::Prefix);
    return rest;
}

void jsonSpans(std::string_view payload, SpanSink& sink)
{
    std::string_view text = skipCtlPrefix(payload, sink);
    text = json::trim(text);
    const std::size_t shift = offsetIn(sink.line(), text);
    if (text.empty() || text.front() != '{' || shift == std::string_view::npos)
        return;
    json::LineState& state = jsonState();
    const std::string_view copy = state.buffer.assign(text);
    json::od::document doc;
    json::od::object object;
    if (state.parser.iterate(copy.data(), copy.size(), state.buffer.capacity()).get(doc) !=
            simdjson::SUCCESS ||
        doc.get_object().get(object) != simdjson::SUCCESS)
        return;
    JsonWalker(sink, copy.data(), copy.size(), shift).walkObject(object);
}

// ---- Gorouter stderr ------------------------------------------------------------------------

// Trailing ": " and blanks, so that a message part does not highlight its separator.
std::size_t trimSeparatorEnd(std::string_view line, std::size_t begin, std::size_t end)
{
    while (end > begin && (line[end - 1] == ' ' || line[end - 1] == ':'))
        --end;
    return end;
}

void stderrSpans(std::string_view payload, SpanSink& sink)
{
    std::string_view text = skipCtlPrefix(payload, sink);
    StderrRecord record;
    if (GorouterStderrParser().parse(payload, record))
        return;
    const std::string_view line = sink.line();
    const std::size_t textBegin = offsetIn(line, text);
    const std::size_t messageBegin = offsetIn(line, record.message);
    if (textBegin == std::string_view::npos || messageBegin == std::string_view::npos ||
        messageBegin < textBegin)
        return;
    sink.add(textBegin, trimSeparatorEnd(line, textBegin, messageBegin), FieldRole::Timestamp);

    // The message up to the first part the parser split off (peer, then error).
    std::size_t messageEnd = messageBegin + record.message.size();
    for (const std::string_view part : {record.peer, record.error}) {
        const std::size_t at = offsetIn(line, part);
        if (!part.empty() && at != std::string_view::npos && at >= messageBegin)
            messageEnd = std::min(messageEnd, at);
    }
    sink.add(messageBegin, trimSeparatorEnd(line, messageBegin, messageEnd), FieldRole::Message);
    if (!record.peer.empty())
        sink.addText(record.peer, FieldRole::ClientAddress);
    if (!record.error.empty())
        sink.addText(record.error, FieldRole::ErrorText);
}

// A record taken out of a quoted envelope field: its spans are read on the decoded text and
// mapped back through the decoder's positions; the envelope around it is its prefix.
void embeddedSpans(std::string_view line, const EmbeddedRecord& e, SpanSink& sink)
{
    std::string text;
    std::vector<std::uint32_t> map;
    decodeEmbedded(line, e, text, &map);
    SpanSink inner(text);
    accessSpans(text, inner);
    const std::size_t begin = std::min(e.begin, line.size());
    sink.add(0, begin, FieldRole::Prefix);
    for (FieldSpan& span : inner.take()) {
        const std::size_t end = std::size_t{span.offset} + span.length;
        if (end >= map.size())
            continue;
        sink.add(map[span.offset], map[end], span.role, span.key);
    }
    sink.add(std::min(e.end, line.size()), line.size(), FieldRole::Prefix);
}

} // namespace

std::string_view fieldRoleId(FieldRole role)
{
    const auto index = static_cast<std::size_t>(role);
    return index < kRoleIds.size() ? kRoleIds[index] : std::string_view("string_value");
}

std::vector<FieldSpan> fieldSpans(FileKind kind, std::string_view line)
{
    SpanSink sink(line);
    const Unwrapped wrapper = unwrap(line);
    if (wrapper.outer == WrapperKind::TailHeader) {
        sink.add(0, line.size(), FieldRole::Prefix);
        return sink.take();
    }
    if (wrapper.embedded.style != EnvelopeStyle::None && wrapper.embedded.style != EnvelopeStyle::Bare) {
        embeddedSpans(line, wrapper.embedded, sink);
        return sink.take();
    }
    const std::string_view payload = wrapper.payload;
    const std::size_t payloadBegin = offsetIn(line, payload);
    if (payloadBegin == std::string_view::npos)
        return {};
    sink.add(0, payloadBegin, FieldRole::Prefix);

    if (wrapper.embedded.style == EnvelopeStyle::Bare)
        kind = FileKind::AccessLog;
    else if (kind == FileKind::Unknown)
        kind = classifyPayload(payload);
    switch (kind) {
    case FileKind::AccessLog:
        accessSpans(payload, sink);
        break;
    case FileKind::GorouterStderr:
        stderrSpans(payload, sink);
        break;
    case FileKind::GorouterLog:
    case FileKind::LagerLog:
    case FileKind::RouteDump:
    case FileKind::ActualLrps:
        jsonSpans(payload, sink);
        break;
    case FileKind::LbLog:
        if (payload.starts_with('{'))
            jsonSpans(payload, sink);
        break;
    case FileKind::AppLog: // the app's own text: no fields of ours
        break;
    case FileKind::Unknown:
        break;
    }
    return sink.take();
}

} // namespace rs::fields
