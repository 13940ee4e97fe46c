#pragma once

#include "core/bundle/bytestream.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct inflate_state;

namespace rs::bundleio {

// Where an inflate stood between two reads: enough to resume from the compressed offset `input`
// without any byte before it. Unlike zlib's zran, which stops at block boundaries and keeps the
// 32 KiB window and a bit offset, this keeps ISA-L's whole decoder state (the window is inside it,
// as are a partly read block's Huffman tables), so a checkpoint can be taken after any read.
struct InflateCheckpoint {
    std::uint64_t input = 0;  // compressed bytes consumed before it
    std::uint64_t output = 0; // text produced before it
    bool betweenMembers = false;
    std::string decoder; // ISA-L's state, cut after the history it holds
};

// Streaming ISA-L inflate of a (multi-member) gzip stream pulled from `input`. Callers drive it in
// bounded steps so that they can check limits and cancellation in between.
class GzipInflater {
public:
    enum class State : std::uint8_t { Running, Finished, Truncated, Corrupt };

    explicit GzipInflater(Stream& input);
    // Resumes at `from`; `input` yields the compressed bytes from from.input on.
    GzipInflater(Stream& input, const InflateCheckpoint& from);
    ~GzipInflater();
    GzipInflater(const GzipInflater&) = delete;
    GzipInflater& operator=(const GzipInflater&) = delete;

    // Inflates up to `capacity` bytes into `out`. Returns 0 only once the stream is over (state()).
    std::size_t read(char* out, std::size_t capacity);

    // Valid between reads while the state is Running.
    InflateCheckpoint checkpoint() const;

    State state() const { return m_state; }
    const std::string& error() const { return m_error; }
    std::uint64_t consumed() const { return m_consumed; }
    std::uint64_t produced() const { return m_produced; }
    std::uint64_t trailingGarbage() const { return m_garbage; }
    Stream& input() { return m_input; }

private:
    bool refill();
    bool startNextMember();
    void fail(State state, std::string error);

    Stream& m_input;
    std::unique_ptr<inflate_state> m_isal;
    std::string_view m_pending; // input not yet given to ISA-L (chunks may exceed its 32-bit counters)
    bool m_inputEnded = false;
    bool m_betweenMembers = false;
    State m_state = State::Running;
    std::string m_error;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_produced = 0;
    std::uint64_t m_garbage = 0;
};

// ISIZE of the last member, as a reservation hint only: it is mod 2^32 and covers only the last member.
// 0 when absent or beyond deflate's ~1032:1 maximum expansion.
std::uint64_t gzipSizeHint(std::string_view compressed);

} // namespace rs::bundleio
