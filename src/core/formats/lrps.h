#pragma once

#include "core/formats/routedump.h"
#include "core/util/types.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// `cfdot actual-lrps` (FORMATS.md §4) and the older `cfdot actual-lrp-groups`.

struct LrpPort {
    std::uint32_t containerPort = 0;
    std::uint32_t hostPort = 0;
    std::uint32_t containerTlsProxyPort = 0; // 0 when the Envoy proxy is disabled
    std::uint32_t hostTlsProxyPort = 0;
};

struct LrpRow {
    std::string processGuid;
    std::string domain;
    std::string instanceGuid;
    std::string cellId;
    std::string address; // cell IP
    std::string instanceAddress;
    std::string preferredAddress; // UNKNOWN / INSTANCE / HOST
    std::string state;            // UNCLAIMED / CLAIMED / RUNNING / CRASHED
    std::string presence;         // ORDINARY / EVACUATING / SUSPECT
    std::string crashReason;
    std::string placementError;
    std::string availabilityZone;
    int index = -1;
    int crashCount = 0;
    TimeNs since = kNoTime; // cfdot prints Unix nanoseconds
    std::vector<LrpPort> ports;
    Tri routable = Tri::Unknown; // OptionalRoutable.routable, absent before bbs 2023-07
    bool evacuating = false;     // an actual-lrp-groups "evacuating" member or presence EVACUATING
};

struct LrpResult {
    std::vector<LrpRow> rows;
    std::size_t documents = 0; // JSON documents that parsed
    std::vector<DocumentIssue> issues;
};

// Whole file: NDJSON, pretty (`| jq .`) concatenated objects, actual-lrp-groups lines
// {"instance":{…},"evacuating":{…}}, a JSON array of LRPs, bosh ssh capture prefixes. One bad
// document becomes an issue; the others are still read.
LrpResult parseActualLrps(std::string_view bytes);

// `head` = the first ≤ 64 KiB of a file.
bool looksLikeActualLrps(std::string_view head);

} // namespace rs
