// HttpClient: the Client of DynamoDB and DynamoDB-compatible servers (DynamoDB Local, dynalite,
// ScyllaDB Alternator, LocalStack, dynamorm-local) over HTTP or HTTPS, with libcurl.
//
// Each call writes its request as DynamoDB's JSON (wire.hpp), signs it with SigV4 (service
// `dynamodb`), POSTs it to the endpoint with `X-Amz-Target: DynamoDB_20120810.<Operation>`, and
// reads the answer: the operation's response, or the error body as a ServiceError carrying
// DynamoDB's code, message, HTTP status and x-amzn-RequestId. Requests are sent as they are:
// the client does not validate them, the server judges them (so a ValidationException comes
// from the server, with its own wording).
//
// Failures are retried as the AWS SDKs' "standard" retry mode does (RetryOptions). A response
// whose body does not match its x-amz-crc32 header counts as a transient failure.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "dynamorm/client/client.hpp"
#include "dynamorm/client/credentials.hpp"
#include "dynamorm/client/error.hpp"
#include "dynamorm/client/http_error.hpp"
#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::client {

/// The AWS SDKs' "standard" retry mode.
///
/// Retried: throttling (ProvisionedThroughputExceededException, ThrottlingException,
/// RequestLimitExceeded, TransactionInProgressException, LimitExceededException and the other
/// codes the SDKs list, or HTTP 429), transient errors (HTTP 500, 502, 503, 504, RequestTimeout
/// codes, TransportError::transient()). Nothing else is: a ValidationException or a
/// ConditionalCheckFailedException is thrown at once.
///
/// Before retry n (n = 1, 2, ...) the client sleeps a random time in [0, min(base_delay *
/// 2^(n-1), max_backoff)) ("full jitter"). A retry also needs tokens from the client's retry
/// quota, a bucket of 500 shared by all its calls: 5 per retry, 10 when the failure was a
/// timeout; when the bucket is short the failure is thrown instead. A success gives back what
/// its retries took, or 1 token when it needed none, up to 500.
struct RetryOptions {
    /// Attempts per call, the first included: 1 disables retries.
    int max_attempts = 3;
    std::chrono::milliseconds base_delay{1000};
    std::chrono::milliseconds max_backoff{20000};
};

/// What the logging hook is told after each attempt. It holds nothing secret: no header, no
/// signature, no credential.
struct AttemptLog {
    std::string_view operation;   ///< `PutItem`
    int attempt = 1;              ///< 1 for the first attempt of a call
    int http_status = 0;          ///< 0 when no answer came back
    std::string_view request_id;  ///< x-amzn-RequestId of the answer, empty when none
    /// Empty on success; otherwise the error code (`ThrottlingException`) or the transport
    /// failure's message.
    std::string_view error;
    bool will_retry = false;               ///< another attempt follows
    std::chrono::microseconds elapsed{0};  ///< this attempt's time, from sending to reading
};

struct HttpClientOptions {
    /// `https://dynamodb.us-east-1.amazonaws.com` or `http://127.0.0.1:8000`; a path, when
    /// given, is where requests are posted (`/` otherwise).
    std::string endpoint{};
    /// The region requests are signed for.
    std::string region = "us-east-1";
    /// The credentials to sign with, used when `credentials_provider` is null.
    sigv4::Credentials credentials{};
    /// Asked before every attempt, when set.
    std::shared_ptr<const CredentialsProvider> credentials_provider{};
    std::chrono::milliseconds connect_timeout{2000};
    /// The longest one attempt may take, from connecting to the end of the answer.
    std::chrono::milliseconds request_timeout{30000};
    RetryOptions retry{};
    /// Called after each attempt, from the calling thread; must be thread-safe when the client
    /// is shared.
    std::function<void(const AttemptLog&)> on_attempt{};
};

/// A Client over HTTP. Safe to share between threads: connections are kept alive in a pool and
/// reused, one per concurrent call. HTTPS verifies certificates (libcurl's CA bundle); proxies
/// come from the environment (`https_proxy`, `no_proxy`, ...) as curl reads them.
class HttpClient final : public Client {
  public:
    /// Throws ConfigurationError for unusable options.
    explicit HttpClient(HttpClientOptions options);
    ~HttpClient() override;
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;
    /// A moved-from client may only be destroyed or assigned to.
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    const HttpClientOptions& options() const noexcept;
    /// Tokens left in the retry quota (500 when full).
    int retry_tokens() const noexcept;

    CreateTableResponse create_table(const CreateTableRequest& request) override;
    DescribeTableResponse describe_table(const DescribeTableRequest& request) override;
    ListTablesResponse list_tables(const ListTablesRequest& request) override;
    UpdateTableResponse update_table(const UpdateTableRequest& request) override;
    DeleteTableResponse delete_table(const DeleteTableRequest& request) override;
    UpdateTimeToLiveResponse update_time_to_live(const UpdateTimeToLiveRequest& request) override;
    DescribeTimeToLiveResponse describe_time_to_live(
        const DescribeTimeToLiveRequest& request) override;
    TagResourceResponse tag_resource(const TagResourceRequest& request) override;
    UntagResourceResponse untag_resource(const UntagResourceRequest& request) override;
    ListTagsOfResourceResponse list_tags_of_resource(
        const ListTagsOfResourceRequest& request) override;

    PutItemResponse put_item(const PutItemRequest& request) override;
    GetItemResponse get_item(const GetItemRequest& request) override;
    UpdateItemResponse update_item(const UpdateItemRequest& request) override;
    DeleteItemResponse delete_item(const DeleteItemRequest& request) override;
    QueryResponse query(const QueryRequest& request) override;
    ScanResponse scan(const ScanRequest& request) override;

    BatchGetItemResponse batch_get_item(const BatchGetItemRequest& request) override;
    BatchWriteItemResponse batch_write_item(const BatchWriteItemRequest& request) override;
    TransactWriteItemsResponse transact_write_items(
        const TransactWriteItemsRequest& request) override;
    TransactGetItemsResponse transact_get_items(const TransactGetItemsRequest& request) override;

  private:
    class Impl;
    template <class Response, class Request>
    Response send(Operation operation, const Request& request);

    std::unique_ptr<Impl> impl_;
};

}  // namespace dynamorm::client
