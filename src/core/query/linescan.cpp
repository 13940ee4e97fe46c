#include "core/query/linescan.h"

#include "core/util/needlefinder.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>

namespace rs {
namespace {

// Text per piece: many pieces per core for an even share at the end, and few enough that starting
// one (opening the file; for gzip, inflating from the checkpoint before it, at most
// GzipTextIndex::kSpacing) costs little beside reading it.
constexpr std::uint64_t kPieceBytes = 64ull << 20;

struct Piece {
    std::size_t text = 0;             // index into the texts
    std::uint64_t begin = 0, end = 0; // the lines starting in [begin, end) are this piece's
    std::vector<MatchedLine> lines;
};

// The lines of one piece, fed the text in blocks from its begin on (from the byte before it, which
// tells whether a line starts at begin), until the line holding `end` is complete. The lines whole
// in a block are searched where they lie; only a line cut by a block's end is copied, to be
// searched once the next block completes it.
class PieceScan {
public:
    PieceScan(const NeedleFinder& finder, Piece& piece)
        : m_finder(finder)
        , m_piece(piece)
        , m_skipping(piece.begin > 0)
        , m_lineStart(piece.begin)
    {}

    // The block at `pos`; false once the piece's lines are all seen.
    bool feed(std::uint64_t pos, std::string_view block)
    {
        std::size_t i = 0;
        if (m_skipping) {
            // The rest of a line that began in the piece before.
            const auto* nl = static_cast<const char*>(std::memchr(block.data(), '\n', block.size()));
            if (nl == nullptr)
                return true;
            i = static_cast<std::size_t>(nl - block.data()) + 1;
            m_skipping = false;
            m_lineStart = pos + i;
            if (m_lineStart >= m_piece.end)
                return false;
        }
        if (m_cut) {
            const auto* nl = static_cast<const char*>(std::memchr(block.data() + i, '\n', block.size() - i));
            const std::size_t until =
                nl != nullptr ? static_cast<std::size_t>(nl - block.data()) : block.size();
            carry(block.substr(i, until - i));
            if (nl == nullptr)
                return true;
            finishCut(pos + until);
            i = until + 1;
            m_lineStart = pos + i;
            if (m_lineStart >= m_piece.end)
                return false;
        }
        // Whole lines from i on: search them in place.
        const std::string_view rest = block.substr(i);
        const auto* lastNl = static_cast<const char*>(::memrchr(rest.data(), '\n', rest.size()));
        const std::size_t whole = lastNl != nullptr ? static_cast<std::size_t>(lastNl - rest.data()) + 1 : 0;
        const std::string_view lines = rest.substr(0, whole);
        const std::uint64_t base = pos + i;
        std::size_t at = 0; // always the start of a line
        while (at < lines.size()) {
            const std::size_t hit = m_finder.find(lines, at);
            if (hit == std::string_view::npos)
                break;
            const auto* before = static_cast<const char*>(::memrchr(lines.data() + at, '\n', hit - at));
            const std::size_t start =
                before != nullptr ? static_cast<std::size_t>(before - lines.data()) + 1 : at;
            if (base + start >= m_piece.end)
                return false;
            // The needle holds no newline, so the line goes on past it; `lines` ends with one.
            const std::size_t hitEnd = hit + m_finder.size();
            const auto* nl = static_cast<const char*>(
                std::memchr(lines.data() + hitEnd - 1, '\n', lines.size() - hitEnd + 1));
            const auto newline = static_cast<std::size_t>(nl - lines.data());
            const std::size_t end = newline > start && lines[newline - 1] == '\r' ? newline - 1 : newline;
            m_piece.lines.push_back({base + start, base + end, base + hitEnd});
            at = newline + 1;
        }
        m_lineStart = base + whole;
        if (m_lineStart >= m_piece.end)
            return false;
        if (whole < rest.size()) {
            m_cut = true;
            m_carry.clear();
            m_kept = 0;
            carry(rest.substr(whole));
        }
        return true;
    }

    // The text ended (not stopped by feed): a last line without a newline.
    void finish(std::uint64_t textEnd)
    {
        if (m_cut && !m_skipping)
            finishCut(textEnd);
    }

private:
    void carry(std::string_view bytes)
    {
        if (bytes.empty())
            return;
        m_last = bytes.back();
        m_kept += bytes.size();
        // Of a line longer than RawText::kMaxLine, only what a raw line shows can match at its start.
        const std::size_t room = RawText::kMaxLine - std::min(RawText::kMaxLine, m_carry.size());
        m_carry.append(bytes.substr(0, room));
    }

    // The cut line ends at `newline` (its position, or the end of the text).
    void finishCut(std::uint64_t newline)
    {
        m_cut = false;
        const bool truncated = m_kept > m_carry.size();
        const std::uint64_t end = m_kept > 0 && m_last == '\r' ? newline - 1 : newline;
        std::size_t hit = m_finder.find(m_carry);
        // A needle ending in '\r' found before the newline is not in the line's text.
        if (hit != std::string_view::npos && m_lineStart + hit + m_finder.size() > end)
            hit = std::string_view::npos;
        // A truncated line is kept even without a hit: its rows are checked one by one.
        if (hit != std::string_view::npos || truncated)
            m_piece.lines.push_back(
                {m_lineStart, end,
                 hit != std::string_view::npos ? m_lineStart + hit + m_finder.size() : MatchedLine::kNoHit});
        m_carry.clear();
        m_kept = 0;
    }

    const NeedleFinder& m_finder;
    Piece& m_piece;
    bool m_skipping;           // before the first line starting at or after begin
    bool m_cut = false;        // m_carry holds the start of a line a block cut
    std::uint64_t m_lineStart; // of the next line, or of the cut one
    std::string m_carry;
    std::uint64_t m_kept = 0; // bytes of the cut line seen (m_carry holds at most kMaxLine)
    char m_last = 0;          // its last byte seen
};

std::vector<Piece> piecesOf(const std::vector<const RawText*>& texts, std::uint64_t pieceBytes,
                            std::uint64_t& total)
{
    std::vector<Piece> pieces;
    total = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const RawText* text = texts[t];
        if (text == nullptr || text->size() == 0 || text->state() != TextState::Available)
            continue;
        total += text->size();
        const std::uint64_t step = text->seekable() ? pieceBytes : text->size();
        for (std::uint64_t begin = 0; begin < text->size(); begin += step)
            pieces.push_back({t, begin, std::min(text->size(), begin + step), {}});
    }
    return pieces;
}

} // namespace

LineScanResult scanLines(const std::vector<const RawText*>& texts, std::string_view needle,
                         const LineScanOptions& options)
{
    LineScanResult result;
    result.lines.resize(texts.size());
    if (needle.empty() || needle.find('\n') != std::string_view::npos)
        return result;
    const NeedleFinder finder(needle, true);
    std::vector<Piece> pieces =
        piecesOf(texts, options.pieceBytes != 0 ? options.pieceBytes : kPieceBytes, result.bytes);
    // Longest first: a text read in one piece must not start last.
    std::vector<std::size_t> order(pieces.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return pieces[a].end - pieces[a].begin > pieces[b].end - pieces[b].begin;
    });

    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<std::uint64_t> reported{0}; // the last thousandth handed to progress
    std::mutex progressMutex;
    const auto cancelled = [&] {
        return options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed);
    };
    const auto advance = [&](std::uint64_t bytes) {
        const std::uint64_t now = done.fetch_add(bytes, std::memory_order_relaxed) + bytes;
        if (!options.progress || result.bytes == 0)
            return;
        const std::uint64_t thousandth = now * 1000 / result.bytes;
        std::uint64_t last = reported.load(std::memory_order_relaxed);
        if (thousandth > last && reported.compare_exchange_strong(last, thousandth)) {
            std::lock_guard lock(progressMutex);
            options.progress(now, result.bytes);
        }
    };
    const auto work = [&] {
        for (std::size_t i = next++; i < order.size() && !cancelled(); i = next++) {
            Piece& piece = pieces[order[i]];
            const RawText& text = *texts[piece.text];
            PieceScan scan(finder, piece);
            std::uint64_t pos = piece.begin > 0 ? piece.begin - 1 : 0; // of the next block
            std::uint64_t counted = piece.begin; // progress: the piece's text handed on so far
            bool stopped = false;
            const bool read = text.scan(pos, text.size(), [&](std::string_view block) {
                stopped = cancelled() || !scan.feed(pos, block);
                pos += block.size();
                const std::uint64_t upTo = std::min(pos, piece.end);
                if (upTo > counted) {
                    advance(upTo - counted);
                    counted = upTo;
                }
                return !stopped;
            });
            if (read && !stopped)
                scan.finish(text.size());
            if (piece.end > counted)
                advance(piece.end - counted);
        }
    };
    const unsigned threads = std::max<unsigned>(
        1, std::min<unsigned>(options.threads != 0 ? options.threads : std::thread::hardware_concurrency(),
                              static_cast<unsigned>(std::max<std::size_t>(1, pieces.size()))));
    std::vector<std::thread> workers;
    for (unsigned w = 1; w < threads; ++w)
        workers.emplace_back(work);
    work();
    for (std::thread& worker : workers)
        worker.join();
    result.cancelled = cancelled();
    if (result.cancelled)
        return result;
    // Pieces of a text are in order of their begin, and so are their lines.
    for (const Piece& piece : pieces)
        result.lines[piece.text].insert(result.lines[piece.text].end(), piece.lines.begin(),
                                        piece.lines.end());
    return result;
}

} // namespace rs
