// UpdateTable: throughput and billing, global secondary indexes, stream, encryption, class and
// deletion protection; the answers (UPDATING, then ACTIVE at once) and DynamoDB's errors.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using client::BillingMode;
using client::GlobalSecondaryIndexUpdate;
using client::IndexStatus;
using client::ScalarAttributeType;
using client::TableStatus;
using client::UpdateTableRequest;
using namespace testing;

// A provisioned table (5/1) keyed by `id`, with the index by-color (3/2) on `color`.
client::CreateTableRequest colored_table(std::string name) {
    auto request = simple_table(std::move(name));
    request.attribute_definitions->push_back(attribute("color"));
    request.global_secondary_indexes = {{{.index_name = "by-color",
                                          .key_schema = {{hash_key("color")}},
                                          .projection = project_all(),
                                          .provisioned_throughput = throughput(3, 2)}}};
    return request;
}

GlobalSecondaryIndexUpdate update_index(std::string name, std::int64_t read, std::int64_t write) {
    return {.update = client::UpdateGlobalSecondaryIndexAction{
                .index_name = std::move(name), .provisioned_throughput = throughput(read, write)}};
}

GlobalSecondaryIndexUpdate create_index(std::string name, std::string key,
                                        std::optional<client::ProvisionedThroughput> units = {}) {
    return {.create =
                client::CreateGlobalSecondaryIndexAction{.index_name = std::move(name),
                                                         .key_schema = {{hash_key(std::move(key))}},
                                                         .projection = project_keys(),
                                                         .provisioned_throughput = units}};
}

GlobalSecondaryIndexUpdate delete_index(std::string name) {
    return {.delete_ = client::DeleteGlobalSecondaryIndexAction{.index_name = std::move(name)}};
}

// ---- Throughput and billing --------------------------------------------------------------

TEST(UpdateTableThroughput, AnswersUpdatingWithTheOldUnitsThenHasTheNew) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const auto answer =
        *engine.update_table({.table_name = "books", .provisioned_throughput = throughput(10, 1)})
             .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    EXPECT_EQ(answer.provisioned_throughput->read_capacity_units, 5);

    auto now = describe(engine, "books");
    EXPECT_EQ(now.table_status, TableStatus::Active);
    EXPECT_EQ(now.provisioned_throughput->read_capacity_units, 10);
    EXPECT_EQ(now.provisioned_throughput->write_capacity_units, 1);
    EXPECT_TRUE(now.provisioned_throughput->last_increase_date_time);
    EXPECT_FALSE(now.provisioned_throughput->last_decrease_date_time);
    EXPECT_EQ(now.provisioned_throughput->number_of_decreases_today, 0);

    engine.update_table({.table_name = "books", .provisioned_throughput = throughput(2, 1)});
    now = describe(engine, "books");
    EXPECT_EQ(now.provisioned_throughput->read_capacity_units, 2);
    EXPECT_TRUE(now.provisioned_throughput->last_decrease_date_time);
    EXPECT_EQ(now.provisioned_throughput->number_of_decreases_today, 1);
}

TEST(UpdateTableThroughput, UnchangedThroughputIsRefused) {
    Engine engine;
    engine.create_table(colored_table("books"));
    expect_error(
        [&] {
            engine.update_table(
                {.table_name = "books", .provisioned_throughput = throughput(5, 1)});
        },
        kValidation,
        "The provisioned throughput for the table will not change. The requested value equals "
        "the current value. Current ReadCapacityUnits provisioned for the table: 5. Requested "
        "ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 1. "
        "Requested WriteCapacityUnits: 1. Refer to the Amazon DynamoDB Developer Guide for "
        "current limits and how to request higher limits.");
    expect_error(
        [&] {
            engine.update_table(
                {.table_name = "books",
                 .global_secondary_index_updates = {{update_index("by-color", 3, 2)}}});
        },
        kValidation,
        "The provisioned throughput for the index by-color will not change. The requested value "
        "equals the current value. Current ReadCapacityUnits provisioned for index by-color: 3. "
        "Requested ReadCapacityUnits: 3. Current WriteCapacityUnits provisioned for index "
        "by-color: 2. Requested WriteCapacityUnits: 2. Refer to the Amazon DynamoDB Developer "
        "Guide for current limits and how to request higher limits.");
}

TEST(UpdateTableThroughput, OnDemandTablesTakeNoUnits) {
    Engine engine;
    engine.create_table(range_table("books"));
    expect_error(
        [&] {
            engine.update_table(
                {.table_name = "books", .provisioned_throughput = throughput(5, 5)});
        },
        kValidation,
        "One or more parameter values were invalid: Neither ReadCapacityUnits nor "
        "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
}

TEST(UpdateTableBilling, SwitchesToOnDemandAndBack) {
    Engine engine;
    engine.create_table(colored_table("books"));
    const auto answer =
        *engine.update_table({.table_name = "books", .billing_mode = BillingMode::PayPerRequest})
             .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    auto now = describe(engine, "books");
    EXPECT_EQ(now.table_status, TableStatus::Active);
    ASSERT_TRUE(now.billing_mode_summary);
    EXPECT_EQ(now.billing_mode_summary->billing_mode, BillingMode::PayPerRequest);
    EXPECT_TRUE(now.billing_mode_summary->last_update_to_pay_per_request_date_time);
    EXPECT_EQ(now.provisioned_throughput->read_capacity_units, 0);
    EXPECT_EQ(global_index(now, "by-color")->provisioned_throughput->read_capacity_units, 0);

    // Back to provisioned: every index needs its units in the same request.
    expect_error(
        [&] {
            engine.update_table({.table_name = "books",
                                 .billing_mode = BillingMode::Provisioned,
                                 .provisioned_throughput = throughput(4, 4)});
        },
        kValidation,
        "One or more parameter values were invalid: ProvisionedThroughput must be specified for "
        "index: by-color");
    engine.update_table({.table_name = "books",
                         .billing_mode = BillingMode::Provisioned,
                         .provisioned_throughput = throughput(4, 4),
                         .global_secondary_index_updates = {{update_index("by-color", 6, 7)}}});
    now = describe(engine, "books");
    EXPECT_EQ(now.billing_mode_summary->billing_mode, BillingMode::Provisioned);
    EXPECT_EQ(now.provisioned_throughput->read_capacity_units, 4);
    EXPECT_EQ(global_index(now, "by-color")->provisioned_throughput->write_capacity_units, 7);
}

TEST(UpdateTableBilling, OnDemandAgainIsAccepted) {
    Engine engine;
    engine.create_table(range_table("books"));
    const auto answer =
        *engine.update_table({.table_name = "books", .billing_mode = BillingMode::PayPerRequest})
             .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Active);
}

// ---- Global secondary indexes ------------------------------------------------------------

TEST(UpdateTableIndexes, UpdatesAnIndexThroughput) {
    Engine engine;
    engine.create_table(colored_table("books"));
    const auto answer =
        *engine
             .update_table({.table_name = "books",
                            .global_secondary_index_updates = {{update_index("by-color", 8, 2)}}})
             .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Active);
    EXPECT_EQ(global_index(answer, "by-color")->index_status, IndexStatus::Updating);
    EXPECT_EQ(global_index(answer, "by-color")->provisioned_throughput->read_capacity_units, 3);
    const auto now = describe(engine, "books");
    EXPECT_EQ(global_index(now, "by-color")->index_status, IndexStatus::Active);
    EXPECT_EQ(global_index(now, "by-color")->provisioned_throughput->read_capacity_units, 8);
}

TEST(UpdateTableIndexes, CreatesAnIndexFromTheItems) {
    Engine engine;
    engine.create_table(range_table("books"));
    for (int i = 0; i < 30; ++i) {
        Item item{{"id", "book" + std::to_string(i % 4)}, {"n", i}};
        if (i % 3 == 0) item.insert_or_assign("author", "author" + std::to_string(i % 5));
        if (i % 5 == 0) item.insert_or_assign("author", i);  // a number: not in the index
        put(engine, "books", std::move(item));
    }
    const UpdateTableRequest request{
        .attribute_definitions = {{attribute("author")}},
        .table_name = "books",
        .global_secondary_index_updates = {{create_index("by-author", "author")}}};
    const auto answer = *engine.update_table(request).table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    const auto* created = global_index(answer, "by-author");
    ASSERT_NE(created, nullptr);
    EXPECT_EQ(created->index_status, IndexStatus::Creating);
    EXPECT_EQ(created->backfilling, false);
    EXPECT_EQ(created->index_arn,
              "arn:aws:dynamodb:us-east-1:000000000000:table/books/index/by-author");

    const auto now = describe(engine, "books");
    EXPECT_EQ(now.table_status, TableStatus::Active);
    EXPECT_EQ(global_index(now, "by-author")->index_status, IndexStatus::Active);
    // Multiples of 3 that are not multiples of 5: 3 6 9 12 18 21 24 27.
    EXPECT_EQ(global_index(now, "by-author")->item_count, 8);
    std::vector<std::string> defined;
    for (const auto& definition : *now.attribute_definitions) {
        defined.push_back(*definition.attribute_name);
    }
    EXPECT_EQ(defined, (std::vector<std::string>{"author", "id", "n"}));

    // Kept up to date from then on.
    put(engine, "books", Item{{"id", "new"}, {"n", 1}, {"author", "someone"}});
    EXPECT_EQ(global_index(describe(engine, "books"), "by-author")->item_count, 9);
}

TEST(UpdateTableIndexes, DeletesAnIndexAndItsAttributeDefinition) {
    Engine engine;
    engine.create_table(colored_table("books"));
    put(engine, "books", Item{{"id", "a"}, {"color", "red"}});
    const auto answer =
        *engine
             .update_table({.table_name = "books",
                            .global_secondary_index_updates = {{delete_index("by-color")}}})
             .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    EXPECT_EQ(global_index(answer, "by-color")->index_status, IndexStatus::Deleting);

    const auto now = describe(engine, "books");
    EXPECT_FALSE(now.global_secondary_indexes);
    EXPECT_EQ(now.attribute_definitions->size(), 1U);
    EXPECT_EQ(now.item_count, 1);

    // The name is free again, and the new index starts from the items.
    engine.update_table({.attribute_definitions = {{attribute("color")}},
                         .table_name = "books",
                         .global_secondary_index_updates = {
                             {create_index("by-color", "color", throughput(1, 1))}}});
    EXPECT_EQ(global_index(describe(engine, "books"), "by-color")->item_count, 1);
}

TEST(UpdateTableIndexes, UnknownAndLocalIndexesAreRefused) {
    Engine engine;
    auto request = range_table("books");
    request.attribute_definitions->push_back(attribute("color"));
    request.local_secondary_indexes = {{{.index_name = "local",
                                         .key_schema = {{hash_key("id"), range_key("color")}},
                                         .projection = project_all()}}};
    engine.create_table(request);
    const auto update = [&](GlobalSecondaryIndexUpdate u) {
        engine.update_table({.table_name = "books", .global_secondary_index_updates = {{u}}});
    };
    expect_error([&] { update(delete_index("ghost")); }, kNotFound,
                 "Requested resource not found: Index ghost for table books");
    expect_error([&] { update(delete_index("local")); }, kValidation,
                 "Cannot delete an index that is not a GlobalSecondaryIndex: local");
    expect_error([&] { update(update_index("local", 1, 1)); }, kValidation,
                 "Cannot update an index that is not a GlobalSecondaryIndex: local");
    expect_error([&] { update(create_index("local", "color")); }, kValidation,
                 "Attempting to create an index which already exists");
}

TEST(UpdateTableIndexes, ANewIndexNeedsItsDefinitionsAndThroughput) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error(
        [&] {
            engine.update_table({.table_name = "books",
                                 .global_secondary_index_updates = {
                                     {create_index("by-color", "color", throughput(1, 1))}}});
        },
        kValidation,
        "One or more parameter values were invalid: AttributeDefinitions is not specified for "
        "index: by-color");
    expect_error(
        [&] {
            engine.update_table({.attribute_definitions = {{attribute("size")}},
                                 .table_name = "books",
                                 .global_secondary_index_updates = {
                                     {create_index("by-color", "color", throughput(1, 1))}}});
        },
        kValidation,
        "One or more parameter values were invalid: Some index key attributes are not defined in "
        "AttributeDefinitions. Keys: [color], AttributeDefinitions: [size, id]");
    expect_error(
        [&] {
            engine.update_table(
                {.attribute_definitions = {{attribute("color")}},
                 .table_name = "books",
                 .global_secondary_index_updates = {{create_index("by-color", "color")}}});
        },
        kValidation,
        "One or more parameter values were invalid: ProvisionedThroughput must be specified for "
        "index: by-color");
}

TEST(UpdateTableIndexes, OneIndexCreatedOrDeletedAtATime) {
    Engine engine;
    engine.create_table(colored_table("books"));
    expect_error(
        [&] {
            engine.update_table({.attribute_definitions = {{attribute("size")}},
                                 .table_name = "books",
                                 .global_secondary_index_updates = {
                                     {create_index("by-size", "size", throughput(1, 1)),
                                      delete_index("by-color")}}});
        },
        kLimit,
        "Subscriber limit exceeded: Only 1 online index can be created or deleted "
        "simultaneously per table");
    expect_error(
        [&] {
            engine.update_table({.table_name = "books",
                                 .provisioned_throughput = throughput(9, 9),
                                 .global_secondary_index_updates = {{delete_index("by-color")}}});
        },
        kValidation,
        "One or more parameter values were invalid: You cannot create or delete index while "
        "updating table IOPS");
}

TEST(UpdateTableIndexes, AtMostTwentyGlobalIndexes) {
    Engine engine;
    auto request = range_table("books");
    request.attribute_definitions->push_back(attribute("color"));
    request.global_secondary_indexes.emplace();
    for (int i = 0; i < 20; ++i) {
        request.global_secondary_indexes->push_back({.index_name = "gsi" + std::to_string(i),
                                                     .key_schema = {{hash_key("color")}},
                                                     .projection = project_keys()});
    }
    engine.create_table(request);
    expect_error(
        [&] {
            engine.update_table(
                {.attribute_definitions = {{attribute("color")}},
                 .table_name = "books",
                 .global_secondary_index_updates = {{create_index("gsi20", "color")}}});
        },
        kLimit,
        "Subscriber limit exceeded: Number of global secondary indexes exceeds per-table limit "
        "of 20");
}

// ---- Stream, encryption, class, protection -----------------------------------------------

TEST(UpdateTableStream, EnablesAndDisables) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const client::StreamSpecification on{.stream_enabled = true,
                                         .stream_view_type = client::StreamViewType::KeysOnly};
    const client::StreamSpecification off{.stream_enabled = false};
    const auto answer =
        *engine.update_table({.table_name = "books", .stream_specification = on}).table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    EXPECT_EQ(answer.stream_specification, on);
    const auto first_arn = describe(engine, "books").latest_stream_arn;
    ASSERT_TRUE(first_arn);

    expect_error([&] { engine.update_table({.table_name = "books", .stream_specification = on}); },
                 kValidation, "Table already has an enabled stream: TableName: books");
    engine.update_table({.table_name = "books", .stream_specification = off});
    auto now = describe(engine, "books");
    EXPECT_FALSE(now.stream_specification);
    EXPECT_EQ(now.latest_stream_arn, first_arn);  // the last stream is still named
    expect_error([&] { engine.update_table({.table_name = "books", .stream_specification = off}); },
                 kValidation, "Table has no stream to disable: TableName: books");

    engine.update_table({.table_name = "books", .stream_specification = on});
    now = describe(engine, "books");
    EXPECT_NE(now.latest_stream_arn, first_arn);  // a new stream
}

TEST(UpdateTableStream, ViewTypeGoesWithEnablingOnly) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error(
        [&] {
            engine.update_table(
                {.table_name = "books",
                 .stream_specification = client::StreamSpecification{.stream_enabled = true}});
        },
        kValidation,
        "One or more parameter values were invalid: If stream is being enabled then "
        "UpdateViewType is required");
    expect_error(
        [&] {
            engine.update_table({.table_name = "books",
                                 .stream_specification = client::StreamSpecification{
                                     .stream_enabled = false,
                                     .stream_view_type = client::StreamViewType::NewImage}});
        },
        kValidation,
        "One or more parameter values were invalid: If stream is being disabled, then "
        "UpdateViewType must not be specified");
}

TEST(UpdateTableEncryption, SwitchesToAKmsKeyAndBack) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error(
        [&] {
            engine.update_table({.table_name = "books",
                                 .sse_specification = client::SseSpecification{.enabled = false}});
        },
        kValidation,
        "One or more parameter values were invalid: Table is already encrypted by default");
    const client::SseSpecification kms{
        .enabled = true,
        .sse_type = client::SseType::Kms,
        .kms_master_key_id = "arn:aws:kms:us-east-1:000000000000:key/k1"};
    const auto answer =
        *engine.update_table({.table_name = "books", .sse_specification = kms}).table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Active);
    EXPECT_EQ(answer.sse_description->status, client::SseStatus::Updating);
    auto now = describe(engine, "books");
    EXPECT_EQ(now.sse_description->status, client::SseStatus::Enabled);
    EXPECT_EQ(now.sse_description->kms_master_key_arn, kms.kms_master_key_id);
    expect_error([&] { engine.update_table({.table_name = "books", .sse_specification = kms}); },
                 kValidation,
                 "One or more parameter values were invalid: Table is already encrypted with given "
                 "KMSMasterKeyId. Use KMSMasterKeyId parameter if you want to change Master Key");
    engine.update_table(
        {.table_name = "books", .sse_specification = client::SseSpecification{.enabled = false}});
    EXPECT_FALSE(describe(engine, "books").sse_description);
}

TEST(UpdateTableSettings, ClassAndDeletionProtection) {
    Engine engine;
    engine.create_table(simple_table("books"));
    auto answer = *engine
                       .update_table({.table_name = "books",
                                      .table_class = client::TableClass::StandardInfrequentAccess})
                       .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Updating);
    EXPECT_EQ(describe(engine, "books").table_class_summary->table_class,
              client::TableClass::StandardInfrequentAccess);

    answer = *engine.update_table({.table_name = "books", .deletion_protection_enabled = true})
                  .table_description;
    EXPECT_EQ(answer.table_status, TableStatus::Active);
    EXPECT_EQ(answer.deletion_protection_enabled, true);
    EXPECT_EQ(describe(engine, "books").deletion_protection_enabled, true);
}

TEST(UpdateTableChecks, OneKindOfChangePerRequest) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const auto refuses = [&](UpdateTableRequest request, const std::string& message) {
        request.table_name = "books";
        expect_error([&] { engine.update_table(request); }, kValidation,
                     "One or more parameter values were invalid: " + message);
    };
    refuses({.provisioned_throughput = throughput(9, 9),
             .sse_specification = client::SseSpecification{.enabled = true},
             .deletion_protection_enabled = true},
            "Server-Side Encryption modification must be the only operation in the request");
    refuses(
        {.provisioned_throughput = throughput(9, 9), .table_class = client::TableClass::Standard},
        "TableClass modification must be the only operation in the request");
    refuses({.provisioned_throughput = throughput(9, 9), .deletion_protection_enabled = true},
            "DeletionProtection modification must be the only operation in the request");
    refuses({.global_secondary_index_updates = std::vector<GlobalSecondaryIndexUpdate>{},
             .deletion_protection_enabled = true},
            "List of GlobalSecondaryIndexUpdates is empty");
    refuses({.provisioned_throughput = throughput(9, 9),
             .stream_specification =
                 client::StreamSpecification{.stream_enabled = true,
                                             .stream_view_type = client::StreamViewType::KeysOnly}},
            "You cannot modify stream status while updating table IOPS");
    // Nothing changed.
    EXPECT_EQ(describe(engine, "books").provisioned_throughput->read_capacity_units, 5);
}

TEST(UpdateTableChecks, UnknownTable) {
    Engine engine;
    expect_error(
        [&] {
            engine.update_table({.table_name = "nope", .provisioned_throughput = throughput(1, 1)});
        },
        kNotFound, "Requested resource not found: Table: nope not found");
}

}  // namespace
}  // namespace dynamorm::local
