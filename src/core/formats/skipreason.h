#pragma once

#include <cstdint>
#include <string_view>

namespace rs {

// Why a line (or a whole file) was not turned into a record. The import report groups
// skipped lines by reason and keeps a few examples of each; the text shown to users is
// produced by describe() in core/store/importreport.h, which translates it.
enum class SkipReason : std::uint8_t {
    AccessLineMalformed,      // does not follow `HOST - [TIME] "REQUEST" STATUS …`
    AccessTimestampInvalid,   // the [TIME] field is not a timestamp of any era
    AccessFieldInvalid,       // a field has the wrong shape (status, byte count, key:value tail)
    QuotedStringUnterminated, // a Go-quoted value runs to the end of the line
    JsonInvalid,              // not valid JSON (e.g. a bare REDACTED token)
    JsonTruncated,            // JSON object cut short (copytruncate, partial write)
    JsonNotObject,            // valid JSON, but not an object of the expected shape
    JsonMissingField,         // object lacks timestamp/message/required keys
    TimestampInvalid,         // a JSON or Go log timestamp that cannot be read
    StderrUnrecognised,       // stderr text that is not a Go `log` line nor part of a panic
    RecordInvalid,            // a route-dump/LRP object lacking what makes it usable
    UnexpectedKind,           // a valid line of another kind (the report names the kind)
    LineTooLong,              // longer than the line limit; cut and skipped
    BinaryData,               // NUL or other bytes that cannot be log text
    InconsistentFields,       // fields of different format generations, or contradicting each
                              // other: a hand-edited line, not something Gorouter wrote
    PartialLine,              // the first or last line of a file, cut: the file was copied while
                              // being written (copytruncate) or a capture started mid-line
    NulPadding,               // the file starts with NUL bytes: copytruncate while the writer kept
                              // its offset; the text after them is read
    KeptWithRawBytes,         // not skipped: a record whose quoted value holds a raw NUL or invalid
                              // UTF-8 was imported; the bytes are shown escaped. Counted so the
                              // report says where they are.
};

// Reasons that count lines kept, not lines lost.
constexpr bool isKeptReason(SkipReason reason)
{
    return reason == SkipReason::KeptWithRawBytes;
}

constexpr std::string_view skipReasonId(SkipReason reason)
{
    switch (reason) {
    case SkipReason::AccessLineMalformed:
        return "access_line_malformed";
    case SkipReason::AccessTimestampInvalid:
        return "access_timestamp_invalid";
    case SkipReason::AccessFieldInvalid:
        return "access_field_invalid";
    case SkipReason::QuotedStringUnterminated:
        return "quoted_string_unterminated";
    case SkipReason::JsonInvalid:
        return "json_invalid";
    case SkipReason::JsonTruncated:
        return "json_truncated";
    case SkipReason::JsonNotObject:
        return "json_not_object";
    case SkipReason::JsonMissingField:
        return "json_missing_field";
    case SkipReason::TimestampInvalid:
        return "timestamp_invalid";
    case SkipReason::StderrUnrecognised:
        return "stderr_unrecognised";
    case SkipReason::RecordInvalid:
        return "record_invalid";
    case SkipReason::UnexpectedKind:
        return "unexpected_kind";
    case SkipReason::LineTooLong:
        return "line_too_long";
    case SkipReason::BinaryData:
        return "binary_data";
    case SkipReason::InconsistentFields:
        return "inconsistent_fields";
    case SkipReason::PartialLine:
        return "partial_line";
    case SkipReason::NulPadding:
        return "nul_padding";
    case SkipReason::KeptWithRawBytes:
        return "kept_with_raw_bytes";
    }
    return "unknown";
}

} // namespace rs
