#pragma once

#include "core/formats/applog.h"
#include "core/store/column.h"
#include "core/store/tables.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

namespace rs {

// One row per line an app wrote through Loggregator ([APP/PROC/WEB/n] in cf logs, drains).
// The text is not copied: it is the raw line from textAt on (Incident::rawLine).
struct AppLogTable {
    Column<TimeNs> time;
    Column<std::int16_t> instance; // app instance index; -1: the source named none
    Column<AppStream> stream;
    Column<std::uint8_t> error; // 1: applog::isErrorLine
    // The app the file is about: its name from the `cf logs` header, or its guid from a drain's
    // host name; empty when the file did not say (the join then asks the file's RTR lines).
    Column<StringPool::Id> app;
    Column<StringPool::Id> processType, traceId;
    Column<RequestId> vcapRequestId;
    // Where the app's text starts and ends in the raw line. Inside an envelope the text is as
    // the envelope wrote it (JSON or CSV escapes kept), and the envelope's rest is not part of it.
    Column<std::uint32_t> textAt, textEnd;
    Provenance source;

    std::size_t size() const { return time.size(); }
    // Every column once (but source.file, kept as runs), for const and mutable tables alike.
    template <typename Self> static auto columnsOf(Self& self)
    {
        return std::tie(self.time, self.instance, self.stream, self.error, self.app, self.processType,
                        self.traceId, self.vcapRequestId, self.textAt, self.textEnd, self.source.offset);
    }
    void push(const AppLogLine& line, std::string_view app, std::uint32_t textAtInLine,
              std::uint32_t textEndInLine, StringPool& pool, std::uint64_t offset);
    void append(const AppLogTable& other, const IdRemap& remap);
    // The app's text of a raw line of this table.
    std::string_view text(std::string_view rawLine, std::size_t row) const
    {
        if (textAt[row] > rawLine.size())
            return rawLine;
        const std::uint32_t end = std::clamp<std::uint32_t>(
            textEnd[row], textAt[row],
            static_cast<std::uint32_t>(std::min<std::size_t>(rawLine.size(), UINT32_MAX)));
        return rawLine.substr(textAt[row], end - textAt[row]);
    }
};

} // namespace rs
