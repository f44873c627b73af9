#include "local/read_target.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "local/condition_paths.hpp"

namespace dynamorm::local {
namespace {

using client::Select;

[[noreturn]] void fail(std::string message) {
    throw ServiceError::validation(std::move(message));
}

expr::KeyAttribute key_attribute(const KeyDef& def) {
    return expr::KeyAttribute{def.name, def.type};
}

// Whether the index holds attribute `name` in its entries.
bool projects(const TableSchema& schema, const IndexDef& index, const std::string& name) {
    if (index.projection == ProjectionKind::All) return true;
    if (name == schema.hash.name || (schema.range && name == schema.range->name)) return true;
    if (name == index.hash.name || (index.range && name == index.range->name)) return true;
    return index.projection == ProjectionKind::Include &&
           std::find(index.non_key_attributes.begin(), index.non_key_attributes.end(), name) !=
               index.non_key_attributes.end();
}

// The top-level attributes a projection or filter reads that the index does not hold, in order.
std::set<std::string> unprojected(const TableSchema& schema, const IndexDef& index,
                                  const std::vector<const expr::Path*>& paths) {
    std::set<std::string> out;
    for (const expr::Path* path : paths) {
        if (!projects(schema, index, path->front())) out.insert(path->front());
    }
    return out;
}

std::vector<const expr::Path*> paths_of(const expr::Projection& projection) {
    std::vector<const expr::Path*> out;
    for (const expr::Path& path : projection.paths)
        out.push_back(&path);
    return out;
}

std::string joined(const std::set<std::string>& names) {
    std::string out = "[";
    for (const std::string& name : names) {
        if (out.size() > 1) out += ", ";
        out += name;
    }
    return out + "]";
}

// The refusals of Select combined with AttributesToGet or ProjectionExpression.
void check_select(Select select, const SelectParameters& p, bool indexed) {
    const bool projected = p.attributes_to_get || p.projection_expression;
    const std::string what = p.attributes_to_get ? "AttributesToGet" : "ProjectionExpression";
    // DynamoDB words this refusal as an aggregated validation message for Query only.
    const std::string prefix =
        p.query && !p.attributes_to_get ? "1 validation error detected: " : "";
    switch (select) {
        case Select::AllAttributes:
            if (projected) {
                fail(prefix + "Cannot specify the " + what +
                     " when choosing to get ALL_ATTRIBUTES");
            }
            break;
        case Select::AllProjectedAttributes:
            if (projected) {
                fail(prefix + "Cannot specify the " + what +
                     " when choosing to get ALL_PROJECTED_ATTRIBUTES");
            }
            if (!indexed) {
                fail("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
            }
            break;
        case Select::Count:
            if (projected) {
                fail(prefix + "Cannot specify the " + what +
                     " when choosing to get only the Count");
            }
            break;
        case Select::SpecificAttributes:
            if (!projected) {
                fail(
                    "Must specify the AttributesToGet or ProjectionExpression when choosing to get "
                    "SPECIFIC_ATTRIBUTES");
            }
            break;
    }
}

}  // namespace

ReadTarget read_target(const Table& table, const std::optional<std::string>& index_name,
                       bool consistent_read) {
    ReadTarget target;
    if (!index_name) {
        target.store = &table.items;
        target.hash = key_attribute(table.schema.hash);
        if (table.schema.range) target.range = key_attribute(*table.schema.range);
        return target;
    }
    const IndexDef* index = table.schema.find_index(*index_name);
    if (index == nullptr) fail("The table does not have the specified index: " + *index_name);
    if (index->global && consistent_read) {
        fail("Consistent reads are not supported on global secondary indexes");
    }
    target.index = index;
    target.index_position = static_cast<std::size_t>(index - table.schema.indexes.data());
    target.store = &table.index_entries.at(target.index_position);
    target.hash = key_attribute(index->hash);
    if (index->range) target.range = key_attribute(*index->range);
    return target;
}

ReadShape read_shape(const Table& table, const ReadTarget& target,
                     const SelectParameters& parameters,
                     const std::optional<expr::Projection>& projection,
                     const std::optional<expr::Condition>& filter) {
    const bool projected = parameters.attributes_to_get || parameters.projection_expression;
    ReadShape shape;
    if (parameters.select != nullptr && *parameters.select) {
        shape.select = (*parameters.select)->value();
        check_select(shape.select, parameters, target.index != nullptr);
    } else if (projected) {
        shape.select = Select::SpecificAttributes;
    } else {
        shape.select =
            target.index != nullptr ? Select::AllProjectedAttributes : Select::AllAttributes;
    }
    if (shape.select == Select::SpecificAttributes && projection) shape.projection = &*projection;
    const IndexDef* index = target.index;
    if (index == nullptr || index->projection == ProjectionKind::All) return shape;
    if (index->global) {
        if (shape.select == Select::AllAttributes) {
            fail(
                "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
                "supported for global secondary index " +
                index->name + " because its projection type is not ALL");
        }
        if (shape.projection != nullptr) {
            const std::set<std::string> missing =
                unprojected(table.schema, *index, paths_of(*shape.projection));
            if (!missing.empty()) {
                fail("One or more parameter values were invalid: Global secondary index " +
                     index->name + " does not project " + joined(missing));
            }
        }
        return shape;
    }
    shape.fetch = shape.select == Select::AllAttributes ||
                  (shape.projection != nullptr &&
                   !unprojected(table.schema, *index, paths_of(*shape.projection)).empty()) ||
                  (filter && !unprojected(table.schema, *index, condition_paths(*filter)).empty());
    return shape;
}

}  // namespace dynamorm::local
