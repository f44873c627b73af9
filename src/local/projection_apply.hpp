// Applying projection expressions to items.
#pragma once

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// The parts of `item` a ProjectionExpression asks for, as DynamoDB returns them (GetItem,
/// Query, Scan, BatchGetItem, TransactGetItems):
/// - a path that exists is returned with all its ancestors, and only those parts of them:
///   `a.b` gives `{a: {b: ...}}` without a's other keys;
/// - list elements asked for are returned in list order with the gaps closed: `l[3], l[1]`
///   gives `{l: [l[1], l[3]]}`;
/// - a path that does not exist is left out, and so is a map or list none of whose asked-for
///   parts exist (`a.x` on an `a` without `x` gives nothing, not `{a: {}}`), and a step
///   through a value of the wrong kind (`a[0]` on a map).
/// Paths that overlap, which the parser refuses, give the union of what they name.
Item project(const expr::Projection& projection, const Item& item);

}  // namespace dynamorm::local
