// Time to live: which items have expired, and removing them. DynamoDB deletes an item some
// time after the number of epoch seconds in the table's TTL attribute has passed; an attribute
// that is missing or not a number (a string, a set, ...) never expires the item, and neither
// does a time more than five years in the past (DynamoDB ignores those).
#pragma once

#include <cstddef>
#include <string>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

class EngineState;
class Table;

/// How far in the past an expiry time may lie and still count: five years, in seconds.
inline constexpr double kMaxExpiredAgeSeconds = 5.0 * 365 * 24 * 60 * 60;

/// True when `item`'s attribute `attribute` is a number of epoch seconds before `now` (and not
/// more than kMaxExpiredAgeSeconds before it).
bool is_expired(const Item& item, const std::string& attribute, double now);

/// Deletes the table's expired items (nothing when TTL is disabled), keeping its indexes, and
/// returns how many. Takes the table's lock itself: shared to find the items, exclusive to
/// delete them (each checked again, so that an item rewritten meanwhile stays).
std::size_t expire_items(Table& table, double now);

/// expire_items() on every table of the engine.
std::size_t expire_all(const EngineState& state, double now);

}  // namespace dynamorm::local
