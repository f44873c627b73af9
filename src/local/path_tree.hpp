// The paths of an update or a projection gathered into one tree, the shape in which DynamoDB
// applies an update and cuts out a projection: each node is a step of a path, each leaf the
// end of one path.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// The order of a node's children: map keys (by their bytes) before list indexes (by value).
bool element_less(const expr::PathElement& a, const expr::PathElement& b) noexcept;

struct PathNode {
    static constexpr std::size_t kNoLeaf = std::numeric_limits<std::size_t>::max();

    expr::PathElement element;       ///< the step from the parent (unused at the root)
    std::size_t leaf = kNoLeaf;      ///< the position of the path ending here, if one does
    std::vector<PathNode> children;  ///< in element_less order

    bool is_leaf() const noexcept { return leaf != kNoLeaf; }
};

class PathTree {
  public:
    /// Adds `path` as leaf number `leaf`. Returns false and changes nothing when `path` is empty,
    /// equals a path already added, lies inside one, or contains one (the paths overlap).
    bool add(const expr::Path& path, std::size_t leaf);

    /// Adds `path` so that the tree covers the union of its paths: a path inside one already
    /// added changes nothing, and a path containing others replaces them.
    void add_covering(const expr::Path& path, std::size_t leaf);

    /// The root: its children are the top-level attributes.
    const PathNode& root() const noexcept { return root_; }

  private:
    PathNode root_;
};

/// The parts of `item` the tree's paths name, as DynamoDB returns them: every path that exists
/// in `item` is kept with all its ancestors; a map keeps only the keys asked for; a list keeps
/// the elements asked for in their order, closing the gaps; a map or list none of whose asked
/// parts exist is left out, and so is a step through a value of the wrong kind.
Item project_tree(const PathNode& root, const Item& item);

/// The same for a value under a node of the tree; nullopt when nothing of it is kept.
std::optional<AttributeValue> project_value(const PathNode& node, const AttributeValue& value);

}  // namespace dynamorm::local
