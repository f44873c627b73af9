// A persistent engine: what it acknowledged survives closing, reopening and SIGKILL.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local {
namespace {

namespace fs = std::filesystem;

class TempDir {
  public:
    TempDir() {
        std::random_device random;
        path_ = fs::temp_directory_path() /
                ("dynamorm-persist-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    std::string str() const { return path_.string(); }

  private:
    fs::path path_;
};

// Threads: hash key forum, range key n (N), a global index by author.
client::CreateTableRequest threads_table() {
    using client::KeyType;
    using client::ScalarAttributeType;
    return client::CreateTableRequest{
        .attribute_definitions =
            {{{.attribute_name = "forum", .attribute_type = ScalarAttributeType::S},
              {.attribute_name = "n", .attribute_type = ScalarAttributeType::N},
              {.attribute_name = "author", .attribute_type = ScalarAttributeType::S}}},
        .table_name = "threads",
        .key_schema = {{{.attribute_name = "forum", .key_type = KeyType::Hash},
                        {.attribute_name = "n", .key_type = KeyType::Range}}},
        .global_secondary_indexes =
            {{{.index_name = "by-author",
               .key_schema = {{{.attribute_name = "author", .key_type = KeyType::Hash}}},
               .projection = client::Projection{.projection_type = client::ProjectionType::All}}}},
        .billing_mode = client::BillingMode::PayPerRequest,
    };
}

Item thread_item(int n) {
    return Item{{"forum", "f" + std::to_string(n % 3)},
                {"n", n},
                {"author", "a" + std::to_string(n % 5)},
                {"body", std::string(static_cast<std::size_t>(n % 50), 'x')}};
}

std::vector<Item> scan_all(Engine& engine) {
    std::vector<Item> items;
    std::optional<Item> start;
    do {
        auto page = engine.scan({.table_name = "threads", .exclusive_start_key = start});
        for (Item& item : page.items.value_or(std::vector<Item>{}))
            items.push_back(std::move(item));
        start = page.last_evaluated_key;
    } while (start);
    return items;
}

TEST(EnginePersistence, ReopensWithTablesItemsIndexesTtlAndTags) {
    TempDir dir;
    client::TableDescription before;
    {
        Engine engine(EngineOptions{.directory = dir.str()});
        engine.create_table(threads_table());
        for (int n = 0; n < 100; ++n)
            engine.put_item({.table_name = "threads", .item = thread_item(n)});
        engine.delete_item({.table_name = "threads", .key = Item{{"forum", "f1"}, {"n", 1}}});
        engine.update_item({.table_name = "threads",
                            .key = Item{{"forum", "f2"}, {"n", 2}},
                            .update_expression = "SET body = :b",
                            .expression_attribute_values = Item{{":b", "edited"}}});
        engine.update_time_to_live({.table_name = "threads",
                                    .time_to_live_specification = client::TimeToLiveSpecification{
                                        .enabled = true, .attribute_name = "expires"}});
        const std::string arn =
            engine.describe_table({.table_name = "threads"}).table->table_arn.value();
        engine.tag_resource({.resource_arn = arn, .tags = {{{.key = "team", .value = "forum"}}}});
        before = engine.describe_table({.table_name = "threads"}).table.value();
    }
    Engine engine(EngineOptions{.directory = dir.str()});
    const client::TableDescription after =
        engine.describe_table({.table_name = "threads"}).table.value();
    EXPECT_EQ(after, before);
    EXPECT_EQ(after.item_count, 99);

    const std::vector<Item> items = scan_all(engine);
    ASSERT_EQ(items.size(), 99u);
    const auto edited =
        engine.get_item({.table_name = "threads", .key = Item{{"forum", "f2"}, {"n", 2}}});
    EXPECT_EQ(edited.item->at("body"), AttributeValue("edited"));
    EXPECT_FALSE(
        engine.get_item({.table_name = "threads", .key = Item{{"forum", "f1"}, {"n", 1}}}).item);

    const auto by_author = engine.query({.table_name = "threads",
                                         .index_name = "by-author",
                                         .key_condition_expression = "author = :a",
                                         .expression_attribute_values = Item{{":a", "a0"}}});
    EXPECT_EQ(by_author.count, 20);

    const auto ttl = engine.describe_time_to_live({.table_name = "threads"});
    EXPECT_EQ(ttl.time_to_live_description->attribute_name, "expires");
    const auto tags = engine.list_tags_of_resource({.resource_arn = after.table_arn});
    ASSERT_EQ(tags.tags.size(), 1u);
    EXPECT_EQ(tags.tags.front().key, "team");
}

TEST(EnginePersistence, DeletedTablesStayDeleted) {
    TempDir dir;
    {
        Engine engine(EngineOptions{.directory = dir.str()});
        engine.create_table(threads_table());
        engine.put_item({.table_name = "threads", .item = thread_item(1)});
        engine.delete_table({.table_name = "threads"});
    }
    Engine engine(EngineOptions{.directory = dir.str()});
    EXPECT_TRUE(engine.list_tables({}).table_names.empty());
    engine.create_table(threads_table());
    EXPECT_TRUE(scan_all(engine).empty());
}

// A child process writes items one by one and reports each acknowledged write on a pipe; the
// parent kills it with SIGKILL at a random moment, reopens the directory, and finds every
// acknowledged item, whole, and nothing it did not ask for.
TEST(EnginePersistence, SigkillLosesNoAcknowledgedWrite) {
    TempDir dir;
    {
        Engine engine(EngineOptions{.directory = dir.str()});
        engine.create_table(threads_table());
    }
    std::mt19937 rng(1234);
    int next = 0;
    std::set<int> acknowledged;
    for (int round = 0; round < 6; ++round) {
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const int first = next;
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(fds[0]);
            Engine engine(EngineOptions{.directory = dir.str()});
            for (int n = first;; ++n) {
                engine.put_item({.table_name = "threads", .item = thread_item(n)});
                if (::write(fds[1], &n, sizeof n) != sizeof n) ::_exit(3);
            }
        }
        ::close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(50 + rng() % 250));
        ::kill(child, SIGKILL);
        int n = 0;
        while (::read(fds[0], &n, sizeof n) == sizeof n) {
            acknowledged.insert(n);
            next = n + 1;
        }
        ::close(fds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer ended on its own: " << status;
        next += 1;  // the write in flight may or may not have landed

        Engine engine(EngineOptions{.directory = dir.str()});
        const std::vector<Item> items = scan_all(engine);
        std::set<int> found;
        for (const Item& item : items) {
            const int k = static_cast<int>(item.at("n").as_n().to_int64());
            EXPECT_EQ(item, thread_item(k)) << "a torn item";
            found.insert(k);
        }
        for (int k : acknowledged)
            ASSERT_TRUE(found.count(k)) << "lost acknowledged write " << k;
        for (int k : found)
            EXPECT_LT(k, next) << "an item never written";
        EXPECT_EQ(engine.describe_table({.table_name = "threads"}).table->item_count,
                  static_cast<std::int64_t>(found.size()));
    }
    EXPECT_GT(acknowledged.size(), 6u);
}

}  // namespace
}  // namespace dynamorm::local
