// TransactWriteItems and TransactGetItems.
#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"

namespace dynamorm::local {

// Not yet served: they will lock their tables in name order and run the item operations'
// prepared reads and writes (write_plan) all or nothing.
client::TransactWriteItemsResponse Engine::transact_write_items(
    const client::TransactWriteItemsRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "TransactWriteItems is not yet supported by the embedded engine");
}

client::TransactGetItemsResponse Engine::transact_get_items(
    const client::TransactGetItemsRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "TransactGetItems is not yet supported by the embedded engine");
}

}  // namespace dynamorm::local
