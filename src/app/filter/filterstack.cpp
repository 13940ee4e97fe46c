#include "app/filter/filterstack.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace rs {

namespace {
// A long session of clicking around should not keep every filter it ever saw.
constexpr std::size_t kMaxHistory = 200;
} // namespace

FilterStack::FilterStack(QObject* parent)
    : QObject(parent)
    , m_back(new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(), this))
    , m_forward(new QAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(), this))
    , m_reset(new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), QString(), this))
{
    qRegisterMetaType<rs::Filter>();
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    retranslate();
    connect(m_back, &QAction::triggered, this, &FilterStack::back);
    connect(m_forward, &QAction::triggered, this, &FilterStack::forward);
    connect(m_reset, &QAction::triggered, this, &FilterStack::reset);
    changed();
}

void FilterStack::retranslate()
{
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Back to the previous filter (Alt+Left)"));
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("Forward to the next filter (Alt+Right)"));
    m_reset->setText(tr("&Reset Filter"));
    m_reset->setToolTip(tr("Show everything again (Ctrl+Shift+R)"));
}

void FilterStack::push(Filter filter)
{
    if (filter == current())
        return;
    m_history.resize(m_position + 1);
    m_history.push_back(std::move(filter));
    if (m_history.size() > kMaxHistory)
        m_history.erase(m_history.begin());
    m_position = m_history.size() - 1;
    changed();
}

void FilterStack::modify(const std::function<void(Filter&)>& change)
{
    Filter filter = current();
    change(filter);
    push(std::move(filter));
}

void FilterStack::back()
{
    if (!canGoBack())
        return;
    --m_position;
    changed();
}

void FilterStack::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    changed();
}

void FilterStack::reset()
{
    push(Filter{});
}

void FilterStack::clear()
{
    const bool wasEmpty = current().isEmpty();
    m_history.assign(1, Filter{});
    m_position = 0;
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_reset->setEnabled(false);
    if (!wasEmpty)
        Q_EMIT filterChanged(current());
}

void FilterStack::changed()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    m_reset->setEnabled(!current().isEmpty());
    Q_EMIT filterChanged(current());
}

} // namespace rs
