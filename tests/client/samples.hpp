// Requests and responses for the client tests: `full<T>()` sets every member at every level
// (checked by every_member_set), `minimal<T>()` only what DynamoDB requires.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "client/shapes.hpp"
#include "dynamorm/client/requests.hpp"

namespace samples {

namespace dc = dynamorm::client;
using dynamorm::AttributeValue;
using dynamorm::Binary;
using dynamorm::Item;
using dynamorm::Number;

inline Item key(const std::string& id) {
    return Item{{"id", id}, {"sort", 7}};
}

inline Item rich_item() {
    return Item{{"id", "thing1"},
                {"n", Number("-12.500")},
                {"b", Binary{std::string("\x00\x01\xff", 3)}},
                {"ok", true},
                {"none", dynamorm::Null{}},
                {"m", dynamorm::Map{{"zip", "02134"}, {"list", AttributeValue{1, "two"}}}},
                {"ss", AttributeValue::string_set({"a", "b"})},
                {"ns", AttributeValue::number_set({Number(1), Number("2.5")})},
                {"bs", AttributeValue::binary_set({Binary{"x"}, Binary{"y"}})}};
}

inline dc::AttributeNameMap names() {
    return {{"#n", "name"}, {"#c", "color"}};
}

inline dc::AttributeValueMap values() {
    return {{":v", "purple"}, {":n", 3}};
}

inline std::vector<dc::KeySchemaElement> key_schema() {
    return {{.attribute_name = "id", .key_type = dc::KeyType::Hash},
            {.attribute_name = "sort", .key_type = dc::KeyType::Range}};
}

inline std::vector<dc::AttributeDefinition> attribute_definitions() {
    return {{.attribute_name = "id", .attribute_type = dc::ScalarAttributeType::S},
            {.attribute_name = "sort", .attribute_type = dc::ScalarAttributeType::N},
            {.attribute_name = "color", .attribute_type = dc::ScalarAttributeType::S}};
}

inline dc::ProvisionedThroughput throughput() {
    return {.read_capacity_units = 5, .write_capacity_units = 1};
}

inline dc::Projection projection() {
    return {.projection_type = dc::ProjectionType::Include, .non_key_attributes = {{"name"}}};
}

inline dc::ProvisionedThroughputDescription throughput_description() {
    return {.last_increase_date_time = 1700000000.5,
            .last_decrease_date_time = 1690000000.25,
            .number_of_decreases_today = 2,
            .read_capacity_units = 5,
            .write_capacity_units = 1};
}

inline dc::TableDescription table_description() {
    return {
        .attribute_definitions = attribute_definitions(),
        .table_name = "things",
        .key_schema = key_schema(),
        .table_status = dc::TableStatus::Active,
        .creation_date_time = 1363729002.358,
        .provisioned_throughput = throughput_description(),
        .table_size_bytes = 1234567,
        .item_count = 42,
        .table_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/things",
        .table_id = "4d2f1bbf-4c4f-4a3f-9d5e-0123456789ab",
        .billing_mode_summary =
            dc::BillingModeSummary{.billing_mode = dc::BillingMode::Provisioned,
                                   .last_update_to_pay_per_request_date_time = 1600000000.0},
        .local_secondary_indexes = {{{.index_name = "by-sort",
                                      .key_schema = key_schema(),
                                      .projection = projection(),
                                      .index_size_bytes = 100,
                                      .item_count = 3,
                                      .index_arn = "arn:aws:dynamodb:us-east-1:123456789012:"
                                                   "table/things/index/by-sort"}}},
        .global_secondary_indexes = {{{.index_name = "by-color",
                                       .key_schema = {{{.attribute_name = "color",
                                                        .key_type = dc::KeyType::Hash}}},
                                       .projection = projection(),
                                       .index_status = dc::IndexStatus::Creating,
                                       .backfilling = true,
                                       .provisioned_throughput = throughput_description(),
                                       .index_size_bytes = 200,
                                       .item_count = 4,
                                       .index_arn = "arn:aws:dynamodb:us-east-1:123456789012:"
                                                    "table/things/index/by-color"}}},
        .stream_specification =
            dc::StreamSpecification{.stream_enabled = true,
                                    .stream_view_type = dc::StreamViewType::NewAndOldImages},
        .latest_stream_label = "2024-01-01T00:00:00.000",
        .latest_stream_arn =
            "arn:aws:dynamodb:us-east-1:123456789012:table/things/stream/"
            "2024-01-01T00:00:00.000",
        .sse_description = dc::SseDescription{.status = dc::SseStatus::Enabled,
                                              .sse_type = dc::SseType::Kms,
                                              .kms_master_key_arn = "arn:aws:kms:key/1",
                                              .inaccessible_encryption_date_time = 1.5},
        .table_class_summary = dc::TableClassSummary{.table_class = dc::TableClass::Standard,
                                                     .last_update_date_time = 1650000000.0},
        .deletion_protection_enabled = false,
    };
}

inline dc::Capacity capacity() {
    return {.read_capacity_units = 0.5, .write_capacity_units = 1.0, .capacity_units = 1.5};
}

inline dc::ConsumedCapacity consumed_capacity(const std::string& table = "things") {
    return {.table_name = table,
            .capacity_units = 3.5,
            .read_capacity_units = 2.5,
            .write_capacity_units = 1.0,
            .table = capacity(),
            .local_secondary_indexes = {{{"by-sort", capacity()}}},
            .global_secondary_indexes = {{{"by-color", capacity()}}}};
}

inline dc::ItemCollectionMetrics item_collection_metrics() {
    return {.item_collection_key = Item{{"id", "thing1"}}, .size_estimate_range_gb = {{0.0, 1.0}}};
}

inline dc::ExpectedAttributeValue expected_value() {
    return {.value = "purple",
            .exists = true,
            .comparison_operator = dc::ComparisonOperator::Between,
            .attribute_value_list = std::vector<AttributeValue>{1, 5}};
}

inline dc::Condition condition() {
    return {.attribute_value_list = std::vector<AttributeValue>{AttributeValue("a")},
            .comparison_operator = dc::ComparisonOperator::BeginsWith};
}

inline dc::KeysAndAttributes keys_and_attributes() {
    return {.keys = {{key("a"), key("b")}},
            .attributes_to_get = {{"id", "name"}},
            .consistent_read = true,
            .projection_expression = "#n, id",
            .expression_attribute_names = names()};
}

inline std::vector<dc::WriteRequest> write_requests() {
    return {{.put_request = dc::PutRequest{.item = rich_item()},
             .delete_request = dc::DeleteRequest{.key = key("gone")}}};
}

template <class Action>
Action transact_action() {
    Action action;
    action.table_name = "things";
    action.condition_expression = "attribute_exists(id)";
    action.expression_attribute_names = names();
    action.expression_attribute_values = values();
    action.return_values_on_condition_check_failure =
        dc::ReturnValuesOnConditionCheckFailure::AllOld;
    return action;
}

inline dc::TransactWriteItem transact_write_item() {
    auto check = transact_action<dc::ConditionCheck>();
    check.key = key("a");
    auto put = transact_action<dc::Put>();
    put.item = rich_item();
    auto del = transact_action<dc::Delete>();
    del.key = key("b");
    auto update = transact_action<dc::Update>();
    update.key = key("c");
    update.update_expression = "SET #c = :v";
    return {.condition_check = check, .put = put, .delete_ = del, .update = update};
}

// ---- Every member set, at every level -----------------------------------------------------

template <class T>
void expect_every_member_set(const T& value, const std::string& path);

template <class T>
void expect_element_set(const T& value, const std::string& path) {
    using dynamorm::client::detail::HasShape;
    if constexpr (HasShape<T>) {
        expect_every_member_set(value, path);
    } else if constexpr (std::is_same_v<T, Item>) {
        EXPECT_FALSE(value.empty()) << path;
    } else if constexpr (requires { typename T::value_type; } && !std::is_same_v<T, std::string>) {
        EXPECT_FALSE(value.empty()) << path;
        if constexpr (requires { value.begin()->second; }) {
            for (const auto& [name, element] : value)
                expect_element_set(element, path + "." + name);
        } else {
            for (const auto& element : value)
                expect_element_set(element, path + "[]");
        }
    }
}

template <class T>
void expect_every_member_set(const T& value, const std::string& path) {
    std::apply(
        [&](const auto&... field) {
            (
                [&] {
                    const auto& member = value.*(field.member);
                    const std::string at = path + "." + std::string(field.name);
                    using M = std::decay_t<decltype(member)>;
                    if constexpr (dynamorm::client::detail::IsOptional<M>::value) {
                        EXPECT_TRUE(member.has_value()) << at;
                        if (member) expect_element_set(*member, at);
                    } else {
                        expect_element_set(member, at);
                    }
                }(),
                ...);
        },
        dynamorm::client::detail::Shape<T>::fields);
}

}  // namespace samples
