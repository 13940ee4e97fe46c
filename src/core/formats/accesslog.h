#pragma once

#include "core/formats/skipreason.h"
#include "core/formats/wrappers.h"
#include "core/util/types.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

enum class AccessField : std::uint8_t {
    Host,
    Time,
    Method,
    Uri,
    Proto,
    Status,
    BytesReceived,
    BytesSent,
    Referer,
    UserAgent,
    RemoteAddr,
    Backend,
    Key,
    Value
};

// Byte range of one field in the line given to AccessLogParser::parse(). Quoted values span
// their quotes; Method/Uri/Proto span the inside of the request string.
struct FieldSpan {
    std::uint32_t begin;
    std::uint32_t length;
    AccessField field;
};

struct ExtraField {
    std::string_view name;
    std::string_view value; // unescaped; "-" stays "-" (extra headers keep what was written)
};

// Best guess of the writer's generation from the timestamp layout and the quoting (FORMATS §1.7).
enum class AccessEra : std::uint8_t {
    Legacy2014, // [02/01/2006:15:04:05 -0700], bare values (cf-release, ≤ 2016-05)
    Legacy2016, // [02/01/2006:15:04:05.000 -0700], bare values (rr 0.133–0.141)
    Quoted2016, // same timestamp, every value quoted (rr 0.142)
    Iso2017,    // [2006-01-02T15:04:05.000-0700] (rr 0.143–0.195)
    Nanos2019,  // [2006-01-02T15:04:05.000000000Z] (rr 0.196+)
    UnixEpoch,  // [1554761639.747399300]: epoch seconds (`unix-epoch` timestamp format)
};

// Stable id of an era for the import report and JSON ("iso_nanos_z_2019").
std::string_view accessEraId(AccessEra era);

struct AccessRecord {
    TimeNs start = kNoTime;
    // Unescaped; empty = missing ("-", "MissingX").
    std::string_view host, method, uri, proto, referer, userAgent, remoteAddr, backend, xForwardedFor,
        xForwardedProto, vcapRequestId, appId, appIndex, instanceId, routerError, localAddress;
    int status = 0; // 0 = no status ("-", MissingResponseStatusCode)
    std::int64_t bytesReceived = -1, bytesSent = -1;
    DurationNs responseTime = kNoDuration, gorouterTime = kNoDuration, appTime = kNoDuration,
               failedAttemptsTime = kNoDuration, dnsTime = kNoDuration, dialTime = kNoDuration,
               tlsTime = kNoDuration, backendTime = kNoDuration;
    int failedAttempts = -1; // -1 = field absent
    AccessEra era = AccessEra::Nanos2019;
    std::uint32_t keys = 0;         // known keys present, bit per access::Key (accesskeys.h)
    std::vector<ExtraField> extras; // every unknown key:value in line order (extra headers, x_b3_*, …)
    std::vector<FieldSpan> spans;   // only filled when the parser was built with collectSpans
};

// Gorouter access-log records of every era (FORMATS §1). One parser per thread: it owns the
// scratch buffer that unescaped values point into.
class AccessLogParser {
public:
    explicit AccessLogParser(bool collectSpans = false);

    // `line` is a payload returned by unwrap(), without the trailing newline ('\r' tolerated).
    // On success fills `out` (clearing it first; vectors keep their capacity) and returns
    // std::nullopt. Views stay valid until the next parse() call: they point into `line` or
    // into the parser's scratch buffer.
    std::optional<SkipReason> parse(std::string_view line, AccessRecord& out);

    // Cheap check used by kind detection: does this payload have the skeleton `X - [ ... ] "`?
    static bool looksLikeAccessLine(std::string_view payload);

private:
    bool m_collectSpans;
    std::string m_scratch;                  // unescaped values
    std::vector<std::uint64_t> m_quoteBits; // positions of '"' in the current line
    // "2006-01-02T15:04" of the last nanosecond-era timestamp and that minute's start:
    // consecutive lines share it, so most lines only read seconds and nanoseconds.
    std::array<char, 16> m_minutePrefix{};
    TimeNs m_minuteStart = kNoTime;
};

// Cross-check of a record against its `cf logs` wrapper. The CLI prints the envelope time,
// taken by the router when it emitted the record (start + response_time), converted to the
// viewer's zone with the right offset, so a gap of minutes or hours between the two means a
// hand-edited line (e.g. a local time pasted into the record with a +0000 offset). Returns
// InconsistentFields then; nullopt when consistent or not checkable (no date in the wrapper,
// not cf logs: syslog drains are known to label UTC clock values with a local offset).
std::optional<SkipReason> checkAgainstWrapper(const Unwrapped& wrapper, const AccessRecord& record);

} // namespace rs
