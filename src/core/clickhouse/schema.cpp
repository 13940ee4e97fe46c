#include "core/clickhouse/schema.h"

#include <stdexcept>

namespace rs::clickhouse {
namespace {

constexpr std::string_view kTime = "DateTime('UTC')";

std::vector<TableSchema> buildSchema()
{
    const Column bundle{"bundle", "String"};
    const Column time{"time", kTime};
    const Column timeNs{"time_ns", "UInt32"};
    const Column file{"file", "String"};
    const Column lineOffset{"line_offset", "UInt64"};
    std::vector<TableSchema> tables;
    tables.push_back({"requests",
                      {bundle,
                       time,
                       timeNs,
                       {"router", "String"},
                       {"request_key", "UInt64"},
                       {"request_id", "String"},
                       {"host", "String"},
                       {"method", "String"},
                       {"uri", "String"},
                       {"status", "UInt16"},
                       {"backend", "String"},
                       {"response_time_ns", "Int64"},
                       {"gorouter_time_us", "Int32"},
                       {"app_id", "String"},
                       {"app_index", "String"},
                       {"instance_id", "String"},
                       {"router_error", "String"},
                       {"failed_attempts", "Int8"},
                       {"attempts", "UInt16"},
                       {"class", "String"},
                       {"source", "String"},
                       {"evidence_kind", "String"},
                       {"evidence", "String"},
                       file,
                       lineOffset},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, host, request_key)",
                      "request_key",
                      "request_key"});
    tables.push_back({"attempts",
                      {bundle,
                       time,
                       timeNs,
                       {"router", "String"},
                       {"request_key", "UInt64"},
                       {"request_id", "String"},
                       {"attempt", "UInt16"},
                       {"endpoint", "String"},
                       {"class", "String"},
                       {"error", "String"},
                       {"retriable", "Int8"},
                       {"conn_reused", "Int8"},
                       file,
                       lineOffset},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, endpoint, request_key)",
                      "request_key",
                      "request_key"});
    tables.push_back({"router_events",
                      {bundle,
                       time,
                       timeNs,
                       {"router", "String"},
                       {"request_key", "UInt64"},
                       {"message", "String"},
                       {"level", "String"},
                       {"action", "String"},
                       {"error", "String"},
                       {"endpoint", "String"},
                       {"app_id", "String"},
                       {"instance_id", "String"},
                       {"uri", "String"},
                       {"request_id", "String"},
                       {"attempt", "Int16"},
                       {"num_endpoints", "Int16"},
                       {"retriable", "Int8"},
                       {"conn_reused", "Int8"},
                       file,
                       lineOffset},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, message, request_key)",
                      "request_key",
                      "request_key"});
    tables.push_back({"stderr_lines",
                      {bundle,
                       time,
                       timeNs,
                       {"router", "String"},
                       {"kind", "String"},
                       {"error", "String"},
                       {"peer", "String"},
                       {"line", "String"},
                       file,
                       lineOffset},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, kind)",
                      "",
                      "cityHash64(bundle)"});
    tables.push_back({"container_events",
                      {bundle,
                       time,
                       timeNs,
                       {"cell", "String"},
                       {"kind", "String"},
                       {"instance_guid", "String"},
                       {"process_guid", "String"},
                       {"reason", "String"},
                       {"exit_status", "Int16"},
                       {"oom", "UInt8"},
                       file,
                       lineOffset},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), cell, instance_guid)",
                      "",
                      "cityHash64(bundle)"});
    tables.push_back({"route_snapshots",
                      {bundle,
                       time,
                       timeNs,
                       {"time_known", "UInt8"},
                       {"router", "String"},
                       {"route", "String"},
                       {"address", "String"},
                       {"protocol", "String"},
                       {"tls", "Int8"},
                       {"ttl", "Int32"},
                       {"private_instance_id", "String"},
                       {"app_id", "String"},
                       {"app_name", "String"},
                       {"process_instance_id", "String"},
                       {"instance_index", "String"},
                       {"space", "String"},
                       {"org", "String"},
                       {"isolation_segment", "String"},
                       {"server_cert_domain_san", "String"},
                       {"route_service_url", "String"},
                       {"availability_zone", "String"},
                       file},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, route, address)",
                      "",
                      "cityHash64(bundle)"});
    // One row per LRP of a `cfdot actual-lrps` capture; `seq` keeps the capture's order (a later
    // row of the same instance wins, as in the local analysis), the ports are parallel arrays.
    tables.push_back({"lrp_snapshots",
                      {bundle,
                       time,
                       timeNs,
                       {"time_known", "UInt8"},
                       {"seq", "UInt32"},
                       {"process_guid", "String"},
                       {"domain", "String"},
                       {"instance_guid", "String"},
                       {"cell_id", "String"},
                       {"address", "String"},
                       {"instance_address", "String"},
                       {"preferred_address", "String"},
                       {"state", "String"},
                       {"presence", "String"},
                       {"crash_reason", "String"},
                       {"placement_error", "String"},
                       {"availability_zone", "String"},
                       {"instance_index", "Int32"},
                       {"crash_count", "Int32"},
                       {"since_ns", "Int64"},
                       {"container_ports", "Array(UInt32)"},
                       {"host_ports", "Array(UInt32)"},
                       {"container_tls_proxy_ports", "Array(UInt32)"},
                       {"host_tls_proxy_ports", "Array(UInt32)"},
                       {"routable", "Int8"},
                       {"evacuating", "UInt8"},
                       file},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), cell_id, instance_guid)",
                      "",
                      "cityHash64(bundle)"});
    tables.push_back({"stale_endpoints",
                      {bundle,
                       time,
                       timeNs,
                       {"since_known", "UInt8"},
                       {"router", "String"},
                       {"route", "String"},
                       {"address", "String"},
                       {"instance_id", "String"},
                       {"reason", "String"},
                       {"confidence", "String"},
                       {"owner_instance_id", "String"},
                       {"owner_app_name", "String"},
                       {"note", "String"},
                       file},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), router, reason, route, address)",
                      "",
                      "cityHash64(bundle)"});
    tables.push_back({"findings",
                      {bundle,
                       time,
                       timeNs,
                       {"end_time", kTime},
                       {"end_time_ns", "UInt32"},
                       {"id", "String"},
                       {"kind", "String"},
                       {"severity", "String"},
                       {"impact", "String"},
                       {"unit", "String"},
                       {"certain", "UInt8"},
                       {"total", "UInt64"},
                       {"requests", "UInt64"},
                       {"client_failures", "UInt64"},
                       {"recovered", "UInt64"},
                       {"endpoints", "UInt64"},
                       {"title", "String"},
                       {"explanation", "String"}},
                      "toYYYYMMDD(time)",
                      "(toStartOfHour(time), kind, id)",
                      "",
                      "cityHash64(bundle)"});
    tables.push_back({"imports",
                      {bundle,
                       time,
                       timeNs,
                       {"end_time", kTime},
                       {"end_time_ns", "UInt32"},
                       {"pushed_at", kTime},
                       {"version", "String"},
                       {"inputs", "Array(String)"},
                       {"files", "Array(String)"},
                       {"file_kinds", "Array(String)"},
                       {"file_bytes", "Array(UInt64)"},
                       {"bytes", "UInt64"},
                       {"requests", "UInt64"},
                       {"attempts", "UInt64"},
                       {"router_events", "UInt64"},
                       {"stderr_lines", "UInt64"},
                       {"container_events", "UInt64"},
                       {"route_snapshots", "UInt64"},
                       {"stale_endpoints", "UInt64"},
                       {"findings", "UInt64"}},
                      "toYYYYMM(time)",
                      "(bundle)",
                      "",
                      "cityHash64(bundle)"});
    return tables;
}

} // namespace

const std::vector<TableSchema>& schema()
{
    static const std::vector<TableSchema> tables = buildSchema();
    return tables;
}

const TableSchema& table(std::string_view name)
{
    for (const TableSchema& t : schema()) {
        if (t.name == name)
            return t;
    }
    throw std::logic_error("no ClickHouse table " + std::string(name));
}

std::string createTableStatement(const TableSchema& table, std::string_view database)
{
    std::string sql =
        "CREATE TABLE IF NOT EXISTS " + std::string(database) + "." + std::string(table.name) + "\n(\n";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        sql += "    ";
        sql += table.columns[i].name;
        sql += ' ';
        sql += table.columns[i].type;
        sql += i + 1 < table.columns.size() ? ",\n" : "\n";
    }
    sql += ")\nENGINE = MergeTree()\nPARTITION BY ";
    sql += table.partitionBy;
    sql += "\nORDER BY ";
    sql += table.orderBy;
    if (!table.sampleBy.empty()) {
        sql += "\nSAMPLE BY ";
        sql += table.sampleBy;
    }
    return sql;
}

std::vector<std::string> createStatements(std::string_view database)
{
    std::vector<std::string> statements{"CREATE DATABASE IF NOT EXISTS " + std::string(database)};
    for (const TableSchema& t : schema())
        statements.push_back(createTableStatement(t, database));
    return statements;
}

std::string createDistributedStatement(const TableSchema& table, std::string_view database,
                                       std::string_view cluster, std::string_view localDatabase,
                                       std::string_view shardDatabase)
{
    const std::string name(table.name);
    return "CREATE TABLE IF NOT EXISTS " + std::string(database) + "." + name + " AS " +
           std::string(localDatabase) + "." + name + "\nENGINE = Distributed(" + std::string(cluster) +
           ", '" + std::string(shardDatabase) + "', " + name + ", " + std::string(table.shardingKey) + ")";
}

} // namespace rs::clickhouse
