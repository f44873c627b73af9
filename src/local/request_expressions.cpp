#include "local/request_expressions.hpp"

#include "dynamorm/expr/parse.hpp"

namespace dynamorm::local {

ParsedExpressions parse_expressions(const ExpressionParameters& p) {
    ParsedExpressions out;
    const bool any = p.update != nullptr || p.condition != nullptr || p.key_condition != nullptr ||
                     p.filter != nullptr || p.projection != nullptr || p.names != nullptr ||
                     p.values != nullptr;
    if (!any) return out;
    expr::Parser parser(p.names, p.values);
    if (p.update != nullptr) out.update = parser.update(*p.update);
    if (p.condition != nullptr) out.condition = parser.condition(*p.condition);
    if (p.key_condition != nullptr) out.key_condition = parser.key_condition(*p.key_condition);
    if (p.filter != nullptr) out.filter = parser.filter(*p.filter);
    if (p.projection != nullptr) out.projection = parser.projection(*p.projection);
    parser.check_unused();
    return out;
}

expr::Projection projection_of(const std::vector<std::string>& attributes_to_get) {
    expr::Projection projection;
    projection.paths.reserve(attributes_to_get.size());
    for (const std::string& name : attributes_to_get)
        projection.paths.emplace_back(name);
    return projection;
}

}  // namespace dynamorm::local
