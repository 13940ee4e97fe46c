// The request detail panel on the sample incident: a request's attempts, events, explanation and
// raw lines; field-by-field highlighting that follows the parsers' spans; customer text shown
// literally; the empty state; the models under QAbstractItemModelTester.
#include "app/detail/attemptsmodel.h"
#include "app/detail/joinedeventsmodel.h"
#include "app/detail/keyvaluemodel.h"
#include "app/detail/rawlinedisplay.h"
#include "app/detail/rawlinehighlighter.h"
#include "app/detail/requestdetailpanel.h"
#include "app/filter/filterstack.h"
#include "appfixture.h"
#include "core/diagnosis/explanations.h"
#include "core/formats/fieldspans.h"
#include "core/util/textescape.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace rs;

namespace {

// The first request whose diagnosis holds at least `attempts` joined failed attempts.
std::uint32_t requestWithAttempts(const Analysis& analysis, std::uint16_t attempts)
{
    const Diagnosis& d = analysis.diagnosis;
    for (std::uint32_t row = 0; row < d.size(); ++row) {
        if (d.attemptsCount[row] >= attempts)
            return row;
    }
    return kNoRow;
}

QString shownLine(std::string_view raw)
{
    return QString::fromStdString(escapeForDisplay(raw));
}

// An incident of one access log in memory, analysed.
std::shared_ptr<const Analysis> analyseAccessLog(const std::string& lines)
{
    return analyse(Importer().importBytes("access.log", bytesFromString(lines)));
}

std::string accessLine(const std::string& uri, const std::string& userAgent, const std::string& extra = {})
{
    return "app.example.com - [2026-10-14T09:00:01.000000000Z] \"GET " + uri +
           " HTTP/1.1\" 502 0 67 \"-\" \"" + userAgent +
           "\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" "
           "vcap_request_id:\"6f1c9a52-0d4e-4c4b-8a58-3b1f1d2c9e01\" response_time:0.010000 "
           "gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" instance_id:\"i\" "
           "x_cf_routererror:\"endpoint_failure (EOF)\"" +
           extra + "\n";
}

const DetailField* fieldNamed(const RequestDetailPanel& panel, const QString& name)
{
    for (const DetailField& field : panel.detail().fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestRequestDetail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryAttemptWithItsEndpointAndError();
    void explanationAndEvidenceOfTheClass();
    void joinedEventsAndTheirRawLines();
    void highlightingFollowsTheFieldSpans();
    void customerTextIsShownLiterally();
    void longLinesAreCutWithANote();
    void aFileChangedSinceTheImportIsSaid();
    void displayedSpansLandOnTheirTextAfterEscapes();
    void clearShowsTheEmptyState();
    void filterActionsPushTheRequestsHostAndBackend();
    void copyPutsTheRawLinesOnTheClipboard();
    void roleColoursAreReadableOnLightAndDarkBases();
    void modelsPassTheModelTester();
};

void TestRequestDetail::showsEveryAttemptWithItsEndpointAndError()
{
    const auto analysis = test::sampleAnalysis();
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY2(row != kNoRow, "the sample incident has a request with two failed attempts");
    const Incident& incident = *analysis->incident;
    const Diagnosis& d = analysis->diagnosis;
    const RouterEventTable& ev = incident.tables.events;

    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, row);
    QCOMPARE(panel.currentRow(), std::optional<std::uint32_t>(row));
    QCOMPARE(child<QStackedWidget>(panel, "pages")->currentWidget(), child<QWidget>(panel, "detailPage"));

    const QAbstractItemModel* attempts = child<QTreeView>(panel, "attemptsView")->model();
    QCOMPARE(attempts->rowCount(), static_cast<int>(d.attemptsCount[row]));
    for (int i = 0; i < attempts->rowCount(); ++i) {
        const std::uint32_t event = d.attemptEvents[d.attemptsBegin[row] + static_cast<std::uint32_t>(i)];
        QCOMPARE(attempts->index(i, AttemptsModel::Endpoint).data().toString(),
                 shownLine(incident.str(ev.endpoint[event])));
        QCOMPARE(attempts->index(i, AttemptsModel::Error).data().toString(),
                 shownLine(incident.str(ev.error[event])));
        QCOMPARE(attempts->index(i, AttemptsModel::Class).data().toString(),
                 classTitle(classifyErrorText(incident.str(ev.error[event]))));
        const int number = ev.attempt[event] > 0 ? ev.attempt[event] : i + 1;
        QCOMPARE(attempts->index(i, AttemptsModel::Number).data().toString(), QString::number(number));
        // Which attempt is uncertain: the ones found by router, backend and time.
        QCOMPARE(attempts->index(i, AttemptsModel::JoinedBy).data().toString(),
                 ev.requestId[event].empty() ? AttemptsModel::tr("time (uncertain)")
                                             : AttemptsModel::tr("request id"));
    }
    QVERIFY(child<QTabWidget>(panel, "tabs")->tabText(1).contains(QString::number(d.attemptsCount[row])));
}

void TestRequestDetail::explanationAndEvidenceOfTheClass()
{
    const auto analysis = test::sampleAnalysis();
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY(row != kNoRow);
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, row);
    const ErrorClass cls = analysis->diagnosis.errorClass[row];
    QCOMPARE(child<QLabel>(panel, "explanationLabel")->text(), classExplanation(cls));
    QVERIFY(child<QLabel>(panel, "classLabel")->text().contains(classTitle(cls)));
    QVERIFY(
        child<QLabel>(panel, "classLabel")->text().contains(sourceTitle(analysis->diagnosis.source[row])));
    QVERIFY(
        child<QLabel>(panel, "evidenceLabel")
            ->text()
            .contains(QString::fromStdString(evidenceText(*analysis->incident, analysis->diagnosis, row))));

    // A known x_cf_routererror gets its own explanation beside the class's.
    const auto routed = analyseAccessLog(accessLine("/x", "curl/8"));
    panel.showRequest(routed, 0);
    const QString expected = routerErrorExplanation("endpoint_failure (EOF)");
    QVERIFY(!expected.isEmpty());
    QVERIFY(!child<QLabel>(panel, "routerErrorLabel")->isHidden());
    QVERIFY(child<QLabel>(panel, "routerErrorLabel")->text().contains(expected));
}

void TestRequestDetail::joinedEventsAndTheirRawLines()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    const Diagnosis& d = analysis->diagnosis;
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY(row != kNoRow);
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, row);

    const QString raw = panel.rawText();
    const RequestTable& q = incident.tables.requests;
    QVERIFY(raw.contains(shownLine(incident.rawLine(q.source, row).view())));
    QVERIFY(raw.contains(QString::fromStdString(incident.filePath(q.source.file[row]))));
    QVERIFY(raw.contains(QString::number(q.source.offset[row])));
    const QAbstractItemModel* events = child<QTreeView>(panel, "eventsView")->model();
    for (std::uint32_t i = 0; i < d.attemptsCount[row]; ++i) {
        const std::uint32_t event = d.attemptEvents[d.attemptsBegin[row] + i];
        QVERIFY(raw.contains(shownLine(incident.rawLine(incident.tables.events.source, event).view())));
        bool listed = false;
        for (const JoinedEvent& e : panel.detail().events)
            listed = listed || (e.reason == JoinReason::Attempt && e.sourceRow == event);
        QVERIFY(listed);
    }
    QVERIFY(events->rowCount() >= static_cast<int>(d.attemptsCount[row]));

    // A request with a joined stderr proxy error lists it and shows its line.
    std::uint32_t withStderr = kNoRow;
    for (std::uint32_t r = 0; r < d.size() && withStderr == kNoRow; ++r) {
        if (d.stderrLine[r] != kNoRow)
            withStderr = r;
    }
    if (withStderr != kNoRow) {
        panel.showRequest(analysis, withStderr);
        const StderrTable& se = incident.tables.stderrLines;
        QVERIFY(panel.rawText().contains(
            shownLine(incident.rawLine(se.source, d.stderrLine[withStderr]).view())));
        bool listed = false;
        for (const JoinedEvent& e : panel.detail().events)
            listed = listed || e.reason == JoinReason::StderrProxyError;
        QVERIFY(listed);
    }

    // Without any attempt, the attempts tab says so.
    std::uint32_t plain = kNoRow;
    for (std::uint32_t r = 0; r < d.size() && plain == kNoRow; ++r) {
        if (d.attemptsCount[r] == 0 && d.errorClass[r] == ErrorClass::Ok)
            plain = r;
    }
    QVERIFY(plain != kNoRow);
    panel.showRequest(analysis, plain);
    QCOMPARE(child<QTreeView>(panel, "attemptsView")->model()->rowCount(), 0);
    QVERIFY(!child<QLabel>(panel, "attemptsNote")->isHidden());
    QVERIFY(!child<QLabel>(panel, "attemptsNote")->text().isEmpty());
}

void TestRequestDetail::highlightingFollowsTheFieldSpans()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY(row != kNoRow);
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, row);
    const QTextDocument* document = child<QPlainTextEdit>(panel, "rawView")->document();

    // Block 0 is the access line's header, block 1 the line; the sample's lines are ASCII, so
    // byte offsets are character positions.
    const RawLine rawLine = incident.rawLine(incident.tables.requests.source, row);
    const std::string_view raw = rawLine.view();
    const QTextBlock line = document->findBlockByNumber(1);
    QCOMPARE(line.text(), shownLine(raw));
    const std::vector<fields::FieldSpan> spans = fields::fieldSpans(FileKind::AccessLog, raw);
    const QList<QTextLayout::FormatRange> formats = line.layout()->formats();
    const auto formatAt = [&](const fields::FieldSpan& span) -> const QTextLayout::FormatRange* {
        for (const QTextLayout::FormatRange& range : formats) {
            if (range.start == static_cast<int>(span.offset) && range.length == static_cast<int>(span.length))
                return &range;
        }
        return nullptr;
    };
    bool sawStatus = false;
    for (const fields::FieldSpan& span : spans) {
        const QTextLayout::FormatRange* range = formatAt(span);
        QVERIFY2(range != nullptr, std::string(fields::fieldRoleId(span.role)).c_str());
        QVERIFY(range->format.foreground().style() != Qt::NoBrush);
        if (span.role == fields::FieldRole::Status) {
            sawStatus = true;
            QCOMPARE(line.text().mid(range->start, range->length),
                     QString::number(incident.tables.requests.status[row]));
            QVERIFY(range->format.fontWeight() == QFont::Bold);
        } else if (span.role != fields::FieldRole::Prefix) {
            QCOMPARE(
                range->format.foreground().color(),
                RawLineHighlighter::roleColor(span.role, child<QPlainTextEdit>(panel, "rawView")->palette()));
        }
    }
    QVERIFY(sawStatus);
    // Formats cover the spans and nothing else.
    QCOMPARE(formats.size(), static_cast<qsizetype>(spans.size()));
    // Each attempt's gorouter.log line is highlighted as JSON: its error text has the error format.
    // Each raw line takes three blocks (header, line, blank separator).
    int attemptIndex = -1;
    const auto& rawLines = panel.detail().rawLines;
    for (std::size_t i = 0; i < rawLines.size() && attemptIndex < 0; ++i) {
        if (rawLines[i].what.startsWith(QStringLiteral("attempt")))
            attemptIndex = static_cast<int>(i);
    }
    QVERIFY(attemptIndex > 0);
    const QTextBlock attemptLine = document->findBlockByNumber(3 * attemptIndex + 1);
    QVERIFY(attemptLine.text().startsWith(QLatin1Char('{')) ||
            attemptLine.text().startsWith(QLatin1Char('[')));
    bool sawError = false;
    for (const QTextLayout::FormatRange& range : attemptLine.layout()->formats())
        sawError =
            sawError || range.format.foreground().color() ==
                            RawLineHighlighter::roleColor(fields::FieldRole::ErrorText,
                                                          child<QPlainTextEdit>(panel, "rawView")->palette());
    QVERIFY(sawError);
    // Header blocks are not raw lines: one subdued format over the whole block.
    const QTextBlock header = document->findBlockByNumber(0);
    QCOMPARE(header.layout()->formats().size(), 1);
    QCOMPARE(header.layout()->formats().front().length, static_cast<int>(header.text().size()));
}

void TestRequestDetail::customerTextIsShownLiterally()
{
    const std::string agent = "<script>alert(1)</script>";
    const std::string uri = "/a?<b>bold</b>&x=\xe2\x80\xae"
                            "gnp.exe"; // a right-to-left override
    const auto analysis =
        analyseAccessLog(accessLine(uri, agent, " x_evil:\"<img src=x onerror=alert(2)>\""));
    QCOMPARE(analysis->incident->tables.requests.size(), std::size_t{1});
    FilterStack filters;
    RequestDetailPanel panel(&filters);
    panel.show();
    panel.showRequest(analysis, 0);

    const DetailField* userAgent = fieldNamed(panel, QStringLiteral("User agent"));
    QVERIFY(userAgent != nullptr);
    QCOMPARE(userAgent->value, QString::fromStdString(agent));
    QVERIFY(userAgent->fromLog);
    const QAbstractItemModel* fieldsModel = child<QTreeView>(panel, "fieldsView")->model();
    bool shownInView = false;
    for (int r = 0; r < fieldsModel->rowCount(); ++r) {
        if (fieldsModel->index(r, KeyValueModel::Value).data().toString() != QString::fromStdString(agent))
            continue;
        shownInView = true;
        const QString tip = fieldsModel->index(r, KeyValueModel::Value).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!tip.contains(QStringLiteral("<script>")));
    }
    QVERIFY(shownInView);
    const DetailField* extra = fieldNamed(panel, QStringLiteral("x_evil"));
    QVERIFY(extra != nullptr);
    QCOMPARE(extra->value, QStringLiteral("<img src=x onerror=alert(2)>"));

    // The raw view holds the bytes as text, with the layout-changing override neutralised.
    const QString raw = panel.rawText();
    QVERIFY(raw.contains(QString::fromStdString(agent)));
    QVERIFY(!raw.contains(QChar(0x202E)));
    QVERIFY(raw.contains(QChar(QChar::ReplacementCharacter)));
    const DetailField* uriField = fieldNamed(panel, QStringLiteral("URI"));
    QVERIFY(uriField != nullptr && !uriField->value.contains(QChar(0x202E)));
    // No label anywhere may interpret text as markup.
    for (const QLabel* label : panel.findChildren<QLabel*>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>(panel, "summaryLabel")->text().contains(QStringLiteral("<b>bold</b>")));
}

void TestRequestDetail::longLinesAreCutWithANote()
{
    const std::string padding(100 * 1024, 'a');
    const auto analysis = analyseAccessLog(accessLine("/long", "curl/8", " x_padding:\"" + padding + "\""));
    QCOMPARE(analysis->incident->tables.requests.size(), std::size_t{1});
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, 0);
    const QTextDocument* document = child<QPlainTextEdit>(panel, "rawView")->document();
    const QTextBlock header = document->findBlockByNumber(0);
    const QTextBlock line = document->findBlockByNumber(1);
    QVERIFY(line.text().size() <= static_cast<qsizetype>(RequestDetailPanel::kMaxShownLineBytes) + 2);
    QVERIFY(line.text().startsWith(QStringLiteral("app.example.com - [")));
    QVERIFY(header.text().contains(
        QLocale().toString(static_cast<qulonglong>(RequestDetailPanel::kMaxShownLineBytes))));
    // Spans past the cut are not applied; those before it are.
    QVERIFY(!line.layout()->formats().isEmpty());
    for (const QTextLayout::FormatRange& range : line.layout()->formats())
        QVERIFY(range.start + range.length <= line.text().size());

    // A huge URI is cut in the fields and, shorter still, in the labels that lay it out whole.
    const auto hugeUri = analyseAccessLog(accessLine("/" + std::string(200 * 1024, 'u'), "curl/8"));
    QCOMPARE(hugeUri->incident->tables.requests.size(), std::size_t{1});
    panel.showRequest(hugeUri, 0);
    const DetailField* uri = fieldNamed(panel, QStringLiteral("URI"));
    QVERIFY(uri != nullptr);
    QVERIFY(uri->value.size() <= static_cast<qsizetype>(RequestDetail::kMaxFieldBytes) + 1);
    QVERIFY(uri->value.startsWith(QStringLiteral("/uuuu")));
    QVERIFY(child<QLabel>(panel, "summaryLabel")->text().size() <=
            static_cast<qsizetype>(RequestDetail::kMaxLabelBytes) + 100);
}

// Raw lines are read again from loose files on demand (issue 15): a file changed since the import
// shows no line, and its header says why instead of an empty line alone.
void TestRequestDetail::aFileChangedSinceTheImportIsSaid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("access.log"));
    const auto write = [&](const std::string& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.data(), static_cast<qint64>(text.size()));
    };
    // Megabytes of lines: more than the blocks a thread keeps of a file it read back.
    std::string lines;
    for (int i = 0; i < 6000; ++i)
        lines += accessLine("/changed/" + std::to_string(i), "curl/8");
    write(lines);
    const auto analysis = analyse(Importer().importPaths({path.toStdString()}));
    const std::size_t rows = analysis->incident->tables.requests.size();
    QCOMPARE(rows, std::size_t{6000});
    RequestDetailPanel panel(nullptr);
    const auto* rawView = child<QPlainTextEdit>(panel, "rawView");
    const auto rowOf = [&](const std::string& uri) {
        for (std::uint32_t row = 0; row < rows; ++row) {
            panel.showRequest(analysis, row);
            if (rawView->toPlainText().contains(QString::fromStdString("GET " + uri + " HTTP/1.1")))
                return row;
        }
        return kNoRow;
    };
    const std::uint32_t first = rowOf("/changed/0");
    QVERIFY(first != kNoRow);
    QVERIFY(!rawView->toPlainText().contains(QStringLiteral("cannot be read again")));
    // The file's last lines read back (so the first ones are no longer at hand), then the file
    // is rewritten: the first line cannot be trusted any more.
    for (std::uint32_t row = 0; row < rows; ++row)
        if (row != first)
            panel.showRequest(analysis, row);
    write(accessLine("/other", "wget/1"));
    panel.clear();
    panel.showRequest(analysis, first);
    const QString shown = rawView->toPlainText();
    QVERIFY2(!shown.contains(QStringLiteral("/other")) && !shown.contains(QStringLiteral("/changed/0 ")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("cannot be read again")) &&
                 shown.contains(QStringLiteral("changed since the import")),
             qPrintable(shown));
}

void TestRequestDetail::displayedSpansLandOnTheirTextAfterEscapes()
{
    // Multi-byte UTF-8, an invalid byte and a control byte before the fields: the displayed text
    // is longer or shorter than the bytes, and every span must still cover its own field.
    const std::string line = accessLine("/caf\xc3\xa9/\xff/\x1b[31m", "agent \xe2\x9c\x93");
    const std::string_view raw = std::string_view(line).substr(0, line.size() - 1);
    const DisplayedLine shown = displayRawLine(FileKind::AccessLog, raw, 1 << 20);
    QVERIFY(shown.text.contains(QStringLiteral("\\xff")));
    QVERIFY(shown.text.contains(QStringLiteral("\\x1b")));
    const auto textOf = [&](fields::FieldRole role) {
        for (const DisplaySpan& span : shown.spans) {
            if (span.role == role)
                return shown.text.mid(span.start, span.length);
        }
        return QStringLiteral("<none>");
    };
    QCOMPARE(textOf(fields::FieldRole::Uri), QString::fromUtf8("/café/\\xff/\\x1b[31m"));
    QCOMPARE(textOf(fields::FieldRole::Status), QStringLiteral("502"));
    QCOMPARE(textOf(fields::FieldRole::UserAgent), QString::fromUtf8("agent ✓"));
    QCOMPARE(textOf(fields::FieldRole::RouterError), QStringLiteral("endpoint_failure (EOF)"));
    QCOMPARE(shown.spans.size(), fields::fieldSpans(FileKind::AccessLog, raw).size());
    // Garbage never yields a span outside the text.
    for (const std::string_view garbage :
         {std::string_view("\xff\xfe\x00\x01\"{[", 7), std::string_view("{\"a\":\"\xc3\"}"),
          raw.substr(0, 40), raw.substr(0, 130)}) {
        const DisplayedLine g = displayRawLine(FileKind::Unknown, garbage, 1 << 20);
        for (const DisplaySpan& span : g.spans)
            QVERIFY(span.start >= 0 && span.length > 0 && span.start + span.length <= g.text.size());
    }
    // Cut inside a field: the span ends at the cut.
    const DisplayedLine cut = displayRawLine(FileKind::AccessLog, raw, 10);
    QVERIFY(cut.cut);
    QCOMPARE(cut.text, QStringLiteral("app.exampl"));
    QCOMPARE(cut.spans.size(), std::size_t{1});
    QCOMPARE(cut.spans.front().length, 10);
}

void TestRequestDetail::clearShowsTheEmptyState()
{
    const auto analysis = test::sampleAnalysis();
    RequestDetailPanel panel(nullptr);
    const auto* pages = child<QStackedWidget>(panel, "pages");
    QCOMPARE(pages->currentWidget(), child<QWidget>(panel, "emptyPage"));
    panel.showRequest(analysis, 0);
    QCOMPARE(pages->currentWidget(), child<QWidget>(panel, "detailPage"));
    panel.clear();
    QCOMPARE(pages->currentWidget(), child<QWidget>(panel, "emptyPage"));
    QCOMPARE(child<QLabel>(panel, "emptyLabel")->text(),
             QStringLiteral("Select a request to see its attempts, events and raw lines"));
    QCOMPARE(panel.currentRow(), std::nullopt);
    QVERIFY(panel.rawText().isEmpty());
    QCOMPARE(child<QTreeView>(panel, "fieldsView")->model()->rowCount(), 0);
    QCOMPARE(child<QTreeView>(panel, "attemptsView")->model()->rowCount(), 0);
    QVERIFY(!panel.copyAction()->isEnabled());
    // A row past the end is no request either.
    panel.showRequest(analysis, static_cast<std::uint32_t>(analysis->incident->tables.requests.size()));
    QCOMPARE(pages->currentWidget(), child<QWidget>(panel, "emptyPage"));
}

void TestRequestDetail::filterActionsPushTheRequestsHostAndBackend()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY(row != kNoRow);
    FilterStack filters;
    RequestDetailPanel panel(&filters);
    panel.showRequest(analysis, row);
    const std::string backend(incident.str(incident.tables.requests.backend[row]));
    const std::string host(incident.str(incident.tables.requests.host[row]));
    QVERIFY(!backend.empty());
    QVERIFY(panel.filterBackendAction()->isEnabled());
    panel.filterBackendAction()->trigger();
    QCOMPARE(filters.current().backends, std::vector<std::string>{backend});
    panel.filterHostAction()->trigger();
    QCOMPARE(filters.current().hosts, std::vector<std::string>{host});
    QCOMPARE(filters.current().backends, std::vector<std::string>{backend}); // added to, not replaced
    filters.back();
    filters.back();
    QVERIFY(filters.current().isEmpty());
}

void TestRequestDetail::copyPutsTheRawLinesOnTheClipboard()
{
    const auto analysis = test::sampleAnalysis();
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, 0);
    QVERIFY(panel.copyAction()->isEnabled());
    panel.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), panel.rawText());
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        shownLine(analysis->incident->rawLine(analysis->incident->tables.requests.source, 0).view())));
}

void TestRequestDetail::roleColoursAreReadableOnLightAndDarkBases()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    QVERIFY(dark.color(QPalette::Window).lightness() < 128);
    for (const QPalette& palette : {light, dark}) {
        for (std::size_t i = 0; i < fields::kFieldRoleCount; ++i) {
            const auto role = static_cast<fields::FieldRole>(i);
            const QColor color = RawLineHighlighter::roleColor(role, palette);
            QVERIFY2(RawLineHighlighter::contrastRatio(color, palette.color(QPalette::Base)) >= 4.5,
                     std::string(fields::fieldRoleId(role)).c_str());
        }
    }
    // Roles stay told apart by colour: errors differ from plain values on both bases.
    for (const QPalette& palette : {light, dark})
        QVERIFY(RawLineHighlighter::roleColor(fields::FieldRole::ErrorText, palette) !=
                RawLineHighlighter::roleColor(fields::FieldRole::StringValue, palette));

    // The panel follows a palette change.
    const auto analysis = test::sampleAnalysis();
    RequestDetailPanel panel(nullptr);
    panel.showRequest(analysis, 0);
    auto* rawView = child<QPlainTextEdit>(panel, "rawView");
    panel.setPalette(dark);
    const QTextBlock line = rawView->document()->findBlockByNumber(1);
    bool sawDarkColour = false;
    for (const QTextLayout::FormatRange& range : line.layout()->formats())
        sawDarkColour = sawDarkColour || range.format.foreground().color() ==
                                             RawLineHighlighter::roleColor(fields::FieldRole::Host, dark);
    QVERIFY(sawDarkColour);
}

void TestRequestDetail::modelsPassTheModelTester()
{
    const auto analysis = test::sampleAnalysis();
    const std::uint32_t row = requestWithAttempts(*analysis, 2);
    QVERIFY(row != kNoRow);
    const RequestDetail detail = RequestDetail::describe(*analysis, row);
    QVERIFY(!detail.fields.empty());
    QVERIFY(detail.attempts.size() >= 2);
    QVERIFY(!detail.events.empty());

    KeyValueModel fieldsModel;
    AttemptsModel attempts;
    JoinedEventsModel events;
    QAbstractItemModelTester fieldsTester(&fieldsModel,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester attemptsTester(&attempts,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester eventsTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int round = 0; round < 2; ++round) {
        fieldsModel.setFields(detail.fields);
        attempts.setAttempts(detail.attempts);
        events.setEvents(detail.events);
        QCOMPARE(fieldsModel.rowCount(), static_cast<int>(detail.fields.size()));
        QCOMPARE(attempts.rowCount(), static_cast<int>(detail.attempts.size()));
        QCOMPARE(events.rowCount(), static_cast<int>(detail.events.size()));
        QCOMPARE(fieldsModel.columnCount(), 2);
        QVERIFY(!fieldsModel.headerData(KeyValueModel::Value, Qt::Horizontal).toString().isEmpty());
        for (int c = 0; c < attempts.columnCount(); ++c)
            QVERIFY(!attempts.headerData(c, Qt::Horizontal).toString().isEmpty());
        for (int c = 0; c < events.columnCount(); ++c)
            QVERIFY(!events.headerData(c, Qt::Horizontal).toString().isEmpty());
        // Child indexes of a table have no rows.
        QCOMPARE(attempts.rowCount(attempts.index(0, 0)), 0);
        fieldsModel.setFields({});
        attempts.setAttempts({});
        events.setEvents({});
        QCOMPARE(attempts.rowCount(), 0);
    }
}

QTEST_MAIN(TestRequestDetail)
#include "tst_requestdetail.moc"
