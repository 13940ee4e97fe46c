#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::clickhouse {

// The one way a value becomes part of SQL text (ClickHouse 18.16 has no query parameters).
// Rows are never built as SQL: they travel as RowBinary bodies (rowbinary.h). What remains are
// the few values a query itself compares with (a bundle hash, a router name, a time in the docs'
// queries): they pass here and nowhere else.
//
// Returns a single-quoted string literal whose bytes ClickHouse reads back exactly: backslash and
// quote are escaped, every control byte (NUL, tab, newline, DEL, …) becomes \xNN, and bytes from
// 0x80 up pass unchanged, so invalid UTF-8 round-trips as the same bytes.
std::string quoteString(std::string_view value);

// The inverse of quoteString: the value of a literal it wrote (quotes included), or nullopt for
// anything it would not write (a missing quote, an escape other than \\, \' and \xNN, a bare
// quote inside).
std::optional<std::string> unquoteString(std::string_view literal);

// Every string literal of an SQL text, decoded, in order; nullopt when the text is not what our
// generators write: an unterminated literal, an escape quoteString never writes, two literals
// back to back ('a''b' reads as one literal to ClickHouse), or a quoted identifier (" or `).
// For tests and fuzz targets: a value that escaped its literal shows as a literal that is not one
// of the values quoted.
std::optional<std::vector<std::string>> sqlStringLiterals(std::string_view sql);

// Identifiers are ours (table names) or the user's database name from the URL. Only plain ones
// are accepted, so an identifier never needs escaping: [A-Za-z_][A-Za-z0-9_]*, at most 64 bytes.
bool isPlainIdentifier(std::string_view name);

} // namespace rs::clickhouse
