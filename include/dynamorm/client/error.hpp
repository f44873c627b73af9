// ServiceError: an error DynamoDB (or the embedded engine, in DynamoDB's words) answered with.
// Its body on the wire is encoded and decoded by client/wire.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/value/error.hpp"

namespace dynamorm {

/// DynamoDB's error codes: the part of `__type` after '#'.
namespace errors {
inline constexpr std::string_view kAccessDenied = "AccessDeniedException";
inline constexpr std::string_view kConditionalCheckFailed = "ConditionalCheckFailedException";
inline constexpr std::string_view kIdempotentParameterMismatch =
    "IdempotentParameterMismatchException";
inline constexpr std::string_view kIncompleteSignature = "IncompleteSignatureException";
inline constexpr std::string_view kInternalServerError = "InternalServerError";
inline constexpr std::string_view kInvalidSignature = "InvalidSignatureException";
inline constexpr std::string_view kItemCollectionSizeLimitExceeded =
    "ItemCollectionSizeLimitExceededException";
inline constexpr std::string_view kLimitExceeded = "LimitExceededException";
inline constexpr std::string_view kMissingAuthenticationToken =
    "MissingAuthenticationTokenException";
inline constexpr std::string_view kProvisionedThroughputExceeded =
    "ProvisionedThroughputExceededException";
inline constexpr std::string_view kRequestLimitExceeded = "RequestLimitExceeded";
inline constexpr std::string_view kResourceInUse = "ResourceInUseException";
inline constexpr std::string_view kResourceNotFound = "ResourceNotFoundException";
inline constexpr std::string_view kSerialization = "SerializationException";
inline constexpr std::string_view kServiceUnavailable = "ServiceUnavailable";
inline constexpr std::string_view kThrottling = "ThrottlingException";
inline constexpr std::string_view kTransactionCanceled = "TransactionCanceledException";
inline constexpr std::string_view kTransactionConflict = "TransactionConflictException";
inline constexpr std::string_view kTransactionInProgress = "TransactionInProgressException";
inline constexpr std::string_view kUnknownOperation = "UnknownOperationException";
inline constexpr std::string_view kUnrecognizedClient = "UnrecognizedClientException";
inline constexpr std::string_view kValidation = "ValidationException";

/// The `__type` DynamoDB writes for `code`, with the namespace its front end uses for it:
/// `com.amazon.coral.validate#ValidationException`,
/// `com.amazon.coral.service#SerializationException` (and the other protocol and
/// authentication errors), `com.amazon.coral.availability#ThrottlingException`, and
/// `com.amazonaws.dynamodb.v20120810#<code>` for the rest.
std::string error_type(std::string_view code);

/// The code in a `__type`: what follows the last '#' (all of it when there is none).
std::string_view error_code_of_type(std::string_view type) noexcept;

/// The HTTP status DynamoDB answers `code` with: 500 for InternalServerError, 503 for
/// ServiceUnavailable, 400 for everything else.
int http_status_for(std::string_view code) noexcept;

/// The codes a client should retry after backing off: throttling
/// (ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded,
/// TransactionInProgressException).
bool is_throttling_code(std::string_view code) noexcept;
}  // namespace errors

/// An error answered by DynamoDB, or by the embedded engine in DynamoDB's words.
///
/// `what()` is "<code>: <message>" (just the code when there is no message).
class ServiceError : public DynamoException {
  public:
    /// The HTTP status follows from the code (errors::http_status_for).
    ServiceError(std::string code, std::string message);
    ServiceError(std::string code, std::string message, int http_status);

    static ServiceError validation(std::string message);
    static ServiceError serialization(std::string message);
    static ServiceError resource_not_found(std::string message);
    static ServiceError resource_in_use(std::string message);
    /// ConditionalCheckFailedException, "The conditional request failed" by default.
    static ServiceError conditional_check_failed(std::string message =
                                                     "The conditional request "
                                                     "failed");
    /// TransactionCanceledException with one reason per action and DynamoDB's message,
    /// "Transaction cancelled, please refer cancellation reasons for specific reasons [None,
    /// ConditionalCheckFailed]".
    static ServiceError transaction_canceled(std::vector<client::CancellationReason> reasons);
    static ServiceError internal(std::string message);

    /// DynamoDB's error code, e.g. "ResourceNotFoundException".
    const std::string& code() const noexcept { return code_; }
    /// DynamoDB's message (empty when it sent none).
    const std::string& message() const noexcept { return message_; }
    int http_status() const noexcept { return http_status_; }
    /// The x-amzn-RequestId of the answer (empty for the embedded engine).
    const std::string& request_id() const noexcept { return request_id_; }
    void set_request_id(std::string id) { request_id_ = std::move(id); }

    /// Worth retrying after a pause: throttling, and every 5xx answer.
    bool retryable() const noexcept;
    /// One of the throttling codes (errors::is_throttling_code).
    bool throttling() const noexcept;

    /// The item that failed the condition, when ReturnValuesOnConditionCheckFailure was
    /// ALL_OLD (ConditionalCheckFailedException).
    const std::optional<Item>& item() const noexcept { return item_; }
    void set_item(std::optional<Item> item) { item_ = std::move(item); }

    /// One reason per action, for TransactionCanceledException.
    const std::vector<client::CancellationReason>& cancellation_reasons() const noexcept {
        return cancellation_reasons_;
    }
    void set_cancellation_reasons(std::vector<client::CancellationReason> reasons) {
        cancellation_reasons_ = std::move(reasons);
    }

    bool is(std::string_view code) const noexcept { return code_ == code; }

  private:
    std::string code_;
    std::string message_;
    int http_status_;
    std::string request_id_;
    std::optional<Item> item_;
    std::vector<client::CancellationReason> cancellation_reasons_;
};

/// The ServiceError DynamoDB answers for a JsonError: SerializationException for kind
/// Serialization, ValidationException for kind Validation, with the error's detail (DynamoDB's
/// wording, without the path) as message.
ServiceError to_service_error(const JsonError& error);

}  // namespace dynamorm
