#include "app/windowlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace rs {
namespace {

// Bumped when the docks change, so that an old saved layout does not hide new panels.
constexpr int kLayoutVersion = 3;
// The charts need this much height to keep a readable plot under their controls.
constexpr int kMinChartsHeight = 210;

QString key(const QString& sizeClass, const char* what)
{
    return QStringLiteral("layout/%1/%2").arg(sizeClass, QLatin1String(what));
}

// The width a dock's panel needs to show its controls unsqueezed (the dock itself may be
// narrower: the panel then scrolls).
int neededWidth(const QDockWidget* dock)
{
    const auto* scroll = dock->findChild<QScrollArea*>();
    const QWidget* panel = scroll && scroll->widget() ? scroll->widget() : dock->widget();
    return panel ? panel->minimumSizeHint().width() + 8 : 0;
}

} // namespace

QScrollArea* WindowLayout::scrollable(QWidget* panel, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panel);
    return scroll;
}

WindowLayout::WindowLayout(QMainWindow* window, Docks docks)
    : m_window(window)
    , m_docks(docks)
{}

void WindowLayout::arrangeDefault()
{
    QMainWindow* w = m_window;
    // The top area spans the whole width (the three charts side by side); the findings column
    // reaches down to the status bar, so the detail opens under the requests only.
    w->setCorner(Qt::TopLeftCorner, Qt::TopDockWidgetArea);
    w->setCorner(Qt::TopRightCorner, Qt::TopDockWidgetArea);
    w->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    w->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    for (QDockWidget* dock : {m_docks.timeline, m_docks.backends, m_docks.routeTable, m_docks.findings,
                              m_docks.importReport, m_docks.detail}) {
        dock->setFloating(false);
        w->removeDockWidget(dock);
    }
    w->addDockWidget(Qt::TopDockWidgetArea, m_docks.timeline, Qt::Horizontal);
    w->splitDockWidget(m_docks.timeline, m_docks.backends, Qt::Horizontal);
    w->splitDockWidget(m_docks.backends, m_docks.routeTable, Qt::Horizontal);
    w->addDockWidget(Qt::LeftDockWidgetArea, m_docks.findings, Qt::Vertical);
    w->tabifyDockWidget(m_docks.findings, m_docks.importReport);
    w->addDockWidget(Qt::BottomDockWidgetArea, m_docks.detail, Qt::Horizontal);
    for (QDockWidget* dock :
         {m_docks.timeline, m_docks.backends, m_docks.routeTable, m_docks.findings, m_docks.importReport})
        dock->show();
    m_docks.findings->raise();
    m_docks.detail->hide();
}

void WindowLayout::applyDefaultSizes()
{
    const int width = m_window->width();
    const int height = m_window->height();
    // A third of the height for the charts (never less than they need), the rest for the
    // requests; the timeline gets the widest share, the route table the next.
    m_window->resizeDocks({m_docks.timeline}, {std::max(kMinChartsHeight, height * 35 / 100)}, Qt::Vertical);
    // Each chart keeps the width its controls need when the screen allows; what is missing
    // comes off the timeline's share first, then the route table's, which then scrolls
    // sideways in its dock rather than overlap its neighbour.
    const int timelineNeed = neededWidth(m_docks.timeline);
    const int routeNeed = neededWidth(m_docks.routeTable);
    int timelineWidth = std::max(timelineNeed, width * 42 / 100);
    const int backendsWidth = std::max(neededWidth(m_docks.backends), width * 24 / 100);
    int routeWidth = std::max(routeNeed, width * 34 / 100);
    int excess = timelineWidth + backendsWidth + routeWidth - width;
    const int fromTimeline = std::clamp(excess, 0, timelineWidth - timelineNeed);
    timelineWidth -= fromTimeline;
    excess -= fromTimeline;
    if (excess > 0)
        routeWidth = std::max(200, routeWidth - excess);
    m_window->resizeDocks({m_docks.timeline, m_docks.backends, m_docks.routeTable},
                          {timelineWidth, backendsWidth, routeWidth}, Qt::Horizontal);
    m_window->resizeDocks({m_docks.findings}, {std::clamp(width * 26 / 100, 300, 520)}, Qt::Horizontal);
    m_defaultState.clear();
    QTimer::singleShot(0, m_window, [this] { m_defaultState = m_window->saveState(); });
}

void WindowLayout::refitIfUntouched()
{
    if (!m_defaultState.isEmpty() && m_window->saveState() == m_defaultState)
        applyDefaultSizes();
}

void WindowLayout::openDetail(int centralNeed)
{
    if (m_docks.detail->isVisible())
        return;
    constexpr int kMinimumDetail = 140;
    constexpr int kMinimumTopBand = 190;
    const QWidget* central = m_window->centralWidget();
    const int spare = central ? central->height() - centralNeed : kMinimumDetail;
    const int detail =
        std::clamp(spare, kMinimumDetail, std::max(kMinimumDetail, m_window->height() * 36 / 100));
    if (spare < kMinimumDetail && m_docks.timeline->isVisible()) {
        const int top = std::max(kMinimumTopBand, m_docks.timeline->height() - (kMinimumDetail - spare));
        m_window->resizeDocks({m_docks.timeline}, {top}, Qt::Vertical);
    }
    m_docks.detail->show();
    m_window->resizeDocks({m_docks.detail}, {detail}, Qt::Vertical);
}

QString WindowLayout::sizeClass(QSize screen)
{
    const int width = screen.width();
    if (width < 1500)
        return QStringLiteral("compact");
    if (width < 2200)
        return QStringLiteral("regular");
    if (width < 3200)
        return QStringLiteral("large");
    return QStringLiteral("huge");
}

QString WindowLayout::currentSizeClass() const
{
    const QScreen* screen = m_window->screen();
    return sizeClass(screen ? screen->availableSize() : m_window->size());
}

bool WindowLayout::restore()
{
    const QSettings settings;
    const QString sizeClass = currentSizeClass();
    const QByteArray state = settings.value(key(sizeClass, "state")).toByteArray();
    if (state.isEmpty())
        return false;
    m_window->restoreGeometry(settings.value(key(sizeClass, "geometry")).toByteArray());
    return m_window->restoreState(state, kLayoutVersion);
}

void WindowLayout::save() const
{
    QSettings settings;
    const QString sizeClass = currentSizeClass();
    settings.setValue(key(sizeClass, "geometry"), m_window->saveGeometry());
    settings.setValue(key(sizeClass, "state"), m_window->saveState(kLayoutVersion));
}

} // namespace rs
