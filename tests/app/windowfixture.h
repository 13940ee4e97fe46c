#pragma once
// Shared by the window tests: opening the sample or a generated bundle and waiting until every
// panel shows the current filter.

#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "generatedbundle.h"

#include <QSignalSpy>
#include <QTest>

namespace rs::test {

// Every panel shows the current filter: the views are computed and the table has its order.
inline bool waitForViewsOf(MainWindow& window, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [&] {
            const auto current = window.views()->current();
            return !window.views()->isBusy() && current && current->filter == window.filters()->current() &&
                   window.requestsPanel()->model()->viewData() == current &&
                   !window.requestsPanel()->model()->isSorting();
        },
        timeoutMs);
}

inline bool openSampleAndWait(MainWindow& window)
{
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openSample();
    return changed.wait(60000) && waitForViewsOf(window);
}

inline bool openPathsAndWait(MainWindow& window, const QStringList& paths)
{
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openPaths(paths);
    return changed.wait(120000) && waitForViewsOf(window);
}

// A small bundle of `routers` routers written by tools/gen-bundle into `dir`; false when the
// generator is missing or fails.
inline bool generateBundle(const QString& dir, int routers)
{
    return !generateBundle(dir, {QStringLiteral("--routers"), QString::number(routers),
                                 QStringLiteral("--minutes"), QStringLiteral("3"), QStringLiteral("--rps"),
                                 QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("12")})
                .isEmpty();
}

} // namespace rs::test
