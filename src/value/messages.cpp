#include "value/messages.hpp"

namespace dynamorm::messages {

std::string_view empty_set(Type set_type) noexcept {
    switch (set_type) {
        case Type::SS:
            return "One or more parameter values were invalid: An string set  may not be empty";
        case Type::NS:
            return "One or more parameter values were invalid: An number set  may not be empty";
        default:
            return "One or more parameter values were invalid: Binary sets should not be empty";
    }
}

std::string duplicate_in_set(Type set_type, const std::vector<std::string_view>& elements) {
    // DynamoDB names the collection for string and binary sets (the binary one without a space
    // before "of type"), and nothing for number sets.
    if (set_type == Type::NS) return "Input collection contains duplicates";
    std::string list = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0) list += ", ";
        list += elements[i];
    }
    list += ']';
    if (set_type == Type::SS) {
        return "One or more parameter values were invalid: Input collection " + list +
               " contains duplicates.";
    }
    return "One or more parameter values were invalid: Input collection " + list +
           "of type BS contains duplicates.";
}

}  // namespace dynamorm::messages
