// ProjectionExpression: the parts of an item a list of paths names.

#include "local/projection_apply.hpp"

#include <cstddef>

#include "local/path_tree.hpp"

namespace dynamorm::local {

Item project(const expr::Projection& projection, const Item& item) {
    PathTree tree;
    for (std::size_t i = 0; i < projection.paths.size(); ++i) {
        tree.add_covering(projection.paths[i], i);
    }
    return project_tree(tree.root(), item);
}

}  // namespace dynamorm::local
