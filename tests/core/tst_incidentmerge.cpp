// Files are merged into the incident as they arrive (IncidentMerger): whatever the arrival order,
// the incident is the one a merge of every file in rotation order gives (rows, files, identities,
// snapshots), and the first of two identical files arriving is the one kept.
#include "core/import/consistencychecks.h"
#include "core/import/incidentmerge.h"
#include "samplefiles.h"

#include <QTest>

#include <algorithm>

using namespace rs;

namespace {

const char* const kRouterA = "router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00";
const char* const kRouterB = "router.27a1b84c-d796-4d3c-adc2-e84d8e55aefc.2026-10-14-10-00-00";

std::string accessLines(int firstSecond, int count, const std::string& host)
{
    std::string out;
    for (int i = 0; i < count; ++i) {
        const int second = firstSecond + i;
        char time[32];
        std::snprintf(time, sizeof time, "2026-10-14T09:%02d:%02d", second / 60, second % 60);
        out += host + " - [" + time + ".000000000Z] \"GET /p" + std::to_string(second) +
               " HTTP/1.1\" 502 0 67 \"-\" \"curl/8\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" "
               "x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" "
               "vcap_request_id:\"00000000-0000-4000-8000-" +
               std::string(12 - std::to_string(second).size(), '0') + std::to_string(second) +
               "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" "
               "instance_id:\"i\" x_cf_routererror:\"endpoint_failure\"\n";
    }
    return out;
}

struct Input {
    std::string path;
    std::string text;
};

// Rotated generations of two routers' access logs (named so that arrival order is not rotation
// order), the same generation twice under two names, and a route dump per router.
std::vector<Input> inputs()
{
    const std::string a = std::string("b/") + kRouterA + "/gorouter/";
    const std::string b = std::string("b/") + kRouterB + "/gorouter/";
    return {
        {a + "access.log", accessLines(300, 20, "a.example.com")},
        {a + "access.log.1", accessLines(200, 20, "a1.example.com")},
        {b + "access.log", accessLines(310, 15, "b.example.com")},
        {a + "access.log.2", accessLines(100, 20, "a2.example.com")},
        {b + "access.log.1", accessLines(210, 15, "b1.example.com")},
        {a + "access.log.copy", accessLines(200, 20, "a1.example.com")}, // same text as .1
        {std::string("b/routes/") + kRouterA + ".json",
         test::sampleBytes("routes-stale-route-detector-unit.json")},
        {std::string("b/routes/") + kRouterB + ".json",
         test::sampleBytes("routes-stale-route-detector-unit.json")},
    };
}

std::shared_ptr<Incident> merged(const std::vector<Input>& files, const std::vector<std::size_t>& arrival)
{
    auto incident = std::make_shared<Incident>();
    IncidentMerger merger(*incident);
    for (const std::size_t index : arrival) {
        BundleEntry entry;
        entry.path = files[index].path;
        entry.bytes = bytesFromString(files[index].text);
        merger.add(parseFile(std::move(entry), ParseOptions{}));
    }
    merger.finish();
    return incident;
}

// Rows by value (string ids may differ: the pool numbers strings in arrival order).
void compareMerged(const Incident& a, const Incident& b)
{
    QCOMPARE(a.report.files.size(), b.report.files.size());
    for (std::size_t i = 0; i < a.report.files.size(); ++i) {
        QCOMPARE(a.report.files[i].path, b.report.files[i].path);
        QCOMPARE(a.report.files[i].records, b.report.files[i].records);
        QVERIFY(a.fileText[i]->read(0, 200) == b.fileText[i]->read(0, 200));
    }
    QCOMPARE(a.tables.identities.size(), b.tables.identities.size());
    for (std::size_t i = 0; i < a.tables.identities.size(); ++i)
        QCOMPARE(a.tables.identities[i].display, b.tables.identities[i].display);
    const RequestTable& ra = a.tables.requests;
    const RequestTable& rb = b.tables.requests;
    QCOMPARE(ra.size(), rb.size());
    for (std::size_t row = 0; row < ra.size(); ++row) {
        QCOMPARE(ra.start[row], rb.start[row]);
        QCOMPARE(ra.identity[row], rb.identity[row]);
        QCOMPARE(a.str(ra.host[row]), b.str(rb.host[row]));
        QCOMPARE(a.str(ra.uri[row]), b.str(rb.uri[row]));
        QCOMPARE(a.requestIdText(ra.requestId[row]), b.requestIdText(rb.requestId[row]));
        QCOMPARE(ra.source.file[row], rb.source.file[row]);
        QCOMPARE(ra.source.offset[row], rb.source.offset[row]);
    }
    QCOMPARE(a.tables.routeSnapshots.size(), b.tables.routeSnapshots.size());
    for (std::size_t i = 0; i < a.tables.routeSnapshots.size(); ++i) {
        QCOMPARE(a.tables.routeSnapshots[i].file, b.tables.routeSnapshots[i].file);
        QCOMPARE(a.tables.routeSnapshots[i].identity, b.tables.routeSnapshots[i].identity);
    }
    QCOMPARE(a.report.problems.size(), b.report.problems.size());
}

} // namespace

class TestIncidentMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyArrivalOrderGivesTheRotationOrderIncident()
    {
        const std::vector<Input> files = inputs();
        // The reference: files arriving in the order they end up in (logical logs by path, router
        // 27a1… before d60e…, each oldest generation first; the copy is a log of its own).
        const std::vector<std::size_t> rotation{4, 2, 3, 1, 0, 5, 7, 6};
        const auto reference = merged(files, rotation);
        std::vector<std::string> expectedOrder;
        for (const std::size_t index : rotation)
            expectedOrder.push_back(files[index].path);
        QCOMPARE(reference->report.files.size(), expectedOrder.size());
        for (std::size_t i = 0; i < expectedOrder.size(); ++i)
            QCOMPARE(reference->report.files[i].path, expectedOrder[i]);
        QCOMPARE(reference->str(reference->tables.requests.host[0]), std::string_view("b1.example.com"));
        QCOMPARE(reference->tables.routeSnapshots.size(), std::size_t{2});

        std::vector<std::size_t> arrival{0, 1, 2, 3, 4, 5, 6, 7};
        compareMerged(*reference, *merged(files, arrival));
        std::reverse(arrival.begin(), arrival.end());
        // Reversed, the copy arrives before .1: it is the one kept, .1 the one folded.
        const auto reversed = merged(files, arrival);
        const auto& reversedFiles = reversed->report.files;
        const auto copy = std::find_if(reversedFiles.begin(), reversedFiles.end(),
                                       [&](const FileReport& f) { return f.path == files[5].path; });
        const auto first = std::find_if(reversedFiles.begin(), reversedFiles.end(),
                                        [&](const FileReport& f) { return f.path == files[1].path; });
        QVERIFY(copy != reversedFiles.end() && first != reversedFiles.end());
        QCOMPARE(copy->records, std::uint64_t{20});
        QCOMPARE(first->records, std::uint64_t{0});
        QCOMPARE(reversed->report.problems.size(), std::size_t{1});
        QCOMPARE(reversed->report.problems[0].path, files[1].path);
        QCOMPARE(reversed->report.problems[0].issue, BundleIssue::DuplicateFile);

        // A shuffle in which every identity first arrives late.
        compareMerged(*reference, *merged(files, {7, 4, 2, 0, 6, 3, 1, 5}));
    }
};

QTEST_GUILESS_MAIN(TestIncidentMerge)
#include "tst_incidentmerge.moc"
