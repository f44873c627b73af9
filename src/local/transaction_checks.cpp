#include "local/transaction_checks.hpp"

#include <map>
#include <set>

#include "dynamorm/client/error.hpp"
#include "local/key_mismatch.hpp"

namespace dynamorm::local {

client::CancellationReason no_failure() {
    return client::CancellationReason{.code = "None"};
}

client::CancellationReason condition_failure(std::optional<Item> item) {
    return client::CancellationReason{.item = std::move(item),
                                      .code = "ConditionalCheckFailed",
                                      .message = "The conditional request failed"};
}

client::CancellationReason validation_failure(std::string message) {
    return client::CancellationReason{.code = "ValidationError", .message = std::move(message)};
}

void check_action_keys(std::size_t count, const std::function<void(std::size_t)>& check) {
    std::optional<std::size_t> mismatched;
    std::string message;
    for (std::size_t i = 0; i < count; ++i) {
        try {
            check(i);
        } catch (const ServiceError& error) {
            if (!is_key_schema_mismatch(error)) throw;
            if (!mismatched) {
                mismatched = i;
                message = error.message();
            }
        }
    }
    if (!mismatched) return;
    std::vector<client::CancellationReason> reasons(count, no_failure());
    reasons[*mismatched] = validation_failure(std::move(message));
    throw ServiceError::transaction_canceled(std::move(reasons));
}

void check_distinct_items(const std::vector<std::pair<const Table*, const Item*>>& targets) {
    std::map<const Table*, std::set<StoreKey, StoreKeyLess>> seen;
    for (const auto& [table, key] : targets) {
        if (!seen[table].insert(table->key_of(*key)).second) {
            throw ServiceError::validation(
                "Transaction request cannot include multiple operations on one item");
        }
    }
}

}  // namespace dynamorm::local
