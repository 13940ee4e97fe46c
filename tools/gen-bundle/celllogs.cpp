#include "celllogs.h"

#include "rng.h"
#include "textbuf.h"

#include <algorithm>

namespace rs::gen {

namespace {

constexpr std::string_view kReserved =
    "rep.executing-container-operation.ordinary-lrp-processor.process-reserved-container.run-container.";
constexpr std::string_view kRunStep =
    "rep.executing-container-operation.ordinary-lrp-processor.process-reserved-container.run-container."
    "containerstore-run.node-run.action.run-step.";
constexpr std::string_view kCompleted =
    "rep.executing-container-operation.ordinary-lrp-processor.process-completed-container.";

// One lager log file, collected then sorted: a cell's lines come from several stories.
class LagerFile {
public:
    LagerFile(const World& w, std::string source)
        : m_w(w)
        , m_source(std::move(source))
    {}

    // data: the inside of the data object, already JSON.
    void add(TimeNs t, std::string_view level, std::string_view message, const std::string& data)
    {
        OutBuf b(256 + data.size());
        if (m_w.era == Era::Pre2019) {
            b.put("{\"timestamp\":\"");
            m_time.epochNanos(b, t);
            b.put("\",\"source\":\"");
            b.put(m_source);
            b.put("\",\"message\":\"");
            b.put(message);
            b.put("\",\"log_level\":");
            b.putUint(level == "debug" ? 0 : level == "info" ? 1 : level == "error" ? 2 : 3);
            b.put(",\"data\":{");
        } else {
            b.put("{\"timestamp\":\"");
            m_time.iso9Z(b, t);
            b.put("\",\"level\":\"");
            b.put(level);
            b.put("\",\"source\":\"");
            b.put(m_source);
            b.put("\",\"message\":\"");
            b.put(message);
            b.put("\",\"data\":{");
        }
        b.put(data);
        b.put("}}\n");
        m_lines.emplace_back(t, std::string(b.view()));
    }

    void write(const std::filesystem::path& path, const std::string& logical, FileList& files)
    {
        std::stable_sort(m_lines.begin(), m_lines.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::string all;
        for (const auto& line : m_lines)
            all += line.second;
        writeWholeFile(path, all);
        files.add({logical, "lager_log", m_lines.size(), all.size()});
    }

private:
    const World& m_w;
    std::string m_source;
    TimeText m_time;
    std::vector<std::pair<TimeNs, std::string>> m_lines;
};

std::string kv(std::string_view key, std::string_view value)
{
    OutBuf b(64 + value.size());
    b.putJson(key, true);
    b.put(':');
    b.putJson(value, true);
    return std::string(b.view());
}

std::string kvNum(std::string_view key, std::int64_t value)
{
    return "\"" + std::string(key) + "\":" + std::to_string(value);
}

void writePlain(const std::filesystem::path& path, const std::string& logical, const std::string& text,
                std::string_view kind, FileList& files)
{
    writeWholeFile(path, text);
    files.add({logical, std::string(kind),
               static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n')), text.size()});
}

std::string agentNoise(const World& w, TimeNs started)
{
    OutBuf b(1024);
    TimeText tt;
    const char* lines[] = {"Starting Loggregator Agent...", "Loggregator Agent started",
                           "Forwarding to ingress: 127.0.0.1:3458",
                           "Syslog binding cache refreshed: 0 bindings"};
    TimeNs t = started;
    for (const char* line : lines) {
        tt.goLog(b, t);
        b.put(' ');
        b.put(line);
        b.put('\n');
        t += 1200 * kMs;
    }
    (void)w;
    return std::string(b.view());
}

} // namespace

void writeCellLogs(const World& w, int cellIndex, const std::filesystem::path& vmDir,
                   const std::string& logicalDir, FileList& files)
{
    const CellVm& cell = w.cells[static_cast<std::size_t>(cellIndex)];
    Rng rng(w.options.seed, 200 + static_cast<std::uint64_t>(cellIndex));
    LagerFile rep(w, "rep"), garden(w, "guardian"), emitter(w, "route-emitter");
    int session = 40 + static_cast<int>(rng.below(200));
    auto sessionKv = [&](int sub) {
        return kv("session", std::to_string(session) + "." + std::to_string(sub));
    };
    const std::string cellKv = kv("cell-id", cell.uuid);

    for (int id : w.instancesByCell[static_cast<std::size_t>(cellIndex)]) {
        const Instance& inst = w.instances[static_cast<std::size_t>(id)];
        const App& app = w.apps[static_cast<std::size_t>(inst.app)];
        const std::string guid = kv("container-guid", inst.guid);
        ++session;
        if (inst.created >= w.t0 && inst.created < w.t1) {
            const TimeNs c = inst.created;
            rep.add(c, "info", std::string(kReserved) + "containerstore-create.starting",
                    guid + "," + sessionKv(1));
            garden.add(c + 40 * kMs, "info", "guardian.create.start",
                       kv("handle", inst.guid) + "," + sessionKv(2));
            garden.add(c + 1100 * kMs, "info", "guardian.create.finished",
                       kv("handle", inst.guid) + "," + sessionKv(2));
            rep.add(c + 1200 * kMs, "info", std::string(kReserved) + "containerstore-create.complete",
                    guid + "," + sessionKv(1));
            rep.add(c + 1300 * kMs, "info", std::string(kRunStep) + "running", guid + "," + sessionKv(3));
            rep.add(inst.healthy, "info",
                    std::string(kReserved) +
                        "containerstore-run.node-run.action.health-check-step.transitioned-to-healthy",
                    guid + "," + sessionKv(4));
            OutBuf net(512);
            net.put("\"net_info\":{\"address\":\"");
            net.putIp(cell.ip);
            net.put("\",\"ports\":[{\"container_port\":8080,\"host_port\":");
            net.putUint(inst.hostPort());
            net.put(",\"container_tls_proxy_port\":61001,\"host_tls_proxy_port\":");
            net.putUint(inst.tlsPort());
            net.put("}],\"instance_address\":\"");
            net.putIp(inst.overlayIp);
            net.put("\",\"preferred_address\":\"HOST\"}");
            rep.add(inst.healthy + 30 * kMs, "info",
                    "rep.executing-container-operation.ordinary-lrp-processor.process-running-container.bbs-"
                    "start-actual-lrp",
                    guid + "," + kv("process-guid", app.processGuid) + "," + kvNum("index", inst.index) +
                        "," + std::string(net.view()) + "," + sessionKv(5));
        }
        if (inst.registerFrom >= w.t0 && inst.registerFrom < w.t1)
            emitter.add(inst.registerFrom - 15 * kMs, "info", "route-emitter.watcher.handling-actual-create",
                        kv("process-guid", app.processGuid) + "," + kvNum("index", inst.index) + "," +
                            kv("instance-guid", inst.guid) + "," + sessionKv(6));
        if (inst.stopped >= w.t0 && inst.stopped < w.t1 && inst.stopKind != StopKind::CellLost) {
            const TimeNs s = inst.stopped;
            const bool crash = inst.stopKind == StopKind::Crash;
            rep.add(s, "info", std::string(kRunStep) + "process-exit",
                    guid + "," + kvNum("exitStatus", crash ? 137 : 143) +
                        ",\"cancelled\":" + (crash ? "false" : "true") + "," + sessionKv(3));
            if (crash)
                rep.add(s + 2 * kMs, "error",
                        std::string(kRunStep) + "run-step-failed-with-nonzero-status-code",
                        guid + "," + kv("error", "Exit status 137 (out of memory)") + "," + sessionKv(3));
            rep.add(s + 400 * kMs, "info", std::string(kCompleted) + "containerstore-destroy.starting",
                    guid + "," + sessionKv(7));
            garden.add(s + 450 * kMs, "info", "guardian.destroy.start",
                       kv("handle", inst.guid) + "," + sessionKv(8));
            garden.add(s + 900 * kMs, "info", "guardian.destroy.finished",
                       kv("handle", inst.guid) + "," + sessionKv(8));
            rep.add(s + 950 * kMs, "info", std::string(kCompleted) + "containerstore-destroy.complete",
                    guid + "," + sessionKv(7));
        }
        if (inst.unregistered >= w.t0 && inst.unregistered < w.t1)
            emitter.add(inst.unregistered - 10 * kMs, "info", "route-emitter.watcher.handling-actual-delete",
                        kv("process-guid", app.processGuid) + "," + kvNum("index", inst.index) + "," +
                            kv("instance-guid", inst.guid) + "," + sessionKv(6));
    }
    // Periodic noise, silent while the VM is down; a restart logs the startup lines.
    for (TimeNs t = w.t0 + static_cast<TimeNs>(rng.below(60'000)) * kMs; t < w.t1; t += 60 * kSecond) {
        if (cell.down.contains(t))
            continue;
        rep.add(t, "info", "rep.auction-fetch-state.handling", sessionKv(9));
        rep.add(t + 2 * kMs, "info", "rep.auction-fetch-state.success", sessionKv(9));
        emitter.add(t + 7 * kSecond, "info", "route-emitter.sync.starting", sessionKv(10));
        emitter.add(t + 7 * kSecond + 35 * kMs, "info", "route-emitter.sync.complete", sessionKv(10));
    }
    if (cell.down.from < w.t1) {
        const TimeNs b = cell.down.to;
        garden.add(b + 2 * kSecond, "info", "guardian.starting", "");
        garden.add(b + 3 * kSecond, "info", "guardian.started", "");
        rep.add(b + 4 * kSecond, "info", "rep.starting", cellKv);
        rep.add(b + 4500 * kMs, "info", "rep.started", cellKv);
        emitter.add(b + 5 * kSecond, "info", "route-emitter.started", cellKv);
    }

    std::filesystem::create_directories(vmDir / "rep");
    std::filesystem::create_directories(vmDir / "garden");
    std::filesystem::create_directories(vmDir / "route_emitter");
    std::filesystem::create_directories(vmDir / "loggregator_agent");
    rep.write(vmDir / "rep" / "rep.stdout.log", logicalDir + "/rep/rep.stdout.log", files);
    writePlain(vmDir / "rep" / "rep.stderr.log", logicalDir + "/rep/rep.stderr.log", "", "unknown", files);
    garden.write(vmDir / "garden" / "garden.stdout.log", logicalDir + "/garden/garden.stdout.log", files);
    emitter.write(vmDir / "route_emitter" / "route_emitter.stdout.log",
                  logicalDir + "/route_emitter/route_emitter.stdout.log", files);
    writePlain(vmDir / "loggregator_agent" / "loggregator_agent.stdout.log",
               logicalDir + "/loggregator_agent/loggregator_agent.stdout.log",
               agentNoise(w, w.t0 - 2 * 86400 * kSecond), "unknown", files);
}

void writeRouterNoise(const World& w, int router, const std::filesystem::path& vmDir,
                      const std::string& logicalDir, FileList& files)
{
    const TimeNs boot = w.t0 - (2 * 86400 + 3600 + router * 300) * kSecond;
    std::filesystem::create_directories(vmDir / "gorouter");
    std::filesystem::create_directories(vmDir / "loggregator_agent");
    writePlain(
        vmDir / "gorouter" / "pre-start.stdout.log", logicalDir + "/gorouter/pre-start.stdout.log",
        "Setting kernel parameters for gorouter\nnet.ipv4.tcp_fin_timeout = 10\nnet.core.somaxconn = 1024\n",
        "unknown", files);
    if (w.era != Era::Pre2019) {
        LagerFile bpm(w, "bpm");
        const std::string data = "\"job\":\"gorouter\",\"process\":\"gorouter\",\"session\":\"1\"";
        bpm.add(boot, "info", "bpm.start.starting", data);
        bpm.add(boot + 20 * kMs, "info", "bpm.start.creating-job-prerequisites", data);
        bpm.add(boot + 180 * kMs, "info", "bpm.start.complete", data);
        bpm.write(vmDir / "gorouter" / "bpm.log", logicalDir + "/gorouter/bpm.log", files);
    }
    writePlain(vmDir / "loggregator_agent" / "loggregator_agent.stdout.log",
               logicalDir + "/loggregator_agent/loggregator_agent.stdout.log",
               agentNoise(w, boot + 30 * kSecond), "unknown", files);
    writePlain(vmDir / "loggregator_agent" / "loggregator_agent.stderr.log",
               logicalDir + "/loggregator_agent/loggregator_agent.stderr.log", "", "unknown", files);
}

} // namespace rs::gen
