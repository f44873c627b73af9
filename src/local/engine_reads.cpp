// The engine's reads of many items: Query and Scan.

#include <iterator>
#include <shared_mutex>
#include <string>
#include <vector>

#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "dynamorm/value/item_size.hpp"
#include "local/capacity.hpp"
#include "local/condition_paths.hpp"
#include "local/engine_errors.hpp"
#include "local/engine_state.hpp"
#include "local/key_checks.hpp"
#include "local/key_range.hpp"
#include "local/legacy_conditions.hpp"
#include "local/page_reader.hpp"
#include "local/read_target.hpp"
#include "local/request_expressions.hpp"
#include "local/start_key.hpp"

namespace dynamorm::local {
namespace {

// The expressions of a Query or Scan, and the legacy parameters in their place.
struct ReadExpressions {
    std::optional<expr::Condition> key_condition;
    std::optional<expr::Condition> filter;
    std::optional<expr::Projection> projection;
};

template <class Request>
ReadExpressions read_expressions(const Request& request,
                                 const client::StringMap<client::Condition>* legacy_filter,
                                 const std::string* key_condition) {
    ReadExpressions out;
    out.filter = filter_condition(legacy_filter, request.conditional_operator);
    ExpressionParameters parameters;
    parameters.key_condition = key_condition;
    parameters.filter = present(request.filter_expression);
    parameters.projection = present(request.projection_expression);
    parameters.names = present(request.expression_attribute_names);
    parameters.values = present(request.expression_attribute_values);
    ParsedExpressions parsed = parse_expressions(parameters);
    out.key_condition = std::move(parsed.key_condition);
    if (parsed.filter) out.filter = std::move(parsed.filter);
    out.projection = std::move(parsed.projection);
    if (!out.projection && request.attributes_to_get) {
        out.projection = projection_of(*request.attributes_to_get);
    }
    return out;
}

std::vector<const expr::Path*> projection_paths(const std::optional<expr::Projection>& projection) {
    std::vector<const expr::Path*> out;
    if (projection) {
        for (const expr::Path& path : projection->paths)
            out.push_back(&path);
    }
    return out;
}

// A Query's filter may not read the key attributes it queries by.
void check_filter_keys(const ReadTarget& target, const std::vector<const expr::Path*>& paths,
                       bool legacy) {
    for (const auto* key : {&target.hash, target.range ? &*target.range : nullptr}) {
        if (key == nullptr) continue;
        for (const expr::Path* path : paths) {
            if (path->front() != key->name) continue;
            throw ServiceError::validation(
                std::string(legacy ? "QueryFilter" : "Filter Expression") +
                " can only contain non-primary key attributes: Primary key attribute: " +
                key->name);
        }
    }
}

// The capacity a page consumed: the table's units, and the index's when reading one.
std::optional<client::ConsumedCapacity> page_capacity(const CapacityMode& mode,
                                                      const std::string& table_name,
                                                      const ReadTarget& target, const Page& page,
                                                      bool consistent) {
    if (!wants_capacity(mode)) return std::nullopt;
    const ReadConsistency consistency =
        consistent ? ReadConsistency::Strong : ReadConsistency::Eventual;
    if (target.index == nullptr) {
        return consumed_capacity(mode, table_name,
                                 read_capacity_units(page.read_bytes, consistency), {});
    }
    const double table_units =
        page.fetched_bytes > 0 ? read_capacity_units(page.fetched_bytes, consistency) : 0;
    return consumed_capacity(mode, table_name, table_units,
                             {{target.index, read_capacity_units(page.read_bytes, consistency)}});
}

template <class Response>
Response response_of(Page page, const ReadShape& shape,
                     std::optional<client::ConsumedCapacity> capacity) {
    Response response;
    if (shape.select != client::Select::Count) response.items = std::move(page.items);
    response.count = page.count;
    response.scanned_count = page.scanned_count;
    response.last_evaluated_key = std::move(page.last_evaluated_key);
    response.consumed_capacity = std::move(capacity);
    return response;
}

}  // namespace

client::QueryResponse Engine::query(const client::QueryRequest& request) {
    client::validate(request);
    return answering([&] {
        if (request.key_conditions && !request.key_condition_expression) {
            check_key_conditions(*request.key_conditions);
        }
        const ReadExpressions expressions = read_expressions(
            request, present(request.query_filter), present(request.key_condition_expression));
        const bool consistent = request.consistent_read.value_or(false);
        const std::shared_ptr<Table> table = state_->table(*request.table_name);
        std::shared_lock lock(table->mutex);
        const ReadTarget target = read_target(*table, request.index_name, consistent);
        const SelectParameters select{&request.select, request.attributes_to_get.has_value(),
                                      request.projection_expression.has_value(), true};
        const ReadShape shape =
            read_shape(*table, target, select, expressions.projection, expressions.filter);
        const expr::KeyConditionMatch match =
            expressions.key_condition
                ? expr::match_key_schema(*expressions.key_condition, target.hash, target.range)
                : match_key_conditions(*request.key_conditions, target.hash, target.range);
        std::optional<StoreKey> start;
        if (request.exclusive_start_key) {
            start = query_start_key(*table, target, *request.exclusive_start_key, match);
        }
        check_key_paths(table->schema, projection_paths(expressions.projection));
        if (expressions.filter) {
            const std::vector<const expr::Path*> paths = condition_paths(*expressions.filter);
            check_filter_keys(target, paths, request.query_filter.has_value());
            check_key_paths(table->schema, paths);
        }

        const ItemStore& store = *target.store;
        const StoreRange range = key_range(store, match.hash_value, match.range);
        const PageReader reader{*table, target, shape,
                                expressions.filter ? &*expressions.filter : nullptr, request.limit};
        Page page;
        if (request.scan_index_forward.value_or(true)) {
            auto first = range.first;
            if (start)
                first = earlier(store, later(store, first, store.upper_bound(*start)), range.last);
            page = read_page(reader, first, range.last);
        } else {
            auto last = range.last;
            if (start)
                last = later(store, earlier(store, last, store.lower_bound(*start)), range.first);
            page = read_page(reader, std::make_reverse_iterator(last),
                             std::make_reverse_iterator(range.first));
        }
        auto capacity = page_capacity(request.return_consumed_capacity, *request.table_name, target,
                                      page, consistent);
        return response_of<client::QueryResponse>(std::move(page), shape, std::move(capacity));
    });
}

client::ScanResponse Engine::scan(const client::ScanRequest& request) {
    client::validate(request);
    return answering([&] {
        const ReadExpressions expressions =
            read_expressions(request, present(request.scan_filter), nullptr);
        const bool consistent = request.consistent_read.value_or(false);
        std::optional<ScanSegment> segment;
        if (request.total_segments)
            segment = ScanSegment{*request.segment, *request.total_segments};
        const std::shared_ptr<Table> table = state_->table(*request.table_name);
        std::shared_lock lock(table->mutex);
        const ReadTarget target = read_target(*table, request.index_name, consistent);
        const SelectParameters select{&request.select, request.attributes_to_get.has_value(),
                                      request.projection_expression.has_value(), false};
        const ReadShape shape =
            read_shape(*table, target, select, expressions.projection, expressions.filter);
        std::optional<StoreKey> start;
        if (request.exclusive_start_key) {
            start = scan_start_key(*table, target, *request.exclusive_start_key, segment);
        }
        check_key_paths(table->schema, projection_paths(expressions.projection));
        if (expressions.filter)
            check_key_paths(table->schema, condition_paths(*expressions.filter));

        const ItemStore& store = *target.store;
        const SegmentBounds bounds =
            segment ? segment_bounds(segment->segment, segment->total) : SegmentBounds{0, 0xFFFFFF};
        const StoreRange range = partition_range(store, bounds.first, bounds.last);
        auto first = range.first;
        if (start)
            first = earlier(store, later(store, first, store.upper_bound(*start)), range.last);
        const PageReader reader{*table, target, shape,
                                expressions.filter ? &*expressions.filter : nullptr, request.limit};
        Page page = read_page(reader, first, range.last);
        auto capacity = page_capacity(request.return_consumed_capacity, *request.table_name, target,
                                      page, consistent);
        return response_of<client::ScanResponse>(std::move(page), shape, std::move(capacity));
    });
}

}  // namespace dynamorm::local
