#include "core/store/apptable.h"

#include "core/store/columnappend.h"
#include "core/util/textshape.h"

#include <algorithm>
#include <string>

namespace rs {
using namespace columnappend;

void AppLogTable::push(const AppLogLine& line, std::string_view appName, std::uint32_t textAtInLine,
                       std::uint32_t textEndInLine, StringPool& pool, std::uint64_t offset)
{
    time.push_back(line.time);
    instance.push_back(static_cast<std::int16_t>(std::clamp(line.instance, -1, 32767)));
    stream.push_back(line.stream);
    error.push_back(applog::isErrorLine(line) ? 1 : 0);
    app.push_back(pool.intern(appName));
    processType.push_back(pool.intern(line.processType));
    traceId.push_back(pool.intern(line.traceId));
    // Gorouter writes request ids in lower case; apps echo the header in any case.
    vcapRequestId.push_back(makeRequestId(asciiLowered(line.vcapRequestId), pool));
    textAt.push_back(textAtInLine);
    textEnd.push_back(textEndInLine);
    source.push(0, offset);
}

void AppLogTable::append(const AppLogTable& other, const IdRemap& remap)
{
    appendAll(time, other.time);
    appendAll(instance, other.instance);
    appendAll(stream, other.stream);
    appendAll(error, other.error);
    appendStrings(app, other.app, remap);
    appendStrings(processType, other.processType, remap);
    appendStrings(traceId, other.traceId, remap);
    appendRequestIds(vcapRequestId, other.vcapRequestId, remap);
    appendAll(textAt, other.textAt);
    appendAll(textEnd, other.textEnd);
    appendProvenance(source, other.source, remap);
}

} // namespace rs
