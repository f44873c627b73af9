// The HTTP client's smaller parts: endpoint URLs, CRC-32, credentials providers and the checks
// on its options.
#include <gtest/gtest.h>

#include <cstdlib>

#include "client/http/crc32.hpp"
#include "client/http/endpoint.hpp"
#include "http_support.hpp"

namespace {

using namespace httptest;
namespace http = dynamorm::client::http;

TEST(HttpEndpoint, ReadsHostPortAndPath) {
    const http::Endpoint local = http::parse_endpoint("http://127.0.0.1:8000");
    EXPECT_EQ(local.url, "http://127.0.0.1:8000/");
    EXPECT_EQ(local.host, "127.0.0.1:8000");
    EXPECT_EQ(local.path, "/");

    const http::Endpoint aws =
        http::parse_endpoint("HTTPS://DynamoDB.us-east-1.amazonaws.com:443/");
    EXPECT_EQ(aws.url, "https://dynamodb.us-east-1.amazonaws.com/");
    EXPECT_EQ(aws.host, "dynamodb.us-east-1.amazonaws.com");

    const http::Endpoint v6 = http::parse_endpoint("http://[::1]:4567/prefix/db");
    EXPECT_EQ(v6.host, "[::1]:4567");
    EXPECT_EQ(v6.path, "/prefix/db");
    EXPECT_EQ(http::parse_endpoint("http://example.com:80").host, "example.com");
    EXPECT_EQ(http::parse_endpoint("https://example.com:80").host, "example.com:80");
}

TEST(HttpEndpoint, RefusesWhatIsNoEndpoint) {
    for (const char* url : {"", "localhost:8000", "ftp://example.com", "http://", "http://:80",
                            "http://host:", "http://host:0", "http://host:65536", "http://host:8x",
                            "http://user:pw@host", "http://host/?a=b", "http://host/#top",
                            "http://[::1/", "http://a]b"}) {
        EXPECT_THROW(http::parse_endpoint(url), dc::ConfigurationError) << url;
    }
}

TEST(HttpCrc32, KnownValues) {
    EXPECT_EQ(http::crc32(""), 0u);
    EXPECT_EQ(http::crc32("123456789"), 0xCBF43926u);            // the CRC-32 check value
    EXPECT_EQ(http::crc32("{\"TableNames\":[]}"), 1315925753u);  // as dynalite sends it
    EXPECT_TRUE(http::crc32_matches("1315925753", "{\"TableNames\":[]}"));
    EXPECT_FALSE(http::crc32_matches("1315925754", "{\"TableNames\":[]}"));
    EXPECT_FALSE(http::crc32_matches("", ""));
    EXPECT_FALSE(http::crc32_matches("0x0", ""));
    EXPECT_FALSE(http::crc32_matches("4294967296", ""));
    EXPECT_TRUE(http::crc32_matches("0", ""));
}

struct ScopedEnv {
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value != nullptr) {
            ::setenv(name, value, 1);
        } else {
            ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(HttpCredentials, FromTheEnvironment) {
    const ScopedEnv id("AWS_ACCESS_KEY_ID", "AKIDENV");
    const ScopedEnv secret("AWS_SECRET_ACCESS_KEY", "env-secret");
    {
        const ScopedEnv token("AWS_SESSION_TOKEN", nullptr);
        const auto credentials = dc::EnvironmentCredentialsProvider().credentials();
        EXPECT_EQ(credentials.access_key_id, "AKIDENV");
        EXPECT_EQ(credentials.secret_access_key, "env-secret");
        EXPECT_EQ(credentials.session_token, "");
    }
    const ScopedEnv token("AWS_SESSION_TOKEN", "env-token");
    EXPECT_EQ(dc::EnvironmentCredentialsProvider().credentials().session_token, "env-token");
}

TEST(HttpCredentials, MissingFromTheEnvironment) {
    const ScopedEnv id("AWS_ACCESS_KEY_ID", "AKIDENV");
    const ScopedEnv secret("AWS_SECRET_ACCESS_KEY", "");
    EXPECT_FALSE(dc::EnvironmentCredentialsProvider::read());
    try {
        (void)dc::EnvironmentCredentialsProvider().credentials();
        ADD_FAILURE() << "no error";
    } catch (const dc::CredentialsError& error) {
        EXPECT_NE(std::string(error.what()).find("AWS_SECRET_ACCESS_KEY"), std::string::npos);
    }
}

TEST(HttpCredentials, StaticNeedsKeyAndSecret) {
    EXPECT_THROW(dc::StaticCredentialsProvider({"AKID", "", ""}), dc::CredentialsError);
    EXPECT_THROW(dc::StaticCredentialsProvider({"", "secret", ""}), dc::CredentialsError);
    EXPECT_EQ(dc::StaticCredentialsProvider({"AKID", "secret", "tok"}).credentials().session_token,
              "tok");
}

TEST(HttpClientOptions, UnusableOptionsAreConfigurationErrors) {
    const auto refused = [](auto change) {
        dc::HttpClientOptions o = options("http://127.0.0.1:1");
        change(o);
        EXPECT_THROW(dc::HttpClient{std::move(o)}, dc::ConfigurationError);
    };
    refused([](dc::HttpClientOptions& o) { o.endpoint = "127.0.0.1:8000"; });
    refused([](dc::HttpClientOptions& o) { o.region.clear(); });
    refused([](dc::HttpClientOptions& o) { o.credentials = {}; });
    refused([](dc::HttpClientOptions& o) { o.credentials.secret_access_key.clear(); });
    refused([](dc::HttpClientOptions& o) { o.retry.max_attempts = 0; });
    refused([](dc::HttpClientOptions& o) { o.connect_timeout = std::chrono::milliseconds(0); });
    EXPECT_NO_THROW(dc::HttpClient{options("http://127.0.0.1:1")});
}

TEST(HttpClientOptions, ProviderErrorsAreThrownBeforeSending) {
    class Empty final : public dc::CredentialsProvider {
      public:
        dynamorm::sigv4::Credentials credentials() const override {
            throw dc::CredentialsError("no credentials here");
        }
    };
    dc::HttpClientOptions o = options("http://127.0.0.1:1");
    o.credentials = {};
    o.credentials_provider = std::make_shared<Empty>();
    AttemptRecorder recorder;
    recorder.attach(o);
    dc::HttpClient client(std::move(o));
    EXPECT_THROW(client.list_tables({}), dc::CredentialsError);
    EXPECT_TRUE(recorder.attempts().empty());
}

}  // namespace
