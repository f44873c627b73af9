// BatchGetItem and BatchWriteItem.
#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"

namespace dynamorm::local {

// Not yet served: they will run the item operations' prepared reads and writes (write_plan).
client::BatchGetItemResponse Engine::batch_get_item(const client::BatchGetItemRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "BatchGetItem is not yet supported by the embedded engine");
}

client::BatchWriteItemResponse Engine::batch_write_item(const client::BatchWriteItemRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "BatchWriteItem is not yet supported by the embedded engine");
}

}  // namespace dynamorm::local
