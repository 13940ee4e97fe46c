#include "core/bundle/gzipstream.h"

#include <sys/mman.h>
#include <unistd.h>

namespace rs {
namespace {

std::size_t pageRound(std::size_t size)
{
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    return (size + page - 1) / page * page;
}

} // namespace

std::shared_ptr<GrowingBytes> GrowingBytes::create(std::size_t maxBytes)
{
    const std::size_t capacity = pageRound(std::max<std::size_t>(maxBytes, 1));
    // Address space only: MAP_NORESERVE commits nothing until a page is written.
    void* data =
        ::mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (data == MAP_FAILED)
        return nullptr;
    // No MADV_HUGEPAGE: with the kernel's default defrag policy it compacts memory on the faulting
    // thread, which cost a third more CPU per imported gzip byte on a loaded machine than 4 KiB pages.
    return std::shared_ptr<GrowingBytes>(new GrowingBytes(static_cast<char*>(data), capacity));
}

GrowingBytes::GrowingBytes(char* data, std::size_t capacity)
    : m_data(data)
    , m_capacity(capacity)
{}

GrowingBytes::~GrowingBytes()
{
    ::munmap(m_data, m_capacity);
}

void GrowingBytes::notify()
{
    if (m_listener)
        m_listener();
}

void GrowingBytes::publish(std::size_t size)
{
    m_published.store(size, std::memory_order_release);
    notify();
}

void GrowingBytes::finish(bool truncated)
{
    const std::size_t used = pageRound(m_published.load(std::memory_order_relaxed));
    if (used < m_capacity && ::munmap(m_data + used, m_capacity - used) == 0)
        m_capacity = used;
    m_truncated.store(truncated, std::memory_order_release);
    m_state.store(State::Finished, std::memory_order_release);
    notify();
    m_listener = {}; // it may hold what holds this buffer
}

void GrowingBytes::abandon()
{
    m_state.store(State::Abandoned, std::memory_order_release);
    notify();
    m_listener = {};
}

} // namespace rs
