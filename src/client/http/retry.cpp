// The standard retry mode's rules, as the AWS SDKs share them.
#include "client/http/retry.hpp"

#include <algorithm>
#include <random>
#include <string_view>

namespace dynamorm::client::http {
namespace {

// The SDKs' throttling codes (their list is shared by every service; DynamoDB answers with
// ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded,
// TransactionInProgressException and LimitExceededException).
constexpr std::string_view kThrottlingCodes[] = {
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "EC2ThrottledException",
};

constexpr std::string_view kTransientCodes[] = {
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
};

constexpr int kTransientStatuses[] = {500, 502, 503, 504};

template <class List, class T>
bool contains(const List& list, const T& value) noexcept {
    return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

}  // namespace

bool is_throttling_error_code(std::string_view code) noexcept {
    return contains(kThrottlingCodes, code);
}

RetryClass classify(const ServiceError& error) noexcept {
    if (is_throttling_error_code(error.code()) || error.http_status() == 429) {
        return RetryClass::Throttling;
    }
    if (contains(kTransientCodes, std::string_view(error.code())) ||
        contains(kTransientStatuses, error.http_status())) {
        return RetryClass::Transient;
    }
    return RetryClass::None;
}

RetryClass classify(const TransportError& error) noexcept {
    if (error.kind() == TransportError::Kind::Timeout) return RetryClass::Timeout;
    return error.transient() ? RetryClass::Transient : RetryClass::None;
}

int retry_cost(RetryClass retry_class) noexcept {
    return retry_class == RetryClass::Timeout ? RetryQuota::kTimeoutRetryCost
                                              : RetryQuota::kRetryCost;
}

bool RetryQuota::acquire(int cost) noexcept {
    const std::lock_guard lock(mutex_);
    if (available_ < cost) return false;
    available_ -= cost;
    return true;
}

void RetryQuota::release(int amount) noexcept {
    const std::lock_guard lock(mutex_);
    available_ = std::min(kCapacity, available_ + amount);
}

int RetryQuota::available() const noexcept {
    const std::lock_guard lock(mutex_);
    return available_;
}

std::chrono::microseconds backoff_delay(int retry, const RetryOptions& options,
                                        double unit_random) noexcept {
    using std::chrono::microseconds;
    const auto cap = std::chrono::duration_cast<microseconds>(options.max_backoff);
    auto ceiling = std::chrono::duration_cast<microseconds>(options.base_delay);
    for (int i = 1; i < retry && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, cap);
    const double fraction = std::clamp(unit_random, 0.0, 1.0);
    return microseconds(
        static_cast<microseconds::rep>(static_cast<double>(ceiling.count()) * fraction));
}

double unit_random() noexcept {
    thread_local std::mt19937_64 engine{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

}  // namespace dynamorm::client::http
