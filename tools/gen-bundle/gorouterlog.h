#pragma once

#include "model.h"
#include "textbuf.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs::gen {

// What gorouter's log lines say about an endpoint (the "route-endpoint" object and the
// endpoint-registered data).
struct EpLog {
    std::string_view appGuid; // empty for platform components
    std::uint32_t ip = 0;
    std::uint16_t port = 0;
    std::string_view tags; // compact JSON object, or empty for null
    std::string_view routeServiceUrl;
    std::string_view az;
    std::string_view instanceGuid; // private_instance_id
    std::string_view san;
    bool tls = false;
};

// Renders gorouter.stdout.log / gorouter.log lines (zap JSON, FORMATS.md §2.2c) and the
// Go-log stderr lines, era by era. Every function returns one line with its '\n'.
class GorouterLogWriter {
public:
    explicit GorouterLogWriter(const World& world)
        : m_w(world)
        , m_buf(4096)
    {}

    std::string backendEndpointFailed(TimeNs t, const EpLog& ep, std::string_view error, int attempt,
                                      const std::uint8_t* vid, bool retriable, int numEndpoints,
                                      bool gotConnection, bool wroteHeaders, bool connReused, TimeNs dial,
                                      TimeNs tls);
    std::string endpointFailed(TimeNs t, const EpLog& ep, std::string_view error);
    std::string routeEndpoint(TimeNs t, std::string_view message, const EpLog& ep);
    std::string endpointRegistration(TimeNs t, bool registered, std::string_view uri, const EpLog& ep);
    std::string routeEvent(TimeNs t, std::string_view message, std::string_view uri);
    std::string prunedRoute(TimeNs t, std::string_view uri, const std::vector<std::string>& addresses);
    std::string requestTimeout(TimeNs t, const std::uint8_t* vid);
    std::string status(TimeNs t, std::string_view body);
    std::string panicCheck(TimeNs t, std::string_view host);
    std::string signatureFailed(TimeNs t);
    std::string plain(TimeNs t, int level, std::string_view message, std::string_view source,
                      std::string_view dataJson);
    std::string stderrLine(TimeNs t, std::string_view text);

private:
    void begin(TimeNs t, int level, std::string_view message, std::string_view source);
    std::string end();
    void routeEndpointObject(const EpLog& ep);
    void vcapId(const std::uint8_t* vid);

    const World& m_w;
    OutBuf m_buf;
    TimeText m_time;
};

} // namespace rs::gen
