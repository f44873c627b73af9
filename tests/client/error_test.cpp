// ServiceError: codes, HTTP statuses, retries, and its JSON body both ways.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/wire.hpp"

namespace {

namespace dc = dynamorm::client;
using dynamorm::Item;
using dynamorm::ServiceError;
namespace errors = dynamorm::errors;

TEST(ServiceError, CarriesCodeMessageAndStatus) {
    const ServiceError error = ServiceError::resource_not_found("Requested resource not found");
    EXPECT_EQ(error.code(), "ResourceNotFoundException");
    EXPECT_EQ(error.message(), "Requested resource not found");
    EXPECT_STREQ(error.what(), "ResourceNotFoundException: Requested resource not found");
    EXPECT_EQ(error.http_status(), 400);
    EXPECT_TRUE(error.is(errors::kResourceNotFound));
    EXPECT_FALSE(error.retryable());
    const dynamorm::DynamoException& base = error;  // caught as the root of every exception
    EXPECT_NE(std::string(base.what()).find("Requested"), std::string::npos);

    EXPECT_STREQ(ServiceError("UnknownOperationException", "").what(), "UnknownOperationException");
}

TEST(ServiceError, StatusesAndRetries) {
    EXPECT_EQ(ServiceError::internal("Internal server error").http_status(), 500);
    EXPECT_TRUE(ServiceError::internal("x").retryable());
    EXPECT_FALSE(ServiceError::internal("x").throttling());
    EXPECT_EQ(ServiceError("ServiceUnavailable", "").http_status(), 503);
    EXPECT_TRUE(ServiceError("ServiceUnavailable", "").retryable());
    for (const auto code : {errors::kProvisionedThroughputExceeded, errors::kThrottling,
                            errors::kRequestLimitExceeded, errors::kTransactionInProgress}) {
        const ServiceError error{std::string(code), "slow down"};
        EXPECT_EQ(error.http_status(), 400) << code;
        EXPECT_TRUE(error.throttling()) << code;
        EXPECT_TRUE(error.retryable()) << code;
    }
    for (const auto code : {errors::kConditionalCheckFailed, errors::kValidation,
                            errors::kTransactionCanceled, errors::kResourceInUse}) {
        EXPECT_FALSE(ServiceError(std::string(code), "").retryable()) << code;
    }
    // An explicit status wins, e.g. a 5xx for any code.
    EXPECT_TRUE(ServiceError("Whatever", "", 502).retryable());
}

TEST(ServiceError, TransactionCanceledMessageListsTheReasons) {
    const ServiceError error =
        ServiceError::transaction_canceled({{.code = "None"},
                                            {.item = Item{{"id", "a"}},
                                             .code = "ConditionalCheckFailed",
                                             .message = "The conditional request failed"}});
    EXPECT_EQ(error.code(), "TransactionCanceledException");
    EXPECT_EQ(error.message(),
              "Transaction cancelled, please refer cancellation reasons for specific reasons "
              "[None, ConditionalCheckFailed]");
    ASSERT_EQ(error.cancellation_reasons().size(), 2U);
    EXPECT_EQ(error.cancellation_reasons()[1].item, (Item{{"id", "a"}}));
}

TEST(ServiceError, FromJsonError) {
    const ServiceError serialization = dynamorm::to_service_error(
        dynamorm::JsonError("TableName", "NUMBER_VALUE cannot be converted to String",
                            dynamorm::JsonError::Kind::Serialization));
    EXPECT_EQ(serialization.code(), "SerializationException");
    EXPECT_EQ(serialization.message(), "NUMBER_VALUE cannot be converted to String");
    const ServiceError validation = dynamorm::to_service_error(
        dynamorm::JsonError("Item.a", "Supplied AttributeValue is empty"));
    EXPECT_EQ(validation.code(), "ValidationException");
    EXPECT_EQ(validation.message(), "Supplied AttributeValue is empty");
}

TEST(ErrorType, NamespacesOfDynamoDBsFrontEnd) {
    EXPECT_EQ(errors::error_type("ValidationException"),
              "com.amazon.coral.validate#ValidationException");
    EXPECT_EQ(errors::error_type("SerializationException"),
              "com.amazon.coral.service#SerializationException");
    EXPECT_EQ(errors::error_type("UnknownOperationException"),
              "com.amazon.coral.service#UnknownOperationException");
    EXPECT_EQ(errors::error_type("MissingAuthenticationTokenException"),
              "com.amazon.coral.service#MissingAuthenticationTokenException");
    EXPECT_EQ(errors::error_type("ThrottlingException"),
              "com.amazon.coral.availability#ThrottlingException");
    EXPECT_EQ(errors::error_type("ResourceNotFoundException"),
              "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
    EXPECT_EQ(errors::error_code_of_type("com.amazonaws.dynamodb.v20120810#ResourceInUseException"),
              "ResourceInUseException");
    EXPECT_EQ(errors::error_code_of_type("ThrottlingException"), "ThrottlingException");
}

// ---- Bodies -------------------------------------------------------------------------------

TEST(ErrorBody, EncodesWithDynamoDBsSpellingOfMessage) {
    EXPECT_EQ(dc::to_json(ServiceError::resource_not_found("Requested resource not found")),
              R"({"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",)"
              R"("message":"Requested resource not found"})");
    EXPECT_EQ(dc::to_json(ServiceError::validation("1 validation error detected: x")),
              R"({"__type":"com.amazon.coral.validate#ValidationException",)"
              R"("message":"1 validation error detected: x"})");
    EXPECT_EQ(
        dc::to_json(ServiceError::serialization("NUMBER_VALUE cannot be converted to String")),
        R"({"__type":"com.amazon.coral.service#SerializationException",)"
        R"("Message":"NUMBER_VALUE cannot be converted to String"})");
    EXPECT_EQ(dc::to_json(ServiceError("UnknownOperationException", "")),
              R"({"__type":"com.amazon.coral.service#UnknownOperationException"})");
}

TEST(ErrorBody, EncodesTheItemOfAFailedCondition) {
    ServiceError error = ServiceError::conditional_check_failed();
    error.set_item(Item{{"id", "a"}, {"n", 1}});
    EXPECT_EQ(dc::to_json(error),
              R"({"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",)"
              R"("message":"The conditional request failed",)"
              R"("Item":{"id":{"S":"a"},"n":{"N":"1"}}})");
}

TEST(ErrorBody, EncodesCancellationReasons) {
    const ServiceError error =
        ServiceError::transaction_canceled({{.code = "None"},
                                            {.item = Item{{"id", "a"}},
                                             .code = "ConditionalCheckFailed",
                                             .message = "The conditional request failed"}});
    EXPECT_EQ(dc::to_json(error),
              R"({"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException",)"
              R"("CancellationReasons":[{"Code":"None"},{"Item":{"id":{"S":"a"}},)"
              R"("Code":"ConditionalCheckFailed","Message":"The conditional request failed"}],)"
              R"("Message":"Transaction cancelled, please refer cancellation reasons for )"
              R"(specific reasons [None, ConditionalCheckFailed]"})");
}

TEST(ErrorBody, DecodesEitherSpellingAndTheExtras) {
    ServiceError error = dc::decode_error(
        R"({"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",)"
        R"("message":"Requested resource not found: Table: things not found"})",
        400, "REQ123");
    EXPECT_EQ(error.code(), "ResourceNotFoundException");
    EXPECT_EQ(error.message(), "Requested resource not found: Table: things not found");
    EXPECT_EQ(error.request_id(), "REQ123");
    EXPECT_EQ(error.http_status(), 400);

    error = dc::decode_error(R"({"__type":"com.amazon.coral.service#SerializationException",)"
                             R"("Message":"Unexpected field type"})");
    EXPECT_EQ(error.code(), "SerializationException");
    EXPECT_EQ(error.message(), "Unexpected field type");

    error = dc::decode_error(
        R"({"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException",)"
        R"("CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed",)"
        R"("Message":"The conditional request failed","Item":{"id":{"S":"a"}}}],)"
        R"("Message":"Transaction cancelled, please refer cancellation reasons for specific )"
        R"(reasons [None, ConditionalCheckFailed]"})");
    EXPECT_EQ(error.code(), "TransactionCanceledException");
    ASSERT_EQ(error.cancellation_reasons().size(), 2U);
    EXPECT_EQ(error.cancellation_reasons()[0].code, "None");
    EXPECT_FALSE(error.cancellation_reasons()[0].message);
    EXPECT_EQ(error.cancellation_reasons()[1].item, (Item{{"id", "a"}}));

    error = dc::decode_error(
        R"({"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",)"
        R"("message":"The conditional request failed","Item":{"n":{"N":"5"}}})");
    EXPECT_EQ(error.item(), (Item{{"n", 5}}));

    error = dc::decode_error(R"({"__type":"com.amazon.coral.service#UnknownOperationException"})");
    EXPECT_EQ(error.code(), "UnknownOperationException");
    EXPECT_EQ(error.message(), "");
}

TEST(ErrorBody, RoundTrip) {
    ServiceError error = ServiceError::transaction_canceled(
        {{.code = "TransactionConflict", .message = "Transaction is ongoing for the item"}});
    error = dc::decode_error(dc::to_json(error));
    EXPECT_EQ(error.code(), "TransactionCanceledException");
    ASSERT_EQ(error.cancellation_reasons().size(), 1U);
    EXPECT_EQ(error.cancellation_reasons()[0].message, "Transaction is ongoing for the item");
    EXPECT_EQ(dc::decode_error(dc::to_json(ServiceError::validation("bad"))).message(), "bad");
}

TEST(ErrorBody, MalformedBodiesStillGiveAnError) {
    ServiceError error = dc::decode_error("<html>Bad Gateway</html>", 502);
    EXPECT_EQ(error.code(), "InternalServerError");
    EXPECT_EQ(error.message(), "<html>Bad Gateway</html>");
    EXPECT_EQ(error.http_status(), 502);
    EXPECT_TRUE(error.retryable());

    error = dc::decode_error(R"({"message":"no type"})", 400);
    EXPECT_EQ(error.code(), "UnknownError");
    EXPECT_FALSE(error.retryable());

    // A malformed extra member does not hide the error itself.
    error = dc::decode_error(
        R"({"__type":"x#TransactionCanceledException","CancellationReasons":[5],"Message":"m"})");
    EXPECT_EQ(error.code(), "TransactionCanceledException");
    EXPECT_EQ(error.message(), "m");
    EXPECT_TRUE(error.cancellation_reasons().empty());
}

}  // namespace
