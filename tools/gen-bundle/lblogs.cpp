#include "lblogs.h"

#include "ids.h"
#include "rng.h"
#include "textbuf.h"

#include <algorithm>
#include <cstring>

namespace rs::gen {
namespace {

constexpr TimeNs kUsec = 1'000;
constexpr std::uint16_t kRouterPort = 80;
constexpr char kHex[] = "0123456789abcdef";

// The LB's own time before Gorouter saw the request: reading it and connecting, 0.2–2.7 ms.
TimeNs forwardDelay(const std::array<std::uint8_t, 16>& vid)
{
    return 200 * kUsec + static_cast<TimeNs>(requestHash(vid, 1) % 2500) * kUsec;
}

std::uint16_t clientPort(const std::array<std::uint8_t, 16>& vid)
{
    return static_cast<std::uint16_t>(1024 + requestHash(vid, 2) % 64000);
}

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "10:15:02"
void putClock(OutBuf& out, const Civil& c)
{
    out.putPadded(static_cast<std::uint32_t>(c.hour), 2);
    out.put(':');
    out.putPadded(static_cast<std::uint32_t>(c.minute), 2);
    out.put(':');
    out.putPadded(static_cast<std::uint32_t>(c.second), 2);
}

// rsyslog's file format: "Dec  6 10:15:02 HOST haproxy[PID]: ".
void syslogPrefix(OutBuf& out, TimeNs t)
{
    const Civil c = civilFromSeconds(t / kSecond);
    out.put(kMonths[c.month - 1]);
    out.put(' ');
    if (c.day < 10)
        out.put(' ');
    out.putUint(static_cast<std::uint64_t>(c.day));
    out.put(' ');
    putClock(out, c);
    out.put(" haproxy-0 haproxy[2814]: ");
}

// HAProxy's accept date: "06/Dec/2026:10:15:02.118".
void acceptDate(OutBuf& out, TimeNs t)
{
    const Civil c = civilFromSeconds(t / kSecond);
    out.putPadded(static_cast<std::uint32_t>(c.day), 2);
    out.put('/');
    out.put(kMonths[c.month - 1]);
    out.put('/');
    out.putPadded(static_cast<std::uint32_t>(c.year), 4);
    out.put(':');
    putClock(out, c);
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>((t % kSecond) / kMs), 3);
}

// ALB's timestamps: "2026-12-06T10:15:02.170841Z".
void isoMicros(OutBuf& out, TimeText& tt, TimeNs t)
{
    tt.iso9Z(out, t);
    // 9 fraction digits and 'Z' -> 6 and 'Z'
    out.truncate(out.size() - 4);
    out.put('Z');
}

void seconds3(OutBuf& out, TimeNs d)
{
    if (d < 0) {
        out.put("-1");
        return;
    }
    const TimeNs ms = d / kMs;
    out.putUint(static_cast<std::uint64_t>(ms / 1000));
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>(ms % 1000), 3);
}

std::string uuidText(const std::array<std::uint8_t, 16>& bytes)
{
    char id[36];
    formatUuid(bytes.data(), id);
    return std::string(id, 36);
}

struct Line {
    TimeNs logTime = 0; // HAProxy logs at the end of the session; the ALB's `time` is its answer
    std::string text;
    LbTruthLine truth;
};

struct Template {
    std::string host, url;
    Method method = Method::Get;
};

std::string requestLine(const World&, Method method, std::string_view url)
{
    std::string s(methodName(method));
    s += ' ';
    s += url;
    s += " HTTP/1.1";
    return s;
}

Line haproxyLine(const World& w, const LbEntry& e, std::uint32_t clientIp, std::uint16_t port,
                 std::string_view requestId, std::string& lbClass)
{
    const TimeNs forward = e.routerStart - e.lbStart;
    const TimeNs tq = std::max<TimeNs>(0, forward / kMs - 1);
    const TimeNs tc = forward / kMs - tq;
    TimeNs tr = e.responseTime / kMs;
    TimeNs tt = tq + tc + tr + 1;
    int status = e.status;
    std::string_view term = "----";
    std::uint32_t bytes = e.bytesOut;
    lbClass = "none";
    if (e.responseTime > kHaProxyTimeout) {
        tr = -1;
        tt = tq + tc + kHaProxyTimeout / kMs;
        status = 504;
        term = "sH--";
        bytes = 194;
        lbClass = "lb_timeout";
    } else if (e.status == 499 || e.status == 0) {
        tr = -1;
        status = -1;
        term = "CH--";
        bytes = 0;
    }
    OutBuf b(512);
    const TimeNs end = e.lbStart + tt * kMs;
    syslogPrefix(b, end);
    b.putAddr(clientIp, port);
    b.put(" [");
    acceptDate(b, e.lbStart);
    b.put("] https-in~ http-routers/node");
    b.putUint(static_cast<std::uint64_t>(e.router));
    b.put(' ');
    b.putUint(static_cast<std::uint64_t>(tq));
    b.put("/0/");
    b.putUint(static_cast<std::uint64_t>(tc));
    b.put('/');
    b.putInt(tr);
    b.put('/');
    b.putUint(static_cast<std::uint64_t>(tt));
    b.put(' ');
    b.putInt(status);
    b.put(' ');
    b.putUint(bytes);
    b.put(" - - ");
    b.put(term);
    b.put(" 12/12/3/1/0 0/0 {");
    b.put(e.host);
    b.put('|');
    b.putIp(clientIp);
    b.put("} \"");
    b.put(requestLine(w, e.method, e.url));
    b.put("\" ");
    b.putAddr(w.routers[static_cast<std::size_t>(e.router)].ip, kRouterPort);
    b.put(' ');
    b.put(requestId);
    b.put('\n');
    return {end, std::string(b.view()), {}};
}

Line albLine(const World& w, const LbEntry& e, std::uint32_t clientIp, std::uint16_t port,
             std::string_view traceId, TimeText& tt, std::string& lbClass)
{
    const TimeNs forward = e.routerStart - e.lbStart;
    TimeNs target = e.responseTime;
    TimeNs responseProcessing = 300 * kUsec;
    std::string elb = std::to_string(e.status), tgt = elb;
    TimeNs end = e.lbStart + forward + target + responseProcessing;
    lbClass = "none";
    if (e.responseTime > kAlbIdleTimeout) {
        target = responseProcessing = -1;
        elb = "504";
        tgt = "-";
        end = e.lbStart + kAlbIdleTimeout;
        lbClass = "lb_timeout";
    } else if (e.status == 499 || e.status == 0) {
        target = responseProcessing = -1;
        elb = "460";
        tgt = "-";
    }
    OutBuf b(1024);
    b.put(e.https ? "https " : "http ");
    isoMicros(b, tt, end);
    b.put(" app/cf-routers/5f1a2b3c4d5e6f70 ");
    b.putAddr(clientIp, port);
    b.put(' ');
    const std::uint32_t routerIp = w.routers[static_cast<std::size_t>(e.router)].ip;
    b.putAddr(routerIp, kRouterPort);
    b.put(' ');
    seconds3(b, forward);
    b.put(' ');
    seconds3(b, target);
    b.put(' ');
    seconds3(b, responseProcessing);
    b.put(' ');
    b.put(elb);
    b.put(' ');
    b.put(tgt);
    b.put(' ');
    b.putUint(e.bytesIn + 310);
    b.put(' ');
    b.putUint(tgt == "-" ? 0 : e.bytesOut + 190);
    b.put(" \"");
    b.put(methodName(e.method));
    b.put(e.https ? " https://" : " http://");
    b.put(e.host);
    b.put(e.https ? ":443" : ":80");
    b.put(e.url);
    b.put(" HTTP/1.1\" \"Mozilla/5.0 (X11; Linux x86_64)\" ");
    b.put(e.https ? "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 " : "- - ");
    b.put("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/0a1b2c3d4e5f6a7b \"");
    b.put(traceId);
    b.put("\" \"");
    b.put(e.host);
    b.put("\" \"-\" 1 ");
    isoMicros(b, tt, e.lbStart);
    b.put(" \"forward\" \"-\" \"-\" \"");
    b.putAddr(routerIp, kRouterPort);
    b.put("\" \"");
    b.put(tgt);
    b.put("\" \"-\" \"-\"\n");
    return {end, std::string(b.view()), {}};
}

} // namespace

LbKindGen lbKindOf(const World& w, std::uint8_t lbIndex)
{
    switch (w.options.lb) {
    case LbMode::HaProxy:
        return LbKindGen::HaProxy;
    case LbMode::Alb:
        return LbKindGen::Alb;
    case LbMode::Both:
    case LbMode::None:
        break;
    }
    return lbIndex == 0 ? LbKindGen::HaProxy : LbKindGen::Alb;
}

TimeNs lbStartOf(const Req& r)
{
    return r.start - forwardDelay(r.vid);
}

std::string amznTraceIdOf(const Req& r)
{
    std::string id = "Root=1-";
    const auto epoch = static_cast<std::uint32_t>(lbStartOf(r) / kSecond);
    for (int shift = 28; shift >= 0; shift -= 4)
        id += kHex[(epoch >> shift) & 15];
    id += '-';
    for (std::size_t i = 4; i < 16; ++i) {
        const auto byte = static_cast<std::uint8_t>(r.vid[i] ^ 0xa5);
        id += kHex[byte >> 4];
        id += kHex[byte & 15];
    }
    return id;
}

std::string haproxyRequestIdOf(const Req& r)
{
    std::array<std::uint8_t, 16> bytes = r.vid;
    for (auto& byte : bytes)
        byte ^= 0x5a;
    return uuidText(bytes);
}

LbEntry lbEntryOf(const World& w, const Req& r, int router)
{
    LbEntry e;
    e.lbStart = lbStartOf(r);
    e.routerStart = r.start;
    e.responseTime = r.responseTime;
    if (r.route >= 0)
        e.host = w.routes[static_cast<std::size_t>(r.route)].host;
    else if (r.unknownHost >= 0)
        e.host = w.unknownHosts[static_cast<std::size_t>(r.unknownHost)];
    const PathTemplate& path = trafficTables().paths[r.path];
    e.url = std::string(path.before);
    if (path.arg == 1)
        e.url += std::to_string(r.pathArg);
    else if (path.arg == 2) {
        for (int shift = 28; shift >= 0; shift -= 4)
            e.url += kHex[(r.pathArg >> shift) & 15];
    }
    e.url += path.after;
    e.method = r.method;
    e.status = r.status;
    e.lbIndex = r.lb;
    e.https = r.https;
    e.clientIp = r.clientIp;
    e.bytesIn = r.bytesIn;
    e.bytesOut = r.bytesOut;
    e.vid = r.vid;
    e.router = router;
    return e;
}

std::vector<LbTruthFile> writeLbLogs(const World& w, std::vector<LbEntry> entries,
                                     const std::filesystem::path& vmRoot, const std::string& haproxyVm,
                                     const std::filesystem::path& captures, FileList& files)
{
    // Requests without a Host never get past an LB to a router.
    entries.erase(
        std::remove_if(entries.begin(), entries.end(), [](const LbEntry& e) { return e.host.empty(); }),
        entries.end());
    std::sort(entries.begin(), entries.end(), [](const LbEntry& a, const LbEntry& b) {
        return a.lbStart != b.lbStart ? a.lbStart < b.lbStart : a.vid < b.vid;
    });
    std::vector<Line> haproxy;
    std::vector<std::vector<Line>> alb(w.lbIps.size());
    TimeText tt;
    std::vector<Template> haTemplates, albTemplates;
    for (const LbEntry& e : entries) {
        const std::uint16_t port = clientPort(e.vid);
        char id[36];
        formatUuid(e.vid.data(), id);
        LbTruthLine truth{e.router, std::string(id, 36), "none"};
        Req r;
        r.start = e.routerStart;
        r.vid = e.vid;
        if (lbKindOf(w, e.lbIndex) == LbKindGen::HaProxy) {
            Line line = haproxyLine(w, e, e.clientIp, port, haproxyRequestIdOf(r), truth.lbClass);
            line.truth = std::move(truth);
            haproxy.push_back(std::move(line));
            haTemplates.push_back({e.host, e.url, e.method});
        } else {
            Line line = albLine(w, e, e.clientIp, port, amznTraceIdOf(r), tt, truth.lbClass);
            line.truth = std::move(truth);
            alb[e.lbIndex].push_back(std::move(line));
            albTemplates.push_back({e.host, e.url, e.method});
        }
    }

    // Failures no router saw: the last router refuses the LBs' connections for 40 s (it stopped
    // listening before the health checks noticed), and for 8 s no router is healthy at all.
    Rng rng(w.options.seed, 0x1b);
    const int down = static_cast<int>(w.routers.size()) - 1;
    const TimeNs span = w.t1 - w.t0;
    const Interval refused{w.t0 + span * 2 / 5, w.t0 + span * 2 / 5 + 40 * kSecond};
    const Interval noneHealthy{w.t0 + span * 7 / 10, w.t0 + span * 7 / 10 + 8 * kSecond};
    const auto lbOnly = [&](const Interval& when, bool allDown) {
        for (TimeNs t = when.from; t < when.to; t += static_cast<TimeNs>(rng.exponential(0.4) * kSecond)) {
            const bool ha =
                w.options.lb == LbMode::HaProxy || (w.options.lb == LbMode::Both && rng.chance(0.4));
            const std::vector<Template>& templates = ha ? haTemplates : albTemplates;
            if (templates.empty())
                continue;
            const Template& tpl = templates[rng.below(templates.size())];
            const std::uint32_t client = ip4(198, 51, 100, static_cast<int>(rng.between(1, 254)));
            const auto port = static_cast<std::uint16_t>(rng.between(1024, 65000));
            LbTruthLine truth{-1, "", allDown ? "lb_no_backend_response" : "lb_connection_error"};
            OutBuf b(768);
            if (ha) {
                const TimeNs totalMs = allDown ? 0 : 3005;
                syslogPrefix(b, t + totalMs * kMs);
                b.putAddr(client, port);
                b.put(" [");
                acceptDate(b, t);
                b.put(allDown
                          ? "] https-in~ http-routers/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 5/5/0/0/0 0/0 {"
                          : "] https-in~ http-routers/node");
                if (!allDown) {
                    b.putUint(static_cast<std::uint64_t>(down));
                    b.put(" 1/0/-1/-1/3005 503 216 - - SC-- 12/12/3/0/+3 0/0 {");
                }
                b.put(tpl.host);
                b.put('|');
                b.putIp(client);
                b.put("} \"");
                b.put(requestLine(w, tpl.method, tpl.url));
                b.put("\" ");
                if (allDown)
                    b.put('-');
                else
                    b.putAddr(w.routers[static_cast<std::size_t>(down)].ip, kRouterPort);
                b.put(' ');
                std::array<std::uint8_t, 16> bytes{};
                for (auto& byte : bytes)
                    byte = static_cast<std::uint8_t>(rng.below(256));
                b.put(uuidText(bytes));
                b.put('\n');
                haproxy.push_back({t + totalMs * kMs, std::string(b.view()), std::move(truth)});
            } else {
                const std::size_t node = w.lbIps.size() > 1 ? 1 + rng.below(w.lbIps.size() - 1) : 0;
                const TimeNs end = t + (allDown ? 400 * kUsec : 1003 * kUsec);
                b.put("https ");
                isoMicros(b, tt, end);
                b.put(" app/cf-routers/5f1a2b3c4d5e6f70 ");
                b.putAddr(client, port);
                if (allDown) {
                    b.put(" - -1 -1 -1 503 - 180 336 \"");
                } else {
                    b.put(' ');
                    b.putAddr(w.routers[static_cast<std::size_t>(down)].ip, kRouterPort);
                    b.put(" 0.001 -1 -1 502 - 290 277 \"");
                }
                b.put(methodName(tpl.method));
                b.put(" https://");
                b.put(tpl.host);
                b.put(":443");
                b.put(tpl.url);
                b.put(" HTTP/1.1\" \"Mozilla/5.0 (X11; Linux x86_64)\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
                      "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/"
                      "0a1b2c3d4e5f6a7b "
                      "\"Root=1-");
                b.putHex32(static_cast<std::uint32_t>(t / kSecond));
                b.put('-');
                b.putHex32(static_cast<std::uint32_t>(rng.next()));
                b.putHex32(static_cast<std::uint32_t>(rng.next()));
                b.putHex32(static_cast<std::uint32_t>(rng.next()));
                b.put("\" \"");
                b.put(tpl.host);
                b.put("\" \"-\" 1 ");
                isoMicros(b, tt, t);
                b.put(" \"forward\" \"-\" \"-\" \"");
                if (allDown)
                    b.put('-');
                else
                    b.putAddr(w.routers[static_cast<std::size_t>(down)].ip, kRouterPort);
                b.put("\" \"-\" \"-\" \"-\"\n");
                alb[node].push_back({end, std::string(b.view()), std::move(truth)});
            }
        }
    };
    lbOnly(refused, false);
    lbOnly(noneHealthy, true);

    std::vector<LbTruthFile> out;
    const auto write = [&](std::vector<Line>& lines, const std::filesystem::path& path,
                           const std::string& logical, const std::string& kind, bool gzip) {
        if (lines.empty())
            return;
        std::stable_sort(lines.begin(), lines.end(),
                         [](const Line& a, const Line& b) { return a.logTime < b.logTime; });
        std::filesystem::create_directories(path.parent_path());
        FileSink sink(path, gzip);
        LbTruthFile truth{logical, kind, {}};
        std::uint64_t bytes = 0;
        for (Line& line : lines) {
            sink.write(line.text);
            bytes += line.text.size();
            truth.lines.push_back(std::move(line.truth));
        }
        sink.close();
        files.add({logical, "lb_log", truth.lines.size(), bytes});
        out.push_back(std::move(truth));
    };
    write(haproxy, vmRoot / haproxyVm / "haproxy" / "haproxy.log", haproxyVm + "/haproxy/haproxy.log",
          "haproxy", false);
    const Civil day = civilFromSeconds(w.t0 / kSecond);
    OutBuf dir(128);
    dir.put("AWSLogs/123456789012/elasticloadbalancing/us-east-1/");
    dir.putPadded(static_cast<std::uint32_t>(day.year), 4);
    dir.put('/');
    dir.putPadded(static_cast<std::uint32_t>(day.month), 2);
    dir.put('/');
    dir.putPadded(static_cast<std::uint32_t>(day.day), 2);
    dir.put('/');
    for (std::size_t node = 0; node < alb.size(); ++node) {
        OutBuf name(256);
        name.put(dir.view());
        name.put("123456789012_elasticloadbalancing_us-east-1_app.cf-routers.5f1a2b3c4d5e6f70_");
        name.putPadded(static_cast<std::uint32_t>(day.year), 4);
        name.putPadded(static_cast<std::uint32_t>(day.month), 2);
        name.putPadded(static_cast<std::uint32_t>(day.day), 2);
        name.put('T');
        name.putPadded(static_cast<std::uint32_t>(day.hour), 2);
        name.putPadded(static_cast<std::uint32_t>(day.minute), 2);
        name.put("Z_");
        name.putIp(w.lbIps[node]);
        name.put("_3kq9x2ab.log.gz");
        const std::string logical(name.view());
        write(alb[node], captures / logical, logical, "aws_alb", true);
    }
    return out;
}

} // namespace rs::gen
