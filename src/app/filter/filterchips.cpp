#include "app/filter/filterchips.h"

#include "app/displaytime.h"
#include "core/query/classnames.h"
#include "core/query/filterformat.h"
#include "core/query/filtersets.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

#include <algorithm>

// lupdate needs the context outside the namespace.
struct FilterChipText {
    Q_DECLARE_TR_FUNCTIONS(FilterChips)
};

namespace rs {
namespace {

QString logText(std::string_view text)
{
    const std::string escaped = escapeForDisplay(text, 80);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}

QString timeText(TimeNs t)
{
    // Milliseconds, like the tables: a chip stays short enough to read.
    return dateTimeMs(t);
}

template <typename T> void eraseValue(std::vector<T>& values, const T& value)
{
    values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

// The grammar text of a filter holding one piece.
QString termOf(const std::function<void(Filter&)>& set)
{
    Filter piece;
    set(piece);
    return QString::fromStdString(formatFilterExpression(piece));
}

void addStrings(std::vector<FilterChip>& chips, const std::vector<std::string>& values,
                std::vector<std::string> Filter::*member, const QString& name)
{
    for (const auto& value : values) {
        chips.push_back({QStringLiteral("%1 %2").arg(name, logText(value)),
                         [member, value](Filter& f) { eraseValue(f.*member, value); },
                         termOf([member, value](Filter& f) { (f.*member).push_back(value); })});
    }
}

QString statusText(const StatusRange& range)
{
    if (range.from == 0 && range.to == 0)
        return FilterChipText::tr("no status");
    if (range.from == range.to)
        return QString::number(range.from);
    if (range.from % 100 == 0 && range.to == range.from + 99)
        return QStringLiteral("%1xx").arg(range.from / 100);
    return QStringLiteral("%1–%2").arg(range.from).arg(range.to);
}

QString idText(std::string_view id)
{
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

} // namespace

std::vector<FilterChip> filterChips(const Filter& filter)
{
    std::vector<FilterChip> chips;
    if (filter.from != kNoTime && filter.to != kNoTime) {
        chips.push_back({FilterChipText::tr("time %1 … %2").arg(timeText(filter.from), timeText(filter.to)),
                         [](Filter& f) { f.from = f.to = kNoTime; }, termOf([&filter](Filter& f) {
                             f.from = filter.from;
                             f.to = filter.to;
                         })});
    } else if (filter.from != kNoTime) {
        chips.push_back({FilterChipText::tr("from %1").arg(timeText(filter.from)),
                         [](Filter& f) { f.from = kNoTime; },
                         termOf([&filter](Filter& f) { f.from = filter.from; })});
    } else if (filter.to != kNoTime) {
        chips.push_back({FilterChipText::tr("until %1").arg(timeText(filter.to)),
                         [](Filter& f) { f.to = kNoTime; },
                         termOf([&filter](Filter& f) { f.to = filter.to; })});
    }
    if (filter.rows) {
        const QString what = filter.rowsLabel.empty() ? FilterChipText::tr("selected requests")
                                                      : QString::fromStdString(filter.rowsLabel);
        chips.push_back(
            {FilterChipText::tr("%1 (%n requests)", nullptr, static_cast<int>(filter.rows->size())).arg(what),
             [](Filter& f) {
                 f.rows.reset();
                 f.rowsLabel.clear();
             },
             QString()});
    }
    addStrings(chips, filter.routers, &Filter::routers, FilterChipText::tr("router"));
    addStrings(chips, filter.hosts, &Filter::hosts, FilterChipText::tr("host"));
    addStrings(chips, filter.apps, &Filter::apps, FilterChipText::tr("app"));
    addStrings(chips, filter.backends, &Filter::backends, FilterChipText::tr("backend"));
    addStrings(chips, filter.instances, &Filter::instances, FilterChipText::tr("instance"));
    for (const auto& range : filter.statuses) {
        chips.push_back({FilterChipText::tr("status %1").arg(statusText(range)),
                         [range](Filter& f) { eraseValue(f.statuses, range); },
                         termOf([range](Filter& f) { f.statuses.push_back(range); })});
    }
    // A named set (the "Failures" quick filter's) reads as its name, in the grammar; another
    // long class list as one chip.
    if (const FilterValueSet* set =
            filter.classes.size() > 1 ? filterValueSetOf(FilterField::Class, filter.classes) : nullptr) {
        chips.push_back({QStringLiteral("class in %1").arg(idText(set->name)),
                         [](Filter& f) { f.classes.clear(); },
                         QStringLiteral("class in %1").arg(idText(set->name))});
    } else if (filter.classes.size() > 3) {
        chips.push_back(
            {FilterChipText::tr("%n error classes", nullptr, static_cast<int>(filter.classes.size())),
             [](Filter& f) { f.classes.clear(); },
             termOf([&filter](Filter& f) { f.classes = filter.classes; })});
    } else {
        for (const auto value : filter.classes) {
            const QString id = value < query::kErrorClassIds.size() ? idText(query::kErrorClassIds[value])
                                                                    : QString::number(value);
            chips.push_back({FilterChipText::tr("class %1").arg(id),
                             [value](Filter& f) { eraseValue(f.classes, value); },
                             termOf([value](Filter& f) { f.classes.push_back(value); })});
        }
    }
    const FilterValueSet* sourceSet =
        filter.sources.size() > 1 ? filterValueSetOf(FilterField::Source, filter.sources) : nullptr;
    if (sourceSet) {
        chips.push_back({QStringLiteral("source in %1").arg(idText(sourceSet->name)),
                         [](Filter& f) { f.sources.clear(); },
                         QStringLiteral("source in %1").arg(idText(sourceSet->name))});
    }
    for (const auto value : sourceSet ? std::vector<std::uint8_t>{} : filter.sources) {
        const QString id =
            value < query::kSourceIds.size() ? idText(query::kSourceIds[value]) : QString::number(value);
        chips.push_back({FilterChipText::tr("source %1").arg(id),
                         [value](Filter& f) { eraseValue(f.sources, value); },
                         termOf([value](Filter& f) { f.sources.push_back(value); })});
    }
    if (!filter.text.empty()) {
        chips.push_back({FilterChipText::tr("text “%1”").arg(logText(filter.text)),
                         [](Filter& f) {
                             f.text.clear();
                             f.textRows.reset();
                         },
                         termOf([&filter](Filter& f) { f.text = filter.text; })});
    }
    // What the chips above cannot say (or, not, other fields) is one chip with its text.
    if (filter.expression) {
        chips.push_back({FilterChipText::tr("where %1").arg(logText(filter.expression.text)),
                         [](Filter& f) { f.expression = {}; },
                         QString::fromStdString(filter.expression.text)});
    }
    return chips;
}

} // namespace rs
