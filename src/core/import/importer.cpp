#include "core/import/importer.h"

#include "core/import/consistencychecks.h"
#include "core/import/incidentmerge.h"
#include "core/util/memorytrace.h"

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
    ParseQueue(ParseOptions options, IncidentMerger& merger, std::uint64_t readAhead)
        : m_options(options)
        , m_merger(merger)
        , m_readAhead(readAhead)
    {}

    // On the reader's thread, before it reads a file and every few MiB while it streams one: waits
    // while the text handed to the parsers and not parsed yet is more than the read-ahead (each parsed
    // piece wakes it). Within a streamed member too: the reader outpaces the parsers, and what it
    // inflated ahead of them is resident until parsed. Text not cut into pieces yet (a line still
    // arriving, a document parsed whole once complete) does not count: no parser could take it.
    void waitForRoom(const std::atomic<bool>* cancel)
    {
        std::unique_lock lock(m_mutex);
        while (m_queuedBytes > m_readAhead && !(cancel != nullptr && cancel->load()))
            m_room.wait_for(lock, std::chrono::milliseconds(50));
    }

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
            m_completed.push_back(false);
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
            m_queuedBytes -= task.piece.end - task.piece.begin;
            m_room.notify_all();
            --m_remaining[task.job];
            if (countIfDone(task.job)) {
                // Its last piece: joined now, so that a loose file's bytes go as soon as it is parsed,
                // and merged as soon as the files before it are, so that its parts go too.
                lock.unlock();
                job.complete();
                lock.lock();
                m_completed[task.job] = true;
                m_room.notify_all();
                lock.unlock();
                mergeCompleted();
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

    // Merges the files not merged yet, in arrival order. Call after the workers finished.
    void mergeRest()
    {
        for (; m_merged < m_jobs.size(); ++m_merged)
            m_merger.add(m_jobs[m_merged]->finish());
        m_jobs.clear();
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
            for (const FileJob::Piece& piece : pieces) {
                m_pending.push_back({index, piece});
                m_queuedBytes += piece.end - piece.begin;
            }
            m_remaining[index] += pieces.size();
            m_planned[index] = job->planned();
            done = countIfDone(index);
        }
        if (done) {
            // Merged by the next worker that completes a file, or at the end: the reader's
            // thread goes back to reading.
            job->complete();
            std::lock_guard lock(m_mutex);
            m_completed[index] = true;
            m_room.notify_all();
        }
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

    // Merges the completed files that are next in arrival order. Without m_mutex held. One thread
    // merges at a time; a thread that finds another merging leaves its file to it.
    void mergeCompleted()
    {
        const auto nextCompleted = [this] {
            std::lock_guard lock(m_mutex);
            return m_merged < m_jobs.size() && m_completed[m_merged];
        };
        while (nextCompleted()) {
            std::unique_lock merging(m_merging, std::try_to_lock);
            if (!merging.owns_lock())
                return; // the merging thread looks again once it lets go
            while (nextCompleted()) {
                std::shared_ptr<FileJob> job;
                {
                    std::lock_guard lock(m_mutex);
                    job = m_jobs[m_merged];
                }
                m_merger.add(job->finish());
                std::lock_guard lock(m_mutex);
                ++m_merged;
            }
        }
    }

    ParseOptions m_options;
    IncidentMerger& m_merger;
    std::uint64_t m_readAhead;
    std::condition_variable m_room;  // a piece was parsed
    std::uint64_t m_queuedBytes = 0; // of the pieces handed out and not parsed yet
    std::mutex m_merging;            // held while a thread merges; m_merged changes only under it
    std::size_t m_merged = 0;        // files merged, in arrival order
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Task> m_pending;
    std::vector<std::shared_ptr<FileJob>> m_jobs; // by arrival
    std::vector<std::size_t> m_remaining;         // pieces handed out and not yet parsed, per job
    std::vector<bool> m_planned;                  // every piece handed out, not yet counted as parsed
    std::vector<bool> m_completed;                // joined, ready to merge
    std::uint64_t m_parsed = 0;
    std::uint64_t m_parsedBytes = 0;
    bool m_closed = false;
};

} // namespace

Importer::Importer(ImportOptions options)
    : m_options(std::move(options))
{}

std::shared_ptr<Incident> Importer::importPaths(const std::vector<std::string>& inputs,
                                                const std::atomic<bool>* cancel,
                                                const ProgressFn& progress) const
{
    const ReadFn read = [&](const BundleReader::Sink& sink, std::vector<BundleProblem>& problems,
                            const std::function<void(std::uint64_t, std::uint64_t)>& onBytes,
                            const std::function<void()>& beforeLeaf) {
        BundleReader reader(m_options.limits);
        reader.setStreamLeaves(m_options.pipelineLeaves);
        reader.setBeforeLeaf(beforeLeaf);
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
                            const std::function<void(std::uint64_t, std::uint64_t)>& onBytes,
                            const std::function<void()>& beforeLeaf) {
        BundleReader reader(m_options.limits);
        reader.setStreamLeaves(m_options.pipelineLeaves);
        reader.setBeforeLeaf(beforeLeaf);
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

    IncidentMerger merger(*incident);
    ParseQueue queue(m_options.parse, merger, m_options.readAheadBytes);
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
    read([&](BundleEntry&& entry) { queue.push(std::move(entry)); }, incident->report.problems, report,
         [&] { queue.waitForRoom(cancel); });
    queue.close();
    for (auto& worker : workers)
        worker.join();
    traceMemory("import: read and parsed");

    queue.mergeRest();
    merger.finish();
    traceMemory("import: merged in order");
    incident->computeSpan();
    checkConsistency(*incident);
    traceMemory("import: checked");
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
