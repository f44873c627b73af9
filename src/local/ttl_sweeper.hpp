// A background thread that runs a task periodically (the engine's TTL deletions) and stops
// promptly when destroyed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace dynamorm::local {

class TtlSweeper {
  public:
    /// Starts the thread: it waits `period`, runs `sweep`, and so on. An exception `sweep`
    /// throws is dropped; the next round runs as usual.
    TtlSweeper(std::function<void()> sweep, std::chrono::milliseconds period);
    /// Wakes the thread and waits for it (at most for the sweep in progress).
    ~TtlSweeper();
    TtlSweeper(const TtlSweeper&) = delete;
    TtlSweeper& operator=(const TtlSweeper&) = delete;

  private:
    void run();

    std::function<void()> sweep_;
    std::chrono::milliseconds period_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;  // last: starts once everything above is ready
};

}  // namespace dynamorm::local
