#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
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

// Adds `incoming` (a shared case's bookmarks) to `filters` without changing any of them: a bookmark
// already there with the same expression is not added again; one whose name another expression
// holds comes in as renamed(name, n) for the first n = 1, 2, … that is free or already its own.
QList<SavedFilter> merged(QList<SavedFilter> filters, const QList<SavedFilter>& incoming,
                          const std::function<QString(const QString& name, int n)>& renamed);

QByteArray toJson(const QList<SavedFilter>& filters);
// The filters of a file's bytes; nullopt and `error` (a sentence for the user) when the bytes
// are not such a file.
std::optional<QList<SavedFilter>> fromJson(const QByteArray& bytes, QString* error);

// The file functions the dialog uses: false and `error` set when it cannot be done.
bool exportFile(const QString& path, const QList<SavedFilter>& filters, QString* error);
std::optional<QList<SavedFilter>> importFile(const QString& path, QString* error);

} // namespace savedfilters
} // namespace rs
