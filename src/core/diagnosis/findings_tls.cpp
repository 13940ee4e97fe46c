// Findings about TLS to the backends: one per TLS failure class, and the clock-drift reading of
// expired or not-yet-valid certificates.
#include "core/diagnosis/explanations.h"
#include "core/diagnosis/findings_rules.h"

#include <array>
#include <unordered_map>

namespace rs::findings {

// One finding per TLS class, because each has its own cause and fix (the class explanation).
// Gorouter retries TLS failures on another endpoint: a request that recovered still shows the
// broken endpoint in its failed attempts, and counts as hidden by the retry.
void tlsFailures(Context& c)
{
    static constexpr std::array kTls{
        ErrorClass::TlsToNonTlsBackend, ErrorClass::HostnameMismatch,       ErrorClass::UntrustedCert,
        ErrorClass::RemoteRejectedCert, ErrorClass::RemoteHandshakeFailure, ErrorClass::HandshakeTimeout,
        ErrorClass::ExpiredCert};
    struct Found {
        Finding finding;
        std::vector<std::uint32_t> rows;
        std::set<std::string> backends;
        std::set<StringPool::Id> apps;
    };
    std::array<Found, kErrorClassCount> found;
    std::array<bool, kErrorClassCount> isTls{};
    for (ErrorClass cls : kTls)
        isTls[static_cast<std::size_t>(cls)] = true;
    // Attempt errors repeat: each text is classified once.
    std::unordered_map<StringPool::Id, ErrorClass> classOfError;
    const auto attemptClass = [&](StringPool::Id error) {
        auto [it, added] = classOfError.try_emplace(error, ErrorClass::Ok);
        if (added)
            it->second = classifyErrorText(c.str(error));
        return it->second;
    };

    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    for (std::size_t row = 0; row < r.size(); ++row) {
        const ErrorClass own = c.cls(row);
        if (isTls[static_cast<std::size_t>(own)]) {
            Found& into = found[static_cast<std::size_t>(own)];
            into.rows.push_back(static_cast<std::uint32_t>(row));
            if (r.backend[row] != 0)
                into.backends.emplace(c.str(r.backend[row]));
            if (r.appId[row] != 0)
                into.apps.insert(r.appId[row]);
            continue;
        }
        if (own != ErrorClass::Recovered)
            continue;
        std::array<bool, kErrorClassCount> hit{};
        c.forAttempts(row, [&](std::uint32_t ev) {
            const ErrorClass cls = attemptClass(e.error[ev]);
            if (!isTls[static_cast<std::size_t>(cls)])
                return;
            Found& into = found[static_cast<std::size_t>(cls)];
            hit[static_cast<std::size_t>(cls)] = true;
            cappedPush(into.finding.evidence.events, ev);
            if (e.endpoint[ev] != 0)
                into.backends.emplace(c.str(e.endpoint[ev]));
        });
        for (ErrorClass cls : kTls) {
            if (!hit[static_cast<std::size_t>(cls)])
                continue;
            Found& into = found[static_cast<std::size_t>(cls)];
            into.rows.push_back(static_cast<std::uint32_t>(row));
            if (r.appId[row] != 0)
                into.apps.insert(r.appId[row]);
        }
    }

    for (ErrorClass cls : kTls) {
        Found& into = found[static_cast<std::size_t>(cls)];
        if (into.rows.empty())
            continue;
        Finding& f = into.finding;
        std::set<std::string> apps;
        for (const StringPool::Id app : into.apps)
            apps.insert(c.apps.appLabel(c.str(app)));
        const std::set<std::string>& backends = into.backends;
        f.id = std::string(findingKindId(FindingKind::TlsFailures)) + ":" + std::string(errorClassId(cls));
        f.kind = FindingKind::TlsFailures;
        f.severity = Severity::Warning;
        setRequests(c, f, std::move(into.rows));
        f.title =
            FindingText::tr("%1 on %n backend(s) for %2: %3", nullptr, static_cast<int>(backends.size()))
                .arg(q(errorClassId(cls)), apps.empty() ? FindingText::tr("unknown apps") : joined(apps, 3),
                     countPhrase(f));
        finish(c, f);
        f.explanation = FindingText::tr("%1 It started at %2 UTC. Backends: %3. Apps: %4.")
                            .arg(classExplanation(cls), clock(f.from), joined(backends, 3), joined(apps)) +
                        f.explanation;
        c.out.push_back(std::move(f));
    }
}

namespace {

std::string_view hostOf(std::string_view address)
{
    const std::size_t colon = address.rfind(':');
    return colon == std::string_view::npos ? address : address.substr(0, colon);
}

} // namespace

// Expired or not-yet-valid certificates on a few cells are often the cells' clocks, not the
// certificates: name the cells so that their NTP can be checked.
void clockDrift(Context& c)
{
    std::unordered_map<std::string, std::string> cellByIp;
    for (const auto& snap : c.incident.tables.lrpSnapshots)
        for (const auto& row : snap.rows)
            if (!row.address.empty() && !row.cellId.empty())
                cellByIp.emplace(row.address, row.cellId);
    const RequestTable& r = c.requests();
    Finding f;
    std::vector<std::uint32_t> rows;
    std::set<std::string> backends, cells, apps;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (c.cls(row) != ErrorClass::ExpiredCert)
            continue;
        rows.push_back(static_cast<std::uint32_t>(row));
        if (r.appId[row] != 0)
            apps.insert(c.apps.appLabel(c.str(r.appId[row])));
        const std::string_view backend = c.str(r.backend[row]);
        if (backend.empty())
            continue;
        backends.emplace(backend);
        auto it = cellByIp.find(std::string(hostOf(backend)));
        cells.insert(it != cellByIp.end() ? it->second : std::string(hostOf(backend)));
    }
    if (rows.empty())
        return;
    f.id = std::string(findingKindId(FindingKind::CertificateClockDrift));
    f.kind = FindingKind::CertificateClockDrift;
    f.severity = Severity::Warning;
    setRequests(c, f, std::move(rows));
    f.title = FindingText::tr("Expired or not-yet-valid certificates on %n cell(s): %1", nullptr,
                              static_cast<int>(cells.size()))
                  .arg(countPhrase(f));
    finish(c, f);
    f.explanation =
        FindingText::tr("Instance certificates are short-lived and renewed by the cell. When only "
                        "some cells present expired or not-yet-valid certificates, their clocks "
                        "have probably drifted: check NTP on cells %1 before the certificates. "
                        "It started at %2 UTC. Apps: %3. Backends: %4.")
            .arg(joined(cells), clock(f.from), joined(apps), joined(backends, 3)) +
        f.explanation;
    c.out.push_back(std::move(f));
}

} // namespace rs::findings
