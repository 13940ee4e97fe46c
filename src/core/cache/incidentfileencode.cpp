// The byte-encoded sections of a saved incident, encoded (incidentfilesections.h).
#include "core/cache/cachedtext.h"
#include "core/cache/incidentfilebytes.h"
#include "core/cache/incidentfilesections.h"
#include "core/import/contenthash.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"

#include <filesystem>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

namespace rs::cache::detail {
namespace {

void encodeExample(Encoder& e, const SkipExample& example)
{
    e.u64(example.line);
    e.str(example.text);
}

void encodeVariants(Encoder& e, const std::vector<VariantEntry>& list)
{
    e.u64(list.size());
    for (const auto& entry : list) {
        e.str(entry.id);
        e.u64(entry.count);
        encodeExample(e, entry.example);
    }
}

void encodeStamp(Encoder& e, const FileStamp& s)
{
    e.u64(s.size);
    e.i64(s.mtimeNs);
    e.u64(s.inode);
    e.u64(s.device);
}

} // namespace

std::string encodeInfo(const IncidentFileInfo& info, const Incident& incident)
{
    Encoder e;
    e.str(info.key);
    e.strs(info.inputs);
    e.i64(info.createdNs);
    e.u64(info.requests);
    e.u64(info.events);
    e.u64(info.textBytes);
    e.i64(incident.begin);
    e.i64(incident.end);
    e.str(info.caseJson);

    return std::move(e.bytes);
}

std::string encodeReport(const ImportReport& report)
{
    Encoder e;
    e.strs(report.inputs);
    e.u64(report.files.size());
    for (const FileReport& f : report.files) {
        e.str(f.path);
        e.e(f.kind);
        e.str(f.identity);
        e.str(f.logicalLog);
        e.i64(f.generation);
        e.u64(f.bytes);
        e.u64(f.storedBytes);
        e.u64(f.lines);
        e.u64(f.records);
        e.u64(f.skipped.size());
        for (const SkipGroup& g : f.skipped) {
            e.e(g.reason);
            e.e(g.otherKind);
            e.u64(g.count);
            e.u64(g.examples.size());
            for (const auto& example : g.examples)
                encodeExample(e, example);
        }
        e.u64(f.foreignLines);
        encodeExample(e, f.foreignExample);
        e.e(f.ignored);
        e.str(f.ignoredDetail);
        e.flag(f.wasGzip);
        e.flag(f.truncated);
        e.i64(f.first);
        e.i64(f.last);
        e.f64(f.seconds);
        encodeVariants(e, f.variant.eras);
        encodeVariants(e, f.variant.wrappers);
        encodeVariants(e, f.variant.prefixes);
        encodeVariants(e, f.variant.fields);
    }
    e.u64(report.problems.size());
    for (const BundleProblem& p : report.problems) {
        e.str(p.path);
        e.e(p.issue);
        e.str(p.detail);
    }
    e.u64(report.bytes);
    e.u64(report.lines);
    e.f64(report.seconds);
    e.flag(report.cancelled);

    return std::move(e.bytes);
}

std::string encodeIdentities(const std::vector<IdentityInfo>& identities)
{
    Encoder e;
    e.u64(identities.size());
    for (const IdentityInfo& i : identities) {
        e.str(i.display);
        e.str(i.group);
        e.str(i.id);
        e.e(i.role);
    }

    return std::move(e.bytes);
}

std::string encodeSnapshots(const RecordTables& t)
{
    Encoder e;
    e.u64(t.routeSnapshots.size());
    for (const RouteSnapshot& s : t.routeSnapshots) {
        e.u32(s.identity);
        e.u32(s.file);
        e.i64(s.takenAt);
        e.u64(s.rows.size());
        for (const RouteEndpointRow& r : s.rows) {
            for (const std::string* text :
                 {&r.route, &r.address, &r.availabilityZone, &r.protocol, &r.routeServiceUrl,
                  &r.isolationSegment, &r.privateInstanceId, &r.serverCertDomainSan,
                  &r.loadBalancingAlgorithm, &r.tagAppId, &r.tagAppName, &r.tagProcessInstanceId,
                  &r.tagInstanceIndex, &r.tagComponent, &r.tagProcessType, &r.tagSpaceName, &r.tagOrgName})
                e.str(*text);
            e.e(r.tls);
            e.i64(r.ttl);
            e.flag(r.hasTags);
        }
    }
    e.u64(t.lrpSnapshots.size());
    for (const LrpSnapshot& s : t.lrpSnapshots) {
        e.u32(s.file);
        e.i64(s.takenAt);
        e.u64(s.rows.size());
        for (const LrpRow& r : s.rows) {
            for (const std::string* text : {&r.processGuid, &r.domain, &r.instanceGuid, &r.cellId, &r.address,
                                            &r.instanceAddress, &r.preferredAddress, &r.state, &r.presence,
                                            &r.crashReason, &r.placementError, &r.availabilityZone})
                e.str(*text);
            e.i64(r.index);
            e.i64(r.crashCount);
            e.i64(r.since);
            e.u64(r.ports.size());
            for (const LrpPort& p : r.ports) {
                e.u32(p.containerPort);
                e.u32(p.hostPort);
                e.u32(p.containerTlsProxyPort);
                e.u32(p.hostTlsProxyPort);
            }
            e.e(r.routable);
            e.flag(r.evacuating);
        }
    }

    return std::move(e.bytes);
}

std::string encodeTexts(const Incident& incident)
{
    Encoder e;
    // The inputs, absolute, to read archive members again from (BundleMembers).
    e.u64(incident.report.inputs.size());
    for (const std::string& input : incident.report.inputs) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(input, ec);
        e.str(ec ? input : absolute.string());
    }
    e.u64(incident.fileText.size());
    for (std::size_t i = 0; i < incident.fileText.size(); ++i) {
        const RawText* text = incident.fileText[i].get();
        if (text == nullptr) {
            e.e(TextKind::None);
            continue;
        }
        if (const auto* plain = dynamic_cast<const PlainFileText*>(text)) {
            e.e(TextKind::Plain);
            e.str(plain->path());
            e.u64(plain->size());
            encodeStamp(e, plain->stamp());
        } else if (const auto* gzip = dynamic_cast<const GzipFileText*>(text)) {
            e.e(TextKind::Gzip);
            e.str(gzip->path());
            e.u64(gzip->size());
            encodeStamp(e, gzip->index().stamp);
        } else if (const auto* lazy = dynamic_cast<const LazyGzipText*>(text)) {
            e.e(TextKind::Gzip);
            e.str(lazy->path());
            e.u64(lazy->size());
            encodeStamp(e, lazy->stamp());
        } else if (const auto* member = dynamic_cast<const MemberText*>(text)) {
            e.e(TextKind::Member);
            e.str(member->path());
            e.u64(member->size());
            e.u64(member->hash());
        } else if (const auto* layered = dynamic_cast<const LayeredText*>(text);
                   layered != nullptr && layered->contentHash() != 0 && i < incident.report.files.size()) {
            // Read again from the bundle like a resident member (its checkpoints are not saved: a
            // decoder state from a file is not to be trusted).
            e.e(TextKind::Member);
            e.str(incident.report.files[i].path);
            e.u64(layered->size());
            e.u64(layered->contentHash());
        } else if (const SharedBytes* bytes = text->resident();
                   bytes != nullptr && i < incident.report.files.size()) {
            const std::string_view view = (*bytes)->view();
            e.e(TextKind::Member);
            e.str(incident.report.files[i].path);
            e.u64(view.size());
            e.u64(contentHash(view));
        } else {
            e.e(TextKind::Detached);
            e.str(i < incident.report.files.size() ? incident.report.files[i].path : std::string());
            e.u64(text->size());
        }
    }

    return std::move(e.bytes);
}

} // namespace rs::cache::detail
