#pragma once

#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// Gorouter route table dump, `retrieve-local-routes` / GET /routes (FORMATS.md §3).

struct RouteEndpointRow {
    std::string route; // "" for a bare endpoint array (a pool without its route name)
    std::string address;
    std::string availabilityZone;
    std::string protocol;
    std::string routeServiceUrl;
    std::string isolationSegment;
    std::string privateInstanceId;
    std::string serverCertDomainSan;
    std::string loadBalancingAlgorithm;
    std::string tagAppId;
    std::string tagAppName;
    std::string tagProcessInstanceId;
    std::string tagInstanceIndex; // tags.instance_id, which is the index
    std::string tagComponent;
    std::string tagProcessType;
    std::string tagSpaceName;
    std::string tagOrgName;
    Tri tls = Tri::Unknown;
    int ttl = 0;
    bool hasTags = false; // tags is an object (possibly {}), not null or absent
};

// Something in a whole-file input that did not become rows.
struct DocumentIssue {
    std::size_t offset; // byte offset in the input given to the parser
    SkipReason reason;
    std::string example; // at most 200 bytes of the offending text
};

struct RouteDumpResult {
    std::vector<RouteEndpointRow> rows;
    std::size_t routes = 0;    // route keys (pools) seen, empty pools included
    std::size_t documents = 0; // JSON documents that parsed
    std::vector<DocumentIssue> issues;
};

// Whole file (a few MB at most): one-line JSON, pretty JSON (jq), several documents, a bare
// endpoint array, or a `bosh ssh` capture ("router/0: stdout | …" lines among CLI chatter).
RouteDumpResult parseRouteDump(std::string_view bytes);

// `head` = the first ≤ 64 KiB of a file: an object whose values are arrays of objects with
// "address" (or such an array alone), bosh prefixes allowed.
bool looksLikeRouteDump(std::string_view head);

} // namespace rs
