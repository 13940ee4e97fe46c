#pragma once

#include "core/util/types.h"

#include <QObject>

#include <functional>
#include <utility>
#include <vector>

class QAction;
class QFocusFrame;
class QMenu;
class QWidget;

namespace rs {

class MainWindow;

// Keyboard-first use of the incident window: shortcuts that focus each panel and the filter
// field (Alt+1…6, F6 / Shift+F6 cycle, Ctrl+L), lnav-like jumps to the next or previous failed
// request (E / Shift+E) and finding (F8 / Shift+F8), go to a time (Ctrl+G), a time range
// from the keyboard (Ctrl+Shift+G), Tab that leaves tables, a visible focus frame, and the
// list of every shortcut generated from the window's actions (Help → Keyboard Shortcuts).
class KeyboardNavigation : public QObject {
    Q_OBJECT
public:
    // Adds its actions to `goMenu`; the window's panels must exist.
    KeyboardNavigation(MainWindow* window, QMenu* goMenu);

    // The panel widgets in focus order (requests, findings, timeline, backends, route table,
    // detail): what Alt+1…6 focus.
    std::vector<QWidget*> panels() const;
    // Shows the panel's dock and gives the panel's main view the focus.
    void focusPanel(int index);
    // Index in panels() of the panel holding the focus, or -1.
    int focusedPanel() const;
    void cyclePanels(int direction);
    void focusFilterField();
    // Makes the next (+1) or previous (-1) failed request current in the table's order; false
    // when there is none that way.
    bool moveToFailure(int direction);
    bool moveToFinding(int direction);
    // The first request at or after `at` (in the table's order, the earliest such start)
    // becomes current; the time cursor of the timeline and the route table move to `at`.
    bool goToTime(TimeNs at);
    void askGoToTime();
    void askTimeRange();

    // Every action of the window with a shortcut: its text without mnemonics, and the
    // shortcut in the platform's native text. Generated, so it never drifts from the actions.
    static std::vector<std::pair<QString, QString>> shortcutList(const QWidget* window);
    void showShortcutList();

    QFocusFrame* focusFrame() const { return m_focusFrame; }

private:
    void createActions(QMenu* goMenu);
    void retranslate();
    void showStatus(const QString& text) const;
    TimeNs incidentDay() const;

    MainWindow* m_window;
    QFocusFrame* m_focusFrame;
    std::vector<std::pair<QAction*, std::function<QString()>>> m_texts;
};

} // namespace rs
