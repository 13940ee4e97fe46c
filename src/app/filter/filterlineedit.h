#pragma once

#include "core/query/filter.h"
#include "core/query/filtercompletion.h"

#include <QColor>
#include <QLineEdit>
#include <QPalette>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace rs {

struct Analysis;

// The filter-expression field: checks the expression while the user types (a pause, then
// parseFilterExpression) and shows the verdict as its background, green for a valid filter,
// red with a marker under the byte the parser stopped at, yellow for a valid filter that
// matches no request of the incident. Completes field names, operators and the incident's
// values; Up/Down walk the filters applied before; Enter asks to apply, Escape goes back to
// the filter applied last.
class FilterLineEdit : public QLineEdit {
    Q_OBJECT
public:
    enum class State { Empty, Valid, Invalid, NoMatch };

    explicit FilterLineEdit(QWidget* parent = nullptr);
    ~FilterLineEdit() override;

    State state() const { return m_state; }
    // The parser's message for an invalid text ("" otherwise), and where it points, as an index
    // into text() (the parser counts UTF-8 bytes).
    QString errorMessage() const { return m_errorMessage; }
    int errorPosition() const { return m_errorPosition; }
    // Where the error marker is drawn, in widget coordinates; nullopt when there is none.
    std::optional<int> errorMarkerX() const;

    // The incident that completion and the yellow state look at (null: none open).
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    // The text last applied: what Escape returns to. Also recorded in the history.
    void setAppliedText(const QString& text);
    QString appliedText() const { return m_appliedText; }
    // Checks the text now instead of after the typing pause (tests, Enter).
    void validateNow();

    // The filters applied before, most recent first (kept in QSettings, at most kHistorySize).
    static QStringList history();
    static void addToHistory(const QString& text);
    static constexpr int kHistorySize = 50;

    // The background of a state in `palette` (a mix of the palette's base with the state's
    // hue, so that the palette's text stays readable); the base itself for Empty.
    static QColor stateColor(State state, const QPalette& palette);

    // The completion popup's entries for the text before the cursor (for tests).
    QStringList completionTexts() const;
    QCompleter* completer() const { return m_completer; }

Q_SIGNALS:
    // Enter on a valid text.
    void applyRequested(const QString& text);
    void stateChanged(rs::FilterLineEdit::State state);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void setState(State state, const QString& message = {}, int position = -1);
    void applyColors();
    void updateCompletion(bool force);
    void insertCompletion(const QModelIndex& index);
    void browseHistory(int step);
    int textIndexOfByte(std::size_t byte) const;
    // Whether the filter selects any request: on the pool, the answer (when still about the
    // text in the field) turns a valid field yellow.
    void checkMatches(Filter filter);
    const std::vector<FilterCandidate>& valuesOf(FilterField field);

    State m_state = State::Empty;
    QString m_errorMessage;
    int m_errorPosition = -1;
    QString m_appliedText;
    QTimer* m_validateDelay;
    bool m_settingPalette = false;
    std::shared_ptr<const Analysis> m_analysis;
    QCompleter* m_completer;
    QStandardItemModel* m_completionModel;
    FilterCompletionContext m_completionContext;
    // The values of a field, counted once per incident.
    std::vector<std::pair<FilterField, std::vector<FilterCandidate>>> m_valueCache;
    // Up/Down: -1 is the text being edited (kept in m_draft).
    int m_historyIndex = -1;
    QString m_draft;
    // Bumped by every validation: a match check answering an older text is dropped.
    std::atomic<std::uint64_t> m_matchGeneration{0};
    QThreadPool m_pool; // last member: destroyed (and waited for) first
};

} // namespace rs
