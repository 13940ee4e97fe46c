#pragma once

// Sample files of tests/data for the parser tests, and readable QCOMPARE output for the
// parsers' value types.

#include <string>
#include <string_view>
#include <vector>

namespace rs::test {

// Lines without their '\n' (a CR stays: parsers must cope with CRLF files); empty when the
// file cannot be read.
std::vector<std::string> readLines(const std::string& path);
std::string readBytes(const std::string& path);

} // namespace rs::test

// The data directory is a compile definition of each test executable, not of this library, and
// QtTest and the core headers are theirs too: what needs them is inline and theirs alone.
#ifdef ROUTESCOPE_TEST_DATA

#include "core/formats/skipreason.h"

#include <QtTest>

#include <optional>

namespace rs::test {

inline std::string samplePath(std::string_view name)
{
    return std::string(ROUTESCOPE_TEST_DATA) + "/samples/" + std::string(name);
}

inline std::vector<std::string> sampleLines(std::string_view name)
{
    return readLines(samplePath(name));
}

inline std::string sampleBytes(std::string_view name)
{
    return readBytes(samplePath(name));
}

} // namespace rs::test

template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(("\"" + text + "\"").c_str());
}
template <> inline char* QTest::toString(const std::string_view& text)
{
    return qstrdup(("\"" + std::string(text) + "\"").c_str());
}
template <> inline char* QTest::toString(const std::optional<rs::SkipReason>& reason)
{
    return qstrdup(reason ? std::string(rs::skipReasonId(*reason)).c_str() : "nullopt");
}

#endif
