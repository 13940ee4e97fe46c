#pragma once

#include "app/detail/requestdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace rs {

// The fields of one request as a two-column table: name, value. Values from the log are shown
// as plain text; their tooltips are escaped.
class KeyValueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };

    explicit KeyValueModel(QObject* parent = nullptr);

    void setFields(std::vector<DetailField> fields);
    const std::vector<DetailField>& fields() const { return m_fields; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DetailField> m_fields;
};

} // namespace rs
