#pragma once

#include "app/filter/viewdata.h"
#include "core/diagnosis/staleroutes.h"

#include <QDate>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace Ui {
class RouteTablePanel;
}

namespace rs {

class FilterStack;
class FlappingModel;
class LrpTableModel;
class RouteDiffModel;
class RouteTableModel;

// The route table of one router at one time, replayed from registration events and dumps,
// with stale endpoints and failing backends marked, the LRPs captured nearest to that time
// beside it, and a tab with the endpoints the routers disagree on and the flapping ones.
// Double-clicking an endpoint filters every view to its backend address; a filter on one
// router selects that router.
class RouteTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit RouteTablePanel(FilterStack* filters, QWidget* parent = nullptr);
    ~RouteTablePanel() override;

    void setViewData(std::shared_ptr<const ViewData> data);

    // The time whose table is shown (or being computed).
    TimeNs time() const { return m_time; }
    // The selected router; none before the replay is ready or when the bundle has no routes.
    std::optional<IdentityIndex> router() const;
    // Selects `router` if the replay knows it.
    bool selectRouter(IdentityIndex router);
    // Shows the table of `router` at `at` and selects the endpoint (route, address) in it once
    // the table is there (a finding's endpoint).
    void showEndpoint(IdentityIndex router, TimeNs at, const std::string& route, const std::string& address);
    // The endpoint selected in the table; none when no endpoint row is current.
    std::optional<TableEndpoint> currentEndpoint() const;
    // True while the replay or a table is computed in the background; tableChanged() follows.
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    // The timeline's time cursor: shows the table as it was at `at`.
    void setTime(rs::TimeNs at);

Q_SIGNALS:
    // The table of router() at time() is shown.
    void tableChanged();
    // A stale endpoint was double-clicked: `filter` selects (by explicit rows) the requests the
    // router sent to its address at least once, failed attempts included. When nothing is
    // connected, the panel applies the filter itself.
    void requestsFilterRequested(const rs::Filter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Replay;

    void startAnalysis(const ViewData& data);
    void replayReady(std::shared_ptr<const Replay> replay);
    void requestTable();
    void showTable(std::vector<MarkedEndpoint> table);
    void showTime();
    void setTimeRange(TimeNs from, TimeNs to);
    void showTimeFormat();
    void updateLrps();
    void updateStatus();
    void updateDiffLabels();
    void restoreExpansion();
    void selectPendingEndpoint();
    void showEmpty(const QString& text);
    void filterToEndpoint(const QModelIndex& index);
    // The filter of the requests that had an attempt on `endpoint` on the shown router.
    Filter attemptFilter(const TableEndpoint& endpoint) const;
    QString dumpCaptureText(QString (*format)(TimeNs)) const;
    // The router a filter on exactly one router names; -1 when there is none.
    int filterRouterIndex() const;

    std::unique_ptr<Ui::RouteTablePanel> m_ui;
    FilterStack* m_filters;
    RouteTableModel* m_routeModel;
    LrpTableModel* m_lrpModel;
    RouteDiffModel* m_diffModel;
    FlappingModel* m_flappingModel;

    std::shared_ptr<const ViewData> m_data;
    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const Replay> m_replay;
    TimeNs m_time = kNoTime;
    TimeNs m_filterFrom = kNoTime, m_filterTo = kNoTime;
    QDate m_sameDay; // the incident's one day (the time edit then shows only the time), or invalid
    std::vector<std::string> m_filterRouters;
    std::string m_routerName;                // kept across incidents when the router is still there
    std::set<std::string> m_collapsedRoutes; // routes the user collapsed
    bool m_restoringExpansion = false;
    bool m_resizeColumns = false; // the first table of an incident sizes the columns
    int m_lrpSnapshot = -1;
    std::optional<std::pair<std::string, std::string>> m_pendingEndpoint; // route, address

    std::atomic<quint64> m_replayGeneration = 0; // written on the GUI thread, read by the tasks
    std::atomic<quint64> m_tableGeneration = 0;
    int m_pending = 0;
    QThreadPool m_pool; // destroyed first: its destructor waits for running computations
};

} // namespace rs
