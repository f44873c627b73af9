#include "case_runner.hpp"

#include <stdexcept>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/wire.hpp"
#include "dynamorm/local/engine.hpp"
#include "normalize.hpp"
#include "outcome.hpp"

namespace conformance {

namespace dc = dynamorm::client;

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
    return outcomes;
}

}  // namespace conformance
