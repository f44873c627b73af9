// HttpClient: each operation encoded with the wire codec, sent by the Sender, and its answer
// decoded.
#include "dynamorm/client/http_client.hpp"

#include "client/http/sender.hpp"
#include "dynamorm/client/wire.hpp"

namespace dynamorm::client {

class HttpClient::Impl : public http::Sender {
  public:
    using Sender::Sender;
};

HttpClient::HttpClient(HttpClientOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

const HttpClientOptions& HttpClient::options() const noexcept {
    return impl_->options();
}

int HttpClient::retry_tokens() const noexcept {
    return impl_->retry_tokens();
}

template <class Response, class Request>
Response HttpClient::send(Operation operation, const Request& request) {
    const std::string answer = impl_->exchange(operation, to_json(request));
    Response response{};
    // TagResource and UntagResource answer with no fields: DynamoDB sends an empty body (and
    // dynalite a JSON string), so their body is not read.
    if (operation == Operation::TagResource || operation == Operation::UntagResource) {
        return response;
    }
    try {
        from_json(answer, response);
    } catch (const JsonError& error) {
        throw impl_->invalid_response(operation, error.what());
    }
    return response;
}

CreateTableResponse HttpClient::create_table(const CreateTableRequest& request) {
    return send<CreateTableResponse>(Operation::CreateTable, request);
}
DescribeTableResponse HttpClient::describe_table(const DescribeTableRequest& request) {
    return send<DescribeTableResponse>(Operation::DescribeTable, request);
}
ListTablesResponse HttpClient::list_tables(const ListTablesRequest& request) {
    return send<ListTablesResponse>(Operation::ListTables, request);
}
UpdateTableResponse HttpClient::update_table(const UpdateTableRequest& request) {
    return send<UpdateTableResponse>(Operation::UpdateTable, request);
}
DeleteTableResponse HttpClient::delete_table(const DeleteTableRequest& request) {
    return send<DeleteTableResponse>(Operation::DeleteTable, request);
}
UpdateTimeToLiveResponse HttpClient::update_time_to_live(const UpdateTimeToLiveRequest& request) {
    return send<UpdateTimeToLiveResponse>(Operation::UpdateTimeToLive, request);
}
DescribeTimeToLiveResponse HttpClient::describe_time_to_live(
    const DescribeTimeToLiveRequest& request) {
    return send<DescribeTimeToLiveResponse>(Operation::DescribeTimeToLive, request);
}
TagResourceResponse HttpClient::tag_resource(const TagResourceRequest& request) {
    return send<TagResourceResponse>(Operation::TagResource, request);
}
UntagResourceResponse HttpClient::untag_resource(const UntagResourceRequest& request) {
    return send<UntagResourceResponse>(Operation::UntagResource, request);
}
ListTagsOfResourceResponse HttpClient::list_tags_of_resource(
    const ListTagsOfResourceRequest& request) {
    return send<ListTagsOfResourceResponse>(Operation::ListTagsOfResource, request);
}

PutItemResponse HttpClient::put_item(const PutItemRequest& request) {
    return send<PutItemResponse>(Operation::PutItem, request);
}
GetItemResponse HttpClient::get_item(const GetItemRequest& request) {
    return send<GetItemResponse>(Operation::GetItem, request);
}
UpdateItemResponse HttpClient::update_item(const UpdateItemRequest& request) {
    return send<UpdateItemResponse>(Operation::UpdateItem, request);
}
DeleteItemResponse HttpClient::delete_item(const DeleteItemRequest& request) {
    return send<DeleteItemResponse>(Operation::DeleteItem, request);
}
QueryResponse HttpClient::query(const QueryRequest& request) {
    return send<QueryResponse>(Operation::Query, request);
}
ScanResponse HttpClient::scan(const ScanRequest& request) {
    return send<ScanResponse>(Operation::Scan, request);
}

BatchGetItemResponse HttpClient::batch_get_item(const BatchGetItemRequest& request) {
    return send<BatchGetItemResponse>(Operation::BatchGetItem, request);
}
BatchWriteItemResponse HttpClient::batch_write_item(const BatchWriteItemRequest& request) {
    return send<BatchWriteItemResponse>(Operation::BatchWriteItem, request);
}
TransactWriteItemsResponse HttpClient::transact_write_items(
    const TransactWriteItemsRequest& request) {
    return send<TransactWriteItemsResponse>(Operation::TransactWriteItems, request);
}
TransactGetItemsResponse HttpClient::transact_get_items(const TransactGetItemsRequest& request) {
    return send<TransactGetItemsResponse>(Operation::TransactGetItems, request);
}

}  // namespace dynamorm::client
