#pragma once

// Whole-file JSON inputs (route dumps, cfdot output): documents of any layout, possibly inside
// a `bosh ssh` capture. Internal to core/formats like jsonline.h, and for the same reason:
// it includes simdjson, a private dependency of routescope_core.

#include "core/formats/jsonline.h"
#include "core/formats/routedump.h"

#include <cstddef>
#include <cstdint>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs::json {

// Length of a `bosh ssh -c` / `bosh logs -f` prefix "<group>/<id>: stdout | " (or stderr) at
// the start of `line`, 0 when there is none.
std::size_t boshPrefixLength(std::string_view line, bool* isStdout = nullptr);

// The payload of a bosh capture: the stdout lines without their prefixes, each followed by
// '\n'. The CLI's own lines ("Using environment …", "Task 12 done") and the remote stderr
// (ssh banner, "Connection to … closed.") are dropped. Offsets map back to the input.
struct UnwrappedText {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> lineStarts; // (offset in text, offset in input)
    std::size_t inputOffset(std::size_t textOffset) const;
};
// False (and `out` untouched) when no line carries a bosh prefix.
bool unwrapBoshCapture(std::string_view bytes, UnwrappedText& out);

// Top-level JSON objects and arrays of a text holding any number of them: one per line
// (NDJSON), pretty-printed, concatenated. A document still open at the end, or when a line
// starts that cannot continue it (chatter, a new document in column 0 where no value is
// expected), is reported truncated, so that one cut document does not swallow the rest; bytes
// that start no document are garbage.
struct TextPiece {
    enum class Kind : std::uint8_t { Document, Truncated, Garbage };
    Kind kind = Kind::Document;
    std::size_t offset = 0;
    std::string_view text;
};
class DocumentSplitter {
public:
    explicit DocumentSplitter(std::string_view text)
        : m_text(text)
    {}
    bool next(TextPiece& piece);

private:
    bool endsOpenDocument(std::size_t newline, bool inString, char last) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// At most `maxBytes` of `text`, cut on a UTF-8 character boundary: examples in the import report.
std::string example(std::string_view text, std::size_t maxBytes = 200);

// Calls fn(simdjson::dom::element root, std::size_t offset) for each JSON document of a
// whole-file input (bosh prefixes removed first). Garbage, truncated and invalid documents
// become issues; `documents` counts those that parsed. The DOM parser validates a document
// completely before any row is taken from it, so a bad document never yields half its rows.
template <typename Fn>
void forEachDocument(std::string_view bytes, std::size_t& documents, std::vector<DocumentIssue>& issues,
                     Fn&& fn)
{
    UnwrappedText unwrapped;
    const bool capture = unwrapBoshCapture(bytes, unwrapped);
    const std::string_view text = capture ? std::string_view(unwrapped.text) : bytes;
    simdjson::dom::parser parser;
    DocumentSplitter splitter(text);
    TextPiece piece;
    while (splitter.next(piece)) {
        const std::size_t offset = capture ? unwrapped.inputOffset(piece.offset) : piece.offset;
        simdjson::dom::element root;
        if (piece.kind == TextPiece::Kind::Truncated)
            issues.push_back({offset, SkipReason::JsonTruncated, example(piece.text)});
        else if (piece.kind == TextPiece::Kind::Garbage ||
                 parser.parse(piece.text.data(), piece.text.size(), true).get(root) != simdjson::SUCCESS)
            issues.push_back({offset, SkipReason::JsonInvalid, example(piece.text)});
        else {
            ++documents;
            fn(root, offset);
        }
    }
}

// The text of a string element; empty for any other type.
inline std::string stringOf(simdjson::dom::element element)
{
    std::string_view text;
    return element.get_string().get(text) == simdjson::SUCCESS ? std::string(text) : std::string();
}

// What the first document of a file's head looks like, from a tolerant scan that accepts a head
// cut anywhere: a route table ({"route":[{"address":…}]}, or a bare pool [{"address":…}]) or
// cfdot LRPs ({"process_guid":…}, {"instance":{"process_guid":…}}, [{"process_guid":…}]).
struct HeadShape {
    bool routeDump = false;
    bool actualLrps = false;
};
HeadShape inspectHead(std::string_view head);

} // namespace rs::json
