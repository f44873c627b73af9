// The document paths a condition reads: which attributes a filter looks at (to refuse filters
// on key attributes, and to know whether an index holds them).
#pragma once

#include <vector>

#include "dynamorm/expr/ast.hpp"

namespace dynamorm::local {

/// Every path `condition` reads, in the order they appear (repeats included); pointers into
/// the condition's tree.
std::vector<const expr::Path*> condition_paths(const expr::Condition& condition);

}  // namespace dynamorm::local
