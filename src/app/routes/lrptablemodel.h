#pragma once

#include "core/diagnosis/capturetime.h"
#include "core/store/tables.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace rs {

// The rows of one `cfdot actual-lrps` capture, beside the route table so that an endpoint can
// be checked against the instance that should own its address.
class LrpTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProcessGuid,
        Index,
        InstanceGuid,
        Cell,
        Address,
        InstanceAddress,
        Ports,
        State,
        Since,
        CrashCount,
        CrashReason,
        ColumnCount
    };

    explicit LrpTableModel(QObject* parent = nullptr);

    void setRows(std::vector<LrpRow> rows);
    const std::vector<LrpRow>& rows() const { return m_rows; }
    const LrpRow* row(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LrpRow> m_rows;
};

// The addresses a router may know this instance by ("cell-ip:host-port", the host TLS proxy
// port, then the instance address with the container ports), most likely first.
QStringList lrpBackendAddresses(const LrpRow& row);

// The capture nearest to `at` (a capture without a time stamp counts as taken at `undated`);
// -1 when there is none.
int nearestLrpSnapshot(const std::vector<LrpSnapshot>& snapshots, TimeNs at, TimeNs undated);
// The same by capture times (captureTimes(incident).lrps), which date every capture.
int nearestCapture(const std::vector<CaptureTime>& captures, TimeNs at);

} // namespace rs
