#pragma once

#include "core/clickhouse/rowbinary.h"
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/store/incident.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::clickhouse {

// What one push stores: the incident and everything the window derives from it.
struct PushSource {
    const Incident& incident;
    const Diagnosis& diagnosis;
    const RouteAnalysis& routes;
    const std::vector<Finding>& findings;
    std::string bundle; // bundleHash(incident)
};

// Receives a full batch of one table's rows (RowBinary, in the schema's column order); returns
// false to stop the push (the insert failed).
using BatchSink = std::function<bool(std::string_view table, const RowBinaryWriter& rows)>;

// Encodes a table's rows in batches of about `batchBytes` and hands each to the sink. Returns the
// number of rows encoded, or nullopt when the sink refused a batch.
class RowEncoder {
public:
    RowEncoder(const PushSource& source, BatchSink sink, std::size_t batchBytes);

    std::optional<std::uint64_t> requests();
    std::optional<std::uint64_t> attempts();
    std::optional<std::uint64_t> routerEvents();
    std::optional<std::uint64_t> stderrLines();
    std::optional<std::uint64_t> containerEvents();
    std::optional<std::uint64_t> routeSnapshots();
    std::optional<std::uint64_t> lrpSnapshots();
    std::optional<std::uint64_t> staleEndpoints();
    std::optional<std::uint64_t> findings();

private:
    // Flushes when the batch is full (or `last`); false when the sink refused.
    bool endRow(std::string_view table, bool last = false);
    bool finish(std::string_view table);
    std::uint64_t requestKey(const RequestId& id, const Provenance& source, std::size_t row) const;
    std::string_view identity(IdentityIndex index) const;

    const PushSource& m_source;
    const Incident& m_incident;
    BatchSink m_sink;
    std::size_t m_batchBytes;
    RowBinaryWriter m_rows;
    std::uint64_t m_count = 0;
};

// The sampling key of a request: a 64-bit mix of its vcap_request_id, so that attempts and router
// events of a request fall in the same SAMPLE as the request; requests without an id hash their
// provenance instead (bundle, file, offset).
std::uint64_t requestKeyOf(std::string_view requestId);
std::uint64_t provenanceKeyOf(std::string_view bundle, std::string_view file, std::uint64_t offset);

// The identity of a bundle's content: SHA-256 over the sorted SHA-256s of its files' bytes, hex.
// The same logs pushed again, from another path or archive layout, give the same hash.
std::string bundleHash(const Incident& incident);

} // namespace rs::clickhouse
