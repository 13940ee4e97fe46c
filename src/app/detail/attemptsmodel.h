#pragma once

#include "app/detail/requestdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace rs {

// The failed attempts of one request, in attempt order: endpoint, error and its class, what
// Gorouter did with it, and the timings the event logged.
class AttemptsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        JoinedBy,
        Time,
        Endpoint,
        Error,
        Class,
        Retriable,
        ConnReused,
        GotConnection,
        WroteHeaders,
        DnsTime,
        DialTime,
        TlsTime,
        ColumnCount
    };

    explicit AttemptsModel(QObject* parent = nullptr);

    void setAttempts(std::vector<AttemptInfo> attempts);
    const std::vector<AttemptInfo>& attempts() const { return m_attempts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const AttemptInfo& attempt, int column) const;

    std::vector<AttemptInfo> m_attempts;
};

} // namespace rs
