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

// Parse tasks waiting for a thread: every piece of every file, in arrival order, so that the
// pieces of one big file spread over all threads while the reader prepares the next files. A gzip
// member still being inflated hands out its pieces as its lines arrive (GrowingBytes' listener, on
// the reader's thread), so parsing overlaps inflating.
class ParseQueue {
public:
    explicit ParseQueue(ParseOptions options)
        : m_options(options)
    {}

    // On the reader's thread.
    void push(BundleEntry entry)
    {
        auto* growing = dynamic_cast<const GrowingBytes*>(entry.bytes.get());
        auto job = std::make_shared<FileJob>(std::move(entry), m_options);
        std::size_t index = 0;
        {
            std::lock_guard lock(m_mutex);
            index = m_jobs.size();
            m_jobs.push_back(job);
            m_remaining.push_back(0);
            m_planned.push_back(false);
        }
        if (growing != nullptr && growing->state() == GrowingBytes::State::Growing) {
            // The reader owns the buffer and calls this while it inflates; the listener goes when
            // the buffer is finished or abandoned.
            growing->setListener([this, index] { schedule(index); });
        }
        schedule(index);
    }

    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

    // Runs tasks until the queue is closed and drained.
    void work(const std::atomic<bool>* cancel)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_ready.wait(lock, [&] { return m_closed || !m_pending.empty(); });
            if (m_pending.empty())
                return;
            const Task task = m_pending.front();
            m_pending.pop_front();
            FileJob& job = *m_jobs[task.job];
            lock.unlock();
            job.run(task.piece, cancel);
            lock.lock();
            --m_remaining[task.job];
            if (countIfDone(task.job)) {
                // Its last piece: joined now, so that a loose file's bytes go as soon as it is parsed.
                lock.unlock();
                job.complete();
                lock.lock();
            }
        }
    }

    void counters(std::uint64_t& seen, std::uint64_t& parsed, std::uint64_t& parsedBytes)
    {
        std::lock_guard lock(m_mutex);
        seen = m_jobs.size();
        parsed = m_parsed;
        parsedBytes = m_parsedBytes;
    }

    // Every file's joined result, by arrival index; empty for files the reader abandoned.
    // Call after the workers finished.
    std::vector<std::optional<ParsedFile>> takeResults()
    {
        std::vector<std::optional<ParsedFile>> results;
        results.reserve(m_jobs.size());
        for (auto& job : m_jobs)
            results.push_back(job->finish());
        m_jobs.clear();
        return results;
    }

private:
    struct Task {
        std::size_t job = 0;
        FileJob::Piece piece;
    };

    // On the reader's thread only, so a job's planning never runs twice at once.
    void schedule(std::size_t index)
    {
        FileJob* job = nullptr;
        {
            std::lock_guard lock(m_mutex);
            job = m_jobs[index].get();
        }
        const std::vector<FileJob::Piece> pieces = job->takePieces();
        bool done = false;
        {
            std::lock_guard lock(m_mutex);
            for (const FileJob::Piece& piece : pieces)
                m_pending.push_back({index, piece});
            m_remaining[index] += pieces.size();
            m_planned[index] = job->planned();
            done = countIfDone(index);
        }
        if (done)
            job->complete();
        if (pieces.size() > 1)
            m_ready.notify_all();
        else if (!pieces.empty())
            m_ready.notify_one();
    }

    // True once, when the job's every piece has run.
    bool countIfDone(std::size_t index) // with m_mutex held
    {
        if (m_planned[index] && m_remaining[index] == 0) {
            m_planned[index] = false; // counted once
            ++m_parsed;
            m_parsedBytes += m_jobs[index]->bytes();
            return true;
        }
        return false;
    }

    ParseOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Task> m_pending;
    std::vector<std::shared_ptr<FileJob>> m_jobs; // by arrival
    std::vector<std::size_t> m_remaining;         // pieces handed out and not yet parsed, per job
    std::vector<bool> m_planned;                  // every piece handed out, not yet counted as parsed
    std::uint64_t m_parsed = 0;
    std::uint64_t m_parsedBytes = 0;
    bool m_closed = false;
};

void merge(Incident& incident, std::vector<std::optional<ParsedFile>>& arrived)
{
    // Files the reader abandoned half-inflated (a limit, a cancellation) are left out, as if they
    // had never arrived: that is what reading without streaming gives.
    std::vector<std::optional<ParsedFile>> results;
    results.reserve(arrived.size());
    for (auto& result : arrived)
        if (result)
            results.push_back(std::move(result));
    std::vector<std::string> paths;
    paths.reserve(results.size());
    for (const auto& result : results)
        paths.push_back(result ? result->report.path : std::string());
    // Exact reservations: appending chunk after chunk would otherwise leave up to half of every
    // column unused, which at millions of requests is most of the store's heap.
    std::size_t requests = 0;
    std::size_t events = 0;
    for (const auto& result : results) {
        if (!result)
            continue;
        for (const RecordTables& part : result->parts) {
            requests += part.requests.size();
            events += part.events.size();
        }
    }
    incident.tables.requests.reserve(requests);
    incident.tables.events.reserve(events);
    for (const std::size_t index : rotationOrder(paths)) {
        if (!results[index])
            continue;
        ParsedFile& parsed = *results[index];
        const auto file = static_cast<FileIndex>(incident.report.files.size());
        for (const RecordTables& part : parsed.parts)
            incident.tables.append(part, file);
        incident.report.bytes += parsed.report.bytes;
        incident.report.lines += parsed.report.lines;
        incident.report.files.push_back(std::move(parsed.report));
        incident.fileText.push_back(std::move(parsed.text));

        parsed.parts.clear();
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
        BundleReader reader(m_options.limits);
        reader.setStreamGzip(m_options.pipelineGzip);
        reader.read(inputs, sink, problems, cancel, onBytes);
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
        BundleReader reader(m_options.limits);
        reader.setStreamGzip(m_options.pipelineGzip);
        reader.readBytes(name, bytes, sink, problems, cancel);
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

    ParseQueue queue(m_options.parse);
    const unsigned threads =
        m_options.threads != 0 ? m_options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
        workers.emplace_back([&] { queue.work(cancel); });
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
