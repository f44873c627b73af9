// The shapes DynamoDB's operations share: key schemas, indexes, throughput, table descriptions,
// consumed capacity, the legacy conditions, and the items of batches and transactions.
//
// Conventions of every request and response type in the client layer:
// - members are named after DynamoDB's, in snake_case (`TableName` → `table_name`); the wire
//   codec (client/wire.hpp) writes and reads DynamoDB's names;
// - a member DynamoDB may leave out is a std::optional, so that absent and empty stay apart
//   (DynamoDB accepts a request without ExpressionAttributeNames but refuses `{}`). In requests
//   every member is optional, as every member may be missing from a body the server receives;
//   validate() (client/validate.hpp) reports the missing ones DynamoDB requires;
// - items and keys are dynamorm::Item; enumerations are Enum<E> (client/enums.hpp);
// - numbers have the width of DynamoDB's Java types: Integer → int32, Long → int64, Double →
//   double; date-times are seconds since the epoch, as on the wire;
// - members named after C++ keywords take a trailing underscore (`delete_`).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/enums.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::client {

/// A JSON object of named members, in name order.
template <class T>
using StringMap = std::map<std::string, T, std::less<>>;

/// ExpressionAttributeNames: `#placeholder` → attribute name (the map type expr::Parser takes).
using AttributeNameMap = StringMap<std::string>;
/// ExpressionAttributeValues: `:placeholder` → value (the same type as Item).
using AttributeValueMap = Item;

// ---- Tables and indexes ------------------------------------------------------------------

struct KeySchemaElement {
    std::optional<std::string> attribute_name{};
    std::optional<Enum<KeyType>> key_type{};
    friend bool operator==(const KeySchemaElement&, const KeySchemaElement&) = default;
};

struct AttributeDefinition {
    std::optional<std::string> attribute_name{};
    std::optional<Enum<ScalarAttributeType>> attribute_type{};
    friend bool operator==(const AttributeDefinition&, const AttributeDefinition&) = default;
};

struct ProvisionedThroughput {
    std::optional<std::int64_t> read_capacity_units{};
    std::optional<std::int64_t> write_capacity_units{};
    friend bool operator==(const ProvisionedThroughput&, const ProvisionedThroughput&) = default;
};

struct ProvisionedThroughputDescription {
    std::optional<double> last_increase_date_time{};
    std::optional<double> last_decrease_date_time{};
    std::optional<std::int64_t> number_of_decreases_today{};
    std::optional<std::int64_t> read_capacity_units{};
    std::optional<std::int64_t> write_capacity_units{};
    friend bool operator==(const ProvisionedThroughputDescription&,
                           const ProvisionedThroughputDescription&) = default;
};

/// Which attributes an index copies from the table.
struct Projection {
    std::optional<Enum<ProjectionType>> projection_type{};
    /// With INCLUDE: the non-key attributes copied.
    std::optional<std::vector<std::string>> non_key_attributes{};
    friend bool operator==(const Projection&, const Projection&) = default;
};

struct LocalSecondaryIndex {
    std::optional<std::string> index_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Projection> projection{};
    friend bool operator==(const LocalSecondaryIndex&, const LocalSecondaryIndex&) = default;
};

struct GlobalSecondaryIndex {
    std::optional<std::string> index_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Projection> projection{};
    std::optional<ProvisionedThroughput> provisioned_throughput{};
    friend bool operator==(const GlobalSecondaryIndex&, const GlobalSecondaryIndex&) = default;
};

struct LocalSecondaryIndexDescription {
    std::optional<std::string> index_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Projection> projection{};
    std::optional<std::int64_t> index_size_bytes{};
    std::optional<std::int64_t> item_count{};
    std::optional<std::string> index_arn{};
    friend bool operator==(const LocalSecondaryIndexDescription&,
                           const LocalSecondaryIndexDescription&) = default;
};

struct GlobalSecondaryIndexDescription {
    std::optional<std::string> index_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Projection> projection{};
    std::optional<Enum<IndexStatus>> index_status{};
    /// True while DynamoDB fills a new index from the table.
    std::optional<bool> backfilling{};
    std::optional<ProvisionedThroughputDescription> provisioned_throughput{};
    std::optional<std::int64_t> index_size_bytes{};
    std::optional<std::int64_t> item_count{};
    std::optional<std::string> index_arn{};
    friend bool operator==(const GlobalSecondaryIndexDescription&,
                           const GlobalSecondaryIndexDescription&) = default;
};

struct StreamSpecification {
    std::optional<bool> stream_enabled{};
    std::optional<Enum<StreamViewType>> stream_view_type{};
    friend bool operator==(const StreamSpecification&, const StreamSpecification&) = default;
};

/// Server-side encryption, as asked for.
struct SseSpecification {
    std::optional<bool> enabled{};
    std::optional<Enum<SseType>> sse_type{};
    std::optional<std::string> kms_master_key_id{};
    friend bool operator==(const SseSpecification&, const SseSpecification&) = default;
};

/// Server-side encryption, as it stands.
struct SseDescription {
    std::optional<Enum<SseStatus>> status{};
    std::optional<Enum<SseType>> sse_type{};
    std::optional<std::string> kms_master_key_arn{};
    std::optional<double> inaccessible_encryption_date_time{};
    friend bool operator==(const SseDescription&, const SseDescription&) = default;
};

struct BillingModeSummary {
    std::optional<Enum<BillingMode>> billing_mode{};
    std::optional<double> last_update_to_pay_per_request_date_time{};
    friend bool operator==(const BillingModeSummary&, const BillingModeSummary&) = default;
};

struct TableClassSummary {
    std::optional<Enum<TableClass>> table_class{};
    std::optional<double> last_update_date_time{};
    friend bool operator==(const TableClassSummary&, const TableClassSummary&) = default;
};

struct TableDescription {
    std::optional<std::vector<AttributeDefinition>> attribute_definitions{};
    std::optional<std::string> table_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Enum<TableStatus>> table_status{};
    std::optional<double> creation_date_time{};
    std::optional<ProvisionedThroughputDescription> provisioned_throughput{};
    std::optional<std::int64_t> table_size_bytes{};
    std::optional<std::int64_t> item_count{};
    std::optional<std::string> table_arn{};
    std::optional<std::string> table_id{};
    std::optional<BillingModeSummary> billing_mode_summary{};
    std::optional<std::vector<LocalSecondaryIndexDescription>> local_secondary_indexes{};
    std::optional<std::vector<GlobalSecondaryIndexDescription>> global_secondary_indexes{};
    std::optional<StreamSpecification> stream_specification{};
    std::optional<std::string> latest_stream_label{};
    std::optional<std::string> latest_stream_arn{};
    std::optional<SseDescription> sse_description{};
    std::optional<TableClassSummary> table_class_summary{};
    std::optional<bool> deletion_protection_enabled{};
    friend bool operator==(const TableDescription&, const TableDescription&) = default;
};

/// UpdateTable's changes to global secondary indexes: exactly one of the three is set.
struct UpdateGlobalSecondaryIndexAction {
    std::optional<std::string> index_name{};
    std::optional<ProvisionedThroughput> provisioned_throughput{};
    friend bool operator==(const UpdateGlobalSecondaryIndexAction&,
                           const UpdateGlobalSecondaryIndexAction&) = default;
};

struct CreateGlobalSecondaryIndexAction {
    std::optional<std::string> index_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<Projection> projection{};
    std::optional<ProvisionedThroughput> provisioned_throughput{};
    friend bool operator==(const CreateGlobalSecondaryIndexAction&,
                           const CreateGlobalSecondaryIndexAction&) = default;
};

struct DeleteGlobalSecondaryIndexAction {
    std::optional<std::string> index_name{};
    friend bool operator==(const DeleteGlobalSecondaryIndexAction&,
                           const DeleteGlobalSecondaryIndexAction&) = default;
};

struct GlobalSecondaryIndexUpdate {
    std::optional<UpdateGlobalSecondaryIndexAction> update{};
    std::optional<CreateGlobalSecondaryIndexAction> create{};
    std::optional<DeleteGlobalSecondaryIndexAction> delete_{};
    friend bool operator==(const GlobalSecondaryIndexUpdate&,
                           const GlobalSecondaryIndexUpdate&) = default;
};

struct Tag {
    std::optional<std::string> key{};
    std::optional<std::string> value{};
    friend bool operator==(const Tag&, const Tag&) = default;
};

struct TimeToLiveSpecification {
    std::optional<bool> enabled{};
    std::optional<std::string> attribute_name{};
    friend bool operator==(const TimeToLiveSpecification&,
                           const TimeToLiveSpecification&) = default;
};

struct TimeToLiveDescription {
    std::optional<Enum<TimeToLiveStatus>> time_to_live_status{};
    std::optional<std::string> attribute_name{};
    friend bool operator==(const TimeToLiveDescription&, const TimeToLiveDescription&) = default;
};

// ---- Capacity and metrics ----------------------------------------------------------------

struct Capacity {
    std::optional<double> read_capacity_units{};
    std::optional<double> write_capacity_units{};
    std::optional<double> capacity_units{};
    friend bool operator==(const Capacity&, const Capacity&) = default;
};

/// The capacity one operation consumed, when ReturnConsumedCapacity asked for it.
struct ConsumedCapacity {
    std::optional<std::string> table_name{};
    std::optional<double> capacity_units{};
    std::optional<double> read_capacity_units{};
    std::optional<double> write_capacity_units{};
    std::optional<Capacity> table{};
    std::optional<StringMap<Capacity>> local_secondary_indexes{};
    std::optional<StringMap<Capacity>> global_secondary_indexes{};
    friend bool operator==(const ConsumedCapacity&, const ConsumedCapacity&) = default;
};

/// The size of the item collection a write touched (tables with local secondary indexes).
struct ItemCollectionMetrics {
    std::optional<Item> item_collection_key{};
    /// Lower and upper estimate, in GB.
    std::optional<std::vector<double>> size_estimate_range_gb{};
    friend bool operator==(const ItemCollectionMetrics&, const ItemCollectionMetrics&) = default;
};

// ---- Legacy conditions and updates ----------------------------------------------------------

/// One condition of KeyConditions, QueryFilter or ScanFilter.
struct Condition {
    std::optional<std::vector<AttributeValue>> attribute_value_list{};
    std::optional<Enum<ComparisonOperator>> comparison_operator{};
    friend bool operator==(const Condition&, const Condition&) = default;
};

/// One condition of Expected.
struct ExpectedAttributeValue {
    std::optional<AttributeValue> value{};
    std::optional<bool> exists{};
    std::optional<Enum<ComparisonOperator>> comparison_operator{};
    std::optional<std::vector<AttributeValue>> attribute_value_list{};
    friend bool operator==(const ExpectedAttributeValue&, const ExpectedAttributeValue&) = default;
};

/// One entry of AttributeUpdates.
struct AttributeValueUpdate {
    std::optional<AttributeValue> value{};
    std::optional<Enum<AttributeAction>> action{};
    friend bool operator==(const AttributeValueUpdate&, const AttributeValueUpdate&) = default;
};

// ---- Batches ------------------------------------------------------------------------------

/// The keys BatchGetItem reads from one table, and how.
struct KeysAndAttributes {
    std::optional<std::vector<Item>> keys{};
    std::optional<std::vector<std::string>> attributes_to_get{};
    std::optional<bool> consistent_read{};
    std::optional<std::string> projection_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    friend bool operator==(const KeysAndAttributes&, const KeysAndAttributes&) = default;
};

struct PutRequest {
    std::optional<Item> item{};
    friend bool operator==(const PutRequest&, const PutRequest&) = default;
};

struct DeleteRequest {
    std::optional<Item> key{};
    friend bool operator==(const DeleteRequest&, const DeleteRequest&) = default;
};

/// One write of BatchWriteItem: exactly one of the two is set.
struct WriteRequest {
    std::optional<PutRequest> put_request{};
    std::optional<DeleteRequest> delete_request{};
    friend bool operator==(const WriteRequest&, const WriteRequest&) = default;
};

// ---- Transactions -------------------------------------------------------------------------

struct ConditionCheck {
    std::optional<Item> key{};
    std::optional<std::string> table_name{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const ConditionCheck&, const ConditionCheck&) = default;
};

struct Put {
    std::optional<Item> item{};
    std::optional<std::string> table_name{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const Put&, const Put&) = default;
};

struct Delete {
    std::optional<Item> key{};
    std::optional<std::string> table_name{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const Delete&, const Delete&) = default;
};

struct Update {
    std::optional<Item> key{};
    std::optional<std::string> update_expression{};
    std::optional<std::string> table_name{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const Update&, const Update&) = default;
};

/// One action of TransactWriteItems: exactly one of the four is set.
struct TransactWriteItem {
    std::optional<ConditionCheck> condition_check{};
    std::optional<Put> put{};
    std::optional<Delete> delete_{};
    std::optional<Update> update{};
    friend bool operator==(const TransactWriteItem&, const TransactWriteItem&) = default;
};

struct Get {
    std::optional<Item> key{};
    std::optional<std::string> table_name{};
    std::optional<std::string> projection_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    friend bool operator==(const Get&, const Get&) = default;
};

struct TransactGetItem {
    std::optional<Get> get{};
    friend bool operator==(const TransactGetItem&, const TransactGetItem&) = default;
};

/// One item TransactGetItems read (absent when there is none).
struct ItemResponse {
    std::optional<Item> item{};
    friend bool operator==(const ItemResponse&, const ItemResponse&) = default;
};

/// Why one action of a cancelled transaction failed (or `None`), in a
/// TransactionCanceledException; `item` when ReturnValuesOnConditionCheckFailure asked for it.
struct CancellationReason {
    std::optional<Item> item{};
    std::optional<std::string> code{};
    std::optional<std::string> message{};
    friend bool operator==(const CancellationReason&, const CancellationReason&) = default;
};

}  // namespace dynamorm::client
