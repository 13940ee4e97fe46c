#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rs {

// A filter bookmark: a name the user chose and the expression it stands for.
struct SavedFilter {
    QString name;
    QString expression;
    bool operator==(const SavedFilter&) const = default;
};

// The bookmarks, kept in QSettings, and their small JSON file for sharing between machines:
//   {"format": "routescope-saved-filters", "version": 1,
//    "filters": [{"name": "…", "expression": "…"}, …]}
namespace savedfilters {

QList<SavedFilter> load();
void store(const QList<SavedFilter>& filters);
// Adds `filter`, replacing one of the same name.
QList<SavedFilter> withFilter(QList<SavedFilter> filters, const SavedFilter& filter);

QByteArray toJson(const QList<SavedFilter>& filters);
// The filters of a file's bytes; nullopt and `error` (a sentence for the user) when the bytes
// are not such a file.
std::optional<QList<SavedFilter>> fromJson(const QByteArray& bytes, QString* error);

// The file functions the dialog uses: false and `error` set when it cannot be done.
bool exportFile(const QString& path, const QList<SavedFilter>& filters, QString* error);
std::optional<QList<SavedFilter>> importFile(const QString& path, QString* error);

} // namespace savedfilters
} // namespace rs
