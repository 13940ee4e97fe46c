#include "app/requests/unjoinedhitsdialog.h"

#include "app/requests/searchresults.h"
#include "core/util/textescape.h"
#include "ui_unjoinedhitsdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>

namespace rs {

UnjoinedHitsDialog::UnjoinedHitsDialog(const Incident& incident, const QString& text,
                                       const std::vector<RawHit>& hits, std::uint64_t total, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnjoinedHitsDialog>())
{
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->summaryLabel->setText(
        hits.size() < total
            ? tr("“%1” is in %2 lines that belong to no request; the first %3 are listed.")
                  .arg(text, locale.toString(qulonglong(total)), locale.toString(qulonglong(hits.size())))
            : tr("“%1” is in %2 lines that belong to no request.")
                  .arg(text, locale.toString(qulonglong(total))));
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(hits.size()));
    for (const RawHit& hit : hits) {
        // Customer text: plain item text only, escaped so control bytes cannot hide anything.
        const QString line = QString::fromStdString(escapeForDisplay(rawLineOf(incident, hit).view(), 4096));
        auto* item = new QTreeWidgetItem({rawLineKindName(hit.kind), line});
        item->setToolTip(1, line);
        items.push_back(item);
    }
    m_ui->hitsView->addTopLevelItems(items);
    m_ui->hitsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Ctrl+C copies the selected lines as they were logged (escaped), one per line.
    auto* copy = new QShortcut(QKeySequence::Copy, m_ui->hitsView);
    connect(copy, &QShortcut::activated, this, [this] {
        QStringList lines;
        for (const QTreeWidgetItem* item : m_ui->hitsView->selectedItems())
            lines << item->text(1);
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
}

UnjoinedHitsDialog::~UnjoinedHitsDialog() = default;

int UnjoinedHitsDialog::listedCount() const
{
    return m_ui->hitsView->topLevelItemCount();
}

QString UnjoinedHitsDialog::lineAt(int index) const
{
    const QTreeWidgetItem* item = m_ui->hitsView->topLevelItem(index);
    return item ? item->text(1) : QString();
}

} // namespace rs
