// The standard retry mode's rules on their own: classification, backoff and the quota.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "client/http/retry.hpp"

namespace {

namespace dc = dynamorm::client;
namespace http = dynamorm::client::http;
using dynamorm::ServiceError;
using std::chrono::microseconds;
using std::chrono::milliseconds;

TEST(RetryPolicy, ClassifiesServiceErrors) {
    for (const char* code :
         {"ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded",
          "TransactionInProgressException", "LimitExceededException", "Throttling", "SlowDown"}) {
        EXPECT_EQ(http::classify(ServiceError(code, "", 400)), http::RetryClass::Throttling)
            << code;
    }
    EXPECT_EQ(http::classify(ServiceError("UnknownError", "", 429)), http::RetryClass::Throttling);
    for (const int status : {500, 502, 503, 504}) {
        EXPECT_EQ(http::classify(ServiceError("InternalServerError", "", status)),
                  http::RetryClass::Transient)
            << status;
    }
    EXPECT_EQ(http::classify(ServiceError("RequestTimeout", "", 400)), http::RetryClass::Transient);
    for (const char* code : {"ValidationException", "ConditionalCheckFailedException",
                             "ResourceNotFoundException", "TransactionCanceledException",
                             "SerializationException", "UnrecognizedClientException"}) {
        EXPECT_EQ(http::classify(ServiceError(code, "", 400)), http::RetryClass::None) << code;
    }
    EXPECT_EQ(http::classify(ServiceError("NotImplemented", "", 501)), http::RetryClass::None);
}

TEST(RetryPolicy, ClassifiesTransportErrors) {
    using Kind = dc::TransportError::Kind;
    EXPECT_EQ(http::classify(dc::TransportError(Kind::Timeout, "")), http::RetryClass::Timeout);
    for (const Kind kind : {Kind::Connect, Kind::Connection, Kind::Checksum}) {
        EXPECT_EQ(http::classify(dc::TransportError(kind, "")), http::RetryClass::Transient);
    }
    for (const Kind kind : {Kind::Tls, Kind::InvalidResponse, Kind::Other}) {
        EXPECT_EQ(http::classify(dc::TransportError(kind, "")), http::RetryClass::None);
    }
    EXPECT_EQ(http::retry_cost(http::RetryClass::Timeout), 10);
    EXPECT_EQ(http::retry_cost(http::RetryClass::Throttling), 5);
    EXPECT_EQ(http::retry_cost(http::RetryClass::Transient), 5);
}

TEST(RetryPolicy, BackoffIsFullJitterUnderADoublingCeiling) {
    const dc::RetryOptions options{
        .max_attempts = 10, .base_delay = milliseconds(100), .max_backoff = milliseconds(1000)};
    // The ceiling: 100 ms, 200 ms, 400 ms, 800 ms, then the cap.
    const std::vector<long> ceilings_ms = {100, 200, 400, 800, 1000, 1000, 1000};
    for (std::size_t i = 0; i < ceilings_ms.size(); ++i) {
        const int retry = static_cast<int>(i) + 1;
        EXPECT_EQ(http::backoff_delay(retry, options, 0.0), microseconds(0));
        EXPECT_EQ(http::backoff_delay(retry, options, 0.5), microseconds(ceilings_ms[i] * 1000 / 2))
            << retry;
        EXPECT_EQ(http::backoff_delay(retry, options, 1.0), microseconds(ceilings_ms[i] * 1000))
            << retry;
    }
    // No overflow far out.
    EXPECT_EQ(http::backoff_delay(1000, options, 1.0), microseconds(1'000'000));
    // The defaults: 1 s doubling up to 20 s.
    const dc::RetryOptions defaults;
    EXPECT_EQ(defaults.max_attempts, 3);
    EXPECT_EQ(http::backoff_delay(1, defaults, 1.0), microseconds(1'000'000));
    EXPECT_EQ(http::backoff_delay(5, defaults, 1.0), microseconds(16'000'000));
    EXPECT_EQ(http::backoff_delay(6, defaults, 1.0), microseconds(20'000'000));
}

TEST(RetryPolicy, RandomNumbersStayInTheUnitInterval) {
    double low = 1.0;
    double high = 0.0;
    for (int i = 0; i < 2000; ++i) {
        const double r = http::unit_random();
        ASSERT_GE(r, 0.0);
        ASSERT_LT(r, 1.0);
        low = std::min(low, r);
        high = std::max(high, r);
    }
    EXPECT_LT(low, 0.1);  // spread over the interval, not stuck
    EXPECT_GT(high, 0.9);
}

TEST(RetryPolicy, QuotaTakesAndGivesBack) {
    http::RetryQuota quota;
    EXPECT_EQ(quota.available(), 500);
    for (int i = 0; i < 100; ++i)
        ASSERT_TRUE(quota.acquire(5));
    EXPECT_FALSE(quota.acquire(5));
    EXPECT_EQ(quota.available(), 0);
    quota.release(1);
    EXPECT_FALSE(quota.acquire(5));  // a failed acquire takes nothing
    EXPECT_EQ(quota.available(), 1);
    quota.release(10);
    EXPECT_TRUE(quota.acquire(10));
    quota.release(1000);
    EXPECT_EQ(quota.available(), 500);  // never above the capacity
}

TEST(RetryPolicy, QuotaIsThreadSafe) {
    http::RetryQuota quota;
    std::atomic<int> granted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i) {
                if (quota.acquire(5)) ++granted;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(granted.load(), 100);
    EXPECT_EQ(quota.available(), 0);
}

}  // namespace
