#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

namespace rs {

// The threads of a background job (an import, a search): each runs one piece of work and may
// outlive the run the window still waits for (a superseded one finishes its block first). A
// finished thread still holds its stack until joined, and long sessions start many: they are
// joined when the next one starts, and every one when the job goes.
class WorkerThreads {
public:
    WorkerThreads() = default;
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;
    ~WorkerThreads() { joinAll(); }

    void start(std::function<void()> work)
    {
        joinFinished();
        auto done = std::make_shared<std::atomic<bool>>(false);
        std::thread thread([done, work = std::move(work)] {
            work();
            done->store(true);
        });
        m_workers.push_back({std::move(thread), std::move(done)});
    }

    // Waits for every thread: the owner raised their cancel flags first.
    void joinAll()
    {
        for (Worker& worker : m_workers)
            worker.thread.join();
        m_workers.clear();
    }

private:
    void joinFinished()
    {
        for (auto it = m_workers.begin(); it != m_workers.end();) {
            if (it->done->load()) {
                it->thread.join();
                it = m_workers.erase(it);
            } else {
                ++it;
            }
        }
    }

    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::vector<Worker> m_workers;
};

} // namespace rs
