#include "local/legacy_updates.hpp"

#include <string>

#include "dynamorm/client/error.hpp"

namespace dynamorm::local {
namespace {

using client::AttributeAction;

constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

bool is_set(Type type) noexcept {
    return type == Type::SS || type == Type::NS || type == Type::BS;
}

[[noreturn]] void unsupported(std::string_view action, Type type) {
    throw ServiceError::validation(std::string(kInvalid) + std::string(action) +
                                   " is not supported for the type " +
                                   std::string(type_name(type)));
}

}  // namespace

expr::Update update_of(const client::StringMap<client::AttributeValueUpdate>& updates) {
    expr::Update out;
    for (const auto& [name, update] : updates) {
        const AttributeAction action =
            update.action ? update.action->value() : AttributeAction::Put;
        if (!update.value && action != AttributeAction::Delete) {
            throw ServiceError::validation(
                std::string(kInvalid) +
                "Only DELETE action is allowed when no attribute value is specified");
        }
        const expr::Path path(name);
        switch (action) {
            case AttributeAction::Put:
                out.set.push_back({path, *update.value});
                break;
            case AttributeAction::Delete:
                if (!update.value) {
                    out.remove.push_back(path);
                } else if (is_set(update.value->type())) {
                    out.del.push_back({path, *update.value});
                } else {
                    unsupported("DELETE action with value", update.value->type());
                }
                break;
            case AttributeAction::Add: {
                const Type type = update.value->type();
                if (type == Type::N || is_set(type)) {
                    out.add.push_back({path, *update.value});
                } else if (type == Type::L) {
                    const expr::Operand existing =
                        expr::Operand::IfNotExists{path, AttributeValue(List{})};
                    out.set.push_back({path, expr::Operand::ListAppend{existing, *update.value}});
                } else {
                    unsupported("ADD action", type);
                }
                break;
            }
        }
    }
    return out;
}

}  // namespace dynamorm::local
