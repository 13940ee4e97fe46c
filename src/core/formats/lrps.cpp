#include "core/formats/lrps.h"

#include "core/formats/jsondocuments.h"

#include <limits>
#include <utility>

namespace rs {

namespace {

namespace dom = simdjson::dom;

std::uint32_t portOf(dom::element element)
{
    std::uint64_t port = 0;
    if (element.get_uint64().get(port) != simdjson::SUCCESS ||
        port > std::numeric_limits<std::uint32_t>::max())
        return 0;
    return static_cast<std::uint32_t>(port);
}

int intOf(dom::element element, int fallback)
{
    std::int64_t value = 0;
    if (element.get_int64().get(value) != simdjson::SUCCESS || value < std::numeric_limits<int>::min() ||
        value > std::numeric_limits<int>::max())
        return fallback;
    return static_cast<int>(value);
}

void readPorts(dom::element element, LrpRow& row)
{
    dom::array ports;
    if (element.get_array().get(ports) != simdjson::SUCCESS)
        return; // null when the LRP has no ports yet
    for (const dom::element item : ports) {
        dom::object object;
        if (item.get_object().get(object) != simdjson::SUCCESS)
            continue;
        LrpPort port;
        for (const auto field : object) {
            if (field.key == "container_port")
                port.containerPort = portOf(field.value);
            else if (field.key == "host_port")
                port.hostPort = portOf(field.value);
            else if (field.key == "container_tls_proxy_port")
                port.containerTlsProxyPort = portOf(field.value);
            else if (field.key == "host_tls_proxy_port")
                port.hostTlsProxyPort = portOf(field.value);
        }
        row.ports.push_back(port);
    }
}

void readRoutable(dom::element element, LrpRow& row)
{
    bool routable = false;
    if (element.get_bool().get(routable) == simdjson::SUCCESS) {
        row.routable = toTri(routable);
        return;
    }
    // bbs serialises the oneof as {"routable": bool} under the CamelCase key OptionalRoutable.
    dom::element inner;
    if (element.at_key("routable").get(inner) == simdjson::SUCCESS &&
        inner.get_bool().get(routable) == simdjson::SUCCESS)
        row.routable = toTri(routable);
}

// A models.ActualLRP as encoding/json writes it (embedded key structs flattened).
bool readLrp(dom::element element, bool evacuatingMember, LrpRow& row)
{
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return false;
    row.evacuating = evacuatingMember;
    for (const auto field : object) {
        const std::string_view key = field.key;
        if (key == "process_guid") {
            row.processGuid = json::stringOf(field.value);
        } else if (key == "index") {
            row.index = intOf(field.value, -1);
        } else if (key == "domain") {
            row.domain = json::stringOf(field.value);
        } else if (key == "instance_guid") {
            row.instanceGuid = json::stringOf(field.value);
        } else if (key == "cell_id") {
            row.cellId = json::stringOf(field.value);
        } else if (key == "address") {
            row.address = json::stringOf(field.value);
        } else if (key == "ports") {
            readPorts(field.value, row);
        } else if (key == "instance_address") {
            row.instanceAddress = json::stringOf(field.value);
        } else if (key == "preferred_address") {
            row.preferredAddress = json::stringOf(field.value);
        } else if (key == "crash_count") {
            row.crashCount = intOf(field.value, 0);
        } else if (key == "crash_reason") {
            row.crashReason = json::stringOf(field.value);
        } else if (key == "state") {
            row.state = json::stringOf(field.value);
        } else if (key == "placement_error") {
            row.placementError = json::stringOf(field.value);
        } else if (key == "since") {
            std::int64_t since = 0;
            if (field.value.get_int64().get(since) == simdjson::SUCCESS)
                row.since = since;
        } else if (key == "presence") {
            row.presence = json::stringOf(field.value);
        } else if (key == "OptionalRoutable" || key == "routable") {
            readRoutable(field.value, row);
        } else if (key == "availability_zone") {
            row.availabilityZone = json::stringOf(field.value);
        }
    }
    if (row.presence == "EVACUATING")
        row.evacuating = true;
    // Every join (route table, crash events) goes through the process guid.
    return !row.processGuid.empty();
}

void addLrp(dom::element element, bool evacuatingMember, std::size_t offset, LrpResult& result)
{
    LrpRow row;
    if (readLrp(element, evacuatingMember, row))
        result.rows.push_back(std::move(row));
    else
        result.issues.push_back(
            {offset, SkipReason::RecordInvalid, json::example(simdjson::minify(element))});
}

void readEntry(dom::element element, std::size_t offset, LrpResult& result)
{
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
        result.issues.push_back(
            {offset, SkipReason::JsonNotObject, json::example(simdjson::minify(element))});
        return;
    }
    dom::element instance;
    dom::element evacuating;
    const bool hasInstance = object.at_key("instance").get(instance) == simdjson::SUCCESS;
    const bool hasEvacuating = object.at_key("evacuating").get(evacuating) == simdjson::SUCCESS;
    if (!hasInstance && !hasEvacuating) {
        addLrp(element, false, offset, result);
        return;
    }
    // actual-lrp-groups: either member may be null or absent.
    if (hasInstance && !instance.is_null())
        addLrp(instance, false, offset, result);
    if (hasEvacuating && !evacuating.is_null())
        addLrp(evacuating, true, offset, result);
}

} // namespace

LrpResult parseActualLrps(std::string_view bytes)
{
    LrpResult result;
    json::forEachDocument(bytes, result.documents, result.issues,
                          [&result](dom::element root, std::size_t offset) {
                              dom::array array;
                              if (root.get_array().get(array) == simdjson::SUCCESS) {
                                  for (const dom::element element : array)
                                      readEntry(element, offset, result);
                              } else {
                                  readEntry(root, offset, result);
                              }
                          });
    return result;
}

bool looksLikeActualLrps(std::string_view head)
{
    return json::inspectHead(head).actualLrps;
}

} // namespace rs
