#include "applogs.h"

#include "ids.h"
#include "lblogs.h"
#include "rng.h"
#include "textbuf.h"

#include <algorithm>
#include <cstring>

namespace rs::gen {
namespace {

// Classes whose request an app instance received and worked on.
bool reachedApp(Cls cls)
{
    return cls == Cls::Ok || cls == Cls::Recovered || cls == Cls::AppResponse || cls == Cls::BackendTimeout ||
           cls == Cls::ClientCancelled;
}

} // namespace

void appEntriesOf(const World& w, const Req& r, std::vector<AppEntry>& out)
{
    if (r.app < 0 || r.appIndex < 0 || !reachedApp(r.cls))
        return;
    const std::uint64_t h = requestHash(r.vid, 0xa9 * 0x9E3779B97F4A7C15ull);
    // A fifth of the requests leave no line (apps that log little).
    if (h % 100 < 20)
        return;
    AppEntry e;
    e.app = r.app;
    e.index = r.appIndex;
    e.vid = r.vid;
    const TimeNs span = std::max<TimeNs>(r.responseTime, kMs);
    e.t = r.start + span / 5 + static_cast<TimeNs>((h >> 8) % 1000) * (span * 3 / 5) / 1000;
    const LbEntry where = lbEntryOf(w, r, 0);
    char id[36];
    formatUuid(r.vid.data(), id);
    const std::string_view vcap(id, 36);
    const std::uint64_t style = (h >> 24) % 100;
    const bool traceable = w.era == Era::Current; // 32-hex trace ids since rr v0.269
    if (r.cls == Cls::AppResponse && r.status >= 500) {
        e.err = true;
        e.text = "java.lang.IllegalStateException: order service unavailable at "
                 "com.example.orders.OrderController.get(OrderController.java:88)";
        if (style < 40) {
            e.exact = true;
            e.text += " [vcap_request_id=" + std::string(vcap) + "]";
        }
    } else if (style < 35) {
        e.exact = true;
        e.text = "{\"level\":\"info\",\"msg\":\"request handled\",\"method\":\"" +
                 std::string(methodName(r.method)) + "\",\"path\":\"" + where.url +
                 "\",\"vcap_request_id\":\"" + std::string(vcap) +
                 "\",\"status\":" + std::to_string(r.status) + "}";
    } else if (style < 50 && traceable) {
        e.exact = true;
        e.text = "INFO 7 --- [nio-8080-exec-" + std::to_string(1 + (h >> 40) % 9) +
                 "] c.e.web.RequestLogger : " + std::string(methodName(r.method)) + " " + where.url +
                 " traceId=" + hexOf(r.vid.data(), 16) + " spanId=" + hexOf(r.vid.data() + 8, 8);
    } else {
        e.text = std::string(methodName(r.method)) + " " + where.url + " " + std::to_string(r.status) + " " +
                 std::to_string(r.responseTime / kMs) + "ms";
    }
    if (r.cls == Cls::BackendTimeout) {
        e.err = true;
        e.text = "WARN slow upstream: inventory call still waiting after " +
                 std::to_string(r.responseTime / kSecond) + "s" +
                 (e.exact ? " request_id=" + std::string(vcap) : "");
    }
    out.push_back(std::move(e));
}

std::vector<AppTruthFile> writeAppLogs(const World& w, std::vector<AppEntry> entries,
                                       const std::filesystem::path& captures, FileList& files)
{
    // Housekeeping lines about no request: every instance reports its pool now and then.
    Rng rng(w.options.seed, 0x3c);
    for (const Instance& instance : w.instances) {
        const TimeNs from = std::max(instance.healthy, w.t0);
        const TimeNs to = std::min(instance.stopped, w.t1);
        for (TimeNs t = from + static_cast<TimeNs>(rng.exponential(45.0) * kSecond); t < to;
             t += static_cast<TimeNs>(rng.exponential(45.0) * kSecond)) {
            AppEntry e;
            e.t = t;
            e.app = instance.app;
            e.index = instance.index;
            e.text = "HikariPool-1 - Pool stats (total=10, active=" + std::to_string(rng.below(10)) +
                     ", idle=" + std::to_string(rng.below(10)) + ", waiting=0)";
            entries.push_back(std::move(e));
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const AppEntry& a, const AppEntry& b) {
        return a.app != b.app ? a.app < b.app : a.t != b.t ? a.t < b.t : a.vid < b.vid;
    });
    std::vector<AppTruthFile> out;
    std::filesystem::create_directories(captures);
    for (std::size_t begin = 0; begin < entries.size();) {
        const int appIndex = entries[begin].app;
        std::size_t end = begin;
        while (end < entries.size() && entries[end].app == appIndex)
            ++end;
        const App& app = w.apps[static_cast<std::size_t>(appIndex)];
        const std::string logical = "cf-logs-" + app.name + ".log";
        AppTruthFile truth{logical, app.guid, {}};
        OutBuf b(1 << 16);
        TimeText times;
        b.put("Retrieving logs for app ");
        b.put(app.name);
        b.put(" in org ");
        b.put(app.orgName);
        b.put(" / space ");
        b.put(app.spaceName);
        b.put(" as admin...\n\n");
        for (std::size_t i = begin; i < end; ++i) {
            const AppEntry& e = entries[i];
            b.put("   ");
            times.isoCentisOffset(b, e.t);
            b.put(" [APP/PROC/WEB/");
            b.putUint(static_cast<std::uint64_t>(e.index));
            b.put(e.err ? "] ERR " : "] OUT ");
            b.put(e.text);
            b.put('\n');
            const bool aboutRequest = e.vid != std::array<std::uint8_t, 16>{};
            char id[36];
            formatUuid(e.vid.data(), id);
            truth.lines.push_back({aboutRequest ? std::string(id, 36) : std::string(), e.exact});
        }
        writeWholeFile(captures / logical, b.view());
        files.add({logical, "app_log", truth.lines.size() + 1, b.size()});
        out.push_back(std::move(truth));
        begin = end;
    }
    return out;
}

} // namespace rs::gen
