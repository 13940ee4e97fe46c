#include "core/formats/accesslog.h"

#include "core/util/gounquote.h"
#include "core/util/timeparse.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rs {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Spans hold 32-bit offsets.
constexpr std::size_t kMaxLine = std::numeric_limits<std::uint32_t>::max() - 1;
// Heuristic searches (pre-rr-0.141 lines with raw quotes) try at most this many candidates,
// so that hostile lines full of quotes stay linear.
constexpr int kMaxCandidates = 32;

enum class Key : std::uint8_t {
    XForwardedFor,
    XForwardedProto,
    VcapRequestId,
    ResponseTime,
    GorouterTime,
    AppTime,
    AppId,
    AppIndex,
    InstanceId,
    FailedAttempts,
    FailedAttemptsTime,
    DnsTime,
    DialTime,
    TlsTime,
    BackendTime,
    LocalAddress,
    RouterError,
    VcapRequest, // 2014 spelling of vcap_request_id
    Index,       // rr 0.137 spelling of app_index
    Unknown,
};

// In the order Gorouter writes them, so the successor of the previous key is tried first.
// Each name carries its ':' so that one comparison also checks the separator.
constexpr std::array<std::string_view, 19> kKeyNames = {"x_forwarded_for:",
                                                        "x_forwarded_proto:",
                                                        "vcap_request_id:",
                                                        "response_time:",
                                                        "gorouter_time:",
                                                        "app_time:",
                                                        "app_id:",
                                                        "app_index:",
                                                        "instance_id:",
                                                        "failed_attempts:",
                                                        "failed_attempts_time:",
                                                        "dns_time:",
                                                        "dial_time:",
                                                        "tls_time:",
                                                        "backend_time:",
                                                        "local_address:",
                                                        "x_cf_routererror:",
                                                        "vcap_request:",
                                                        "index:"};

// Keys that only exist since the nanosecond-`Z` timestamp (rr 0.196+).
constexpr std::uint32_t bit(Key k)
{
    return 1u << static_cast<unsigned>(k);
}
constexpr std::uint32_t kNanosEraKeys =
    bit(Key::GorouterTime) | bit(Key::AppTime) | bit(Key::RouterError) | bit(Key::InstanceId) |
    bit(Key::FailedAttempts) | bit(Key::FailedAttemptsTime) | bit(Key::DnsTime) | bit(Key::DialTime) |
    bit(Key::TlsTime) | bit(Key::BackendTime) | bit(Key::LocalAddress);

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where a key must be told from a value (a bare address, a key glued to a quoted value):
// Gorouter writes `[a-z0-9_]`; upper case, '-' and '.' are let through because extra-header
// names come from operator configuration. Keys in the tail itself end at the first ':' and may
// hold any printable ASCII but '"' (keyEnd()).
constexpr std::array<bool, 256> kKeyChars = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                                             (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
    return table;
}();

bool isKeyChar(char c)
{
    return kKeyChars[static_cast<unsigned char>(c)];
}

template <typename Word> Word load(const char* p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Equality of n >= 4 bytes with word loads: keys are 6–21 bytes, and a memcmp call per key
// costs more than the comparison itself.
inline bool sameBytes(const char* a, const char* b, std::size_t n)
{
    if (n < 8)
        return load<std::uint32_t>(a) == load<std::uint32_t>(b) &&
               load<std::uint32_t>(a + n - 4) == load<std::uint32_t>(b + n - 4);
    for (std::size_t i = 0; i + 8 < n; i += 8) {
        if (load<std::uint64_t>(a + i) != load<std::uint64_t>(b + i))
            return false;
    }
    return load<std::uint64_t>(a + n - 8) == load<std::uint64_t>(b + n - 8);
}

// s[at...] starts with `literal` (short, compile-time): char compares, no memcmp call.
template <std::size_t N> bool hasAt(std::string_view s, std::size_t at, const char (&literal)[N])
{
    if (at > s.size() || s.size() - at < N - 1)
        return false;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (s[at + i] != literal[i])
            return false;
    }
    return true;
}

bool isDash(std::string_view t)
{
    return t.size() == 1 && t[0] == '-';
}
bool isQuotedDash(std::string_view t)
{
    return t.size() == 3 && t[0] == '"' && t[1] == '-' && t[2] == '"';
}

// "0.011962": the shape of every duration since rr 0.196; anything else goes the long way.
bool simpleSeconds(std::string_view s, DurationNs& out)
{
    static constexpr std::array<std::int64_t, 10> kScale = {
        1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000, 10'000, 1'000, 100, 10, 1};
    std::size_t dot = 0;
    while (dot < s.size() && s[dot] != '.')
        ++dot;
    if (dot == 0 || dot == s.size() || dot > 9 || s.size() - dot - 1 > 9 || s.size() == dot + 1)
        return false;
    std::int64_t whole = 0;
    for (std::size_t i = 0; i < dot; ++i) {
        if (!isDigit(s[i]))
            return false;
        whole = whole * 10 + (s[i] - '0');
    }
    std::int64_t frac = 0;
    for (std::size_t i = dot + 1; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return false;
        frac = frac * 10 + (s[i] - '0');
    }
    out = whole * 1'000'000'000 + frac * kScale[s.size() - dot - 1];
    return true;
}

// Known keys by length (with their ':'): at most three share one.
constexpr std::size_t kMaxKeyLength = 24;
constexpr auto kKeysByLength = [] {
    std::array<std::array<std::uint8_t, 3>, kMaxKeyLength> table{};
    for (auto& bucket : table)
        bucket.fill(0xFF);
    for (std::size_t i = 0; i < kKeyNames.size(); ++i) {
        auto& bucket = table[kKeyNames[i].size()];
        std::size_t slot = 0;
        while (bucket[slot] != 0xFF)
            ++slot;
        bucket[slot] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

// `name` includes its ':'.
Key lookupKey(std::string_view name, std::size_t& expected)
{
    if (name.size() >= kMaxKeyLength)
        return Key::Unknown;
    for (const std::uint8_t i : kKeysByLength[name.size()]) {
        if (i == 0xFF)
            break;
        if (sameBytes(kKeyNames[i].data(), name.data(), name.size())) {
            expected = i + 1u;
            return static_cast<Key>(i);
        }
    }
    return Key::Unknown;
}

// A dotted-quad host must have octets ≤ 255 and a numeric port ≤ 65535; no real peer has
// either. Anything else ("someip:port", "FakeRemoteAddr", "[::1]:80", names) is valid text.
bool plausibleAddress(std::string_view a)
{
    const char* p = a.data();
    const char* const end = p + a.size();
    bool inRange = true;
    for (int group = 0; group < 4; ++group) {
        if (group > 0) {
            if (p == end || *p != '.')
                return true;
            ++p;
        }
        if (p == end || !isDigit(*p))
            return true; // not a dotted quad
        int octet = *p++ - '0';
        for (int more = 0; more < 2 && p != end && isDigit(*p); ++more)
            octet = octet * 10 + (*p++ - '0');
        if (p != end && isDigit(*p))
            return true; // four digits: not an octet
        inRange = inRange && octet <= 255;
    }
    if (p == end)
        return inRange;
    if (*p != ':')
        return true;
    int port = 0;
    for (++p; p != end; ++p) {
        if (!isDigit(*p))
            return true;
        port = port < 100000 ? port * 10 + (*p - '0') : port;
    }
    return inRange && port <= 65535;
}

// Bit i of bits[i / 64] is set when line[i] is '"'. One SIMD pass over the line replaces a
// dependent, branchy search per quoted value (~30 per line). It also reports whether the line
// holds a backslash (quoted values are then scanned escape-aware) or a NUL byte.
struct QuoteIndex {
    bool backslash = false;
    bool nul = false;
};

#if defined(__SSE2__)
// The 64-byte block at p: quote bits, and backslash/NUL bytes folded into the accumulators.
std::uint64_t quoteBlock(const char* p, __m128i& sawBackslash, __m128i& sawNul)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    std::uint64_t word = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quote)));
        word |= static_cast<std::uint64_t>(mask) << (16 * k);
        sawBackslash = _mm_or_si128(sawBackslash, _mm_cmpeq_epi8(chunk, backslash));
        sawNul = _mm_or_si128(sawNul, _mm_cmpeq_epi8(chunk, _mm_setzero_si128()));
    }
    return word;
}
#endif

QuoteIndex indexQuotes(std::string_view line, std::uint64_t* bits)
{
    QuoteIndex result;
    const char* const p = line.data();
    const std::size_t n = line.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    __m128i sawBackslash = _mm_setzero_si128();
    __m128i sawNul = _mm_setzero_si128();
    for (; i + 64 <= n; i += 64)
        bits[i / 64] = quoteBlock(p + i, sawBackslash, sawNul);
    if (i < n && n >= 64) {
        // The last partial block: the line's final 64 bytes, shifted down to block i.
        const std::uint64_t word = quoteBlock(p + n - 64, sawBackslash, sawNul);
        bits[i / 64] = word >> (64 - (n - i));
    } else if (i < n) {
        // Short lines go through a padded copy: no reads past the line.
        std::array<char, 64> block;
        block.fill(' ');
        std::memcpy(block.data(), p, n);
        bits[0] = quoteBlock(block.data(), sawBackslash, sawNul);
    }
    result.backslash = _mm_movemask_epi8(sawBackslash) != 0;
    result.nul = _mm_movemask_epi8(sawNul) != 0;
#else
    std::uint64_t word = 0;
    for (; i < n; ++i) {
        const char c = p[i];
        word |= static_cast<std::uint64_t>(c == '"') << (i & 63);
        result.backslash = result.backslash || c == '\\';
        result.nul = result.nul || c == '\0';
        if ((i & 63) == 63) {
            bits[i / 64] = word;
            word = 0;
        }
    }
    if ((n & 63) != 0)
        bits[n / 64] = word;
#endif
    return result;
}

// A value token: [begin, end) in the line; quoted tokens include their quotes.
struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool quoted = false;
    bool escaped = false;
};

class Tokenizer {
public:
    Tokenizer(std::string_view line, AccessRecord& out, std::string& scratch, const std::uint64_t* quotes,
              bool backslash, bool collectSpans, std::array<char, 16>& minutePrefix, TimeNs& minuteStart)
        : m_line(line)
        , m_n(line.size())
        , m_out(out)
        , m_scratch(scratch)
        , m_quotes(quotes)
        , m_backslash(backslash)
        , m_collectSpans(collectSpans)
        , m_minutePrefix(minutePrefix)
        , m_minuteStart(minuteStart)
    {}

    std::optional<SkipReason> run()
    {
        if (auto failure = readPrefix())
            return failure;
        if (auto failure = readAddresses())
            return failure;
        if (auto failure = readTail())
            return failure;
        return checkConsistency();
    }

private:
    // ---- helpers ---------------------------------------------------------------------------

    void span(AccessField field, std::size_t begin, std::size_t end)
    {
        if (m_collectSpans)
            m_out.spans.push_back(
                {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin), field});
    }

    void span(AccessField field, const Token& t) { span(field, t.begin, t.end); }

    bool at(std::size_t i, char c) const { return i < m_n && m_line[i] == c; }

    // First '"' at or after `from`, from the quote index.
    std::size_t nextQuote(std::size_t from) const
    {
        if (from >= m_n)
            return npos;
        const std::size_t words = (m_n + 63) / 64;
        std::size_t w = from / 64;
        std::uint64_t bits = m_quotes[w] & (~std::uint64_t{0} << (from % 64));
        while (bits == 0) {
            if (++w == words)
                return npos;
            bits = m_quotes[w];
        }
        return w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
    }

    // First `c` at or after `pos`, or m_n. For the host and the time: short runs.
    std::size_t findByte(std::size_t pos, char c) const
    {
#if defined(__SSE2__)
        const __m128i wanted = _mm_set1_epi8(c);
        while (m_n - pos >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_line.data() + pos));
            const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted)));
            if (mask != 0)
                return pos + static_cast<std::size_t>(__builtin_ctz(mask));
            pos += 16;
        }
#endif
        while (pos < m_n && m_line[pos] != c)
            ++pos;
        return pos;
    }

    // End of the key starting at `pos`: the first byte that is ':', '"', a space, a control or
    // non-ASCII byte (or the line's end). Extra-header names run 10–30 bytes: 16 at a time.
    std::size_t keyEnd(std::size_t pos) const
    {
#if defined(__SSE2__)
        while (m_n - pos >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_line.data() + pos));
            // Signed compare: bytes >= 0x80 are negative, so "< '!'" also catches non-ASCII.
            const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(':')),
                                                            _mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'))),
                                               _mm_or_si128(_mm_cmplt_epi8(chunk, _mm_set1_epi8('!')),
                                                            _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\x7f'))));
            const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
            if (mask != 0)
                return pos + static_cast<std::size_t>(__builtin_ctz(mask));
            pos += 16;
        }
#endif
        while (pos < m_n) {
            const auto c = static_cast<unsigned char>(m_line[pos]);
            if (c == ':' || c == '"' || c < '!' || c >= 0x7f)
                break;
            ++pos;
        }
        return pos;
    }

    // Go-quoted token at m_line[pos] == '"'; false when unterminated. Without a backslash in
    // the line the next quote closes it; otherwise escapes are honoured.
    bool readQuoted(std::size_t pos, Token& t) const
    {
        if (m_backslash)
            return readEscapedQuoted(pos, t);
        const std::size_t close = nextQuote(pos + 1);
        if (close == npos)
            return false;
        t = {pos, close + 1, true, false};
        return true;
    }

    [[gnu::noinline]] bool readEscapedQuoted(std::size_t pos, Token& t) const
    {
        const std::size_t length = skipGoQuoted(m_line.substr(pos), t.escaped);
        if (length == npos)
            return false;
        t.begin = pos;
        t.end = pos + length;
        t.quoted = true;
        return true;
    }

    // Bare tokens are short (status, counts, durations): a loop beats a memchr call.
    Token readBare(std::size_t pos) const
    {
        std::size_t end = pos;
        while (end < m_n && m_line[end] != ' ')
            ++end;
        return {pos, end, false, false};
    }

    std::string_view raw(const Token& t) const
    {
        return m_line.substr(t.begin, t.end - t.begin);
    }

    std::string_view inner(const Token& t) const
    {
        return t.quoted ? m_line.substr(t.begin + 1, t.end - t.begin - 2) : raw(t);
    }

    // The value as written, unescaped. The scratch buffer was reserved to the line's size and
    // unquoting never grows a value, so earlier views into it stay valid.
    std::string_view text(const Token& t)
    {
        if (!t.escaped)
            return inner(t);
        const std::size_t before = m_scratch.size();
        goUnquote(raw(t), m_scratch);
        return std::string_view(m_scratch.data() + before, m_scratch.size() - before);
    }

    static bool missing(const Token& t, std::string_view in)
    {
        return in.empty() || isDash(in) || (!t.quoted && in[0] == 'M' && in.starts_with("Missing"));
    }

    // A string field: empty when missing.
    std::string_view stringValue(const Token& t)
    {
        const std::string_view in = inner(t);
        return missing(t, in) ? std::string_view() : text(t);
    }

    // Quoting of the fields rr 0.142 started quoting together (FORMATS §1.7).
    void noteGroupQuoting(const Token& t)
    {
        if (missing(t, inner(t)))
            return;
        (t.quoted ? m_quotedGroup : m_bareGroup) = true;
    }

    bool keyFollows(std::size_t pos) const
    {
        std::size_t k = pos;
        while (k < m_n && isKeyChar(m_line[k]))
            ++k;
        return k > pos && at(k, ':');
    }

    // ---- HOST - [TIME] "REQUEST" STATUS BYTES [BYTES] "REF" "UA" --------------------------

    std::optional<SkipReason> readPrefix()
    {
        const std::size_t hostEnd = findByte(0, ' ');
        if (!hasAt(m_line, hostEnd, " - ["))
            return SkipReason::AccessLineMalformed;
        m_out.host = m_line.substr(0, hostEnd);
        span(AccessField::Host, 0, hostEnd);

        const std::size_t timeBegin = hostEnd + 4;
        const std::size_t timeEnd = findByte(timeBegin, ']');
        if (timeEnd == m_n || timeEnd - timeBegin > 48)
            return SkipReason::AccessLineMalformed;
        const std::string_view stamp = m_line.substr(timeBegin, timeEnd - timeBegin);
        m_out.start = readStart(stamp);
        if (m_out.start == kNoTime)
            return SkipReason::AccessTimestampInvalid;
        m_dayMonthYear = stamp[2] == '/';
        m_dmyFraction = m_dayMonthYear && stamp[19] == '.';
        m_zulu = stamp.back() == 'Z' || stamp.back() == 'z';
        span(AccessField::Time, timeBegin, timeEnd);

        std::size_t pos = timeEnd + 1;
        if (!hasAt(m_line, pos, " \""))
            return SkipReason::AccessLineMalformed;
        ++pos;
        Token request;
        const bool terminated = readQuoted(pos, request);
        if (!terminated || !at(request.end, ' ')) {
            if (!m_dayMonthYear || !legacyRequestEnd(pos, request))
                return terminated ? SkipReason::AccessLineMalformed : SkipReason::QuotedStringUnterminated;
        }
        splitRequest(request);

        pos = request.end + 1;
        if (auto failure = readStatus(pos))
            return failure;
        std::int64_t first = -1;
        if (auto failure = readCount(pos, first, AccessField::BytesSent))
            return failure;
        if (pos < m_n && m_line[pos] != '"') {
            m_out.bytesReceived = first;
            if (m_collectSpans)
                m_out.spans.back().field = AccessField::BytesReceived;
            if (auto failure = readCount(pos, m_out.bytesSent, AccessField::BytesSent))
                return failure;
        } else {
            m_out.bytesSent = first;
        }
        if (auto failure = readRefererAndAgent(pos))
            return failure;
        m_pos = pos;
        return std::nullopt;
    }

    // Seconds and nanoseconds of "2006-01-02T15:04:05.000000000Z".
    static bool secondsOfMinute(std::string_view stamp, std::int64_t& nanos)
    {
        if (stamp.size() != 30 || stamp[16] != ':' || stamp[19] != '.' || stamp[29] != 'Z')
            return false;
        std::int64_t value = 0;
        for (const std::size_t i : {17u, 18u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u}) {
            if (!isDigit(stamp[i]))
                return false;
            value = value * 10 + (stamp[i] - '0');
        }
        nanos = value;
        return value < 60'000'000'000;
    }

    TimeNs readStart(std::string_view stamp)
    {
        std::int64_t inMinute = 0;
        const bool nanosLayout = secondsOfMinute(stamp, inMinute);
        if (nanosLayout && m_minuteStart != kNoTime && sameBytes(stamp.data(), m_minutePrefix.data(), 16))
            return m_minuteStart + inMinute;
        const TimeNs start = parseAccessTimestamp(stamp);
        if (nanosLayout && start != kNoTime) {
            std::memcpy(m_minutePrefix.data(), stamp.data(), m_minutePrefix.size());
            m_minuteStart = start - inMinute;
        }
        return start;
    }

    // Pre-rr-0.141 request strings were not escaped: the string ends at the first `" ` that
    // is followed by a status token.
    bool legacyRequestEnd(std::size_t pos, Token& t) const
    {
        std::size_t q = pos + 1;
        for (int tries = 0; tries < kMaxCandidates; ++tries) {
            q = m_line.find('"', q);
            if (q == npos)
                return false;
            if (at(q + 1, ' ') && statusFollows(q + 2)) {
                t = {pos, q + 1, true, false};
                return true;
            }
            ++q;
        }
        return false;
    }

    bool statusFollows(std::size_t pos) const
    {
        const std::size_t space = m_line.find(' ', pos);
        if (space == npos)
            return false;
        const std::string_view token = m_line.substr(pos, space - pos);
        if (token == "\"-\"" || token == "-" || token == "MissingResponseStatusCode")
            return true;
        if (token.empty() || token.size() > 3)
            return false;
        for (const char c : token) {
            if (!isDigit(c))
                return false;
        }
        return true;
    }

    // method, uri and proto: split at the first and the last space.
    void splitRequest(const Token& t)
    {
        const std::string_view rawInner = inner(t);
        const std::string_view value = text(t);
        const std::size_t first = value.find(' ');
        const std::size_t last = value.rfind(' ');
        const std::size_t rawFirst = rawInner.find(' ');
        const std::size_t rawLast = rawInner.rfind(' ');
        const std::size_t base = t.begin + 1;
        if (first == npos) {
            m_out.method = value;
            span(AccessField::Method, base, base + rawInner.size());
            return;
        }
        m_out.method = value.substr(0, first);
        span(AccessField::Method, base, base + rawFirst);
        if (first == last) {
            m_out.uri = value.substr(first + 1);
            span(AccessField::Uri, base + rawFirst + 1, base + rawInner.size());
            return;
        }
        m_out.uri = value.substr(first + 1, last - first - 1);
        m_out.proto = value.substr(last + 1);
        span(AccessField::Uri, base + rawFirst + 1, base + rawLast);
        span(AccessField::Proto, base + rawLast + 1, base + rawInner.size());
    }

    std::optional<SkipReason> readStatus(std::size_t& pos)
    {
        const Token t = readBare(pos);
        const std::string_view token = raw(t);
        if (token.empty() || t.end >= m_n)
            return SkipReason::AccessLineMalformed;
        if (isDash(token) || isQuotedDash(token) || token == "MissingResponseStatusCode") {
            m_out.status = 0;
        } else {
            int status = 0;
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), status);
            if (ec != std::errc() || end != token.data() + token.size() || token.size() > 3 || status < 0)
                return SkipReason::AccessFieldInvalid;
            m_out.status = status;
        }
        span(AccessField::Status, t);
        pos = t.end + 1;
        return std::nullopt;
    }

    std::optional<SkipReason> readCount(std::size_t& pos, std::int64_t& value, AccessField field)
    {
        const Token t = readBare(pos);
        const std::string_view token = raw(t);
        if (token.empty() || t.end >= m_n)
            return SkipReason::AccessLineMalformed;
        if (isDash(token) || isQuotedDash(token)) {
            value = -1;
        } else {
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc() || end != token.data() + token.size() || value < 0)
                return SkipReason::AccessFieldInvalid;
        }
        span(field, t);
        pos = t.end + 1;
        return std::nullopt;
    }

    std::optional<SkipReason> readRefererAndAgent(std::size_t& pos)
    {
        Token referer;
        Token agent;
        const bool refererOk = at(pos, '"') && readQuoted(pos, referer);
        const bool ok = refererOk && at(referer.end, ' ') && at(referer.end + 1, '"') &&
                        readQuoted(referer.end + 1, agent) && at(agent.end, ' ');
        if (!ok && !(m_dayMonthYear && legacyRefererAndAgent(pos, referer, agent))) {
            if (!at(pos, '"'))
                return SkipReason::AccessLineMalformed;
            if (!refererOk)
                return SkipReason::QuotedStringUnterminated;
            const bool agentCut = at(referer.end, ' ') && at(referer.end + 1, '"') && agent.end == 0;
            return agentCut ? SkipReason::QuotedStringUnterminated : SkipReason::AccessLineMalformed;
        }
        m_out.referer = stringValue(referer);
        m_out.userAgent = stringValue(agent);
        span(AccessField::Referer, referer);
        span(AccessField::UserAgent, agent);
        pos = agent.end + 1;
        return std::nullopt;
    }

    // Pre-rr-0.141 referer and user agent were written as "%s": a quote inside breaks the
    // grammar. The user agent then ends before ` REMOTE <first key>:` (REMOTE was bare in those
    // releases), and the referer at the first `" "` before it.
    bool legacyRefererAndAgent(std::size_t pos, Token& referer, Token& agent) const
    {
        if (!at(pos, '"'))
            return false;
        std::size_t tail = npos;
        for (const std::string_view key :
             {" x_forwarded_for:", " vcap_request_id:", " vcap_request:", " response_time:", " app_id:"}) {
            tail = std::min(tail, m_line.find(key, pos));
        }
        if (tail == npos || tail < pos + 4)
            return false;
        const std::size_t remote = m_line.rfind(' ', tail - 1);
        if (remote == npos || remote < pos + 2 || m_line[remote - 1] != '"')
            return false;
        const std::size_t agentEnd = remote; // one past the agent's closing quote
        const std::size_t split = m_line.find("\" \"", pos + 1);
        if (split == npos || split + 3 > agentEnd - 1)
            return false;
        referer = {pos, split + 1, true, false};
        agent = {split + 2, agentEnd, true, false};
        return true;
    }

    // ---- REMOTE [BACKEND] ------------------------------------------------------------------

    bool knownKeyAt(std::size_t pos) const
    {
        std::size_t k = pos;
        while (k < m_n && isKeyChar(m_line[k]))
            ++k;
        if (k == pos || !at(k, ':'))
            return false;
        std::size_t expected = 0;
        return lookupKey(m_line.substr(pos, k - pos + 1), expected) != Key::Unknown;
    }

    std::optional<SkipReason> readAddresses()
    {
        std::size_t pos = m_pos;
        int count = 0;
        while (count < 2 && pos < m_n) {
            Token t;
            if (m_line[pos] == '"') {
                if (!readQuoted(pos, t))
                    return SkipReason::QuotedStringUnterminated;
            } else {
                if (knownKeyAt(pos))
                    break;
                t = readBare(pos);
            }
            const std::string_view value = stringValue(t);
            if (!plausibleAddress(value))
                return SkipReason::AccessFieldInvalid;
            if (count == 0) {
                m_out.remoteAddr = value;
                noteGroupQuoting(t);
                span(AccessField::RemoteAddr, t);
            } else {
                m_out.backend = value;
                span(AccessField::Backend, t);
            }
            ++count;
            pos = t.end;
            if (pos < m_n) {
                if (m_line[pos] != ' ')
                    return SkipReason::AccessLineMalformed;
                ++pos;
            }
        }
        if (count == 0)
            return SkipReason::AccessLineMalformed;
        m_pos = pos;
        return std::nullopt;
    }

    // ---- key:value tail --------------------------------------------------------------------

    // Pre-rr-0.141 quoted tail values were not escaped either: the value ends at a quote that
    // ends the line or is followed by ` key:`.
    bool legacyValueEnd(std::size_t pos, Token& t) const
    {
        std::size_t q = pos + 1;
        for (int tries = 0; tries < kMaxCandidates; ++tries) {
            q = m_line.find('"', q);
            if (q == npos)
                return false;
            if (q + 1 == m_n || (m_line[q + 1] == ' ' && keyFollows(q + 2))) {
                t = {pos, q + 1, true, false};
                return true;
            }
            ++q;
        }
        return false;
    }

    std::optional<SkipReason> readTail()
    {
        std::size_t pos = m_pos;
        std::size_t expected = 0;
        while (pos < m_n) {
            // Fast path: the key Gorouter writes next, compared with its ':' in one go.
            Key key = Key::Unknown;
            std::size_t k = pos;
            if (!m_afterRouterError && expected < kKeyNames.size() &&
                m_n - pos >= kKeyNames[expected].size() &&
                sameBytes(m_line.data() + pos, kKeyNames[expected].data(), kKeyNames[expected].size())) {
                key = static_cast<Key>(expected);
                k = pos + kKeyNames[expected].size() - 1;
                ++expected;
            } else {
                k = keyEnd(pos);
                if (k == pos || !at(k, ':'))
                    return SkipReason::AccessFieldInvalid;
                if (!m_afterRouterError)
                    key = lookupKey(m_line.substr(pos, k - pos + 1), expected);
            }
            const std::string_view name = m_line.substr(pos, k - pos);
            span(AccessField::Key, pos, k);
            pos = k + 1;

            Token value;
            if (at(pos, '"')) {
                const bool terminated = readQuoted(pos, value);
                // A key glued to the previous quoted value is tolerated (seen in real lines).
                const bool separated =
                    terminated && (value.end == m_n || m_line[value.end] == ' ' || keyFollows(value.end));
                if (!separated && !(m_dayMonthYear && legacyValueEnd(pos, value)))
                    return terminated ? SkipReason::AccessFieldInvalid : SkipReason::QuotedStringUnterminated;
            } else {
                value = readBare(pos);
            }
            span(AccessField::Value, value);
            pos = value.end;
            while (pos < m_n && m_line[pos] == ' ')
                ++pos;

            if (auto failure = assign(key, name, value))
                return failure;
        }
        return std::nullopt;
    }

    std::optional<SkipReason> duration(const Token& t, DurationNs& out)
    {
        const std::string_view in = inner(t);
        if (missing(t, in) || in.front() == '-') {
            out = kNoDuration; // Gorouter writes "-" for negative durations; older releases wrote them
            return std::nullopt;
        }
        if (simpleSeconds(in, out))
            return std::nullopt;
        out = parseSecondsDuration(in);
        return out == kNoDuration ? std::optional<SkipReason>(SkipReason::AccessFieldInvalid) : std::nullopt;
    }

    std::optional<SkipReason> assign(Key key, std::string_view name, const Token& t)
    {
        if (key != Key::Unknown) {
            // A known key written twice (a configured extra header of that name): keep the first.
            const std::uint32_t mask = bit(key == Key::VcapRequest ? Key::VcapRequestId
                                           : key == Key::Index     ? Key::AppIndex
                                                                   : key);
            if (m_seen & mask)
                key = Key::Unknown;
            m_seen |= mask;
        }
        switch (key) {
        case Key::XForwardedFor:
            m_out.xForwardedFor = stringValue(t);
            return std::nullopt;
        case Key::XForwardedProto:
            m_out.xForwardedProto = stringValue(t);
            return std::nullopt;
        case Key::VcapRequestId:
        case Key::VcapRequest:
            m_out.vcapRequestId = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::AppId:
            m_out.appId = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::AppIndex:
        case Key::Index:
            m_out.appIndex = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::InstanceId:
            m_out.instanceId = stringValue(t);
            return std::nullopt;
        case Key::LocalAddress:
            m_out.localAddress = stringValue(t);
            if (!plausibleAddress(m_out.localAddress))
                return SkipReason::AccessFieldInvalid;
            return std::nullopt;
        case Key::RouterError:
            m_out.routerError = stringValue(t);
            m_afterRouterError = true; // everything after it is an extra header
            return std::nullopt;
        case Key::ResponseTime:
            return duration(t, m_out.responseTime);
        case Key::GorouterTime:
            return duration(t, m_out.gorouterTime);
        case Key::AppTime:
            return duration(t, m_out.appTime);
        case Key::FailedAttemptsTime:
            return duration(t, m_out.failedAttemptsTime);
        case Key::DnsTime:
            return duration(t, m_out.dnsTime);
        case Key::DialTime:
            return duration(t, m_out.dialTime);
        case Key::TlsTime:
            return duration(t, m_out.tlsTime);
        case Key::BackendTime:
            return duration(t, m_out.backendTime);
        case Key::FailedAttempts: {
            const std::string_view in = inner(t);
            if (missing(t, in))
                return std::nullopt;
            const auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), m_out.failedAttempts);
            if (ec != std::errc() || end != in.data() + in.size() || m_out.failedAttempts < 0)
                return SkipReason::AccessFieldInvalid;
            return std::nullopt;
        }
        case Key::Unknown:
            m_out.extras.push_back({name, text(t)});
            return std::nullopt;
        }
        return std::nullopt;
    }

    // ---- one era per line --------------------------------------------------------------------

    std::optional<SkipReason> checkConsistency()
    {
        const bool nanosKeys = (m_seen & kNanosEraKeys) != 0;
        if (m_dayMonthYear)
            m_out.era = !m_dmyFraction  ? AccessEra::Legacy2014
                        : m_quotedGroup ? AccessEra::Quoted2016
                                        : AccessEra::Legacy2016;
        else
            m_out.era = m_zulu ? AccessEra::Nanos2019 : AccessEra::Iso2017;

        // (a) rr 0.142 quoted remote address, vcap_request_id, app_id and app_index together.
        if (m_quotedGroup && m_bareGroup)
            return SkipReason::InconsistentFields;
        // (b) fields of the nanosecond era next to a day/month/year timestamp.
        if (m_dayMonthYear && nanosKeys)
            return SkipReason::InconsistentFields;
        // (c) same next to an ISO timestamp with a numeric offset (rr 0.143–0.195).
        if (!m_dayMonthYear && !m_zulu && nanosKeys)
            return SkipReason::InconsistentFields;
        // (d) ISO timestamps (rr 0.143+) came after every value was quoted (rr 0.142).
        if (!m_dayMonthYear && m_bareGroup)
            return SkipReason::InconsistentFields;
        // (e) second-precision timestamps predate quoting (rr 0.133 added milliseconds).
        if (m_dayMonthYear && !m_dmyFraction && m_quotedGroup)
            return SkipReason::InconsistentFields;
        return std::nullopt;
    }

    std::string_view m_line;
    std::size_t m_n;
    AccessRecord& m_out;
    std::string& m_scratch;
    const std::uint64_t* m_quotes;
    bool m_backslash;
    bool m_collectSpans;
    std::array<char, 16>& m_minutePrefix;
    TimeNs& m_minuteStart;

    std::size_t m_pos = 0; // where the address section starts, then the tail
    bool m_dayMonthYear = false;
    bool m_dmyFraction = false;
    bool m_zulu = false;
    bool m_quotedGroup = false;
    bool m_bareGroup = false;
    bool m_afterRouterError = false;
    std::uint32_t m_seen = 0;
};

// Field by field rather than `out = AccessRecord{}`: keeps the vectors' capacity and avoids
// zeroing the whole struct for every line.
void reset(AccessRecord& out)
{
    out.start = kNoTime;
    out.host = out.method = out.uri = out.proto = out.referer = out.userAgent = out.remoteAddr = out.backend =
        out.xForwardedFor = out.xForwardedProto = out.vcapRequestId = out.appId = out.appIndex =
            out.instanceId = out.routerError = out.localAddress = std::string_view();
    out.status = 0;
    out.bytesReceived = out.bytesSent = -1;
    out.responseTime = out.gorouterTime = out.appTime = out.failedAttemptsTime = out.dnsTime = out.dialTime =
        out.tlsTime = out.backendTime = kNoDuration;
    out.failedAttempts = -1;
    out.era = AccessEra::Nanos2019;
    out.extras.clear();
    out.spans.clear();
}

} // namespace

AccessLogParser::AccessLogParser(bool collectSpans)
    : m_collectSpans(collectSpans)
{}

std::optional<SkipReason> AccessLogParser::parse(std::string_view line, AccessRecord& out)
{
    reset(out);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.size() > kMaxLine)
        return SkipReason::LineTooLong;
    if (line.empty())
        return SkipReason::AccessLineMalformed;
    m_quoteBits.resize(line.size() / 64 + 1);
    const QuoteIndex index = indexQuotes(line, m_quoteBits.data());
    if (index.nul)
        return SkipReason::BinaryData;
    m_scratch.clear();
    m_scratch.reserve(line.size());
    return Tokenizer(line, out, m_scratch, m_quoteBits.data(), index.backslash, m_collectSpans,
                     m_minutePrefix, m_minuteStart)
        .run();
}

bool AccessLogParser::looksLikeAccessLine(std::string_view payload)
{
    if (payload.empty())
        return false;
    const void* space = std::memchr(payload.data(), ' ', std::min<std::size_t>(payload.size(), 1024));
    if (space == nullptr)
        return false;
    const auto hostEnd = static_cast<std::size_t>(static_cast<const char*>(space) - payload.data());
    if (!hasAt(payload, hostEnd, " - [") || hostEnd + 5 >= payload.size() || !isDigit(payload[hostEnd + 4]))
        return false;
    const std::size_t close = payload.find(']', hostEnd + 4);
    return close != npos && close - hostEnd < 52 && hasAt(payload, close, "] \"");
}

std::optional<SkipReason> checkAgainstWrapper(const Unwrapped& wrapper, const AccessRecord& record)
{
    constexpr DurationNs kTolerance = 300'000'000'000; // 5 min; a wrong zone is off by ≥ 15 min
    if (!wrapper.cfLogs || wrapper.wrapperTime == kNoTime || record.start == kNoTime)
        return std::nullopt;
    if (record.responseTime == kNoDuration) {
        // Emitted when the request ended, at an unknown time after its start.
        if (wrapper.wrapperTime < record.start - kTolerance)
            return SkipReason::InconsistentFields;
        return std::nullopt;
    }
    const TimeNs end = record.start + record.responseTime;
    const TimeNs gap = wrapper.wrapperTime - end;
    if (gap > kTolerance || gap < -kTolerance)
        return SkipReason::InconsistentFields;
    return std::nullopt;
}

} // namespace rs
