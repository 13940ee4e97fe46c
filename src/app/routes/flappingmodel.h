#pragma once

#include "core/diagnosis/routetable.h"

#include <QAbstractTableModel>

#include <vector>

namespace rs {

// Endpoints pruned and registered again and again (Analysis::routes.flapping).
class FlappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Router, Route, Address, Prunes, Registrations, First, Last, ColumnCount };

    explicit FlappingModel(QObject* parent = nullptr);

    // Router names are resolved through `incident` now; the model keeps no reference to it.
    void setFlapping(const Incident& incident, std::vector<Flapping> flapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Flapping> m_rows;
    std::vector<QString> m_routerNames; // parallel to m_rows
};

} // namespace rs
