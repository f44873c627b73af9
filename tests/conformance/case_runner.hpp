// Runs a case's steps against the embedded engine and against dynalite, one step on both before
// the next, and hands back both normalized outcomes of every step.
//
// Each body is decoded once with the wire codec into a typed request (AnyRequest), which both
// clients are given: the engine directly, dynalite through HttpClient (which encodes it again).
// So a case cannot hold what the typed requests cannot carry: malformed JSON or an invalid
// attribute value (an empty set, a bad number) is refused as a malformed case. Likewise both
// answers pass through the typed responses, so members those do not know are not compared, and
// numbers are compared in their normalized form.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "case_file.hpp"
#include "dynamorm/client/client.hpp"
#include "dynamorm/value/json_value.hpp"
#include "table_names.hpp"

namespace conformance {

struct StepOutcomes {
    dynamorm::json::Value engine;
    dynamorm::json::Value dynalite;
};

class CaseRunner {
  public:
    /// `dynalite` is shared by all cases; every case gets a fresh engine and table names that
    /// start with `prefix`.
    CaseRunner(dynamorm::client::Client& dynalite, std::string prefix);
    ~CaseRunner();
    CaseRunner(const CaseRunner&) = delete;
    CaseRunner& operator=(const CaseRunner&) = delete;

    /// Runs step `step` (the steps of one case in order). Throws std::runtime_error when the
    /// step's request cannot be decoded into a typed request or dynalite's table does not
    /// settle, and a ServiceError when dynalite cannot describe it while waiting.
    StepOutcomes run(const Step& step);

    const TableNames& names() const { return names_; }

  private:
    dynamorm::client::Client& dynalite_;
    TableNames names_;
    std::unique_ptr<dynamorm::client::Client> engine_;
};

}  // namespace conformance
