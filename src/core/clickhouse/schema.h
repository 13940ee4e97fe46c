#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rs::clickhouse {

// The tables `routescope push` writes (docs/CLICKHOUSE.md holds the same statements; a test
// checks that they agree). The SQL runs unchanged on Debian's 18.16 and on current releases:
// `ENGINE = MergeTree()` with PARTITION BY / ORDER BY / SAMPLE BY clauses, times as
// DateTime('UTC') plus a UInt32 of nanoseconds (DateTime64 came with 20.1), no LowCardinality
// (experimental before 19.x), no Nullable (absent values are '' or -1, as in the local store).
struct Column {
    std::string_view name;
    std::string_view type;
};

struct TableSchema {
    std::string_view name;
    std::vector<Column> columns; // in the order RowBinary rows carry them
    std::string_view partitionBy;
    std::string_view orderBy;
    std::string_view sampleBy;    // empty: no sampling key
    std::string_view shardingKey; // for the Distributed variant
};

// requests, attempts, router_events, stderr_lines, container_events, route_snapshots,
// lrp_snapshots, stale_endpoints, findings, imports: in the order a push fills them (imports last, it marks
// the bundle complete).
const std::vector<TableSchema>& schema();
const TableSchema& table(std::string_view name);

// CREATE DATABASE IF NOT EXISTS and CREATE TABLE IF NOT EXISTS statements, one per string.
std::vector<std::string> createStatements(std::string_view database);
std::string createTableStatement(const TableSchema& table, std::string_view database);
// The Distributed table `database`.name over `cluster`, with the columns of `localDatabase`.name on
// this server, reading and writing the MergeTree tables of that name in `shardDatabase` on every
// shard ('' = each shard's <default_database> from the cluster's config).
std::string createDistributedStatement(const TableSchema& table, std::string_view database,
                                       std::string_view cluster, std::string_view localDatabase,
                                       std::string_view shardDatabase);

} // namespace rs::clickhouse
