// The table operations of the Engine: CreateTable, DescribeTable, ListTables, UpdateTable and
// DeleteTable. Each validates its request (client::validate), then makes the checks that need
// the catalog, in DynamoDB's order and words.
#include <mutex>
#include <shared_mutex>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/create_table_checks.hpp"
#include "local/engine_state.hpp"
#include "local/persistence.hpp"
#include "local/table_description.hpp"
#include "local/table_factory.hpp"

namespace dynamorm::local {
namespace {

ServiceError table_not_found(const std::string& name) {
    return ServiceError::resource_not_found("Requested resource not found: Table: " + name +
                                            " not found");
}

// The description as a just-created table's: DynamoDB answers CreateTable with the table and
// its global secondary indexes still CREATING, although the engine's are usable at once.
client::TableDescription as_creating(client::TableDescription description) {
    description.table_status = client::TableStatus::Creating;
    if (description.billing_mode_summary) {
        description.billing_mode_summary->last_update_to_pay_per_request_date_time.reset();
    }
    if (description.global_secondary_indexes) {
        for (auto& index : *description.global_secondary_indexes) {
            index.index_status = client::IndexStatus::Creating;
        }
    }
    return description;
}

}  // namespace

client::CreateTableResponse Engine::create_table(const client::CreateTableRequest& request) {
    client::validate(request);
    check_create_table(request);
    const std::string& name = *request.table_name;
    std::unique_lock catalog(state_->catalog_mutex);
    if (state_->tables.contains(name)) {
        throw ServiceError::resource_in_use("Table already exists: " + name);
    }
    auto table = make_table(request, state_->options, state_->table_arn(name), epoch_now());
    table->journal = state_->journal.get();
    save_table(table->journal, *table);
    client::CreateTableResponse response;
    response.table_description = as_creating(current_description(*table));
    state_->tables.emplace(name, std::move(table));
    return response;
}

client::DescribeTableResponse Engine::describe_table(const client::DescribeTableRequest& request) {
    client::validate(request);
    auto table = state_->find_table(*request.table_name);
    if (!table) throw table_not_found(*request.table_name);
    std::shared_lock lock(table->mutex);
    client::DescribeTableResponse response;
    response.table = current_description(*table);
    return response;
}

client::ListTablesResponse Engine::list_tables(const client::ListTablesRequest& request) {
    client::validate(request);
    const std::size_t limit = static_cast<std::size_t>(request.limit.value_or(100));
    client::ListTablesResponse response;
    std::shared_lock catalog(state_->catalog_mutex);
    auto it = request.exclusive_start_table_name
                  ? state_->tables.upper_bound(*request.exclusive_start_table_name)
                  : state_->tables.begin();
    for (; it != state_->tables.end() && response.table_names.size() < limit; ++it) {
        response.table_names.push_back(it->first);
    }
    // As DynamoDB does, a page that ends with the last table does not name it.
    if (response.table_names.size() == limit && it != state_->tables.end()) {
        response.last_evaluated_table_name = response.table_names.back();
    }
    return response;
}

client::DeleteTableResponse Engine::delete_table(const client::DeleteTableRequest& request) {
    client::validate(request);
    const std::string& name = *request.table_name;
    std::unique_lock catalog(state_->catalog_mutex);
    auto found = state_->tables.find(name);
    if (found == state_->tables.end()) throw table_not_found(name);
    std::shared_ptr<Table> table = found->second;
    // Exclusive: no write is half-way through, and those still to come (from callers that found
    // the table before it went) stay out of the journal, so that a later table of the same name
    // does not reopen with them.
    std::unique_lock lock(table->mutex);
    if (table->description.deletion_protection_enabled == true) {
        throw ServiceError::validation(
            "Resource cannot be deleted as it is currently protected against deletion. "
            "Disable deletion protection first.");
    }
    drop_table(state_->journal.get(), name);
    table->journal = nullptr;
    state_->tables.erase(found);
    catalog.unlock();

    client::DeleteTableResponse response;
    response.table_description = current_description(*table);
    response.table_description->table_status = client::TableStatus::Deleting;
    return response;
}

}  // namespace dynamorm::local
