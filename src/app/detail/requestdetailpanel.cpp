#include "app/detail/requestdetailpanel.h"

#include "app/detail/attemptsmodel.h"
#include "app/detail/joinedeventsmodel.h"
#include "app/detail/keyvaluemodel.h"
#include "app/detail/rawlinedisplay.h"
#include "app/detail/rawlinehighlighter.h"
#include "app/displaytime.h"
#include "app/filter/filterstack.h"
#include "app/language.h"
#include "core/diagnosis/explanations.h"
#include "core/util/textescape.h"
#include "ui_requestdetailpanel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>

#include <algorithm>

namespace rs {

RequestDetailPanel::RequestDetailPanel(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestDetailPanel>())
    , m_filters(filters)
    , m_fields(new KeyValueModel(this))
    , m_attempts(new AttemptsModel(this))
    , m_events(new JoinedEventsModel(this))
    , m_copy(new QAction(this))
    , m_filterHost(new QAction(this))
    , m_filterBackend(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->fieldsView->setModel(m_fields);
    m_ui->attemptsView->setModel(m_attempts);
    m_ui->eventsView->setModel(m_events);
    m_ui->fieldsView->header()->setSectionResizeMode(KeyValueModel::Name, QHeaderView::ResizeToContents);
    m_ui->rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // What the app said sits beside the router's events: plain text, never markup.
    m_ui->appView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new RawLineHighlighter(m_ui->rawView->document());
    m_highlighter->setPalette(palette());
    m_ui->overviewSplitter->setStretchFactor(1, 1);
    connect(m_ui->overviewSplitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    retranslateActions();
    addAction(m_copy);
    m_ui->copyButton->setDefaultAction(m_copy);
    m_ui->filterHostButton->setDefaultAction(m_filterHost);
    m_ui->filterBackendButton->setDefaultAction(m_filterBackend);

    connect(m_copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->rawView->toPlainText()); });
    connect(m_filterHost, &QAction::triggered, this, [this] {
        if (m_filters != nullptr && !m_detail.host.empty())
            m_filters->modify([host = m_detail.host](Filter& f) { f.hosts = {host}; });
    });
    connect(m_filterBackend, &QAction::triggered, this, [this] {
        if (m_filters != nullptr && !m_detail.backend.empty())
            m_filters->modify([backend = m_detail.backend](Filter& f) { f.backends = {backend}; });
    });
    clear();
}

RequestDetailPanel::~RequestDetailPanel() = default;

void RequestDetailPanel::retranslateActions()
{
    m_copy->setText(tr("Copy raw lines"));
    m_copy->setToolTip(tr("Copy every raw line of this request, with its file and offset (Ctrl+Shift+C)"));
    m_filterHost->setText(tr("Filter to host"));
    m_filterHost->setToolTip(tr("Show only requests to this request's host in every view"));
    m_filterBackend->setText(tr("Filter to backend"));
    m_filterBackend->setToolTip(tr("Show only requests to this request's backend in every view"));
}

std::optional<std::uint32_t> RequestDetailPanel::currentRow() const
{
    if (!m_analysis)
        return std::nullopt;
    return m_detail.row;
}

QString RequestDetailPanel::rawText() const
{
    return m_ui->rawView->toPlainText();
}

QString RequestDetailPanel::appText() const
{
    return m_ui->appView->toPlainText();
}

void RequestDetailPanel::clear()
{
    m_detail = RequestDetail{}; // its raw lines point into the analysis: dropped first
    m_analysis.reset();
    m_fields->setFields({});
    m_attempts->setAttempts({});
    m_events->setEvents({});
    m_highlighter->clearBlocks();
    m_ui->rawView->clear();
    m_ui->appView->clear();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->appTab), tr("App"));
    for (QAction* action : {m_copy, m_filterHost, m_filterBackend})
        action->setEnabled(false);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

void RequestDetailPanel::showRequest(std::shared_ptr<const Analysis> analysis, std::uint32_t row)
{
    if (!analysis || !analysis->incident || row >= analysis->incident->tables.requests.size() ||
        row >= analysis->diagnosis.size()) {
        clear();
        return;
    }
    m_analysis = std::move(analysis);
    m_detail = RequestDetail::describe(*m_analysis, row);
    m_ui->summaryLabel->setText(m_detail.summary);
    m_fields->setFields(m_detail.fields);
    showClass();
    showAttemptsAndEvents();
    showRawLines();
    showAppLines();
    m_copy->setEnabled(true);
    m_filterHost->setEnabled(m_filters != nullptr && !m_detail.host.empty());
    m_filterBackend->setEnabled(m_filters != nullptr && !m_detail.backend.empty());
    m_ui->pages->setCurrentWidget(m_ui->detailPage);
}

void RequestDetailPanel::showClass()
{
    const ErrorClass cls = m_detail.errorClass;
    m_ui->classLabel->setText(
        tr("%1 (%2) — likely source: %3")
            .arg(classTitle(cls), QString::fromLatin1(errorClassId(cls)), sourceTitle(m_detail.source)));
    QFont bold = m_ui->classLabel->font();
    bold.setBold(true);
    m_ui->classLabel->setFont(bold);
    m_ui->evidenceLabel->setText(m_detail.evidence.isEmpty() ? tr("Evidence: none")
                                                             : tr("Evidence: %1").arg(m_detail.evidence));
    m_ui->explanationLabel->setText(classExplanation(cls));
    const std::string& routerError = m_detail.routerError;
    const QString routerExplanation =
        routerError.empty() || routerError == "-" ? QString() : routerErrorExplanation(routerError);
    m_ui->routerErrorLabel->setVisible(!routerExplanation.isEmpty());
    fitClassArea();
    m_ui->routerErrorLabel->setText(
        tr("x_cf_routererror “%1”: %2")
            .arg(QString::fromStdString(escapeForDisplay(routerError, RequestDetail::kMaxLabelBytes)),
                 routerExplanation));
}

// The class texts get the height they need, up to half the tab, until the user moves the
// splitter: then their choice stays.
void RequestDetailPanel::fitClassArea()
{
    QSplitter* splitter = m_ui->overviewSplitter;
    if (m_splitterMoved || !splitter->isVisible())
        return;
    const int total = splitter->height() - splitter->handleWidth();
    const int needed = m_ui->classBox->heightForWidth(m_ui->classArea->viewport()->width());
    const int top = std::clamp(needed, total / 5, total / 2);
    const QSignalBlocker blocker(splitter);
    splitter->setSizes({top, total - top});
}

void RequestDetailPanel::showAttemptsAndEvents()
{
    m_attempts->setAttempts(m_detail.attempts);
    m_events->setEvents(m_detail.events);
    QString attemptsNote = m_detail.attemptsNote;
    if (m_detail.attempts.empty())
        attemptsNote = tr("No failed attempt was joined to this request.") +
                       (attemptsNote.isEmpty() ? QString() : QLatin1Char('\n') + attemptsNote);
    m_ui->attemptsNote->setText(attemptsNote);
    m_ui->attemptsNote->setVisible(!attemptsNote.isEmpty());
    m_ui->eventsNote->setText(m_detail.events.empty()
                                  ? tr("No router event or stderr line was joined to this "
                                       "request.")
                                  : QString());
    m_ui->eventsNote->setVisible(m_detail.events.empty());
    for (QTreeView* view : {m_ui->attemptsView, m_ui->eventsView}) {
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
            view->resizeColumnToContents(column);
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->attemptsTab),
                           tr("Attempts (%1)").arg(m_detail.attempts.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->eventsTab),
                           tr("Events (%1)").arg(m_detail.events.size()));
}

// One header block (what, file, offset) above each raw line; the highlighter learns which
// blocks are which before the text is set, so that setting it highlights them once.
void RequestDetailPanel::showRawLines()
{
    const Incident& incident = *m_analysis->incident;
    QStringList blocks;
    m_highlighter->clearBlocks();
    for (const RawLineRef& line : m_detail.rawLines) {
        if (!blocks.isEmpty())
            blocks << QString();
        QString header = tr("# %1 · offset %2 · %3")
                             .arg(line.what, QString::number(line.offset),
                                  QString::fromStdString(escapeForDisplay(incident.filePath(line.file))));
        DisplayedLine shown = displayRawLine(line.kind, line.bytes.view(), kMaxShownLineBytes);
        const SharedText& text =
            line.file < incident.fileText.size() ? incident.fileText[line.file] : nullptr;
        // Missing: opened from a case without its bundle, which can be pointed at.
        if (line.bytes.empty() && text && text->state() == TextState::Missing && text->relocatable())
            header += tr(" — needs the bundle (%1); use File → Locate Bundle… to reattach it")
                          .arg(QString::fromStdString(escapeForDisplay(text->problem())));
        else if (line.bytes.empty() && text && text->state() != TextState::Available)
            header += tr(" — cannot be read again (%1); open the bundle again to see it")
                          .arg(QString::fromStdString(escapeForDisplay(text->problem())));
        if (shown.cut)
            header += tr(" — a line of %1 bytes, the first %2 shown")
                          .arg(QLocale().toString(static_cast<qulonglong>(line.bytes.size())),
                               QLocale().toString(static_cast<qulonglong>(kMaxShownLineBytes)));
        replaceLayoutControls(header);
        m_highlighter->setHeaderBlock(static_cast<int>(blocks.size()));
        blocks << header;
        m_highlighter->setLineSpans(static_cast<int>(blocks.size()), std::move(shown.spans));
        blocks << shown.text + (shown.cut ? QStringLiteral(" …") : QString());
    }
    m_ui->rawView->setPlainText(blocks.join(QLatin1Char('\n')));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->rawTab),
                           tr("Raw lines (%1)").arg(m_detail.rawLines.size()));
}

// One line per app line: when, which instance and stream, how it was joined, then its text.
void RequestDetailPanel::showAppLines()
{
    const Incident& incident = *m_analysis->incident;
    QStringList lines;
    if (incident.tables.apps.size() == 0)
        lines << tr(
            "No app logs were imported. Add the output of `cf logs APP --recent` (or a syslog drain's "
            "file) to see what the app said about this request.");
    else if (m_detail.appLines.empty())
        lines << tr("The app logged nothing that could be tied to this request (no line with its request id, "
                    "and no line of instance %1 while only this request was in flight).")
                     .arg(QString::fromStdString(escapeForDisplay(
                         incident.str(incident.tables.requests.appIndex[m_detail.row]), 16)));
    for (const AppLineInfo& line : m_detail.appLines) {
        const QString when = line.time == kNoTime ? tr("(no time)") : timeOfDayMs(line.time);
        const QString instance = line.instance < 0 ? tr("instance ?") : tr("instance %1").arg(line.instance);
        const QString how = line.exact ? tr("request id") : tr("near in time");
        lines << tr("%1 · %2 · %3 · %4 — %5")
                     .arg(when, instance, line.stream.isEmpty() ? QStringLiteral("-") : line.stream, how,
                          line.text);
    }
    m_ui->appView->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->appTab), tr("App (%1)").arg(m_detail.appLines.size()));
    m_ui->tabs->setTabToolTip(m_ui->tabs->indexOf(m_ui->appTab),
                              tr("What the app itself logged for this request: lines with its request id "
                                 "(exact), or of the same instance while only this request was in flight "
                                 "(near in time, not proven)"));
}

void RequestDetailPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitClassArea();
}

void RequestDetailPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Children take the new palette after this event: the panel's own is the one to follow.
    if (event->type() == QEvent::PaletteChange && m_highlighter != nullptr)
        m_highlighter->setPalette(palette());
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateActions();
        // The request's description is worded when it is shown: describe it again.
        if (const auto row = currentRow(); row && m_analysis)
            showRequest(m_analysis, *row);
        else
            announceRetranslation(m_fields);
    }
}

} // namespace rs
