#include "truth.h"

#include "jsonwriter.h"
#include "logsink.h"

namespace rs::gen {

namespace {

// Compact objects, one per line, so a large truth file stays greppable.
template <typename Fn> void lineObject(OutBuf& out, Fn&& fill)
{
    JsonWriter j(out, JsonWriter::Style::Compact);
    j.beginObject();
    fill(j);
    j.endObject();
}

} // namespace

void writeTruth(const std::filesystem::path& path, const World& w, const std::vector<TruthPart>& parts,
                const TruthDoc& doc)
{
    OutBuf b(1 << 20);
    TimeText tt;
    std::uint64_t requests = 0;
    std::array<std::uint64_t, kClassCount> counts{};
    for (const TruthPart& p : parts) {
        requests += p.requests;
        for (int c = 0; c < kClassCount; ++c)
            counts[static_cast<std::size_t>(c)] += p.counts[static_cast<std::size_t>(c)];
    }
    b.put("{\n\"seed\":");
    b.putUint(w.options.seed);
    b.put(",\n\"era\":\"");
    b.put(eraId(w.era));
    b.put("\",\n\"layout\":\"");
    b.put(layoutId(w.options.layout));
    b.put("\",\n\"bundle\":");
    b.putJson(doc.bundle);
    b.put(",\n\"from\":\"");
    tt.iso9Z(b, w.t0);
    b.put("\",\n\"to\":\"");
    tt.iso9Z(b, w.t1);
    b.put("\",\n\"routers\":[");
    for (std::size_t r = 0; r < w.routers.size(); ++r) {
        b.put(r ? ",\n" : "\n");
        lineObject(b, [&](JsonWriter& j) {
            j.key("name");
            j.string("router/" + w.routers[r].uuid);
            j.key("index");
            j.number(static_cast<std::int64_t>(r));
            j.key("ip");
            j.string(ipText(w.routers[r].ip));
        });
    }
    b.put("],\n\"requests\":");
    b.putUint(requests);
    b.put(",\n\"classes\":{");
    for (int c = 0; c < kClassCount; ++c) {
        b.put(c ? ",\"" : "\"");
        b.put(classId(static_cast<Cls>(c)));
        b.put("\":");
        b.putUint(counts[static_cast<std::size_t>(c)]);
    }
    b.put("},\n\"requests_by_id\":{");
    bool first = true;
    for (const TruthPart& p : parts) {
        std::string_view rest = p.byId.view();
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            b.put(first ? "\n" : ",\n");
            first = false;
            b.put(rest.substr(0, nl));
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        }
    }
    b.put("},\n\"stale_endpoints\":[");
    for (std::size_t i = 0; i < doc.stale.size(); ++i) {
        const StaleEndpoint& s = doc.stale[i];
        b.put(i ? ",\n" : "\n");
        lineObject(b, [&](JsonWriter& j) {
            j.key("router");
            j.string(s.router);
            j.key("route");
            j.string(s.route);
            j.key("address");
            j.string(s.address);
            j.key("instance_id");
            j.string(s.instanceId);
            j.key("reason");
            j.string(s.reason);
            j.key("owner_instance_id");
            j.string(s.ownerInstanceId);
        });
    }
    b.put("],\n\"router_diffs\":[");
    for (std::size_t i = 0; i < doc.diffs.size(); ++i) {
        const RouterDiff& d = doc.diffs[i];
        b.put(i ? ",\n" : "\n");
        lineObject(b, [&](JsonWriter& j) {
            j.key("route");
            j.string(d.route);
            j.key("address");
            j.string(d.address);
            j.key("instance_id");
            j.string(d.instanceId);
            j.key("present_on");
            j.beginArray();
            for (const std::string& r : d.presentOn)
                j.string(r);
            j.endArray();
            j.key("absent_on");
            j.beginArray();
            for (const std::string& r : d.absentOn)
                j.string(r);
            j.endArray();
        });
    }
    b.put("],\n\"route_table\":[");
    bool firstRow = true;
    for (std::size_t r = 0; r < parts.size(); ++r)
        for (const TableTruthRow& row : parts[r].table) {
            b.put(firstRow ? "\n" : ",\n");
            firstRow = false;
            lineObject(b, [&](JsonWriter& j) {
                j.key("router");
                j.string("router/" + w.routers[r].uuid);
                j.key("at");
                OutBuf at(40);
                tt.iso9Z(at, row.at);
                j.string(at.view());
                j.key("route");
                j.string(w.routes[static_cast<std::size_t>(row.route)].uri);
                j.key("address");
                j.string(row.address);
                j.key("present");
                j.boolean(row.present);
                j.key("stale");
                j.string(row.stale);
                j.key("presence_known");
                j.boolean(row.presenceKnown);
                j.key("stale_known");
                j.boolean(row.staleKnown);
            });
        }
    b.put("],\n\"files\":[");
    for (std::size_t i = 0; i < doc.files.size(); ++i) {
        const FileRecord& f = doc.files[i];
        b.put(i ? ",\n" : "\n");
        lineObject(b, [&](JsonWriter& j) {
            j.key("path");
            j.string(f.path);
            j.key("kind");
            j.string(f.kind);
            j.key("lines");
            j.number(static_cast<std::int64_t>(f.lines));
            j.key("bytes");
            j.number(static_cast<std::int64_t>(f.bytes));
        });
    }
    b.put("],\n\"load_balancers\":[");
    for (std::size_t i = 0; i < doc.lb.size(); ++i) {
        const LbTruthFile& f = doc.lb[i];
        b.put(i ? ",\n{\"path\":" : "\n{\"path\":");
        b.putJson(f.path);
        b.put(",\"kind\":\"");
        b.put(f.kind);
        b.put("\",\"lines\":[");
        for (std::size_t k = 0; k < f.lines.size(); ++k) {
            const LbTruthLine& line = f.lines[k];
            b.put(k ? ",\n" : "\n");
            lineObject(b, [&](JsonWriter& j) {
                j.key("router");
                if (line.router >= 0)
                    j.string("router/" + w.routers[static_cast<std::size_t>(line.router)].uuid);
                else
                    j.string("");
                j.key("vcap_request_id");
                j.string(line.vcapRequestId);
                j.key("class");
                j.string(line.lbClass);
            });
        }
        b.put("]}");
    }
    b.put("],\n\"app_logs\":[");
    for (std::size_t i = 0; i < doc.apps.size(); ++i) {
        const AppTruthFile& f = doc.apps[i];
        b.put(i ? ",\n{\"path\":" : "\n{\"path\":");
        b.putJson(f.path);
        b.put(",\"app_id\":");
        b.putJson(f.appGuid);
        b.put(",\"lines\":[");
        for (std::size_t k = 0; k < f.lines.size(); ++k) {
            const AppTruthLine& line = f.lines[k];
            b.put(k ? ",\n" : "\n");
            lineObject(b, [&](JsonWriter& j) {
                j.key("vcap_request_id");
                j.string(line.vcapRequestId);
                j.key("exact");
                j.boolean(line.exact);
            });
        }
        b.put("]}");
    }
    b.put("]\n}\n");
    writeWholeFile(path, b.view());
}

} // namespace rs::gen
