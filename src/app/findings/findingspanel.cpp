#include "app/findings/findingspanel.h"

#include "app/filter/filterstack.h"
#include "core/query/findingfilter.h"
#include "core/util/timeparse.h"
#include "ui_findingspanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <array>

namespace rs {
namespace {

constexpr int kFindingRole = Qt::UserRole;

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
    // Time of day is enough in the column; the full span is in the explanation.
    const QString from = QString::fromStdString(formatTimeUtc(finding.from)).mid(11, 8);
    const QString to = QString::fromStdString(formatTimeUtc(finding.to)).mid(11, 8);
    return from == to ? from : QStringLiteral("%1–%2").arg(from, to);
}

} // namespace

FindingsPanel::FindingsPanel(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>())
    , m_filters(filters)
{
    m_ui->setupUi(this);
    m_ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->findingsTree->header()->setStretchLastSection(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
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
    rebuild();
}

void FindingsPanel::setViewData(std::shared_ptr<const ViewData> viewData)
{
    // Findings describe the whole incident: they change with the analysis, not the filter.
    if (!viewData || viewData->analysis == m_analysis)
        return;
    m_analysis = viewData->analysis;
    m_evidenceRows.clear();
    for (const Finding& finding : m_analysis->findings) {
        m_evidenceRows.push_back(
            finding.evidence.requests.empty()
                ? nullptr
                : std::make_shared<const std::vector<std::uint32_t>>(finding.evidence.requests));
    }
    rebuild();
}

int FindingsPanel::findingCount() const
{
    return m_analysis ? static_cast<int>(m_analysis->findings.size()) : 0;
}

Filter FindingsPanel::evidenceFilter(const Finding& finding)
{
    return findingFilter(finding);
}

void FindingsPanel::rebuild()
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
        item->setText(2, spanText(finding));
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
    tree->resizeColumnToContents(2);
}

bool FindingsPanel::selectFinding(const std::string& id)
{
    QTreeWidget* tree = m_ui->findingsTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem* item = group->child(c);
            const auto index = item->data(0, kFindingRole).toULongLong();
            if (m_analysis && index < m_analysis->findings.size() && m_analysis->findings[index].id == id) {
                tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

void FindingsPanel::onCurrentChanged(QTreeWidgetItem* item)
{
    if (!item || !m_analysis || !item->data(0, kFindingRole).isValid()) {
        m_ui->explanationText->clear();
        return;
    }
    const auto index = static_cast<std::size_t>(item->data(0, kFindingRole).toULongLong());
    const Finding& finding = m_analysis->findings[index];
    QString text = finding.title + QStringLiteral("\n\n") + finding.explanation;
    if (finding.from != kNoTime) {
        text += QStringLiteral("\n\n") + tr("From %1 to %2 (UTC).")
                                             .arg(QString::fromStdString(formatTimeUtc(finding.from)),
                                                  QString::fromStdString(formatTimeUtc(finding.to)));
    }
    m_ui->explanationText->setPlainText(text);
    Filter filter = findingFilter(finding, m_evidenceRows[index]);
    if (!filter.isEmpty())
        m_filters->push(std::move(filter));
}

} // namespace rs
