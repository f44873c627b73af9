// What a Query or Scan reads — the table or one of its indexes — and what it returns of each
// item (Select, the projection, and whether a local index's entries need the table's items).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/parse.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The table or index a read goes through.
struct ReadTarget {
    /// Null for the table.
    const IndexDef* index = nullptr;
    std::size_t index_position = 0;
    const ItemStore* store = nullptr;
    /// The key attributes of the table or index, with their types.
    expr::KeyAttribute hash;
    std::optional<expr::KeyAttribute> range;
};

/// The table, or its index `index_name`: "The table does not have the specified index:
/// <name>", and "Consistent reads are not supported on global secondary indexes".
ReadTarget read_target(const Table& table, const std::optional<std::string>& index_name,
                       bool consistent_read);

/// What a page returns of each item it keeps.
struct ReadShape {
    client::Select select = client::Select::AllAttributes;
    /// With SPECIFIC_ATTRIBUTES: the projection to cut out of each item.
    const expr::Projection* projection = nullptr;
    /// A local secondary index that does not hold what is asked (or filtered on): each entry's
    /// item is read from the table.
    bool fetch = false;
};

/// What the request says about the attributes to return.
struct SelectParameters {
    const std::optional<client::Enum<client::Select>>* select = nullptr;
    bool attributes_to_get = false;
    bool projection_expression = false;
    /// Query words some refusals differently from Scan.
    bool query = false;
};

/// Select's rules, with DynamoDB's messages: the default (SPECIFIC_ATTRIBUTES with a
/// projection, ALL_PROJECTED_ATTRIBUTES on an index, ALL_ATTRIBUTES otherwise); "Cannot specify
/// the ProjectionExpression when choosing to get ALL_ATTRIBUTES" (and AttributesToGet,
/// ALL_PROJECTED_ATTRIBUTES, "only the Count"); "Must specify the AttributesToGet or
/// ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES"; "ALL_PROJECTED_ATTRIBUTES can
/// be used only when Querying using an IndexName"; ALL_ATTRIBUTES on a global index that does
/// not project all attributes; a projection naming attributes such an index does not project
/// ("One or more parameter values were invalid: Global secondary index <name> does not project
/// [a, b]"). A local index fetches the table's items for ALL_ATTRIBUTES and for projections or
/// filters on attributes it does not hold.
ReadShape read_shape(const Table& table, const ReadTarget& target,
                     const SelectParameters& parameters,
                     const std::optional<expr::Projection>& projection,
                     const std::optional<expr::Condition>& filter);

}  // namespace dynamorm::local
