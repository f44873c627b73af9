// The JSON protocol of DynamoDB (application/x-amz-json-1.0) for every request and response
// type, both ways, and a dispatcher by operation name for servers.
//
// Encoding (`to_json`) appends compact JSON to a string: members in DynamoDB's documented
// order, absent members left out, items and values in DynamoDB JSON.
//
// Decoding (`from_json`) reads a body as DynamoDB's front end does:
// - a JSON type where another is expected is a JsonError of kind Serialization whose detail()
//   is DynamoDB's SerializationException message (`NUMBER_VALUE cannot be converted to
//   String`, `Start of structure or map found where not expected`, ...) and whose path() names
//   the member (`TransactItems[2].Put.TableName`); so is text that is not JSON, and a member
//   given twice in one object (`Duplicate field 'TableName'`);
// - members it does not know are ignored, and `null` counts as absent;
// - booleans also accept the strings "true"/"false"/"1"/"0"/"yes"/"no" in any case, integers
//   also accept a fraction (which is dropped), as DynamoDB does;
// - an unknown enumeration value is kept (Enum<E>), for validate() to report.
//
// Attribute values that are well-formed JSON but not valid DynamoDB values (an empty set, a
// value with no type, a number out of range, ...) are ValidationExceptions that DynamoDB
// reports only after the request's members have passed validation. Given `deferred`, the
// decoder records the first such problem there (as a JsonError of kind Validation whose
// detail() is DynamoDB's complete message, e.g. `ExpressionAttributeValues contains invalid
// value: ... for key :v`) and goes on; the caller raises it after validate(). Without
// `deferred`, it is thrown at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/value/error.hpp"

namespace dynamorm::client {

/// Where from_json records a validation problem it found in an attribute value (see above).
using Deferred = std::optional<JsonError>;

// ---- Requests -------------------------------------------------------------------------------

void to_json(const CreateTableRequest& value, std::string& out);
void to_json(const DescribeTableRequest& value, std::string& out);
void to_json(const ListTablesRequest& value, std::string& out);
void to_json(const UpdateTableRequest& value, std::string& out);
void to_json(const DeleteTableRequest& value, std::string& out);
void to_json(const UpdateTimeToLiveRequest& value, std::string& out);
void to_json(const DescribeTimeToLiveRequest& value, std::string& out);
void to_json(const TagResourceRequest& value, std::string& out);
void to_json(const UntagResourceRequest& value, std::string& out);
void to_json(const ListTagsOfResourceRequest& value, std::string& out);
void to_json(const PutItemRequest& value, std::string& out);
void to_json(const GetItemRequest& value, std::string& out);
void to_json(const UpdateItemRequest& value, std::string& out);
void to_json(const DeleteItemRequest& value, std::string& out);
void to_json(const QueryRequest& value, std::string& out);
void to_json(const ScanRequest& value, std::string& out);
void to_json(const BatchGetItemRequest& value, std::string& out);
void to_json(const BatchWriteItemRequest& value, std::string& out);
void to_json(const TransactWriteItemsRequest& value, std::string& out);
void to_json(const TransactGetItemsRequest& value, std::string& out);

void from_json(std::string_view body, CreateTableRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DescribeTableRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ListTablesRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateTableRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DeleteTableRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateTimeToLiveRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DescribeTimeToLiveRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, TagResourceRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UntagResourceRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ListTagsOfResourceRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, PutItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, GetItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DeleteItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, QueryRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ScanRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, BatchGetItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, BatchWriteItemRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, TransactWriteItemsRequest& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, TransactGetItemsRequest& out, Deferred* deferred = nullptr);

// ---- Responses ------------------------------------------------------------------------------

void to_json(const CreateTableResponse& value, std::string& out);
void to_json(const DescribeTableResponse& value, std::string& out);
void to_json(const ListTablesResponse& value, std::string& out);
void to_json(const UpdateTableResponse& value, std::string& out);
void to_json(const DeleteTableResponse& value, std::string& out);
void to_json(const UpdateTimeToLiveResponse& value, std::string& out);
void to_json(const DescribeTimeToLiveResponse& value, std::string& out);
void to_json(const TagResourceResponse& value, std::string& out);
void to_json(const UntagResourceResponse& value, std::string& out);
void to_json(const ListTagsOfResourceResponse& value, std::string& out);
void to_json(const PutItemResponse& value, std::string& out);
void to_json(const GetItemResponse& value, std::string& out);
void to_json(const UpdateItemResponse& value, std::string& out);
void to_json(const DeleteItemResponse& value, std::string& out);
void to_json(const QueryResponse& value, std::string& out);
void to_json(const ScanResponse& value, std::string& out);
void to_json(const BatchGetItemResponse& value, std::string& out);
void to_json(const BatchWriteItemResponse& value, std::string& out);
void to_json(const TransactWriteItemsResponse& value, std::string& out);
void to_json(const TransactGetItemsResponse& value, std::string& out);

void from_json(std::string_view body, CreateTableResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DescribeTableResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ListTablesResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateTableResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DeleteTableResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateTimeToLiveResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DescribeTimeToLiveResponse& out,
               Deferred* deferred = nullptr);
void from_json(std::string_view body, TagResourceResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UntagResourceResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ListTagsOfResourceResponse& out,
               Deferred* deferred = nullptr);
void from_json(std::string_view body, PutItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, GetItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, UpdateItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, DeleteItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, QueryResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, ScanResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, BatchGetItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, BatchWriteItemResponse& out, Deferred* deferred = nullptr);
void from_json(std::string_view body, TransactWriteItemsResponse& out,
               Deferred* deferred = nullptr);
void from_json(std::string_view body, TransactGetItemsResponse& out, Deferred* deferred = nullptr);

// ---- Any operation, by name -----------------------------------------------------------------

void to_json(const AnyRequest& request, std::string& out);
void to_json(const AnyResponse& response, std::string& out);

/// Decodes the body of a request for the operation named `operation` (`PutItem`). An unknown
/// name is a ServiceError UnknownOperationException (without a message, as DynamoDB sends
/// none). Otherwise as from_json.
AnyRequest decode_request(std::string_view operation, std::string_view body,
                          Deferred* deferred = nullptr);

/// Decodes the body of a response to `operation`.
AnyResponse decode_response(Operation operation, std::string_view body,
                            Deferred* deferred = nullptr);

// ---- Errors -----------------------------------------------------------------------------------

/// Appends an error body: `{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
/// "message":"Requested resource not found"}`. The message member is spelled as DynamoDB spells
/// it for that error (`Message` for SerializationException, AccessDeniedException and the
/// transaction errors, `message` otherwise) and left out when empty; the item of a failed
/// condition is written as `Item`, and cancellation reasons as `CancellationReasons`.
void to_json(const ServiceError& error, std::string& out);

/// Reads an error body as DynamoDB sends it (either spelling of the message). A body that is not
/// a JSON object with a `__type` gives the code "UnknownError" (or InternalServerError for a
/// 5xx status) with the body's text as message.
ServiceError decode_error(std::string_view body, int http_status = 400,
                          std::string request_id = {});

// ---- Conveniences --------------------------------------------------------------------------

/// `to_json` into a new string.
template <class T>
std::string to_json(const T& value) {
    std::string out;
    to_json(value, out);
    return out;
}

/// `from_json` into a new value (problems in attribute values are thrown at once).
template <class T>
T from_json(std::string_view body) {
    T value{};
    from_json(body, value);
    return value;
}

}  // namespace dynamorm::client
