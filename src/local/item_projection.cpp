#include "local/item_projection.hpp"

#include "local/evaluate.hpp"
#include "local/key_checks.hpp"
#include "local/request_expressions.hpp"

namespace dynamorm::local {

std::optional<expr::Projection> item_projection(const std::string* projection_expression,
                                                const client::AttributeNameMap* names,
                                                const std::vector<std::string>* attributes_to_get) {
    if (projection_expression != nullptr) {
        ExpressionParameters parameters;
        parameters.projection = projection_expression;
        parameters.names = names;
        return std::move(parse_expressions(parameters).projection);
    }
    if (names != nullptr) {
        // Names without an expression to use them: the parser refuses them as unused.
        ExpressionParameters parameters;
        parameters.names = names;
        parse_expressions(parameters);
    }
    if (attributes_to_get != nullptr) return projection_of(*attributes_to_get);
    return std::nullopt;
}

void check_projection_keys(const TableSchema& schema,
                           const std::optional<expr::Projection>& projection) {
    if (!projection) return;
    std::vector<const expr::Path*> paths;
    paths.reserve(projection->paths.size());
    for (const expr::Path& path : projection->paths)
        paths.push_back(&path);
    check_key_paths(schema, paths);
}

Item projected(const std::optional<expr::Projection>& projection, const Item& item) {
    return projection ? project(*projection, item) : item;
}

}  // namespace dynamorm::local
