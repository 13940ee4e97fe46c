#include "app/keyboardnav.h"

#include "app/charts/backendsview.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineview.h"
#include "app/detail/requestdetailpanel.h"
#include "app/displaytime.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/findings/findingspanel.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "app/routes/routetablepanel.h"
#include "core/query/classnames.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFocusFrame>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace rs {
namespace {

QDockWidget* dockOf(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            return dock;
    }
    return nullptr;
}

// The widget of a panel that takes the keys: its first view, else its first focusable child.
QWidget* focusTargetOf(QWidget* panel)
{
    if (auto* view = qobject_cast<QAbstractItemView*>(panel))
        return view;
    if (auto* plot = qobject_cast<QCustomPlot*>(panel))
        return plot;
    const auto views = panel->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(panel) && view->isEnabled())
            return view;
    }
    const auto children = panel->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(panel) && child->isEnabled())
            return child;
    }
    return panel;
}

// Widgets whose focus the style draws faintly or not at all: the frame marks them.
bool wantsFocusFrame(const QWidget* widget)
{
    return qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QCustomPlot*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget);
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(MainWindow* window, QMenu* goMenu)
    : QObject(window)
    , m_window(window)
    , m_focusFrame(new QFocusFrame(window))
{
    // Tab moves between panels; the arrows move inside a table.
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    QWidget::setTabOrder(m_window->requestsPanel()->view(), m_window->findingsPanel()->tree());
    m_focusFrame->hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const bool mark = now && wantsFocusFrame(now) && now->window() == m_window;
        m_focusFrame->setWidget(mark ? now : nullptr);
        m_focusFrame->setVisible(mark);
    });
    createActions(goMenu);
    retranslate();
    onLanguageChange(window, [this] { retranslate(); });
}

void KeyboardNavigation::createActions(QMenu* goMenu)
{
    const auto add = [this](QMenu* menu, QKeySequence key, std::function<QString()> text, auto slot) {
        auto* action = new QAction(m_window);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        // Also on the window, so the shortcut works while the menu bar is hidden or native.
        m_window->addAction(action);
        m_texts.emplace_back(action, std::move(text));
    };
    add(
        goMenu, QKeySequence(Qt::CTRL | Qt::Key_L), [] { return tr("Focus the &Filter Field"); },
        [this] { focusFilterField(); });
    QMenu* panelsMenu = goMenu->addMenu(QString());
    panelsMenu->setObjectName(QStringLiteral("menuPanels"));
    m_texts.emplace_back(panelsMenu->menuAction(), [] { return tr("&Panels"); });
    const std::array<std::function<QString()>, 6> names = {
        [] { return tr("&Requests"); },    [] { return tr("F&indings"); },
        [] { return tr("&Timeline"); },    [] { return tr("&Backends"); },
        [] { return tr("Route &Table"); }, [] { return tr("Request &Detail"); }};
    for (int i = 0; i < static_cast<int>(names.size()); ++i) {
        add(panelsMenu, QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)),
            names[static_cast<std::size_t>(i)], [this, i] { focusPanel(i); });
    }
    panelsMenu->addSeparator();
    add(
        panelsMenu, QKeySequence(Qt::Key_F6), [] { return tr("&Next Panel"); }, [this] { cyclePanels(1); });
    add(
        panelsMenu, QKeySequence(Qt::SHIFT | Qt::Key_F6), [] { return tr("&Previous Panel"); },
        [this] { cyclePanels(-1); });
    goMenu->addSeparator();
    add(
        goMenu, QKeySequence(Qt::Key_E), [] { return tr("Next F&ailed Request"); },
        [this] { moveToFailure(1); });
    add(
        goMenu, QKeySequence(Qt::SHIFT | Qt::Key_E), [] { return tr("Previous Fa&iled Request"); },
        [this] { moveToFailure(-1); });
    add(
        goMenu, QKeySequence(Qt::Key_F8), [] { return tr("Next Fi&nding"); }, [this] { moveToFinding(1); });
    add(
        goMenu, QKeySequence(Qt::SHIFT | Qt::Key_F8), [] { return tr("Previous Findin&g"); },
        [this] { moveToFinding(-1); });
    goMenu->addSeparator();
    add(
        goMenu, QKeySequence(Qt::CTRL | Qt::Key_G), [] { return tr("Go to &Time…"); },
        [this] { askGoToTime(); });
    add(
        goMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [] { return tr("Filter to a Time &Range…"); },
        [this] { askTimeRange(); });
}

void KeyboardNavigation::retranslate()
{
    for (const auto& [action, text] : m_texts)
        action->setText(text());
}

void KeyboardNavigation::showStatus(const QString& text) const
{
    m_window->statusBar()->showMessage(text, 5000);
}

std::vector<QWidget*> KeyboardNavigation::panels() const
{
    return {m_window->requestsPanel()->view(), m_window->findingsPanel()->tree(),
            m_window->timeline()->plot(),      m_window->backends()->plot(),
            m_window->routeTablePanel(),       m_window->requestDetail()};
}

void KeyboardNavigation::focusPanel(int index)
{
    const auto all = panels();
    if (index < 0 || index >= static_cast<int>(all.size()))
        return;
    QWidget* panel = all[static_cast<std::size_t>(index)];
    if (QDockWidget* dock = dockOf(panel)) {
        dock->show();
        dock->raise();
    }
    focusTargetOf(panel)->setFocus(Qt::ShortcutFocusReason);
}

int KeyboardNavigation::focusedPanel() const
{
    const QWidget* focus = QApplication::focusWidget();
    const auto all = panels();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (focus && (focus == all[i] || all[i]->isAncestorOf(focus)))
            return static_cast<int>(i);
    }
    return -1;
}

void KeyboardNavigation::cyclePanels(int direction)
{
    const auto all = panels();
    const int count = static_cast<int>(all.size());
    int index = focusedPanel();
    for (int step = 0; step < count; ++step) {
        index = index < 0 ? (direction > 0 ? 0 : count - 1) : (index + direction + count) % count;
        // Closed panels are skipped: cycling never opens one.
        const QDockWidget* dock = dockOf(all[static_cast<std::size_t>(index)]);
        if (!dock || dock->isVisible()) {
            focusPanel(index);
            return;
        }
    }
}

void KeyboardNavigation::focusFilterField()
{
    m_window->requestsPanel()->focusExpression();
}

bool KeyboardNavigation::moveToFailure(int direction)
{
    RequestTableModel* model = m_window->requestsPanel()->model();
    QTableView* view = m_window->requestsPanel()->view();
    const auto data = model->viewData();
    if (!data)
        return false;
    const Diagnosis& diagnosis = data->analysis->diagnosis;
    const QModelIndex current = view->currentIndex();
    const int rows = model->rowCount();
    int row = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        const std::uint32_t request = model->requestRow(row);
        if (request < diagnosis.size() &&
            query::isFailureClass(static_cast<std::size_t>(diagnosis.errorClass[request]))) {
            const QModelIndex index = model->index(row, current.isValid() ? current.column() : 0);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    showStatus(direction > 0 ? tr("No failed request after this one")
                             : tr("No failed request before this one"));
    return false;
}

bool KeyboardNavigation::moveToFinding(int direction)
{
    const bool moved = m_window->findingsPanel()->selectAdjacentFinding(direction);
    if (!moved)
        showStatus(direction > 0 ? tr("No finding after this one") : tr("No finding before this one"));
    return moved;
}

TimeNs KeyboardNavigation::incidentDay() const
{
    const auto incident = m_window->incident();
    return incident ? incident->begin : kNoTime;
}

bool KeyboardNavigation::goToTime(TimeNs at)
{
    RequestTableModel* model = m_window->requestsPanel()->model();
    const auto data = model->viewData();
    if (!data || at == kNoTime)
        return false;
    m_window->timeline()->setCursorTime(at);
    m_window->routeTablePanel()->setTime(at);
    const auto& start = data->incident().tables.requests.start;
    int best = -1;
    TimeNs bestTime = kNoTime;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TimeNs t = start[model->requestRow(row)];
        if (t >= at && (best < 0 || t < bestTime)) {
            best = row;
            bestTime = t;
        }
    }
    if (best < 0) {
        showStatus(tr("No request of the filter starts at or after %1").arg(dateTimeMs(at)));
        return false;
    }
    QTableView* view = m_window->requestsPanel()->view();
    view->setCurrentIndex(model->index(best, 0));
    view->scrollTo(model->index(best, 0), QAbstractItemView::PositionAtCenter);
    view->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void KeyboardNavigation::askGoToTime()
{
    if (!m_window->analysis())
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Go to Time"));
    dialog.setLabelText(tr("Time (UTC): 09:08:00.250, 2026-10-14T09:08:00Z, an access-log timestamp or "
                           "epoch seconds"));
    dialog.setTextValue(timeOfDayMs(
        m_window->timeline()->cursorTime() != kNoTime ? m_window->timeline()->cursorTime() : incidentDay()));
    while (dialog.exec() == QDialog::Accepted) {
        const TimeNs at = parseUserTime(dialog.textValue(), incidentDay());
        if (at != kNoTime) {
            goToTime(at);
            return;
        }
        dialog.setLabelText(tr("“%1” is no time RouteScope reads. Try 09:08:00.250 or "
                               "2026-10-14T09:08:00Z.")
                                .arg(dialog.textValue().left(64)));
    }
}

void KeyboardNavigation::askTimeRange()
{
    if (!m_window->analysis())
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("timeRangeDialog"));
    dialog.setWindowTitle(tr("Filter to a Time Range"));
    auto* form = new QFormLayout;
    auto* from = new QLineEdit(&dialog);
    auto* to = new QLineEdit(&dialog);
    from->setObjectName(QStringLiteral("fromEdit"));
    to->setObjectName(QStringLiteral("toEdit"));
    // The range the views show; a field left as shown keeps its exact time (the text has
    // milliseconds only, and the end is excluded).
    const auto shown = m_window->views()->current();
    if (!shown)
        return;
    const TimeNs shownFrom = shown->viewFrom(), shownTo = shown->viewTo();
    const QString fromText = dateTimeMs(shownFrom), toText = dateTimeMs(shownTo);
    from->setText(fromText);
    to->setText(toText);
    form->addRow(tr("From (UTC):"), from);
    form->addRow(tr("To (UTC, excluded):"), to);
    auto* error = new QLabel(&dialog);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    TimeNs fromTime = kNoTime, toTime = kNoTime;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // "2026-10-14 09:08:00.250" is what the fields show: a space may replace the T.
        fromTime = from->text() == fromText ? shownFrom : parseUserTime(from->text(), incidentDay());
        toTime = to->text() == toText ? shownTo : parseUserTime(to->text(), incidentDay());
        if (fromTime == kNoTime || toTime == kNoTime || fromTime >= toTime) {
            error->setText(tr("Enter two times, the first before the second, e.g. 09:08:00 and 09:10:00."));
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || (fromTime == shownFrom && toTime == shownTo))
        return;
    m_window->filters()->modify([fromTime, toTime](Filter& f) {
        f.from = fromTime;
        f.to = toTime;
    });
}

std::vector<std::pair<QString, QString>> KeyboardNavigation::shortcutList(const QWidget* window)
{
    std::vector<std::pair<QString, QString>> list;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        list.emplace_back(withoutMnemonic(action->text()), keys.join(QStringLiteral(", ")));
    }
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return list;
}

void KeyboardNavigation::showShortcutList()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    const auto list = shortcutList(m_window);
    auto* table = new QTableWidget(static_cast<int>(list.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    for (std::size_t i = 0; i < list.size(); ++i) {
        table->setItem(static_cast<int>(i), 0, new QTableWidgetItem(list[i].first));
        table->setItem(static_cast<int>(i), 1, new QTableWidgetItem(list[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* note = new QLabel(tr("In tables the arrow keys move, Tab leaves for the next panel. In the "
                               "timeline: Left/Right pan, +/− zoom, Shift+Left/Right move the time "
                               "cursor, Home fits."),
                            &dialog);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(560, 560);
    dialog.exec();
}

} // namespace rs
