// Transactions are atomic and isolated under concurrency: threads move amounts between two
// items in two tables while other threads read both with TransactGetItems and each with
// GetItem. A transaction read always sees the constant total and both items moved the same
// number of times (no transaction is half visible), and no concurrent transaction loses its
// update.

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "engine_transactions_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

constexpr std::int64_t kStart = 1000;

std::int64_t number(const Item& item, const std::string& name) {
    return item.at(name).as_n().to_int64();
}

TEST(EngineTransactionIsolation, MovesBetweenTwoItemsAreNeverHalfVisibleNorLost) {
    Engine engine;
    create(engine, {.name = "alpha"});
    create(engine, {.name = "beta"});
    put(engine, "alpha", {{"id", "a"}, {"balance", kStart}, {"moves", 0}});
    put(engine, "beta", {{"id", "b"}, {"balance", kStart}, {"moves", 0}});

    constexpr int kWriters = 4;
    constexpr int kMovesEach = 150;
    std::atomic<int> writers_left{kWriters};
    std::atomic<std::int64_t> moved_total{0};
    std::atomic<int> bad_snapshots{0};
    std::atomic<int> snapshots{0};
    std::atomic<int> failures{0};

    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            std::mt19937 random(static_cast<unsigned>(w + 1));
            std::uniform_int_distribution<int> amount(-20, 20);
            for (int i = 0; i < kMovesEach; ++i) {
                const int delta = amount(random);
                try {
                    engine.transact_write_items(transaction(
                        {update_action("alpha", {{"id", "a"}}, "ADD balance :minus, moves :one",
                                       Item{{":minus", -delta}, {":one", 1}}),
                         update_action("beta", {{"id", "b"}}, "ADD balance :plus, moves :one",
                                       Item{{":plus", delta}, {":one", 1}})}));
                    moved_total += delta;
                } catch (const std::exception&) {
                    ++failures;
                }
            }
            --writers_left;
        });
    }
    for (int r = 0; r < 2; ++r) {
        threads.emplace_back([&] {
            while (writers_left > 0) {
                const auto answer = engine.transact_get_items(
                    {.transact_items = std::vector<client::TransactGetItem>{
                         get_action("alpha", {{"id", "a"}}), get_action("beta", {{"id", "b"}})}});
                const Item& a = *(*answer.responses)[0].item;
                const Item& b = *(*answer.responses)[1].item;
                if (number(a, "balance") + number(b, "balance") != 2 * kStart ||
                    number(a, "moves") != number(b, "moves")) {
                    ++bad_snapshots;
                }
                ++snapshots;
            }
        });
    }
    threads.emplace_back([&] {
        // Plain reads of each item run alongside and always find it whole.
        while (writers_left > 0) {
            const auto a = get(engine, "alpha", {{"id", "a"}});
            const auto b = get(engine, "beta", {{"id", "b"}});
            if (!a || !b || a->size() != 3 || b->size() != 3) ++bad_snapshots;
        }
    });
    for (std::thread& thread : threads)
        thread.join();

    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(bad_snapshots.load(), 0);
    EXPECT_GT(snapshots.load(), 0);
    const Item a = *get(engine, "alpha", {{"id", "a"}});
    const Item b = *get(engine, "beta", {{"id", "b"}});
    EXPECT_EQ(number(a, "moves"), kWriters * kMovesEach);
    EXPECT_EQ(number(b, "moves"), kWriters * kMovesEach);
    EXPECT_EQ(number(a, "balance"), kStart - moved_total.load());
    EXPECT_EQ(number(b, "balance"), kStart + moved_total.load());
}

TEST(EngineTransactionIsolation, ConcurrentConditionalTransactionsNeverOverdraw) {
    // Each transaction takes 10 from the account only if it holds 10: exactly balance / 10 of
    // them succeed, whatever the interleaving, and the others are cancelled by their condition.
    Engine engine;
    create(engine, {.name = "accounts"});
    create(engine, {.name = "orders"});
    put(engine, "accounts", {{"id", "acct"}, {"balance", 100}});
    std::atomic<int> succeeded{0};
    std::atomic<int> cancelled{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5; ++i) {
                try {
                    engine.transact_write_items(transaction(
                        {update_action("accounts", {{"id", "acct"}}, "SET balance = balance - :ten",
                                       Item{{":ten", 10}}, "balance >= :ten"),
                         put_action("orders",
                                    {{"id", std::to_string(t) + "-" + std::to_string(i)}})}));
                    ++succeeded;
                } catch (const ServiceError& error) {
                    if (error.code() == "TransactionCanceledException") ++cancelled;
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(succeeded.load(), 10);
    EXPECT_EQ(cancelled.load(), 20);
    EXPECT_EQ(number(*get(engine, "accounts", {{"id", "acct"}}), "balance"), 0);
    EXPECT_EQ(engine.describe_table({.table_name = "orders"}).table->item_count, 10);
}

}  // namespace
}  // namespace dynamorm::local
