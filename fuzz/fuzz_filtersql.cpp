// The filter language compiled to ClickHouse SQL (core/clickhouse/filtersql.h): any text that
// parses either compiles or is refused with a message; what compiles never lets a value escape
// its literal. Every string literal of the SQL must read back (quoteString's inverse) as one of the
// filter's own values or one of the compiler's constants, and outside the literals there is
// nothing a value could have brought: no statement separator, comment, quoted identifier or
// control byte, and the parentheses balance.
#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/sqlquote.h"
#include "core/query/filterexpr.h"
#include "fuzzlines.h"

#include <algorithm>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = rs::fuzz::bytesOf(data, size);
    const auto parsed = rs::parseFilterExpression(text);
    if (!std::holds_alternative<rs::Filter>(parsed))
        return 0;
    const rs::clickhouse::FilterSql sql =
        rs::clickhouse::filterToSql(std::get<rs::Filter>(parsed), "routescope");
    if (!sql.where) {
        RS_FUZZ_CHECK(!sql.error.isEmpty());
        return 0;
    }
    const std::string& where = *sql.where;
    const auto literals = rs::clickhouse::sqlStringLiterals(where);
    RS_FUZZ_CHECK(literals.has_value());
    for (const std::string& literal : *literals) {
        const bool ours =
            std::find(sql.literals.begin(), sql.literals.end(), literal) != sql.literals.end() ||
            std::find(std::begin(rs::clickhouse::kFixedLiterals), std::end(rs::clickhouse::kFixedLiterals),
                      literal) != std::end(rs::clickhouse::kFixedLiterals);
        RS_FUZZ_CHECK(ours);
    }
    // Every value quoted is in the text, as its own literal, byte for byte.
    for (const std::string& value : sql.literals)
        RS_FUZZ_CHECK(std::find(literals->begin(), literals->end(), value) != literals->end());
    // The text outside the literals.
    std::string outside;
    bool inLiteral = false;
    for (std::size_t i = 0; i < where.size(); ++i) {
        const char c = where[i];
        if (inLiteral) {
            if (c == '\\')
                ++i;
            else if (c == '\'')
                inLiteral = false;
            continue;
        }
        if (c == '\'') {
            inLiteral = true;
            outside += '?';
            continue;
        }
        outside += c;
    }
    RS_FUZZ_CHECK(!inLiteral);
    int depth = 0;
    for (const char c : outside) {
        const auto byte = static_cast<unsigned char>(c);
        RS_FUZZ_CHECK(byte >= 0x20 && byte < 0x7F);
        RS_FUZZ_CHECK(c != ';' && c != '"' && c != '`' && c != '#' && c != '\\' && c != '/');
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        RS_FUZZ_CHECK(depth >= 0);
    }
    RS_FUZZ_CHECK(depth == 0);
    RS_FUZZ_CHECK(outside.find("--") == std::string::npos);
    return 0;
}
