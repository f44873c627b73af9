// BatchGetItem and BatchWriteItem on the embedded engine: what they read and write, their
// capacity and item collection metrics, BatchGetItem's 16 MB answer limit, DynamoDB's refusals
// (a refused batch writes nothing), and a batch kept by a persistent engine.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "dynamorm/value/item_size.hpp"
#include "dynamorm/value/json.hpp"
#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

client::WriteRequest put_request(Item item) {
    return {.put_request = client::PutRequest{.item = std::move(item)}};
}

client::WriteRequest delete_request(Item key) {
    return {.delete_request = client::DeleteRequest{.key = std::move(key)}};
}

client::KeysAndAttributes keys(std::vector<Item> list) {
    return {.keys = std::move(list)};
}

std::vector<Item> sorted(std::vector<Item> items) {
    std::sort(items.begin(), items.end(),
              [](const Item& a, const Item& b) { return encode(a) < encode(b); });
    return items;
}

std::string text(std::size_t length) {
    return std::string(length, 'x');
}

class EngineBatch : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine, {.name = "things"});
        create(engine, {.name = "books", .hash = {"author"}, .range = Key{"title"}});
    }
    Engine engine;
};

// ---- BatchGetItem ---------------------------------------------------------------------------

TEST_F(EngineBatch, GetReadsEveryTableAndLeavesOutMissingItems) {
    const Item a{{"id", "a"}, {"n", 1}};
    const Item b{{"id", "b"}, {"n", 2}};
    const Item book{{"author", "le guin"}, {"title", "the dispossessed"}, {"year", 1974}};
    put(engine, "things", a);
    put(engine, "things", b);
    put(engine, "books", book);
    const auto answer = engine.batch_get_item(
        {.request_items = client::StringMap<client::KeysAndAttributes>{
             {"things", keys({{{"id", "b"}}, {{"id", "missing"}}, {{"id", "a"}}})},
             {"books", keys({{{"author", "le guin"}, {"title", "the dispossessed"}}})}}});
    EXPECT_EQ(sorted(answer.responses.at("things")), sorted({a, b}));
    EXPECT_EQ(answer.responses.at("books"), std::vector<Item>{book});
    EXPECT_TRUE(answer.unprocessed_keys.empty());
    EXPECT_EQ(answer.consumed_capacity, std::nullopt);
}

TEST_F(EngineBatch, GetAnswersATableWhoseKeysAreAllMissingWithAnEmptyList) {
    const auto answer =
        engine.batch_get_item({.request_items = client::StringMap<client::KeysAndAttributes>{
                                   {"things", keys({{{"id", "nobody"}}})}}});
    ASSERT_EQ(answer.responses.count("things"), 1U);
    EXPECT_TRUE(answer.responses.at("things").empty());
}

TEST_F(EngineBatch, GetProjectsPerTable) {
    put(engine, "things", {{"id", "a"}, {"n", 1}, {"m", Map{{"x", 1}, {"y", 2}}}});
    put(engine, "books", {{"author", "a"}, {"title", "t"}, {"year", 1}, {"pages", 2}});
    client::KeysAndAttributes things = keys({{{"id", "a"}}});
    things.projection_expression = "#m.y, n";
    things.expression_attribute_names = client::AttributeNameMap{{"#m", "m"}};
    client::KeysAndAttributes books = keys({{{"author", "a"}, {"title", "t"}}});
    books.attributes_to_get = std::vector<std::string>{"pages"};
    const auto answer =
        engine.batch_get_item({.request_items = client::StringMap<client::KeysAndAttributes>{
                                   {"things", things}, {"books", books}}});
    EXPECT_EQ(answer.responses.at("things"), (std::vector<Item>{{{"m", Map{{"y", 2}}}, {"n", 1}}}));
    EXPECT_EQ(answer.responses.at("books"), (std::vector<Item>{{{"pages", 2}}}));
}

TEST_F(EngineBatch, GetConsumesReadUnitsPerItemAndPerTable) {
    // Every key read costs at least one 4 KB unit, halved when eventually consistent.
    put(engine, "things", {{"id", "small"}});
    put(engine, "things", {{"id", "large"}, {"pad", text(5000)}});
    put(engine, "books", {{"author", "a"}, {"title", "t"}});
    client::KeysAndAttributes things = keys({{{"id", "small"}}, {{"id", "large"}}, {{"id", "no"}}});
    client::KeysAndAttributes books = keys({{{"author", "a"}, {"title", "t"}}});
    books.consistent_read = true;
    client::BatchGetItemRequest request{
        .request_items =
            client::StringMap<client::KeysAndAttributes>{{"things", things}, {"books", books}},
        .return_consumed_capacity = client::ReturnConsumedCapacity::Total};
    const auto total = engine.batch_get_item(request).consumed_capacity;
    EXPECT_EQ(total, (std::vector<client::ConsumedCapacity>{
                         {.table_name = "books", .capacity_units = 1.0},
                         {.table_name = "things", .capacity_units = 0.5 + 1.0 + 0.5}}));
    request.return_consumed_capacity = client::ReturnConsumedCapacity::Indexes;
    const auto indexes = engine.batch_get_item(request).consumed_capacity;
    ASSERT_TRUE(indexes.has_value());
    EXPECT_EQ(indexes->at(1).table, client::Capacity{.capacity_units = 2.0});
}

TEST_F(EngineBatch, GetAnswersAtMost16MegabytesAndReturnsTheRestAsUnprocessedKeys) {
    constexpr std::size_t kLimit = 16 * 1024 * 1024;
    std::vector<Item> items;
    for (int i = 0; i < 100; ++i) {
        items.push_back({{"id", "k" + std::to_string(100 + i)}, {"pad", text(200000 + i * 100)}});
    }
    for (std::size_t first = 0; first < items.size(); first += 25) {
        std::vector<client::WriteRequest> writes;
        for (std::size_t i = first; i < first + 25; ++i)
            writes.push_back(put_request(items[i]));
        engine.batch_write_item(
            {.request_items =
                 client::StringMap<std::vector<client::WriteRequest>>{{"things", writes}}});
    }
    std::vector<Item> all_keys;
    for (const Item& item : items)
        all_keys.push_back({{"id", item.at("id")}});
    // The items fit in request order until the next would take the answer over the limit.
    std::size_t fitting = 0;
    std::size_t bytes = 0;
    while (fitting < items.size() && bytes + item_size(items[fitting]) <= kLimit)
        bytes += item_size(items[fitting++]);
    ASSERT_LT(fitting, items.size());

    client::KeysAndAttributes request = keys(all_keys);
    request.consistent_read = true;
    const auto first = engine.batch_get_item(
        {.request_items = client::StringMap<client::KeysAndAttributes>{{"things", request}},
         .return_consumed_capacity = client::ReturnConsumedCapacity::Total});
    EXPECT_EQ(first.responses.at("things").size(), fitting);
    ASSERT_EQ(first.unprocessed_keys.count("things"), 1U);
    const client::KeysAndAttributes& rest = first.unprocessed_keys.at("things");
    EXPECT_EQ(rest.consistent_read, true);
    EXPECT_EQ(*rest.keys,
              std::vector<Item>(all_keys.begin() + static_cast<long>(fitting), all_keys.end()));
    // Only what was read is billed: one unit per 4 KB of each item read.
    double units = 0;
    for (std::size_t i = 0; i < fitting; ++i)
        units += std::ceil(static_cast<double>(item_size(items[i])) / 4096);
    ASSERT_TRUE(first.consumed_capacity.has_value());
    EXPECT_EQ(first.consumed_capacity->at(0).capacity_units, units);

    // Sending UnprocessedKeys back reads the rest.
    std::vector<Item> read = first.responses.at("things");
    client::StringMap<client::KeysAndAttributes> pending = first.unprocessed_keys;
    while (!pending.empty()) {
        auto next = engine.batch_get_item({.request_items = pending});
        for (Item& item : next.responses.at("things"))
            read.push_back(std::move(item));
        pending = std::move(next.unprocessed_keys);
    }
    EXPECT_EQ(sorted(read), sorted(items));
}

TEST_F(EngineBatch, GetRefusesUnknownTablesBeforeCheckingKeys) {
    EXPECT_EQ(
        failure([&] {
            engine.batch_get_item(
                {.request_items = client::StringMap<client::KeysAndAttributes>{
                     {"things", keys({{{"wrong", "a"}}})}, {"nothing", keys({{{"id", "a"}}})}}});
        }),
        "ResourceNotFoundException: Requested resource not found");
}

TEST_F(EngineBatch, GetChecksEveryKeyAgainstItsTable) {
    const auto get = [&](std::string table, Item key) {
        return failure([&] {
            engine.batch_get_item({.request_items = client::StringMap<client::KeysAndAttributes>{
                                       {std::move(table), keys({std::move(key)})}}});
        });
    };
    EXPECT_EQ(get("things", {{"id", 1}}),
              invalid("The provided key element does not match the schema"));
    EXPECT_EQ(get("things", {{"id", "a"}, {"extra", "b"}}),
              invalid("The provided key element does not match the schema"));
    EXPECT_EQ(get("books", {{"author", "a"}}),
              invalid("The provided key element does not match the schema"));
    EXPECT_EQ(get("things", {{"id", ""}}),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: id"));
    EXPECT_EQ(get("things", {{"id", text(2049)}}),
              invalid("One or more parameter values were invalid: Size of hashkey has exceeded "
                      "the maximum size limit of2048 bytes"));
    EXPECT_EQ(get("books", {{"author", "a"}, {"title", text(1025)}}),
              invalid("One or more parameter values were invalid: Aggregated size of all range "
                      "keys has exceeded the size limit of 1024 bytes"));
}

TEST_F(EngineBatch, GetRefusesDuplicateKeysAndTooManyKeys) {
    EXPECT_EQ(
        failure([&] {
            engine.batch_get_item({.request_items = client::StringMap<client::KeysAndAttributes>{
                                       {"things", keys({{{"id", "a"}}, {{"id", "a"}}})}}});
        }),
        invalid("Provided list of item keys contains duplicates"));
    std::vector<Item> many;
    for (int i = 0; i < 60; ++i)
        many.push_back({{"id", std::to_string(i)}});
    EXPECT_EQ(
        failure([&] {
            engine.batch_get_item({.request_items = client::StringMap<client::KeysAndAttributes>{
                                       {"things", keys(many)}, {"other", keys(many)}}});
        }),
        invalid("Too many items requested for the BatchGetItem call"));
}

TEST_F(EngineBatch, GetRefusesProjectionsIntoKeysAndBadExpressions) {
    client::KeysAndAttributes nested = keys({{{"id", "a"}}});
    nested.projection_expression = "id.part";
    EXPECT_EQ(failure([&] {
                  engine.batch_get_item(
                      {.request_items =
                           client::StringMap<client::KeysAndAttributes>{{"things", nested}}});
              }),
              invalid("Key attributes must be scalars; list random access '[]' and map lookup "
                      "'.' are not allowed: Key: id"));
    // The same expression error GetItem answers, before the table is looked up.
    client::KeysAndAttributes broken = keys({{{"id", "a"}}});
    broken.projection_expression = "a,, b";
    const std::string get_item = failure([&] {
        engine.get_item(
            {.table_name = "things", .key = Item{{"id", "a"}}, .projection_expression = "a,, b"});
    });
    EXPECT_NE(get_item, "(no error)");
    EXPECT_EQ(failure([&] {
                  engine.batch_get_item(
                      {.request_items =
                           client::StringMap<client::KeysAndAttributes>{{"nothing", broken}}});
              }),
              get_item);
}

// ---- BatchWriteItem -------------------------------------------------------------------------

TEST_F(EngineBatch, WritePutsAndDeletesAcrossTables) {
    put(engine, "things", {{"id", "old"}});
    const Item fresh{{"id", "new"}, {"n", 1}};
    const Item book{{"author", "a"}, {"title", "t"}};
    const auto answer = engine.batch_write_item(
        {.request_items = client::StringMap<std::vector<client::WriteRequest>>{
             {"things", {delete_request({{"id", "old"}}), put_request(fresh)}},
             {"books", {put_request(book)}}}});
    EXPECT_TRUE(answer.unprocessed_items.empty());
    EXPECT_EQ(answer.consumed_capacity, std::nullopt);
    EXPECT_EQ(answer.item_collection_metrics, std::nullopt);
    EXPECT_EQ(get(engine, "things", {{"id", "old"}}), std::nullopt);
    EXPECT_EQ(get(engine, "things", {{"id", "new"}}), fresh);
    EXPECT_EQ(get(engine, "books", {{"author", "a"}, {"title", "t"}}), book);
    EXPECT_EQ(engine.describe_table({.table_name = "things"}).table->item_count, 1);
}

TEST_F(EngineBatch, WriteConsumesWriteUnitsPerTableAndIndex) {
    create(engine, {.name = "colored", .indexes = {{.name = "by-color", .hash = {"color"}}}});
    put(engine, "things", {{"id", "gone"}, {"pad", text(1500)}});
    client::BatchWriteItemRequest request{
        .request_items =
            client::StringMap<std::vector<client::WriteRequest>>{
                {"things",
                 {put_request({{"id", "a"}, {"pad", text(1500)}}), delete_request({{"id", "gone"}}),
                  delete_request({{"id", "missing"}})}},
                {"colored", {put_request({{"id", "c"}, {"color", "red"}})}}},
        .return_consumed_capacity = client::ReturnConsumedCapacity::Indexes};
    const auto answer = engine.batch_write_item(request);
    // 1.5 KB put: 2 units; delete of a 1.5 KB item: 2; delete of nothing: 1. The colored put
    // writes the table and its index entry, one unit each.
    EXPECT_EQ(answer.consumed_capacity,
              (std::vector<client::ConsumedCapacity>{
                  {.table_name = "colored",
                   .capacity_units = 2.0,
                   .table = client::Capacity{.capacity_units = 1.0},
                   .global_secondary_indexes =
                       client::StringMap<client::Capacity>{
                           {"by-color", client::Capacity{.capacity_units = 1.0}}}},
                  {.table_name = "things",
                   .capacity_units = 5.0,
                   .table = client::Capacity{.capacity_units = 5.0}}}));
}

TEST_F(EngineBatch, WriteReportsItemCollectionsOfTablesWithLocalIndexes) {
    create(engine,
           {.name = "events",
            .hash = {"user"},
            .range = Key{"at", client::ScalarAttributeType::N},
            .indexes = {
                {.name = "by-kind", .global = false, .hash = {"user"}, .range = Key{"kind"}}}});
    const auto answer =
        engine.batch_write_item(
            {.request_items =
                 client::StringMap<std::vector<client::WriteRequest>>{
                     {"events",
                      {put_request({{"user", "u"}, {"at", 1}, {"kind", "k"}}),
                       delete_request({{"user", "v"}, {"at", 2}})}},
                     {"things", {put_request({{"id", "a"}})}}},
             .return_item_collection_metrics = client::ReturnItemCollectionMetrics::Size});
    ASSERT_TRUE(answer.item_collection_metrics.has_value());
    EXPECT_EQ(answer.item_collection_metrics->count("things"), 0U);
    const auto& events = answer.item_collection_metrics->at("events");
    ASSERT_EQ(events.size(), 2U);
    EXPECT_EQ(events[0].item_collection_key, (Item{{"user", "u"}}));
    EXPECT_EQ(events[0].size_estimate_range_gb, (std::vector<double>{0, 1}));
    EXPECT_EQ(events[1].item_collection_key, (Item{{"user", "v"}}));
}

class EngineBatchRefusal : public EngineBatch {
  protected:
    // The error of a batch that also puts a valid item first, and checks that it wrote nothing.
    std::string refusal(client::StringMap<std::vector<client::WriteRequest>> items) {
        items["things"].insert(items["things"].begin(), put_request({{"id", "valid"}}));
        const std::string error =
            failure([&] { engine.batch_write_item({.request_items = std::move(items)}); });
        EXPECT_EQ(get(engine, "things", {{"id", "valid"}}), std::nullopt) << error;
        return error;
    }
    using Writes = client::StringMap<std::vector<client::WriteRequest>>;
};

TEST_F(EngineBatchRefusal, UnknownTablesWriteNothing) {
    EXPECT_EQ(refusal(Writes{{"nothing", {put_request({{"id", "a"}})}}}),
              "ResourceNotFoundException: Requested resource not found");
}

TEST_F(EngineBatchRefusal, KeysThatDoNotFitTheSchemaWriteNothing) {
    const std::string mismatch = invalid("The provided key element does not match the schema");
    EXPECT_EQ(refusal(Writes{{"things", {put_request({{"other", "a"}})}}}), mismatch);
    EXPECT_EQ(refusal(Writes{{"things", {put_request({{"id", 1}})}}}), mismatch);
    EXPECT_EQ(refusal(Writes{{"books", {put_request({{"author", "a"}})}}}), mismatch);
    EXPECT_EQ(refusal(Writes{{"things", {delete_request({{"id", true}})}}}), mismatch);
    EXPECT_EQ(refusal(Writes{{"books", {delete_request({{"author", "a"}})}}}), mismatch);
}

TEST_F(EngineBatchRefusal, BadKeyValuesAndIndexKeysWriteNothing) {
    create(engine, {.name = "colored", .indexes = {{.name = "by-color", .hash = {"color"}}}});
    EXPECT_EQ(refusal(Writes{{"things", {put_request({{"id", ""}})}}}),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: id"));
    EXPECT_EQ(refusal(Writes{{"colored", {put_request({{"id", "a"}, {"color", 1}})}}}),
              invalid("One or more parameter values were invalid: Type mismatch for Index Key "
                      "color Expected: S Actual: N IndexName: by-color"));
    EXPECT_EQ(refusal(Writes{{"things", {put_request({{"id", text(2049)}})}}}),
              invalid("One or more parameter values were invalid: Size of hashkey has exceeded "
                      "the maximum size limit of2048 bytes"));
}

TEST_F(EngineBatchRefusal, ItemsOverTheSizeLimitAreRefusedBeforeTablesAreLookedUp) {
    EXPECT_EQ(refusal(Writes{{"nothing", {put_request({{"id", "a"}, {"pad", text(410000)}})}}}),
              invalid("Item size has exceeded the maximum allowed size"));
}

TEST_F(EngineBatchRefusal, DuplicateItemsWriteNothing) {
    const std::string duplicates = invalid("Provided list of item keys contains duplicates");
    EXPECT_EQ(
        refusal(Writes{{"things", {put_request({{"id", "a"}}), delete_request({{"id", "a"}})}}}),
        duplicates);
    EXPECT_EQ(refusal(Writes{{"books",
                              {delete_request({{"author", "a"}, {"title", "t"}}),
                               put_request({{"author", "a"}, {"title", "t"}, {"x", 1}})}}}),
              duplicates);
    // The same key in two tables is two items.
    EXPECT_NO_THROW(engine.batch_write_item(
        {.request_items = Writes{{"things", {put_request({{"id", "a"}})}},
                                 {"books", {put_request({{"author", "a"}, {"title", "a"}})}}}}));
    // Tables are looked up first.
    EXPECT_EQ(
        refusal(Writes{{"nothing", {put_request({{"id", "a"}}), put_request({{"id", "a"}})}}}),
        "ResourceNotFoundException: Requested resource not found");
}

TEST_F(EngineBatchRefusal, MoreThan25WritesInAllAreRefused) {
    Writes writes;
    for (int i = 0; i < 13; ++i) {
        writes["things"].push_back(put_request({{"id", "t" + std::to_string(i)}}));
        writes["books"].push_back(put_request({{"author", "a"}, {"title", std::to_string(i)}}));
    }
    EXPECT_EQ(refusal(writes), invalid("Too many items requested for the BatchWriteItem call"));
}

TEST(EngineBatchPersistence, APersistentEngineKeepsABatch) {
    const auto directory = std::filesystem::temp_directory_path() /
                           ("dynamorm-batch-" + std::to_string(std::random_device{}()));
    const EngineOptions options{.directory = directory.string()};
    const Item kept{{"id", "kept"}, {"n", 1}};
    {
        Engine engine(options);
        create(engine, {.name = "things"});
        put(engine, "things", {{"id", "gone"}});
        engine.batch_write_item(
            {.request_items = client::StringMap<std::vector<client::WriteRequest>>{
                 {"things", {put_request(kept), delete_request({{"id", "gone"}})}}}});
    }
    {
        Engine engine(options);
        EXPECT_EQ(get(engine, "things", {{"id", "kept"}}), kept);
        EXPECT_EQ(get(engine, "things", {{"id", "gone"}}), std::nullopt);
    }
    std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace dynamorm::local
