// One HttpClient shared by several threads, and what its logging hook gets to see.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "http_support.hpp"

namespace {

using namespace httptest;

TEST(HttpDynaliteShared, ThreadsShareOneClient) {
    dc::HttpClientOptions o = options(dynamorm::test::dynalite_endpoint());
    AttemptRecorder recorder;
    recorder.attach(o);
    dc::HttpClient client(std::move(o));
    const std::string table = create_table(client, "threads");
    recorder.clear();

    constexpr int kThreads = 6;
    constexpr int kPerThread = 15;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                try {
                    const Item key{{"pk", "t" + std::to_string(t)}, {"sk", i}};
                    Item item = key;
                    item["by"] = t * 1000 + i;
                    client.put_item({.table_name = table, .item = item});
                    const auto got =
                        client.get_item({.table_name = table, .key = key, .consistent_read = true});
                    if (!got.item || *got.item != item) ++failures;
                } catch (const std::exception& e) {
                    ADD_FAILURE() << e.what();
                    ++failures;
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);

    const dc::ScanResponse all = client.scan({.table_name = table, .select = dc::Select::Count});
    EXPECT_EQ(all.count, kThreads * kPerThread);
    // Every call was logged once, none retried.
    const auto attempts = recorder.attempts();
    EXPECT_EQ(attempts.size(), static_cast<std::size_t>(kThreads * kPerThread * 2 + 1));
    for (const LoggedAttempt& a : attempts) {
        EXPECT_EQ(a.attempt, 1);
        EXPECT_EQ(a.http_status, 200);
    }
}

TEST(HttpDynaliteShared, TheLoggingHookSeesNoSecret) {
    const std::string secret = "s3cr3t/KEY+never-logged-0123456789abcdef";
    const std::string token = "session-TOKEN-never-logged-9876543210";
    dc::HttpClientOptions o = options(dynamorm::test::dynalite_endpoint());
    o.credentials = {"AKIDLOGGING", secret, token};
    AttemptRecorder recorder;
    recorder.attach(o);
    dc::HttpClient client(std::move(o));

    const std::string table = create_table(client, "logging");
    client.put_item({.table_name = table, .item = Item{{"pk", "a"}, {"sk", 1}}});
    std::string error_text;
    try {
        client.get_item({.table_name = table + "-missing", .key = Item{{"pk", "a"}, {"sk", 1}}});
    } catch (const dynamorm::ServiceError& e) {
        error_text = e.what();
    }
    EXPECT_FALSE(error_text.empty());

    const auto attempts = recorder.attempts();
    ASSERT_GE(attempts.size(), 4u);
    for (const LoggedAttempt& a : attempts) {
        for (const std::string& field : {a.operation, a.request_id, a.error}) {
            EXPECT_EQ(field.find(secret), std::string::npos) << field;
            EXPECT_EQ(field.find(token), std::string::npos) << field;
            EXPECT_EQ(field.find("AKIDLOGGING"), std::string::npos) << field;
            EXPECT_EQ(field.find("Signature"), std::string::npos) << field;
        }
    }
    EXPECT_EQ(error_text.find(secret), std::string::npos);
    EXPECT_EQ(error_text.find(token), std::string::npos);
}

TEST(HttpDynaliteShared, CredentialsComeFromTheProvider) {
    class Counting final : public dc::CredentialsProvider {
      public:
        dynamorm::sigv4::Credentials credentials() const override {
            ++calls;
            return {"AKIDPROVIDED", "provided-secret", ""};
        }
        mutable std::atomic<int> calls{0};
    };
    auto provider = std::make_shared<Counting>();
    dc::HttpClientOptions o = options(dynamorm::test::dynalite_endpoint());
    o.credentials = {};
    o.credentials_provider = provider;
    dc::HttpClient client(std::move(o));
    client.list_tables({});
    client.list_tables({});
    EXPECT_EQ(provider->calls.load(), 2);  // asked before each attempt
}

}  // namespace
