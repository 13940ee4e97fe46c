#pragma once

#include "core/clickhouse/client.h"
#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace rs::clickhouse {

// After each batch a table's insert took: that table's rows and bytes so far, and the push's.
struct PushProgress {
    std::string table;
    std::uint64_t tableRows = 0;
    std::uint64_t tableRowBytes = 0;  // RowBinary, before gzip
    std::uint64_t tableSentBytes = 0; // gzip, as sent
    std::uint64_t totalRows = 0;
    std::uint64_t totalSentBytes = 0;
};

struct PushOptions {
    bool create = false;               // create the database and tables first (IF NOT EXISTS)
    std::size_t batchBytes = 16 << 20; // RowBinary bytes per insert, before gzip
    int mutationWaitMs = 120000;       // how long to wait for the removal of a failed push's rows
    std::function<void(const PushProgress&)> progress; // called after each batch the server took
    // Checked before the first batch and after each: once set, the push stops there (the batch
    // sent is complete, the imports row is not written) and says what it pushed. Pushing the
    // bundle again removes those rows and pushes it whole.
    const std::atomic<bool>* cancel = nullptr;
};

struct PushResult {
    bool ok = false;
    bool alreadyPushed = false; // the imports table holds this bundle: nothing was added
    bool cancelled = false;     // PushOptions::cancel stopped it; `rows` holds what was pushed
    std::string bundle;         // bundleHash()
    std::vector<std::pair<std::string, std::uint64_t>> rows; // table -> rows pushed (so far)
    std::uint64_t leftoverRows = 0; // rows of an earlier, interrupted push of the bundle, removed first
    std::uint64_t rowBytes = 0;     // RowBinary bytes encoded
    std::uint64_t sentBytes = 0;    // gzip bytes sent
    std::uint64_t inserts = 0;      // INSERT requests
    double seconds = 0;
    QString error; // translated; says what was being done and what the server said

    std::uint64_t totalRows() const;
};

// Pushes an imported, diagnosed incident (the same analysis the window shows) to the endpoint's
// database. Idempotent by bundle: the `imports` row, written last, marks a bundle complete, and a
// bundle found there is not pushed again. Rows an interrupted push left behind (no imports row)
// are deleted before the bundle is pushed again. See docs/CLICKHOUSE.md.
PushResult pushIncident(Client& client, const Incident& incident, const Diagnosis& diagnosis,
                        const PushOptions& options = {});

// Runs `--create`'s statements: the database and every table, IF NOT EXISTS.
bool createSchema(Client& client, QString* error);

} // namespace rs::clickhouse
