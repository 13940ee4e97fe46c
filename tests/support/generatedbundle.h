#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rs::test {

// Runs tools/gen-bundle with `--out dir` and `args` and returns the ground truth it wrote
// (truth.json); empty when the generator failed.
QJsonObject generateBundle(const QString& dir, const QStringList& args);

} // namespace rs::test
