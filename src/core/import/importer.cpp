#include "core/import/importer.h"

#include "core/bundle/rotation.h"
#include "core/import/consistencychecks.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace rs {
namespace {

// Files waiting for a parser thread, and the parsed results by arrival index.
class ParseQueue {
public:
    void push(BundleEntry entry)
    {
        {
            std::lock_guard lock(m_mutex);
            m_pending.emplace_back(m_arrived++, std::move(entry));
            m_results.emplace_back();
        }
        m_ready.notify_one();
    }

    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

    // Blocks until a file is available; false once closed and drained.
    bool pop(std::size_t& index, BundleEntry& entry)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_closed || !m_pending.empty(); });
        if (m_pending.empty())
            return false;
        index = m_pending.front().first;
        entry = std::move(m_pending.front().second);
        m_pending.pop_front();
        return true;
    }

    void store(std::size_t index, ParsedFile parsed)
    {
        std::lock_guard lock(m_mutex);
        m_parsedBytes += parsed.report.bytes;
        ++m_parsed;
        m_results[index] = std::move(parsed);
    }

    void counters(std::uint64_t& seen, std::uint64_t& parsed, std::uint64_t& parsedBytes)
    {
        std::lock_guard lock(m_mutex);
        seen = m_arrived;
        parsed = m_parsed;
        parsedBytes = m_parsedBytes;
    }

    std::vector<std::optional<ParsedFile>> takeResults() { return std::move(m_results); }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::pair<std::size_t, BundleEntry>> m_pending;
    std::vector<std::optional<ParsedFile>> m_results;
    std::size_t m_arrived = 0;
    std::uint64_t m_parsed = 0;
    std::uint64_t m_parsedBytes = 0;
    bool m_closed = false;
};

void merge(Incident& incident, std::vector<std::optional<ParsedFile>>& results)
{
    std::vector<std::string> paths;
    paths.reserve(results.size());
    for (const auto& result : results)
        paths.push_back(result ? result->report.path : std::string());
    // Exact reservations: appending chunk after chunk would otherwise leave up to half of every
    // column unused, which at millions of requests is most of the store's heap.
    std::size_t requests = 0;
    std::size_t events = 0;
    for (const auto& result : results) {
        requests += result ? result->tables.requests.size() : 0;
        events += result ? result->tables.events.size() : 0;
    }
    incident.tables.requests.reserve(requests);
    incident.tables.events.reserve(events);
    for (const std::size_t index : rotationOrder(paths)) {
        if (!results[index])
            continue;
        ParsedFile& parsed = *results[index];
        const auto file = static_cast<FileIndex>(incident.report.files.size());
        incident.tables.append(parsed.tables, file);
        incident.report.bytes += parsed.report.bytes;
        incident.report.lines += parsed.report.lines;
        incident.report.files.push_back(std::move(parsed.report));
        incident.fileBytes.push_back(std::move(parsed.bytes));
        parsed.tables = RecordTables{};
    }
}

} // namespace

Importer::Importer(ImportOptions options)
    : m_options(std::move(options))
{}

std::shared_ptr<Incident> Importer::importPaths(const std::vector<std::string>& inputs,
                                                const std::atomic<bool>* cancel,
                                                const ProgressFn& progress) const
{
    const ReadFn read = [&](const BundleReader::Sink& sink, std::vector<BundleProblem>& problems,
                            const std::function<void(std::uint64_t, std::uint64_t)>& onBytes) {
        BundleReader(m_options.limits).read(inputs, sink, problems, cancel, onBytes);
    };
    return run(inputs, read, cancel, progress);
}

std::shared_ptr<Incident> Importer::importBytes(const std::string& name, SharedBytes bytes,
                                                const std::atomic<bool>* cancel,
                                                const ProgressFn& progress) const
{
    const std::uint64_t total = bytes ? bytes->size() : 0;
    const ReadFn read = [&](const BundleReader::Sink& sink, std::vector<BundleProblem>& problems,
                            const std::function<void(std::uint64_t, std::uint64_t)>& onBytes) {
        BundleReader(m_options.limits).readBytes(name, bytes, sink, problems, cancel);
        if (onBytes)
            onBytes(total, total);
    };
    return run({name}, read, cancel, progress);
}

std::shared_ptr<Incident> Importer::run(std::vector<std::string> inputs, const ReadFn& read,
                                        const std::atomic<bool>* cancel, const ProgressFn& progress) const
{
    const auto started = std::chrono::steady_clock::now();
    auto incident = std::make_shared<Incident>();
    incident->report.inputs = std::move(inputs);

    ParseQueue queue;
    const unsigned threads =
        m_options.threads != 0 ? m_options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            std::size_t index = 0;
            BundleEntry entry;
            while (queue.pop(index, entry))
                queue.store(index, parseFile(std::move(entry), m_options.parse, cancel));
        });
    }

    ImportProgress state;
    const auto report = [&](std::uint64_t done, std::uint64_t total) {
        if (!progress)
            return;
        state.inputBytesDone = done;
        state.inputBytesTotal = total;
        queue.counters(state.filesSeen, state.filesParsed, state.parsedBytes);
        progress(state);
    };
    read([&](BundleEntry&& entry) { queue.push(std::move(entry)); }, incident->report.problems, report);
    queue.close();
    for (auto& worker : workers)
        worker.join();

    auto results = queue.takeResults();
    dropDuplicateFiles(results, incident->report.problems);
    merge(*incident, results);
    incident->computeSpan();
    checkConsistency(*incident);
    incident->report.cancelled = cancel != nullptr && cancel->load();
    incident->report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) {
        queue.counters(state.filesSeen, state.filesParsed, state.parsedBytes);
        state.inputBytesDone = state.inputBytesTotal;
        progress(state);
    }
    return incident;
}

} // namespace rs
