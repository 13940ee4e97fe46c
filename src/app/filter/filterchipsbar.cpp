#include "app/filter/filterchipsbar.h"

#include "app/filter/filterchips.h"
#include "app/filter/filterstack.h"
#include "app/language.h"
#include "app/safetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace rs {

FilterChipsBar::FilterChipsBar(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_filters(filters)
    , m_chips(new QHBoxLayout)
    , m_emptyLabel(new QLabel(tr("No filter: showing every request"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {filters->backAction(), filters->forwardAction(), filters->resetAction()}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    auto* title = new QLabel(tr("Filter:"), this);
    layout->addWidget(title);
    onLanguageChange(this, [this, title] {
        title->setText(tr("Filter:"));
        m_emptyLabel->setText(tr("No filter: showing every request"));
        rebuild(m_filters->current());
    });
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setEnabled(false);
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addWidget(m_emptyLabel);
    layout->addStretch(1);
    connect(filters, &FilterStack::filterChanged, this, &FilterChipsBar::rebuild);
    rebuild(filters->current());
}

QStringList FilterChipsBar::chipLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_chips->count(); ++i) {
        if (auto* chip = qobject_cast<QToolButton*>(m_chips->itemAt(i)->widget()))
            labels << chip->property("chipLabel").toString();
    }
    return labels;
}

QString FilterChipsBar::chipStyleSheet(const QPalette& palette)
{
    // Colours written out, not palette(…) references: a style sheet resolves those once, so a
    // chip would keep the colours of the theme it was made in. The focus border shows where
    // Tab is.
    return QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 9px; padding: 1px 8px; "
                          "background: %2; color: %3; } QToolButton:focus { border: 2px solid %4; }")
        .arg(palette.color(QPalette::Mid).name(), palette.color(QPalette::AlternateBase).name(),
             palette.color(QPalette::ButtonText).name(), palette.color(QPalette::Highlight).name());
}

void FilterChipsBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A theme switch sets the application's style, then its palette (whose change reaches the
    // widgets a moment later).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        const QString sheet = chipStyleSheet(palette());
        for (int i = 0; i < m_chips->count(); ++i) {
            if (QWidget* chip = m_chips->itemAt(i)->widget())
                chip->setStyleSheet(sheet);
        }
    }
}

void FilterChipsBar::rebuild(const Filter& filter)
{
    // The clicked chip is still inside its signal: its removal waits for the event loop.
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const std::vector<FilterChip> chips = filterChips(filter);
    for (const FilterChip& chip : chips) {
        auto* button = new QToolButton(this);
        // Chip labels carry log text; a tool button never interprets its text as markup.
        button->setText(chip.label + QStringLiteral("  ✕"));
        button->setProperty("chipLabel", chip.label);
        button->setToolTip(tr("Remove this part of the filter"));
        button->setStyleSheet(chipStyleSheet(palette()));
        connect(button, &QToolButton::clicked, this,
                [this, remove = chip.remove] { m_filters->modify(remove); });
        if (!chip.term.isEmpty()) {
            // The chip and the expression are the same filter: its menu opens the piece in the
            // filter field, written in the grammar.
            auto* menu = new QMenu(button);
            QAction* edit = menu->addAction(tr("Edit in the Filter Field"));
            edit->setObjectName(QStringLiteral("editChipAction"));
            edit->setData(chip.term);
            connect(edit, &QAction::triggered, this,
                    [this, term = chip.term] { m_filters->requestEdit(term); });
            QAction* remove = menu->addAction(tr("Remove"));
            connect(remove, &QAction::triggered, this, [this, r = chip.remove] { m_filters->modify(r); });
            button->setMenu(menu);
            button->setPopupMode(QToolButton::MenuButtonPopup);
            button->setToolTip(
                plainToolTip(tr("Remove this part of the filter; the arrow edits it as %1").arg(chip.term)));
        }
        m_chips->addWidget(button);
    }
    m_emptyLabel->setVisible(chips.empty());
}

} // namespace rs
