#include "app/requests/requestspanel.h"

#include "app/displaytime.h"
#include "app/filter/filterstack.h"
#include "app/language.h"
#include "app/requests/quickfilters.h"
#include "app/requests/requesttablemodel.h"
#include "app/requests/searchresults.h"
#include "app/safetext.h"
#include "core/query/filterexpr.h"
#include "ui_requestspanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTimer>

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
    setExpressionToolTip();
    connect(m_ui->expressionEdit, &QLineEdit::returnPressed, this, &RequestsPanel::pushExpression);

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
    m_ui->expressionEdit->setToolTip(tr("Press Enter to apply. Fields: time, router, host, app, backend, "
                                        "instance, status, class, source, text. %1")
                                         .arg(tr("See “routescope help” for the grammar.")));
    m_ui->searchEdit->setToolTip(plainToolTip(searchFieldToolTip()));
}

void RequestsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    setExpressionToolTip();
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
          std::pair{RequestColumn::Attempts, 4 * charWidth},
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
    if (newAnalysis)
        m_columnsFittedFor = viewData->analysis;
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
    // holds this search already (a new textRows list would be a new history entry).
    if (text == m_filters->current().text)
        return;
    // Every raw line, not only the access line: a hit on a joined event or stderr line selects
    // its request; lines joined to no request are listed in the field's tool tip.
    const auto shown = m_model->viewData();
    PanelSearch search = shown ? searchRawLinesForPanel(*shown->analysis, text) : PanelSearch{};
    m_filters->modify([&text, &search](Filter& f) {
        f.text = text;
        f.textRows = std::move(search.rows);
    });
    m_ui->searchEdit->setToolTip(plainToolTip(
        search.summary.isEmpty() ? searchFieldToolTip()
                                 : searchFieldToolTip() + QStringLiteral("\n\n") + search.summary));
}

void RequestsPanel::pushExpression()
{
    const std::string text = m_ui->expressionEdit->text().toStdString();
    auto parsed = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
        m_ui->expressionError->setText(
            tr("Filter expression: %1").arg(QString::fromStdString(error->message)));
        m_ui->expressionError->show();
        return;
    }
    m_ui->expressionError->hide();
    m_appliedExpression = m_ui->expressionEdit->text();
    m_appliedFilter = std::get<Filter>(std::move(parsed));
    m_filters->push(*m_appliedFilter);
}

void RequestsPanel::syncControls(const Filter& filter)
{
    const std::optional<QuickFilter> quick = quickFilterOf(filter);
    for (const auto& [button, value] : m_quickButtons)
        button->setChecked(quick == value);
    const QString text = QString::fromStdString(filter.text);
    if (m_ui->searchEdit->text() != text && !m_searchDelay->isActive())
        m_ui->searchEdit->setText(text);
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
