// UpdateTimeToLive and DescribeTimeToLive. The engine switches TTL on and off at once: it
// never answers DynamoDB's transient ENABLING and DISABLING, and has no one-hour cool-down
// between changes.
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"
#include "local/table_commit.hpp"
#include "local/ttl.hpp"

namespace dynamorm::local {
namespace {

std::shared_ptr<Table> existing_table(const EngineState& state, const std::string& name) {
    auto table = state.find_table(name);
    if (!table) {
        throw ServiceError::resource_not_found("Requested resource not found: Table: " + name +
                                               " not found");
    }
    return table;
}

}  // namespace

client::UpdateTimeToLiveResponse Engine::update_time_to_live(
    const client::UpdateTimeToLiveRequest& request) {
    client::validate(request);
    const client::TimeToLiveSpecification& spec = *request.time_to_live_specification;
    const bool enable = *spec.enabled;
    const std::string& attribute = *spec.attribute_name;
    auto table = existing_table(*state_, *request.table_name);
    std::unique_lock lock(table->mutex);
    const std::optional<std::string> old = table->ttl_attribute;
    if (table->ttl_attribute) {
        if (*table->ttl_attribute != attribute) {
            throw ServiceError::validation(
                "TimeToLive is active on a different AttributeName: current AttributeName is " +
                *table->ttl_attribute);
        }
        if (enable) throw ServiceError::validation("TimeToLive is already enabled");
        table->ttl_attribute.reset();
    } else {
        if (!enable) throw ServiceError::validation("TimeToLive is already disabled");
        table->ttl_attribute = attribute;
    }
    save_or_undo(state_->journal.get(), *table, [&] { table->ttl_attribute = old; });
    // DynamoDB echoes the specification.
    return client::UpdateTimeToLiveResponse{.time_to_live_specification = spec};
}

client::DescribeTimeToLiveResponse Engine::describe_time_to_live(
    const client::DescribeTimeToLiveRequest& request) {
    client::validate(request);
    auto table = existing_table(*state_, *request.table_name);
    std::shared_lock lock(table->mutex);
    client::TimeToLiveDescription description;
    if (table->ttl_attribute) {
        description.time_to_live_status = client::TimeToLiveStatus::Enabled;
        description.attribute_name = table->ttl_attribute;
    } else {
        // Disabled, whether it never was enabled or was switched off: DynamoDB then names no
        // attribute.
        description.time_to_live_status = client::TimeToLiveStatus::Disabled;
    }
    return client::DescribeTimeToLiveResponse{.time_to_live_description = description};
}

}  // namespace dynamorm::local

namespace dynamorm::local {

std::size_t Engine::expire_items(double now_epoch_seconds) {
    return expire_all(*state_, now_epoch_seconds);
}

}  // namespace dynamorm::local
