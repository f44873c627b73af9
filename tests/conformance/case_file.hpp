// Conformance cases as data: tests/conformance/cases/*.json, each an object
//
//   {"cases": [{"name": "put then get",
//               "steps": [{"op": "PutItem", "request": {"TableName": "${T}", ...}},
//                         {"op": "GetItem", "request": {...}, "differs": "why"}]}]}
//
// A step is one request body of DynamoDB's JSON protocol for operation `op`. Strings of the
// form `${NAME}` (anywhere in a string or a member name) are table names, replaced by a name
// unique to the run. An object {"$repeat": ["ab", 3]} stands for the string "ababab" (for
// oversized values without pages of text). A step may carry:
// - "differs": the reason (or an array of reasons) the embedded engine and dynalite are known
//   to answer differently; the step then must differ (so that a difference that goes away is
//   noticed). Every reason must be listed in docs/compatibility.md;
// - "at": with "differs", the members where they differ (`response.Table.AttributeDefinitions`,
//   `error.message`): those must differ, and everything else must still agree;
// - "engine": what the engine's outcome must contain (a subset of it, see json_diff.hpp), to
//   pin the engine's answer where dynalite cannot be the reference.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/value/json_value.hpp"

namespace conformance {

struct Step {
    std::string op;
    dynamorm::json::Value request;
    std::vector<std::string> differs;
    std::vector<std::string> at;
    std::optional<dynamorm::json::Value> engine;
};

struct Case {
    std::string name;
    std::vector<Step> steps;
};

/// The cases of one file. Throws std::runtime_error naming the file and what is malformed.
std::vector<Case> load_case_file(const std::string& path);

/// The case files of `directory` (`*.json`), sorted by name.
std::vector<std::string> case_files(const std::string& directory);

}  // namespace conformance
