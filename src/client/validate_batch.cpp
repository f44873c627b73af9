// Validation of BatchGetItem and BatchWriteItem.
#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

namespace {

constexpr std::string_view kTableNameKeys =
    "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
    "Member must have length greater than or equal to 3, Member must satisfy regular "
    "expression pattern: [a-zA-Z0-9_.-]+]";

// RequestItems as a map: not null, not empty, and every key a valid table name (one violation
// per bad name, each showing the whole map).
template <class T>
void check_request_items(Violations& v, const std::optional<StringMap<T>>& items) {
    check_not_null(v, "requestItems", items.has_value());
    if (!items) return;
    const std::string rendered = render_json(*items);
    check_length_min(v, "requestItems", items->size(), rendered, 1);
    for (const auto& [table, value] : *items) {
        Violations probe;
        check_name(probe, "", table, true);
        if (!probe.empty()) v.add(quoted(rendered), "requestItems", kTableNameKeys);
    }
}

}  // namespace

void validate(const BatchGetItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_request_items(v, r.request_items);
    if (r.request_items) {
        for (const auto& [table, request] : *r.request_items) {
            const std::string member = map_value_path("requestItems", table);
            const std::string keys = path_join(member, "keys");
            check_not_null(v, keys, request.keys.has_value());
            if (request.keys) {
                const std::string rendered = render_json_list(*request.keys);
                check_length_min(v, keys, request.keys->size(), rendered, 1);
                check_length_max(v, keys, request.keys->size(), rendered, 100);
            }
            check_attributes_to_get(v, path_join(member, "attributesToGet"),
                                    request.attributes_to_get);
        }
    }
    v.raise_if_any();

    std::size_t requested = 0;
    for (const auto& [table, request] : *r.request_items) {
        check_expression_parameters(
            {{"ProjectionExpression", request.projection_expression.has_value()}},
            {{"AttributesToGet", request.attributes_to_get.has_value()}},
            request.expression_attribute_names.has_value(), false);
        check_no_duplicate_names(request.attributes_to_get);
        const std::vector<Item>& keys = *request.keys;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (keys[j] == keys[i]) fail("Provided list of item keys contains duplicates");
            }
            if (++requested > 100) fail("Too many items requested for the BatchGetItem call");
        }
    }
}

void validate(const BatchWriteItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_enum(v, "returnItemCollectionMetrics", r.return_item_collection_metrics);
    check_request_items(v, r.request_items);
    if (r.request_items) {
        const std::string rendered = render_json(*r.request_items);
        for (const auto& [table, writes] : *r.request_items) {
            if (writes.empty() || writes.size() > 25) {
                v.add(quoted(rendered), "requestItems",
                      "Map value must satisfy constraint: [Member must have length less than or "
                      "equal to 25, Member must have length greater than or equal to 1]");
            }
        }
        for (const auto& [table, writes] : *r.request_items) {
            const std::string list = path_join("requestItems", table) + ".member";
            for (std::size_t i = 0; i < writes.size(); ++i) {
                const WriteRequest& write = writes[i];
                const std::string member = element_path(list, i);
                if (write.delete_request) {
                    check_not_null(v, path_join(member, "deleteRequest.key"),
                                   write.delete_request->key.has_value());
                }
                if (write.put_request) {
                    check_not_null(v, path_join(member, "putRequest.item"),
                                   write.put_request->item.has_value());
                }
            }
        }
    }
    v.raise_if_any();

    for (const auto& [table, writes] : *r.request_items) {
        for (const WriteRequest& write : writes) {
            // DynamoDB's words for a WriteRequest with no request or with both.
            if (write.put_request.has_value() == write.delete_request.has_value()) {
                fail(
                    "Supplied AttributeValue has more than one datatypes set, must contain "
                    "exactly one of the supported datatypes");
            }
        }
    }
}

}  // namespace dynamorm::client
