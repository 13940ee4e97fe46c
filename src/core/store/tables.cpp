#include "core/store/tables.h"

#include "core/store/columnappend.h"

#include <algorithm>

namespace rs {
using namespace columnappend;

namespace {

// Heap held by every column of a table.
template <typename Table> std::size_t capacityBytes(const Table& table)
{
    return std::apply(
        [](const auto&... column) {
            return ((column.capacity() * sizeof(typename std::decay_t<decltype(column)>::value_type)) + ...);
        },
        Table::columnsOf(table));
}

template <typename Table> void reserveAll(Table& table, std::size_t rows)
{
    std::apply([rows](auto&... column) { (column.reserve(rows), ...); }, Table::columnsOf(table));
}

} // namespace

void RequestTable::reserve(std::size_t rows)
{
    reserveAll(*this, rows);
}

void RouterEventTable::reserve(std::size_t rows)
{
    reserveAll(*this, rows);
}

void RequestTable::append(const RequestTable& other, const IdRemap& remap)
{
    // Before the rows grow: the URI column stays only if both sides have it.
    if (hasUri() && other.hasUri()) {
        appendStrings(uri, other.uri, remap);
    } else if (!uri.empty() || uri.capacity() != 0) {
        uri.clear();
        uri.shrink_to_fit();
    }
    appendAll(start, other.start);
    appendAll(responseTime, other.responseTime);
    appendAll(gorouterTimeUs, other.gorouterTimeUs);
    appendAll(status, other.status);
    appendIdentities(identity, other.identity, remap);
    appendStrings(host, other.host, remap);
    appendStrings(method, other.method, remap);
    appendStrings(backend, other.backend, remap);
    appendStrings(appId, other.appId, remap);
    appendStrings(appIndex, other.appIndex, remap);
    appendStrings(instanceId, other.instanceId, remap);
    appendStrings(routerError, other.routerError, remap);
    appendRequestIds(requestId, other.requestId, remap);
    appendAll(failedAttempts, other.failedAttempts);
    appendProvenance(source, other.source, remap);
}

std::size_t RequestTable::heapBytes() const
{
    return capacityBytes(*this) + source.file.heapBytes();
}

std::size_t RouterEventTable::heapBytes() const
{
    return capacityBytes(*this) + source.file.heapBytes();
}

void RouterEventTable::append(const RouterEventTable& other, const IdRemap& remap)
{
    appendAll(time, other.time);
    appendIdentities(identity, other.identity, remap);
    appendAll(message, other.message);
    appendAll(level, other.level);
    appendStrings(action, other.action, remap);
    appendStrings(error, other.error, remap);
    appendStrings(endpoint, other.endpoint, remap);
    appendStrings(appId, other.appId, remap);
    appendStrings(instanceId, other.instanceId, remap);
    appendStrings(uri, other.uri, remap);
    appendRequestIds(requestId, other.requestId, remap);
    appendAll(attempt, other.attempt);
    appendAll(numEndpoints, other.numEndpoints);
    appendAll(retriable, other.retriable);
    appendAll(connReused, other.connReused);
    appendAll(gotConnection, other.gotConnection);
    appendAll(wroteHeaders, other.wroteHeaders);
    appendAll(isTls, other.isTls);
    appendProvenance(source, other.source, remap);
}

void StderrTable::append(const StderrTable& other, const IdRemap& remap)
{
    appendAll(time, other.time);
    appendIdentities(identity, other.identity, remap);
    appendAll(kind, other.kind);
    appendStrings(error, other.error, remap);
    appendStrings(peer, other.peer, remap);
    appendProvenance(source, other.source, remap);
}

void ContainerEventTable::append(const ContainerEventTable& other, const IdRemap& remap)
{
    appendAll(time, other.time);
    appendIdentities(identity, other.identity, remap);
    appendAll(kind, other.kind);
    appendStrings(instanceGuid, other.instanceGuid, remap);
    appendStrings(processGuid, other.processGuid, remap);
    appendStrings(reason, other.reason, remap);
    appendAll(exitStatus, other.exitStatus);
    oom.insert(oom.end(), other.oom.begin(), other.oom.end());
    appendProvenance(source, other.source, remap);
}

void LagerTable::append(const LagerTable& other, const IdRemap& remap)
{
    appendAll(time, other.time);
    appendIdentities(identity, other.identity, remap);
    appendAll(level, other.level);
    appendStrings(component, other.component, remap);
    appendStrings(message, other.message, remap);
    appendProvenance(source, other.source, remap);
}

} // namespace rs
