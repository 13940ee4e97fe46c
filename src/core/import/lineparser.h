#pragma once

#include "core/bundle/identity.h"
#include "core/formats/filekind.h"
#include "core/store/importreport.h"
#include "core/store/recordtables.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace rs {

// Turns the lines of one line-oriented file (access, gorouter JSON, stderr, lager, and captures
// mixing them) into records and report entries. One per file: the parsers inside keep their
// scratch buffers from line to line.
class LineParser {
public:
    // `mixed`: a capture interleaving programs, so every line is classified on its own.
    // `envelopes`: records sit inside envelope fields or after unknown prefixes (the file's head
    // showed some), so every line is searched for them; otherwise only lines that fail are.
    LineParser(RecordTables& tables, FileReport& report, FileKind kind, bool mixed,
               IdentityIndex fileIdentity, bool envelopes = false);
    ~LineParser();
    LineParser(const LineParser&) = delete;
    LineParser& operator=(const LineParser&) = delete;

    // `line` without its newline; `offset` is where it starts in the file. The variant counts
    // reach the report when the parser is destroyed.
    void parse(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber, bool hasNul = false);

private:
    class State;
    std::unique_ptr<State> m_state;
};

// The VM named by a wrapper: a `bosh ssh` / `bosh logs -f` prefix ("router/0", "router/<uuid>"),
// or "router/N" from cf logs' [RTR/N].
IdentityIndex wrapperIdentity(RecordTables& tables, std::string_view instance, IdentityRole fallbackRole);

} // namespace rs
