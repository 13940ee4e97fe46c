// Theme and language switches leave no widget behind: the filter chips take the colours of the
// new theme (Follow the System too), check and radio indicators stand out in the dark theme,
// the status bar speaks the new language, and the selected finding, request and detail stay
// selected across a language switch.
#include "app/detail/requestdetailpanel.h"
#include "app/filter/filterchipsbar.h"
#include "app/findings/findingspanel.h"
#include "app/language.h"
#include "app/theme.h"
#include "windowfixture.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace rs;
using namespace rs::test;

namespace {

QList<QToolButton*> chips(MainWindow& window)
{
    QList<QToolButton*> found;
    for (QToolButton* button : window.findChild<FilterChipsBar*>()->findChildren<QToolButton*>()) {
        if (button->property("chipLabel").isValid() && button->isVisible())
            found << button;
    }
    return found;
}

// Whether every chip has the current palette's colours (a palette change reaches the widgets
// through the event loop).
bool chipsFollow(MainWindow& window)
{
    const QString background =
        QStringLiteral("background: ") + QApplication::palette().color(QPalette::AlternateBase).name();
    const auto shown = chips(window);
    return !shown.isEmpty() && std::all_of(shown.begin(), shown.end(), [&](QToolButton* chip) {
        return chip->styleSheet().contains(background);
    });
}

// The largest lightness difference between the indicator's pixels and the field it sits on.
int indicatorContrast(QStyle::PrimitiveElement element)
{
    QImage image(40, 40, QImage::Format_ARGB32);
    const QColor field = QApplication::palette().color(QPalette::Base);
    image.fill(field);
    QPainter painter(&image);
    QStyleOptionButton option;
    option.rect = QRect(10, 10, 16, 16);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    QApplication::style()->drawPrimitive(element, &option, &painter);
    painter.end();
    int contrast = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            contrast = std::max(contrast, std::abs(image.pixelColor(x, y).lightness() - field.lightness()));
    }
    return contrast;
}

} // namespace

class TestThemeLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chipsFollowTheTheme();
    void indicatorsStandOutInTheDarkTheme();
    void statusBarIsRetranslated();
    void selectionSurvivesALanguageSwitch();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestThemeLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeThemeTest"));
    QSettings().clear();
    QVERIFY(applyLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(openSampleAndWait(*m_window));
}

void TestThemeLanguage::cleanupTestCase()
{
    applyTheme(Theme::System);
    applyLanguage(QStringLiteral("en"));
    m_window.reset();
}

void TestThemeLanguage::chipsFollowTheTheme()
{
    Filter filter;
    filter.statuses = {{500, 599}};
    filter.hosts = {"orders.apps.example.com"};
    m_window->filters()->push(filter);
    QTRY_COMPARE(chips(*m_window).size(), 2);
    applyTheme(Theme::Light);
    QTRY_VERIFY(chipsFollow(*m_window));
    const QString light = QApplication::palette().color(QPalette::AlternateBase).name();
    applyTheme(Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::AlternateBase).name() != light);
    QTRY_VERIFY(chipsFollow(*m_window));
    // Back to the system's palette: the chips leave the dark colours too.
    applyTheme(Theme::System);
    QTRY_VERIFY(chipsFollow(*m_window));
    // A chip made now has the current colours as well.
    applyTheme(Theme::Dark);
    m_window->filters()->modify([](Filter& f) { f.hosts.clear(); });
    QTRY_COMPARE(chips(*m_window).size(), 1);
    QTRY_VERIFY(chipsFollow(*m_window));
    applyTheme(Theme::System);
    m_window->filters()->reset();
}

void TestThemeLanguage::indicatorsStandOutInTheDarkTheme()
{
    applyTheme(Theme::Dark);
    // Fusion alone draws these frames within a few shades of the dark field.
    QVERIFY2(indicatorContrast(QStyle::PE_IndicatorCheckBox) >= 60,
             qPrintable(QString::number(indicatorContrast(QStyle::PE_IndicatorCheckBox))));
    QVERIFY2(indicatorContrast(QStyle::PE_IndicatorRadioButton) >= 60,
             qPrintable(QString::number(indicatorContrast(QStyle::PE_IndicatorRadioButton))));
    applyTheme(Theme::Light);
    QVERIFY(indicatorContrast(QStyle::PE_IndicatorCheckBox) >= 60);
    applyTheme(Theme::System);
}

void TestThemeLanguage::statusBarIsRetranslated()
{
    const QString english = m_window->statusText();
    QVERIFY(english.startsWith(QStringLiteral("Imported ")));
    QSignalSpy retranslated(m_window.get(), &MainWindow::analysisRetranslated);
    QVERIFY(applyLanguage(QStringLiteral("de")));
    QVERIFY(retranslated.wait(60000));
    const QString german = m_window->statusText();
    QVERIFY2(!german.isEmpty() && german != english, qPrintable(german));
    QVERIFY(!german.startsWith(QStringLiteral("Imported ")));
    QVERIFY(applyLanguage(QStringLiteral("en")));
    QVERIFY(retranslated.wait(60000));
    QCOMPARE(m_window->statusText(), english);
}

void TestThemeLanguage::selectionSurvivesALanguageSwitch()
{
    const auto analysis = m_window->analysis();
    const Finding* finding = nullptr;
    for (const Finding& f : analysis->findings) {
        if (!f.evidence.requests.empty())
            finding = &f;
    }
    QVERIFY(finding);
    const std::string id = finding->id;
    QVERIFY(m_window->findingsPanel()->selectFinding(id));
    QVERIFY(waitForViewsOf(*m_window));
    const Filter evidence = m_window->filters()->current();
    QTableView* view = m_window->requestsPanel()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    const std::uint32_t request = m_window->requestsPanel()->model()->requestRow(1);
    QCOMPARE(m_window->requestDetail()->currentRow(), std::optional<std::uint32_t>(request));
    auto* explanation =
        m_window->findingsPanel()->findChild<QPlainTextEdit*>(QStringLiteral("explanationText"));
    const QString englishExplanation = explanation->toPlainText();
    QVERIFY(!englishExplanation.isEmpty());

    QSignalSpy retranslated(m_window.get(), &MainWindow::analysisRetranslated);
    QVERIFY(applyLanguage(QStringLiteral("de")));
    QVERIFY(retranslated.wait(60000));
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), id);
    QVERIFY(!explanation->toPlainText().isEmpty());
    QVERIFY(explanation->toPlainText() != englishExplanation);
    // The same filter (one history entry), the same request, its detail.
    QVERIFY(m_window->filters()->current() == evidence);
    QCOMPARE(m_window->requestsPanel()->currentRequest(), std::optional<std::uint32_t>(request));
    QCOMPARE(m_window->requestDetail()->currentRow(), std::optional<std::uint32_t>(request));
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(m_window->requestsPanel()->model()->requestRow(view->currentIndex().row()), request);

    QVERIFY(applyLanguage(QStringLiteral("en")));
    QVERIFY(retranslated.wait(60000));
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), id);
    QCOMPARE(explanation->toPlainText(), englishExplanation);
}

QTEST_MAIN(TestThemeLanguage)
#include "tst_themelanguage.moc"
