#pragma once

#include "core/bundle/bundlereader.h"
#include "core/import/fileparser.h"
#include "core/store/incident.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rs {

struct ImportOptions {
    ParseOptions parse;
    BundleLimits limits;
    unsigned threads = 0; // 0: one per core
    // Parse a gzip member's lines while the rest of it is inflated, and a stored member's of a
    // compressed archive while the rest is read (false: once it is all read; it is then held whole).
    bool pipelineLeaves = true;
    // The reader waits (before the next file, and every few MiB of one it streams) while the text
    // handed to the parsers and not yet parsed is more than this: two cores parse a file of this
    // size about as fast as one core reads the next, and read-ahead beyond it would only hold text
    // in memory.
    std::uint64_t readAheadBytes = 64u << 20;
};

struct ImportProgress {
    std::uint64_t inputBytesDone = 0; // bytes of the inputs read so far (compressed where compressed)
    std::uint64_t inputBytesTotal = 0;
    std::uint64_t parsedBytes = 0; // content bytes parsed so far
    std::uint64_t filesParsed = 0;
    std::uint64_t filesSeen = 0;
    double fraction() const
    {
        if (inputBytesTotal == 0)
            return 0;
        const double reading = static_cast<double>(inputBytesDone) / static_cast<double>(inputBytesTotal);
        const double parsing =
            filesSeen == 0 ? 0 : static_cast<double>(filesParsed) / static_cast<double>(filesSeen);
        return 0.5 * reading + 0.5 * reading * parsing;
    }
};

// Reads a bundle into an Incident: the bundle reader feeds files to a pool of parser threads
// while it inflates the next ones, and the per-file results are merged in a fixed order
// (rotated generations oldest first), so the result never depends on thread timing.
class Importer {
public:
    using ProgressFn = std::function<void(const ImportProgress&)>;

    explicit Importer(ImportOptions options = {});

    std::shared_ptr<Incident> importPaths(const std::vector<std::string>& inputs,
                                          const std::atomic<bool>* cancel = nullptr,
                                          const ProgressFn& progress = {}) const;
    std::shared_ptr<Incident> importBytes(const std::string& name, SharedBytes bytes,
                                          const std::atomic<bool>* cancel = nullptr,
                                          const ProgressFn& progress = {}) const;

private:
    // Reads into the sink; the reader calls beforeLeaf before each file's bytes, and while it streams
    // one (BundleReader::setBeforeLeaf).
    using ReadFn = std::function<void(const BundleReader::Sink&, std::vector<BundleProblem>&,
                                      const std::function<void(std::uint64_t, std::uint64_t)>&,
                                      const std::function<void()>& beforeLeaf)>;
    std::shared_ptr<Incident> run(std::vector<std::string> inputs, const ReadFn& read,
                                  const std::atomic<bool>* cancel, const ProgressFn& progress) const;

    ImportOptions m_options;
};

} // namespace rs
