// One call of the HTTP client: attempts, until one succeeds or retrying is over.
#include "client/http/sender.hpp"

#include <chrono>
#include <optional>
#include <thread>
#include <utility>
#include <variant>

#include "client/http/crc32.hpp"
#include "dynamorm/client/error.hpp"
#include "dynamorm/client/wire.hpp"

namespace dynamorm::client::http {
namespace {

std::shared_ptr<const CredentialsProvider> credentials_of(const HttpClientOptions& options) {
    if (options.credentials_provider) return options.credentials_provider;
    if (options.credentials.access_key_id.empty() ||
        options.credentials.secret_access_key.empty()) {
        throw ConfigurationError(
            "No credentials: set HttpClientOptions::credentials (an access key id and a secret "
            "access key) or HttpClientOptions::credentials_provider");
    }
    return std::make_shared<StaticCredentialsProvider>(options.credentials);
}

HttpClientOptions checked(HttpClientOptions options) {
    if (options.region.empty()) throw ConfigurationError("The region is empty");
    if (options.retry.max_attempts < 1) {
        throw ConfigurationError("RetryOptions::max_attempts must be at least 1");
    }
    if (options.connect_timeout.count() <= 0 || options.request_timeout.count() <= 0) {
        throw ConfigurationError("The connect and request timeouts must be positive");
    }
    if (options.retry.base_delay.count() < 0 || options.retry.max_backoff.count() < 0) {
        throw ConfigurationError("Retry delays cannot be negative");
    }
    return options;
}

// What one attempt came to.
struct Outcome {
    int status = 0;
    std::string request_id;
    std::string body;  // on success
    std::variant<std::monostate, ServiceError, TransportError> error;

    bool succeeded() const noexcept { return std::holds_alternative<std::monostate>(error); }
};

std::string_view error_label(const Outcome& outcome) noexcept {
    if (const auto* service = std::get_if<ServiceError>(&outcome.error)) return service->code();
    if (const auto* transport = std::get_if<TransportError>(&outcome.error)) {
        return transport->what();
    }
    return {};
}

RetryClass retry_class(const Outcome& outcome) noexcept {
    if (const auto* service = std::get_if<ServiceError>(&outcome.error)) return classify(*service);
    if (const auto* transport = std::get_if<TransportError>(&outcome.error)) {
        return classify(*transport);
    }
    return RetryClass::None;
}

[[noreturn]] void throw_error(Outcome& outcome) {
    if (auto* service = std::get_if<ServiceError>(&outcome.error)) throw std::move(*service);
    throw std::move(std::get<TransportError>(outcome.error));
}

}  // namespace

Sender::Sender(HttpClientOptions options)
    : options_(checked(std::move(options))),
      endpoint_(parse_endpoint(options_.endpoint)),
      credentials_(credentials_of(options_)),
      signer_(options_.region, "dynamodb", sigv4::Options{},
              std::make_shared<sigv4::SigningKeyCache>()),
      transport_(TransportOptions{.connect_timeout = options_.connect_timeout,
                                  .request_timeout = options_.request_timeout}) {}

std::vector<sigv4::Header> Sender::signed_headers(Operation operation,
                                                  std::string_view body) const {
    std::vector<sigv4::Header> headers{
        {"Host", endpoint_.host},
        {"Content-Type", "application/x-amz-json-1.0"},
        {"X-Amz-Target", target_of(operation)},
    };
    const sigv4::Request request{
        .method = "POST", .path = endpoint_.path, .headers = headers, .body = body};
    sigv4::HeaderSignature signature =
        signer_.sign(request, credentials_->credentials(), std::chrono::system_clock::now());
    for (sigv4::Header& header : signature.headers)
        headers.push_back(std::move(header));
    return headers;
}

TransportError Sender::invalid_response(Operation operation, const std::string& why) const {
    return TransportError(TransportError::Kind::InvalidResponse,
                          std::string(operation_name(operation)) + " to " + endpoint_.url +
                              ": the answer is not a " + std::string(operation_name(operation)) +
                              " response: " + why);
}

std::string Sender::exchange(Operation operation, std::string_view body) {
    const std::string_view name = operation_name(operation);
    const std::string prefix = std::string(name) + " to ";
    int last_retry_cost = 0;  // what the last retry took from the quota
    for (int attempt = 1;; ++attempt) {
        const auto start = std::chrono::steady_clock::now();
        Outcome outcome;
        const std::vector<sigv4::Header> headers = signed_headers(operation, body);
        try {
            HttpResponse response = transport_.post(endpoint_.url, headers, body);
            outcome.status = response.status;
            if (const std::string* id = response.header("x-amzn-RequestId")) {
                outcome.request_id = *id;
            }
            const std::string* crc = response.header("x-amz-crc32");
            if (crc != nullptr && !crc32_matches(*crc, response.body)) {
                outcome.error = TransportError(
                    TransportError::Kind::Checksum,
                    prefix + endpoint_.url + ": the answer does not match its x-amz-crc32 header" +
                        (outcome.request_id.empty() ? ""
                                                    : " (request " + outcome.request_id + ")"));
            } else if (response.status >= 200 && response.status < 300) {
                outcome.body = std::move(response.body);
            } else {
                outcome.error = decode_error(response.body, response.status, outcome.request_id);
            }
        } catch (const TransportError& error) {
            outcome.error = TransportError(error.kind(), prefix + error.what());
        }

        const RetryClass retry = retry_class(outcome);
        bool will_retry = false;
        if (outcome.succeeded()) {
            quota_.release(last_retry_cost > 0 ? last_retry_cost : RetryQuota::kNoRetryIncrement);
        } else if (retry != RetryClass::None && attempt < options_.retry.max_attempts &&
                   quota_.acquire(retry_cost(retry))) {
            will_retry = true;
            last_retry_cost = retry_cost(retry);
        }

        if (options_.on_attempt) {
            const AttemptLog log{
                .operation = name,
                .attempt = attempt,
                .http_status = outcome.status,
                .request_id = outcome.request_id,
                .error = error_label(outcome),
                .will_retry = will_retry,
                .elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::steady_clock::now() - start),
            };
            options_.on_attempt(log);
        }

        if (outcome.succeeded()) return std::move(outcome.body);
        if (!will_retry) throw_error(outcome);
        std::this_thread::sleep_for(backoff_delay(attempt, options_.retry, unit_random()));
    }
}

}  // namespace dynamorm::client::http
