#pragma once

#include "core/query/filter.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;

namespace rs {

// The one filter every view follows, with a browser-like history (hotspot's filter/zoom
// stack): views never own filter state, they push a new filter and redraw on filterChanged.
class FilterStack : public QObject {
    Q_OBJECT
public:
    explicit FilterStack(QObject* parent = nullptr);

    const Filter& current() const { return m_history[m_position]; }
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }

    // Makes `filter` current, dropping any forward history; nothing happens when it equals the
    // current one.
    void push(Filter filter);
    // Sets the actions' texts in the current language (the owner calls it on LanguageChange:
    // the stack is no widget).
    void retranslate();
    // Pushes a copy of the current filter changed by `change`.
    void modify(const std::function<void(Filter&)>& change);
    void back();
    void forward();
    // Pushes the empty filter (reset is itself undoable with back).
    void reset();
    // Forgets the history: a new incident starts with no filter.
    void clear();
    // Asks the filter field to show the current filter as an expression with `term` (one
    // piece of it, in the grammar) selected for editing: a chip's "Edit".
    void requestEdit(const QString& term) { Q_EMIT editRequested(term); }

    // Ready-made actions with shortcuts (Alt+Left, Alt+Right, Ctrl+Shift+R), enabled as the
    // history allows.
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* resetAction() const { return m_reset; }

Q_SIGNALS:
    void filterChanged(const rs::Filter& filter);
    void editRequested(const QString& term);

private:
    void changed();

    std::vector<Filter> m_history{Filter{}};
    std::size_t m_position = 0;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_reset = nullptr;
};

} // namespace rs
