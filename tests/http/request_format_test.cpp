// What the HTTP client puts on the wire: the target, content type and host, a SigV4 signature
// the project's verifier accepts, the session token, and the request body as encoded, unchecked.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "dynamorm/client/sigv4_verifier.hpp"
#include "dynamorm/client/wire.hpp"
#include "fault_server.hpp"
#include "http_support.hpp"

namespace {

using namespace httptest;
using dynamorm::test::FaultServer;
using dynamorm::test::ReceivedRequest;
namespace sigv4 = dynamorm::sigv4;

sigv4::Verification verify(const ReceivedRequest& request, std::string_view secret) {
    sigv4::ReceivedRequest received{.method = request.method, .target = request.target};
    for (const auto& [name, value] : request.headers)
        received.headers.push_back({name, value});
    received.body = request.body;
    const sigv4::Verifier verifier(
        [secret](std::string_view) { return std::optional<std::string>(secret); },
        {.region = "eu-west-3", .service = "dynamodb"});
    return verifier.verify(received, std::chrono::system_clock::now());
}

TEST(HttpRequestFormat, HeadersBodyAndSignature) {
    FaultServer server;
    dc::HttpClientOptions o = options(server.endpoint());
    o.region = "eu-west-3";
    dc::HttpClient client(std::move(o));
    const dc::PutItemRequest request{.table_name = "things", .item = Item{{"id", "thing1"}}};
    client.put_item(request);

    const auto received = server.requests();
    ASSERT_EQ(received.size(), 1u);
    const ReceivedRequest& r = received[0];
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/");
    EXPECT_EQ(r.header("X-Amz-Target"), "DynamoDB_20120810.PutItem");
    EXPECT_EQ(r.header("Content-Type"), "application/x-amz-json-1.0");
    EXPECT_EQ(r.header("Host"), server.endpoint().substr(std::string("http://").size()));
    EXPECT_EQ(r.body, dc::to_json(request));
    EXPECT_EQ(r.header("X-Amz-Security-Token"), "");
    const std::string authorization = r.header("Authorization");
    EXPECT_EQ(authorization.rfind("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", 0), 0u)
        << authorization;
    EXPECT_NE(authorization.find("/eu-west-3/dynamodb/aws4_request"), std::string::npos);
    EXPECT_NE(authorization.find("SignedHeaders=content-type;host;x-amz-date;x-amz-target,"),
              std::string::npos)
        << authorization;

    const sigv4::Verification verification = verify(r, kSecret);
    EXPECT_TRUE(verification.ok()) << verification.message;
    EXPECT_FALSE(verify(r, "another secret").ok());
}

TEST(HttpRequestFormat, SessionTokenIsSentAndSigned) {
    FaultServer server;
    dc::HttpClientOptions o = options(server.endpoint());
    o.region = "eu-west-3";
    o.credentials.session_token = "the-session-token";
    dc::HttpClient client(std::move(o));
    client.list_tables({});

    const ReceivedRequest r = server.requests().at(0);
    EXPECT_EQ(r.header("X-Amz-Security-Token"), "the-session-token");
    EXPECT_NE(r.header("Authorization")
                  .find("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;"
                        "x-amz-target,"),
              std::string::npos);
    EXPECT_TRUE(verify(r, kSecret).ok());
}

TEST(HttpRequestFormat, RequestsAreSentAsTheyAre) {
    FaultServer server;
    dc::HttpClient client(options(server.endpoint()));
    const dc::GetItemRequest invalid{.table_name = "", .projection_expression = ""};
    client.get_item(invalid);  // the fault server answers {} to anything
    ASSERT_EQ(server.request_count(), 1u);
    EXPECT_EQ(server.requests()[0].body, dc::to_json(invalid));
}

TEST(HttpRequestFormat, AMovedClientSendsWhereTheOriginalWould) {
    FaultServer server;
    dc::HttpClient original(options(server.endpoint()));
    dc::HttpClient moved = std::move(original);
    moved.list_tables({});
    original = std::move(moved);
    original.list_tables({});
    EXPECT_EQ(server.request_count(), 2u);
    EXPECT_EQ(original.options().endpoint, server.endpoint());
}

TEST(HttpRequestFormat, ConnectionsAreKeptAlive) {
    FaultServer server;
    dc::HttpClient client(options(server.endpoint()));
    for (int i = 0; i < 5; ++i)
        client.list_tables({});
    EXPECT_EQ(server.request_count(), 5u);
    EXPECT_EQ(server.connection_count(), 1u);
}

TEST(HttpRequestFormat, EndpointPathIsWhereRequestsGo) {
    FaultServer server;
    dc::HttpClientOptions o = options(server.endpoint() + "/dynamodb/");
    o.region = "eu-west-3";
    dc::HttpClient client(std::move(o));
    client.list_tables({});
    const ReceivedRequest r = server.requests().at(0);
    EXPECT_EQ(r.target, "/dynamodb/");
    EXPECT_TRUE(verify(r, kSecret).ok());  // signed for that path
}

}  // namespace
