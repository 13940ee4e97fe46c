#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::cache {

// A filter bookmark as a case carries it.
struct CaseBookmark {
    std::string name;
    std::string expression;
    bool operator==(const CaseBookmark&) const = default;
};

// What recognises a loose file (an input, or a file under a directory input) after it was moved:
// its size and the CRC-64 of its first and last MiB (core/cache/filedigest.h), and where it was.
struct CaseFileIdentity {
    std::string path; // absolute, where the case was saved
    std::uint64_t size = 0;
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    bool operator==(const CaseFileIdentity&) const = default;
};

// What a saved case (.rscase) carries beside the incident: what the investigation had reached.
// Stored as JSON in the incident file's info section:
//   {"format": "routescope-case", "version": 1, "savedAtMs": …, "currentFilter": "…",
//    "notes": "…", "filterHistory": ["…", …], "bookmarks": [{"name": "…", "expression": "…"}, …],
//    "inputs": ["/abs/path", …],
//    "files": [{"path": "…", "size": "hex", "head": "hex", "tail": "hex"}, …]}
// 64-bit numbers are hex strings: JSON numbers are doubles.
struct CaseState {
    std::int64_t savedAtMs = 0;             // when it was written (Unix ms); set by writeCase
    std::string currentFilter;              // the filter expression applied when saved
    std::string notes;                      // plain text
    std::vector<std::string> filterHistory; // most recent first
    std::vector<CaseBookmark> bookmarks;
    std::vector<std::string> inputs;     // the inputs' absolute paths where the case was saved
    std::vector<CaseFileIdentity> files; // set by writeCase
    bool operator==(const CaseState&) const = default;
};

// Limits a case must keep; a larger one is not a case this program wrote.
struct CaseLimits {
    static constexpr std::size_t kMaxJsonBytes = 64u << 20;
    static constexpr std::size_t kMaxNotesBytes = 1u << 20;
    static constexpr std::size_t kMaxTextBytes = 64u << 10; // a filter, a name, a path
    static constexpr std::size_t kMaxHistory = 1000;
    static constexpr std::size_t kMaxBookmarks = 10000;
    static constexpr std::size_t kMaxInputs = 10000;
    static constexpr std::size_t kMaxFiles = 1000000;
};

std::string caseStateToJson(const CaseState& state);
// The state of a case's JSON; nothing, and why (untranslated, for a message), when the text is not
// valid JSON, not a case, of another version, or holds a value of the wrong type or beyond a limit.
std::optional<CaseState> caseStateFromJson(std::string_view json, std::string* error);

} // namespace rs::cache
