#pragma once

#include "core/bundle/bytestream.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace rs {

// Where a thread's last read of an inflated text stopped (a loose .gz, an archive member's layers):
// a read a little further on continues the inflate instead of starting again from a checkpoint.
struct TextCursor {
    std::unique_ptr<bundleio::Stream> stream; // the text from `position` on
    std::string_view pending;                 // the rest of the stream's last chunk
    std::uint64_t position = 0;               // text offset of pending's start

    // Whether a read at `offset` can go on from here (at most `ahead` bytes to skip).
    bool reaches(std::uint64_t offset, std::uint64_t ahead) const
    {
        return stream && offset >= position && offset - position <= ahead;
    }
    void restart(std::unique_ptr<bundleio::Stream> from, std::uint64_t offset)
    {
        stream = std::move(from);
        pending = {};
        position = offset;
    }
    // `want` bytes at `offset` (not before position) into `out`. False when the stream ended or
    // stopped first, with why in `why`; the cursor is then cleared.
    bool read(std::uint64_t offset, std::size_t want, std::string& out, std::string& why);
};

} // namespace rs
