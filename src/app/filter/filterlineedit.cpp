#include "app/filter/filterlineedit.h"

#include "app/safetext.h"
#include "core/query/analysis.h"
#include "core/query/filterexpr.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>

namespace rs {
namespace {

// The verdict follows the typing after a short pause, not on every key.
constexpr int kValidateDelayMs = 250;
const QString kHistoryKey = QStringLiteral("filter/history");
constexpr int kTextRole = Qt::UserRole + 1;

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - amount) + b.redF() * amount),
                            static_cast<float>(a.greenF() * (1 - amount) + b.greenF() * amount),
                            static_cast<float>(a.blueF() * (1 - amount) + b.blueF() * amount));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

FilterLineEdit::FilterLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_validateDelay(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    m_pool.setMaxThreadCount(1);
    m_validateDelay->setSingleShot(true);
    m_validateDelay->setInterval(kValidateDelayMs);
    connect(m_validateDelay, &QTimer::timeout, this, &FilterLineEdit::validateNow);
    connect(this, &QLineEdit::textChanged, this, [this] {
        m_validateDelay->start();
        update(); // the error marker no longer points at the text it was computed for
        // Cleared or replaced by the program (history, Escape, a chip): no stale popup.
        if (text().isEmpty())
            m_completer->popup()->hide();
    });
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_historyIndex = -1;
        updateCompletion(false);
    });

    // The completer is not the line edit's own (that one replaces the whole text): it pops up
    // the candidates for the word under the cursor, and insertCompletion() replaces that word.
    m_completer->setWidget(this);
    m_completer->setModel(m_completionModel);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &FilterLineEdit::insertCompletion);
    setState(State::Empty); // the tooltip with the keys
}

FilterLineEdit::~FilterLineEdit() = default;

QColor FilterLineEdit::stateColor(State state, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = isDark(palette);
    switch (state) {
    case State::Empty:
        return base;
    case State::Valid:
        return mix(base, dark ? QColor(0x2e, 0x9e, 0x4f) : QColor(0x3c, 0xb3, 0x71), dark ? 0.35 : 0.28);
    case State::Invalid:
        return mix(base, dark ? QColor(0xd0, 0x3c, 0x35) : QColor(0xe0, 0x45, 0x3a), dark ? 0.40 : 0.28);
    case State::NoMatch:
        return mix(base, dark ? QColor(0xc9, 0xa2, 0x00) : QColor(0xf0, 0xc0, 0x00), dark ? 0.35 : 0.35);
    }
    return base;
}

void FilterLineEdit::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    if (analysis == m_analysis)
        return;
    m_analysis = std::move(analysis);
    ++m_matchGeneration; // a check under way answers for the incident before
    m_valueCache.clear();
    if (!text().isEmpty())
        m_validateDelay->start();
}

void FilterLineEdit::setAppliedText(const QString& text)
{
    m_appliedText = text;
    if (!text.trimmed().isEmpty())
        addToHistory(text);
    m_historyIndex = -1;
}

QStringList FilterLineEdit::history()
{
    return QSettings().value(kHistoryKey).toStringList();
}

void FilterLineEdit::addToHistory(const QString& text)
{
    QStringList list = history();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > kHistorySize)
        list.removeLast();
    QSettings().setValue(kHistoryKey, list);
}

int FilterLineEdit::textIndexOfByte(std::size_t byte) const
{
    const QByteArray utf8 = text().toUtf8();
    return static_cast<int>(
        QString::fromUtf8(utf8.left(static_cast<qsizetype>(std::min<std::size_t>(byte, utf8.size()))))
            .size());
}

void FilterLineEdit::validateNow()
{
    m_validateDelay->stop();
    ++m_matchGeneration;
    const QString current = text();
    if (current.trimmed().isEmpty()) {
        setState(State::Empty);
        return;
    }
    auto parsed = parseFilterExpression(current.toStdString());
    if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
        setState(State::Invalid, QString::fromStdString(error->message), textIndexOfByte(error->position));
        return;
    }
    setState(State::Valid);
    if (m_analysis && m_analysis->incident->tables.requests.size() > 0)
        checkMatches(std::get<Filter>(std::move(parsed)));
}

void FilterLineEdit::checkMatches(Filter filter)
{
    // A selection over millions of rows is no work for the thread that draws the typing.
    FilterLineEdit* self = this; // outlives the task: the destructor waits for the pool
    const std::uint64_t generation = m_matchGeneration.load();
    m_pool.start([self, generation, analysis = m_analysis, filter = std::move(filter)] {
        if (generation != self->m_matchGeneration.load())
            return; // typed on since
        const bool none = select(*analysis->incident, filter, analysis->classColumns()).rows.empty();
        QMetaObject::invokeMethod(
            self,
            [self, generation, none] {
                if (none && generation == self->m_matchGeneration.load() && self->m_state == State::Valid)
                    self->setState(State::NoMatch, tr("No request of this incident matches this filter."));
            },
            Qt::QueuedConnection);
    });
}

void FilterLineEdit::setState(State state, const QString& message, int position)
{
    const bool changed = state != m_state || message != m_errorMessage || position != m_errorPosition;
    m_state = state;
    m_errorMessage = state == State::Invalid ? message : QString();
    m_errorPosition = state == State::Invalid ? position : -1;
    // The message is the parser's or ours, but it quotes what the user typed (and may have
    // pasted from a log): never taken for markup.
    setToolTip(message.isEmpty()
                   ? tr("Ctrl+L comes here. Enter applies, Escape goes back to the applied filter, "
                        "Up/Down show earlier filters, Ctrl+Space completes.")
                   : plainToolTip(message));
    applyColors();
    update();
    if (changed)
        Q_EMIT stateChanged(state);
}

void FilterLineEdit::applyColors()
{
    QPalette p = QApplication::palette(this);
    p.setColor(QPalette::Base, stateColor(m_state, p));
    m_settingPalette = true;
    setPalette(p);
    m_settingPalette = false;
}

void FilterLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    // A theme switch: the state colours are mixed from the new base.
    if ((event->type() == QEvent::PaletteChange && !m_settingPalette) ||
        event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    if (event->type() == QEvent::LanguageChange)
        validateNow();
}

std::optional<int> FilterLineEdit::errorMarkerX() const
{
    if (m_state != State::Invalid || m_errorPosition < 0 || m_errorPosition > text().size())
        return std::nullopt;
    // cursorRect() knows where the cursor's index is drawn, scrolling included; the marker is
    // the same distance from it as the text between the two indexes is wide.
    const QFontMetrics metrics(font());
    const QString shown = displayText();
    const int cursor = cursorPosition();
    const int delta = metrics.horizontalAdvance(shown.left(m_errorPosition)) -
                      metrics.horizontalAdvance(shown.left(cursor));
    return cursorRect().center().x() + delta;
}

void FilterLineEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    const auto x = errorMarkerX();
    if (!x || *x < 0 || *x > width())
        return;
    // A small caret under the byte the parser stopped at, in the palette's text colour so it
    // reads on the red in light and dark themes alike.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int bottom = height() - 2;
    const int size = std::max(3, fontMetrics().height() / 4);
    QPainterPath caret;
    caret.moveTo(*x, bottom - size);
    caret.lineTo(*x - size, bottom);
    caret.lineTo(*x + size, bottom);
    caret.closeSubpath();
    painter.fillPath(caret, palette().color(QPalette::Text));
}

void FilterLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    validateNow();
}

void FilterLineEdit::keyPressEvent(QKeyEvent* event)
{
    const bool popupShown = m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupShown)
            break;
        validateNow();
        if (m_state != State::Invalid) {
            Q_EMIT applyRequested(text());
            event->accept();
            return;
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (popupShown) {
            m_completer->popup()->hide();
        } else {
            setText(m_appliedText);
            m_historyIndex = -1;
            validateNow();
        }
        event->accept();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!popupShown) {
            browseHistory(event->key() == Qt::Key_Up ? 1 : -1);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Space:
        if (event->modifiers() & Qt::ControlModifier) {
            updateCompletion(true);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void FilterLineEdit::browseHistory(int step)
{
    const QStringList list = history();
    const int next = std::clamp(m_historyIndex + step, -1, static_cast<int>(list.size()) - 1);
    if (next == m_historyIndex)
        return;
    if (m_historyIndex == -1)
        m_draft = text();
    m_historyIndex = next;
    setText(next == -1 ? m_draft : list[next]);
}

const std::vector<FilterCandidate>& FilterLineEdit::valuesOf(FilterField field)
{
    for (const auto& [cached, values] : m_valueCache) {
        if (cached == field)
            return values;
    }
    m_valueCache.emplace_back(field, filterValueCandidates(*m_analysis->incident, field));
    return m_valueCache.back().second;
}

void FilterLineEdit::updateCompletion(bool force)
{
    const QString current = text();
    const std::string utf8 = current.toStdString();
    const std::size_t cursor = static_cast<std::size_t>(current.left(cursorPosition()).toUtf8().size());
    m_completionContext = filterCompletionContext(utf8, cursor);
    // Nothing typed after a finished term: and/or only on request.
    if (!force && m_completionContext.kind == FilterCompletionContext::Kind::Keyword) {
        m_completer->popup()->hide();
        return;
    }
    // The incident's values are counted once per field, then narrowed on every key.
    const std::vector<FilterCandidate> candidates =
        m_completionContext.kind == FilterCompletionContext::Kind::Value && m_analysis
            ? narrowFilterCandidates(valuesOf(m_completionContext.field), m_completionContext.prefix)
            : filterCompletions(m_completionContext, nullptr);
    const bool onlyWhatIsTyped =
        candidates.size() == 1 && candidates.front().text == m_completionContext.prefix;
    if (candidates.empty() || onlyWhatIsTyped || (!force && !hasFocus())) {
        m_completer->popup()->hide();
        return;
    }
    m_completionModel->clear();
    const QLocale locale;
    for (const auto& c : candidates) {
        const QString value = QString::fromStdString(c.text);
        QString shown = value;
        if (!c.note.empty())
            shown += QStringLiteral("  —  ") + QString::fromStdString(c.note);
        if (c.count > 0)
            shown += QStringLiteral("  ") + tr("(%1 requests)").arg(locale.toString(qulonglong(c.count)));
        auto* item = new QStandardItem(shown);
        item->setData(value, kTextRole);
        item->setEditable(false);
        m_completionModel->appendRow(item);
    }
    QRect rect = cursorRect();
    rect.setWidth(std::max(width() / 2, m_completer->popup()->sizeHintForColumn(0) +
                                            m_completer->popup()->verticalScrollBar()->sizeHint().width() +
                                            8));
    m_completer->complete(rect);
}

QStringList FilterLineEdit::completionTexts() const
{
    QStringList out;
    for (int row = 0; row < m_completionModel->rowCount(); ++row)
        out << m_completionModel->item(row)->data(kTextRole).toString();
    return out;
}

void FilterLineEdit::insertCompletion(const QModelIndex& index)
{
    const QString value = index.data(kTextRole).toString();
    if (value.isEmpty())
        return;
    const QString current = text();
    const int from = textIndexOfByte(m_completionContext.replaceFrom);
    const int to = cursorPosition();
    // Fields and operators are followed by what comes next; header. needs its name first.
    const bool more = m_completionContext.kind == FilterCompletionContext::Kind::Field ||
                      m_completionContext.kind == FilterCompletionContext::Kind::Operator;
    const QString inserted = value + (value.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral(" "));
    setText(current.left(from) + inserted + current.mid(to));
    setCursorPosition(from + static_cast<int>(inserted.size()));
    if (more)
        QTimer::singleShot(0, this, [this] { updateCompletion(false); });
}

} // namespace rs
