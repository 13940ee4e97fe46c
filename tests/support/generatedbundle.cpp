#include "generatedbundle.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace rs::test {

QJsonObject generateBundle(const QString& dir, const QStringList& args)
{
    QProcess gen;
    gen.start(QStringLiteral(ROUTESCOPE_BINARY_DIR "/gen-bundle"),
              QStringList{QStringLiteral("--out"), dir} + args);
    if (!gen.waitForFinished(300000) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0)
        return {};
    QFile truth(dir + QStringLiteral("/truth.json"));
    if (!truth.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(truth.readAll()).object();
}

} // namespace rs::test
