// Comparing two JSON documents field by field, reporting where they first differ.
#pragma once

#include <optional>
#include <string>

#include "dynamorm/value/json_value.hpp"

namespace conformance {

struct Difference {
    /// Where, from the root: members joined by '.', array positions as `[i]`
    /// (`response.Items[2].pk.S`); empty for the root itself.
    std::string path;
    /// Both values as compact JSON, or "(absent)" for a member or element only the other has.
    std::string left;
    std::string right;
};

/// The first difference between `left` and `right`, in document order: objects member by
/// member (left's members first, then those only right has), arrays element by element, then
/// their lengths. Numbers compare by their text. Nothing is sorted.
std::optional<Difference> first_difference(const dynamorm::json::Value& left,
                                           const dynamorm::json::Value& right);

/// The first place where `value` does not hold `subset`: every member of an object in `subset`
/// must be in `value` and hold the subset's value; arrays must have the same length and hold
/// element by element; anything else must be equal. `left` of the result is the subset's side.
std::optional<Difference> first_missing(const dynamorm::json::Value& subset,
                                        const dynamorm::json::Value& value);

/// Removes the member that `path` names (the form of Difference::path; the last step must be a
/// member name) from `value` and returns it, or nullopt when there is none.
std::optional<dynamorm::json::Value> take_member(dynamorm::json::Value& value,
                                                 const std::string& path);

/// "<path>: <left> vs <right>", naming the two sides.
std::string describe(const Difference& difference, const std::string& left_name,
                     const std::string& right_name);

}  // namespace conformance
