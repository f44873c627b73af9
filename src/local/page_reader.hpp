// One page of a Query or Scan: entries read in order until Limit or 1 MB, filtered, shaped,
// with the key to resume after and the sizes read for the capacity consumed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "local/read_target.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// DynamoDB's page size: a page stops once the items it read (before any filter) reach 1 MB.
inline constexpr std::size_t kMaxPageBytes = 1024 * 1024;

/// How to read a page.
struct PageReader {
    const Table& table;
    const ReadTarget& target;
    const ReadShape& shape;
    const expr::Condition* filter = nullptr;
    /// The most entries to read (evaluate), filtered or not.
    std::optional<std::int32_t> limit;
};

/// A page.
struct Page {
    /// The items kept, shaped (none with Select COUNT).
    std::vector<Item> items;
    std::int32_t count = 0;
    std::int32_t scanned_count = 0;
    /// Set when the page stopped at Limit or at 1 MB.
    std::optional<Item> last_evaluated_key;
    /// The sizes of the entries read, and of the table items fetched for them.
    std::size_t read_bytes = 0;
    std::size_t fetched_bytes = 0;
};

/// Reads entries from `first` up to `last`, forward or (with reverse iterators) backward.
Page read_page(const PageReader& reader, ItemStore::const_iterator first,
               ItemStore::const_iterator last);
Page read_page(const PageReader& reader, ItemStore::const_reverse_iterator first,
               ItemStore::const_reverse_iterator last);

}  // namespace dynamorm::local
