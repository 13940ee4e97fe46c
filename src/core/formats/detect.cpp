#include "core/formats/detect.h"

#include "core/formats/accesslog.h"
#include "core/formats/applog.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/lagerlog.h"
#include "core/formats/lblog.h"
#include "core/formats/lbrecords.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/formats/stderrlog.h"
#include "core/formats/wrappers.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace rs {
namespace {

constexpr std::size_t kHeadBytes = kDetectHeadBytes;
constexpr std::size_t kSampleLines = 64;
constexpr std::size_t kBinaryProbeBytes = 4096;

// A few stray NULs in a log (a torn write, a line the router wrote while the disk filled) make
// those lines unreadable, not the file: only a share of control bytes typical of binary data
// (or UTF-16, every other byte NUL) marks the whole file binary.
bool looksBinary(std::string_view head)
{
    const std::string_view probe = head.substr(0, kBinaryProbeBytes);
    std::size_t suspicious = 0;
    for (const char ch : probe) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++suspicious;
    }
    return suspicious * 20 > probe.size(); // more than 5% control bytes
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

constexpr std::size_t kNoiseLinesBeforeDocument = 20;

// Whole-document kinds: route dumps and LRP captures may be pretty-printed over many lines or
// wrapped by `bosh ssh` prefixes, with a few lines of ssh chatter before the JSON, so they are
// recognised on the unwrapped text from the first line that opens a JSON value.
FileKind detectDocument(std::string_view unwrappedHead)
{
    std::size_t pos = 0;
    for (std::size_t line = 0; line < kNoiseLinesBeforeDocument && pos < unwrappedHead.size(); ++line) {
        const std::string_view rest = unwrappedHead.substr(pos);
        const std::string_view text = trimmed(rest.substr(0, rest.find('\n')));
        if (!text.empty() && (text.front() == '{' || text.front() == '[')) {
            if (looksLikeRouteDump(rest))
                return FileKind::RouteDump;
            if (looksLikeActualLrps(rest))
                return FileKind::ActualLrps;
            return FileKind::Unknown;
        }
        const auto newline = rest.find('\n');
        if (newline == std::string_view::npos)
            break;
        pos += newline + 1;
    }
    return FileKind::Unknown;
}

// Go `log` lines come from many BOSH jobs; Gorouter's stderr is the one whose lines are the
// net/http server and reverse proxy complaining, or a panic.
bool isGorouterGoLogLine(std::string_view payload)
{
    return payload.find(" http: ") != std::string_view::npos ||
           payload.find("panic") != std::string_view::npos;
}

} // namespace

FileKind classifyPayload(std::string_view payload)
{
    // An access line with an empty Host header starts with " - [": test it before trimming.
    if (AccessLogParser::looksLikeAccessLine(payload))
        return FileKind::AccessLog;
    payload = trimmed(payload);
    if (payload.empty())
        return FileKind::Unknown;
    if (payload.front() == '{' || payload.front() == '[') {
        if (GorouterLogParser::looksLikeGorouterLine(payload))
            return FileKind::GorouterLog;
        if (LagerLogParser::looksLikeLagerLine(payload))
            return FileKind::LagerLog;
        if (looksLikeActualLrps(payload))
            return FileKind::ActualLrps;
        if (looksLikeRouteDump(payload))
            return FileKind::RouteDump;
    }
    if (GorouterStderrParser::looksLikeGoLogLine(payload))
        return FileKind::GorouterStderr;
    // Last: only lines that are none of Gorouter's or Diego's pay for it.
    if (LbLogParser::detect(payload))
        return FileKind::LbLog;
    return FileKind::Unknown;
}

KindGuess detectKind(std::string_view bytes)
{
    KindGuess guess;
    // logrotate's copytruncate empties a file the writer keeps open; a writer without O_APPEND
    // then continues at its old offset, leaving a hole of NULs before the new text.
    guess.leadingNul = std::min(bytes.find_first_not_of('\0'), bytes.size());
    if (guess.leadingNul == bytes.size() && !bytes.empty()) {
        guess.leadingNul = 0;
        guess.binary = true;
        return guess;
    }
    bytes.remove_prefix(guess.leadingNul);
    const std::string_view head = bytes.substr(0, kHeadBytes);
    if (looksBinary(head)) {
        guess.binary = true;
        return guess;
    }

    std::array<std::size_t, 9> votes{};
    std::string unwrappedHead;
    unwrappedHead.reserve(head.size());
    std::size_t captureLines = 0;
    std::size_t otherGoLogLines = 0;
    std::size_t pos = 0;
    while (pos < head.size()) {
        const auto newline = head.find('\n', pos);
        const std::string_view line =
            head.substr(pos, newline == std::string_view::npos ? head.size() - pos : newline - pos);
        pos = newline == std::string_view::npos ? head.size() : newline + 1;
        if (trimmed(line).empty())
            continue;
        const Unwrapped u = unwrap(line);
        if (u.boshFollow || u.syslog || u.cfLogs)
            ++captureLines;
        if (u.embedded.style != EnvelopeStyle::None) {
            guess.envelopes = true;
            ++captureLines;
        }
        guess.boshFollow = guess.boshFollow || u.boshFollow;
        if (u.boshFollow && guess.captureInstance.empty())
            guess.captureInstance = u.instance;
        if (u.outer == WrapperKind::TailHeader)
            continue;
        unwrappedHead.append(u.payload);
        unwrappedHead.push_back('\n');
        if (guess.sampled < kSampleLines) {
            ++guess.sampled;
            // An app's lines are known by their Loggregator source, never by their text.
            FileKind kind = applog::isAppSource(u.logSource) ? FileKind::AppLog : classifyPayload(u.payload);
            if (kind == FileKind::GorouterStderr && !isGorouterGoLogLine(u.payload)) {
                otherGoLogLines++;
                kind = FileKind::Unknown;
            }
            ++votes[static_cast<std::size_t>(kind)];
        }
    }
    if (guess.sampled == 0) {
        guess.empty = true;
        return guess;
    }

    // Azure's {"records":[…]} export is one JSON document, but of LB records, not a route dump.
    if (const auto records = lb::azureRecords(unwrappedHead);
        !records.empty() && LbLogParser::detect(records.front()) == LbKind::AzureAppGw) {
        guess.kind = FileKind::LbLog;
        guess.votes = guess.sampled;
        return guess;
    }
    if (const FileKind document = detectDocument(unwrappedHead); document != FileKind::Unknown) {
        guess.kind = document;
        guess.votes = guess.sampled;
        return guess;
    }

    std::size_t best = 0;
    for (std::size_t k = 1; k < votes.size(); ++k) {
        if (votes[k] > best) {
            best = votes[k];
            guess.kind = static_cast<FileKind>(k);
        }
    }
    guess.votes = best;
    guess.otherGoLog = guess.kind == FileKind::Unknown && otherGoLogLines > 0;
    // bosh logs -f, syslog and cf logs interleave programs, so any line may be of any kind.
    guess.mixed = captureLines > 0;
    return guess;
}

} // namespace rs
