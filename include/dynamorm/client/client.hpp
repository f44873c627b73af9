// Client: one member function per DynamoDB operation. The HTTP backend (DynamoDB and compatible
// servers) and the embedded engine implement it, so whatever is built on it runs on both.
#pragma once

#include "dynamorm/client/requests.hpp"

namespace dynamorm::client {

/// A DynamoDB endpoint.
///
/// Contract for implementations:
/// - thread-safe: any member may be called from several threads at once;
/// - a request is validated as DynamoDB validates it (client/validate.hpp) before anything
///   happens, and nothing is half-done when a call fails;
/// - every failure DynamoDB would report is a ServiceError (client/error.hpp) with DynamoDB's
///   code and message; a response is returned only on success.
class Client {
  public:
    virtual ~Client() = default;

    virtual CreateTableResponse create_table(const CreateTableRequest& request) = 0;
    virtual DescribeTableResponse describe_table(const DescribeTableRequest& request) = 0;
    virtual ListTablesResponse list_tables(const ListTablesRequest& request) = 0;
    virtual UpdateTableResponse update_table(const UpdateTableRequest& request) = 0;
    virtual DeleteTableResponse delete_table(const DeleteTableRequest& request) = 0;
    virtual UpdateTimeToLiveResponse update_time_to_live(
        const UpdateTimeToLiveRequest& request) = 0;
    virtual DescribeTimeToLiveResponse describe_time_to_live(
        const DescribeTimeToLiveRequest& request) = 0;
    virtual TagResourceResponse tag_resource(const TagResourceRequest& request) = 0;
    virtual UntagResourceResponse untag_resource(const UntagResourceRequest& request) = 0;
    virtual ListTagsOfResourceResponse list_tags_of_resource(
        const ListTagsOfResourceRequest& request) = 0;

    virtual PutItemResponse put_item(const PutItemRequest& request) = 0;
    virtual GetItemResponse get_item(const GetItemRequest& request) = 0;
    virtual UpdateItemResponse update_item(const UpdateItemRequest& request) = 0;
    virtual DeleteItemResponse delete_item(const DeleteItemRequest& request) = 0;
    virtual QueryResponse query(const QueryRequest& request) = 0;
    virtual ScanResponse scan(const ScanRequest& request) = 0;

    virtual BatchGetItemResponse batch_get_item(const BatchGetItemRequest& request) = 0;
    virtual BatchWriteItemResponse batch_write_item(const BatchWriteItemRequest& request) = 0;
    virtual TransactWriteItemsResponse transact_write_items(
        const TransactWriteItemsRequest& request) = 0;
    virtual TransactGetItemsResponse transact_get_items(const TransactGetItemsRequest& request) = 0;

    /// Calls the member function of the request's operation.
    AnyResponse call(const AnyRequest& request);

  protected:
    Client() = default;
    Client(const Client&) = default;
    Client& operator=(const Client&) = default;
    Client(Client&&) = default;
    Client& operator=(Client&&) = default;
};

}  // namespace dynamorm::client
