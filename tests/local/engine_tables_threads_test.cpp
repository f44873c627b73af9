// Table operations from many threads at once: each thread creates, describes, updates, tags
// and deletes its own tables while others list them.

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

TEST(TableThreads, DistinctTablesFromManyThreads) {
    Engine engine;
    constexpr int kThreads = 8;
    constexpr int kRounds = 25;
    std::atomic<int> failures{0};
    std::atomic<bool> done{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            try {
                for (int round = 0; round < kRounds; ++round) {
                    const std::string name = "t" + std::to_string(t) + "-" + std::to_string(round);
                    engine.create_table(simple_table(name));
                    put(engine, name, Item{{"id", name}});
                    engine.update_table(
                        {.table_name = name, .provisioned_throughput = throughput(6, 2)});
                    engine.tag_resource(
                        {.resource_arn = "arn:aws:dynamodb:us-east-1:000000000000:table/" + name,
                         .tags = {{{.key = "round", .value = std::to_string(round)}}}});
                    const auto d = describe(engine, name);
                    if (d.item_count != 1 || d.provisioned_throughput->read_capacity_units != 6) {
                        ++failures;
                    }
                    // Every other table stays.
                    if (round % 2 == 1) engine.delete_table({.table_name = name});
                }
            } catch (const std::exception& error) {
                ADD_FAILURE() << error.what();
                ++failures;
            }
        });
    }
    std::thread lister([&] {
        while (!done) {
            std::optional<std::string> start;
            do {
                const auto page =
                    engine.list_tables({.exclusive_start_table_name = start, .limit = 10});
                start = page.last_evaluated_table_name;
            } while (start);
        }
    });
    for (auto& thread : threads)
        thread.join();
    done = true;
    lister.join();

    EXPECT_EQ(failures, 0);
    std::vector<std::string> all;
    std::optional<std::string> start;
    do {
        const auto page = engine.list_tables({.exclusive_start_table_name = start});
        all.insert(all.end(), page.table_names.begin(), page.table_names.end());
        start = page.last_evaluated_table_name;
    } while (start);
    EXPECT_EQ(all.size(), static_cast<std::size_t>(kThreads * ((kRounds + 1) / 2)));
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
}

TEST(TableThreads, OneOfManyCreatorsOfANameWins) {
    Engine engine;
    std::atomic<int> created{0};
    std::atomic<int> in_use{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            try {
                engine.create_table(simple_table("contested"));
                ++created;
            } catch (const ServiceError& error) {
                if (error.code() == kInUse) ++in_use;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(created, 1);
    EXPECT_EQ(in_use, 7);
}

}  // namespace
}  // namespace dynamorm::local
