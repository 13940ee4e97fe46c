// German and Japanese: the .ts files are complete and match the code, and the window switches
// language at run time (menus, dock titles and the findings' own texts).
//
// After new tr() strings: `cmake --build build --target update_translations`, translate what
// `tools/ts-unfinished` lists, and this test passes again.
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/findings/findingspanel.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/sampleincident.h"

#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace rs;

namespace {

const QString kSourceDir = QStringLiteral(ROUTESCOPE_TEST_DATA "/../..");

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations;
};

std::vector<TsMessage> readTs(const QString& path)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
            messages.push_back(message);
        } else if (name == QLatin1String("numerusform")) {
            messages.back().translations << xml.readElementText();
        }
    }
    return messages;
}

using Key = std::tuple<QString, QString, QString>; // context, source, comment

std::set<Key> keysOf(const std::vector<TsMessage>& messages)
{
    std::set<Key> keys;
    for (const TsMessage& m : messages)
        keys.insert({m.context, m.source, m.comment});
    return keys;
}

QString describe(const Key& key)
{
    return QStringLiteral("[%1] %2").arg(std::get<0>(key), std::get<1>(key).left(80));
}

// The placeholders a text fills: %1…%99, %L1…, %n.
std::multiset<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    std::multiset<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString lupdateBinary()
{
    for (const auto location : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString candidate = QLibraryInfo::path(location) + QStringLiteral("/lupdate");
        if (QFile::exists(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

const QDockWidget* dockNamed(const MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QString::fromLatin1(name));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { applyLanguage(QStringLiteral("en")); }
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void tsFilesMatchTheCode();
    void windowSwitchesToGermanAndBack();
    void windowSwitchesToJapanese();
    void languageIsRemembered();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("ja") << QStringLiteral("ja") << 1;
}

void TestTranslations::everyEntryIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const auto messages = readTs(kSourceDir + QStringLiteral("/translations/routescope_%1.ts").arg(language));
    QVERIFY2(messages.size() > 600, "the .ts file is missing or nearly empty");
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = QStringLiteral("[%1] %2").arg(m.context, m.source.left(80));
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + where;
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms)
            problems << QStringLiteral("%1 plural forms: %2").arg(m.translations.size()).arg(where);
        for (const QString& translation : m.translations) {
            if (translation.isEmpty())
                problems << QStringLiteral("empty: ") + where;
            // A plural form may leave %n out ("1 route" written as a word); every other
            // placeholder must stay, or .arg() fills the wrong place.
            auto expected = placeholders(m.source), actual = placeholders(translation);
            if (m.numerus) {
                expected.erase(QStringLiteral("%n"));
                actual.erase(QStringLiteral("%n"));
            }
            if (expected != actual)
                problems << QStringLiteral("placeholders differ: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesMatchTheCode()
{
    // lupdate over the same sources as the build's update_translations, into a fresh file: the
    // committed .ts files must hold exactly its messages (nothing new, nothing stale).
    const QString lupdate = lupdateBinary();
    if (lupdate.isEmpty())
        QSKIP("lupdate is not installed (package qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess process;
    process.start(lupdate,
                  {QStringLiteral("-recursive"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                   kSourceDir + QStringLiteral("/src"), kSourceDir + QStringLiteral("/forms"),
                   QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const std::set<Key> code = keysOf(readTs(fresh));
    QVERIFY(code.size() > 600);
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("ja")}) {
        const std::set<Key> committed =
            keysOf(readTs(kSourceDir + QStringLiteral("/translations/routescope_%1.ts").arg(language)));
        QStringList problems;
        for (const Key& key : code) {
            if (!committed.count(key))
                problems
                    << QStringLiteral("not in routescope_%1.ts (run update_translations): ").arg(language) +
                           describe(key);
        }
        for (const Key& key : committed) {
            if (!code.count(key))
                problems << QStringLiteral("in routescope_%1.ts but no longer in the code: ").arg(language) +
                                describe(key);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::windowSwitchesToGermanAndBack()
{
    QVERIFY(loadSampleIncident() != nullptr);
    QVERIFY(applyLanguage(QStringLiteral("en")));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::incidentChanged);
    window.openSample();
    QVERIFY(opened.wait(60000));
    const auto english = window.analysis();
    QVERIFY(english && !english->findings.empty());
    const QString englishExplanation = english->findings.front().explanation;
    QAction* fileMenu = window.menuBar()->actions().front();
    QCOMPARE(fileMenu->text(), QStringLiteral("&File"));
    QCOMPARE(dockNamed(window, "findingsDock")->windowTitle(), QStringLiteral("Findings"));

    QSignalSpy retranslated(&window, &MainWindow::analysisRetranslated);
    QVERIFY(applyLanguage(QStringLiteral("de")));
    QVERIFY(retranslated.wait(60000));
    QCOMPARE(fileMenu->text(), QStringLiteral("&Datei"));
    QCOMPARE(dockNamed(window, "findingsDock")->windowTitle(), QStringLiteral("Befunde"));
    QCOMPARE(dockNamed(window, "timelineDock")->windowTitle(), QStringLiteral("Zeitachse"));
    QCOMPARE(window.filters()->backAction()->text(), QStringLiteral("&Zurück"));

    // The findings were worded again: the same finding, now in German, and the panel shows it.
    const auto german = window.analysis();
    QVERIFY(german != english);
    QCOMPARE(german->findings.size(), english->findings.size());
    const Finding& finding = german->findings.front();
    QCOMPARE(finding.id, english->findings.front().id);
    QVERIFY(finding.explanation != englishExplanation);
    QCOMPARE(finding.explanation,
             computeFindings(*german->incident, german->diagnosis, german->routes).front().explanation);
    // The panels have the new analysis once the views computed for it arrived.
    QTRY_VERIFY_WITH_TIMEOUT(window.views()->current() && window.views()->current()->analysis == german &&
                                 !window.views()->isBusy(),
                             60000);
    QVERIFY(window.findingsPanel()->selectFinding(finding.id));
    const auto* text = window.findingsPanel()->findChild<QPlainTextEdit*>(QStringLiteral("explanationText"));
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(finding.explanation), qPrintable(text->toPlainText()));

    QVERIFY(applyLanguage(QStringLiteral("en")));
    QVERIFY(retranslated.wait(60000));
    QCOMPARE(fileMenu->text(), QStringLiteral("&File"));
    QCOMPARE(dockNamed(window, "findingsDock")->windowTitle(), QStringLiteral("Findings"));
    QCOMPARE(window.analysis()->findings.front().explanation, englishExplanation);
}

void TestTranslations::windowSwitchesToJapanese()
{
    QVERIFY(applyLanguage(QStringLiteral("en")));
    MainWindow window;
    QVERIFY(applyLanguage(QStringLiteral("ja")));
    QTRY_COMPARE(window.menuBar()->actions().front()->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(dockNamed(window, "findingsDock")->windowTitle(), QStringLiteral("検出事項"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
}

void TestTranslations::languageIsRemembered()
{
    saveLanguage(QStringLiteral("de"));
    QCOMPARE(savedLanguage(), QStringLiteral("de"));
    saveLanguage(QString());
    QCOMPARE(savedLanguage(), QString());
    QVERIFY(!isKnownLanguage(QStringLiteral("fr")));
    QCOMPARE(languageCodes().size(), 4);
    QCOMPARE(nativeLanguageName(QStringLiteral("ja")), QStringLiteral("日本語"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
