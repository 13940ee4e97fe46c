#include "app/findings/findingspanel.h"

#include "app/detail/rawlinedisplay.h"
#include "app/filter/filterstack.h"
#include "app/findings/wrappedtext.h"
#include "core/query/findingfilter.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"
#include "ui_findingspanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextOption>

#include <algorithm>
#include <array>

namespace rs {
namespace {

constexpr int kFindingRole = Qt::UserRole;
// The finding's time span is drawn dim under its title rather than in a column of its own: on a
// laptop screen the column took the width the titles need.
constexpr int kSpanRole = FindingsPanel::kSpanRole;

// Findings come ranked by impact on clients; the groups say which impact.
QString impactTitle(Impact impact)
{
    switch (impact) {
    case Impact::ClientFailures:
        return FindingsPanel::tr("Failed for clients");
    case Impact::HiddenByRetry:
        return FindingsPanel::tr("Failed attempts a retry hid");
    case Impact::Other:
        return FindingsPanel::tr("Other findings");
    }
    return {};
}

QString countToolTip(const Finding& finding)
{
    if (finding.unit == CountUnit::Endpoints)
        return FindingsPanel::tr("Route-table endpoints");
    if (finding.unit == CountUnit::LbRequests)
        return FindingsPanel::tr("Load-balancer requests that no router logged: selecting it shows no "
                                 "request rows");
    QString text = FindingsPanel::tr("Requests selecting it shows: %L1 failed for clients, %L2 recovered "
                                     "after a failed attempt, %L3 others")
                       .arg(qulonglong(finding.counts.clientFailures))
                       .arg(qulonglong(finding.counts.recovered))
                       .arg(qulonglong(finding.counts.requests - finding.counts.clientFailures -
                                       finding.counts.recovered));
    if (finding.evidenceCapped)
        text += QLatin1Char('\n') + FindingsPanel::tr("Only the first %L1 are selected.")
                                        .arg(qulonglong(finding.evidence.requests.size()));
    return text;
}

QStyle::StandardPixmap severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString spanText(const Finding& finding)
{
    if (finding.from == kNoTime)
        return {};
    // Time of day is enough in the list; the full span is in the explanation.
    const QString from = QString::fromStdString(formatTimeUtc(finding.from)).mid(11, 8);
    const QString to = QString::fromStdString(formatTimeUtc(finding.to)).mid(11, 8);
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

// Titles wrap in the finding column instead of being cut: a row is as tall as its title needs
// at the column's width (the tree measures an unbounded line and elides).
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize single = QStyledItemDelegate::sizeHint(option, index);
        if (!wraps(index))
            return single;
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const int width =
            m_tree->header()->sectionSize(0) - depth * m_tree->indentation() - 2 * margin() - iconSpace(item);
        int height = wrappedTextHeight(index.data().toString(), option.font, std::max(20, width));
        if (!index.data(kSpanRole).toString().isEmpty())
            height += QFontMetrics(option.font).height();
        return {single.width(), std::max(single.height(), height + 4)};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!wraps(index)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QString text = item.text;
        item.text.clear();
        // Background, selection and focus as the style draws them; the text wrapped on top.
        m_tree->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, m_tree);
        const bool selected = item.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            item.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter->save();
        painter->setFont(item.font);
        painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        // Beside the severity icon, never over it; the span on its own line below the title.
        const QRect textRect = item.rect.adjusted(margin() + iconSpace(item), 2, -margin(), -2);
        const QString span = index.data(kSpanRole).toString();
        const int spanHeight = span.isEmpty() ? 0 : QFontMetrics(item.font).height();
        painter->drawText(QRectF(textRect.adjusted(0, 0, 0, -spanHeight)), text, wrap);
        if (!span.isEmpty()) {
            painter->setPen(
                item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(
                QRect(textRect.left(), textRect.bottom() - spanHeight + 1, textRect.width(), spanHeight),
                Qt::AlignLeft | Qt::AlignVCenter, span);
        }
        painter->restore();
    }

private:
    // The width the severity icon takes before the text of an initialised `item`.
    int iconSpace(const QStyleOptionViewItem& item) const
    {
        return (item.features & QStyleOptionViewItem::HasDecoration) ? item.decorationSize.width() + margin()
                                                                     : 0;
    }
    // Finding rows (not the severity groups, which have an icon and a short text).
    static bool wraps(const QModelIndex& index) { return index.column() == 0 && index.parent().isValid(); }
    int margin() const
    {
        return m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
    }

    QTreeView* m_tree;
};

} // namespace

FindingsPanel::FindingsPanel(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>())
    , m_filters(filters)
{
    m_ui->setupUi(this);
    m_ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->findingsTree->header()->setStretchLastSection(false);
    // The list is what is read first; the explanation scrolls.
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 2);
    auto* delegate = new WrappingDelegate(m_ui->findingsTree);
    m_ui->findingsTree->setItemDelegate(delegate);
    // A wider or narrower column changes every row's height.
    connect(m_ui->findingsTree->header(), &QHeaderView::sectionResized, this, [this, delegate](int section) {
        if (section == 0 && m_ui->findingsTree->topLevelItemCount() > 0)
            Q_EMIT delegate->sizeHintChanged(m_ui->findingsTree->model()->index(0, 0));
    });
    connect(m_ui->findingsTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { onCurrentChanged(current); });
    rebuild();
}

FindingsPanel::~FindingsPanel() = default;

void FindingsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The findings' own texts follow when the window hands over the analysis made again in
    // the new language; the severity groups and the empty state are worded here.
    m_ui->retranslateUi(this);
    rebuild(currentFindingId());
}

void FindingsPanel::setViewData(std::shared_ptr<const ViewData> viewData)
{
    // Findings describe the whole incident: they change with the analysis, not the filter.
    if (!viewData || viewData->analysis == m_analysis)
        return;
    // The same incident analysed again (a language switch): the same findings keep their
    // evidence lists, so the filter they made stays the current one and keeps the highlight.
    const bool sameIncident = m_analysis && m_analysis->incident == viewData->analysis->incident;
    std::vector<std::pair<std::string, std::shared_ptr<const std::vector<std::uint32_t>>>> previous;
    if (sameIncident) {
        for (std::size_t i = 0; i < m_evidenceRows.size() && i < m_analysis->findings.size(); ++i)
            previous.emplace_back(m_analysis->findings[i].id, m_evidenceRows[i]);
    } else {
        m_highlightFilter.reset();
    }
    const std::string current = sameIncident ? currentFindingId() : std::string();
    m_analysis = viewData->analysis;
    m_evidenceRows.clear();
    for (const Finding& finding : m_analysis->findings) {
        std::shared_ptr<const std::vector<std::uint32_t>> rows;
        for (const auto& [id, old] : previous) {
            if (id == finding.id && old && *old == finding.evidence.requests)
                rows = old;
        }
        if (!rows && !finding.evidence.requests.empty())
            rows = std::make_shared<const std::vector<std::uint32_t>>(finding.evidence.requests);
        m_evidenceRows.push_back(std::move(rows));
    }
    rebuild(current);
}

int FindingsPanel::findingCount() const
{
    return m_analysis ? static_cast<int>(m_analysis->findings.size()) : 0;
}

void FindingsPanel::rebuild(const std::string& keepCurrent)
{
    QTreeWidget* tree = m_ui->findingsTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    m_ui->explanationText->clear();
    if (!m_analysis)
        return;
    if (m_analysis->findings.empty()) {
        auto* item = new QTreeWidgetItem(
            tree, {tr("No findings: nothing in this bundle looks like a routing problem")});
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    const QLocale locale;
    // Findings come ranked by impact on clients, so the groups appear in that order.
    std::array<QTreeWidgetItem*, 3> groups{};
    for (std::size_t i = 0; i < m_analysis->findings.size(); ++i) {
        const Finding& finding = m_analysis->findings[i];
        auto& group = groups[static_cast<std::size_t>(finding.impact)];
        if (!group) {
            group = new QTreeWidgetItem(tree);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setIcon(0, style()->standardIcon(severityIcon(finding.severity)));
        item->setText(0, finding.title);
        item->setToolTip(0, finding.title.toHtmlEscaped());
        item->setText(1, locale.toString(qulonglong(finding.count)));
        item->setToolTip(1, countToolTip(finding).toHtmlEscaped());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kSpanRole, spanText(finding));
        item->setData(0, kFindingRole, static_cast<qulonglong>(i));
    }
    for (std::size_t s = 0; s < groups.size(); ++s) {
        if (groups[s]) {
            groups[s]->setText(
                0, tr("%1 (%2)").arg(impactTitle(static_cast<Impact>(s))).arg(groups[s]->childCount()));
            groups[s]->setExpanded(true);
        }
    }
    tree->resizeColumnToContents(1);
    // Re-selected without filtering again: the filter it made is still the current one.
    if (QTreeWidgetItem* item = keepCurrent.empty() ? nullptr : itemOf(keepCurrent)) {
        tree->setCurrentItem(item);
        showExplanation(m_analysis->findings[item->data(0, kFindingRole).toULongLong()]);
    } else {
        m_highlightFilter.reset();
    }
}

std::vector<QTreeWidgetItem*> FindingsPanel::findingItems() const
{
    std::vector<QTreeWidgetItem*> items;
    const QTreeWidget* tree = m_ui->findingsTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, kFindingRole).isValid())
                items.push_back(group->child(c));
        }
    }
    return items;
}

QTreeWidgetItem* FindingsPanel::itemOf(const std::string& id) const
{
    for (QTreeWidgetItem* item : findingItems()) {
        const auto index = item->data(0, kFindingRole).toULongLong();
        if (m_analysis && index < m_analysis->findings.size() && m_analysis->findings[index].id == id)
            return item;
    }
    return nullptr;
}

std::string FindingsPanel::currentFindingId() const
{
    const QTreeWidgetItem* item = m_ui->findingsTree->currentItem();
    if (!item || !m_analysis || !item->isSelected() || !item->data(0, kFindingRole).isValid())
        return {};
    const auto index = item->data(0, kFindingRole).toULongLong();
    return index < m_analysis->findings.size() ? m_analysis->findings[index].id : std::string();
}

bool FindingsPanel::selectAdjacentFinding(int direction)
{
    const auto items = findingItems();
    if (items.empty())
        return false;
    const auto at = std::find(items.begin(), items.end(), m_ui->findingsTree->currentItem());
    const bool selected = at != items.end() && (*at)->isSelected();
    std::ptrdiff_t next = 0;
    if (!selected)
        next = direction > 0 ? 0 : static_cast<std::ptrdiff_t>(items.size()) - 1;
    else
        next = (at - items.begin()) + direction;
    if (next < 0 || next >= static_cast<std::ptrdiff_t>(items.size()))
        return false;
    m_ui->findingsTree->setCurrentItem(items[static_cast<std::size_t>(next)]);
    m_ui->findingsTree->scrollToItem(items[static_cast<std::size_t>(next)]);
    return true;
}

void FindingsPanel::clearHighlight()
{
    const QSignalBlocker blocker(m_ui->findingsTree);
    m_ui->findingsTree->selectionModel()->clearCurrentIndex();
    m_ui->findingsTree->clearSelection();
    m_ui->explanationText->clear();
    m_highlightFilter.reset();
    // The tree's own selection model signals were blocked; repaint the rows it cleared.
    m_ui->findingsTree->viewport()->update();
}

void FindingsPanel::clearHighlightUnless(const Filter& filter)
{
    if (m_highlightFilter && *m_highlightFilter != filter)
        clearHighlight();
}

QTreeWidget* FindingsPanel::tree() const
{
    return m_ui->findingsTree;
}

bool FindingsPanel::selectFinding(const std::string& id)
{
    QTreeWidgetItem* item = itemOf(id);
    if (!item)
        return false;
    m_ui->findingsTree->setCurrentItem(item);
    return true;
}

void FindingsPanel::onCurrentChanged(QTreeWidgetItem* item)
{
    if (!item || !m_analysis || !item->data(0, kFindingRole).isValid()) {
        m_ui->explanationText->clear();
        return;
    }
    const auto index = static_cast<std::size_t>(item->data(0, kFindingRole).toULongLong());
    const Finding& finding = m_analysis->findings[index];
    showExplanation(finding);
    Filter filter = findingFilter(finding, m_evidenceRows[index]);
    if (!filter.isEmpty())
        m_filters->push(std::move(filter));
    m_highlightFilter = m_filters->current();
    Q_EMIT findingSelected(finding);
}

void FindingsPanel::showExplanation(const Finding& finding)
{
    QString text = finding.title + QStringLiteral("\n\n") + finding.explanation;
    if (finding.from != kNoTime) {
        text += QStringLiteral("\n\n") + tr("From %1 to %2 (UTC).")
                                             .arg(QString::fromStdString(formatTimeUtc(finding.from)),
                                                  QString::fromStdString(formatTimeUtc(finding.to)));
    }
    if (finding.unit == CountUnit::LbRequests)
        text += QStringLiteral("\n\n") + lbLinesText(finding);
    m_ui->explanationText->setPlainText(text);
}

// Findings about load-balancer lines no router logged select no request row: the panel says so
// and lists the lines themselves (plain text, escaped), so selecting one still shows its evidence.
QString FindingsPanel::explanationText() const
{
    return m_ui->explanationText->toPlainText();
}

QString FindingsPanel::lbLinesText(const Finding& finding) const
{
    static constexpr std::size_t kShownLines = 50;
    static constexpr std::size_t kShownBytes = 400;
    const std::size_t shown = std::min(kShownLines, finding.evidence.lbRows.size());
    QString text = tr("Selecting this finding filters no request rows: no router logged these requests. "
                      "The load balancer's own lines (%L1 of %L2):")
                       .arg(qulonglong(shown))
                       .arg(qulonglong(finding.counts.lbRequests));
    if (!m_analysis || !m_analysis->incident)
        return text;
    const Incident& incident = *m_analysis->incident;
    const LbTable& lb = incident.tables.lb;
    for (std::size_t i = 0; i < shown; ++i) {
        const std::uint32_t row = finding.evidence.lbRows[i];
        if (row >= lb.size())
            continue;
        QString line =
            QString::fromStdString(escapeForDisplay(incident.rawLine(lb.source, row).view(), kShownBytes));
        replaceLayoutControls(line);
        text += QLatin1Char('\n') + line;
    }
    return text;
}

} // namespace rs
