// The filter bar: live verdicts (green, red with a marker at the parser's position, yellow for
// nothing matched) readable in both themes, completion from the incident's own values, history
// on Up/Down, saved filters through their JSON file, the quick filters as expressions, the
// chips' "Edit" and the syntax help.
#include "app/filter/filterchipsbar.h"
#include "app/filter/filterlineedit.h"
#include "app/filter/filterstack.h"
#include "app/filter/savedfilters.h"
#include "app/filter/savedfiltersdialog.h"
#include "app/requests/quickfilters.h"
#include "app/requests/requestspanel.h"
#include "app/theme.h"
#include "appfixture.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <set>

using namespace rs;

namespace {

using State = FilterLineEdit::State;

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

// Closes the message boxes the saved-filters dialog opened, returning their texts.
QStringList takeMessages(QWidget* parent)
{
    QStringList texts;
    for (QMessageBox* box : parent->findChildren<QMessageBox*>(QStringLiteral("savedFiltersMessage"))) {
        texts << box->text();
        box->setParent(nullptr);
        delete box;
    }
    return texts;
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void greenRedYellowWhileTyping();
    void errorPositionCountsCharactersNotBytes();
    void statesReadableInLightAndDark();
    void enterAppliesEscapeReverts();
    void completesFieldsOperatorsAndIncidentValues();
    void choosingACompletionInsertsIt();
    void historyUpAndDown();
    void savedFiltersRoundTripThroughJson();
    void badSavedFilterFilesAreRefused();
    void mergingACasesBookmarksKeepsTheUsers();
    void quickFiltersReadAsExpressions();
    void chipEditPutsItsTermInTheField();
    void helpShowsTheCommandLineText();
};

void TestFilterBar::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeFilterBarTest"));
    QVERIFY(test::sampleAnalysis());
}

void TestFilterBar::greenRedYellowWhileTyping()
{
    FilterLineEdit edit;
    edit.setAnalysis(test::sampleAnalysis());
    edit.resize(600, edit.sizeHint().height());
    edit.show();
    QCOMPARE(edit.state(), State::Empty);
    const QPalette appPalette = QApplication::palette(&edit);

    // Typing, then the pause: the verdict comes without Enter.
    QTest::keyClicks(&edit, QStringLiteral("status>=500"));
    QTRY_COMPARE(edit.state(), State::Valid);
    QCOMPARE(edit.palette().color(QPalette::Base), FilterLineEdit::stateColor(State::Valid, appPalette));

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("status>= and host=a"));
    QTRY_COMPARE(edit.state(), State::Invalid);
    QCOMPARE(edit.errorPosition(), 9); // "and" where a value was expected
    QVERIFY2(edit.errorMessage().contains(QStringLiteral("expected a value")),
             qPrintable(edit.errorMessage()));
    QVERIFY(edit.toolTip().contains(QStringLiteral("expected a value")));
    QCOMPARE(edit.palette().color(QPalette::Base), FilterLineEdit::stateColor(State::Invalid, appPalette));
    // The marker sits under the 'a' of "and": the line edit maps it back to index 9 or 10
    // (the nearest boundary), never to the start or the end of the text.
    const auto x = edit.errorMarkerX();
    QVERIFY(x.has_value());
    const int index = edit.cursorPositionAt(QPoint(*x, edit.height() / 2));
    QVERIFY2(index == 9 || index == 10, qPrintable(QString::number(index)));

    // Valid, but no request of the sample has this host.
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("host=no-such-host.invalid"));
    QTRY_COMPARE(edit.state(), State::NoMatch);
    QVERIFY(!edit.errorMarkerX());
    QCOMPARE(edit.palette().color(QPalette::Base), FilterLineEdit::stateColor(State::NoMatch, appPalette));

    // Without an incident nothing can be said about matches: valid is green.
    edit.setAnalysis(nullptr);
    edit.validateNow();
    QCOMPARE(edit.state(), State::Valid);
}

void TestFilterBar::errorPositionCountsCharactersNotBytes()
{
    FilterLineEdit edit;
    // "ü" is two UTF-8 bytes; the parser's position is a byte offset.
    const QString text = QStringLiteral("host=\"ü\" and bogus=1");
    edit.setText(text);
    edit.validateNow();
    QCOMPARE(edit.state(), State::Invalid);
    QCOMPARE(edit.errorPosition(), static_cast<int>(text.indexOf(QStringLiteral("bogus"))));
}

void TestFilterBar::statesReadableInLightAndDark()
{
    // Made before the theme switches: it must follow them.
    FilterLineEdit before;
    before.setText(QStringLiteral("status>="));
    before.validateNow();
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        const QPalette palette = QApplication::palette();
        const QColor text = palette.color(QPalette::Text);
        std::set<QRgb> colours;
        for (const State state : {State::Empty, State::Valid, State::Invalid, State::NoMatch}) {
            const QColor background = FilterLineEdit::stateColor(state, palette);
            QVERIFY2(contrast(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(text.name(), background.name())));
            colours.insert(background.rgb());
        }
        QCOMPARE(colours.size(), std::size_t{4});
        // Green is green, red is red, yellow is yellow, whatever the base.
        const QColor green = FilterLineEdit::stateColor(State::Valid, palette);
        const QColor red = FilterLineEdit::stateColor(State::Invalid, palette);
        const QColor yellow = FilterLineEdit::stateColor(State::NoMatch, palette);
        QVERIFY(green.green() > green.red() && green.green() > green.blue());
        QVERIFY(red.red() > red.green() && red.red() > red.blue());
        QVERIFY(yellow.red() > yellow.blue() && yellow.green() > yellow.blue());
        // A field already showing a verdict follows the switch.
        FilterLineEdit edit;
        edit.setText(QStringLiteral("status>="));
        edit.validateNow();
        QCOMPARE(edit.palette().color(QPalette::Base), red);
        QTRY_COMPARE(before.palette().color(QPalette::Base), red);
    }
    applyTheme(Theme::System);
}

void TestFilterBar::enterAppliesEscapeReverts()
{
    FilterStack stack;
    RequestsPanel panel(&stack);
    panel.setViewData(computeViewData(test::sampleAnalysis(), {}));
    panel.show();
    auto* edit = panel.findChild<FilterLineEdit*>(QStringLiteral("expressionEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("status>=500"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(stack.current().statuses, (std::vector<StatusRange>{{500, 999}}));
    QCOMPARE(edit->appliedText(), QStringLiteral("status>=500"));
    // An invalid text is not applied, and says why below the field.
    QTest::keyClicks(edit, QStringLiteral(" and"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->state(), State::Invalid);
    QCOMPARE(stack.current().statuses, (std::vector<StatusRange>{{500, 999}}));
    auto* error = panel.findChild<QWidget*>(QStringLiteral("expressionError"));
    QVERIFY(error && error->isVisible());
    // Escape: back to what was applied.
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), QStringLiteral("status>=500"));
    QCOMPARE(edit->state(), State::Valid);
    QVERIFY(!error->isVisible());
}

void TestFilterBar::completesFieldsOperatorsAndIncidentValues()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    FilterLineEdit edit;
    edit.setAnalysis(analysis);
    edit.show();
    edit.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&edit));

    QTest::keyClicks(&edit, QStringLiteral("ho"));
    QVERIFY(edit.completer()->popup()->isVisible());
    QCOMPARE(edit.completionTexts().value(0), QStringLiteral("host"));

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("class "));
    QCOMPARE(edit.completionTexts(),
             (QStringList{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("in")}));

    // Hosts: exactly the distinct hosts of the incident's requests.
    QSet<QString> hosts;
    for (const auto id : incident.tables.requests.host) {
        const QString host = QString::fromStdString(std::string(incident.str(id)));
        if (!host.isEmpty() && host != QLatin1String("-"))
            hosts.insert(QString::fromStdString(formatFilterValue(host.toStdString())));
    }
    QVERIFY(hosts.size() >= 2);
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("host="));
    QVERIFY(edit.completer()->popup()->isVisible());
    QCOMPARE(asSet(edit.completionTexts()), hosts);

    // Routers by their display names.
    QSet<QString> routers;
    for (const auto identity : incident.tables.requests.identity)
        routers.insert(QString::fromStdString(formatFilterValue(incident.identity(identity).display)));
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("status=502 and router="));
    QCOMPARE(asSet(edit.completionTexts()), routers);

    // Classes offer the named sets first.
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("class in "));
    QCOMPARE(edit.completionTexts().value(0), QStringLiteral("failures"));
}

void TestFilterBar::choosingACompletionInsertsIt()
{
    FilterLineEdit edit;
    edit.setAnalysis(test::sampleAnalysis());
    edit.show();
    edit.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    QTest::keyClicks(&edit, QStringLiteral("sour"));
    QAbstractItemView* popup = edit.completer()->popup();
    QVERIFY(popup->isVisible());
    popup->setCurrentIndex(edit.completer()->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("source "));
    // The operators follow by themselves.
    QTRY_VERIFY(edit.completionTexts().contains(QStringLiteral("in")));
    QTest::keyClicks(&edit, QStringLiteral("in plat"));
    QVERIFY(popup->isVisible());
    popup->setCurrentIndex(edit.completer()->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("source in platform_side "));
    edit.validateNow();
    QVERIFY(edit.state() == State::Valid || edit.state() == State::NoMatch);
}

void TestFilterBar::historyUpAndDown()
{
    FilterLineEdit edit;
    edit.show();
    for (const char* applied : {"status=502", "host=a", "class in failures"})
        edit.setAppliedText(QString::fromLatin1(applied));
    QCOMPARE(FilterLineEdit::history(),
             (QStringList{QStringLiteral("class in failures"), QStringLiteral("host=a"),
                          QStringLiteral("status=502")}));
    QTest::keyClicks(&edit, QStringLiteral("draft"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("class in failures"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("host=a"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QTest::keyClick(&edit, Qt::Key_Up); // past the oldest: stays
    QCOMPARE(edit.text(), QStringLiteral("status=502"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("class in failures"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("draft"));
    // Applying again moves to the top; the list keeps the last 50.
    edit.setAppliedText(QStringLiteral("status=502"));
    QCOMPARE(FilterLineEdit::history().value(0), QStringLiteral("status=502"));
    QCOMPARE(FilterLineEdit::history().size(), 3);
    for (int i = 0; i < 60; ++i)
        edit.setAppliedText(QStringLiteral("status=%1").arg(400 + i));
    QCOMPARE(FilterLineEdit::history().size(), FilterLineEdit::kHistorySize);
    QCOMPARE(FilterLineEdit::history().value(0), QStringLiteral("status=459"));
}

void TestFilterBar::savedFiltersRoundTripThroughJson()
{
    const QList<SavedFilter> filters = {
        {QStringLiteral("Gateways failing"), QStringLiteral("class in failures and host ~ gateway")},
        {QStringLiteral("<b>not bold</b> & ünïcode"), QStringLiteral("uri matches \"^/api/v[12]/\"")},
    };
    // QSettings first.
    savedfilters::store(filters);
    QCOMPARE(savedfilters::load(), filters);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filters.json"));
    QWidget parent;
    SavedFiltersDialog out(filters, &parent);
    QVERIFY(out.exportTo(path));
    const QStringList confirmations = takeMessages(&out);
    QCOMPARE(confirmations.size(), 1);
    QVERIFY(confirmations.front().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("filters")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("filters"))
                 .toArray()[1]
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             filters[1].name);

    // Imported into a list that has one of the names already: that one is replaced.
    SavedFiltersDialog in({{QStringLiteral("Gateways failing"), QStringLiteral("status=1")},
                           {QStringLiteral("Mine"), QStringLiteral("status=502")}},
                          &parent);
    QVERIFY(in.importFrom(path));
    QCOMPARE(takeMessages(&in).size(), 1);
    QCOMPARE(
        in.filters(),
        (QList<SavedFilter>{filters[0], {QStringLiteral("Mine"), QStringLiteral("status=502")}, filters[1]}));
}

void TestFilterBar::badSavedFilterFilesAreRefused()
{
    QTemporaryDir dir;
    const auto write = [&dir](const char* name, const QByteArray& bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    const QList<SavedFilter> before = {{QStringLiteral("Mine"), QStringLiteral("status=502")}};
    QWidget parent;
    SavedFiltersDialog dialog(before, &parent);
    const struct {
        QString path;
        const char* says;
    } cases[] = {
        {write("broken.json", "{\"format\": \"routescope-saved-filters\", \"filters\": [ {"),
         "not valid JSON"},
        {write("other.json", "{\"name\": \"x\"}"), "not a RouteScope saved-filters file"},
        {write("newer.json", "{\"format\": \"routescope-saved-filters\", \"version\": 9, \"filters\": []}"),
         "newer"},
        {write("noname.json", "{\"format\": \"routescope-saved-filters\", \"version\": 1, \"filters\": "
                              "[{\"expression\": \"a\"}]}"),
         "Entry 1"},
        {write("binary.json", QByteArray("\x00\xff\xfe garbage", 12)), "not valid JSON"},
        {dir.filePath(QStringLiteral("missing.json")), "Could not read"},
    };
    for (const auto& c : cases) {
        QVERIFY(!dialog.importFrom(c.path));
        const QStringList messages = takeMessages(&dialog);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.front().contains(QString::fromLatin1(c.says)), qPrintable(messages.front()));
        QCOMPARE(dialog.filters(), before);
    }
    // A folder that does not exist cannot be written to: said, not crashed.
    QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("no/such/folder/f.json"))));
    QVERIFY(takeMessages(&dialog).front().contains(QStringLiteral("Could not write")));
}

// A shared case's bookmarks join the user's: none of the user's changes, one already there is not
// added twice, and a name another expression holds is renamed (again, until it is free).
void TestFilterBar::mergingACasesBookmarksKeepsTheUsers()
{
    const QList<SavedFilter> mine = {{QStringLiteral("502s"), QStringLiteral("status = 502")},
                                     {QStringLiteral("slow"), QStringLiteral("response_time > 2s")},
                                     {QStringLiteral("slow (case 1)"), QStringLiteral("response_time > 5s")}};
    const QList<SavedFilter> incoming = {
        {QStringLiteral("502s"), QStringLiteral("status = 502")},        // the same bookmark
        {QStringLiteral("slow"), QStringLiteral("response_time > 10s")}, // a name mine holds, twice
        {QStringLiteral("dial"), QStringLiteral("class = dial")},        // new
        {QStringLiteral("also 502s"), QStringLiteral("status = 502")},   // same expression, own name
    };
    const auto renamed = [](const QString& name, int n) {
        return QStringLiteral("%1 (case %2)").arg(name).arg(n);
    };
    const QList<SavedFilter> result = savedfilters::merged(mine, incoming, renamed);
    const QList<SavedFilter> expected =
        mine + QList<SavedFilter>{
                   {QStringLiteral("slow (case 2)"), QStringLiteral("response_time > 10s")},
                   {QStringLiteral("dial"), QStringLiteral("class = dial")},
                   {QStringLiteral("also 502s"), QStringLiteral("status = 502")},
               };
    QCOMPARE(result, expected);
    // Merging again changes nothing: every incoming bookmark is found, under its new name too.
    QCOMPARE(savedfilters::merged(result, incoming, renamed), expected);
}

void TestFilterBar::quickFiltersReadAsExpressions()
{
    QCOMPARE(quickFilterExpression(QuickFilter::Failures), std::string("class in failures"));
    QCOMPARE(quickFilterExpression(QuickFilter::Platform), std::string("source in platform_side"));
    QCOMPARE(quickFilterExpression(QuickFilter::ServerErrors), std::string("status=5xx"));
    QCOMPARE(quickFilterExpression(QuickFilter::All), std::string());
    // Typed by hand, the text is the quick filter again.
    for (const QuickFilter quick : {QuickFilter::Failures, QuickFilter::Platform, QuickFilter::ServerErrors,
                                    QuickFilter::ClientErrors}) {
        const auto parsed = parseFilterExpression(quickFilterExpression(quick));
        QVERIFY(std::holds_alternative<Filter>(parsed));
        QCOMPARE(quickFilterOf(std::get<Filter>(parsed)), std::optional<QuickFilter>(quick));
    }
    // The chip of the Failures button reads as the expression, not "22 error classes".
    FilterStack stack;
    FilterChipsBar chips(&stack);
    RequestsPanel panel(&stack);
    panel.findChild<QToolButton*>(QStringLiteral("failuresButton"))->click();
    QCOMPARE(chips.chipLabels(), QStringList{QStringLiteral("class in failures")});
    panel.findChild<QToolButton*>(QStringLiteral("platformButton"))->click();
    QCOMPARE(chips.chipLabels(), QStringList{QStringLiteral("source in platform_side")});
    QVERIFY(panel.findChild<QToolButton*>(QStringLiteral("failuresButton"))
                ->toolTip()
                .contains(QStringLiteral("class in failures")));
}

void TestFilterBar::chipEditPutsItsTermInTheField()
{
    FilterStack stack;
    FilterChipsBar chips(&stack);
    RequestsPanel panel(&stack);
    panel.show();
    Filter filter;
    filter.hosts = {"a.example.com"};
    filter.statuses = {{500, 599}};
    stack.push(filter);
    QAction* edit = nullptr;
    for (QAction* action : chips.findChildren<QAction*>(QStringLiteral("editChipAction"))) {
        if (action->data().toString().startsWith(QStringLiteral("host")))
            edit = action;
    }
    QVERIFY(edit);
    edit->trigger();
    auto* field = panel.findChild<FilterLineEdit*>(QStringLiteral("expressionEdit"));
    QCOMPARE(field->text(), QStringLiteral("host=a.example.com and status=5xx"));
    QCOMPARE(field->selectedText(), QStringLiteral("host=a.example.com"));
    // Edited and applied, it is the same filter with that piece changed.
    field->insert(QStringLiteral("host=b.example.com"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"b.example.com"});
    QCOMPARE(stack.current().statuses, filter.statuses);
}

void TestFilterBar::helpShowsTheCommandLineText()
{
    QWidget window;
    FilterStack stack;
    auto* panel = new RequestsPanel(&stack, &window);
    window.show();
    QVERIFY(panel->filterSyntaxAction());
    QVERIFY(!panel->filterSyntaxAction()->text().isEmpty());
    panel->findChild<QToolButton*>(QStringLiteral("filterHelpButton"))->click();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("filterSyntaxDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("filterSyntaxText"));
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), QString::fromStdString(filterExpressionHelp()));
    // The menu action shows the same window, not a second one.
    panel->filterSyntaxAction()->trigger();
    QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("filterSyntaxDialog")).size(), 1);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
