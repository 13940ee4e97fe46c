#pragma once

#include "model.h"
#include "textbuf.h"
#include "traffic.h"

namespace rs::gen {

// Renders access.log records in the layout of the world's era (FORMATS.md §1.2, §1.7).
class AccessLogWriter {
public:
    explicit AccessLogWriter(const World& world)
        : m_w(world)
    {}
    void write(OutBuf& out, const Req& req);

private:
    void attemptTime(OutBuf& out, TimeNs value);
    const World& m_w;
    TimeText m_time;
};

} // namespace rs::gen
