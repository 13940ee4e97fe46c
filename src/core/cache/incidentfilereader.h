#pragma once

#include "core/cache/incidentfileformat.h"
#include "core/store/column.h"
#include "core/util/hugepages.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// Reading a saved incident's sections (incidentfileread.cpp), shared with the reading of its
// columns (incidentfilecolumns.cpp); not an API.
namespace rs::cache::detail {

// Where the bytes come from: a file read with pread, or memory (the fuzz target).
class Source {
public:
    virtual ~Source() = default;
    virtual std::uint64_t size() const = 0;
    // Exactly `bytes` at `offset` (the caller checked the range), false on a read error.
    virtual bool read(std::uint64_t offset, void* out, std::size_t bytes) const = 0;
    // The whole source in memory for as long as the returned owner lives (a mapped file), or
    // nothing: columns are then copied out of it.
    struct Mapped {
        std::shared_ptr<const void> owner;
        const char* bytes = nullptr;
    };
    virtual Mapped mapped() const { return {}; }
};

// The header and the section table, checked by open(); then the sections in file order, each one
// checked against its checksum before it is handed out. The first failure is kept in error().
class Reader {
public:
    explicit Reader(const Source& source)
        : m_source(source)
    {}

    const std::string& error() const { return m_error; }
    bool ok() const { return m_error.empty(); }
    bool fail(std::string why)
    {
        if (m_error.empty())
            m_error = std::move(why);
        return false;
    }

    bool open();

    // The next section's bytes, checked against its checksum.
    bool next(std::string& out);
    // The same, in place when the source is mapped (`owner` then keeps `out` alive), else read
    // into `copy`, which `out` then views.
    bool next(std::string_view& out, std::shared_ptr<const void>& owner, std::string& copy);
    template <typename T> bool column(std::vector<T>& out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const Section* s = take();
        if (s == nullptr)
            return false;
        if (s->bytes % sizeof(T) != 0)
            return fail("section " + std::to_string(m_next - 1) + " is not a whole number of values");
        resizeFresh(out, static_cast<std::size_t>(s->bytes / sizeof(T)));
        return load(*s, out.data());
    }
    // A column of a mapped source is a view of it (no copy into fresh memory: the point of
    // mapping), else read into owned memory.
    template <typename T> bool column(Column<T>& out)
    {
        static_assert(alignof(T) <= kSectionAlignment);
        const Section* s = take();
        if (s == nullptr)
            return false;
        if (s->bytes % sizeof(T) != 0)
            return fail("section " + std::to_string(m_next - 1) + " is not a whole number of values");
        const auto n = static_cast<std::size_t>(s->bytes / sizeof(T));
        if (const Source::Mapped map = m_source.mapped(); map.owner) {
            const char* at = map.bytes + s->offset;
            if (!checkSum(*s, at))
                return false;
            out = Column<T>::viewOf(map.owner, reinterpret_cast<const T*>(at), n);
            return true;
        }
        std::vector<T> values;
        resizeFresh(values, n);
        if (!load(*s, values.data()))
            return false;
        out = std::move(values);
        return true;
    }
    bool column(std::vector<bool>& out);
    bool atEnd();

private:
    const Section* take();
    bool load(const Section& s, void* out);
    bool checkSum(const Section& s, const void* bytes);

    const Source& m_source;
    std::vector<Section> m_sections;
    std::size_t m_next = 0;
    std::string m_error;
};

// The string pool: its end offsets and its blob (incidentfilecolumns.cpp).
bool readStrings(Reader& r, StringPool& pool);
// Every column of every table, in file order, and its file runs, each checked against what it
// indexes (string ids, identities, enum values; `files`: the report's), into `t`
// (incidentfilecolumns.cpp).
bool readTables(Reader& r, RecordTables& t, std::size_t files);

} // namespace rs::cache::detail
