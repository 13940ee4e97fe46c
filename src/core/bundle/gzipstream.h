#pragma once

#include "core/util/bytebuffer.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

namespace rs {

// The bytes of a gzip member while it is still being inflated, so that the lines already inflated
// are parsed on the other cores meanwhile (DESIGN §2: inflate pipelined with parsing). Address space
// for the largest member allowed is reserved once and never moves, so views into the published
// prefix stay valid while the rest is written; pages are committed only as they are written.
// One thread writes; any thread may read view().
class GrowingBytes final : public ByteBuffer {
public:
    enum class State : std::uint8_t { Growing, Finished, Abandoned };
    // Called on the writer's thread after every publish(), finish() and abandon().
    using Listener = std::function<void()>;

    // Null when the address space cannot be reserved.
    static std::shared_ptr<GrowingBytes> create(std::size_t maxBytes);
    ~GrowingBytes() override;
    GrowingBytes(const GrowingBytes&) = delete;
    GrowingBytes& operator=(const GrowingBytes&) = delete;

    // The published prefix; all of it once finished.
    std::string_view view() const override { return {m_data, m_published.load(std::memory_order_acquire)}; }
    State state() const { return m_state.load(std::memory_order_acquire); }
    bool truncated() const { return m_truncated.load(std::memory_order_acquire); }

    // Writer side.
    char* data() { return m_data; }
    std::size_t capacity() const { return m_capacity; }
    // Const because whoever receives the bytes (as SharedBytes) subscribes: the listener is the
    // writer's bookkeeping, not part of the bytes.
    void setListener(Listener listener) const { m_listener = std::move(listener); }
    void publish(std::size_t size); // [0, size) is written and never changes again
    void finish(bool truncated);    // nothing more will be written; the unused reservation is returned
    void abandon();                 // the member was not read after all (limit, cancel, damage upstream)

private:
    GrowingBytes(char* data, std::size_t capacity);
    void notify();

    char* m_data;
    std::size_t m_capacity;
    std::atomic<std::size_t> m_published{0};
    std::atomic<State> m_state{State::Growing};
    std::atomic<bool> m_truncated{false};
    mutable Listener m_listener;
};

} // namespace rs
