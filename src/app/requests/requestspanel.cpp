#include "app/requests/requestspanel.h"

#include "app/displaytime.h"
#include "app/filter/filterhelpdialog.h"
#include "app/filter/filterlineedit.h"
#include "app/filter/filterstack.h"
#include "app/filter/savedfilters.h"
#include "app/filter/savedfiltersdialog.h"
#include "app/language.h"
#include "app/requests/quickfilters.h"
#include "app/requests/requesttablemodel.h"
#include "app/requests/searchjob.h"
#include "app/requests/searchresults.h"
#include "app/requests/unjoinedhitsdialog.h"
#include "app/safetext.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "core/util/textescape.h"
#include "ui_requestspanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace rs {
namespace {
// Typing in the search field filters once the typing pauses, not on every key.
constexpr int kSearchDelayMs = 300;
constexpr std::uint32_t kNoRequest = ~std::uint32_t{0};
} // namespace

RequestsPanel::RequestsPanel(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestsPanel>())
    , m_filters(filters)
    , m_model(new RequestTableModel(this))
    , m_searchDelay(new QTimer(this))
    , m_searchJob(new SearchJob(this))
    , m_savedMenu(new QMenu(this))
    , m_filterSyntaxAction(new QAction(this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->requestsView;
    view->setModel(m_model);
    // Fixed row heights keep a view over millions of rows cheap: nothing is measured per row.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    // Long ids (router GUIDs, request ids) keep both ends; the whole text is in the tooltip.
    view->setTextElideMode(Qt::ElideMiddle);
    view->setTabKeyNavigation(false);
    fitColumns();

    m_quickButtons = {{m_ui->allButton, QuickFilter::All},
                      {m_ui->failuresButton, QuickFilter::Failures},
                      {m_ui->serverErrorsButton, QuickFilter::ServerErrors},
                      {m_ui->clientErrorsButton, QuickFilter::ClientErrors},
                      {m_ui->platformButton, QuickFilter::Platform}};
    for (const auto& [button, quick] : m_quickButtons) {
        connect(button, &QAbstractButton::clicked, this, [this, quick = quick] {
            m_filters->modify([quick](Filter& f) { applyQuickFilter(f, quick); });
            syncControls(m_filters->current());
        });
    }

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RequestsPanel::pushSearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &RequestsPanel::pushSearch);
    // The clear button changes the text without textEdited.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            pushSearch();
    });
    connect(m_ui->unjoinedButton, &QToolButton::clicked, this, &RequestsPanel::showUnjoinedHits);
    // The search reads every raw line in the background; Esc in the field or Stop drops it.
    m_ui->searchEdit->installEventFilter(this);
    m_ui->requestsView->viewport()->installEventFilter(this);
    connect(m_ui->cancelSearchButton, &QToolButton::clicked, this, &RequestsPanel::stopSearch);
    connect(m_searchJob, &SearchJob::progressed, this,
            [this](double fraction) { m_ui->searchProgress->setValue(static_cast<int>(fraction * 1000)); });
    connect(m_searchJob, &SearchJob::finished, this,
            [this](const std::shared_ptr<const Analysis>& analysis, const std::string& text,
                   const std::shared_ptr<PanelSearch>& search) {
                showSearchRunning(false);
                // A search of an incident no longer shown is not this one's filter.
                const auto shown = m_model->viewData();
                if (!shown || shown->analysis != analysis)
                    return;
                applySearch(analysis, text, std::move(*search));
            });
    setExpressionToolTip();
    FilterLineEdit* expression = m_ui->expressionEdit;
    connect(expression, &FilterLineEdit::applyRequested, this, &RequestsPanel::pushExpression);
    connect(expression, &FilterLineEdit::stateChanged, this, &RequestsPanel::showExpressionState);
    connect(m_filters, &FilterStack::editRequested, this, &RequestsPanel::editTerm);
    m_ui->savedFiltersButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &RequestsPanel::fillSavedMenu);
    connect(m_ui->filterHelpButton, &QToolButton::clicked, this, [this] { showFilterSyntaxHelp(this); });
    connect(m_filterSyntaxAction, &QAction::triggered, this, [this] { showFilterSyntaxHelp(this); });

    connect(m_filters, &FilterStack::filterChanged, this, &RequestsPanel::syncControls);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPanel::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the same request current across filter and sort changes when it is still shown.
        if (m_currentRequest != kNoRequest) {
            const int row = m_model->modelRowOf(m_currentRequest);
            if (row >= 0) {
                m_ui->requestsView->setCurrentIndex(m_model->index(row, 0));
                m_ui->requestsView->scrollTo(m_model->index(row, 0));
            }
        }
        updateCount();
    });
    connect(m_model, &RequestTableModel::sortingChanged, this, [this](bool) { updateCount(); });
    syncControls(m_filters->current());
    updateCount();
}

RequestsPanel::~RequestsPanel() = default;

void RequestsPanel::setExpressionToolTip()
{
    m_ui->searchEdit->setToolTip(plainToolTip(searchFieldToolTip()));
    m_filterSyntaxAction->setText(tr("&Filter Syntax"));
    m_filterSyntaxAction->setObjectName(QStringLiteral("actionFilterSyntax"));
    // Each quick filter says what it is in the grammar, so that it can be typed or refined.
    for (const auto& [button, quick] : m_quickButtons) {
        const std::string expression = quickFilterExpression(quick);
        if (!expression.empty() && !button->toolTip().contains(QLatin1Char('\n')))
            button->setToolTip(button->toolTip() + QLatin1Char('\n') + QString::fromStdString(expression));
    }
}

void RequestsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    setExpressionToolTip();
    syncUnjoinedButton(m_filters->current());
    updateCount();
    announceRetranslation(m_model);
    fitColumns();
}

void RequestsPanel::fitColumns()
{
    QTableView* view = m_ui->requestsView;
    const QFontMetrics metrics = view->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    // Cell padding of the style, on both sides, and a little air.
    const int padding = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 8;
    const auto shown = m_model->viewData();
    const bool oneDay = !shown || sameUtcDay(shown->incident().begin, shown->incident().end);
    const int timeWidth = metrics.horizontalAdvance(oneDay ? QStringLiteral("00:00:00.000")
                                                           : QStringLiteral("0000-00-00 00:00:00.000"));
    for (const auto& [column, width] :
         {std::pair{RequestColumn::Time, timeWidth + padding},
          std::pair{RequestColumn::Router, 18 * charWidth},
          std::pair{RequestColumn::Method, metrics.horizontalAdvance(QStringLiteral("OPTIONS")) + padding},
          std::pair{RequestColumn::Host, 26 * charWidth}, std::pair{RequestColumn::Uri, 24 * charWidth},
          std::pair{RequestColumn::Status, metrics.horizontalAdvance(QStringLiteral("000")) + padding},
          std::pair{RequestColumn::ErrorClass, 18 * charWidth},
          std::pair{RequestColumn::Source, 9 * charWidth}, std::pair{RequestColumn::Backend, 20 * charWidth},
          std::pair{RequestColumn::Attempts, 4 * charWidth}, std::pair{RequestColumn::Tried, 20 * charWidth},
          std::pair{RequestColumn::ResponseTime,
                    metrics.horizontalAdvance(QStringLiteral("000.000")) + padding},
          std::pair{RequestColumn::RouterError, 26 * charWidth},
          std::pair{RequestColumn::RequestId, 20 * charWidth}}) {
        const int index = static_cast<int>(column);
        // A header is never cut: the column is at least as wide as its title needs.
        view->setColumnWidth(index, std::max(width, view->horizontalHeader()->sectionSizeHint(index)));
    }
}

QTableView* RequestsPanel::view() const
{
    return m_ui->requestsView;
}

void RequestsPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void RequestsPanel::focusExpression()
{
    m_ui->expressionEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->expressionEdit->selectAll();
}

std::optional<std::uint32_t> RequestsPanel::currentRequest() const
{
    if (m_currentRequest == kNoRequest)
        return std::nullopt;
    return m_currentRequest;
}

void RequestsPanel::forgetCurrentRequest()
{
    m_currentRequest = kNoRequest;
    m_ui->requestsView->selectionModel()->clearCurrentIndex();
    m_ui->requestsView->selectionModel()->clearSelection();
}

void RequestsPanel::clearExpression()
{
    m_ui->expressionEdit->clear();
    m_ui->expressionEdit->setAppliedText(QString());
    m_ui->expressionEdit->validateNow();
    m_ui->expressionError->hide();
    m_appliedExpression.clear();
    m_appliedFilter.reset();
}

void RequestsPanel::forgetExpressionUnless(const Filter& filter)
{
    if (m_appliedFilter && *m_appliedFilter == filter)
        return;
    if (m_ui->expressionEdit->text() == m_appliedExpression)
        clearExpression();
}

void RequestsPanel::setViewData(std::shared_ptr<const ViewData> viewData)
{
    const bool newAnalysis = viewData && viewData->analysis != m_columnsFittedFor;
    if (newAnalysis) {
        stopSearch();
        m_columnsFittedFor = viewData->analysis;
        m_unjoined = {};
        syncUnjoinedButton(m_filters->current());
    }
    m_ui->expressionEdit->setAnalysis(viewData ? viewData->analysis : nullptr);
    // Without load-balancer logs the LB column would be empty on every row: its width goes to the
    // columns that say something.
    const bool hasLb = viewData && viewData->analysis && viewData->analysis->incident->tables.lb.size() > 0;
    m_ui->requestsView->setColumnHidden(static_cast<int>(RequestColumn::LbStatus), !hasLb);
    m_model->setViewData(std::move(viewData));
    // The time column shows the date only when the incident spans several days.
    if (newAnalysis)
        fitColumns();
}

void RequestsPanel::pushSearch()
{
    m_searchDelay->stop();
    const std::string text = m_ui->searchEdit->text().toStdString();
    // Enter after the typing delay fired, or the field emptied by the filter itself: the filter
    // holds this search already (a new textRows list would be a new history entry). A search still
    // running for another text is not wanted any more.
    if (text == m_filters->current().text) {
        stopSearch();
        return;
    }
    if (m_searchJob->isRunning() && m_searchJob->text() == text)
        return; // Enter while the same search runs
    const auto shown = m_model->viewData();
    if (text.empty() || !shown) {
        stopSearch();
        applySearch(shown ? shown->analysis : nullptr, text, PanelSearch{});
        return;
    }
    // Every raw line, not only the access line: a hit on a joined event or stderr line selects
    // its request; lines joined to no request are listed in the field's tool tip. A newer text
    // supersedes a search still running.
    m_searchJob->start(shown->analysis, text);
    m_ui->searchProgress->setValue(0);
    showSearchRunning(true);
}

void RequestsPanel::applySearch(const std::shared_ptr<const Analysis>& analysis, const std::string& text,
                                PanelSearch search)
{
    m_filters->modify([&text, &search](Filter& f) {
        f.text = text;
        f.textRows = std::move(search.rows);
    });
    m_ui->searchEdit->setToolTip(plainToolTip(
        search.summary.isEmpty() ? searchFieldToolTip()
                                 : searchFieldToolTip() + QStringLiteral("\n\n") + search.summary));
    m_unjoined = {analysis, text, std::move(search.unjoined), search.unjoinedTotal};
    syncUnjoinedButton(m_filters->current());
}

void RequestsPanel::stopSearch()
{
    m_searchJob->cancel();
    showSearchRunning(false);
}

void RequestsPanel::showSearchRunning(bool running)
{
    m_ui->searchProgress->setVisible(running);
    m_ui->cancelSearchButton->setVisible(running);
}

bool RequestsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in the search field stops a running search (and only then: otherwise it is the window's).
    if (watched == m_ui->searchEdit && m_searchJob->isRunning() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            stopSearch();
        return true;
    }
    // The table grows shorter when the request detail opens under it (on the first selection): the
    // current row, shown before, stays shown instead of ending up just below the fold.
    if (watched == m_ui->requestsView->viewport() && event->type() == QEvent::Resize) {
        const QModelIndex current = m_ui->requestsView->currentIndex();
        const QRect row = m_ui->requestsView->visualRect(current);
        const int oldHeight = static_cast<QResizeEvent*>(event)->oldSize().height();
        if (current.isValid() && row.top() >= 0 && row.bottom() < oldHeight &&
            row.bottom() >= m_ui->requestsView->viewport()->height())
            QTimer::singleShot(0, m_ui->requestsView,
                               [view = m_ui->requestsView, current = QPersistentModelIndex(current)] {
                                   if (current.isValid())
                                       view->scrollTo(current);
                               });
    }
    return QWidget::eventFilter(watched, event);
}

void RequestsPanel::syncUnjoinedButton(const Filter& filter)
{
    const bool shown = m_unjoined.total > 0 && !filter.text.empty() && filter.text == m_unjoined.text;
    if (shown)
        m_ui->unjoinedButton->setText(
            tr("%1 without a request…").arg(QLocale().toString(qulonglong(m_unjoined.total))));
    m_ui->unjoinedButton->setVisible(shown);
}

void RequestsPanel::showUnjoinedHits()
{
    if (!m_unjoined.analysis || m_unjoined.hits.empty())
        return;
    auto* dialog = new UnjoinedHitsDialog(*m_unjoined.analysis->incident,
                                          QString::fromStdString(escapeForDisplay(m_unjoined.text, 200)),
                                          m_unjoined.hits, m_unjoined.total, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestsPanel::pushExpression()
{
    FilterLineEdit* edit = m_ui->expressionEdit;
    const std::string text = edit->text().toStdString();
    auto parsed = parseFilterExpression(text);
    if (std::holds_alternative<FilterParseError>(parsed)) {
        edit->validateNow();
        showExpressionState();
        return;
    }
    m_appliedExpression = edit->text();
    m_appliedFilter = std::get<Filter>(std::move(parsed));
    edit->setAppliedText(m_appliedExpression);
    m_filters->push(*m_appliedFilter);
}

void RequestsPanel::applyExpression(const QString& text)
{
    m_ui->expressionEdit->setText(text);
    m_ui->expressionEdit->validateNow();
    pushExpression();
}

void RequestsPanel::showExpressionState()
{
    // The field's colour says valid or not; the line below says why, in words.
    const FilterLineEdit* edit = m_ui->expressionEdit;
    switch (edit->state()) {
    case FilterLineEdit::State::Invalid:
        m_ui->expressionError->setText(tr("Filter expression: %1").arg(edit->errorMessage()));
        m_ui->expressionError->show();
        return;
    case FilterLineEdit::State::NoMatch:
        m_ui->expressionError->setText(
            tr("Filter expression: valid, but no request of this incident matches it."));
        m_ui->expressionError->show();
        return;
    case FilterLineEdit::State::Empty:
    case FilterLineEdit::State::Valid:
        m_ui->expressionError->hide();
        return;
    }
}

void RequestsPanel::editTerm(const QString& term)
{
    // The whole filter as an expression, the chip's piece selected: editing it and pressing
    // Enter applies the same filter with that piece changed. Explicit rows have no expression.
    Filter expressible = m_filters->current();
    expressible.rows.reset();
    expressible.rowsLabel.clear();
    const QString whole = QString::fromStdString(formatFilterExpression(expressible));
    FilterLineEdit* edit = m_ui->expressionEdit;
    edit->setText(whole);
    edit->validateNow();
    edit->setFocus(Qt::OtherFocusReason);
    const qsizetype at = whole.indexOf(term);
    if (at >= 0)
        edit->setSelection(static_cast<int>(at), static_cast<int>(term.size()));
}

void RequestsPanel::fillSavedMenu()
{
    m_savedMenu->clear();
    QAction* save =
        m_savedMenu->addAction(tr("Save Current Filter…"), this, &RequestsPanel::saveCurrentFilter);
    save->setObjectName(QStringLiteral("saveFilterAction"));
    save->setEnabled(!m_ui->expressionEdit->text().trimmed().isEmpty() ||
                     !formatFilterExpression(m_filters->current()).empty());
    const QList<SavedFilter> saved = savedfilters::load();
    if (!saved.isEmpty())
        m_savedMenu->addSeparator();
    for (const SavedFilter& filter : saved) {
        // A menu entry's text is plain, but & would become a shortcut marker.
        QString label = filter.name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_savedMenu->addAction(label);
        action->setToolTip(filter.expression);
        connect(action, &QAction::triggered, this,
                [this, expression = filter.expression] { applyExpression(expression); });
    }
    m_savedMenu->addSeparator();
    m_savedMenu->addAction(tr("Manage Saved Filters…"), this, &RequestsPanel::manageSavedFilters);
}

void RequestsPanel::saveCurrentFilter()
{
    // The text in the field when it reads as a filter, else the filter the views show.
    QString expression = m_ui->expressionEdit->text().trimmed();
    if (expression.isEmpty() || m_ui->expressionEdit->state() == FilterLineEdit::State::Invalid) {
        Filter expressible = m_filters->current();
        expressible.rows.reset();
        expression = QString::fromStdString(formatFilterExpression(expressible));
    }
    if (expression.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name for the current filter:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    savedfilters::store(savedfilters::withFilter(savedfilters::load(), {name, expression}));
}

void RequestsPanel::manageSavedFilters()
{
    auto* dialog = new SavedFiltersDialog(savedfilters::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog] { savedfilters::store(dialog->filters()); });
    dialog->open();
}

void RequestsPanel::syncControls(const Filter& filter)
{
    const std::optional<QuickFilter> quick = quickFilterOf(filter);
    for (const auto& [button, value] : m_quickButtons)
        button->setChecked(quick == value);
    const QString text = QString::fromStdString(filter.text);
    // While typing pauses or a search runs, the field shows what is about to be the filter.
    if (m_ui->searchEdit->text() != text && !m_searchDelay->isActive() && !m_searchJob->isRunning())
        m_ui->searchEdit->setText(text);
    syncUnjoinedButton(filter);
}

void RequestsPanel::updateCount()
{
    const auto shown = m_model->viewData();
    if (!shown) {
        m_ui->countLabel->setText(tr("No incident open"));
        return;
    }
    const QLocale locale;
    const std::size_t total = shown->incident().tables.requests.size();
    QString text =
        shown->selection.rows.empty() && total > 0
            ? tr("No requests match the filter (of %1)").arg(locale.toString(qulonglong(total)))
            : tr("%1 of %2 requests, %3 failed")
                  .arg(locale.toString(qulonglong(shown->selection.rows.size())),
                       locale.toString(qulonglong(total)), locale.toString(qulonglong(shown->failures)));
    if (m_model->isSorting())
        text += QLatin1Char(' ') + tr("(sorting…)");
    m_ui->countLabel->setText(text);
}

void RequestsPanel::emitCurrent()
{
    const QModelIndex current = m_ui->requestsView->currentIndex();
    const auto shown = m_model->viewData();
    if (!current.isValid() || !shown) {
        m_currentRequest = kNoRequest;
        Q_EMIT currentRequestCleared();
        return;
    }
    m_currentRequest = m_model->requestRow(current.row());
    Q_EMIT currentRequestChanged(shown->analysis, m_currentRequest);
}

} // namespace rs
