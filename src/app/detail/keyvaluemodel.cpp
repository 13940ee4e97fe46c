#include "app/detail/keyvaluemodel.h"

#include "app/safetext.h"

namespace rs {
namespace {
// Tooltips show long values whole up to this many characters.
constexpr qsizetype kMaxToolTip = 4000;
} // namespace

KeyValueModel::KeyValueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KeyValueModel::setFields(std::vector<DetailField> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

int KeyValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int KeyValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DetailField& field = m_fields[static_cast<std::size_t>(index.row())];
    const QString& text = index.column() == Name ? field.name : field.value;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return plainToolTip(text.left(kMaxToolTip));
    default:
        return {};
    }
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Field");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace rs
