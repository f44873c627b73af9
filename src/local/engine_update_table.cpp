// UpdateTable.
#include <mutex>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"
#include "local/table_factory.hpp"
#include "local/table_update.hpp"
#include "local/update_table_checks.hpp"

namespace dynamorm::local {

client::UpdateTableResponse Engine::update_table(const client::UpdateTableRequest& request) {
    client::validate(request);
    check_update_table_request(request);
    const std::string& name = *request.table_name;
    auto table = state_->find_table(name);
    if (!table) {
        throw ServiceError::resource_not_found("Requested resource not found: Table: " + name +
                                               " not found");
    }
    std::unique_lock lock(table->mutex);
    check_update_table(*table, request);
    client::UpdateTableResponse response;
    response.table_description =
        apply_update_table(*table, request, state_->options, state_->journal.get(), epoch_now());
    return response;
}

}  // namespace dynamorm::local
