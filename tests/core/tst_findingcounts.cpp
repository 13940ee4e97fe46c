// The counting and ranking rules of findings (DESIGN.md §6, issue 13) on every finding of five
// generated bundles (eras, seeds, app counts): a finding's count equals the requests that
// selecting it shows (the same Filter the window builds, findingFilter), its counts say what
// clients saw of them, the ranking puts failures clients received first, certain and likely
// stale endpoints are separate findings, the stale-route finding holds the misrouted requests,
// and a search for "hostname" over every raw line finds them.
#include "core/diagnosis/findings.h"
#include "core/diagnosis/staleroutes.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/query/findingfilter.h"
#include "core/query/rawsearch.h"
#include "generatedbundle.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace rs;

namespace {

std::shared_ptr<Incident> generated(QTemporaryDir& dir, const QStringList& extra)
{
    const QStringList args{QStringLiteral("--minutes"), QStringLiteral("10"), QStringLiteral("--rps"),
                           QStringLiteral("6")};
    if (test::generateBundle(dir.path(), args + extra).isEmpty())
        return {};
    return Importer().importPaths({dir.path().toStdString()});
}

bool failedForClient(ErrorClass cls)
{
    return cls != ErrorClass::Ok && cls != ErrorClass::Recovered && cls != ErrorClass::AppResponse &&
           cls != ErrorClass::ClientCancelled;
}

// Requests that had a failed attempt at `address` on `router` (with a hostname mismatch only,
// when `hostnameOnly`): the misrouted requests of a reused address, read from the events.
std::set<std::uint32_t> misrouted(const Incident& incident, const Diagnosis& diagnosis, IdentityIndex router,
                                  const std::string& address, bool hostnameOnly)
{
    std::set<std::uint32_t> rows;
    const RouterEventTable& e = incident.tables.events;
    for (std::size_t row = 0; row < diagnosis.size(); ++row) {
        if (incident.tables.requests.identity[row] != router)
            continue;
        for (std::uint32_t i = 0; i < diagnosis.attemptsCount[row]; ++i) {
            const std::uint32_t ev = diagnosis.attemptEvents[diagnosis.attemptsBegin[row] + i];
            if (incident.str(e.endpoint[ev]) == address &&
                (!hostnameOnly ||
                 classifyErrorText(incident.str(e.error[ev])) == ErrorClass::HostnameMismatch))
                rows.insert(static_cast<std::uint32_t>(row));
        }
    }
    return rows;
}

} // namespace

class TestFindingCounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFinding_data();
    void everyFinding();
};

void TestFindingCounts::everyFinding_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("current, default seed") << QStringList{};
    QTest::newRow("current, seed 7, 12 apps") << QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                                             QStringLiteral("--apps"), QStringLiteral("12")};
    QTest::newRow("no error text, seed 1")
        << QStringList{QStringLiteral("--era"), QStringLiteral("no-error-text"), QStringLiteral("--seed"),
                       QStringLiteral("1")};
    QTest::newRow("pre-2019, seed 23, 5 apps")
        << QStringList{QStringLiteral("--era"), QStringLiteral("pre-2019"), QStringLiteral("--seed"),
                       QStringLiteral("23"),    QStringLiteral("--apps"),   QStringLiteral("5")};
    QTest::newRow("current, seed 41, 3 routers") << QStringList{
        QStringLiteral("--seed"), QStringLiteral("41"), QStringLiteral("--routers"), QStringLiteral("3")};
}

void TestFindingCounts::everyFinding()
{
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const auto incident = generated(dir, options);
    QVERIFY2(incident, "gen-bundle failed");
    const Diagnosis diagnosis = diagnose(*incident);
    const auto findings = computeFindings(*incident, diagnosis);
    QVERIFY(findings.size() >= 5);
    const ClassColumns classes = classColumns(diagnosis);
    const TimeNs slack = 3LL * 60 * 1'000'000'000;
    static const QRegularExpression guid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

    for (const Finding& f : findings) {
        const char* id = f.id.c_str();
        // Count equals selection: the window's filter for the finding yields `count` requests.
        const Selection shown = select(*incident, findingFilter(f), classes);
        if (f.unit == CountUnit::Requests) {
            QVERIFY2(f.count > 0, id);
            QCOMPARE(f.count, f.counts.requests);
            QCOMPARE(f.evidenceCapped, f.count > kMaxFindingEvidence);
            QCOMPARE(static_cast<std::uint64_t>(shown.rows.size()),
                     f.evidenceCapped ? std::uint64_t{kMaxFindingEvidence} : f.count);
            // The counts are what the selected requests' classes say.
            std::uint64_t clientFailures = 0, recovered = 0;
            for (const std::uint32_t row : shown.rows) {
                clientFailures += failedForClient(diagnosis.errorClass[row]) ? 1 : 0;
                recovered += diagnosis.errorClass[row] == ErrorClass::Recovered ? 1 : 0;
            }
            if (!f.evidenceCapped) {
                QCOMPARE(f.counts.clientFailures, clientFailures);
                QCOMPARE(f.counts.recovered, recovered);
            }
            // The title says what it counts.
            if (f.counts.clientFailures > 0)
                QVERIFY2(f.title.contains(QStringLiteral("failed for clients")), qPrintable(f.title));
            if (f.counts.recovered > 0)
                QVERIFY2(f.title.contains(QStringLiteral("recovered after a failed attempt")),
                         qPrintable(f.title));
        } else {
            QVERIFY2(f.evidence.requests.empty(), id);
            QVERIFY2(f.count > 0 && f.count == f.counts.endpoints, id);
            QVERIFY2(f.explanation.contains(QStringLiteral("endpoint")), id);
        }
        // The impact tier follows from the counts; nothing clients never saw is critical.
        const Impact expected = f.counts.clientFailures > 0 ? Impact::ClientFailures
                                : f.counts.recovered > 0    ? Impact::HiddenByRetry
                                                            : Impact::Other;
        QCOMPARE(f.impact, expected);
        if (f.severity == Severity::Critical)
            QVERIFY2(f.counts.clientFailures > 0, id);
        QVERIFY2(f.explanation.contains(QStringLiteral("Counted:")), id);
        // A moment where the evidence holds, inside the incident.
        QVERIFY2(f.cursor != kNoTime, id);
        QVERIFY2(f.cursor >= incident->begin - slack && f.cursor <= incident->end + slack, id);
        // Names, not guid lists: at most one (shortened) instance id, never a full guid. Routers
        // and cells are named by their BOSH ids, which are names, not app or instance guids.
        QString text = f.title + QLatin1Char(' ') + f.explanation;
        for (const IdentityInfo& identity : incident->tables.identities)
            text.remove(QString::fromStdString(identity.display));
        for (const LrpSnapshot& snap : incident->tables.lrpSnapshots)
            for (const LrpRow& row : snap.rows)
                if (!row.cellId.empty())
                    text.remove(QString::fromStdString(row.cellId));
        QVERIFY2(!guid.match(text).hasMatch(), qPrintable(text));
    }

    // Ranked by impact on clients: client failures first (by their number), then retried ones.
    for (std::size_t i = 1; i < findings.size(); ++i) {
        const Finding& a = findings[i - 1];
        const Finding& b = findings[i];
        QVERIFY2(a.impact <= b.impact, b.id.c_str());
        QVERIFY2(!ranksBefore(b, a), b.id.c_str());
        if (a.impact == Impact::ClientFailures && b.impact == Impact::ClientFailures)
            QVERIFY2(a.counts.clientFailures >= b.counts.clientFailures, b.id.c_str());
    }
    QCOMPARE(findings.front().impact, Impact::ClientFailures);

    // Certain and likely apart: every stale endpoint lands in the finding of its confidence.
    std::map<std::pair<std::string, std::string>, std::set<Confidence>> confidence; // (route, address)
    for (const StaleEndpoint& s : findStaleEndpoints(*incident))
        confidence[{s.route, s.address}].insert(s.confidence);
    for (const Finding& f : findings) {
        if (f.kind != FindingKind::StaleRoutes && f.kind != FindingKind::StaleRoutesLikely)
            continue;
        QCOMPARE(f.certain, f.kind == FindingKind::StaleRoutes);
        QVERIFY(!f.endpoints.empty());
        const Confidence wanted = f.certain ? Confidence::Certain : Confidence::Likely;
        for (const FindingEndpoint& e : f.endpoints) {
            const auto& seen = confidence[std::make_pair(e.route, e.address)];
            QVERIFY2(seen.count(wanted) == 1, f.id.c_str());
        }
        if (!f.certain)
            QVERIFY2(f.explanation.contains(QStringLiteral("cannot prove")), qPrintable(f.explanation));
    }

    // The misrouted requests: a reused address's finding holds every request that failed an
    // attempt there with a hostname mismatch, and searching "hostname" finds them too.
    std::size_t reusedChecked = 0;
    const RawSearchResult hostname = searchRawLines(*incident, diagnosis, "hostname");
    const std::set<std::uint32_t> found(hostname.requests.begin(), hostname.requests.end());
    for (const StaleEndpoint& s : findStaleEndpoints(*incident)) {
        if (s.reason != StaleReason::AddressReused)
            continue;
        const std::set<std::uint32_t> expected = misrouted(*incident, diagnosis, s.router, s.address, false);
        if (expected.empty())
            continue;
        const std::string id = "stale_routes:" + s.route + "@" + s.address;
        const auto it =
            std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
        QVERIFY2(it != findings.end(), id.c_str());
        const std::set<std::uint32_t> evidence(it->evidence.requests.begin(), it->evidence.requests.end());
        for (const std::uint32_t row : expected)
            QVERIFY2(evidence.count(row), id.c_str());
        for (const std::uint32_t row : misrouted(*incident, diagnosis, s.router, s.address, true))
            QVERIFY2(found.count(row), "search for hostname misses a misrouted request");
        QVERIFY(std::any_of(it->endpoints.begin(), it->endpoints.end(), [&](const FindingEndpoint& e) {
            return e.router == s.router && e.address == s.address && e.route == s.route;
        }));
        // The explanation names the app that holds the address now, from the dumps' tags.
        for (const auto& snap : incident->tables.routeSnapshots)
            for (const auto& row : snap.rows)
                if (row.tagProcessInstanceId == s.ownerInstanceId && !row.tagAppName.empty())
                    QVERIFY2(it->title.contains(QString::fromStdString(row.tagAppName)),
                             qPrintable(it->title));
        ++reusedChecked;
    }
    // The current era logs the attempts that show the misrouting.
    if (!options.contains(QStringLiteral("--era")))
        QVERIFY(reusedChecked > 0);
    // Every request with a hostname-mismatch attempt is found by searching "hostname", although
    // no raw line says "hostname" (the Go error says "certificate is valid for …").
    const RouterEventTable& events = incident->tables.events;
    for (std::size_t row = 0; row < diagnosis.size(); ++row)
        for (std::uint32_t i = 0; i < diagnosis.attemptsCount[row]; ++i) {
            const std::uint32_t ev = diagnosis.attemptEvents[diagnosis.attemptsBegin[row] + i];
            if (classifyErrorText(incident->str(events.error[ev])) == ErrorClass::HostnameMismatch)
                QVERIFY2(found.count(static_cast<std::uint32_t>(row)),
                         "search for hostname misses a request");
        }
    // The window's search path: the same text and the rows found beyond the access lines
    // select exactly what the raw search found.
    Filter search;
    search.text = "hostname";
    search.textRows = std::make_shared<const std::vector<std::uint32_t>>(hostname.requests);
    QCOMPARE(select(*incident, search, classes).rows, hostname.requests);
}

QTEST_GUILESS_MAIN(TestFindingCounts)
#include "tst_findingcounts.moc"
