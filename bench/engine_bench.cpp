// The embedded engine in process, one thread: GetItem, PutItem, UpdateItem, a Query of 100
// items and a Scan page, in memory and (PutItem, GetItem) persistent. Figures and how to run:
// BENCHMARKS.md.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "dynamorm/local/engine.hpp"

namespace {

using namespace dynamorm;
using client::KeyType;
using client::ScalarAttributeType;

constexpr int kUsers = 10'000;
constexpr int kPostsPerUser = 100;

std::string word(std::mt19937& rng, int length) {
    std::string text(static_cast<std::size_t>(length), 'a');
    for (char& c : text)
        c = static_cast<char>('a' + rng() % 26);
    return text;
}

// Ten attributes: strings, numbers, a bool, a list and a nested map (about 300 bytes).
Item user(std::mt19937& rng, int index) {
    return Item{
        {"id", "user-" + std::to_string(index)},
        {"name", word(rng, 8) + " " + word(rng, 10)},
        {"email", word(rng, 9) + "@example.com"},
        {"age", static_cast<int>(18 + rng() % 70)},
        {"balance", Number(std::to_string(rng() % 100000) + ".25")},
        {"created", static_cast<long long>(1600000000 + rng() % 100000000)},
        {"active", rng() % 2 == 0},
        {"tags", AttributeValue{word(rng, 5), word(rng, 6), static_cast<int>(rng() % 100)}},
        {"address", Map{{"street", word(rng, 12)}, {"city", word(rng, 8)}, {"zip", "94107"}}},
        {"bio", word(rng, 60)}};
}

client::CreateTableRequest users_table() {
    return {.attribute_definitions = {{{.attribute_name = "id",
                                        .attribute_type = ScalarAttributeType::S}}},
            .table_name = "users",
            .key_schema = {{{.attribute_name = "id", .key_type = KeyType::Hash}}},
            .billing_mode = client::BillingMode::PayPerRequest};
}

client::CreateTableRequest posts_table() {
    return {.attribute_definitions =
                {{{.attribute_name = "author", .attribute_type = ScalarAttributeType::S},
                  {.attribute_name = "n", .attribute_type = ScalarAttributeType::N}}},
            .table_name = "posts",
            .key_schema = {{{.attribute_name = "author", .key_type = KeyType::Hash},
                            {.attribute_name = "n", .key_type = KeyType::Range}}},
            .billing_mode = client::BillingMode::PayPerRequest};
}

// One engine per benchmark family, filled once.
struct Fixture {
    explicit Fixture(local::EngineOptions options = {}) : engine(std::move(options)) {
        std::mt19937 rng(42);
        engine.create_table(users_table());
        engine.create_table(posts_table());
        for (int i = 0; i < kUsers; ++i) {
            engine.put_item({.table_name = "users", .item = user(rng, i)});
        }
        for (int a = 0; a < 10; ++a) {
            for (int n = 0; n < kPostsPerUser; ++n) {
                Item post = user(rng, n);
                post.erase("id");
                post["author"] = "author-" + std::to_string(a);
                post["n"] = n;
                engine.put_item({.table_name = "posts", .item = std::move(post)});
            }
        }
    }
    local::Engine engine;
};

Fixture& memory() {
    static Fixture fixture;
    return fixture;
}

std::string temp_dir() {
    return (std::filesystem::temp_directory_path() /
            ("dynamorm-bench-" + std::to_string(::getpid())))
        .string();
}

Fixture& persistent() {
    static const std::string dir = temp_dir();
    static Fixture fixture(local::EngineOptions{.directory = dir});
    return fixture;
}

void get_item(benchmark::State& state, local::Engine& engine) {
    std::mt19937 rng(1);
    std::vector<client::GetItemRequest> requests;
    for (int i = 0; i < 1024; ++i) {
        requests.push_back(
            {.table_name = "users", .key = Item{{"id", "user-" + std::to_string(rng() % kUsers)}}});
    }
    std::size_t i = 0;
    for (auto _ : state) {
        auto response = engine.get_item(requests[i++ % requests.size()]);
        benchmark::DoNotOptimize(response);
    }
    state.SetItemsProcessed(state.iterations());
}

void put_item(benchmark::State& state, local::Engine& engine) {
    std::mt19937 rng(2);
    std::vector<client::PutItemRequest> requests;
    for (int i = 0; i < 1024; ++i) {
        requests.push_back(
            {.table_name = "users", .item = user(rng, static_cast<int>(rng() % kUsers))});
    }
    std::size_t i = 0;
    for (auto _ : state) {
        auto response = engine.put_item(requests[i++ % requests.size()]);
        benchmark::DoNotOptimize(response);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_GetItem(benchmark::State& state) {
    get_item(state, memory().engine);
}
void BM_PutItem(benchmark::State& state) {
    put_item(state, memory().engine);
}
void BM_GetItemPersistent(benchmark::State& state) {
    get_item(state, persistent().engine);
}
void BM_PutItemPersistent(benchmark::State& state) {
    put_item(state, persistent().engine);
}

void BM_UpdateItem(benchmark::State& state) {
    local::Engine& engine = memory().engine;
    std::mt19937 rng(3);
    std::vector<client::UpdateItemRequest> requests;
    for (int i = 0; i < 1024; ++i) {
        requests.push_back(
            {.table_name = "users",
             .key = Item{{"id", "user-" + std::to_string(rng() % kUsers)}},
             .update_expression = "SET age = age + :one, address.city = :city",
             .condition_expression = "attribute_exists(id)",
             .expression_attribute_values = Item{{":one", 1}, {":city", word(rng, 7)}}});
    }
    std::size_t i = 0;
    for (auto _ : state) {
        auto response = engine.update_item(requests[i++ % requests.size()]);
        benchmark::DoNotOptimize(response);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_Query100(benchmark::State& state) {
    local::Engine& engine = memory().engine;
    std::size_t i = 0;
    std::int64_t items = 0;
    for (auto _ : state) {
        auto response = engine.query(
            {.table_name = "posts",
             .key_condition_expression = "author = :a",
             .expression_attribute_values = Item{{":a", "author-" + std::to_string(i++ % 10)}}});
        items += response.count;
        benchmark::DoNotOptimize(response);
    }
    state.SetItemsProcessed(items);
}

void BM_ScanPage(benchmark::State& state) {
    local::Engine& engine = memory().engine;
    std::int64_t items = 0;
    std::optional<Item> start;
    for (auto _ : state) {
        auto response =
            engine.scan({.table_name = "users", .limit = 100, .exclusive_start_key = start});
        items += response.count;
        start = response.last_evaluated_key;
        benchmark::DoNotOptimize(response);
    }
    state.SetItemsProcessed(items);
}

BENCHMARK(BM_GetItem);
BENCHMARK(BM_PutItem);
BENCHMARK(BM_UpdateItem);
BENCHMARK(BM_Query100);
BENCHMARK(BM_ScanPage);
BENCHMARK(BM_GetItemPersistent);
BENCHMARK(BM_PutItemPersistent);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::error_code ignored;
    std::filesystem::remove_all(temp_dir(), ignored);
    return 0;
}
