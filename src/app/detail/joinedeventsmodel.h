#pragma once

#include "app/detail/requestdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace rs {

// The router events and stderr lines joined to one request, by time, with why each belongs.
class JoinedEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Router, Reason, Message, Endpoint, Error, ColumnCount };

    explicit JoinedEventsModel(QObject* parent = nullptr);

    void setEvents(std::vector<JoinedEvent> events);
    const std::vector<JoinedEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString text(const JoinedEvent& event, int column);

    std::vector<JoinedEvent> m_events;
};

} // namespace rs
