#pragma once

#include "logsink.h"
#include "model.h"
#include "traffic.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::gen {

enum class LbKindGen : std::uint8_t { HaProxy, Alb };

// The LB that carried a request to its router (by the LB address Gorouter saw as its peer).
LbKindGen lbKindOf(const World& w, std::uint8_t lbIndex);

// When the LB received the request: a little before Gorouter did (the LB read the request and
// connected). Derived from the request id, so the access log and the LB log agree without state.
TimeNs lbStartOf(const Req& r);
// The ids Gorouter logs with --lb-ids on: X-Amzn-Trace-Id "Root=1-…" the ALB added, and the
// HAProxy unique-id sent as X-Request-Id.
std::string amznTraceIdOf(const Req& r);
std::string haproxyRequestIdOf(const Req& r);

// What the LBs' logs hold about one router request.
struct LbEntry {
    TimeNs lbStart = 0;
    TimeNs routerStart = 0;
    TimeNs responseTime = 0;
    std::string host, url;
    Method method = Method::Get;
    std::uint16_t status = 0;
    std::uint8_t lbIndex = 0;
    bool https = true;
    std::uint32_t clientIp = 0;
    std::uint32_t bytesIn = 0, bytesOut = 0;
    std::array<std::uint8_t, 16> vid{};
    int router = 0;
};
LbEntry lbEntryOf(const World& w, const Req& r, int router);

struct LbTruthLine {
    int router = -1; // -1: the request never reached a router
    std::string vcapRequestId;
    std::string lbClass; // "none", "lb_timeout", "lb_connection_error", "lb_no_backend_response"
};

struct LbTruthFile {
    std::string path; // logical path inside the bundle
    std::string kind; // "haproxy" / "aws_alb"
    std::vector<LbTruthLine> lines;
};

// Writes the LB logs for the routers' requests plus the LB-only failures: an HAProxy VM
// directory under `vmRoot` (syslog-wrapped haproxy.log) and ALB files (gzip, AWS's key layout)
// under `captures`. Returns the truth per file, line by line.
std::vector<LbTruthFile> writeLbLogs(const World& w, std::vector<LbEntry> entries,
                                     const std::filesystem::path& vmRoot, const std::string& haproxyVm,
                                     const std::filesystem::path& captures, FileList& files);

// The LB timeouts: longer router requests end as LB 504s (lb_timeout).
inline constexpr TimeNs kHaProxyTimeout = 30 * kSecond;
inline constexpr TimeNs kAlbIdleTimeout = 40 * kSecond;

} // namespace rs::gen
