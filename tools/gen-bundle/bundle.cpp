#include "bundle.h"

#include "archivewriter.h"
#include "celllogs.h"
#include "dumps.h"
#include "foundation.h"
#include "ids.h"
#include "lblogs.h"
#include "routersim.h"
#include "truth.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace rs::gen {

namespace fs = std::filesystem;

namespace {

std::string vmDate(TimeNs t)
{
    const Civil c = civilFromSeconds(t / kSecond);
    OutBuf b(32);
    b.putPadded(static_cast<std::uint32_t>(c.year), 4);
    for (int v : {c.month, c.day, c.hour, c.minute, c.second}) {
        b.put('-');
        b.putPadded(static_cast<std::uint32_t>(v), 2);
    }
    return std::string(b.view());
}

// `bosh logs` names its download DEP-YYYYMMDD-HHMMSS-nnnnnnnnn.tgz.
std::string tarballName(const World& w)
{
    const Civil c = civilFromSeconds(w.bundleTime / kSecond);
    OutBuf b(64);
    b.put(w.deployment);
    b.put('-');
    b.putPadded(static_cast<std::uint32_t>(c.year), 4);
    b.putPadded(static_cast<std::uint32_t>(c.month), 2);
    b.putPadded(static_cast<std::uint32_t>(c.day), 2);
    b.put('-');
    b.putPadded(static_cast<std::uint32_t>(c.hour), 2);
    b.putPadded(static_cast<std::uint32_t>(c.minute), 2);
    b.putPadded(static_cast<std::uint32_t>(c.second), 2);
    b.put('-');
    b.putPadded(static_cast<std::uint32_t>(splitmix64(w.options.seed) % 1'000'000'000), 9);
    b.put(".tgz");
    return std::string(b.view());
}

struct RouterJob {
    fs::path dir;
    std::string logicalDir;
};

void runRouters(const World& w, const std::vector<RouterJob>& jobs, FileList& files,
                std::vector<TruthPart>& parts, std::vector<RouterDump>& dumps)
{
    const Era era = w.era;
    const int rotate = w.options.rotate;
    std::vector<TimeNs> boundaries;
    for (int k = 1; k <= rotate; ++k)
        boundaries.push_back(w.t0 + (w.t1 - w.t0) * k / (rotate + 1));
    const bool gz = w.options.gzip;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t r = next++; r < jobs.size(); r = next++) {
            const RouterJob& job = jobs[r];
            fs::create_directories(job.dir);
            const std::string outName = era == Era::Pre2019 ? "gorouter.log" : "gorouter.stdout.log";
            const std::string errName = era == Era::Pre2019 ? "gorouter.err.log" : "gorouter.stderr.log";
            RotatingLog access(job.dir, job.logicalDir, "access.log", "access_log", boundaries, gz, files);
            RotatingLog out(job.dir, job.logicalDir, outName, "gorouter_log", boundaries, gz, files);
            RotatingLog err(job.dir, job.logicalDir, errName, "gorouter_stderr", {}, gz, files);
            RouterSim sim(w, static_cast<int>(r), {&access, &out, &err}, parts[r]);
            sim.run();
            access.finish();
            out.finish();
            err.finish();
            dumps[r] = sim.dump();
        }
    };
    const std::size_t threads =
        std::min<std::size_t>(jobs.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
}

void writeCaptures(const World& w, const fs::path& root, const std::vector<RouterDump>& dumps,
                   FileList& files)
{
    fs::create_directories(root / "routes");
    for (std::size_t r = 0; r < dumps.size(); ++r) {
        std::string json = routeDumpJson(w, dumps[r]);
        // Analysts usually pipe one of them through jq.
        if (r == 1 % dumps.size() && dumps.size() > 1)
            json = routeDumpPretty(json);
        const std::string name = "routes/router-" + w.routers[r].uuid + ".json";
        writeWholeFile(root / name, json);
        files.add({name, "route_dump", static_cast<std::uint64_t>(std::count(json.begin(), json.end(), '\n')),
                   json.size()});
    }
    const std::string lrps = actualLrpsNdjson(w);
    writeWholeFile(root / "cfdot-actual-lrps.json", lrps);
    files.add({"cfdot-actual-lrps.json", "actual_lrps",
               static_cast<std::uint64_t>(std::count(lrps.begin(), lrps.end(), '\n')), lrps.size()});
}

} // namespace

Summary generateBundle(const GenOptions& raw)
{
    const auto started = std::chrono::steady_clock::now();
    const GenOptions options = normalized(raw);
    const World w = buildWorld(options);
    const fs::path out = options.out;
    fs::create_directories(out);

    const Layout layout = options.layout;
    const bool packed = layout == Layout::Bosh || layout == Layout::Zip || options.sample;
    const fs::path staging = packed ? out / ".gen-bundle-staging" : out;
    if (packed)
        fs::remove_all(staging);
    const fs::path tree = packed ? staging / "tree" : out;
    const std::string date = vmDate(w.bundleTime - 12 * kSecond);

    FileList files;
    std::vector<TruthPart> parts(layout == Layout::Loose ? 1 : w.routers.size());
    std::vector<RouterDump> dumps(parts.size());
    std::vector<RouterJob> jobs;
    std::vector<std::string> vmDirs;
    for (std::size_t r = 0; r < parts.size(); ++r) {
        if (layout == Layout::Loose) {
            jobs.push_back({out, ""});
        } else {
            const std::string vm = "router." + w.routers[r].uuid + "." + date;
            vmDirs.push_back(vm);
            jobs.push_back({tree / vm / "gorouter", vm + "/gorouter"});
        }
    }
    runRouters(w, jobs, files, parts, dumps);

    TruthDoc doc;
    if (layout != Layout::Loose) {
        for (std::size_t r = 0; r < w.routers.size(); ++r)
            writeRouterNoise(w, static_cast<int>(r), tree / vmDirs[r], vmDirs[r], files);
        for (std::size_t c = 0; c < w.cells.size(); ++c) {
            const std::string vm = "diego-cell." + w.cells[c].uuid + "." + date;
            vmDirs.push_back(vm);
            writeCellLogs(w, static_cast<int>(c), tree / vm, vm, files);
        }
        const fs::path captures = packed ? staging / "captures" : out;
        writeCaptures(w, captures, dumps, files);
        if (options.lb != LbMode::None) {
            std::vector<LbEntry> entries;
            for (TruthPart& part : parts) {
                entries.insert(entries.end(), std::make_move_iterator(part.lb.begin()),
                               std::make_move_iterator(part.lb.end()));
                part.lb.clear();
            }
            Rng rng(options.seed, 0x2b);
            const std::string haproxyVm = "haproxy." + uuidV4(rng) + "." + date;
            if (options.lb != LbMode::Alb)
                vmDirs.push_back(haproxyVm);
            doc.lb = writeLbLogs(w, std::move(entries), tree, haproxyVm, captures, files);
        }
        if (options.appLogs) {
            std::vector<AppEntry> entries;
            for (TruthPart& part : parts) {
                entries.insert(entries.end(), std::make_move_iterator(part.apps.begin()),
                               std::make_move_iterator(part.apps.end()));
                part.apps.clear();
            }
            doc.apps = writeAppLogs(w, std::move(entries), captures, files);
        }
        findStaleAndDiffs(w, dumps, doc);

        if (packed) {
            const std::string tarball = tarballName(w);
            const fs::path vmArchives = staging / "vms";
            fs::create_directories(vmArchives);
            const fs::path boshTgz = (layout == Layout::Bosh && !options.sample ? out : staging) / tarball;
            {
                ArchiveWriter outer(boshTgz, ArchiveWriter::Format::TarGz, w.bundleTime);
                std::vector<std::string> sorted = vmDirs;
                std::sort(sorted.begin(), sorted.end());
                for (const std::string& vm : sorted) {
                    const fs::path inner = vmArchives / (vm + ".tgz");
                    {
                        ArchiveWriter vmTar(inner, ArchiveWriter::Format::TarGz, w.bundleTime);
                        vmTar.addDirectory("./");
                        vmTar.addTree(tree / vm, "./");
                        vmTar.close();
                    }
                    outer.addFile("./" + vm + ".tgz", inner);
                }
                outer.close();
            }
            if (options.sample || layout == Layout::Zip) {
                const bool zip = !options.sample;
                doc.bundle = zip ? w.deployment + "-support.zip" : "sample-incident.tgz";
                ArchiveWriter all(out / doc.bundle,
                                  zip ? ArchiveWriter::Format::Zip : ArchiveWriter::Format::TarGz,
                                  w.bundleTime);
                const std::string prefix = zip ? "" : "./";
                all.addFile(prefix + tarball, boshTgz);
                all.addTree(captures, prefix);
                all.close();
            } else {
                doc.bundle = tarball;
                for (const auto& e : fs::directory_iterator(captures))
                    fs::rename(e.path(), out / e.path().filename());
            }
            fs::remove_all(staging);
        } else {
            doc.bundle = ".";
        }
    } else {
        doc.bundle = ".";
    }
    doc.files = files.sorted();
    writeTruth(out / "truth.json", w, parts, doc);

    Summary s;
    for (const auto& e : fs::recursive_directory_iterator(out))
        if (e.is_regular_file()) {
            ++s.files;
            s.bytes += e.file_size();
        }
    s.logBytes = files.rawBytes();
    for (const TruthPart& p : parts)
        s.requests += p.requests;
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return s;
}

} // namespace rs::gen
