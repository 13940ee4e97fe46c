#pragma once

#include "core/formats/gorouterlog.h"
#include "core/formats/lagerlog.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/formats/stderrlog.h"
#include "core/store/column.h"
#include "core/store/requestid.h"
#include "core/util/stringpool.h"
#include "core/util/types.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

namespace rs {

using IdentityIndex = std::uint32_t;
using FileIndex = std::uint32_t;

// The file of each row, as runs: rows of one file are contiguous (a parser fills a table from one
// file, and the importer appends file after file), so an incident of millions of rows holds one
// run per file instead of four bytes per row.
class FileColumn {
public:
    using value_type = FileIndex;

    FileIndex operator[](std::size_t row) const
    {
        const auto it = std::upper_bound(m_ends.begin(), m_ends.end(), row);
        return m_files[static_cast<std::size_t>(it - m_ends.begin())];
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void push_back(FileIndex file) { append(1, file); }
    void append(std::size_t rows, FileIndex file)
    {
        if (rows == 0)
            return;
        m_size += rows;
        if (!m_files.empty() && m_files.back() == file) {
            m_ends.back() = m_size;
            return;
        }
        m_files.push_back(file);
        m_ends.push_back(m_size);
    }
    std::size_t runs() const { return m_files.size(); }
    // The runs themselves (a saved incident writes them): one past the last row, and the file.
    const std::vector<std::size_t>& runEnds() const { return m_ends; }
    const std::vector<FileIndex>& runFiles() const { return m_files; }
    std::size_t heapBytes() const
    {
        return m_ends.capacity() * sizeof(std::size_t) + m_files.capacity() * sizeof(FileIndex);
    }
    friend bool operator==(const FileColumn&, const FileColumn&) = default;

private:
    std::vector<std::size_t> m_ends; // one past the last row of each run
    std::vector<FileIndex> m_files;  // the file of each run
    std::size_t m_size = 0;
};

// Where a record came from: the file (index into Incident::files), and where its line starts in
// that file's retained bytes. Enough to show or re-parse the raw line, which ends at the next
// newline (Incident::rawLine), so its length is not stored: 4 bytes per row less.
struct Provenance {
    FileColumn file;
    Column<std::uint64_t> offset;

    void push(FileIndex f, std::uint64_t off)
    {
        file.push_back(f);
        offset.push_back(off);
    }
};

// Ids are re-mapped when a table built with a file-local string pool joins the incident.
struct IdRemap {
    std::vector<StringPool::Id> strings;
    std::vector<IdentityIndex> identities;
    FileIndex file = 0;

    StringPool::Id str(StringPool::Id local) const { return strings[local]; }
    RequestId request(const RequestId& id) const
    {
        return id.isText() ? RequestId{id.hi, strings[static_cast<StringPool::Id>(id.lo)]} : id;
    }
};

// One row per access-log line. The URI is interned (path and query as one string: filters read
// `uri`, `uri.path` and `uri.query` once per distinct value); the other long texts (user agent,
// referer, forwarded-for, extra headers) are not stored: they are re-parsed from the raw line
// when shown.
struct RequestTable {
    Column<TimeNs> start;
    Column<DurationNs> responseTime;
    Column<std::int32_t> gorouterTimeUs; // -1: not logged
    Column<std::uint16_t> status;        // 0: no status
    Column<IdentityIndex> identity;
    Column<StringPool::Id> host, method, backend, appId, appIndex, instanceId, routerError;
    // The URI as logged, unescaped (kEmpty: "-"). All or nothing: a table filled by a producer
    // that does not intern it has none, and filters re-read the line (hasUri()).
    Column<StringPool::Id> uri;
    Column<RequestId> requestId;
    Column<std::int8_t> failedAttempts; // -1: not logged
    Provenance source;

    std::size_t size() const { return start.size(); }
    bool hasUri() const { return uri.size() == start.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike:
    // reserve() and heapBytes() walk it.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.start, self.responseTime, self.gorouterTimeUs, self.status, self.identity,
                        self.host, self.method, self.backend, self.appId, self.appIndex, self.instanceId,
                        self.routerError, self.uri, self.requestId, self.failedAttempts, self.source.offset);
    }
    void reserve(std::size_t rows);
    void append(const RequestTable& other, const IdRemap& remap);
    std::size_t heapBytes() const;
};

// One row per Gorouter JSON event worth keeping (errors, registrations, prunes, status).
// A pruned-route event yields one row per pruned endpoint.
struct RouterEventTable {
    Column<TimeNs> time;
    Column<IdentityIndex> identity;
    Column<RouterMessage> message;
    Column<LogLevel> level;
    Column<StringPool::Id> action, error, endpoint, appId, instanceId, uri;
    Column<RequestId> requestId;
    Column<std::int16_t> attempt, numEndpoints;
    Column<Tri> retriable, connReused, gotConnection, wroteHeaders, isTls;
    Provenance source;

    std::size_t size() const { return time.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike:
    // reserve() and heapBytes() walk it.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.time, self.identity, self.message, self.level, self.action, self.error,
                        self.endpoint, self.appId, self.instanceId, self.uri, self.requestId, self.attempt,
                        self.numEndpoints, self.retriable, self.connReused, self.gotConnection,
                        self.wroteHeaders, self.isTls, self.source.offset);
    }
    void reserve(std::size_t rows);
    void append(const RouterEventTable& other, const IdRemap& remap);
    std::size_t heapBytes() const;
};

// Go `log` lines of gorouter's stderr: proxy errors, TLS handshake errors, panics.
struct StderrTable {
    Column<TimeNs> time;
    Column<IdentityIndex> identity;
    Column<StderrKind> kind;
    Column<StringPool::Id> error, peer;
    Provenance source;

    std::size_t size() const { return time.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.time, self.identity, self.kind, self.error, self.peer, self.source.offset);
    }
    void append(const StderrTable& other, const IdRemap& remap);
};

// Container lifecycle from Diego cell (rep) logs.
struct ContainerEventTable {
    Column<TimeNs> time;
    Column<IdentityIndex> identity;
    Column<ContainerEventKind> kind;
    Column<StringPool::Id> instanceGuid, processGuid, reason;
    Column<std::int16_t> exitStatus;
    std::vector<bool> oom;
    Provenance source;

    std::size_t size() const { return time.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.time, self.identity, self.kind, self.instanceGuid, self.processGuid, self.reason,
                        self.exitStatus, self.oom, self.source.offset);
    }
    void append(const ContainerEventTable& other, const IdRemap& remap);
};

// Every other lager line (Diego, routing components): enough for a timeline and raw view.
struct LagerTable {
    Column<TimeNs> time;
    Column<IdentityIndex> identity;
    Column<LogLevel> level;
    Column<StringPool::Id> component, message;
    Provenance source;

    std::size_t size() const { return time.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.time, self.identity, self.level, self.component, self.message,
                        self.source.offset);
    }
    void append(const LagerTable& other, const IdRemap& remap);
};

// A route-table dump (`retrieve-local-routes`) of one router.
struct RouteSnapshot {
    IdentityIndex identity = 0;
    FileIndex file = 0;
    TimeNs takenAt = kNoTime; // from the file's time stamp; kNoTime when unknown
    std::vector<RouteEndpointRow> rows;
};

// A `cfdot actual-lrps` capture.
struct LrpSnapshot {
    FileIndex file = 0;
    TimeNs takenAt = kNoTime;
    std::vector<LrpRow> rows;
};

} // namespace rs
