#include "app/filter/savedfilters.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>

// lupdate needs the context outside the namespace.
struct SavedFiltersText {
    Q_DECLARE_TR_FUNCTIONS(SavedFilters)
};

namespace rs::savedfilters {
namespace {

const QString kSettingsKey = QStringLiteral("filter/saved");
const QString kFormat = QStringLiteral("routescope-saved-filters");
// A bookmark file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

QList<SavedFilter> load()
{
    QSettings settings;
    QList<SavedFilter> filters;
    const int count = settings.beginReadArray(kSettingsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedFilter f{settings.value(QStringLiteral("name")).toString(),
                      settings.value(QStringLiteral("expression")).toString()};
        if (!f.name.isEmpty())
            filters.append(f);
    }
    settings.endArray();
    return filters;
}

void store(const QList<SavedFilter>& filters)
{
    QSettings settings;
    settings.remove(kSettingsKey);
    settings.beginWriteArray(kSettingsKey, static_cast<int>(filters.size()));
    for (int i = 0; i < filters.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), filters[i].name);
        settings.setValue(QStringLiteral("expression"), filters[i].expression);
    }
    settings.endArray();
}

QList<SavedFilter> withFilter(QList<SavedFilter> filters, const SavedFilter& filter)
{
    for (auto& f : filters) {
        if (f.name == filter.name) {
            f.expression = filter.expression;
            return filters;
        }
    }
    filters.append(filter);
    return filters;
}

QList<SavedFilter> merged(QList<SavedFilter> filters, const QList<SavedFilter>& incoming,
                          const std::function<QString(const QString& name, int n)>& renamed)
{
    for (const SavedFilter& bookmark : incoming) {
        SavedFilter added = bookmark;
        bool present = false;
        for (int n = 1;; ++n) {
            const auto taken = std::find_if(filters.begin(), filters.end(),
                                            [&](const SavedFilter& f) { return f.name == added.name; });
            if (taken == filters.end())
                break;
            if (taken->expression == bookmark.expression) {
                present = true;
                break;
            }
            added.name = renamed(bookmark.name, n);
        }
        if (!present)
            filters.append(added);
    }
    return filters;
}

QByteArray toJson(const QList<SavedFilter>& filters)
{
    QJsonArray list;
    for (const auto& f : filters)
        list.append(
            QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("expression"), f.expression}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("filters"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<SavedFilter>> fromJson(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SavedFiltersText::tr("The file is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = SavedFiltersText::tr("The file is JSON, but not a RouteScope saved-filters file.");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        *error = SavedFiltersText::tr("The file was written by a newer RouteScope (version %1).")
                     .arg(root.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    QList<SavedFilter> filters;
    const QJsonArray list = root.value(QStringLiteral("filters")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list[i].toObject();
        const QString name = entry.value(QStringLiteral("name")).toString().trimmed();
        const QString expression = entry.value(QStringLiteral("expression")).toString();
        if (name.isEmpty() || !entry.value(QStringLiteral("expression")).isString()) {
            *error = SavedFiltersText::tr("Entry %1 of the file lacks a name or an expression.").arg(i + 1);
            return std::nullopt;
        }
        filters = withFilter(std::move(filters), {name, expression});
    }
    return filters;
}

bool exportFile(const QString& path, const QList<SavedFilter>& filters, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(filters)) < 0 || !file.commit()) {
        *error = SavedFiltersText::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<SavedFilter>> importFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SavedFiltersText::tr("Could not read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = SavedFiltersText::tr("%1 is too large for a saved-filters file.").arg(path);
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace rs::savedfilters
