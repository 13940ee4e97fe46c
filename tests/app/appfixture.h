#pragma once
// Shared by the widget tests: the embedded sample incident, imported and analysed once per
// test process, and a helper that waits for the views to follow a filter change.

#include "app/filter/viewupdater.h"
#include "app/sampleincident.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace rs::test {

inline std::shared_ptr<const Analysis> sampleAnalysis()
{
    static const std::shared_ptr<const Analysis> analysis =
        analyse(Importer().importBytes(kSampleIncidentName, loadSampleIncident()));
    return analysis;
}

// Waits until `updater` has delivered the data for the current filter.
inline bool waitForViews(ViewUpdater& updater, int timeoutMs = 30000)
{
    if (!updater.isBusy())
        return updater.current() != nullptr;
    return QTest::qWaitFor([&] { return !updater.isBusy(); }, timeoutMs) && updater.current() != nullptr;
}

} // namespace rs::test
