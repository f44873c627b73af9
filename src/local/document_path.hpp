// Document paths on items: reading the value at a path, and setting or removing one with the
// rules of DynamoDB's UpdateExpression.
#pragma once

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// The value at `path` in `item`, or nullptr when there is none: a missing attribute or map
/// key, a list index past the end, or a step through a value that is not a map (for a key) or
/// a list (for an index). An empty path finds nothing.
const AttributeValue* find_path(const Item& item, const expr::Path& path) noexcept;
AttributeValue* find_path(Item& item, const expr::Path& path) noexcept;

/// Sets the value at `path`, as `SET path = :value` does. Every step but the last must exist
/// and be a map (before a key) or a list (before an index); the last step replaces or adds a
/// map key, replaces a list element, or appends to the list when the index is at or past its
/// end. Otherwise throws EvaluationError "The document path provided in the update expression
/// is invalid for update" and leaves `item` unchanged.
void set_path(Item& item, const expr::Path& path, AttributeValue value);

/// Removes the value at `path`, as `REMOVE path` does: later list elements move down one
/// place. Removing what does not exist (a missing key, an index past the end) does nothing and
/// returns false. The parent must exist and be of the right kind, as for set_path(), or this
/// throws EvaluationError with the same message.
bool remove_path(Item& item, const expr::Path& path);

}  // namespace dynamorm::local
