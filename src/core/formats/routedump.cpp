#include "core/formats/routedump.h"

#include "core/formats/jsondocuments.h"

#include <limits>
#include <utility>

namespace rs {

namespace {

namespace dom = simdjson::dom;

void readTags(dom::element tags, RouteEndpointRow& row)
{
    dom::object object;
    if (tags.get_object().get(object) != simdjson::SUCCESS)
        return; // null: a component registered through NATS without tags
    row.hasTags = true;
    for (const auto field : object) {
        const std::string_view key = field.key;
        if (key == "app_id")
            row.tagAppId = json::stringOf(field.value);
        else if (key == "app_name")
            row.tagAppName = json::stringOf(field.value);
        else if (key == "process_instance_id")
            row.tagProcessInstanceId = json::stringOf(field.value);
        else if (key == "instance_id")
            row.tagInstanceIndex = json::stringOf(field.value);
        else if (key == "component")
            row.tagComponent = json::stringOf(field.value);
        else if (key == "process_type")
            row.tagProcessType = json::stringOf(field.value);
        else if (key == "space_name")
            row.tagSpaceName = json::stringOf(field.value);
        else if (key == "organization_name")
            row.tagOrgName = json::stringOf(field.value);
    }
}

// Keys as gorouter's route.Endpoint MarshalJSON emits them, any order.
bool readEndpoint(std::string_view route, dom::element element, RouteEndpointRow& row)
{
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return false;
    row.route = std::string(route);
    for (const auto field : object) {
        const std::string_view key = field.key;
        if (key == "address") {
            row.address = json::stringOf(field.value);
        } else if (key == "availability_zone") {
            row.availabilityZone = json::stringOf(field.value);
        } else if (key == "protocol") {
            row.protocol = json::stringOf(field.value);
        } else if (key == "tls") {
            bool tls = false;
            if (field.value.get_bool().get(tls) == simdjson::SUCCESS)
                row.tls = toTri(tls);
        } else if (key == "ttl") {
            std::int64_t ttl = 0;
            if (field.value.get_int64().get(ttl) == simdjson::SUCCESS &&
                ttl >= std::numeric_limits<int>::min() && ttl <= std::numeric_limits<int>::max())
                row.ttl = static_cast<int>(ttl);
        } else if (key == "route_service_url") {
            row.routeServiceUrl = json::stringOf(field.value);
        } else if (key == "tags") {
            readTags(field.value, row);
        } else if (key == "isolation_segment") {
            row.isolationSegment = json::stringOf(field.value);
        } else if (key == "private_instance_id") {
            row.privateInstanceId = json::stringOf(field.value);
        } else if (key == "server_cert_domain_san") {
            row.serverCertDomainSan = json::stringOf(field.value);
        } else if (key == "load_balancing_algorithm") {
            row.loadBalancingAlgorithm = json::stringOf(field.value);
        }
    }
    // An endpoint is its address; without one nothing can be joined to it.
    return !row.address.empty();
}

void readPool(std::string_view route, dom::array pool, std::size_t offset, RouteDumpResult& result)
{
    ++result.routes;
    for (const dom::element element : pool) {
        RouteEndpointRow row;
        if (readEndpoint(route, element, row))
            result.rows.push_back(std::move(row));
        else
            result.issues.push_back(
                {offset, SkipReason::RecordInvalid, json::example(simdjson::minify(element))});
    }
}

void readDocument(dom::element root, std::size_t offset, RouteDumpResult& result)
{
    dom::array pool;
    if (root.get_array().get(pool) == simdjson::SUCCESS) {
        readPool({}, pool, offset, result);
        return;
    }
    dom::object table;
    if (root.get_object().get(table) != simdjson::SUCCESS) {
        result.issues.push_back({offset, SkipReason::JsonNotObject, json::example(simdjson::minify(root))});
        return;
    }
    bool reportedMember = false;
    for (const auto field : table) {
        if (field.value.get_array().get(pool) == simdjson::SUCCESS) {
            readPool(field.key, pool, offset, result);
        } else if (!reportedMember) {
            // One issue per document: an object of scalars is some other JSON, not a table.
            reportedMember = true;
            result.issues.push_back(
                {offset, SkipReason::RecordInvalid, json::example(simdjson::minify(root))});
        }
    }
}

} // namespace

RouteDumpResult parseRouteDump(std::string_view bytes)
{
    RouteDumpResult result;
    json::forEachDocument(
        bytes, result.documents, result.issues,
        [&result](dom::element root, std::size_t offset) { readDocument(root, offset, result); });
    return result;
}

bool looksLikeRouteDump(std::string_view head)
{
    return json::inspectHead(head).routeDump;
}

} // namespace rs
