// File → Open ClickHouse… (issue 17) against a real clickhouse-server of its own
// (core/clickhousefixture.h): a generated bundle is pushed, the dialog is filled, Connect reads the
// pushed span into the range, Open drills it in the background and the window shows an incident
// of the pushed requests; a server that is down gives the query's purpose as plain text and the
// window stays usable; without a keyring service the password is kept for the session only, as
// the dialog says, and never in the settings. The status bar names the database and the range of a
// drill (no files were imported); the CA file field is for clickhouses:// only, reaches the client
// (a missing or non-PEM file is the client's message in the dialog) and is remembered.
#include "app/clickhouse/openclickhousedialog.h"
#include "app/detail/requestdetail.h"
#include "app/detail/requestdetailpanel.h"
#include "app/mainwindow.h"
#include "clickhousefixture.h"
#include "core/clickhouse/pusher.h"
#include "core/import/importer.h"
#include "windowfixture.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {
constexpr const char* kDatabase = "rs_window";
} // namespace

class TestOpenClickHouse : public QObject {
    Q_OBJECT

private:
    test::ClickHouseServer m_server;
    QTemporaryDir m_work;
    std::size_t m_requests = 0;

    static OpenClickHouseDialog* openDialog(MainWindow& window)
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("actionOpenClickHouse"));
        if (action == nullptr)
            return nullptr;
        action->trigger();
        return window.findChild<OpenClickHouseDialog*>();
    }

    template <typename T> static T* child(QWidget* dialog, const char* name)
    {
        return dialog->findChild<T*>(QLatin1String(name));
    }

    // Clicks Open on a dialog whose drill is bound to fail: true once it answered, with the
    // count's purpose first in its status text.
    static bool openFails(OpenClickHouseDialog* dialog)
    {
        QSignalSpy answered(dialog, &OpenClickHouseDialog::spanShown);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Open),
                          Qt::LeftButton);
        return answered.wait(60000) &&
               child<QLabel>(dialog, "statusLabel")
                   ->text()
                   .startsWith(QStringLiteral("while counting the requests to drill"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeTest"));
        QSettings().remove(QStringLiteral("clickhouse"));
        // No session bus: no keyring service, as on a server or in CI.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        if (test::ClickHouseServer::binary().isEmpty())
            QSKIP("clickhouse-server is not installed (./dev installs it): the ClickHouse tests need a real "
                  "server");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_work.isValid());
        const QString bundle = m_work.path() + QStringLiteral("/bundle");
        QVERIFY(test::generateBundle(bundle, 2));
        const auto incident = Importer(ImportOptions{}).importPaths({bundle.toStdString()});
        m_requests = incident->tables.requests.size();
        QVERIFY(m_requests > 100);
        const Diagnosis diagnosis = diagnose(*incident);
        clickhouse::Client client(m_server.endpoint(kDatabase));
        clickhouse::PushOptions options;
        options.create = true;
        const clickhouse::PushResult pushed = clickhouse::pushIncident(client, *incident, diagnosis, options);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
    }

    void cleanupTestCase() { m_server.stop(); }

    void drillIntoTheWindow()
    {
        MainWindow window;
        window.show();
        OpenClickHouseDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        child<QLineEdit>(dialog, "urlEdit")->setText(m_server.url(kDatabase));
        QSignalSpy span(dialog, &OpenClickHouseDialog::spanShown);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(span.wait(60000));
        auto* status = child<QLabel>(dialog, "statusLabel");
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY2(status->text().startsWith(QStringLiteral("The pushed requests span")),
                 qPrintable(status->text()));
        QVERIFY(child<QDateTimeEdit>(dialog, "fromEdit")->dateTime() <
                child<QDateTimeEdit>(dialog, "toEdit")->dateTime());

        QSignalSpy changed(&window, &MainWindow::incidentChanged);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Open),
                          Qt::LeftButton);
        QVERIFY(changed.wait(120000));
        QVERIFY(window.analysis());
        QCOMPARE(window.analysis()->incident->tables.requests.size(), m_requests);
        QVERIFY(window.analysis()->incident->report.inputs.front().starts_with("clickhouse://"));
        // The status bar says where the requests came from, not "Imported 0 files (0.0 MB)".
        const QString statusLine = window.statusText();
        QVERIFY2(statusLine.startsWith(
                     QStringLiteral("Loaded %1 requests from ClickHouse database %2 on "
                                    "127.0.0.1:%3, ")
                         .arg(QLocale().toString(qulonglong(m_requests)), QLatin1String(kDatabase))
                         .arg(m_server.httpPort())),
                 qPrintable(statusLine));
        QVERIFY2(statusLine.endsWith(QStringLiteral("%1 – %2 UTC")
                                         .arg(child<QDateTimeEdit>(dialog, "fromEdit")->text(),
                                              child<QDateTimeEdit>(dialog, "toEdit")->text())),
                 qPrintable(statusLine));
        QVERIFY(test::waitForViewsOf(window));
        // No raw lines in a drilled incident: the detail of every failed request still shows its
        // attempts and events, with empty raw lines, and the panel takes it.
        const auto analysis = window.analysis();
        const RequestTable& requests = analysis->incident->tables.requests;
        std::size_t failed = 0;
        for (std::uint32_t row = 0; row < requests.size(); ++row) {
            if (requests.status[row] < 500)
                continue;
            ++failed;
            const RequestDetail detail = RequestDetail::describe(*analysis, row);
            QVERIFY(!detail.summary.isEmpty());
            for (const RawLineRef& line : detail.rawLines)
                QVERIFY(line.bytes.empty());
            window.requestDetail()->showRequest(analysis, row);
        }
        QVERIFY(failed > 0);
        // The URL is remembered, the password is not in the settings.
        QCOMPARE(QSettings().value(QStringLiteral("clickhouse/url")).toString(), m_server.url(kDatabase));
    }

    void caFileReachesTheClient()
    {
        MainWindow window;
        window.show();
        OpenClickHouseDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        auto* url = child<QLineEdit>(dialog, "urlEdit");
        auto* caFile = child<QLineEdit>(dialog, "caFileEdit");
        auto* browse = child<QPushButton>(dialog, "caFileBrowseButton");
        QVERIFY(caFile);
        QVERIFY(browse);
        QVERIFY(!caFile->toolTip().isEmpty());
        // Plain HTTP checks no certificate: the field is off.
        url->setText(m_server.url(kDatabase));
        QVERIFY(!caFile->isEnabled());
        QVERIFY(!browse->isEnabled());
        QString tlsUrl = m_server.url(kDatabase);
        tlsUrl.replace(QStringLiteral("clickhouse://"), QStringLiteral("clickhouses://"));
        url->setText(tlsUrl);
        QVERIFY(caFile->isEnabled());
        QVERIFY(browse->isEnabled());

        // A CA file that is not there: the client's message, before anything is sent.
        const QString missing = m_work.path() + QStringLiteral("/no-such-ca.pem");
        caFile->setText(missing);
        auto* status = child<QLabel>(dialog, "statusLabel");
        QSignalSpy span(dialog, &OpenClickHouseDialog::spanShown);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(span.wait(60000));
        QVERIFY2(status->text().startsWith(QStringLiteral("while reading the time span")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("cannot read the CA file %1").arg(missing)),
                 qPrintable(status->text()));
        QVERIFY(caFile->isEnabled());

        // A file without a PEM certificate: the client read that very file.
        const QString notPem = m_work.path() + QStringLiteral("/not-a-ca.pem");
        {
            QFile file(notPem);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        caFile->setText(notPem);
        QVERIFY2(openFails(dialog), qPrintable(status->text()));
        QVERIFY2(
            status->text().contains(QStringLiteral("the CA file %1 holds no PEM certificate").arg(notPem)),
            qPrintable(status->text()));
        QVERIFY(!window.analysis());
        dialog->reject();
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<OpenClickHouseDialog*>() == nullptr; }, 10000));

        // Remembered like the URL.
        QCOMPARE(QSettings().value(QStringLiteral("clickhouse/caFile")).toString(), notPem);
        OpenClickHouseDialog again(&window);
        QCOMPARE(child<QLineEdit>(&again, "urlEdit")->text(), tlsUrl);
        QCOMPARE(child<QLineEdit>(&again, "caFileEdit")->text(), notPem);
        QVERIFY(child<QLineEdit>(&again, "caFileEdit")->isEnabled());
    }

    void downServerLeavesTheWindowUsable()
    {
        MainWindow window;
        window.show();
        OpenClickHouseDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "urlEdit")->setText(QStringLiteral("clickhouse://alice@127.0.0.1:1/rs"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("s3cret-pw"));
        QSignalSpy span(dialog, &OpenClickHouseDialog::spanShown);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QVERIFY(span.wait(60000));
        auto* status = child<QLabel>(dialog, "statusLabel");
        QVERIFY2(status->text().contains(QStringLiteral("cannot reach ClickHouse at 127.0.0.1:1")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().startsWith(QStringLiteral("while reading the time span")),
                 qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        // No keyring service here: the dialog says the password lives for this session only.
        auto* keyring = child<QLabel>(dialog, "keyringLabel");
        QVERIFY(QTest::qWaitFor([&] { return keyring->isVisible(); }, 30000));
        QVERIFY2(keyring->text().contains(QStringLiteral("only until RouteScope quits")),
                 qPrintable(keyring->text()));

        // Open fails the same way; the dialog stays, Cancel closes it, the window works on.
        QVERIFY2(openFails(dialog), qPrintable(status->text()));
        QVERIFY(!dialog->isBusy());
        QVERIFY(!window.analysis());
        dialog->reject();
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<OpenClickHouseDialog*>() == nullptr; }, 10000));
        QVERIFY(test::openSampleAndWait(window));

        // The password went nowhere near the settings; a new dialog for the URL has it back.
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret-pw")), qPrintable(key));
        OpenClickHouseDialog again(&window);
        QCOMPARE(child<QLineEdit>(&again, "urlEdit")->text(),
                 QStringLiteral("clickhouse://alice@127.0.0.1:1/rs"));
        QCOMPARE(child<QLineEdit>(&again, "passwordEdit")->text(), QStringLiteral("s3cret-pw"));
    }
};

QTEST_MAIN(TestOpenClickHouse)
#include "tst_openclickhouse.moc"
