#pragma once

#include "applogs.h"
#include "lblogs.h"
#include "logsink.h"
#include "model.h"
#include "outcome.h"
#include "tabletruth.h"
#include "textbuf.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::gen {

// What one router contributed to the ground truth.
struct TruthPart {
    std::array<std::uint64_t, kClassCount> counts{};
    std::uint64_t requests = 0;
    OutBuf byId{1 << 16};             // one `"<id>":{...}` per line
    std::vector<TableTruthRow> table; // the router's route table at the sample times
    std::vector<LbEntry> lb;          // what the load balancers logged of its requests (--lb)
    std::vector<AppEntry> apps;       // what the apps logged of its requests (--app-logs)
};

struct StaleEndpoint {
    std::string router, route, address, instanceId, reason, ownerInstanceId;
};

struct RouterDiff {
    std::string route, address, instanceId;
    std::vector<std::string> presentOn, absentOn;
};

struct TruthDoc {
    std::string bundle; // archive or directory the paths are relative to
    std::vector<StaleEndpoint> stale;
    std::vector<RouterDiff> diffs;
    std::vector<FileRecord> files;
    std::vector<LbTruthFile> lb;    // every LB log line: its router request, or none, and its LB class
    std::vector<AppTruthFile> apps; // every app log line: its request, or none, and whether exact
};

void writeTruth(const std::filesystem::path& path, const World& world, const std::vector<TruthPart>& parts,
                const TruthDoc& doc);

} // namespace rs::gen
