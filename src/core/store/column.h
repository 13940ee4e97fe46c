#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace rs {

// Views of any column type copied into owned memory (Column::detachCount()).
inline std::atomic<std::size_t> columnDetaches{0};

// One column of a table: owned values, or a read-only view of values that lie in memory owned by
// someone else (a saved incident's file, mapped: `viewOf`). A reopened incident of 10 M requests
// has ~850 MB of columns; copying them into fresh memory cost more than everything else of a
// reopen on these VMs (the kernel zeroes every fresh page), so the columns read back are views.
//
// Reading is the same for both (a pointer and a size, as a std::vector). Any change to a viewed
// column first copies it into owned memory ("detaches"); a reopened incident is only read, so that
// does not happen in practice (Column::detachCount() lets a test check it).
template <typename T> class Column {
    static_assert(std::is_trivially_copyable_v<T>, "a column of bool is a std::vector<bool>");

public:
    using value_type = T;
    using size_type = std::size_t;
    using const_iterator = const T*;
    using iterator = T*;
    using const_reference = const T&;
    using reference = T&;

    Column() = default;
    Column(std::initializer_list<T> values)
        : m_owned(values)
    {
        sync();
    }
    explicit Column(std::size_t n, const T& value = T())
        : m_owned(n, value)
    {
        sync();
    }
    Column(std::vector<T>&& values) noexcept // NOLINT: a vector is a column
        : m_owned(std::move(values))
    {
        sync();
    }
    template <typename It, typename = typename std::iterator_traits<It>::iterator_category>
    Column(It first, It last)
        : m_owned(first, last)
    {
        sync();
    }
    Column(const Column& other)
        : m_owned(other.m_owner ? std::vector<T>() : other.m_owned)
        , m_owner(other.m_owner)
    {
        if (m_owner) {
            m_data = other.m_data;
            m_size = other.m_size;
        } else {
            sync();
        }
    }
    Column(Column&& other) noexcept
        : m_owned(std::move(other.m_owned))
        , m_owner(std::move(other.m_owner))
        , m_data(other.m_data)
        , m_size(other.m_size)
    {
        other.m_owned.clear();
        other.m_owner.reset();
        other.sync();
    }
    Column& operator=(const Column& other)
    {
        if (this != &other)
            *this = Column(other);
        return *this;
    }
    Column& operator=(Column&& other) noexcept
    {
        if (this != &other) {
            m_owned = std::move(other.m_owned);
            m_owner = std::move(other.m_owner);
            m_data = other.m_data;
            m_size = other.m_size;
            other.m_owned.clear();
            other.m_owner.reset();
            other.sync();
        }
        return *this;
    }
    Column& operator=(std::vector<T>&& values) noexcept
    {
        m_owner.reset();
        m_owned = std::move(values);
        sync();
        return *this;
    }

    // A view of `size` values at `data`, which `owner` keeps alive.
    static Column viewOf(std::shared_ptr<const void> owner, const T* data, std::size_t size)
    {
        Column column;
        column.m_owner = std::move(owner);
        column.m_data = data;
        column.m_size = size;
        return column;
    }
    bool isView() const { return m_owner != nullptr; }
    // How many views were copied into owned memory since the program started.
    static std::size_t detachCount() { return columnDetaches.load(std::memory_order_relaxed); }

    // ---- reading ----
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T* data() const { return m_data; }
    const T& operator[](std::size_t i) const { return m_data[i]; }
    const T* begin() const { return m_data; }
    const T* end() const { return m_data + m_size; }
    const T* cbegin() const { return m_data; }
    const T* cend() const { return m_data + m_size; }
    const T& front() const { return m_data[0]; }
    const T& back() const { return m_data[m_size - 1]; }
    std::span<const T> span() const { return {m_data, m_size}; }
    operator std::span<const T>() const { return span(); } // NOLINT: read as a span
    std::size_t capacity() const { return m_owner ? m_size : m_owned.capacity(); }
    // Heap bytes this column holds (a view holds none of its own).
    std::size_t heapBytes() const { return m_owned.capacity() * sizeof(T); }

    friend bool operator==(const Column& a, const Column& b)
    {
        return a.m_size == b.m_size && std::equal(a.begin(), a.end(), b.begin());
    }
    friend bool operator==(const Column& a, const std::vector<T>& b)
    {
        return a.m_size == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }

    // ---- changing (a view is copied first) ----
    T* data()
    {
        owned();
        return m_owned.data();
    }
    T& operator[](std::size_t i) { return owned()[i]; }
    T* begin() { return data(); }
    T* end() { return data() + m_size; }
    T& front() { return owned().front(); }
    T& back() { return owned().back(); }

    void push_back(const T& value)
    {
        owned().push_back(value);
        sync();
    }
    template <typename... Args> T& emplace_back(Args&&... args)
    {
        T& added = owned().emplace_back(std::forward<Args>(args)...);
        sync();
        return added;
    }
    void pop_back()
    {
        owned().pop_back();
        sync();
    }
    void reserve(std::size_t n)
    {
        owned().reserve(n);
        sync();
    }
    void resize(std::size_t n)
    {
        owned().resize(n);
        sync();
    }
    void resize(std::size_t n, const T& value)
    {
        owned().resize(n, value);
        sync();
    }
    void clear()
    {
        m_owner.reset();
        m_owned.clear();
        sync();
    }
    void shrink_to_fit()
    {
        owned().shrink_to_fit();
        sync();
    }
    void assign(std::size_t n, const T& value)
    {
        m_owner.reset();
        m_owned.assign(n, value);
        sync();
    }
    template <typename It> void assign(It first, It last)
    {
        std::vector<T> values(first, last); // `first` may point into this column
        *this = std::move(values);
    }
    // Appends [first, last) (`at` must be end(): columns only grow at the end).
    template <typename It> T* insert(const T* at, It first, It last)
    {
        const auto offset = static_cast<std::size_t>(at - m_data);
        std::vector<T>& values = owned();
        values.insert(values.begin() + static_cast<std::ptrdiff_t>(offset), first, last);
        sync();
        return values.data() + offset;
    }
    void swap(Column& other) noexcept
    {
        Column moved(std::move(other));
        other = std::move(*this);
        *this = std::move(moved);
    }
    void swap(std::vector<T>& values)
    {
        owned().swap(values);
        sync();
    }

private:
    void sync()
    {
        m_data = m_owned.data();
        m_size = m_owned.size();
    }
    std::vector<T>& owned()
    {
        if (m_owner) [[unlikely]]
            detach();
        return m_owned;
    }
    void detach()
    {
        m_owned.assign(m_data, m_data + m_size);
        m_owner.reset();
        columnDetaches.fetch_add(1, std::memory_order_relaxed);
        sync();
    }

    std::vector<T> m_owned;
    std::shared_ptr<const void> m_owner; // set for a view
    const T* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace rs
