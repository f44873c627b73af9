// HttpClient against dynalite: tables, single items, queries with paging, scans and batches.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "http_support.hpp"

namespace {

using namespace httptest;
using dynamorm::Number;

dc::HttpClient make_client() {
    return dc::HttpClient(options(dynamorm::test::dynalite_endpoint()));
}

Item key(const std::string& pk, int sk) {
    return Item{{"pk", pk}, {"sk", sk}};
}

TEST(HttpDynaliteTables, CreateDescribeListDelete) {
    dc::HttpClient client = make_client();
    const std::string name = dynamorm::test::unique_table_name("tables");
    dc::CreateTableRequest create;
    create.table_name = name;
    create.attribute_definitions = {{"pk", dc::ScalarAttributeType::S}};
    create.key_schema = {{"pk", dc::KeyType::Hash}};
    create.provisioned_throughput = dc::ProvisionedThroughput{5, 3};
    const dc::CreateTableResponse created = client.create_table(create);
    ASSERT_TRUE(created.table_description);
    EXPECT_EQ(created.table_description->table_name, name);
    EXPECT_EQ(created.table_description->key_schema, create.key_schema);

    const dc::DescribeTableResponse described = client.describe_table({.table_name = name});
    ASSERT_TRUE(described.table);
    EXPECT_EQ(described.table->table_name, name);
    EXPECT_EQ(described.table->attribute_definitions, create.attribute_definitions);
    ASSERT_TRUE(described.table->provisioned_throughput);
    EXPECT_EQ(described.table->provisioned_throughput->read_capacity_units, 5);
    EXPECT_EQ(described.table->provisioned_throughput->write_capacity_units, 3);
    EXPECT_EQ(described.table->item_count, 0);

    const dc::ListTablesResponse listed = client.list_tables({});
    EXPECT_NE(std::find(listed.table_names.begin(), listed.table_names.end(), name),
              listed.table_names.end());

    const dc::DeleteTableResponse deleted = client.delete_table({.table_name = name});
    ASSERT_TRUE(deleted.table_description);
    EXPECT_EQ(deleted.table_description->table_name, name);
}

TEST(HttpDynaliteItems, PutGetUpdateDelete) {
    dc::HttpClient client = make_client();
    const std::string table = create_table(client, "items");
    const Item item{{"pk", "thing1"},
                    {"sk", 1},
                    {"name", "Thing One"},
                    {"count", 41},
                    {"price", Number("-12.50")},
                    {"tags", AttributeValue::string_set({"a", "b"})},
                    {"address", dynamorm::Map{{"zip", "02134"}, {"lines", AttributeValue{1, "x"}}}},
                    {"ok", true}};
    const dc::PutItemResponse put = client.put_item({.table_name = table, .item = item});
    EXPECT_FALSE(put.attributes);

    const dc::GetItemResponse got =
        client.get_item({.table_name = table, .key = key("thing1", 1), .consistent_read = true});
    ASSERT_TRUE(got.item);
    EXPECT_EQ(*got.item, item);

    dc::UpdateItemRequest update;
    update.table_name = table;
    update.key = key("thing1", 1);
    update.update_expression = "SET #c = #c + :one REMOVE tags";
    update.expression_attribute_names = dc::AttributeNameMap{{"#c", "count"}};
    update.expression_attribute_values = Item{{":one", 1}};
    update.return_values = dc::ReturnValues::AllNew;
    const dc::UpdateItemResponse updated = client.update_item(update);
    ASSERT_TRUE(updated.attributes);
    EXPECT_EQ(updated.attributes->at("count"), AttributeValue(42));
    EXPECT_TRUE(updated.attributes->find("tags") == updated.attributes->end());
    EXPECT_EQ(updated.attributes->at("name"), AttributeValue("Thing One"));

    const dc::DeleteItemResponse deleted = client.delete_item(
        {.table_name = table, .key = key("thing1", 1), .return_values = dc::ReturnValues::AllOld});
    ASSERT_TRUE(deleted.attributes);
    EXPECT_EQ(*deleted.attributes, *updated.attributes);

    const dc::GetItemResponse gone =
        client.get_item({.table_name = table, .key = key("thing1", 1), .consistent_read = true});
    EXPECT_FALSE(gone.item);
}

TEST(HttpDynaliteItems, QueryPagesThroughAPartition) {
    dc::HttpClient client = make_client();
    const std::string table = create_table(client, "query");
    constexpr int kItems = 25;
    for (int i = 0; i < kItems; ++i) {
        client.put_item({.table_name = table, .item = Item{{"pk", "p"}, {"sk", i}, {"v", i * i}}});
    }
    client.put_item({.table_name = table, .item = Item{{"pk", "other"}, {"sk", 0}}});

    for (const bool forward : {true, false}) {
        dc::QueryRequest query;
        query.table_name = table;
        query.key_condition_expression = "pk = :p";
        query.expression_attribute_values = Item{{":p", "p"}};
        query.limit = 10;
        query.scan_index_forward = forward;
        std::vector<int> seen;
        std::vector<int> page_sizes;
        for (;;) {
            const dc::QueryResponse page = client.query(query);
            ASSERT_TRUE(page.items);
            page_sizes.push_back(page.count);
            EXPECT_EQ(page.count, static_cast<int>(page.items->size()));
            for (const Item& item : *page.items) {
                const int sk = static_cast<int>(item.at("sk").as_n().to_int64());
                EXPECT_EQ(item.at("v"), AttributeValue(sk * sk));
                seen.push_back(sk);
            }
            if (!page.last_evaluated_key) break;
            query.exclusive_start_key = page.last_evaluated_key;
        }
        EXPECT_EQ(page_sizes, (std::vector<int>{10, 10, 5}));
        std::vector<int> expected(kItems);
        for (int i = 0; i < kItems; ++i)
            expected[i] = forward ? i : kItems - 1 - i;
        EXPECT_EQ(seen, expected);
    }
}

TEST(HttpDynaliteItems, ScanWithFilter) {
    dc::HttpClient client = make_client();
    const std::string table = create_table(client, "scan");
    for (int i = 0; i < 12; ++i) {
        client.put_item(
            {.table_name = table,
             .item = Item{{"pk", "p" + std::to_string(i)}, {"sk", i}, {"even", i % 2 == 0}}});
    }
    dc::ScanRequest scan;
    scan.table_name = table;
    scan.filter_expression = "even = :t";
    scan.expression_attribute_values = Item{{":t", true}};
    const dc::ScanResponse response = client.scan(scan);
    EXPECT_EQ(response.scanned_count, 12);
    EXPECT_EQ(response.count, 6);
    ASSERT_TRUE(response.items);
    for (const Item& item : *response.items)
        EXPECT_EQ(item.at("even"), AttributeValue(true));
}

TEST(HttpDynaliteItems, BatchWriteThenBatchGet) {
    dc::HttpClient client = make_client();
    const std::string table = create_table(client, "batch");
    std::vector<dc::WriteRequest> writes;
    for (int i = 0; i < 20; ++i) {
        writes.push_back({.put_request = dc::PutRequest{Item{{"pk", "b"}, {"sk", i}, {"n", i}}}});
    }
    const dc::BatchWriteItemResponse written = client.batch_write_item(
        {.request_items = dc::StringMap<std::vector<dc::WriteRequest>>{{table, writes}}});
    EXPECT_TRUE(written.unprocessed_items.empty());

    // Delete the odd ones in a second batch.
    writes.clear();
    for (int i = 1; i < 20; i += 2) {
        writes.push_back({.delete_request = dc::DeleteRequest{key("b", i)}});
    }
    client.batch_write_item(
        {.request_items = dc::StringMap<std::vector<dc::WriteRequest>>{{table, writes}}});

    dc::KeysAndAttributes keys;
    keys.keys.emplace();
    for (int i = 0; i < 20; ++i)
        keys.keys->push_back(key("b", i));
    keys.consistent_read = true;
    const dc::BatchGetItemResponse got = client.batch_get_item(
        {.request_items = dc::StringMap<dc::KeysAndAttributes>{{table, keys}}});
    EXPECT_TRUE(got.unprocessed_keys.empty());
    ASSERT_EQ(got.responses.count(table), 1u);
    std::vector<int> found;
    for (const Item& item : got.responses.at(table)) {
        found.push_back(static_cast<int>(item.at("n").as_n().to_int64()));
    }
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<int>{0, 2, 4, 6, 8, 10, 12, 14, 16, 18}));
}

}  // namespace
