// Every timestamp and duration reader; what parses must format and parse back to itself.
#include "core/util/timeparse.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = rs::fuzz::bytesOf(data, size);
    const rs::TimeNs times[] = {rs::parseAccessTimestamp(text), rs::parseRfc3339(text),
                                rs::parseEpochSeconds(text), rs::parseGoLogTime(text),
                                rs::parseBracketPrefixTime(text)};
    for (const rs::TimeNs t : times) {
        if (t == rs::kNoTime)
            continue;
        const std::string formatted = rs::formatTimeUtc(t);
        RS_FUZZ_CHECK(!formatted.empty());
        RS_FUZZ_CHECK(rs::parseRfc3339(formatted) == t);
    }
    const rs::DurationNs d = rs::parseSecondsDuration(text);
    RS_FUZZ_CHECK(d == rs::kNoDuration || d >= 0);
    if (d != rs::kNoDuration)
        RS_FUZZ_CHECK(!rs::formatDurationSeconds(d).empty());
    if (size >= 7 * sizeof(int)) {
        int f[7];
        __builtin_memcpy(f, data, sizeof f);
        const rs::TimeNs t = rs::makeTimeUtc(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        if (t != rs::kNoTime)
            RS_FUZZ_CHECK(rs::parseRfc3339(rs::formatTimeUtc(t)) == t);
    }
    return 0;
}
