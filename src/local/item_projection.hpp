// The projection of a read by key (the Gets of BatchGetItem and TransactGetItems): a
// ProjectionExpression with its ExpressionAttributeNames, or the legacy AttributesToGet, and
// the check that it does not reach into a key attribute.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The projection a read asks for, or nothing for the whole item. Throws expr::ExpressionError
/// for an expression the parser refuses (and for names it did not use).
std::optional<expr::Projection> item_projection(const std::string* projection_expression,
                                                const client::AttributeNameMap* names,
                                                const std::vector<std::string>* attributes_to_get);

/// Refuses a projection path into a key attribute of the table or its indexes (check_key_paths).
void check_projection_keys(const TableSchema& schema,
                           const std::optional<expr::Projection>& projection);

/// The item as the projection shows it (all of it without one).
Item projected(const std::optional<expr::Projection>& projection, const Item& item);

}  // namespace dynamorm::local
