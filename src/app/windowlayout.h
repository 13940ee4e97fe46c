#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

class QDockWidget;
class QMainWindow;
class QScrollArea;
class QWidget;

namespace rs {

// The docks of the incident window and where they go by default (DESIGN.md §8): timeline,
// backends and route table side by side across the top, findings (with the import report as a
// tab) beside the requests, the request detail below the requests, closed until a request is
// selected. A saved layout is kept per screen-size class, so a laptop and a 4K monitor each
// keep their own.
class WindowLayout {
public:
    struct Docks {
        QDockWidget* timeline = nullptr;
        QDockWidget* backends = nullptr;
        QDockWidget* routeTable = nullptr;
        QDockWidget* findings = nullptr;
        QDockWidget* importReport = nullptr;
        QDockWidget* detail = nullptr;
    };

    WindowLayout(QMainWindow* window, Docks docks);

    // `panel` in a scroll area that fills its dock: a dock narrower than the panel's controls
    // scrolls instead of drawing them over the next dock.
    static QScrollArea* scrollable(QWidget* panel, QWidget* parent);

    // Puts every dock in its default place; the sizes follow once the window has its size.
    void arrangeDefault();
    // Gives the docks their default share of the window as it is now.
    void applyDefaultSizes();
    // Gives the docks their default share again if nobody has moved them since the last
    // applyDefaultSizes(): the panels' needs grow once an incident fills their controls.
    void refitIfUntouched();
    // Opens the detail dock (below the requests) with its default height, or less so that the
    // central widget keeps `centralNeed` pixels (the requests' rows a laptop screen must still
    // show); past a minimum for the detail, the top band gives up height instead.
    void openDetail(int centralNeed);

    // "compact" (up to 1366-ish laptops), "regular", "large", "huge": the QSettings group a
    // layout is saved under.
    static QString sizeClass(QSize screen);
    // The class of the screen the window is on.
    QString currentSizeClass() const;
    // Restores the layout saved for the current size class; false when there is none.
    bool restore();
    void save() const;

private:
    QMainWindow* m_window;
    Docks m_docks;
    QByteArray m_defaultState; // saveState() right after the default sizes took effect
};

} // namespace rs
