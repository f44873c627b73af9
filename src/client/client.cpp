// Client::call: any request to the member function of its operation.
#include "dynamorm/client/client.hpp"

#include <type_traits>
#include <variant>

namespace dynamorm::client {

AnyResponse Client::call(const AnyRequest& request) {
    return std::visit(
        [this](const auto& r) -> AnyResponse {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, CreateTableRequest>) return create_table(r);
            if constexpr (std::is_same_v<R, DescribeTableRequest>) return describe_table(r);
            if constexpr (std::is_same_v<R, ListTablesRequest>) return list_tables(r);
            if constexpr (std::is_same_v<R, UpdateTableRequest>) return update_table(r);
            if constexpr (std::is_same_v<R, DeleteTableRequest>) return delete_table(r);
            if constexpr (std::is_same_v<R, UpdateTimeToLiveRequest>) {
                return update_time_to_live(r);
            }
            if constexpr (std::is_same_v<R, DescribeTimeToLiveRequest>) {
                return describe_time_to_live(r);
            }
            if constexpr (std::is_same_v<R, TagResourceRequest>) return tag_resource(r);
            if constexpr (std::is_same_v<R, UntagResourceRequest>) return untag_resource(r);
            if constexpr (std::is_same_v<R, ListTagsOfResourceRequest>) {
                return list_tags_of_resource(r);
            }
            if constexpr (std::is_same_v<R, PutItemRequest>) return put_item(r);
            if constexpr (std::is_same_v<R, GetItemRequest>) return get_item(r);
            if constexpr (std::is_same_v<R, UpdateItemRequest>) return update_item(r);
            if constexpr (std::is_same_v<R, DeleteItemRequest>) return delete_item(r);
            if constexpr (std::is_same_v<R, QueryRequest>) return query(r);
            if constexpr (std::is_same_v<R, ScanRequest>) return scan(r);
            if constexpr (std::is_same_v<R, BatchGetItemRequest>) return batch_get_item(r);
            if constexpr (std::is_same_v<R, BatchWriteItemRequest>) return batch_write_item(r);
            if constexpr (std::is_same_v<R, TransactWriteItemsRequest>) {
                return transact_write_items(r);
            }
            if constexpr (std::is_same_v<R, TransactGetItemsRequest>) {
                return transact_get_items(r);
            }
        },
        request);
}

}  // namespace dynamorm::client
