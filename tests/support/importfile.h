#pragma once
// A file written to disk and imported from there (not from memory), with the piece size and the
// threads of the import chosen: what the envelope tests compare whole and in pieces.
#include "core/import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <memory>
#include <string>

namespace rs::test {

inline std::shared_ptr<Incident> importFile(const QString& path, const std::string& bytes,
                                            std::size_t chunkBytes = 16u << 20, unsigned threads = 0)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    file.close();
    ImportOptions options;
    options.threads = threads;
    options.parse.chunkBytes = chunkBytes;
    return Importer(options).importPaths({path.toStdString()});
}

} // namespace rs::test
