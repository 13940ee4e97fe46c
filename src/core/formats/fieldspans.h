#pragma once

// Where each field of a raw log line is, as the parsers read it: what the request detail view
// highlights field by field. Not on the import path: one call per line shown.

#include "core/formats/filekind.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// A nested namespace because the access-log parser's own, narrower span type is rs::FieldSpan.
namespace rs::fields {

enum class FieldRole : std::uint8_t {
    Prefix, // a wrapper around the record (syslog header, `cf logs` and `bosh logs -f` prefixes,
            // the pre-BPM ctl prefix)
    Timestamp,
    Host,
    Method,
    Uri,
    Protocol,
    Status,
    Bytes,
    Referer,
    UserAgent,
    ClientAddress,
    BackendAddress,
    RequestId,
    ResponseTime,
    AppId,
    InstanceId,
    RouterError,
    Key,         // a key of the access log's key:value tail or of a JSON object
    StringValue, // any other value
    NumberValue,
    Literal, // JSON true, false, null
    Level,
    Message,
    ErrorText,
};
inline constexpr std::size_t kFieldRoleCount = 24;
static_assert(static_cast<std::size_t>(FieldRole::ErrorText) + 1 == kFieldRoleCount);

// Stable snake-case id ("router_error"), for tests and tooltips.
std::string_view fieldRoleId(FieldRole role);

// Byte range [offset, offset + length) of one field in the line given to fieldSpans(). Quoted
// values span their text without the quotes (escapes stay as written).
struct FieldSpan {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    FieldRole role = FieldRole::StringValue;
    std::string key; // the key a value belongs to ("vcap_request_id", "error"); a Key's own name

    bool operator==(const FieldSpan&) const = default;
};

// The fields of one raw line (as stored, wrappers included, without its newline) of a file of
// `kind`; Unknown classifies the line itself. Access-log lines of every era, Gorouter and lager
// JSON lines, Gorouter stderr lines. Spans are sorted, never overlap, never empty and never
// leave the line, whatever the bytes; a line the parsers reject keeps the spans read before the
// point where it broke.
std::vector<FieldSpan> fieldSpans(FileKind kind, std::string_view line);

} // namespace rs::fields
