#pragma once

#include "core/bundle/bundlereader.h"
#include "core/bundle/gzipstream.h"
#include "core/formats/detect.h"
#include "core/import/contenthash.h"
#include "core/store/importreport.h"
#include "core/store/recordtables.h"

#include <atomic>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace rs {

struct ParseOptions {
    std::size_t maxLineBytes = 1u << 20; // longer lines are cut and reported
    // A line-oriented file larger than this is cut at line ends into pieces of about this size,
    // parsed on several threads and joined in order (one big access.log would otherwise keep one
    // core busy while the other waits). Small enough that both cores share a 100 MB file, large
    // enough that each piece's string pool and task overhead stay negligible.
    std::size_t chunkBytes = 16u << 20;
};

// What one file becomes: its records and its report. `parts` are appended to the incident in
// order; each has a string pool of its own (so pieces parse in parallel without locks), and
// appending them one after the other gives the same ids as parsing the file in one pass.
struct ParsedFile {
    std::vector<RecordTables> parts;
    FileReport report;
    // The file's text: resident, or (a loose file, once parsed) read back from disk on demand.
    SharedText text;
    std::uint64_t textSize = 0;
    // Of the text, taken while parsing, so that duplicates are found without the bytes.
    std::uint64_t contentHash = 0;
};

// The lines markPartialLines() looks at, taken while the pieces holding them were parsed: by the
// time the pieces are joined, the bytes of a streamed member are gone (FileJob).
struct EdgeLines {
    std::string first;                           // after any leading NULs, without its newline
    bool hasNewline = false;                     // somewhere in the text
    std::optional<std::string> unterminatedLast; // the last line when no newline ends it
};

// One file being parsed: detected once, then parsed as independent pieces (line ranges, or the whole
// document) that may run on any thread, then joined by finish(). The bytes may still be growing
// (GrowingBytes, a gzip member being inflated): pieces are then handed out as their lines arrive.
class FileJob {
public:
    // A content hash block (64 KiB) shared with a neighbouring piece: this piece's bytes of it.
    struct CutBlock {
        std::uint64_t index = 0;
        BlockPart part;
    };
    struct Part {
        RecordTables tables;
        FileReport report; // counts and skip examples of this piece; line numbers from its start
        double seconds = 0;
        std::uint64_t hash = 0;          // of the hash blocks whole within [hashFrom, end)
        std::vector<CutBlock> cutBlocks; // the blocks cut at its edges, in order (at most two)
        bool holdsTextStart = false;     // the first piece
        EdgeLines edges;                 // of the text, where this piece holds them
    };
    struct Piece {
        Part* part = nullptr; // where the piece's records go; never moves
        std::size_t begin = 0;
        std::size_t end = 0;
        std::size_t hashFrom = 0; // begin, or 0 for the first (leading NULs are hashed with it)
    };

    FileJob(BundleEntry entry, const ParseOptions& options);
    ~FileJob();
    FileJob(const FileJob&) = delete;
    FileJob& operator=(const FileJob&) = delete;

    // Pieces ready to parse and not handed out yet: every piece for complete bytes; for growing
    // bytes, those whose lines are there so far. Call from one thread (the one feeding the bytes).
    std::vector<Piece> takePieces();
    // Every piece has been handed out: the bytes are complete (or abandoned).
    bool planned() const { return m_planned; }
    // Parses one piece; distinct pieces may run concurrently.
    void run(const Piece& piece, const std::atomic<bool>* cancel) const;
    // Once every piece ran: joins the pieces' results in file order and lets go of the bytes of a
    // loose file (its text is read back from disk from then on). Call once, on any thread.
    void complete();
    // complete()'s result; empty when the bytes were abandoned (the reader reported why).
    std::optional<ParsedFile> finish();

    std::uint64_t bytes() const { return m_size.load(std::memory_order_relaxed); }

private:
    void detect(std::string_view head);
    void initTables(RecordTables& tables) const;
    void parseWhole(Part& part) const;
    void parseLines(Part& part, std::size_t begin, std::size_t end, const std::atomic<bool>* cancel) const;
    void hashPiece(Part& part, const Piece& piece, std::string_view bytes) const;
    void noteEdgeLines(Part& part, const Piece& piece, std::string_view bytes) const;
    Piece addPiece(std::size_t begin, std::size_t end);

    std::optional<ParsedFile> join();

    ParseOptions m_options;
    SharedBytes m_bytes;
    std::atomic<std::uint64_t> m_size{0};    // of the bytes, also once they are gone
    const GrowingBytes* m_growing = nullptr; // m_bytes while it grows
    std::int64_t m_mtime = 0;
    std::string m_fsPath;                             // a loose file's path (BundleEntry::memberPath)
    std::optional<FileStamp> m_loose;                 // BundleEntry::loose
    std::shared_ptr<const GzipTextIndex> m_gzipIndex; // BundleEntry::gzipIndex
    std::shared_ptr<const TextOrigin> m_origin;       // BundleEntry::origin
    // The bytes are a streamed member's own anonymous mapping (GrowingBytes) and its text is read
    // back through its origin once parsed: each parsed piece's pages are given back, and nothing
    // reads them again (they read as zeros).
    bool m_givesBackPages = false;

    bool m_completed = false;
    std::optional<ParsedFile> m_result;

    FileReport m_report; // what is known before parsing: path, kind, identity, sizes
    KindGuess m_guess;
    IdentityInfo m_fileIdentity;
    bool m_detected = false;
    bool m_lineOriented = false;
    bool m_chunked = false; // cut into line ranges (else one piece for the whole file)
    bool m_planned = false;
    bool m_abandoned = false;
    std::size_t m_cut = 0;    // bytes already handed out as pieces
    std::deque<Part> m_parts; // one per piece, in file order; a deque so that parts never move
};

// Detects the file's kind and parses it on the calling thread; `entry` is complete (not growing). Same result
// as running a FileJob's tasks on any threads.
ParsedFile parseFile(BundleEntry entry, const ParseOptions& options,
                     const std::atomic<bool>* cancel = nullptr);

} // namespace rs
