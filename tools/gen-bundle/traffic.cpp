#include "traffic.h"

#include "textbuf.h"

#include <algorithm>

namespace rs::gen {

std::string_view methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    }
    return "GET";
}

namespace {

// Index ranges into the path table, by route kind and path kind.
constexpr std::uint16_t kAppGet = 0;   // 10 entries
constexpr std::uint16_t kAppPost = 10; // 3
constexpr std::uint16_t kAppPut = 13;
constexpr std::uint16_t kAppDelete = 14;
constexpr std::uint16_t kAppOptions = 15;
constexpr std::uint16_t kAppHead = 16;
constexpr std::uint16_t kReport = 17;
constexpr std::uint16_t kSearch = 18;
constexpr std::uint16_t kUpload = 19;
constexpr std::uint16_t kApiGet = 20; // 3
constexpr std::uint16_t kApiPost = 23;
constexpr std::uint16_t kUaaPost = 24;
constexpr std::uint16_t kUaaGet = 25; // 3
constexpr std::uint16_t kDoppler = 28;
constexpr std::uint16_t kAdmin = 29;
constexpr std::uint16_t kScan = 30; // 4

TrafficTables makeTables()
{
    TrafficTables t;
    t.paths = {
        {"/", "", 0, Method::Get},
        {"/api/v1/items/", "", 1, Method::Get},
        {"/api/v1/items?page=", "&size=20", 1, Method::Get},
        {"/static/js/main.", ".js", 2, Method::Get},
        {"/static/css/app.", ".css", 2, Method::Get},
        {"/health", "", 0, Method::Get},
        {"/favicon.ico", "", 0, Method::Get},
        {"/images/products/", ".jpg", 1, Method::Get},
        {"/api/v1/search?q=caf%C3%A9+cr%C3%A8me&lang=fr", "", 0, Method::Get},
        {"/login?redirect=%2Faccount%2Forders", "", 0, Method::Get},
        {"/api/v1/orders", "", 0, Method::Post},
        {"/api/v1/cart/items", "", 0, Method::Post},
        {"/api/v1/events", "", 0, Method::Post},
        {"/api/v1/items/", "", 1, Method::Put},
        {"/api/v1/cart/items/", "", 1, Method::Delete},
        {"/api/v1/items", "", 0, Method::Options},
        {"/health", "", 0, Method::Head},
        {"/reports/export?format=csv&month=2026", "", 0, Method::Get},
        {"/api/v1/search?q=", "&deep=true", 2, Method::Get},
        {"/api/v1/uploads", "", 0, Method::Post},
        {"/v3/apps?page=", "&per_page=50", 1, Method::Get},
        {"/v2/info", "", 0, Method::Get},
        {"/v3/service_instances?names=db-", "", 1, Method::Get},
        {"/v3/deployments", "", 0, Method::Post},
        {"/oauth/token", "", 0, Method::Post},
        {"/login", "", 0, Method::Get},
        {"/userinfo", "", 0, Method::Get},
        {"/token_keys", "", 0, Method::Get},
        {"/apps/", "/stream", 2, Method::Get},
        {"/admin/users?page=", "", 1, Method::Get},
        {"/", "", 0, Method::Get},
        {"/wp-login.php", "", 0, Method::Get},
        {"/.env", "", 0, Method::Get},
        {"/cgi-bin/luci/;stok=/locale", "", 0, Method::Get},
    };
    const std::pair<std::string_view, double> agents[] = {
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
         "Safari/537.36",
         30},
        {"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
         "Safari/605.1.15",
         15},
        {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Mobile/15E148",
         10},
        {"curl/8.4.0", 8},
        {"Apache-HttpClient/4.5.14 (Java/17.0.12)", 8},
        {"okhttp/4.12.0", 6},
        {"python-requests/2.32.3", 5},
        {"Go-http-client/1.1", 5},
        {"cf/8.8.2+ab3b49b.2024-09-04 (go1.22.5; amd64 linux)", 3},
        {"", 2},
        // Exercise Go quoting: escaped quotes, kept UTF-8, escaped controls and bad bytes.
        {"Mozilla/5.0 (compatible; \"QuoteBot\"/2.1; +http://bot.example.com/\"about\")", 1},
        {"\xc3\x9cn\xc3\xaf"
         "c\xc3\xb8"
         "d\xc3\xa9-Agent/1.0 (Z\xc3\xbcrich; \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e) \xe2\x9c\x93",
         1},
        {"Legacy\tClient/0.9 \\backslash\\ \x01"
         "ctl \xff\xfe end",
         0.5},
        {"Mozilla/5.0\xc2\xa0(NBSP Browser)", 0.5},
    };
    for (const auto& [agent, weight] : agents) {
        t.uaQuoted.push_back(agent.empty() ? std::string("\"-\"") : goQuoted(agent));
        t.uaWeights.push_back(weight);
    }
    for (std::string_view ref : {"", "https://app-1.apps.example.com/", "https://www.google.com/",
                                 "https://portal.example.com/dashboard?tab=\"orders\""})
        t.refererQuoted.push_back(ref.empty() ? std::string("\"-\"") : goQuoted(ref));
    return t;
}

} // namespace

const TrafficTables& trafficTables()
{
    static const TrafficTables tables = makeTables();
    return tables;
}

ClientModel::ClientModel(const World& world, Rng& rng)
    : m_w(world)
    , m_rng(rng)
{
    for (int i = 0; i < 400; ++i) {
        std::uint32_t ip = 0;
        do {
            ip = static_cast<std::uint32_t>(rng.next() >> 32);
        } while ((ip >> 24) == 10 || (ip >> 24) == 127 || (ip >> 24) == 0 || (ip >> 24) >= 224);
        m_clients.push_back(ip);
    }
    double sum = 0;
    for (double w : trafficTables().uaWeights)
        m_uaCdf.push_back(sum += w);
    for (double& c : m_uaCdf)
        c /= sum;
}

std::uint16_t ClientModel::pickPath(RouteKind kind, PathKind pathKind, bool post)
{
    switch (pathKind) {
    case PathKind::Report:
        return kReport;
    case PathKind::Search:
        return kSearch;
    case PathKind::Upload:
        return kUpload;
    default:
        break;
    }
    switch (kind) {
    case RouteKind::Api:
        return post ? kApiPost : static_cast<std::uint16_t>(kApiGet + m_rng.below(3));
    case RouteKind::Uaa:
        return post || m_rng.chance(0.5) ? kUaaPost : static_cast<std::uint16_t>(kUaaGet + m_rng.below(3));
    case RouteKind::Doppler:
        return kDoppler;
    case RouteKind::App:
        break;
    }
    if (post)
        return static_cast<std::uint16_t>(kAppPost + m_rng.below(3));
    const double u = m_rng.uniform();
    if (u < 0.02)
        return kAppPut;
    if (u < 0.03)
        return kAppDelete;
    if (u < 0.04)
        return kAppOptions;
    if (u < 0.05)
        return kAppHead;
    return static_cast<std::uint16_t>(kAppGet + m_rng.below(10));
}

void ClientModel::fill(Req& req, const Route* route, PathKind kind, double postShare)
{
    const TrafficTables& t = trafficTables();
    if (req.special == Special::UnknownHost) {
        req.path = static_cast<std::uint16_t>(kScan + m_rng.below(4));
    } else if (route && static_cast<int>(route - m_w.routes.data()) == m_w.roles.adminRoute) {
        req.path = kAdmin;
    } else {
        req.path = pickPath(route ? route->kind : RouteKind::App, kind, m_rng.chance(postShare));
    }
    const PathTemplate& p = t.paths[req.path];
    req.method = p.method;
    req.pathArg = p.arg == 1 ? static_cast<std::uint32_t>(m_rng.between(1, 99999))
                             : static_cast<std::uint32_t>(m_rng.next());
    const double u = m_rng.uniform();
    req.ua =
        static_cast<std::uint16_t>(std::lower_bound(m_uaCdf.begin(), m_uaCdf.end(), u) - m_uaCdf.begin());
    if (req.ua >= m_uaCdf.size())
        req.ua = 0;
    req.referer =
        m_rng.chance(0.8) ? 0 : static_cast<std::uint16_t>(1 + m_rng.below(t.refererQuoted.size() - 1));
    req.clientIp = m_clients[m_rng.below(m_clients.size())];
    req.lb = static_cast<std::uint8_t>(m_rng.below(m_w.lbIps.size()));
    req.remotePort = static_cast<std::uint16_t>(m_rng.between(32768, 60999));
    req.https = !m_rng.chance(0.08);
    req.proto = m_rng.chance(0.03) ? 2 : 0;
    req.bytesIn = req.method == Method::Post || req.method == Method::Put
                      ? static_cast<std::uint32_t>(m_rng.between(60, 6000))
                      : 0;
    if (req.path == kUpload)
        req.bytesIn = static_cast<std::uint32_t>(m_rng.between(20'000, 2'000'000));
}

void ClientModel::appStatus(Req& req, const Route* route)
{
    const double u = m_rng.uniform();
    const bool api = route && route->kind != RouteKind::App;
    if (route && route->kind == RouteKind::Doppler) {
        // Hijacked WebSocket: no status is ever written, bytes are not counted.
        req.status = 0;
        req.bytesOut = 0;
        return;
    }
    if (req.method == Method::Post) {
        req.status = u < 0.88   ? (api ? 202 : 201)
                     : u < 0.93 ? 400
                     : u < 0.95 ? 409
                     : u < 0.97 ? 422
                     : u < 0.99 ? 500
                                : 503;
    } else if (req.method == Method::Options || req.method == Method::Delete) {
        req.status = u < 0.97 ? 204 : 404;
    } else {
        req.status = u < 0.86    ? 200
                     : u < 0.91  ? 304
                     : u < 0.93  ? 302
                     : u < 0.96  ? 404
                     : u < 0.975 ? 401
                     : u < 0.98  ? 403
                     : u < 0.99  ? 500
                     : u < 0.995 ? 503
                                 : 200;
    }
    const std::uint16_t s = req.status;
    if (s == 204 || s == 304 || req.method == Method::Head)
        req.bytesOut = 0;
    else if (s >= 300)
        req.bytesOut = static_cast<std::uint32_t>(m_rng.between(20, 400));
    else if (req.path == 3 || req.path == 4 || req.path == 7)
        req.bytesOut = static_cast<std::uint32_t>(m_rng.between(8'000, 400'000));
    else
        req.bytesOut = static_cast<std::uint32_t>(m_rng.between(60, 9000));
}

TimeNs ClientModel::serviceTime(const Req& req, const Route* route)
{
    double meanMs = 40;
    if (route && route->app >= 0)
        meanMs = m_w.apps[static_cast<std::size_t>(route->app)].serviceMs;
    else if (route && route->kind == RouteKind::Api)
        meanMs = 90;
    else if (route && route->kind == RouteKind::Uaa)
        meanMs = 30;
    else if (route && route->kind == RouteKind::Doppler)
        return static_cast<TimeNs>(m_rng.between(2.0, 60.0) * 1e9);
    if (req.path == kReport)
        meanMs = 2500;
    else if (req.path == kSearch)
        meanMs = 1200;
    else if (req.path == kUpload)
        meanMs = 400;
    // A fast body with a slow tail.
    const double ms = m_rng.chance(0.92) ? m_rng.exponential(meanMs) : m_rng.exponential(meanMs * 6);
    return static_cast<TimeNs>((0.4 + ms) * 1e6);
}

} // namespace rs::gen
