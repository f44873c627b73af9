// Time to live: UpdateTimeToLive and DescribeTimeToLive, which items count as expired, their
// deletion from a table and its indexes, and the engine's background sweeper.

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"
#include "local/table_factory.hpp"
#include "local/ttl.hpp"

namespace dynamorm::local {
namespace {

using client::TimeToLiveStatus;
using namespace testing;

client::TimeToLiveDescription describe_ttl(Engine& engine, const std::string& table) {
    return engine.describe_time_to_live({.table_name = table}).time_to_live_description.value();
}

client::UpdateTimeToLiveRequest ttl(const std::string& table, bool enabled,
                                    const std::string& attribute) {
    return {.table_name = table,
            .time_to_live_specification =
                client::TimeToLiveSpecification{.enabled = enabled, .attribute_name = attribute}};
}

TEST(TimeToLive, EnablesDescribesAndDisables) {
    Engine engine;
    engine.create_table(simple_table("sessions"));
    EXPECT_EQ(describe_ttl(engine, "sessions"),
              (client::TimeToLiveDescription{.time_to_live_status = TimeToLiveStatus::Disabled}));

    const auto answer = engine.update_time_to_live(ttl("sessions", true, "expires"));
    EXPECT_EQ(answer.time_to_live_specification,
              (client::TimeToLiveSpecification{.enabled = true, .attribute_name = "expires"}));
    EXPECT_EQ(describe_ttl(engine, "sessions"),
              (client::TimeToLiveDescription{.time_to_live_status = TimeToLiveStatus::Enabled,
                                             .attribute_name = "expires"}));

    engine.update_time_to_live(ttl("sessions", false, "expires"));
    EXPECT_EQ(describe_ttl(engine, "sessions"),
              (client::TimeToLiveDescription{.time_to_live_status = TimeToLiveStatus::Disabled}));
}

TEST(TimeToLive, RefusesChangesThatChangeNothingOrTheWrongAttribute) {
    Engine engine;
    engine.create_table(simple_table("sessions"));
    expect_error([&] { engine.update_time_to_live(ttl("sessions", false, "expires")); },
                 kValidation, "TimeToLive is already disabled");
    engine.update_time_to_live(ttl("sessions", true, "expires"));
    expect_error([&] { engine.update_time_to_live(ttl("sessions", true, "expires")); }, kValidation,
                 "TimeToLive is already enabled");
    expect_error([&] { engine.update_time_to_live(ttl("sessions", true, "other")); }, kValidation,
                 "TimeToLive is active on a different AttributeName: current AttributeName is "
                 "expires");
    expect_error([&] { engine.update_time_to_live(ttl("sessions", false, "other")); }, kValidation,
                 "TimeToLive is active on a different AttributeName: current AttributeName is "
                 "expires");
    EXPECT_EQ(describe_ttl(engine, "sessions").attribute_name, "expires");
}

TEST(TimeToLive, UnknownTable) {
    Engine engine;
    expect_error([&] { engine.update_time_to_live(ttl("nope", true, "expires")); }, kNotFound,
                 "Requested resource not found: Table: nope not found");
    expect_error([&] { describe_ttl(engine, "nope"); }, kNotFound,
                 "Requested resource not found: Table: nope not found");
}

TEST(TimeToLiveExpiry, WhichItemsHaveExpired) {
    constexpr double now = 1'700'000'000;
    const auto expired = [&](AttributeValue value) {
        return is_expired(Item{{"id", "x"}, {"exp", std::move(value)}}, "exp", now);
    };
    EXPECT_TRUE(expired(Number(std::int64_t{1'699'999'999})));
    EXPECT_TRUE(expired(AttributeValue(Number("1699999999.5"))));
    EXPECT_FALSE(expired(Number(std::int64_t{1'700'000'001})));
    EXPECT_FALSE(expired(AttributeValue("1600000000")));  // a string: never
    EXPECT_FALSE(expired(AttributeValue::number_set({Number(1)})));
    // More than five years in the past: ignored, as DynamoDB ignores it.
    EXPECT_TRUE(expired(Number(std::int64_t{1'700'000'000 - 5 * 365 * 86400 + 10})));
    EXPECT_FALSE(expired(Number(std::int64_t{1'700'000'000 - 5 * 365 * 86400 - 10})));
    EXPECT_FALSE(expired(Number(0)));
    EXPECT_FALSE(is_expired(Item{{"id", "x"}}, "exp", now));
}

TEST(TimeToLiveExpiry, ExpireItemsDeletesFromTheTableAndItsIndexes) {
    auto request = simple_table("sessions");
    request.attribute_definitions->push_back(attribute("user"));
    request.global_secondary_indexes = {{{.index_name = "by-user",
                                          .key_schema = {{hash_key("user")}},
                                          .projection = project_all(),
                                          .provisioned_throughput = throughput(1, 1)}}};
    auto table = make_table(request, EngineOptions{}, "arn", 0);
    for (int i = 0; i < 10; ++i) {
        table->put(Item{{"id", "s" + std::to_string(i)}, {"user", "u"}, {"exp", 1000 + i}});
    }
    table->put(Item{{"id", "forever"}, {"user", "u"}});
    EXPECT_EQ(expire_items(*table, 1005.5), 0U);  // TTL disabled: nothing

    table->ttl_attribute = "exp";
    EXPECT_EQ(expire_items(*table, 1005.5), 6U);  // 1000 to 1005
    EXPECT_EQ(table->item_count(), 5);
    EXPECT_EQ(table->index_entries[0].size(), 5U);
    EXPECT_EQ(table->find(Item{{"id", "s5"}}), nullptr);
    EXPECT_NE(table->find(Item{{"id", "s6"}}), nullptr);
    EXPECT_EQ(expire_items(*table, 1005.5), 0U);
    EXPECT_EQ(expire_items(*table, 1010), 4U);
    EXPECT_EQ(table->item_count(), 1);
}

TEST(TimeToLiveExpiry, TheEngineDeletesExpiredItemsInTheBackground) {
    Engine engine;
    engine.create_table(simple_table("sessions"));
    engine.update_time_to_live(ttl("sessions", true, "exp"));
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    put(engine, "sessions", Item{{"id", "old"}, {"exp", now - 60}});
    put(engine, "sessions", Item{{"id", "new"}, {"exp", now + 3600}});
    put(engine, "sessions", Item{{"id", "none"}});
    // The sweeper wakes every second; allow it ten.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (describe(engine, "sessions").item_count != 2 &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_EQ(describe(engine, "sessions").item_count, 2);
    EXPECT_FALSE(engine.get_item({.table_name = "sessions", .key = Item{{"id", "old"}}}).item);
    EXPECT_TRUE(engine.get_item({.table_name = "sessions", .key = Item{{"id", "new"}}}).item);
}

TEST(TimeToLiveExpiry, ExpireItemsTakesTheClockItIsGiven) {
    Engine engine;
    engine.create_table(simple_table("sessions"));
    put(engine, "sessions", Item{{"id", "a"}, {"exp", 1'000}});
    EXPECT_EQ(engine.expire_items(2'000), 0u) << "TTL is not enabled yet";
    engine.update_time_to_live(ttl("sessions", true, "exp"));
    put(engine, "sessions", Item{{"id", "b"}, {"exp", 3'000}});
    EXPECT_EQ(engine.expire_items(2'000), 1u);
    EXPECT_FALSE(engine.get_item({.table_name = "sessions", .key = Item{{"id", "a"}}}).item);
    EXPECT_TRUE(engine.get_item({.table_name = "sessions", .key = Item{{"id", "b"}}}).item);
    EXPECT_EQ(engine.expire_items(4'000), 1u);
    EXPECT_EQ(describe(engine, "sessions").item_count, 0);
}

TEST(TimeToLiveExpiry, AnEngineStopsPromptly) {
    const auto start = std::chrono::steady_clock::now();
    { Engine engine; }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
}

}  // namespace
}  // namespace dynamorm::local
