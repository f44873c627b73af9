// Applying update expressions to items.
#pragma once

#include <string>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// What an update did.
struct UpdateResult {
    /// The item after the update.
    Item item;
    /// ReturnValues UPDATED_OLD: the parts of the old item the update's paths name, cut out as
    /// a projection of those paths would be (so `SET a.b = :v` gives `{a: {b: old}}`, not all
    /// of `a`; a path that did not exist gives nothing). DynamoDB leaves `Attributes` out of its
    /// answer when this is empty.
    Item updated_old;
    /// ReturnValues UPDATED_NEW: the same cut of the new item (a removed path gives nothing).
    Item updated_new;
    /// The top-level attributes the update's paths name, in name order, whether or not their
    /// values changed.
    std::vector<std::string> attributes;
};

/// Throws EvaluationError "One or more parameter values were invalid: Cannot update attribute
/// <name>. This attribute is part of the key" when a path of `update` starts at one of
/// `key_attributes` (the table's hash key, then its range key), nested paths included.
/// DynamoDB makes this check before it reads the item, so before any condition is evaluated.
void check_key_attributes(const expr::Update& update,
                          const std::vector<std::string>& key_attributes);

/// Applies `update` to `old_item`, as DynamoDB's UpdateItem does, after check_key_attributes().
/// For an item that does not exist yet, pass what DynamoDB starts a new item from: its key.
///
/// All operands are read from `old_item`, so `SET a = b, b = a` swaps. The paths are applied
/// as one tree, in path order (map keys by their bytes, list indexes by value):
/// - every step but the last must exist in the old item and be a map (before a key) or a list
///   (before an index), else "The document path provided in the update expression is invalid
///   for update" — for REMOVE, ADD and DELETE as well as SET;
/// - SET replaces or adds; at a list index at or past the end it appends, several such
///   appends landing in index order;
/// - REMOVE deletes a map key or a list element; indexes name positions in the old list, so
///   `REMOVE l[1], l[2]` removes the second and third elements; a missing key or an index past
///   the end is ignored;
/// - ADD adds a number to a number (a missing value counts as 0, with DynamoDB's overflow
///   messages) or unites a set with a set of the same type (a missing value counts as empty);
///   any other pair is "An operand in the update expression has an incorrect data type";
/// - DELETE takes elements out of a set of the same type (a missing value stays missing, the
///   same type error otherwise); a set left empty is removed.
/// SET's operand errors are those of evaluate_operand(); a SET whose value would put a map or
/// list at DynamoDB's 32nd level of nesting throws "Nesting Levels have exceeded supported
/// limits". Paths that overlap, which the parser refuses, throw the parser's message.
///
/// Checking the new item's size against the 400 KB limit ("Item size to update has exceeded
/// the maximum allowed size") and the types of index keys is left to the caller, which knows
/// the table. (The name is not `apply`: for an Item argument, argument-dependent lookup would
/// also find std::apply.)
UpdateResult apply_update(const expr::Update& update, const Item& old_item,
                          const std::vector<std::string>& key_attributes = {});

}  // namespace dynamorm::local
