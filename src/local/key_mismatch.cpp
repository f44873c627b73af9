#include "local/key_mismatch.hpp"

namespace dynamorm::local {
namespace {

bool contains(const std::string& text, std::string_view part) noexcept {
    return text.find(part) != std::string::npos;
}

}  // namespace

bool is_item_key_mismatch(const ServiceError& error) noexcept {
    const std::string& message = error.message();
    return contains(message, "Missing the key ") || contains(message, "Type mismatch for key ");
}

bool is_key_schema_mismatch(const ServiceError& error) noexcept {
    return error.message() == kKeySchemaMismatch || is_item_key_mismatch(error) ||
           contains(error.message(), "Type mismatch for Index Key ");
}

}  // namespace dynamorm::local
