// The table names of a case: each placeholder `${NAME}` of the case's requests stands for a
// table name unique to the run, because dynalite is shared by every case of the program (and,
// through DYNAMORM_DYNALITE_ENDPOINT, possibly by other programs).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dynamorm/value/json_value.hpp"

namespace conformance {

class TableNames {
  public:
    /// `prefix` starts every name given out, so that a case's names sort together.
    explicit TableNames(std::string prefix) : prefix_(std::move(prefix)) {}

    /// `value` with every `${NAME}` in its strings and member names replaced by NAME's table
    /// name (the same name for the same NAME, every time). An unterminated `${` is left as is.
    dynamorm::json::Value substitute(const dynamorm::json::Value& value);

    /// `value` with every name given out turned back into its `${NAME}`.
    dynamorm::json::Value restore(const dynamorm::json::Value& value) const;

    /// Whether `text` is one of the placeholders given out (`${T}`).
    bool is_placeholder(const std::string& text) const;

    /// The names given out so far.
    std::vector<std::string> names() const;

  private:
    std::string substitute(const std::string& text);
    std::string restore(const std::string& text) const;

    std::string prefix_;
    std::map<std::string, std::string> names_;  // placeholder name → table name
};

}  // namespace conformance
