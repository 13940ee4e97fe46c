#pragma once

#include "core/bundle/gzipstream.h"
#include "core/util/bytebuffer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rs::bundleio {

// Heap bytes that grow with realloc. Large glibc blocks live in their own mapping, so realloc moves
// page-table entries (mremap) instead of copying: inflating a multi-GB member of unknown size never
// copies what was already written, and the final bytes are handed over without a copy either.
class GrowBuffer {
public:
    GrowBuffer() = default;
    ~GrowBuffer();
    GrowBuffer(GrowBuffer&& other) noexcept;
    GrowBuffer& operator=(GrowBuffer&& other) noexcept;
    GrowBuffer(const GrowBuffer&) = delete;
    GrowBuffer& operator=(const GrowBuffer&) = delete;

    // Capacity of at least `capacity` bytes; false when the allocator refuses.
    bool reserve(std::size_t capacity);
    // Room for at least `extra` more bytes, growing geometrically.
    bool ensureSpare(std::size_t extra);
    bool append(std::string_view bytes);

    char* end() { return m_data + m_size; }
    std::size_t spare() const { return m_capacity - m_size; }
    void commit(std::size_t count)
    {
        m_size += count;
        if (m_shared)
            m_shared->publish(std::min(m_size, m_publishLimit));
    }
    // Readers of a shared buffer never see bytes past `limit` (the member limit: what lies past it is
    // cut off at a line end before it, and no reader may have taken a piece of it).
    void publishAtMost(std::size_t limit) { m_publishLimit = limit; }

    // Drops the bytes from `size` on (a stream cut short keeps its complete lines only). When shared,
    // readers must not have taken anything past `size`: they cut pieces at line ends only, so a cut
    // just after a line end is safe.
    void truncate(std::size_t size)
    {
        if (size >= m_size)
            return;
        m_size = size;
        if (m_shared)
            m_shared->publish(std::min(m_size, m_publishLimit));
    }

    // Moves the bytes into a GrowingBytes of at most `maxBytes` that other threads may read while
    // this buffer keeps growing: every commit() publishes. False (nothing changed) when the address
    // space cannot be reserved. release() then hands out that buffer, still growing: its writer
    // finishes it; a buffer destroyed before release() abandons it.
    bool share(std::size_t maxBytes);
    const std::shared_ptr<GrowingBytes>& shared() const { return m_shared; }
    std::size_t size() const { return m_size; }
    std::string_view view() const { return {m_data, m_size}; }

    // Hands the bytes over as an immutable buffer and leaves this one empty.
    SharedBytes release();

private:
    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    std::shared_ptr<GrowingBytes> m_shared; // when shared: m_data points into it
    std::size_t m_publishLimit = SIZE_MAX;
};

// A sub-range of a buffer that stays alive as long as the slice does (tar members read from memory).
SharedBytes sliceBytes(SharedBytes owner, std::string_view part);

} // namespace rs::bundleio
