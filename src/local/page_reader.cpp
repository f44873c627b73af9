#include "local/page_reader.hpp"

#include "dynamorm/value/item_size.hpp"
#include "local/evaluate.hpp"
#include "local/start_key.hpp"

namespace dynamorm::local {
namespace {

template <class Iterator>
Page read(const PageReader& reader, Iterator it, Iterator end) {
    Page page;
    const Item* last = nullptr;
    const bool keep_items = reader.shape.select != client::Select::Count;
    const auto full = [&] {
        return (reader.limit && page.scanned_count >= *reader.limit) ||
               page.read_bytes >= kMaxPageBytes;
    };
    for (; it != end && !full(); ++it) {
        const Item& entry = it->second;
        page.read_bytes += item_size(entry);
        ++page.scanned_count;
        last = &entry;
        const Item* source = &entry;
        if (reader.shape.fetch) {
            source = reader.table.find(entry);
            if (source == nullptr) continue;  // cannot happen: indexes follow the table
            page.fetched_bytes += item_size(*source);
        }
        if (reader.filter != nullptr && !evaluate(*reader.filter, *source)) continue;
        ++page.count;
        if (!keep_items) continue;
        if (reader.shape.projection != nullptr) {
            page.items.push_back(project(*reader.shape.projection, *source));
        } else {
            page.items.push_back(*source);
        }
    }
    // DynamoDB answers a LastEvaluatedKey whenever the page stopped at a limit, even when
    // nothing follows; the next page is then empty.
    if (last != nullptr && full()) {
        page.last_evaluated_key = last_evaluated_key(reader.table, reader.target, *last);
    }
    return page;
}

}  // namespace

Page read_page(const PageReader& reader, ItemStore::const_iterator first,
               ItemStore::const_iterator last) {
    return read(reader, first, last);
}

Page read_page(const PageReader& reader, ItemStore::const_reverse_iterator first,
               ItemStore::const_reverse_iterator last) {
    return read(reader, first, last);
}

}  // namespace dynamorm::local
