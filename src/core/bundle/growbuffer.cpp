#include "core/bundle/growbuffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace rs::bundleio {
namespace {

class MallocBuffer final : public ByteBuffer {
public:
    MallocBuffer(char* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    ~MallocBuffer() override { std::free(m_data); }
    MallocBuffer(const MallocBuffer&) = delete;
    MallocBuffer& operator=(const MallocBuffer&) = delete;
    std::string_view view() const override { return {m_data, m_size}; }

private:
    char* m_data;
    std::size_t m_size;
};

class SliceBuffer final : public ByteBuffer {
public:
    SliceBuffer(SharedBytes owner, std::string_view part)
        : m_owner(std::move(owner))
        , m_part(part)
    {}
    std::string_view view() const override { return m_part; }

private:
    SharedBytes m_owner;
    std::string_view m_part;
};

constexpr std::size_t kMinCapacity = 64 * 1024;

} // namespace

GrowBuffer::~GrowBuffer()
{
    if (m_shared)
        m_shared->abandon();
    else
        std::free(m_data);
}

GrowBuffer::GrowBuffer(GrowBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_shared(std::move(other.m_shared))
    , m_publishLimit(other.m_publishLimit)
{}

GrowBuffer& GrowBuffer::operator=(GrowBuffer&& other) noexcept
{
    if (this != &other) {
        if (m_shared)
            m_shared->abandon();
        else
            std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_shared = std::move(other.m_shared);
        m_publishLimit = other.m_publishLimit;
    }
    return *this;
}

bool GrowBuffer::share(std::size_t maxBytes)
{
    if (m_shared)
        return true;
    auto shared = GrowingBytes::create(std::max(maxBytes, m_size));
    if (!shared)
        return false;
    if (m_size > 0)
        std::memcpy(shared->data(), m_data, m_size);
    std::free(m_data);
    m_data = shared->data();
    m_capacity = shared->capacity();
    m_shared = std::move(shared);
    m_shared->publish(std::min(m_size, m_publishLimit));
    return true;
}

bool GrowBuffer::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity)
        return true;
    if (m_shared)
        return false; // the reservation is the limit: the buffer never moves
    void* grown = std::realloc(m_data, capacity);
    if (grown == nullptr)
        return false;
    m_data = static_cast<char*>(grown);
    m_capacity = capacity;
    return true;
}

bool GrowBuffer::ensureSpare(std::size_t extra)
{
    if (extra <= spare())
        return true;
    if (extra > SIZE_MAX / 2 - m_size)
        return false;
    std::size_t wanted = m_capacity < kMinCapacity ? kMinCapacity : m_capacity;
    while (wanted - m_size < extra)
        wanted *= 2;
    return reserve(wanted);
}

bool GrowBuffer::append(std::string_view bytes)
{
    if (bytes.empty())
        return true;
    if (!ensureSpare(bytes.size()))
        return false;
    std::memcpy(end(), bytes.data(), bytes.size());
    m_size += bytes.size();
    return true;
}

SharedBytes GrowBuffer::release()
{
    if (m_shared) {
        m_data = nullptr;
        m_size = m_capacity = 0;
        return std::exchange(m_shared, nullptr);
    }
    if (m_size == 0) {
        std::free(std::exchange(m_data, nullptr));
        m_capacity = 0;
        return bytesFromString({});
    }
    // Give back slack beyond a page; shrinking never copies.
    if (m_capacity - m_size > 4096) {
        if (void* shrunk = std::realloc(m_data, m_size))
            m_data = static_cast<char*>(shrunk);
    }
    auto bytes = std::make_shared<MallocBuffer>(std::exchange(m_data, nullptr), std::exchange(m_size, 0));
    m_capacity = 0;
    return bytes;
}

SharedBytes sliceBytes(SharedBytes owner, std::string_view part)
{
    return std::make_shared<SliceBuffer>(std::move(owner), part);
}

} // namespace rs::bundleio
