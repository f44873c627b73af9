// The standard retry mode against the fault server: what is retried, how often, the retry quota,
// and the x-amz-crc32 check.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fault_server.hpp"
#include "http_support.hpp"

namespace {

using namespace httptest;
using dynamorm::ServiceError;
using dynamorm::test::FaultAnswer;
using dynamorm::test::FaultServer;

const std::string kItemBody = R"({"Item":{"pk":{"S":"a"},"n":{"N":"7"}}})";
const Item kItem{{"pk", "a"}, {"n", 7}};

struct HttpRetries : ::testing::Test {
    dc::HttpClient client(int max_attempts = 3) {
        dc::HttpClientOptions o = options(server.endpoint());
        o.retry.max_attempts = max_attempts;
        recorder.attach(o);
        return dc::HttpClient(std::move(o));
    }
    dc::GetItemResponse get(dc::HttpClient& c) {
        return c.get_item({.table_name = "t", .key = Item{{"pk", "a"}}});
    }
    std::vector<bool> will_retry() const {
        std::vector<bool> flags;
        for (const LoggedAttempt& a : recorder.attempts())
            flags.push_back(a.will_retry);
        return flags;
    }

    FaultServer server;
    AttemptRecorder recorder;
};

TEST_F(HttpRetries, ThrottlingIsRetriedUntilTheAnswerComes) {
    server.script({FaultAnswer::error(400, "ProvisionedThroughputExceededException", "slow down"),
                   FaultAnswer::error(400, "ThrottlingException", "Rate exceeded"),
                   FaultAnswer::ok(kItemBody)});
    dc::HttpClient c = client();
    const dc::GetItemResponse response = get(c);
    ASSERT_TRUE(response.item);
    EXPECT_EQ(*response.item, kItem);
    EXPECT_EQ(server.request_count(), 3u);
    EXPECT_EQ(will_retry(), (std::vector<bool>{true, true, false}));
    const auto attempts = recorder.attempts();
    EXPECT_EQ(attempts[0].error, "ProvisionedThroughputExceededException");
    EXPECT_EQ(attempts[1].error, "ThrottlingException");
    EXPECT_EQ(attempts[2].attempt, 3);
    EXPECT_EQ(attempts[2].request_id, "fault-3");
    // Two retries took 5 tokens each; the success gave back the last retry's 5.
    EXPECT_EQ(c.retry_tokens(), 495);
}

TEST_F(HttpRetries, ServerErrorsAndTooManyRequestsAreRetried) {
    FaultAnswer html;  // a proxy's answer: no DynamoDB error body
    html.status = 502;
    html.body = "<html>Bad Gateway</html>";
    FaultAnswer too_many;
    too_many.status = 429;
    too_many.body = "slow down";
    server.script({FaultAnswer::error(500, "InternalServerError", "oops"), html,
                   FaultAnswer::error(503, "ServiceUnavailable", ""), too_many,
                   FaultAnswer::ok(kItemBody)});
    dc::HttpClient c = client(5);
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(server.request_count(), 5u);
}

TEST_F(HttpRetries, GivesUpAfterMaxAttempts) {
    server.script({}, FaultAnswer::error(500, "InternalServerError", "still broken"));
    dc::HttpClient c = client();
    try {
        get(c);
        ADD_FAILURE() << "no error";
    } catch (const ServiceError& error) {
        EXPECT_EQ(error.code(), "InternalServerError");
        EXPECT_EQ(error.message(), "still broken");
        EXPECT_EQ(error.http_status(), 500);
        EXPECT_EQ(error.request_id(), "fault-3");  // the last answer's
    }
    EXPECT_EQ(server.request_count(), 3u);
    EXPECT_EQ(will_retry(), (std::vector<bool>{true, true, false}));
    EXPECT_EQ(c.retry_tokens(), 490);  // nothing given back
}

TEST_F(HttpRetries, MaxAttemptsIsConfigurable) {
    server.script({}, FaultAnswer::error(503, "ServiceUnavailable", ""));
    dc::HttpClient five = client(5);
    EXPECT_THROW(get(five), ServiceError);
    EXPECT_EQ(server.request_count(), 5u);

    dc::HttpClient once = client(1);
    EXPECT_THROW(get(once), ServiceError);
    EXPECT_EQ(server.request_count(), 6u);
}

TEST_F(HttpRetries, ClientErrorsAreNotRetried) {
    for (const char* code : {"ValidationException", "ConditionalCheckFailedException",
                             "ResourceNotFoundException", "AccessDeniedException"}) {
        server.script({FaultAnswer::error(400, code, "no")}, FaultAnswer::ok(kItemBody));
        const std::size_t before = server.request_count();
        dc::HttpClient c = client();
        try {
            get(c);
            ADD_FAILURE() << code << " was not thrown";
        } catch (const ServiceError& error) {
            EXPECT_EQ(error.code(), code);
        }
        EXPECT_EQ(server.request_count(), before + 1) << code;
        EXPECT_EQ(c.retry_tokens(), 500);
    }
}

TEST_F(HttpRetries, ABadCrc32IsRetried) {
    FaultAnswer damaged = FaultAnswer::ok(kItemBody);
    damaged.crc32 = 12345;
    server.script({damaged, damaged, FaultAnswer::ok(kItemBody)});
    dc::HttpClient c = client();
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(server.request_count(), 3u);
    const auto attempts = recorder.attempts();
    ASSERT_EQ(attempts.size(), 3u);
    EXPECT_NE(attempts[0].error.find("x-amz-crc32"), std::string::npos) << attempts[0].error;
    EXPECT_EQ(attempts[0].http_status, 200);
}

TEST_F(HttpRetries, ABadCrc32ToTheEndIsAChecksumError) {
    FaultAnswer damaged = FaultAnswer::ok(kItemBody);
    damaged.crc32 = 0;
    server.script({}, damaged);
    dc::HttpClient c = client();
    try {
        get(c);
        ADD_FAILURE() << "no error";
    } catch (const dc::TransportError& error) {
        EXPECT_EQ(error.kind(), dc::TransportError::Kind::Checksum);
        EXPECT_NE(std::string(error.what()).find("GetItem to " + server.endpoint()),
                  std::string::npos)
            << error.what();
    }
    EXPECT_EQ(server.request_count(), 3u);
}

TEST_F(HttpRetries, AnAnswerWithoutCrc32IsAccepted) {
    FaultAnswer plain = FaultAnswer::ok(kItemBody);
    plain.omit_crc32 = true;
    server.script({plain});
    dc::HttpClient c = client();
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(server.request_count(), 1u);
}

TEST_F(HttpRetries, BrokenConnectionsAreRetried) {
    FaultAnswer reset;
    reset.action = FaultAnswer::Action::Reset;
    FaultAnswer truncated = FaultAnswer::ok(kItemBody);
    truncated.action = FaultAnswer::Action::Truncate;
    server.script({reset, truncated, FaultAnswer::ok(kItemBody)});
    dc::HttpClient c = client();
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(server.request_count(), 3u);
    EXPECT_EQ(will_retry(), (std::vector<bool>{true, true, false}));
    EXPECT_EQ(recorder.attempts()[0].http_status, 0);  // no answer
}

TEST_F(HttpRetries, TimeoutsAreRetriedAtTenTokens) {
    FaultAnswer slow = FaultAnswer::ok(kItemBody);
    slow.delay = std::chrono::milliseconds(2000);
    server.script({slow, slow}, FaultAnswer::ok(kItemBody));
    dc::HttpClientOptions o = options(server.endpoint());
    o.request_timeout = std::chrono::milliseconds(150);
    o.retry.max_attempts = 2;
    recorder.attach(o);
    dc::HttpClient c(std::move(o));
    try {
        get(c);
        ADD_FAILURE() << "no error";
    } catch (const dc::TransportError& error) {
        EXPECT_EQ(error.kind(), dc::TransportError::Kind::Timeout);
    }
    EXPECT_EQ(c.retry_tokens(), 490);
    EXPECT_EQ(will_retry(), (std::vector<bool>{true, false}));
    // The next call succeeds at once: one token more.
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(c.retry_tokens(), 491);
}

TEST_F(HttpRetries, TheRetryQuotaStopsRetriesWhenSpent) {
    server.script({}, FaultAnswer::error(500, "InternalServerError", ""));
    dc::HttpClientOptions o = options(server.endpoint());
    o.retry = {.max_attempts = 1000,
               .base_delay = std::chrono::milliseconds(0),
               .max_backoff = std::chrono::milliseconds(0)};
    dc::HttpClient c(std::move(o));
    EXPECT_THROW(get(c), ServiceError);
    EXPECT_EQ(server.request_count(), 101u);  // 500 tokens pay for 100 retries of 5
    EXPECT_EQ(c.retry_tokens(), 0);

    server.script({FaultAnswer::ok(kItemBody)}, FaultAnswer::error(500, "InternalServerError", ""));
    EXPECT_EQ(get(c).item, kItem);
    EXPECT_EQ(c.retry_tokens(), 1);

    EXPECT_THROW(get(c), ServiceError);  // 1 token does not pay for a retry
    EXPECT_EQ(server.request_count(), 103u);
}

TEST_F(HttpRetries, AnUnreachableEndpointIsAConnectError) {
    std::string endpoint;
    {
        FaultServer gone;
        endpoint = gone.endpoint();
    }
    dc::HttpClientOptions o = options(endpoint);
    recorder.attach(o);
    dc::HttpClient c(std::move(o));
    try {
        c.list_tables({});
        ADD_FAILURE() << "no error";
    } catch (const dc::TransportError& error) {
        EXPECT_EQ(error.kind(), dc::TransportError::Kind::Connect);
        EXPECT_NE(std::string(error.what()).find("ListTables to " + endpoint), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(will_retry(), (std::vector<bool>{true, true, false}));
}

TEST_F(HttpRetries, ASuccessThatIsNotTheResponseIsAnInvalidResponse) {
    server.script({FaultAnswer::ok(R"({"Item":"not a map"})")});
    dc::HttpClient c = client();
    try {
        get(c);
        ADD_FAILURE() << "no error";
    } catch (const dc::TransportError& error) {
        EXPECT_EQ(error.kind(), dc::TransportError::Kind::InvalidResponse);
    }
    EXPECT_EQ(server.request_count(), 1u);
}

}  // namespace
