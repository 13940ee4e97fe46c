#pragma once

#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace rs {

// gorouter.err.log / gorouter.stderr.log (FORMATS.md §2.4): Go standard `log` lines
// ("2024/04/03 22:10:47 http: proxy error: …"), optionally behind the pre-BPM ctl prefix, plus
// Go panics and their stack traces.

enum class StderrKind : std::uint8_t {
    ProxyError,        // "http: proxy error: <err>", one per request that finally failed
    TlsHandshakeError, // "http: TLS handshake error from <ip:port>: <err>"
    Panic,             // "panic: …", "fatal error: …", "http: panic serving <ip:port>: …"
    Other,
};

struct StderrRecord {
    TimeNs time = kNoTime; // Go log time (UTC on BOSH VMs); the ctl prefix when there is none
    StderrKind kind = StderrKind::Other;
    std::string_view message; // everything after the timestamp
    std::string_view error;   // the error text of a proxy error, handshake error or panic
    std::string_view peer;    // client address of a TLS handshake error or a handler panic
};

class GorouterStderrParser {
public:
    // `line` without its newline; views point into `line`. Returns nullopt for a record.
    // Continuation lines of a panic are not records: check isContinuation() first, parse()
    // reports them as StderrUnrecognised.
    std::optional<SkipReason> parse(std::string_view line, StderrRecord& out) const;

    // Lines of a Go panic or stack trace after the "panic:" line: "goroutine 1 [running]:",
    // "\t/path/x.go:12 +0x1d", "main.main()", "created by …", "[signal SIGSEGV …]", blank lines.
    static bool isContinuation(std::string_view line);

    // "YYYY/MM/DD HH:MM:SS " at the start, after an optional ctl prefix.
    static bool looksLikeGoLogLine(std::string_view line);
};

} // namespace rs
