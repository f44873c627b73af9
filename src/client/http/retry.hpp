// The AWS SDKs' "standard" retry mode: which failures are retried, how long to wait, and the
// retry quota that stops retries when most attempts fail. Internal to the library; the rules
// are summed up on RetryOptions in client/http_client.hpp.
#pragma once

#include <chrono>
#include <mutex>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/http_client.hpp"
#include "dynamorm/client/http_error.hpp"

namespace dynamorm::client::http {

/// How a failure is retried.
enum class RetryClass {
    None,        ///< not retried
    Transient,   ///< 5xx, transient codes, broken connections, checksum mismatches
    Throttling,  ///< throttling codes, HTTP 429
    Timeout,     ///< a timed-out attempt: retried at twice the quota cost
};

RetryClass classify(const ServiceError& error) noexcept;
RetryClass classify(const TransportError& error) noexcept;

/// One of the SDKs' throttling error codes.
bool is_throttling_error_code(std::string_view code) noexcept;

/// The quota tokens a retry after such a failure costs: 5, or 10 after a timeout.
int retry_cost(RetryClass retry_class) noexcept;

/// The shared token bucket of the standard mode; thread-safe.
class RetryQuota {
  public:
    static constexpr int kCapacity = 500;
    static constexpr int kRetryCost = 5;
    static constexpr int kTimeoutRetryCost = 10;
    static constexpr int kNoRetryIncrement = 1;

    /// Takes `cost` tokens when there are that many; otherwise takes nothing and returns false.
    bool acquire(int cost) noexcept;
    /// Gives back `amount` tokens, up to the capacity.
    void release(int amount) noexcept;
    int available() const noexcept;

  private:
    mutable std::mutex mutex_;
    int available_ = kCapacity;
};

/// The wait before retry number `retry` (1 for the first retry): `unit_random` (in [0, 1)) times
/// min(base_delay * 2^(retry-1), max_backoff).
std::chrono::microseconds backoff_delay(int retry, const RetryOptions& options,
                                        double unit_random) noexcept;

/// A uniformly random number in [0, 1), from a generator of the calling thread.
double unit_random() noexcept;

}  // namespace dynamorm::client::http
