// The byte-encoded sections of a saved incident, decoded and checked (incidentfilesections.h).
#include "core/cache/cachedtext.h"
#include "core/cache/incidentfilebytes.h"
#include "core/cache/incidentfileformat.h"
#include "core/cache/incidentfilesections.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <utility>

namespace rs::cache::detail {
namespace {

SkipExample decodeExample(Decoder& d)
{
    SkipExample example;
    example.line = d.u64();
    example.text = d.str();
    return example;
}

void decodeVariants(Decoder& d, std::vector<VariantEntry>& list)
{
    list.resize(d.count(24));
    for (auto& entry : list) {
        entry.id = d.str();
        entry.count = d.u64();
        entry.example = decodeExample(d);
    }
}

FileStamp decodeStamp(Decoder& d)
{
    FileStamp s;
    s.size = d.u64();
    s.mtimeNs = d.i64();
    s.inode = d.u64();
    s.device = d.u64();
    return s;
}

} // namespace

bool decodeInfo(std::string_view bytes, IncidentFileInfo& info, TimeNs* begin, TimeNs* end)
{
    Decoder d(bytes);
    info.key = d.str();
    info.inputs = d.strs();
    info.createdNs = d.i64();
    info.requests = d.u64();
    info.events = d.u64();
    info.textBytes = d.u64();
    const TimeNs b = d.i64();
    const TimeNs e = d.i64();
    info.caseJson = d.str();
    if (begin != nullptr)
        *begin = b;
    if (end != nullptr)
        *end = e;
    return d.ok() && d.atEnd();
}

bool decodeReport(std::string_view bytes, ImportReport& report)
{
    Decoder d(bytes);
    report.inputs = d.strs();
    report.files.resize(d.count(64));
    for (FileReport& f : report.files) {
        f.path = d.str();
        f.kind = d.e<FileKind>();
        f.identity = d.str();
        f.logicalLog = d.str();
        const std::int64_t generation = d.i64();
        if (generation < std::numeric_limits<int>::min() || generation > std::numeric_limits<int>::max())
            d.fail();
        f.generation = static_cast<int>(generation);
        f.bytes = d.u64();
        f.storedBytes = d.u64();
        f.lines = d.u64();
        f.records = d.u64();
        f.skipped.resize(d.count(18));
        for (SkipGroup& g : f.skipped) {
            g.reason = d.e<SkipReason>();
            g.otherKind = d.e<FileKind>();
            g.count = d.u64();
            g.examples.resize(d.count(16));
            for (auto& example : g.examples)
                example = decodeExample(d);
        }
        f.foreignLines = d.u64();
        f.foreignExample = decodeExample(d);
        f.ignored = d.e<IgnoreReason>();
        f.ignoredDetail = d.str();
        f.wasGzip = d.flag();
        f.truncated = d.flag();
        f.first = d.i64();
        f.last = d.i64();
        f.seconds = d.f64();
        decodeVariants(d, f.variant.eras);
        decodeVariants(d, f.variant.wrappers);
        decodeVariants(d, f.variant.prefixes);
        decodeVariants(d, f.variant.fields);
        if (!d.ok())
            return false;
    }
    report.problems.resize(d.count(17));
    for (BundleProblem& p : report.problems) {
        p.path = d.str();
        p.issue = d.e<BundleIssue>();
        p.detail = d.str();
    }
    report.bytes = d.u64();
    report.lines = d.u64();
    report.seconds = d.f64();
    report.cancelled = d.flag();
    return d.ok() && d.atEnd();
}

bool decodeIdentities(std::string_view bytes, RecordTables& tables)
{
    Decoder d(bytes);
    const std::size_t count = d.count(25);
    for (std::size_t i = 0; i < count && d.ok(); ++i) {
        IdentityInfo info;
        info.display = d.str();
        info.group = d.str();
        info.id = d.str();
        info.role = d.e<IdentityRole>();
        // Display names are unique: a repeated one is not a file this build wrote.
        if (d.ok() && tables.identityIndex(info) != i)
            return false;
    }
    return d.ok() && d.atEnd();
}

bool decodeSnapshots(std::string_view bytes, RecordTables& t, std::size_t files)
{
    Decoder d(bytes);
    t.routeSnapshots.resize(d.count(24));
    for (RouteSnapshot& s : t.routeSnapshots) {
        s.identity = d.u32();
        s.file = d.u32();
        s.takenAt = d.i64();
        if (s.identity >= t.identities.size() || s.file >= files)
            return false;
        s.rows.resize(d.count(17 * 8 + 10));
        for (RouteEndpointRow& r : s.rows) {
            for (std::string* text :
                 {&r.route, &r.address, &r.availabilityZone, &r.protocol, &r.routeServiceUrl,
                  &r.isolationSegment, &r.privateInstanceId, &r.serverCertDomainSan,
                  &r.loadBalancingAlgorithm, &r.tagAppId, &r.tagAppName, &r.tagProcessInstanceId,
                  &r.tagInstanceIndex, &r.tagComponent, &r.tagProcessType, &r.tagSpaceName, &r.tagOrgName})
                *text = d.str();
            r.tls = d.e<Tri>();
            const std::int64_t ttl = d.i64();
            if (ttl < std::numeric_limits<int>::min() || ttl > std::numeric_limits<int>::max())
                return false;
            r.ttl = static_cast<int>(ttl);
            r.hasTags = d.flag();
        }
        if (!d.ok())
            return false;
    }
    t.lrpSnapshots.resize(d.count(20));
    for (LrpSnapshot& s : t.lrpSnapshots) {
        s.file = d.u32();
        s.takenAt = d.i64();
        if (s.file >= files)
            return false;
        s.rows.resize(d.count(12 * 8 + 34));
        for (LrpRow& r : s.rows) {
            for (std::string* text : {&r.processGuid, &r.domain, &r.instanceGuid, &r.cellId, &r.address,
                                      &r.instanceAddress, &r.preferredAddress, &r.state, &r.presence,
                                      &r.crashReason, &r.placementError, &r.availabilityZone})
                *text = d.str();
            const std::int64_t index = d.i64();
            const std::int64_t crashCount = d.i64();
            if (index < std::numeric_limits<int>::min() || index > std::numeric_limits<int>::max() ||
                crashCount < std::numeric_limits<int>::min() || crashCount > std::numeric_limits<int>::max())
                return false;
            r.index = static_cast<int>(index);
            r.crashCount = static_cast<int>(crashCount);
            r.since = d.i64();
            r.ports.resize(d.count(16));
            for (LrpPort& p : r.ports) {
                p.containerPort = d.u32();
                p.hostPort = d.u32();
                p.containerTlsProxyPort = d.u32();
                p.hostTlsProxyPort = d.u32();
            }
            r.routable = d.e<Tri>();
            r.evacuating = d.flag();
        }
        if (!d.ok())
            return false;
    }
    return d.ok() && d.atEnd();
}

bool decodeTexts(std::string_view bytes, Incident& incident)
{
    Decoder d(bytes);
    std::vector<std::string> inputs = d.strs();
    const auto members = std::make_shared<BundleMembers>(std::move(inputs), BundleLimits{});
    const std::size_t count = d.count(1);
    if (!d.ok() || count != incident.report.files.size())
        return false;
    incident.fileText.resize(count);
    for (std::size_t i = 0; i < count && d.ok(); ++i) {
        const auto kind = static_cast<TextKind>(d.u8());
        switch (kind) {
        case TextKind::None:
            break;
        case TextKind::Plain: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const FileStamp stamp = decodeStamp(d);
            incident.fileText[i] = std::make_shared<PlainFileText>(std::move(path), size, stamp);
            break;
        }
        case TextKind::Gzip: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const FileStamp stamp = decodeStamp(d);
            incident.fileText[i] = std::make_shared<LazyGzipText>(std::move(path), size, stamp);
            break;
        }
        case TextKind::Member: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const std::uint64_t sum = d.u64();
            members->want(path);
            incident.fileText[i] = std::make_shared<MemberText>(members, std::move(path), size, sum);
            break;
        }
        case TextKind::Detached: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            incident.fileText[i] = std::make_shared<DetachedText>(std::move(path), size);
            break;
        }
        default:
            return false;
        }
    }
    return d.ok() && d.atEnd();
}

} // namespace rs::cache::detail
