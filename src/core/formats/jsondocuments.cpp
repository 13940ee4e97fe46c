#include "core/formats/jsondocuments.h"

#include <algorithm>

namespace rs::json {

// ---- bosh captures

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

} // namespace

std::size_t boshPrefixLength(std::string_view line, bool* isStdout)
{
    std::size_t i = 0;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != '/')
        return 0;
    const std::size_t idStart = ++i;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    if (i == idStart)
        return 0;
    const std::string_view rest = line.substr(i);
    for (const bool stdoutStream : {true, false}) {
        const std::string_view marker = stdoutStream ? ": stdout |" : ": stderr |";
        if (!rest.starts_with(marker))
            continue;
        if (isStdout != nullptr)
            *isStdout = stdoutStream;
        // The CLI writes "| " before the payload; a copied terminal may have lost the blank of
        // an empty line.
        const std::size_t length = i + marker.size();
        return length < line.size() && line[length] == ' ' ? length + 1 : length;
    }
    return 0;
}

std::size_t UnwrappedText::inputOffset(std::size_t textOffset) const
{
    auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), textOffset,
                               [](std::size_t offset, const auto& entry) { return offset < entry.first; });
    if (it == lineStarts.begin())
        return textOffset;
    --it;
    return it->second + (textOffset - it->first);
}

bool unwrapBoshCapture(std::string_view bytes, UnwrappedText& out)
{
    UnwrappedText result;
    bool found = false;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos)
            end = bytes.size();
        std::string_view line = bytes.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        bool isStdout = false;
        if (const std::size_t prefix = boshPrefixLength(line, &isStdout); prefix > 0) {
            found = true;
            if (isStdout) {
                result.lineStarts.emplace_back(result.text.size(), pos + prefix);
                result.text.append(line.substr(prefix));
                result.text.push_back('\n');
            }
        }
        pos = end + 1;
    }
    if (found)
        out = std::move(result);
    return found;
}

// ---- Documents

bool DocumentSplitter::endsOpenDocument(std::size_t newline, bool inString, char last) const
{
    // JSON strings cannot hold a raw newline.
    if (inString)
        return true;
    std::size_t next = newline + 1;
    while (next < m_text.size() && isBlank(m_text[next]))
        ++next;
    if (next >= m_text.size())
        return false;
    const char c = m_text[next];
    // A line no JSON value or punctuation can start: chatter after a cut document.
    const bool continues = c == '"' || c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || c == ':' ||
                           c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    if (!continues)
        return true;
    // Pretty printers indent nested values, so a document starting in column 0 where no value
    // is expected (after a value rather than after ',', '[' or ':') is a new one.
    const bool columnZero = next == newline + 1;
    return columnZero && (c == '{' || c == '[') && last != ',' && last != '[' && last != ':';
}

bool DocumentSplitter::next(TextPiece& piece)
{
    const std::size_t size = m_text.size();
    while (m_pos < size && isBlank(m_text[m_pos]))
        ++m_pos;
    if (m_pos >= size)
        return false;
    const std::size_t begin = m_pos;
    const auto emit = [&](TextPiece::Kind kind, std::size_t end, std::size_t resume) {
        piece.kind = kind;
        piece.offset = begin;
        piece.text = m_text.substr(begin, end - begin);
        m_pos = resume;
        return true;
    };
    const auto startsDocument = [](char c) { return c == '{' || c == '['; };

    if (startsDocument(m_text[begin])) {
        long depth = 0;
        bool inString = false;
        bool escaped = false;
        char last = '\0'; // last byte outside strings that is not blank
        for (std::size_t i = begin; i < size; ++i) {
            const char c = m_text[i];
            if (c == '\n' && (depth > 0 || inString) && endsOpenDocument(i, inString, last))
                return emit(TextPiece::Kind::Truncated, i, i + 1);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (!isBlank(c))
                last = c;
            if (c == '"') {
                inString = true;
            } else if (startsDocument(c)) {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return emit(TextPiece::Kind::Document, i + 1, i + 1);
            }
        }
        return emit(TextPiece::Kind::Truncated, size, size);
    }

    // Garbage runs up to the next line whose first non-blank byte starts a document.
    std::size_t lineEnd = m_text.find('\n', begin);
    while (lineEnd != std::string_view::npos) {
        std::size_t next = lineEnd + 1;
        while (next < size && (m_text[next] == ' ' || m_text[next] == '\t' || m_text[next] == '\r'))
            ++next;
        if (next < size && startsDocument(m_text[next]))
            break;
        lineEnd = m_text.find('\n', lineEnd + 1);
    }
    const std::size_t end = lineEnd == std::string_view::npos ? size : lineEnd;
    return emit(TextPiece::Kind::Garbage, end, end);
}

std::string example(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut));
}

// ---- Head inspection

namespace {

// A tolerant walk over the first document: no validation, stops wherever the head ends.
class HeadScanner {
public:
    explicit HeadScanner(std::string_view text)
        : m_text(text)
    {}

    HeadShape run()
    {
        HeadShape shape;
        while (m_pos < m_text.size() && !m_decided) {
            const char c = m_text[m_pos];
            if (isBlank(c) || c == ':') {
                ++m_pos;
            } else if (c == ',') {
                m_expectKey = m_depth > 0 && at(m_depth - 1) == '{';
                ++m_pos;
            } else if (c == '"') {
                const std::string_view text = readString();
                if (m_expectKey)
                    onKey(text);
                else
                    onValue('"');
            } else if (c == '{' || c == '[') {
                onValue(c);
                if (m_depth < kMaxDepth)
                    m_stack[m_depth] = c;
                ++m_depth;
                m_expectKey = c == '{';
                ++m_pos;
            } else if (c == '}' || c == ']') {
                onClose();
                ++m_pos;
            } else {
                onValue('1');
                while (m_pos < m_text.size() && !isBlank(m_text[m_pos]) && m_text[m_pos] != ',' &&
                       m_text[m_pos] != '}' && m_text[m_pos] != ']')
                    ++m_pos;
            }
        }
        shape.actualLrps = m_lrp;
        // A head cut inside the first endpoint of a table still shows its "address" key; in a
        // bare array the element must end first, as LRPs sorted by `jq -S` start with
        // "address" too.
        const bool cutInTable = m_sawAddress && m_stack[0] == '{';
        shape.routeDump = !m_lrp && (m_route || cutInTable) && !m_notRoute;
        return shape;
    }

private:
    static constexpr int kMaxDepth = 8;

    std::string_view readString()
    {
        const std::size_t begin = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        const std::string_view text = m_text.substr(begin, std::min(m_pos, m_text.size()) - begin);
        ++m_pos;
        return text;
    }

    char at(int level) const { return level < m_depth && level < kMaxDepth ? m_stack[level] : '\0'; }

    void onKey(std::string_view key)
    {
        m_expectKey = false;
        if (m_depth >= 1 && m_depth <= kMaxDepth)
            m_keys[m_depth - 1] = key;
        // Members of an LRP: top object, a group's "instance"/"evacuating", or array elements.
        const bool lrpLevel = (m_depth == 1 && at(0) == '{') ||
                              (m_depth == 2 && at(0) == '{' && at(1) == '{' &&
                               (m_keys[0] == "instance" || m_keys[0] == "evacuating")) ||
                              (m_depth == 2 && at(0) == '[' && at(1) == '{');
        if (lrpLevel && key == "process_guid") {
            m_lrp = true;
            m_decided = true;
            return;
        }
        // Members of an endpoint: {"route":[{…}]} or [{…}].
        const bool endpointLevel = (m_depth == 3 && at(0) == '{' && at(1) == '[' && at(2) == '{') ||
                                   (m_depth == 2 && at(0) == '[' && at(1) == '{');
        if (endpointLevel && key == "address")
            m_sawAddress = true;
    }

    void onValue(char kind)
    {
        if (m_depth == 1 && at(0) == '{') {
            m_sawMember = true;
            if (kind != '[')
                m_notRoute = true;
        }
        if (m_depth == 0 && kind != '{' && kind != '[')
            m_decided = true; // a scalar document is neither
    }

    void onClose()
    {
        if (m_depth == 0) { // a closer before any opener: not JSON we know
            m_decided = true;
            return;
        }
        --m_depth;
        // An endpoint object just ended: with an address and no process_guid it is a route row.
        if (m_sawAddress && ((m_depth == 2 && at(0) == '{') || (m_depth == 1 && at(0) == '['))) {
            m_route = true;
            m_decided = m_notRoute || m_depth == 1;
        }
        if (m_depth <= 0) {
            // A whole table of empty pools is still a table.
            if (m_stack[0] == '{' && m_sawMember && !m_notRoute)
                m_route = true;
            m_decided = true;
        }
        m_expectKey = m_depth > 0 && at(m_depth - 1) == '{';
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    char m_stack[kMaxDepth] = {};
    std::string_view m_keys[kMaxDepth];
    int m_depth = 0;
    bool m_expectKey = false;
    bool m_decided = false;
    bool m_lrp = false;
    bool m_route = false;
    bool m_notRoute = false;
    bool m_sawMember = false;
    bool m_sawAddress = false;
};

} // namespace

HeadShape inspectHead(std::string_view head)
{
    UnwrappedText unwrapped;
    std::string_view text = head;
    if (unwrapBoshCapture(head, unwrapped))
        text = unwrapped.text;
    // The first document, past blank lines and a few lines of chatter.
    std::size_t pos = 0;
    for (int line = 0; line < 20 && pos < text.size(); ++line) {
        while (pos < text.size() && isBlank(text[pos]))
            ++pos;
        if (pos < text.size() && (text[pos] == '{' || text[pos] == '['))
            return HeadScanner(text.substr(pos)).run();
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos)
            break;
    }
    return {};
}

} // namespace rs::json
