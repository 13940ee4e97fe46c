#include "core/clickhouse/requestpage.h"

#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/rowbinary.h"
#include "core/clickhouse/sqlquote.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <charconv>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseRequestsText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseRequestsText)
};

namespace rs::clickhouse {
namespace {

constexpr std::size_t kMaxLimit = 1'000'000;

template <typename T> bool parseNumber(std::string_view text, T& value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

bool isHex(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

std::string RequestCursor::text() const
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out =
        std::to_string(time) + "." + std::to_string(key) + "." + std::to_string(offset) + "." + bundle + ".";
    for (const char c : file) {
        const auto byte = static_cast<unsigned char>(c);
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
    }
    return out;
}

std::optional<RequestCursor> RequestCursor::parse(std::string_view text)
{
    std::vector<std::string_view> parts;
    while (parts.size() < 4) {
        const auto dot = text.find('.');
        if (dot == std::string_view::npos)
            return std::nullopt;
        parts.push_back(text.substr(0, dot));
        text.remove_prefix(dot + 1);
    }
    parts.push_back(text);
    RequestCursor cursor;
    if (!parseNumber(parts[0], cursor.time) || cursor.time < 0 || !parseNumber(parts[1], cursor.key) ||
        !parseNumber(parts[2], cursor.offset) || !isHex(parts[3]) || !isHex(parts[4]) ||
        parts[4].size() % 2 != 0)
        return std::nullopt;
    cursor.bundle = std::string(parts[3]);
    for (std::size_t i = 0; i < parts[4].size(); i += 2) {
        unsigned value = 0;
        std::from_chars(parts[4].data() + i, parts[4].data() + i + 2, value, 16);
        cursor.file += static_cast<char>(value);
    }
    return cursor;
}

RequestPage fetchRequests(Client& client, const RequestPageQuery& query)
{
    RequestPage page;
    if (query.from == kNoTime || query.to == kNoTime || query.to <= query.from || query.from < 0) {
        page.error = ClickHouseRequestsText::tr("the requests need a time range with --from before --to");
        return page;
    }
    const FilterSql filter = filterToSql(query.filter, client.endpoint().database);
    if (!filter.where) {
        page.error = filter.error;
        return page;
    }
    const std::size_t limit = std::clamp<std::size_t>(query.limit, 1, kMaxLimit);
    const std::string timeNs(timeNsSql());
    std::string where = timeRangeSql(query.from, query.to) + " AND " + *filter.where;
    if (query.after) {
        const RequestCursor& a = *query.after;
        // The coarse bound lets the (toStartOfHour(time), …) key skip what earlier pages read.
        where += " AND time >= toDateTime(" + std::to_string(a.time / 1'000'000'000) + ", 'UTC') AND (" +
                 timeNs + ", request_key, bundle, file, line_offset) > (" + std::to_string(a.time) + ", " +
                 std::to_string(a.key) + ", " + quoteString(a.bundle) + ", " + quoteString(a.file) + ", " +
                 std::to_string(a.offset) + ")";
    }
    const std::string sql =
        "SELECT " + timeNs +
        ", request_key, bundle, file, line_offset, router, request_id, host, method, uri, status, backend, "
        "response_time_ns, app_id, app_index, instance_id, router_error, attempts, class, source, evidence "
        "FROM " +
        client.endpoint().database + ".requests WHERE " + where +
        " ORDER BY time, time_ns, request_key, bundle, file, line_offset LIMIT " + std::to_string(limit + 1) +
        " FORMAT RowBinary";
    QuerySettings settings;
    settings.queryId = query.queryId.empty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                           : query.queryId;
    settings.maxExecutionSeconds = query.maxExecutionSeconds;
    settings.maxResultRows = limit + 1;
    const QString purpose = ClickHouseRequestsText::tr("while reading a page of requests");
    const Reply reply = client.readQuery(purpose, sql, settings);
    if (!reply.ok) {
        page.error = reply.error;
        page.unreachable = reply.httpStatus == 0;
        return page;
    }
    RowBinaryReader reader(
        std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
    while (!reader.atEnd()) {
        RequestRow row;
        const auto time = reader.number<std::int64_t>();
        const auto key = reader.number<std::uint64_t>();
        auto bundle = reader.string();
        auto file = reader.string();
        const auto offset = reader.number<std::uint64_t>();
        auto router = reader.string();
        auto requestId = reader.string();
        auto host = reader.string();
        auto method = reader.string();
        auto uri = reader.string();
        const auto status = reader.number<std::uint16_t>();
        auto backend = reader.string();
        const auto responseTime = reader.number<std::int64_t>();
        auto appId = reader.string();
        auto appIndex = reader.string();
        auto instanceId = reader.string();
        auto routerError = reader.string();
        const auto attempts = reader.number<std::uint16_t>();
        auto cls = reader.string();
        auto source = reader.string();
        auto evidence = reader.string();
        if (!evidence || !time || !key || !bundle || !file || !offset || !router || !requestId || !host ||
            !method || !uri || !status || !backend || !responseTime || !appId || !appIndex || !instanceId ||
            !routerError || !attempts || !cls || !source) {
            page.rows.clear();
            page.error = ClickHouseRequestsText::tr("%1: the server's answer could not be read").arg(purpose);
            return page;
        }
        row.place = {*time, *key, std::move(*bundle), std::move(*file), *offset};
        row.router = std::move(*router);
        row.requestId = std::move(*requestId);
        row.host = std::move(*host);
        row.method = std::move(*method);
        row.uri = std::move(*uri);
        row.status = *status;
        row.backend = std::move(*backend);
        row.responseTimeNs = *responseTime;
        row.appId = std::move(*appId);
        row.appIndex = std::move(*appIndex);
        row.instanceId = std::move(*instanceId);
        row.routerError = std::move(*routerError);
        row.attempts = *attempts;
        row.errorClass = std::move(*cls);
        row.source = std::move(*source);
        row.evidence = std::move(*evidence);
        page.rows.push_back(std::move(row));
    }
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        page.next = page.rows.back().place;
    }
    return page;
}

} // namespace rs::clickhouse
