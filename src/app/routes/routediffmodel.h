#pragma once

#include "core/diagnosis/routetable.h"

#include <QAbstractTableModel>

#include <vector>

namespace rs {

// Endpoints that some routers' latest dumps hold and others do not (Analysis::routes.diffs).
class RouteDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Route, Address, InstanceId, PresentOn, AbsentOn, ColumnCount };

    explicit RouteDiffModel(QObject* parent = nullptr);

    // Router names are resolved through `incident` now; the model keeps no reference to it.
    void setDiffs(const Incident& incident, const std::vector<RouterDiffEntry>& diffs);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString route, address, instanceId, presentOn, absentOn;
    };
    std::vector<Row> m_rows;
};

} // namespace rs
