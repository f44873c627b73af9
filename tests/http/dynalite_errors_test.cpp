// HttpClient against dynalite: DynamoDB's errors come back as ServiceErrors with code, message,
// status and request id, and are not retried.
#include <gtest/gtest.h>

#include <string>

#include "http_support.hpp"

namespace {

using namespace httptest;

struct Fixture : ::testing::Test {
    Fixture() : client(make()) {}
    dc::HttpClient make() {
        dc::HttpClientOptions o = options(dynamorm::test::dynalite_endpoint());
        recorder.attach(o);
        return dc::HttpClient(std::move(o));
    }
    AttemptRecorder recorder;
    dc::HttpClient client;
};

using HttpDynaliteErrors = Fixture;

// Calls `f`, expects a ServiceError and returns it.
template <class F>
dynamorm::ServiceError service_error(F&& f) {
    try {
        f();
    } catch (const dynamorm::ServiceError& error) {
        return error;
    }
    ADD_FAILURE() << "no ServiceError";
    return dynamorm::ServiceError("none", "");
}

TEST_F(HttpDynaliteErrors, MissingTableIsResourceNotFound) {
    const std::string name = dynamorm::test::unique_table_name("missing");
    const auto error = service_error([&] { client.describe_table({.table_name = name}); });
    EXPECT_EQ(error.code(), "ResourceNotFoundException");
    EXPECT_EQ(error.message(), "Requested resource not found: Table: " + name + " not found");
    EXPECT_EQ(error.http_status(), 400);
    EXPECT_FALSE(error.request_id().empty());
    EXPECT_FALSE(error.retryable());

    const auto attempts = recorder.attempts();
    ASSERT_EQ(attempts.size(), 1u);  // not retried
    EXPECT_EQ(attempts[0].operation, "DescribeTable");
    EXPECT_EQ(attempts[0].http_status, 400);
    EXPECT_EQ(attempts[0].error, "ResourceNotFoundException");
    EXPECT_EQ(attempts[0].request_id, error.request_id());
    EXPECT_FALSE(attempts[0].will_retry);
}

TEST_F(HttpDynaliteErrors, InvalidRequestIsValidationException) {
    // The client sends requests as they are: the server finds what is wrong.
    auto error = service_error([&] {
        client.put_item({.table_name = "x", .item = Item{{"pk", "a"}}});
    });
    EXPECT_EQ(error.code(), "ValidationException");
    EXPECT_EQ(error.message(),
              "1 validation error detected: Value 'x' at 'tableName' failed to satisfy "
              "constraint: Member must have length greater than or equal to 3");
    EXPECT_FALSE(error.request_id().empty());

    error = service_error([&] {
        client.put_item({.table_name = dynamorm::test::unique_table_name("missing"),
                         .item = Item{{"pk", "a"}},
                         .condition_expression = ""});
    });
    EXPECT_EQ(error.code(), "ValidationException");
    EXPECT_EQ(error.message(), "Invalid ConditionExpression: The expression can not be empty;");
    EXPECT_EQ(recorder.attempts().size(), 2u);  // neither was retried
}

TEST_F(HttpDynaliteErrors, KeyNotMatchingTheSchemaIsValidationException) {
    const std::string table = create_table(client, "schema");
    recorder.clear();
    const auto error = service_error([&] {
        client.get_item({.table_name = table, .key = Item{{"pk", "a"}}});
    });
    EXPECT_EQ(error.code(), "ValidationException");
    EXPECT_EQ(error.message(), "The provided key element does not match the schema");
    EXPECT_EQ(recorder.attempts().size(), 1u);
}

TEST_F(HttpDynaliteErrors, FailedConditionIsConditionalCheckFailed) {
    const std::string table = create_table(client, "condition");
    const dc::PutItemRequest put{.table_name = table,
                                 .item = Item{{"pk", "a"}, {"sk", 1}, {"v", "first"}},
                                 .condition_expression = "attribute_not_exists(pk)"};
    client.put_item(put);
    recorder.clear();

    dc::PutItemRequest again = put;
    again.item = Item{{"pk", "a"}, {"sk", 1}, {"v", "second"}};
    const auto error = service_error([&] { client.put_item(again); });
    EXPECT_EQ(error.code(), "ConditionalCheckFailedException");
    EXPECT_EQ(error.message(), "The conditional request failed");
    EXPECT_EQ(error.http_status(), 400);
    EXPECT_FALSE(error.request_id().empty());
    EXPECT_EQ(recorder.attempts().size(), 1u);

    // Nothing was written.
    const auto got = client.get_item(
        {.table_name = table, .key = Item{{"pk", "a"}, {"sk", 1}}, .consistent_read = true});
    ASSERT_TRUE(got.item);
    EXPECT_EQ(got.item->at("v"), AttributeValue("first"));
}

TEST_F(HttpDynaliteErrors, EveryAnswerHasItsOwnRequestId) {
    client.list_tables({});
    client.list_tables({});
    const auto attempts = recorder.attempts();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].http_status, 200);
    EXPECT_TRUE(attempts[0].error.empty());
    EXPECT_FALSE(attempts[0].request_id.empty());
    EXPECT_NE(attempts[0].request_id, attempts[1].request_id);
}

TEST(HttpDynaliteTls, CertificatesAreVerified) {
    // dynalite's certificate is self-signed, expired and for another name: no HTTPS client may
    // accept it, and retrying cannot help.
    const dynamorm::test::DynaliteServer server(dynamorm::test::DynaliteServer::Scheme::Https);
    dc::HttpClientOptions o = options(server.endpoint());
    AttemptRecorder recorder;
    recorder.attach(o);
    dc::HttpClient client(std::move(o));
    try {
        client.list_tables({});
        ADD_FAILURE() << "an untrusted certificate was accepted";
    } catch (const dc::TransportError& error) {
        EXPECT_EQ(error.kind(), dc::TransportError::Kind::Tls) << error.what();
    }
    EXPECT_EQ(recorder.attempts().size(), 1u);
}

}  // namespace
