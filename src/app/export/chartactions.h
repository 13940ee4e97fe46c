#pragma once

#include "app/export/chartexport.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace rs {

// Save, copy image and copy CSV for every chart kind, on the data the views show now. The
// charts' context menus and File → Export Chart use the same actions.
class ChartActions : public QObject {
    Q_OBJECT
public:
    using DataFn = std::function<std::shared_ptr<const ViewData>()>;
    ChartActions(QWidget* dialogParent, DataFn currentData);

    // A menu with "Save <chart> As…", "Copy as Image", "Copy as CSV".
    QMenu* menuFor(ChartKind kind, QWidget* parent);
    // Gives `widget` a context menu with the actions of `kind`.
    void attach(QWidget* widget, ChartKind kind);

    // The non-interactive parts, for tests and the dialogs.
    bool saveChart(ChartKind kind, const QString& path, double scale, QString* error = nullptr) const;
    bool copyImage(ChartKind kind) const;
    bool copyCsv(ChartKind kind) const;

    static QString title(ChartKind kind);

private:
    void saveWithDialog(ChartKind kind);

    QWidget* m_parent;
    DataFn m_data;
};

} // namespace rs
