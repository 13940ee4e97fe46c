#pragma once

#include "app/detail/requestdetail.h"
#include "core/query/analysis.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;

namespace Ui {
class RequestDetailPanel;
}

namespace rs {

class AttemptsModel;
class FilterStack;
class JoinedEventsModel;
class KeyValueModel;
class RawLineHighlighter;

// Everything about one request: its fields (long texts re-parsed from the raw line), its class
// with the evidence and the explanation, its failed attempts, the events joined to it, and the
// raw lines of every file involved, highlighted field by field. Log text is shown as plain text
// only. Actions filter every view to the request's host or backend.
class RequestDetailPanel : public QWidget {
    Q_OBJECT
public:
    // A raw line longer than this is shown cut, with a note.
    static constexpr std::size_t kMaxShownLineBytes = 64 * 1024;

    explicit RequestDetailPanel(FilterStack* filters, QWidget* parent = nullptr);
    ~RequestDetailPanel() override;

    // `row` of analysis->incident->tables.requests; an out-of-range row clears the panel.
    void showRequest(std::shared_ptr<const Analysis> analysis, std::uint32_t row);
    void clear();

    std::optional<std::uint32_t> currentRow() const;
    const RequestDetail& detail() const { return m_detail; }
    // The raw-lines text as shown (headers and lines).
    QString rawText() const;
    // What the app said, as shown in the app tab (plain text).
    QString appText() const;

    QAction* copyAction() const { return m_copy; }
    QAction* filterHostAction() const { return m_filterHost; }
    QAction* filterBackendAction() const { return m_filterBackend; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateActions();
    void showClass();
    void fitClassArea();
    void showAttemptsAndEvents();
    void showRawLines();
    void showAppLines();

    std::unique_ptr<Ui::RequestDetailPanel> m_ui;
    FilterStack* m_filters;
    KeyValueModel* m_fields;
    AttemptsModel* m_attempts;
    JoinedEventsModel* m_events;
    RawLineHighlighter* m_highlighter = nullptr;
    QAction* m_copy;
    QAction* m_filterHost;
    QAction* m_filterBackend;
    std::shared_ptr<const Analysis> m_analysis;
    RequestDetail m_detail;
    bool m_splitterMoved = false;
};

} // namespace rs
