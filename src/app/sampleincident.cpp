#include "app/sampleincident.h"

#include <QFile>

// The resource lives in a static library; referencing its initializer keeps the linker from
// dropping it. Q_INIT_RESOURCE must be used outside any namespace.
static void initSampleResource()
{
    Q_INIT_RESOURCE(routescope);
}

namespace rs {

SharedBytes loadSampleIncident()
{
    initSampleResource();
    QFile file(QStringLiteral(":/routescope/sample-incident.tgz"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray bytes = file.readAll();
    return bytesFromString(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace rs
