#pragma once

#include "core/formats/lblog.h"
#include "core/store/column.h"
#include "core/store/tables.h"

#include <cstdint>
#include <tuple>
#include <vector>

namespace rs {

// One row per load-balancer request line (HAProxy, AWS ALB/ELB, GCP, Azure). Times in ns;
// URL and user agent are not kept as text (urlHash joins; the raw line shows them).
struct LbTable {
    Column<TimeNs> start;
    Column<DurationNs> total, request, connect, response; // kNoDuration: not logged / never
    Column<std::uint16_t> status;                         // 0: none
    Column<std::int16_t> targetStatus;                    // kNoTargetStatus: "-"
    Column<LbKind> kind;
    Column<IdentityIndex> identity;
    Column<StringPool::Id> client, target, method, host, termination, lbName, forwardedFor;
    Column<StringPool::Id> amznTraceId, requestId, traceparent;
    Column<std::uint64_t> urlHash; // lbUrlHash() of the path and query
    Provenance source;

    std::size_t size() const { return start.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.start, self.total, self.request, self.connect, self.response, self.status,
                        self.targetStatus, self.kind, self.identity, self.client, self.target, self.method,
                        self.host, self.termination, self.lbName, self.forwardedFor, self.amznTraceId,
                        self.requestId, self.traceparent, self.urlHash, self.source.offset);
    }
    void push(const LbRecord& r, IdentityIndex identityIndex, StringPool& pool, std::uint64_t offset);
    void append(const LbTable& other, const IdRemap& remap);
};

// The hash LB rows keep of their URL, computed the same way for Gorouter's URIs when joining.
std::uint64_t lbUrlHash(std::string_view url);

} // namespace rs
