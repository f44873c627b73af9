// A table's storage: items by key, indexes kept on every put and erase, sizes.
#include "local/table.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dynamorm/value/item_size.hpp"

namespace dynamorm::local {
namespace {

// A forum's threads: hash key forum (S), range key subject (S); a sparse global index by
// author (KEYS_ONLY), and a local index by last post time (INCLUDE replies).
Table threads_table() {
    TableSchema schema;
    schema.hash = {"forum", Type::S};
    schema.range = KeyDef{"subject", Type::S};
    schema.indexes.push_back(IndexDef{.name = "by-author",
                                      .global = true,
                                      .hash = {"author", Type::S},
                                      .range = std::nullopt,
                                      .projection = ProjectionKind::KeysOnly,
                                      .non_key_attributes = {}});
    schema.indexes.push_back(IndexDef{.name = "by-time",
                                      .global = false,
                                      .hash = {"forum", Type::S},
                                      .range = KeyDef{"posted", Type::N},
                                      .projection = ProjectionKind::Include,
                                      .non_key_attributes = {"replies"}});
    return Table(std::move(schema), client::TableDescription{});
}

Item thread(std::string forum, std::string subject) {
    return Item{{"forum", std::move(forum)}, {"subject", std::move(subject)}};
}

TEST(Table, PutFindEraseByKey) {
    Table table = threads_table();
    Item item = thread("cpp", "modules");
    item["body"] = "...";
    EXPECT_FALSE(table.put(item).has_value());
    ASSERT_NE(table.find(thread("cpp", "modules")), nullptr);
    EXPECT_EQ(*table.find(thread("cpp", "modules")), item);
    EXPECT_EQ(table.find(thread("cpp", "ranges")), nullptr);

    Item newer = item;
    newer["body"] = "updated";
    const auto old = table.put(newer);
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(*old, item);
    EXPECT_EQ(table.item_count(), 1);
    EXPECT_EQ(table.size_bytes(), static_cast<std::int64_t>(item_size(newer)));

    const auto erased = table.erase(thread("cpp", "modules"));
    ASSERT_TRUE(erased.has_value());
    EXPECT_EQ(*erased, newer);
    EXPECT_EQ(table.item_count(), 0);
    EXPECT_EQ(table.size_bytes(), 0);
    EXPECT_FALSE(table.erase(thread("cpp", "modules")).has_value());
}

TEST(Table, IndexesAreSparseAndProjected) {
    Table table = threads_table();
    Item a = thread("cpp", "modules");
    a["author"] = "ann";
    a["posted"] = 10;
    a["replies"] = 3;
    a["body"] = "long text";
    Item b = thread("cpp", "ranges");  // no author, no posted: in neither index
    Item c = thread("rust", "traits");
    c["author"] = 42;  // wrong type for the index key: not in the index
    c["posted"] = 5;
    table.put(a);
    table.put(b);
    table.put(c);

    ASSERT_EQ(table.index_entries[0].size(), 1u);
    const Item& keys_only = table.index_entries[0].begin()->second;
    EXPECT_EQ(keys_only, (Item{{"forum", "cpp"}, {"subject", "modules"}, {"author", "ann"}}));

    ASSERT_EQ(table.index_entries[1].size(), 2u);
    const AttributeValue cpp("cpp");
    auto [first, last] =
        table.index_entries[1].equal_range(PartitionRef{partition_hash(cpp), &cpp});
    ASSERT_EQ(std::distance(first, last), 1);
    EXPECT_EQ(first->second,
              (Item{{"forum", "cpp"}, {"subject", "modules"}, {"posted", 10}, {"replies", 3}}));

    // Changing the index key moves the entry; removing it drops the entry.
    Item moved = a;
    moved["author"] = "bob";
    table.put(moved);
    ASSERT_EQ(table.index_entries[0].size(), 1u);
    EXPECT_EQ(table.index_entries[0].begin()->second.at("author"), AttributeValue("bob"));
    moved.erase("author");
    table.put(moved);
    EXPECT_TRUE(table.index_entries[0].empty());

    table.erase(thread("rust", "traits"));
    EXPECT_EQ(table.index_entries[1].size(), 1u);
}

TEST(Table, BuildIndexMatchesIncrementalMaintenance) {
    Table incremental = threads_table();
    std::mt19937 rng(5);
    for (int i = 0; i < 300; ++i) {
        Item item = thread("f" + std::to_string(rng() % 7), "s" + std::to_string(rng() % 40));
        if (rng() % 3 != 0) item["author"] = "a" + std::to_string(rng() % 5);
        if (rng() % 2 != 0) item["posted"] = static_cast<int>(rng() % 100);
        item["replies"] = static_cast<int>(rng() % 10);
        if (rng() % 5 == 0) {
            incremental.erase(item);
        } else {
            incremental.put(item);
        }
    }
    for (std::size_t index = 0; index < incremental.index_entries.size(); ++index) {
        ItemStore kept = incremental.index_entries[index];
        incremental.build_index(index);
        ASSERT_EQ(kept.size(), incremental.index_entries[index].size());
        auto it = incremental.index_entries[index].begin();
        for (const auto& [key, entry] : kept) {
            EXPECT_EQ(entry, it->second);
            ++it;
        }
    }
}

}  // namespace
}  // namespace dynamorm::local
