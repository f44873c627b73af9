// ServiceError and DynamoDB's error codes.
#include "dynamorm/client/error.hpp"

#include <string>

namespace dynamorm {
namespace errors {
namespace {

// The errors DynamoDB's front end (not DynamoDB itself) raises: protocol and authentication.
constexpr std::string_view kCoralServiceCodes[] = {
    kSerialization,    kUnknownOperation,           kAccessDenied,       kIncompleteSignature,
    kInvalidSignature, kMissingAuthenticationToken, kUnrecognizedClient,
};

constexpr std::string_view kThrottlingCodes[] = {
    kProvisionedThroughputExceeded,
    kThrottling,
    kRequestLimitExceeded,
    kTransactionInProgress,
};

}  // namespace

std::string error_type(std::string_view code) {
    std::string_view prefix = "com.amazonaws.dynamodb.v20120810#";
    if (code == kValidation) {
        prefix = "com.amazon.coral.validate#";
    } else if (code == kThrottling) {
        prefix = "com.amazon.coral.availability#";
    } else {
        for (std::string_view coral : kCoralServiceCodes) {
            if (code == coral) prefix = "com.amazon.coral.service#";
        }
    }
    std::string type(prefix);
    type += code;
    return type;
}

std::string_view error_code_of_type(std::string_view type) noexcept {
    const auto hash = type.rfind('#');
    return hash == std::string_view::npos ? type : type.substr(hash + 1);
}

int http_status_for(std::string_view code) noexcept {
    if (code == kInternalServerError) return 500;
    if (code == kServiceUnavailable) return 503;
    return 400;
}

bool is_throttling_code(std::string_view code) noexcept {
    for (std::string_view throttling : kThrottlingCodes) {
        if (code == throttling) return true;
    }
    return false;
}

}  // namespace errors

namespace {

std::string describe(const std::string& code, const std::string& message) {
    return message.empty() ? code : code + ": " + message;
}

}  // namespace

ServiceError::ServiceError(std::string code, std::string message)
    : ServiceError(code, std::move(message), errors::http_status_for(code)) {}

ServiceError::ServiceError(std::string code, std::string message, int http_status)
    : DynamoException(describe(code, message)),
      code_(std::move(code)),
      message_(std::move(message)),
      http_status_(http_status) {}

ServiceError ServiceError::validation(std::string message) {
    return ServiceError(std::string(errors::kValidation), std::move(message));
}

ServiceError ServiceError::serialization(std::string message) {
    return ServiceError(std::string(errors::kSerialization), std::move(message));
}

ServiceError ServiceError::resource_not_found(std::string message) {
    return ServiceError(std::string(errors::kResourceNotFound), std::move(message));
}

ServiceError ServiceError::resource_in_use(std::string message) {
    return ServiceError(std::string(errors::kResourceInUse), std::move(message));
}

ServiceError ServiceError::conditional_check_failed(std::string message) {
    return ServiceError(std::string(errors::kConditionalCheckFailed), std::move(message));
}

ServiceError ServiceError::transaction_canceled(std::vector<client::CancellationReason> reasons) {
    std::string message =
        "Transaction cancelled, please refer cancellation reasons for specific reasons [";
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        if (i > 0) message += ", ";
        message += reasons[i].code.value_or("None");
    }
    message += ']';
    ServiceError error(std::string(errors::kTransactionCanceled), std::move(message));
    error.set_cancellation_reasons(std::move(reasons));
    return error;
}

ServiceError ServiceError::internal(std::string message) {
    return ServiceError(std::string(errors::kInternalServerError), std::move(message));
}

bool ServiceError::retryable() const noexcept {
    return http_status_ >= 500 || throttling();
}

bool ServiceError::throttling() const noexcept {
    return errors::is_throttling_code(code_);
}

ServiceError to_service_error(const JsonError& error) {
    return error.is_serialization() ? ServiceError::serialization(error.detail())
                                    : ServiceError::validation(error.detail());
}

}  // namespace dynamorm
