// Decoding bodies as DynamoDB's front end reads them: bodies in the shape of the API
// reference's examples, DynamoDB's SerializationException messages for wrong JSON types,
// absent and unknown members, unknown enumeration values, and the problems in attribute values
// that are reported only after validation.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/wire.hpp"

namespace {

namespace dc = dynamorm::client;
using dynamorm::AttributeValue;
using dynamorm::Item;
using dynamorm::JsonError;
using dynamorm::Number;

// ---- Bodies in the shape of the API reference's examples ----------------------------------

TEST(WireDecode, PutItemRequestWithConditionAndPlaceholders) {
    const auto request = dc::from_json<dc::PutItemRequest>(R"({
        "TableName": "Thread",
        "Item": {
            "LastPostDateTime": {"S": "201303190422"},
            "Tags": {"SS": ["Update", "Multiple Items", "HelpMe"]},
            "ForumName": {"S": "Amazon DynamoDB"},
            "Message": {"S": "I want to update multiple items in a single call."},
            "Subject": {"S": "How do I update multiple items?"},
            "LastPostedBy": {"S": "fred@example.com"},
            "Views": {"N": "0"}
        },
        "ConditionExpression": "ForumName <> :f and Subject <> :s",
        "ExpressionAttributeValues": {
            ":f": {"S": "Amazon DynamoDB"},
            ":s": {"S": "How do I update multiple items?"}
        },
        "ReturnValues": "ALL_OLD",
        "ReturnConsumedCapacity": "TOTAL"
    })");
    EXPECT_EQ(request.table_name, "Thread");
    ASSERT_TRUE(request.item);
    EXPECT_EQ(request.item->size(), 7U);
    EXPECT_EQ(request.item->at("Tags"),
              AttributeValue::string_set({"Update", "Multiple Items", "HelpMe"}));
    EXPECT_EQ(request.item->at("Views"), AttributeValue(0));
    EXPECT_EQ(request.condition_expression, "ForumName <> :f and Subject <> :s");
    ASSERT_TRUE(request.expression_attribute_values);
    EXPECT_EQ(request.expression_attribute_values->at(":f"), AttributeValue("Amazon DynamoDB"));
    EXPECT_EQ(request.return_values, dc::ReturnValues::AllOld);
    EXPECT_EQ(request.return_consumed_capacity, dc::ReturnConsumedCapacity::Total);
    EXPECT_FALSE(request.expression_attribute_names);
    EXPECT_FALSE(request.expected);
}

TEST(WireDecode, QueryRequestAndResponse) {
    const auto request = dc::from_json<dc::QueryRequest>(R"({
        "TableName": "Reply",
        "IndexName": "PostedBy-Index",
        "Limit": 3,
        "ConsistentRead": true,
        "ProjectionExpression": "Id, PostedBy, ReplyDateTime",
        "KeyConditionExpression": "Id = :v1 AND PostedBy BETWEEN :v2a AND :v2b",
        "ExpressionAttributeValues": {
            ":v1": {"S": "Amazon DynamoDB#DynamoDB Thread 1"},
            ":v2a": {"S": "User A"},
            ":v2b": {"S": "User C"}
        },
        "ReturnConsumedCapacity": "TOTAL"
    })");
    EXPECT_EQ(request.index_name, "PostedBy-Index");
    EXPECT_EQ(request.limit, 3);
    EXPECT_EQ(request.consistent_read, true);
    EXPECT_EQ(request.expression_attribute_values->size(), 3U);
    EXPECT_FALSE(request.scan_index_forward);

    const auto response = dc::from_json<dc::QueryResponse>(R"({
        "ConsumedCapacity": {"CapacityUnits": 1, "TableName": "Reply"},
        "Count": 2,
        "Items": [
            {"ReplyDateTime": {"S": "2015-02-18T20:27:36.165Z"},
             "PostedBy": {"S": "User A"},
             "Id": {"S": "Amazon DynamoDB#DynamoDB Thread 1"}},
            {"ReplyDateTime": {"S": "2015-02-25T20:27:36.165Z"},
             "PostedBy": {"S": "User B"},
             "Id": {"S": "Amazon DynamoDB#DynamoDB Thread 1"}}
        ],
        "ScannedCount": 2,
        "LastEvaluatedKey": {"Id": {"S": "Amazon DynamoDB#DynamoDB Thread 1"}}
    })");
    EXPECT_EQ(response.count, 2);
    EXPECT_EQ(response.scanned_count, 2);
    ASSERT_TRUE(response.items);
    EXPECT_EQ(response.items->at(1).at("PostedBy"), AttributeValue("User B"));
    ASSERT_TRUE(response.consumed_capacity);
    EXPECT_EQ(response.consumed_capacity->capacity_units, 1.0);
    EXPECT_EQ(response.consumed_capacity->table_name, "Reply");
    ASSERT_TRUE(response.last_evaluated_key);
}

TEST(WireDecode, CountQueryResponseHasNoItems) {
    const auto response = dc::from_json<dc::QueryResponse>(R"({"Count":17,"ScannedCount":40})");
    EXPECT_FALSE(response.items);
    EXPECT_EQ(response.count, 17);
}

TEST(WireDecode, CreateTableResponseWithJavaStyleNumbers) {
    const auto response = dc::from_json<dc::CreateTableResponse>(R"({
        "TableDescription": {
            "AttributeDefinitions": [
                {"AttributeName": "ForumName", "AttributeType": "S"},
                {"AttributeName": "LastPostDateTime", "AttributeType": "S"},
                {"AttributeName": "Subject", "AttributeType": "S"}
            ],
            "CreationDateTime": 1.36372808007E9,
            "ItemCount": 0,
            "KeySchema": [
                {"AttributeName": "ForumName", "KeyType": "HASH"},
                {"AttributeName": "Subject", "KeyType": "RANGE"}
            ],
            "LocalSecondaryIndexes": [{
                "IndexName": "LastPostIndex",
                "IndexSizeBytes": 0,
                "ItemCount": 0,
                "KeySchema": [
                    {"AttributeName": "ForumName", "KeyType": "HASH"},
                    {"AttributeName": "LastPostDateTime", "KeyType": "RANGE"}
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"}
            }],
            "ProvisionedThroughput": {
                "NumberOfDecreasesToday": 0,
                "ReadCapacityUnits": 5,
                "WriteCapacityUnits": 5
            },
            "TableName": "Thread",
            "TableSizeBytes": 0,
            "TableStatus": "CREATING"
        }
    })");
    ASSERT_TRUE(response.table_description);
    const dc::TableDescription& table = *response.table_description;
    EXPECT_EQ(table.creation_date_time, 1363728080.07);
    EXPECT_EQ(table.table_status, dc::TableStatus::Creating);
    ASSERT_TRUE(table.key_schema);
    EXPECT_EQ(table.key_schema->at(1).key_type, dc::KeyType::Range);
    EXPECT_EQ(table.attribute_definitions->at(2).attribute_type, dc::ScalarAttributeType::S);
    EXPECT_EQ(table.local_secondary_indexes->at(0).projection->projection_type,
              dc::ProjectionType::KeysOnly);
    EXPECT_EQ(table.provisioned_throughput->number_of_decreases_today, 0);
    EXPECT_EQ(table.provisioned_throughput->read_capacity_units, 5);
    EXPECT_FALSE(table.global_secondary_indexes);
}

TEST(WireDecode, BatchWriteItemRequestAndBatchGetItemResponse) {
    const auto request = dc::from_json<dc::BatchWriteItemRequest>(R"({
        "RequestItems": {
            "Forum": [
                {"PutRequest": {"Item": {"Name": {"S": "Amazon DynamoDB"},
                                         "Category": {"S": "Amazon Web Services"}}}},
                {"DeleteRequest": {"Key": {"Name": {"S": "Amazon RDS"}}}}
            ]
        },
        "ReturnConsumedCapacity": "TOTAL"
    })");
    const auto& writes = request.request_items->at("Forum");
    ASSERT_EQ(writes.size(), 2U);
    EXPECT_TRUE(writes[0].put_request);
    EXPECT_FALSE(writes[0].delete_request);
    EXPECT_EQ(writes[1].delete_request->key->at("Name"), AttributeValue("Amazon RDS"));

    const auto response = dc::from_json<dc::BatchGetItemResponse>(R"({
        "Responses": {
            "Forum": [{"Name": {"S": "Amazon DynamoDB"}, "Threads": {"N": "5"}}],
            "Thread": []
        },
        "UnprocessedKeys": {
            "Reply": {"Keys": [{"Id": {"S": "r1"}}], "ConsistentRead": false}
        },
        "ConsumedCapacity": [{"TableName": "Forum", "CapacityUnits": 3}]
    })");
    EXPECT_EQ(response.responses.at("Forum").at(0).at("Threads"), AttributeValue(5));
    EXPECT_TRUE(response.responses.at("Thread").empty());
    EXPECT_EQ(response.unprocessed_keys.at("Reply").consistent_read, false);
    EXPECT_EQ(response.consumed_capacity->at(0).capacity_units, 3.0);
}

TEST(WireDecode, TransactWriteItemsRequest) {
    const auto request = dc::from_json<dc::TransactWriteItemsRequest>(R"({
        "TransactItems": [
            {"ConditionCheck": {"TableName": "Accounts", "Key": {"id": {"S": "a"}},
                                "ConditionExpression": "balance >= :x",
                                "ExpressionAttributeValues": {":x": {"N": "10"}}}},
            {"Update": {"TableName": "Accounts", "Key": {"id": {"S": "b"}},
                        "UpdateExpression": "ADD balance :x",
                        "ExpressionAttributeValues": {":x": {"N": "10"}},
                        "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}},
            {"Delete": {"TableName": "Holds", "Key": {"id": {"S": "h"}}}},
            {"Put": {"TableName": "Log", "Item": {"id": {"S": "l"}}}}
        ],
        "ClientRequestToken": "f6d3d9a0-6f1b-4f8a-9f0e-2b3c4d5e6f70"
    })");
    const auto& items = *request.transact_items;
    ASSERT_EQ(items.size(), 4U);
    EXPECT_EQ(items[0].condition_check->condition_expression, "balance >= :x");
    EXPECT_EQ(items[1].update->return_values_on_condition_check_failure,
              dc::ReturnValuesOnConditionCheckFailure::AllOld);
    EXPECT_EQ(items[2].delete_->table_name, "Holds");
    EXPECT_EQ(items[3].put->item->at("id"), AttributeValue("l"));
    EXPECT_EQ(request.client_request_token, "f6d3d9a0-6f1b-4f8a-9f0e-2b3c4d5e6f70");
}

TEST(WireDecode, DescribeTimeToLiveResponse) {
    const auto response = dc::from_json<dc::DescribeTimeToLiveResponse>(
        R"({"TimeToLiveDescription":{"AttributeName":"ttl","TimeToLiveStatus":"ENABLED"}})");
    EXPECT_EQ(response.time_to_live_description->attribute_name, "ttl");
    EXPECT_EQ(response.time_to_live_description->time_to_live_status,
              dc::TimeToLiveStatus::Enabled);
}

// ---- Absent, null, unknown --------------------------------------------------------------------

TEST(WireDecode, NullIsAbsentAndUnknownMembersAreIgnored) {
    const auto request = dc::from_json<dc::GetItemRequest>(R"({
        "TableName": "things", "Key": {"id": {"S": "a"}},
        "ConsistentRead": null, "ProjectionExpression": null,
        "SomethingNew": {"deeply": [1, 2, {"x": null}]}, "Limit": "not checked"
    })");
    EXPECT_EQ(request.table_name, "things");
    EXPECT_FALSE(request.consistent_read);
    EXPECT_FALSE(request.projection_expression);
}

TEST(WireDecode, EmptyMapsAndListsAreKeptApartFromAbsentOnes) {
    const auto request = dc::from_json<dc::ScanRequest>(
        R"({"TableName":"t","ExpressionAttributeNames":{},"AttributesToGet":[]})");
    ASSERT_TRUE(request.expression_attribute_names);
    EXPECT_TRUE(request.expression_attribute_names->empty());
    ASSERT_TRUE(request.attributes_to_get);
    EXPECT_TRUE(request.attributes_to_get->empty());
    EXPECT_FALSE(request.expression_attribute_values);
}

TEST(WireDecode, UnknownEnumValuesSurviveForValidation) {
    const auto request = dc::from_json<dc::PutItemRequest>(
        R"({"TableName":"t","Item":{},"ReturnValues":"FOO","ReturnConsumedCapacity":"total"})");
    ASSERT_TRUE(request.return_values);
    EXPECT_FALSE(request.return_values->known());
    EXPECT_EQ(request.return_values->name(), "FOO");
    EXPECT_NE(*request.return_values, dc::ReturnValues::None);
    EXPECT_THROW((void)request.return_values->value(), dynamorm::ValueError);
    // Enumeration values are case-sensitive.
    EXPECT_FALSE(request.return_consumed_capacity->known());
}

TEST(WireDecode, BooleansAndIntegersAsDynamoDBConvertsThem) {
    auto request = dc::from_json<dc::QueryRequest>(
        R"({"ConsistentRead":"yes","ScanIndexForward":"0","Limit":2.9})");
    EXPECT_EQ(request.consistent_read, true);
    EXPECT_EQ(request.scan_index_forward, false);
    EXPECT_EQ(request.limit, 2);
    request = dc::from_json<dc::QueryRequest>(R"({"ConsistentRead":"FALSE","Limit":-1})");
    EXPECT_EQ(request.consistent_read, false);
    EXPECT_EQ(request.limit, -1);
}

// ---- SerializationException -------------------------------------------------------------------

template <class T>
void expect_serialization_error(const std::string& body, const std::string& path,
                                const std::string& message) {
    try {
        (void)dc::from_json<T>(body);
        ADD_FAILURE() << "no error for " << body;
    } catch (const JsonError& error) {
        EXPECT_TRUE(error.is_serialization()) << body;
        EXPECT_EQ(error.path(), path) << body;
        EXPECT_EQ(error.detail(), message) << body;
    }
}

TEST(WireDecodeErrors, StringMembers) {
    using R = dc::DescribeTableRequest;
    expect_serialization_error<R>(R"({"TableName":5})", "TableName",
                                  "NUMBER_VALUE cannot be converted to String");
    expect_serialization_error<R>(R"({"TableName":5.5})", "TableName",
                                  "DECIMAL_VALUE cannot be converted to String");
    expect_serialization_error<R>(R"({"TableName":true})", "TableName",
                                  "TRUE_VALUE cannot be converted to String");
    expect_serialization_error<R>(R"({"TableName":false})", "TableName",
                                  "FALSE_VALUE cannot be converted to String");
    expect_serialization_error<R>(R"({"TableName":[]})", "TableName",
                                  "Unrecognized collection type class java.lang.String");
    expect_serialization_error<R>(R"({"TableName":{}})", "TableName",
                                  "Start of structure or map found where not expected");
    // Enumerations are strings on the wire.
    expect_serialization_error<dc::PutItemRequest>(R"({"ReturnValues":1})", "ReturnValues",
                                                   "NUMBER_VALUE cannot be converted to String");
}

TEST(WireDecodeErrors, NumberAndBooleanMembers) {
    using Q = dc::QueryRequest;
    expect_serialization_error<Q>(R"({"Limit":"5"})", "Limit",
                                  "STRING_VALUE cannot be converted to Integer");
    expect_serialization_error<Q>(R"({"Limit":true})", "Limit",
                                  "TRUE_VALUE cannot be converted to Integer");
    expect_serialization_error<Q>(R"({"Limit":[1]})", "Limit",
                                  "Unrecognized collection type class java.lang.Integer");
    expect_serialization_error<Q>(R"({"Limit":{}})", "Limit",
                                  "Start of structure or map found where not expected");
    expect_serialization_error<Q>(R"({"Limit":2147483648})", "Limit",
                                  "Numeric value (2147483648) out of range of int");
    expect_serialization_error<Q>(R"({"ConsistentRead":"maybe"})", "ConsistentRead",
                                  "Unexpected token received from parser");
    expect_serialization_error<Q>(R"({"ConsistentRead":1})", "ConsistentRead",
                                  "NUMBER_VALUE cannot be converted to Boolean");
    expect_serialization_error<Q>(R"({"ConsistentRead":[]})", "ConsistentRead",
                                  "Unrecognized collection type class java.lang.Boolean");
    expect_serialization_error<dc::CreateTableRequest>(
        R"({"ProvisionedThroughput":{"ReadCapacityUnits":"5"}})",
        "ProvisionedThroughput.ReadCapacityUnits", "STRING_VALUE cannot be converted to Long");
    expect_serialization_error<dc::QueryResponse>(R"({"ConsumedCapacity":{"CapacityUnits":"1"}})",
                                                  "ConsumedCapacity.CapacityUnits",
                                                  "STRING_VALUE cannot be converted to Double");
}

TEST(WireDecodeErrors, ListsMapsAndStructures) {
    using C = dc::CreateTableRequest;
    expect_serialization_error<C>(R"({"KeySchema":"x"})", "KeySchema", "Unexpected field type");
    expect_serialization_error<C>(R"({"KeySchema":{}})", "KeySchema",
                                  "Start of structure or map found where not expected");
    expect_serialization_error<C>(R"({"KeySchema":["x"]})", "KeySchema[0]",
                                  "Unexpected value type in payload");
    expect_serialization_error<C>(
        R"({"KeySchema":[[]]})", "KeySchema[0]",
        "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeySchemaElement");
    expect_serialization_error<C>(R"({"ProvisionedThroughput":5})", "ProvisionedThroughput",
                                  "Unexpected field type");
    expect_serialization_error<C>(R"({"ProvisionedThroughput":[]})", "ProvisionedThroughput",
                                  "Unrecognized collection type class "
                                  "com.amazonaws.dynamodb.v20120810.ProvisionedThroughput");
    expect_serialization_error<dc::GetItemRequest>(
        R"({"ExpressionAttributeNames":[]})", "ExpressionAttributeNames",
        "Unrecognized collection type java.util.Map<java.lang.String, java.lang.String>");
    expect_serialization_error<dc::GetItemRequest>(R"({"ExpressionAttributeNames":{"#a":1}})",
                                                   "ExpressionAttributeNames.#a",
                                                   "NUMBER_VALUE cannot be converted to String");
    expect_serialization_error<dc::GetItemRequest>(R"({"AttributesToGet":["a",null]})",
                                                   "AttributesToGet[1]", "Unexpected null value");
}

TEST(WireDecodeErrors, ItemsAndAttributeValues) {
    using P = dc::PutItemRequest;
    expect_serialization_error<P>(R"({"Item":"x"})", "Item", "Unexpected field type");
    expect_serialization_error<P>(R"({"Item":[]})", "Item",
                                  "Unrecognized collection type java.util.Map<java.lang.String, "
                                  "com.amazonaws.dynamodb.v20120810.AttributeValue>");
    expect_serialization_error<P>(R"({"Item":{"a":{"S":5}}})", "Item.a.S",
                                  "NUMBER_VALUE cannot be converted to String");
    expect_serialization_error<P>(R"({"Item":{"a":{"M":{"b":{"L":[{"N":1}]}}}}})",
                                  "Item.a.M.b.L[0].N",
                                  "NUMBER_VALUE cannot be converted to String");
    expect_serialization_error<P>(R"({"Expected":{"a":{"Value":"x"}}})", "Expected.a.Value",
                                  "Unexpected field type");
    expect_serialization_error<P>(R"({"Expected":{"a":{"AttributeValueList":["x"]}}})",
                                  "Expected.a.AttributeValueList[0]",
                                  "Unexpected value type in payload");
    expect_serialization_error<P>(R"({"ExpressionAttributeValues":{":v":{"S":[]}}})",
                                  "ExpressionAttributeValues.:v.S",
                                  "Unrecognized collection type class java.lang.String");
}

TEST(WireDecodeErrors, CollectionsInsideCollections) {
    const std::string parameterized =
        "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to "
        "class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and "
        "java.lang.Class are in module java.base of loader 'bootstrap')";
    expect_serialization_error<dc::BatchGetItemRequest>(
        R"({"RequestItems":{"things":{"Keys":["x"]}}})", "RequestItems.things.Keys[0]",
        parameterized);
    expect_serialization_error<dc::BatchWriteItemRequest>(R"({"RequestItems":{"things":"x"}})",
                                                          "RequestItems.things", parameterized);
    expect_serialization_error<dc::BatchWriteItemRequest>(
        R"({"RequestItems":{"things":{}}})", "RequestItems.things",
        "Start of structure or map found where not expected");
    expect_serialization_error<dc::BatchWriteItemRequest>(
        R"({"RequestItems":[]})", "RequestItems",
        "Unrecognized collection type java.util.Map<java.lang.String, "
        "java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>>");
    expect_serialization_error<dc::BatchGetItemRequest>(
        R"({"RequestItems":{"things":[]}})", "RequestItems.things",
        "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeysAndAttributes");
}

TEST(WireDecodeErrors, PathsThroughNestedMembers) {
    expect_serialization_error<dc::TransactWriteItemsRequest>(
        R"({"TransactItems":[{"Put":{"TableName":"a","Item":{}}},{"Put":{"TableName":7}}]})",
        "TransactItems[1].Put.TableName", "NUMBER_VALUE cannot be converted to String");
    expect_serialization_error<dc::UpdateTableRequest>(
        R"({"GlobalSecondaryIndexUpdates":[{"Create":{"KeySchema":[{"KeyType":false}]}}]})",
        "GlobalSecondaryIndexUpdates[0].Create.KeySchema[0].KeyType",
        "FALSE_VALUE cannot be converted to String");
    expect_serialization_error<dc::BatchGetItemRequest>(
        R"({"RequestItems":{"a b":{"Keys":[{"id":{"B":"!!"}}]}}})",
        "RequestItems[\"a b\"].Keys[0].id.B",
        "Base64 encoded length is expected a multiple of 4 bytes but found: 2");
}

TEST(WireDecodeErrors, DuplicateMembersAndMalformedText) {
    expect_serialization_error<dc::DescribeTableRequest>(
        R"({"TableName":"a","TableName":"b"})", "TableName", "Duplicate field 'TableName'");
    expect_serialization_error<dc::GetItemRequest>(
        R"({"ExpressionAttributeNames":{"#a":"x","#a":"y"}})", "ExpressionAttributeNames.#a",
        "Duplicate field '#a'");
    EXPECT_THROW((void)dc::from_json<dc::DescribeTableRequest>(R"({"TableName":)"), JsonError);
    EXPECT_THROW((void)dc::from_json<dc::DescribeTableRequest>(""), JsonError);
    EXPECT_THROW((void)dc::from_json<dc::DescribeTableRequest>("[]"), JsonError);
    EXPECT_THROW((void)dc::from_json<dc::DescribeTableRequest>("5"), JsonError);
}

// ---- Problems in attribute values, reported after validation ------------------------------

TEST(WireDecodeDeferred, InvalidValueIsRecordedAndDecodingGoesOn) {
    dc::Deferred deferred;
    dc::PutItemRequest request;
    dc::from_json(R"({"TableName":"a;","Item":{"id":{"S":"x"},"bad":{}},"ReturnValues":"NONE"})",
                  request, &deferred);
    ASSERT_TRUE(deferred);
    EXPECT_FALSE(deferred->is_serialization());
    EXPECT_EQ(deferred->path(), "Item.bad");
    EXPECT_EQ(deferred->detail(),
              "Supplied AttributeValue is empty, must contain exactly one of the supported "
              "datatypes");
    // The rest of the request is there for validation.
    EXPECT_EQ(request.table_name, "a;");
    EXPECT_TRUE(request.item);
    EXPECT_EQ(request.return_values, dc::ReturnValues::None);
}

TEST(WireDecodeDeferred, WithoutDeferredTheProblemIsThrown) {
    try {
        (void)dc::from_json<dc::PutItemRequest>(R"({"Item":{"n":{"N":"abc"}}})");
        ADD_FAILURE();
    } catch (const JsonError& error) {
        EXPECT_FALSE(error.is_serialization());
        EXPECT_EQ(error.path(), "Item.n.N");
        EXPECT_EQ(error.detail(), "The parameter cannot be converted to a numeric value: abc");
    }
}

TEST(WireDecodeDeferred, MessagesNameTheParameter) {
    dc::Deferred deferred;
    dc::QueryRequest query;
    dc::from_json(R"({"ExpressionAttributeValues":{":ok":{"S":"x"},":v":{"SS":[]}}})", query,
                  &deferred);
    ASSERT_TRUE(deferred);
    EXPECT_EQ(deferred->path(), "ExpressionAttributeValues.:v.SS");
    EXPECT_EQ(deferred->detail(),
              "ExpressionAttributeValues contains invalid value: One or more parameter values "
              "were invalid: An string set  may not be empty for key :v");
    EXPECT_EQ(query.expression_attribute_values->at(":ok"), AttributeValue("x"));

    deferred.reset();
    dc::from_json(R"({"ExclusiveStartKey":{"id":{}}})", query, &deferred);
    ASSERT_TRUE(deferred);
    EXPECT_EQ(deferred->detail(),
              "The provided starting key is invalid: Supplied AttributeValue is empty, must "
              "contain exactly one of the supported datatypes");

    // Number problems are reported bare, as DynamoDB does.
    deferred.reset();
    dc::from_json(R"({"ExclusiveStartKey":{"id":{"N":"1e999"}}})", query, &deferred);
    ASSERT_TRUE(deferred);
    EXPECT_EQ(deferred->detail(),
              "Number overflow. Attempting to store a number with magnitude larger than supported "
              "range");
}

TEST(WireDecodeDeferred, FirstProblemIsKeptAndSerializationProblemsStillWin) {
    dc::Deferred deferred;
    dc::BatchWriteItemRequest request;
    dc::from_json(
        R"({"RequestItems":{"t":[{"PutRequest":{"Item":{"a":{"NULL":false}}}},
                                {"PutRequest":{"Item":{"b":{}}}}]}})",
        request, &deferred);
    ASSERT_TRUE(deferred);
    EXPECT_EQ(deferred->path(), "RequestItems.t[0].PutRequest.Item.a.NULL");

    deferred.reset();
    dc::PutItemRequest put;
    try {
        dc::from_json(R"({"Item":{"a":{}},"TableName":5})", put, &deferred);
        ADD_FAILURE();
    } catch (const JsonError& error) {
        EXPECT_TRUE(error.is_serialization());
        EXPECT_EQ(error.path(), "TableName");
    }
}

}  // namespace
