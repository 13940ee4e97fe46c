#pragma once

#include "model.h"
#include "outcome.h"
#include "rng.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs::gen {

enum class Method : std::uint8_t { Get, Post, Put, Delete, Head, Options };
std::string_view methodName(Method m);
inline bool idempotent(Method m)
{
    return m != Method::Post;
}

// A request path: literal text around at most one generated argument.
struct PathTemplate {
    std::string_view before, after;
    std::uint8_t arg; // 0 none, 1 decimal, 2 eight hex digits
    Method method;
};

// One request as the access log records it (final attempt only).
struct Req {
    TimeNs start = 0, end = 0;
    std::int32_t route = -1;
    std::int16_t unknownHost = -1;
    Special special = Special::None;
    PathKind pathKind = PathKind::Normal;
    Method method = Method::Get;
    std::uint8_t proto = 0; // HTTP/1.1, HTTP/2.0, HTTP/1.0
    bool https = true;
    std::uint16_t status = 200;
    std::uint32_t bytesIn = 0, bytesOut = 0;
    std::uint16_t path = 0;
    std::uint32_t pathArg = 0;
    std::uint16_t ua = 0, referer = 0;
    std::uint32_t clientIp = 0;
    std::uint8_t lb = 0;
    std::uint16_t remotePort = 0;
    std::array<std::uint8_t, 16> vid{};
    std::uint64_t trace64 = 0; // 16-hex Zipkin ids before rr 0.227
    TimeNs responseTime = 0, gorouterTime = 0;
    bool hasBackend = false;
    std::uint32_t backendIp = 0;
    std::uint16_t backendPort = 0;
    std::int32_t app = -1;
    std::int16_t appIndex = -1;
    std::int32_t instance = -1; // whose guid goes into instance_id
    std::uint8_t failedAttempts = 0;
    TimeNs failedAttemptsTime = -1, dnsTime = -1, dialTime = -1, tlsTime = -1, backendTime = -1;
    Cls cls = Cls::Ok;
    AttemptErr finalErr = AttemptErr::None;
    std::string_view routerError; // non-endpoint x_cf_routererror value
    std::string errText;          // final endpoint error text
};

// Client-side tables: paths, user agents (pre-quoted), referers, client addresses.
struct TrafficTables {
    std::vector<PathTemplate> paths;
    std::vector<std::string> uaQuoted, refererQuoted;
    std::vector<double> uaWeights;
};
const TrafficTables& trafficTables();

// Draws the client side of a request: method, path, agent, addresses, status, sizes.
class ClientModel {
public:
    ClientModel(const World& world, Rng& rng);
    void fill(Req& req, const Route* route, PathKind kind, double postShare);
    // Status the app answers with when the request reaches it.
    void appStatus(Req& req, const Route* route);
    TimeNs serviceTime(const Req& req, const Route* route);

private:
    std::uint16_t pickPath(RouteKind kind, PathKind pathKind, bool post);
    const World& m_w;
    Rng& m_rng;
    std::vector<std::uint32_t> m_clients;
    std::vector<double> m_uaCdf;
};

} // namespace rs::gen
