// The checks DynamoDB makes on a request by itself, before it looks at any table, with its
// messages. An implementation of Client calls validate() first, for requests decoded from JSON
// and built in-process alike.
//
// validate() throws a ServiceError with the code ValidationException. It checks, in DynamoDB's
// order:
// 1. for the table operations, that TableName is given and has 3 to 255 characters, one
//    problem at a time (`The parameter 'TableName' is required but was not present in the
//    request`, `TableName must be at least 3 characters long and at most 255 characters long`);
// 2. the constraints on members, reported together (at most ten), e.g.
//    `2 validation errors detected: Value 'a;' at 'tableName' failed to satisfy constraint:
//    Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName'
//    failed to satisfy constraint: Member must have length greater than or equal to 3`:
//    members that must not be null, table and index names (pattern `[a-zA-Z0-9_.-]+`, 3 to 255
//    characters), enumeration values, Limit >= 1 (ListTables: <= 100), Segment 0 to 999999,
//    TotalSegments 1 to 1000000, capacity units >= 1, key schemas of 1 or 2 elements,
//    AttributesToGet of 1 to 255 names, BatchGetItem's 1 to 100 keys per table, BatchWriteItem's
//    1 to 25 writes per table, the 1 to 100 actions of a transaction, ClientRequestToken of 1 to
//    36 characters, tag keys of 1 to 128 and values of up to 256 characters;
// 3. the combinations of parameters DynamoDB refuses before reading any value: expression and
//    legacy parameters mixed, ExpressionAttributeNames or ExpressionAttributeValues without an
//    expression that could use them, duplicate names in AttributesToGet, PutItem's
//    ReturnValues other than NONE and ALL_OLD, a Query without key conditions, Segment without
//    TotalSegments (and the reverse, and Segment >= TotalSegments), more than 100 keys or
//    duplicate keys in a BatchGetItem, an empty WriteRequest, an UpdateTable that changes
//    nothing, a missing ResourceArn, and CreateTable's rules for key schemas, attribute
//    definitions, indexes and billing.
//
// What it leaves to the engine, which knows the tables and parses expressions: the values
// themselves (which must be valid DynamoDB values; decoded requests report invalid ones through
// the decoder's `deferred`), the legacy conditions' operands, the expressions and their
// placeholders (`ExpressionAttributeNames must not be empty`, ...), item sizes and keys.
#pragma once

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"

namespace dynamorm::client {

void validate(const CreateTableRequest& request);
void validate(const DescribeTableRequest& request);
void validate(const ListTablesRequest& request);
void validate(const UpdateTableRequest& request);
void validate(const DeleteTableRequest& request);
void validate(const UpdateTimeToLiveRequest& request);
void validate(const DescribeTimeToLiveRequest& request);
void validate(const TagResourceRequest& request);
void validate(const UntagResourceRequest& request);
void validate(const ListTagsOfResourceRequest& request);
void validate(const PutItemRequest& request);
void validate(const GetItemRequest& request);
void validate(const UpdateItemRequest& request);
void validate(const DeleteItemRequest& request);
void validate(const QueryRequest& request);
void validate(const ScanRequest& request);
void validate(const BatchGetItemRequest& request);
void validate(const BatchWriteItemRequest& request);
void validate(const TransactWriteItemsRequest& request);
void validate(const TransactGetItemsRequest& request);

/// validate() of the request's operation.
void validate(const AnyRequest& request);

}  // namespace dynamorm::client
