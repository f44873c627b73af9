// The codec of any operation, chosen by name or by variant alternative.
#include <array>
#include <cstddef>
#include <utility>
#include <variant>

#include "dynamorm/client/wire.hpp"

namespace dynamorm::client {
namespace {

template <class Variant>
using Decoder = Variant (*)(std::string_view, Deferred*);

template <class Variant, std::size_t I>
Variant decode_alternative(std::string_view body, Deferred* deferred) {
    Variant value(std::in_place_index<I>);
    from_json(body, std::get<I>(value), deferred);
    return value;
}

template <class Variant, std::size_t... I>
constexpr std::array<Decoder<Variant>, sizeof...(I)> make_decoders(std::index_sequence<I...>) {
    return {&decode_alternative<Variant, I>...};
}

template <class Variant>
constexpr auto kDecoders =
    make_decoders<Variant>(std::make_index_sequence<std::variant_size_v<Variant>>());

}  // namespace

void to_json(const AnyRequest& request, std::string& out) {
    std::visit([&](const auto& value) { to_json(value, out); }, request);
}

void to_json(const AnyResponse& response, std::string& out) {
    std::visit([&](const auto& value) { to_json(value, out); }, response);
}

AnyRequest decode_request(std::string_view operation, std::string_view body, Deferred* deferred) {
    const std::optional<Operation> op = find_operation(operation);
    if (!op) throw ServiceError(std::string(errors::kUnknownOperation), "");
    return kDecoders<AnyRequest>[static_cast<std::size_t>(*op)](body, deferred);
}

AnyResponse decode_response(Operation operation, std::string_view body, Deferred* deferred) {
    return kDecoders<AnyResponse>[static_cast<std::size_t>(operation)](body, deferred);
}

}  // namespace dynamorm::client
