#include "dynamorm/local/engine.hpp"

#include "dynamorm/client/error.hpp"
#include "local/engine_state.hpp"
#include "local/persistence.hpp"
#include "local/table_factory.hpp"
#include "local/ttl.hpp"

namespace dynamorm::local {

std::shared_ptr<Table> EngineState::find_table(std::string_view name) const {
    std::shared_lock lock(catalog_mutex);
    auto found = tables.find(name);
    return found == tables.end() ? nullptr : found->second;
}

std::shared_ptr<Table> EngineState::table(std::string_view name) const {
    auto found = find_table(name);
    if (!found) throw ServiceError::resource_not_found("Requested resource not found");
    return found;
}

std::string EngineState::table_arn(std::string_view name) const {
    return "arn:aws:dynamodb:" + options.region + ":" + options.account_id + ":table/" +
           std::string(name);
}

Engine::Engine() : Engine(EngineOptions{}) {}

Engine::Engine(EngineOptions options) : state_(std::make_unique<EngineState>(std::move(options))) {
    if (!state_->options.directory.empty()) {
        state_->journal = std::make_unique<Journal>(state_->options.directory);
        load_tables(*state_->journal, *state_);
    }
    EngineState* state = state_.get();
    state_->sweeper =
        std::make_unique<TtlSweeper>([state] { expire_all(*state, epoch_now()); }, kTtlSweepPeriod);
}

Engine::~Engine() = default;

}  // namespace dynamorm::local
