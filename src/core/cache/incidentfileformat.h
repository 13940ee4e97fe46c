#pragma once

#include "core/cache/incidentfile.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <isa-l/crc64.h>
#include <tuple>
#include <type_traits>

// The layout of a saved incident's file (incidentfile.h), shared by the files that write, read and
// reseal it; not an API.
namespace rs::cache::detail {

static_assert(std::endian::native == std::endian::little, "cache files are little-endian arrays");

constexpr char kMagic[8] = {'R', 'S', 'C', 'A', 'C', 'H', 'E', '\x1a'};
constexpr std::uint64_t kHeaderBytes = 64;
// Every section starts at a multiple of this: a column of a mapped file is read in place.
constexpr std::size_t kSectionAlignment = 8;
constexpr std::uint64_t kSectionEntryBytes = 24;
// No more sections than a saved incident has (about a hundred); a larger count is not ours.
constexpr std::uint32_t kMaxSections = 4096;

// The header, as laid out in the file's first 64 bytes.
struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t headerBytes;
    std::uint64_t layout;      // fingerprint of the columns' element sizes (layoutFingerprint)
    std::uint64_t fileBytes;   // the whole file
    std::uint64_t tableOffset; // the section table, after the sections
    std::uint32_t sectionCount;
    std::uint32_t reserved;
    std::uint64_t tableCrc;
    std::uint64_t headerCrc; // of the 56 bytes before it
};
static_assert(sizeof(Header) == kHeaderBytes);

// One entry of the section table, as kSectionEntryBytes in the file: offset, bytes, crc.
struct Section {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
    std::uint64_t crc = 0;
};

// CRC-64 (ECMA-182, reflected), of the header, the section table and every section.
inline std::uint64_t crc(const void* data, std::size_t bytes, std::uint64_t seed = 0)
{
    return crc64_ecma_refl(seed, static_cast<const unsigned char*>(data), static_cast<std::uint64_t>(bytes));
}

// ---- enum limits: a value beyond the last enumerator is rejected -------------------------------

// The last enumerator of every enum a saved incident holds (an enum without one does not build).
template <typename E> struct LastOf;
template <> struct LastOf<LogLevel> {
    static constexpr LogLevel value = LogLevel::Unknown;
};
template <> struct LastOf<RouterMessage> {
    static constexpr RouterMessage value = RouterMessage::Lifecycle;
};
template <> struct LastOf<ContainerEventKind> {
    static constexpr ContainerEventKind value = ContainerEventKind::Destroyed;
};
template <> struct LastOf<LbKind> {
    static constexpr LbKind value = LbKind::AzureAppGw;
};
template <> struct LastOf<StderrKind> {
    static constexpr StderrKind value = StderrKind::Other;
};
template <> struct LastOf<AppStream> {
    static constexpr AppStream value = AppStream::Err;
};
template <> struct LastOf<Tri> {
    static constexpr Tri value = Tri::True;
};
template <> struct LastOf<IdentityRole> {
    static constexpr IdentityRole value = IdentityRole::Other;
};
template <> struct LastOf<FileKind> {
    static constexpr FileKind value = FileKind::AppLog;
};
template <> struct LastOf<SkipReason> {
    static constexpr SkipReason value = SkipReason::KeptWithRawBytes;
};
template <> struct LastOf<IgnoreReason> {
    static constexpr IgnoreReason value = IgnoreReason::OtherComponent;
};
template <> struct LastOf<BundleIssue> {
    static constexpr BundleIssue value = BundleIssue::SpillFailed;
};

template <typename E> bool validEnum(E value)
{
    using U = std::underlying_type_t<E>;
    return static_cast<U>(value) <= static_cast<U>(LastOf<E>::value);
}

// ---- the tables, walked generically ------------------------------------------------------------

// Every table of RecordTables, in file order, for const and mutable alike.
template <typename Tables> auto tablesOf(Tables& t)
{
    return std::tie(t.requests, t.events, t.stderrLines, t.containers, t.lager, t.lb, t.apps);
}

// The element size of every column of every table, mixed into one number: a column added, removed
// or changed in type makes files of the old layout foreign.
std::uint64_t layoutFingerprint();

} // namespace rs::cache::detail
