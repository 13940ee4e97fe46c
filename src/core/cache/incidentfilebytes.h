#pragma once

#include "core/cache/incidentfileformat.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// The byte encoding of a saved incident's byte sections (little-endian values, strings as a length
// and their bytes), shared by the files that encode and decode them; not an API.
namespace rs::cache::detail {

class Encoder {
public:
    std::string bytes;

    template <typename T> void raw(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes.append(reinterpret_cast<const char*>(&value), sizeof(value));
    }
    void u8(std::uint8_t v) { raw(v); }
    void u32(std::uint32_t v) { raw(v); }
    void u64(std::uint64_t v) { raw(v); }
    void i64(std::int64_t v) { raw(v); }
    void f64(double v) { raw(v); }
    void flag(bool v) { u8(v ? 1 : 0); }
    template <typename E> void e(E v) { u8(static_cast<std::uint8_t>(v)); }
    void str(std::string_view s)
    {
        u64(s.size());
        bytes.append(s);
    }
    // A list as its count, then its elements.
    void strs(const std::vector<std::string>& list)
    {
        u64(list.size());
        for (const std::string& s : list)
            str(s);
    }
    void u32s(const std::vector<std::uint32_t>& list)
    {
        u64(list.size());
        for (const std::uint32_t v : list)
            u32(v);
    }
};

// Every read is bounded by the bytes left: past them, or on a value out of its range, the decoder
// fails and yields zeros from then on.
class Decoder {
public:
    explicit Decoder(std::string_view bytes)
        : m_rest(bytes)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_rest.empty(); }

    template <typename T> T raw()
    {
        T value{};
        if (m_rest.size() < sizeof(T)) {
            m_ok = false;
            m_rest = {};
            return value;
        }
        std::memcpy(&value, m_rest.data(), sizeof(T));
        m_rest.remove_prefix(sizeof(T));
        return value;
    }
    std::uint8_t u8() { return raw<std::uint8_t>(); }
    std::uint32_t u32() { return raw<std::uint32_t>(); }
    std::uint64_t u64() { return raw<std::uint64_t>(); }
    std::int64_t i64() { return raw<std::int64_t>(); }
    int i32() { return raw<std::int32_t>(); }
    double f64() { return raw<double>(); }
    bool flag()
    {
        const std::uint8_t v = u8();
        if (v > 1)
            m_ok = false;
        return v == 1;
    }
    template <typename E> E e()
    {
        const auto v = static_cast<E>(u8());
        if (!validEnum(v))
            m_ok = false;
        return v;
    }
    std::string str()
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > m_rest.size()) {
            m_ok = false;
            m_rest = {};
            return {};
        }
        std::string s(m_rest.substr(0, static_cast<std::size_t>(n)));
        m_rest.remove_prefix(static_cast<std::size_t>(n));
        return s;
    }
    // A count of elements that take at least `minBytes` each: never more than the bytes left allow,
    // so a hostile count cannot make anyone allocate beyond the file's size.
    std::size_t count(std::size_t minBytes)
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > m_rest.size() / std::max<std::size_t>(minBytes, 1)) {
            m_ok = false;
            m_rest = {};
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    std::vector<std::string> strs()
    {
        std::vector<std::string> list(count(8));
        for (std::string& s : list)
            s = str();
        return list;
    }
    // A list of indices that must each be below `limit`.
    std::vector<std::uint32_t> indices(std::size_t limit)
    {
        std::vector<std::uint32_t> list(count(4));
        for (std::uint32_t& v : list)
            v = index(limit);
        return list;
    }
    // An index that must be below `limit`.
    std::uint32_t index(std::size_t limit)
    {
        const std::uint32_t v = u32();
        if (v >= limit)
            m_ok = false;
        return v;
    }
    void fail() { m_ok = false; }

private:
    std::string_view m_rest;
    bool m_ok = true;
};

} // namespace rs::cache::detail
