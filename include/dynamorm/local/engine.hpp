// Engine: DynamoDB in process. It answers the same requests as DynamoDB, with DynamoDB's
// semantics, limits, error codes and messages, so that models, examples and tests run without a
// server, and so that `dynamorm-local` can serve it over HTTP.
#pragma once

#include <memory>
#include <string>

#include "dynamorm/client/client.hpp"

namespace dynamorm::local {

struct EngineOptions {
    /// Empty: tables live in memory and vanish with the engine. Otherwise the directory where
    /// tables are kept (with SQLite); it is created when missing.
    std::string directory;
    /// Used in ARNs, as DynamoDB Local does.
    std::string region = "us-east-1";
    std::string account_id = "000000000000";
};

class EngineState;

/// The embedded engine. Thread-safe; conditional writes are linearizable and transactions are
/// atomic and isolated.
class Engine final : public client::Client {
  public:
    Engine();
    explicit Engine(EngineOptions options);
    ~Engine() override;
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    client::CreateTableResponse create_table(const client::CreateTableRequest& request) override;
    client::DescribeTableResponse describe_table(
        const client::DescribeTableRequest& request) override;
    client::ListTablesResponse list_tables(const client::ListTablesRequest& request) override;
    client::UpdateTableResponse update_table(const client::UpdateTableRequest& request) override;
    client::DeleteTableResponse delete_table(const client::DeleteTableRequest& request) override;
    client::UpdateTimeToLiveResponse update_time_to_live(
        const client::UpdateTimeToLiveRequest& request) override;
    client::DescribeTimeToLiveResponse describe_time_to_live(
        const client::DescribeTimeToLiveRequest& request) override;
    client::TagResourceResponse tag_resource(const client::TagResourceRequest& request) override;
    client::UntagResourceResponse untag_resource(
        const client::UntagResourceRequest& request) override;
    client::ListTagsOfResourceResponse list_tags_of_resource(
        const client::ListTagsOfResourceRequest& request) override;

    client::PutItemResponse put_item(const client::PutItemRequest& request) override;
    client::GetItemResponse get_item(const client::GetItemRequest& request) override;
    client::UpdateItemResponse update_item(const client::UpdateItemRequest& request) override;
    client::DeleteItemResponse delete_item(const client::DeleteItemRequest& request) override;
    client::QueryResponse query(const client::QueryRequest& request) override;
    client::ScanResponse scan(const client::ScanRequest& request) override;

    client::BatchGetItemResponse batch_get_item(
        const client::BatchGetItemRequest& request) override;
    client::BatchWriteItemResponse batch_write_item(
        const client::BatchWriteItemRequest& request) override;
    client::TransactWriteItemsResponse transact_write_items(
        const client::TransactWriteItemsRequest& request) override;
    client::TransactGetItemsResponse transact_get_items(
        const client::TransactGetItemsRequest& request) override;

    /// Deletes now every item whose TimeToLive attribute holds a time (epoch seconds) before
    /// `now_epoch_seconds`, in every table with TTL enabled, and returns how many. The engine
    /// also does this by itself about once a second; this is for tests that set the clock.
    std::size_t expire_items(double now_epoch_seconds);

  private:
    std::unique_ptr<EngineState> state_;
};

}  // namespace dynamorm::local
