// UpdateTable.
#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"

namespace dynamorm::local {

client::UpdateTableResponse Engine::update_table(const client::UpdateTableRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "UpdateTable is not yet supported by the embedded engine");
}

}  // namespace dynamorm::local
