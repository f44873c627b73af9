// The embedded engine under concurrent use: conditional writes are linearizable, and reads
// never see a half-made write.

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

constexpr int kThreads = 8;

TEST(EngineConcurrency, ExactlyOneConditionalPutWinsEachRace) {
    Engine engine;
    create(engine, {.name = "things"});
    for (int round = 0; round < 200; ++round) {
        const std::string id = "key-" + std::to_string(round);
        std::atomic<int> winners{0};
        std::atomic<int> refused{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                while (!go.load())
                    std::this_thread::yield();
                try {
                    engine.put_item({.table_name = "things",
                                     .item = Item{{"id", id}, {"winner", t}},
                                     .condition_expression = "attribute_not_exists(id)"});
                    ++winners;
                } catch (const ServiceError& error) {
                    if (error.is(errors::kConditionalCheckFailed)) ++refused;
                }
            });
        }
        go = true;
        for (std::thread& thread : threads)
            thread.join();
        ASSERT_EQ(winners.load(), 1) << "round " << round;
        ASSERT_EQ(refused.load(), kThreads - 1) << "round " << round;
        ASSERT_TRUE(get(engine, "things", {{"id", id}}));
    }
}

TEST(EngineConcurrency, CountersUpdatedFromManyThreadsLoseNothing) {
    Engine engine;
    create(engine, {.name = "things"});
    constexpr int kIncrements = 250;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < kIncrements; ++i) {
                engine.update_item({.table_name = "things",
                                    .key = Item{{"id", "counter"}},
                                    .update_expression = "ADD n :one",
                                    .expression_attribute_values = Item{{":one", 1}}});
            }
        });
    }
    // Readers run alongside: every item they see is whole and its count only grows.
    std::atomic<bool> done{false};
    std::atomic<int> regressions{0};
    std::thread reader([&] {
        std::int64_t last = 0;
        while (!done.load()) {
            const auto page = engine.scan({.table_name = "things"});
            for (const Item& item : *page.items) {
                const std::int64_t n = item.at("n").as_n().to_int64();
                if (n < last) ++regressions;
                last = n;
            }
        }
    });
    for (std::thread& thread : threads)
        thread.join();
    done = true;
    reader.join();
    EXPECT_EQ(regressions.load(), 0);
    EXPECT_EQ(get(engine, "things", {{"id", "counter"}})->at("n"),
              AttributeValue(kThreads * kIncrements));
}

}  // namespace
}  // namespace dynamorm::local
