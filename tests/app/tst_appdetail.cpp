// What the app said, in the request detail panel: the app's lines joined to the selected request
// (by its request id, or near in time on the same instance), shown as plain text only, with the
// app's lines among the raw lines; and the notes when there are none.
#include "app/detail/requestdetailpanel.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/util/bytebuffer.h"

#include <QTabWidget>
#include <QTest>

using namespace rs;

namespace {

constexpr std::string_view kAccess =
    "   2026-12-06T10:15:02.15+0000 [RTR/1] OUT orders.example.com - [2026-12-06T10:15:02.100000000Z] "
    "\"GET /orders/42 HTTP/1.1\" 500 0 120 \"-\" \"curl/8.5\" \"10.0.0.5:51234\" \"10.0.16.5:61012\" "
    "x_forwarded_for:\"198.51.100.7\" x_forwarded_proto:\"https\" "
    "vcap_request_id:\"7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b\" response_time:0.050000 gorouter_time:0.000100 "
    "app_id:\"5a1b2c3d-0000-4000-8000-000000000001\" app_index:\"0\" instance_id:\"-\" "
    "x_cf_routererror:\"-\" x_b3_traceid:\"-\" x_b3_spanid:\"-\" x_b3_parentspanid:\"-\" b3:\"-\"\n";

std::shared_ptr<const Analysis> analyseCfLogs(bool withAppLines)
{
    std::string text = "Retrieving logs for app orders in org acme / space prod as admin...\n\n";
    if (withAppLines)
        text += "   2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/0] OUT Started GET \"/orders/42\" "
                "x_vcap_request_id=7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b\n";
    text += kAccess;
    if (withAppLines)
        text += "   2026-12-06T10:15:02.14+0000 [APP/PROC/WEB/0] ERR <b>not bold</b> NullPointerException\n"
                "   2026-12-06T10:15:03.00+0000 [APP/PROC/WEB/1] OUT healthy\n";
    return analyse(Importer().importBytes("orders.log", bytesFromString(std::move(text))));
}

} // namespace

class TestAppDetail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appLinesOfTheRequest();
    void notesWithoutLines();
};

void TestAppDetail::appLinesOfTheRequest()
{
    const auto analysis = analyseCfLogs(true);
    QCOMPARE(analysis->incident->tables.requests.size(), std::size_t{1});
    QCOMPARE(analysis->incident->tables.apps.size(), std::size_t{3});
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, 0);
    const std::vector<AppLineInfo>& lines = panel.detail().appLines;
    QCOMPARE(lines.size(), std::size_t{2});
    QVERIFY(lines[0].exact);
    QCOMPARE(lines[0].instance, 0);
    QVERIFY(!lines[1].exact);
    QVERIFY(lines[1].error);
    QCOMPARE(lines[1].stream, QStringLiteral("ERR"));
    const QString shown = panel.appText();
    QVERIFY2(shown.contains(QStringLiteral("request id")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("near in time")));
    // Customer text stays literal: the markup is shown, never interpreted.
    QVERIFY(shown.contains(QStringLiteral("<b>not bold</b> NullPointerException")));
    QVERIFY(!shown.contains(QStringLiteral("healthy"))); // another instance
    // The app's lines are among the raw lines too.
    QVERIFY(panel.rawText().contains(QStringLiteral("[APP/PROC/WEB/0] ERR <b>not bold</b>")));
    const auto* tabs = panel.findChild<QTabWidget*>();
    QVERIFY(tabs != nullptr);
    bool titled = false;
    for (int i = 0; i < tabs->count(); ++i)
        titled = titled || tabs->tabText(i) == QStringLiteral("App (2)");
    QVERIFY(titled);
}

void TestAppDetail::notesWithoutLines()
{
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analyseCfLogs(false), 0);
    QVERIFY(panel.detail().appLines.empty());
    QVERIFY(panel.appText().contains(QStringLiteral("No app logs were imported")));
    panel.clear();
    QVERIFY(panel.appText().isEmpty());
}

QTEST_MAIN(TestAppDetail)
#include "tst_appdetail.moc"
