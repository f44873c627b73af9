#include "case_runner.hpp"

#include <chrono>
#include <optional>
#include <stdexcept>
#include <thread>
#include <variant>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/wire.hpp"
#include "dynamorm/local/engine.hpp"
#include "normalize.hpp"
#include "outcome.hpp"

namespace conformance {

namespace dc = dynamorm::client;

namespace {

// dynalite answers CreateTable, UpdateTable and DeleteTable at once but changes the table's
// status a moment later (its timers run at 0 ms in the test server); until then it refuses item
// operations with ResourceNotFoundException. The engine's changes are instant. So after such a
// step the runner waits, outside the comparison, until dynalite's table is ACTIVE (indexes
// included) or gone, as a client of DynamoDB waits.
void settle(dc::Client& dynalite, const std::string& op, const dc::AnyRequest& request) {
    std::optional<std::string> table;
    if (const auto* create = std::get_if<dc::CreateTableRequest>(&request)) {
        table = create->table_name;
    } else if (const auto* update = std::get_if<dc::UpdateTableRequest>(&request)) {
        table = update->table_name;
    } else if (const auto* drop = std::get_if<dc::DeleteTableRequest>(&request)) {
        table = drop->table_name;
    }
    if (!table) return;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
        try {
            const auto described = dynalite.describe_table({.table_name = *table});
            bool active = described.table && described.table->table_status &&
                          *described.table->table_status == dc::TableStatus::Active;
            if (active && described.table->global_secondary_indexes) {
                for (const auto& index : *described.table->global_secondary_indexes) {
                    active = active && index.index_status == dc::IndexStatus::Active;
                }
            }
            if (active && op != "DeleteTable") return;
        } catch (const dynamorm::ServiceError& error) {
            if (error.is(dynamorm::errors::kResourceNotFound)) return;
            throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    throw std::runtime_error("dynalite's table " + *table + " did not settle after " + op);
}

}  // namespace

CaseRunner::CaseRunner(dc::Client& dynalite, std::string prefix)
    : dynalite_(dynalite),
      names_(std::move(prefix)),
      engine_(std::make_unique<dynamorm::local::Engine>()) {}

CaseRunner::~CaseRunner() {
    // dynalite outlives the case: its tables go, so that later cases list only their own.
    for (const std::string& name : names_.names()) {
        try {
            dynalite_.delete_table({.table_name = name});
        } catch (const std::exception&) {
            // never created, or already deleted by the case
        }
    }
}

StepOutcomes CaseRunner::run(const Step& step) {
    const std::string body = names_.substitute(step.request).dump();
    dc::Deferred deferred;
    dc::AnyRequest request;
    try {
        request = dc::decode_request(step.op, body, &deferred);
    } catch (const std::exception& error) {
        throw std::runtime_error("the " + step.op + " request does not decode: " + error.what());
    }
    if (deferred) {
        throw std::runtime_error("the " + step.op +
                                 " request holds an invalid attribute value, which a typed "
                                 "request cannot carry: " +
                                 std::string(deferred->what()));
    }
    StepOutcomes outcomes;
    outcomes.engine = normalize(outcome_of(*engine_, request), step.op, names_);
    outcomes.dynalite = normalize(outcome_of(dynalite_, request), step.op, names_);
    if (outcomes.dynalite.find("response") != nullptr) settle(dynalite_, step.op, request);
    return outcomes;
}

}  // namespace conformance
