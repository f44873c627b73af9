// Helpers of the HTTP client tests: client options with test credentials and short retry
// delays, tables on dynalite, and a recorder for the logging hook.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "dynalite_server.hpp"
#include "dynamorm/client/http_client.hpp"

namespace httptest {

namespace dc = dynamorm::client;
using dynamorm::AttributeValue;
using dynamorm::Item;
using namespace std::chrono_literals;

inline constexpr std::string_view kAccessKey = "AKIDEXAMPLE";
inline constexpr std::string_view kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

/// Options for `endpoint` with test credentials and millisecond backoffs.
inline dc::HttpClientOptions options(std::string endpoint) {
    dc::HttpClientOptions o;
    o.endpoint = std::move(endpoint);
    o.region = "us-east-1";
    o.credentials = {std::string(kAccessKey), std::string(kSecret), ""};
    o.retry = {.max_attempts = 3, .base_delay = 1ms, .max_backoff = 5ms};
    return o;
}

/// What the logging hook was told, copied out of each AttemptLog.
struct LoggedAttempt {
    std::string operation;
    int attempt = 0;
    int http_status = 0;
    std::string request_id;
    std::string error;
    bool will_retry = false;
};

class AttemptRecorder {
  public:
    /// Installs the recorder as `o`'s hook; the recorder must outlive the client.
    void attach(dc::HttpClientOptions& o) {
        o.on_attempt = [this](const dc::AttemptLog& log) {
            const std::lock_guard lock(mutex_);
            attempts_.push_back({std::string(log.operation), log.attempt, log.http_status,
                                 std::string(log.request_id), std::string(log.error),
                                 log.will_retry});
        };
    }
    std::vector<LoggedAttempt> attempts() const {
        const std::lock_guard lock(mutex_);
        return attempts_;
    }
    void clear() {
        const std::lock_guard lock(mutex_);
        attempts_.clear();
    }

  private:
    mutable std::mutex mutex_;
    std::vector<LoggedAttempt> attempts_;
};

/// Creates a pay-per-request table keyed by `pk` (S) and, when `range`, `sk` (N); waits until it
/// is ACTIVE and returns its name.
inline std::string create_table(dc::Client& client, std::string_view prefix, bool range = true) {
    const std::string name = dynamorm::test::unique_table_name(prefix);
    dc::CreateTableRequest request;
    request.table_name = name;
    request.billing_mode = dc::BillingMode::PayPerRequest;
    request.attribute_definitions = {{"pk", dc::ScalarAttributeType::S}};
    request.key_schema = {{"pk", dc::KeyType::Hash}};
    if (range) {
        request.attribute_definitions->push_back({"sk", dc::ScalarAttributeType::N});
        request.key_schema->push_back({"sk", dc::KeyType::Range});
    }
    client.create_table(request);
    for (int i = 0; i < 200; ++i) {
        const auto described = client.describe_table({.table_name = name});
        if (described.table && described.table->table_status == dc::TableStatus::Active) {
            return name;
        }
        std::this_thread::sleep_for(25ms);
    }
    ADD_FAILURE() << "table " << name << " did not become ACTIVE";
    return name;
}

}  // namespace httptest
