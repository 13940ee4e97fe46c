#pragma once

#include "core/bundle/bundlereader.h"
#include "core/formats/detect.h"
#include "core/store/importreport.h"
#include "core/store/recordtables.h"

#include <atomic>
#include <cstddef>
#include <deque>
#include <mutex>
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
    SharedBytes bytes;
};

// One file being parsed: detected once, then parsed as independent tasks (one per line range,
// or one for a whole document) that may run on any thread, then joined by finish().
class FileJob {
public:
    FileJob(BundleEntry entry, const ParseOptions& options);
    FileJob(const FileJob&) = delete;
    FileJob& operator=(const FileJob&) = delete;

    std::size_t taskCount() const { return m_ranges.size(); }
    // Runs task `index`; distinct tasks may run concurrently.
    void run(std::size_t index, const std::atomic<bool>* cancel);
    // Joins the tasks' results in file order. Call once, after every task ran.
    ParsedFile finish();

    std::uint64_t bytes() const { return m_report.bytes; }

private:
    struct Range {
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    struct Part {
        RecordTables tables;
        FileReport report; // counts and skip examples of this range; line numbers from its start
        double seconds = 0;
    };

    void initTables(RecordTables& tables) const;
    void parseWhole(Part& part);
    void parseLines(Part& part, Range range, const std::atomic<bool>* cancel) const;

    ParseOptions m_options;
    SharedBytes m_bytes;
    std::int64_t m_mtime = 0;
    FileReport m_report; // what is known before parsing: path, kind, identity, sizes
    KindGuess m_guess;
    IdentityInfo m_fileIdentity;
    bool m_lineOriented = false;
    std::vector<Range> m_ranges;
    std::deque<Part> m_parts; // one per range; a deque so that parts never move
};

// Line ranges of about `chunkBytes` each, cut just after a newline. Every byte belongs to exactly one
// range; a line longer than a chunk makes its range longer.
std::vector<std::pair<std::size_t, std::size_t>> lineChunks(std::string_view bytes, std::size_t chunkBytes);

// Detects the file's kind and parses it on the calling thread. Same result as running a FileJob's
// tasks on any threads.
ParsedFile parseFile(BundleEntry entry, const ParseOptions& options,
                     const std::atomic<bool>* cancel = nullptr);

} // namespace rs
