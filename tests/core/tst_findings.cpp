// Findings (DESIGN.md §6) on a bundle from tools/gen-bundle, whose scenario holds every fault
// a finding is about, and on a quiet hand-made incident that must produce none. The counting
// and ranking rules (count equals what selecting shows, client impact first, certain apart from
// likely) are checked on every finding of five generated bundles in tst_findingcounts.
#include "core/diagnosis/findings.h"
#include "core/diagnosis/staleroutes.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace rs;

namespace {

std::shared_ptr<Incident> generated(QTemporaryDir& dir, const QStringList& extra = {})
{
    const QStringList args{QStringLiteral("--minutes"), QStringLiteral("10"), QStringLiteral("--rps"),
                           QStringLiteral("6")};
    if (test::generateBundle(dir.path(), args + extra).isEmpty())
        return {};
    return Importer().importPaths({dir.path().toStdString()});
}

std::vector<const Finding*> ofKind(const std::vector<Finding>& findings, FindingKind kind)
{
    std::vector<const Finding*> out;
    for (const auto& f : findings)
        if (f.kind == kind)
            out.push_back(&f);
    return out;
}

} // namespace

class TestFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void expectedKinds();
    void wellFormed();
    void evidenceClasses();
    void deterministic();
    void quietIncidentHasNoFindings();
    void concentratedOnOneBackend();
    void spreadOverApps();
    void ids();
    void otherBundles_data();
    void otherBundles();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Incident> m_incident;
    Diagnosis m_diagnosis;
    std::vector<Finding> m_findings;
};

void TestFindings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_incident = generated(m_dir);
    QVERIFY2(m_incident, "gen-bundle failed");
    QVERIFY(m_incident->tables.requests.size() > 1000);
    m_diagnosis = diagnose(*m_incident);
    m_findings = computeFindings(*m_incident, m_diagnosis);
    for (const auto& f : m_findings)
        qInfo("%s [%s] count=%llu %s", f.id.c_str(), severityId(f.severity).data(),
              static_cast<unsigned long long>(f.count), qPrintable(f.title));
}

void TestFindings::expectedKinds()
{
    for (FindingKind kind :
         {FindingKind::StaleRoutes, FindingKind::TlsFailures, FindingKind::CertificateClockDrift,
          FindingKind::KeepAliveRace, FindingKind::UnknownRouteBurst, FindingKind::NoEndpointsBurst,
          FindingKind::ClientCancellations, FindingKind::ContainerCrashes, FindingKind::ChangePoint}) {
        QVERIFY2(!ofKind(m_findings, kind).empty(), findingKindId(kind).data());
    }
    // Concentrated (the app) and spread (the platform) are two readings of the failures; a
    // bundle with faults in every app gives at least the latter.
    QVERIFY(!ofKind(m_findings, FindingKind::FailuresSpread).empty());

    // Every stale endpoint of the dumps is in exactly one stale finding, certain or likely.
    const auto staleEndpoints = findStaleEndpoints(*m_incident);
    std::size_t routeRows = 0;
    for (FindingKind kind : {FindingKind::StaleRoutes, FindingKind::StaleRoutesLikely})
        for (const Finding* f : ofKind(m_findings, kind))
            routeRows += f->evidence.routeRows.size();
    QCOMPARE(routeRows, staleEndpoints.size());

    const auto bursts = ofKind(m_findings, FindingKind::UnknownRouteBurst);
    for (const Finding* f : bursts) {
        QVERIFY(f->count >= 10);
        QCOMPARE(f->evidence.requests.size(), f->count);
    }
    // A burst names the removal it followed, at most five minutes before it started.
    for (FindingKind kind : {FindingKind::UnknownRouteBurst, FindingKind::NoEndpointsBurst}) {
        for (const Finding* f : ofKind(m_findings, kind)) {
            QVERIFY(f->evidence.events.size() <= 1);
            for (std::uint32_t ev : f->evidence.events) {
                const TimeNs t = m_incident->tables.events.time[ev];
                QVERIFY(t <= f->from && f->from - t <= 5LL * 60 * 1'000'000'000);
            }
        }
    }
    // The generator's burst follows an unregister: the finding names it.
    QVERIFY(std::any_of(bursts.begin(), bursts.end(),
                        [](const Finding* f) { return !f->evidence.events.empty(); }));

    const auto crashes = ofKind(m_findings, FindingKind::ContainerCrashes);
    for (const Finding* f : crashes) {
        QVERIFY(!f->evidence.containerEvents.empty());
        QVERIFY(f->count > 0);
    }
}

void TestFindings::wellFormed()
{
    const TimeNs slack = 3LL * 60 * 1'000'000'000;
    for (const auto& f : m_findings) {
        QVERIFY2(!f.title.isEmpty() && !f.explanation.isEmpty(), f.id.c_str());
        QVERIFY2(!f.title.contains(QLatin1Char('\n')), f.id.c_str());
        QVERIFY2(f.count > 0, f.id.c_str());
        QVERIFY2(f.id.starts_with(findingKindId(f.kind)), f.id.c_str());
        if (f.from != kNoTime) {
            QVERIFY2(f.to != kNoTime && f.from <= f.to, f.id.c_str());
            QVERIFY2(f.from >= m_incident->begin - slack && f.to <= m_incident->end + slack, f.id.c_str());
        }
        for (auto* list : {&f.evidence.requests, &f.evidence.events, &f.evidence.containerEvents})
            QVERIFY(list->size() <= kMaxFindingEvidence);
        for (std::uint32_t row : f.evidence.requests) {
            QVERIFY(row < m_incident->tables.requests.size());
            if (f.from != kNoTime && f.kind != FindingKind::ContainerCrashes) {
                const TimeNs t = m_incident->tables.requests.start[row];
                QVERIFY2(t >= f.from && t <= f.to, f.id.c_str());
            }
        }
        for (std::uint32_t row : f.evidence.events)
            QVERIFY(row < m_incident->tables.events.size());
        for (std::uint32_t row : f.evidence.containerEvents)
            QVERIFY(row < m_incident->tables.containers.size());
        for (const auto& [snap, row] : f.evidence.routeRows) {
            QVERIFY(snap < m_incident->tables.routeSnapshots.size());
            QVERIFY(row < m_incident->tables.routeSnapshots[snap].rows.size());
        }
    }
    // Client failures first, then failures a retry hid, then the rest.
    for (std::size_t i = 1; i < m_findings.size(); ++i)
        QVERIFY(m_findings[i - 1].impact <= m_findings[i].impact);
}

void TestFindings::evidenceClasses()
{
    const std::set<ErrorClass> tls{
        ErrorClass::TlsToNonTlsBackend, ErrorClass::HostnameMismatch,       ErrorClass::UntrustedCert,
        ErrorClass::RemoteRejectedCert, ErrorClass::RemoteHandshakeFailure, ErrorClass::HandshakeTimeout,
        ErrorClass::ExpiredCert};
    for (const auto& f : m_findings) {
        for (std::uint32_t row : f.evidence.requests) {
            const ErrorClass cls = m_diagnosis.errorClass[row];
            switch (f.kind) {
            case FindingKind::StaleRoutes:
            case FindingKind::StaleRoutesLikely:
                // Requests that tried the stale address and did not simply succeed there.
                QVERIFY(cls != ErrorClass::Ok);
                break;
            case FindingKind::TlsFailures:
                QVERIFY(cls == ErrorClass::Recovered ||
                        (tls.count(cls) && f.id.ends_with(errorClassId(cls))));
                break;
            case FindingKind::CertificateClockDrift:
                QCOMPARE(cls, ErrorClass::ExpiredCert);
                break;
            case FindingKind::KeepAliveRace:
                QVERIFY(cls == ErrorClass::BackendEof || cls == ErrorClass::ConnectionReset);
                break;
            case FindingKind::UnknownRouteBurst:
                QCOMPARE(cls, ErrorClass::UnknownRoute);
                break;
            case FindingKind::NoEndpointsBurst:
                QCOMPARE(cls, ErrorClass::NoEndpoints);
                break;
            case FindingKind::ClientCancellations:
                QVERIFY(cls == ErrorClass::ClientCancelled || m_incident->tables.requests.status[row] == 499);
                break;
            case FindingKind::ContainerCrashes:
                // Failed, or recovered after a failed attempt at the crashed instance.
                QVERIFY(cls != ErrorClass::Ok && cls != ErrorClass::AppResponse);
                break;
            default:
                QVERIFY2(cls > ErrorClass::AppResponse, f.id.c_str());
            }
        }
    }
}

void TestFindings::deterministic()
{
    const Diagnosis again = diagnose(*m_incident);
    QVERIFY(computeFindings(*m_incident, again) == m_findings);
}

void TestFindings::ids()
{
    std::set<std::string> seen;
    for (const auto& f : m_findings)
        QVERIFY2(seen.insert(f.id).second, f.id.c_str());
    QCOMPARE(severityId(Severity::Critical), std::string_view("critical"));
    QCOMPARE(findingKindId(FindingKind::ChangePoint), std::string_view("change_point"));
    QCOMPARE(findingKindId(FindingKind::FailuresConcentrated), std::string_view("failures_concentrated"));
    QCOMPARE(findingKindId(FindingKind::StaleRoutes), std::string_view("stale_routes"));
    QCOMPARE(findingKindId(FindingKind::StaleRoutesLikely), std::string_view("stale_routes_likely"));
    QCOMPARE(impactId(Impact::ClientFailures), std::string_view("client_failures"));
    QCOMPARE(impactId(Impact::HiddenByRetry), std::string_view("hidden_by_retry"));
    QCOMPARE(impactId(Impact::Other), std::string_view("other"));
}

namespace {

// A hand-made incident: `count` requests spread over apps app-0…app-3 with two backends each;
// `fail(i)` decides which become 502 dial failures.
constexpr TimeNs kMinuteAligned = 1'789'999'980'000'000'000;

template <typename Fail> Incident crafted(int count, Fail fail)
{
    Incident incident;
    incident.tables.identityIndex({"router/0", "router", "0", IdentityRole::Unknown});
    auto s = [&](std::string_view text) { return incident.tables.strings.intern(text); };
    RequestTable& r = incident.tables.requests;
    const TimeNs t0 = kMinuteAligned;
    for (int i = 0; i < count; ++i) {
        const int backend = i % 8;
        const bool failed = fail(i);
        const std::string address = "10.0.16." + std::to_string(backend) + ":61012";
        r.start.push_back(t0 + i * 250'000'000LL); // 4 per second
        r.responseTime.push_back(5'000'000 + (i % 7) * 100'000);
        r.gorouterTimeUs.push_back(-1);
        r.status.push_back(failed ? 502 : 200);
        r.identity.push_back(0);
        r.host.push_back(s("app-" + std::to_string(backend / 2) + ".example.com"));
        r.method.push_back(s("GET"));
        r.backend.push_back(s(address));
        r.appId.push_back(s("app-" + std::to_string(backend / 2)));
        r.appIndex.push_back(s(std::to_string(backend % 2)));
        r.instanceId.push_back(0);
        r.routerError.push_back(
            failed ? s("endpoint_failure (dial tcp " + address + ": connect: connection refused)") : 0);
        r.requestId.push_back(RequestId{});
        r.failedAttempts.push_back(failed ? 3 : 0);
        r.source.push(0, 0);
    }
    incident.computeSpan();
    return incident;
}

} // namespace

void TestFindings::quietIncidentHasNoFindings()
{
    const Incident incident = crafted(30, [](int) { return false; });
    const Diagnosis diagnosis = diagnose(incident);
    const auto findings = computeFindings(incident, diagnosis);
    for (const auto& f : findings)
        qWarning("unexpected: %s", f.id.c_str());
    QVERIFY(findings.empty());
}

void TestFindings::concentratedOnOneBackend()
{
    // Every request of backend 3 (app-1, instance 1) fails from the third minute on.
    const Incident incident = crafted(1600, [](int i) { return i % 8 == 3 && i >= 480; });
    const Diagnosis diagnosis = diagnose(incident);
    const auto findings = computeFindings(incident, diagnosis);
    const auto concentrated = ofKind(findings, FindingKind::FailuresConcentrated);
    QCOMPARE(concentrated.size(), std::size_t{1});
    QCOMPARE(concentrated.front()->id, std::string("failures_concentrated:10.0.16.3:61012"));
    QCOMPARE(concentrated.front()->count, std::uint64_t{140});
    // Every one failed for its client, and the title says so.
    QCOMPARE(concentrated.front()->impact, Impact::ClientFailures);
    QCOMPARE(concentrated.front()->counts.clientFailures, std::uint64_t{140});
    QCOMPARE(concentrated.front()->counts.recovered, std::uint64_t{0});
    QVERIFY2(concentrated.front()->title.contains(QStringLiteral("140 request(s) failed for clients")),
             qPrintable(concentrated.front()->title));
    for (std::uint32_t row : concentrated.front()->evidence.requests)
        QCOMPARE(diagnosis.errorClass[row], ErrorClass::Dial);
    QVERIFY(ofKind(findings, FindingKind::FailuresSpread).empty()); // one app of four
    // The failures start with the third minute: the change point is that minute.
    const auto change = ofKind(findings, FindingKind::ChangePoint);
    QCOMPARE(change.size(), std::size_t{1});
    QCOMPARE(change.front()->from, kMinuteAligned + 120'000'000'000LL);
    QCOMPARE(change.front()->count, std::uint64_t{30});
}

void TestFindings::spreadOverApps()
{
    // Every app fails a little: the platform, not one app.
    const Incident incident = crafted(1600, [](int i) { return i % 10 == 0; });
    const Diagnosis diagnosis = diagnose(incident);
    const auto findings = computeFindings(incident, diagnosis);
    QCOMPARE(ofKind(findings, FindingKind::FailuresSpread).size(), std::size_t{1});
    QVERIFY(ofKind(findings, FindingKind::FailuresConcentrated).empty());
}

void TestFindings::otherBundles_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("apps");
    QTest::newRow("no error text") << "no-error-text"
                                   << "1"
                                   << "8";
    QTest::newRow("pre-2019") << "pre-2019"
                              << "1"
                              << "8";
    QTest::newRow("seed 7, 12 apps") << "current"
                                     << "7"
                                     << "12";
    QTest::newRow("seed 23, 5 apps, pre-2019") << "pre-2019"
                                               << "23"
                                               << "5";
}

// Older releases log less (no error text, no ids in events), and other seeds mix the faults
// differently; the findings that do not depend on what an era lacks must still come out.
void TestFindings::otherBundles()
{
    QFETCH(QString, era);
    QFETCH(QString, seed);
    QFETCH(QString, apps);
    QTemporaryDir dir;
    const auto incident = generated(
        dir, {QStringLiteral("--era"), era, QStringLiteral("--seed"), seed, QStringLiteral("--apps"), apps});
    QVERIFY2(incident, "gen-bundle failed");
    const auto findings = computeFindings(*incident, diagnose(*incident));
    std::set<std::string> seen;
    for (const auto& f : findings) {
        qInfo("%s count=%llu", f.id.c_str(), static_cast<unsigned long long>(f.count));
        QVERIFY2(seen.insert(f.id).second, f.id.c_str());
    }
    for (FindingKind kind :
         {FindingKind::StaleRoutes, FindingKind::TlsFailures, FindingKind::CertificateClockDrift,
          FindingKind::UnknownRouteBurst, FindingKind::ClientCancellations, FindingKind::ContainerCrashes,
          FindingKind::ChangePoint, FindingKind::FailuresSpread}) {
        QVERIFY2(!ofKind(findings, kind).empty(), findingKindId(kind).data());
    }
    // Before 2019 Gorouter did not write no_endpoints: the generator has none in that era.
    if (era != QLatin1String("pre-2019"))
        QVERIFY(!ofKind(findings, FindingKind::NoEndpointsBurst).empty());
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
