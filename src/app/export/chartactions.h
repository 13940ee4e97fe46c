#pragma once

#include "app/export/chartexport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

class QLabel;
class QMenu;
class QWidget;

namespace rs {

// Save (PNG, SVG, PDF, CSV), copy image and copy CSV for every chart kind, on the data the
// views show now and as they show it (visible time range, grouping, scale). The charts' export
// buttons and context menus and File → Export Chart use the same actions. A written file is
// announced by exported() and in the main window's status bar, with a link to its folder.
class ChartActions : public QObject {
    Q_OBJECT
public:
    using DataFn = std::function<std::shared_ptr<const ViewData>()>;
    using OptionsFn = std::function<ChartOptions()>;
    using RangeFn = std::function<std::pair<TimeNs, TimeNs>()>;
    ChartActions(QWidget* dialogParent, DataFn currentData);

    enum class Format { Png, Svg, Pdf, Csv };

    // A menu titled after the chart: "Save as PNG…", "… SVG…", "… PDF…", "… CSV…",
    // "Copy as Image", "Copy as CSV".
    QMenu* menuFor(ChartKind kind, QWidget* parent);
    // Gives `widget` a context menu with those actions at its top level, and hands these
    // actions to the chart view `widget` belongs to (its export button).
    void attach(QWidget* widget, ChartKind kind);

    // How a view shows `kind` now (ChartOptions); the timeline's range has a shortcut.
    void setOptionsSource(ChartKind kind, OptionsFn options);
    void setVisibleRangeSource(RangeFn range);
    ChartOptions optionsFor(ChartKind kind) const;

    // The non-interactive parts, for tests and the dialogs. A saved file emits exported().
    bool saveChart(ChartKind kind, const QString& path, double scale, QString* error = nullptr);
    bool copyImage(ChartKind kind) const;
    bool copyCsv(ChartKind kind) const;

    // Where the save dialogs open: the folder of the last export (remembered in QSettings).
    static QString exportFolder();
    static void rememberExportFolder(const QString& filePath);
    // The file a save dialog proposes for `kind` in `format`.
    static QString proposedPath(ChartKind kind, Format format);

    static QString title(ChartKind kind);

Q_SIGNALS:
    void exported(const QString& path);

private:
    void saveWithDialog(ChartKind kind, Format format);
    void announce(const QString& path);

    QWidget* m_parent;
    DataFn m_data;
    std::map<ChartKind, OptionsFn> m_options;
    QPointer<QLabel> m_notice;
};

} // namespace rs
