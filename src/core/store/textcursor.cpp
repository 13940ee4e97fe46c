#include "core/store/textcursor.h"

#include <algorithm>

namespace rs {

bool TextCursor::read(std::uint64_t offset, std::size_t want, std::string& out, std::string& why)
{
    out.clear();
    while (out.size() < want) {
        if (pending.empty()) {
            pending = stream->next();
            if (pending.empty())
                break;
        }
        if (position < offset) {
            const auto skip =
                static_cast<std::size_t>(std::min<std::uint64_t>(pending.size(), offset - position));
            pending.remove_prefix(skip);
            position += skip;
            continue;
        }
        const std::size_t take = std::min(pending.size(), want - out.size());
        out.append(pending.substr(0, take));
        pending.remove_prefix(take);
        position += take;
    }
    if (out.size() == want)
        return true;
    why = stream->halt() ? stream->haltDetail() : std::string("the text ends early");
    stream.reset();
    pending = {};
    return false;
}

} // namespace rs
