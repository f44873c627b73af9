#include "local/ttl_sweeper.hpp"

#include <utility>

namespace dynamorm::local {

TtlSweeper::TtlSweeper(std::function<void()> sweep, std::chrono::milliseconds period)
    : sweep_(std::move(sweep)), period_(period), thread_([this] { run(); }) {}

TtlSweeper::~TtlSweeper() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void TtlSweeper::run() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, period_, [this] { return stopping_; })) {
        lock.unlock();
        try {
            sweep_();
        } catch (...) {
            // A failed sweep (a journal write, say) is retried on the next round.
        }
        lock.lock();
    }
}

}  // namespace dynamorm::local
