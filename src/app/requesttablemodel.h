#pragma once

#include "core/store/incident.h"

#include <QAbstractTableModel>

#include <memory>

namespace rs {

// Every request of an incident, straight from the columns: rows are formatted on demand, so
// the model costs nothing per row and stays smooth at millions of rows.
class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Router,
        Host,
        Method,
        Status,
        Backend,
        ResponseTime,
        RouterError,
        RequestId,
        ColumnCount
    };

    explicit RequestTableModel(QObject* parent = nullptr);

    void setIncident(std::shared_ptr<const Incident> incident);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(std::size_t row, int column) const;

    std::shared_ptr<const Incident> m_incident;
};

} // namespace rs
