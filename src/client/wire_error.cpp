// Error bodies: `{"__type":"...#Code","message":"..."}` and the members some errors add.
#include <string>

#include "client/shapes.hpp"

namespace dynamorm::client {
namespace {

// DynamoDB spells the message member `Message` for these errors and `message` for the rest.
bool capitalizes_message(std::string_view code) noexcept {
    return code == errors::kSerialization || code == errors::kAccessDenied ||
           code == errors::kTransactionCanceled || code == errors::kIdempotentParameterMismatch ||
           code == errors::kTransactionInProgress;
}

const json::Value* find_message(const json::Value& body) noexcept {
    const json::Value* message = body.find("message");
    if (message == nullptr || !message->is_string()) message = body.find("Message");
    return message != nullptr && message->is_string() ? message : nullptr;
}

}  // namespace

void to_json(const ServiceError& error, std::string& out) {
    json::Writer w(out);
    w.begin_object();
    w.member("__type", errors::error_type(error.code()));
    if (!error.cancellation_reasons().empty()) {
        w.key("CancellationReasons");
        detail::write_value(w, error.cancellation_reasons());
    }
    if (!error.message().empty()) {
        w.member(capitalizes_message(error.code()) ? "Message" : "message", error.message());
    }
    if (error.item()) w.key("Item").item(*error.item());
    w.end_object();
}

ServiceError decode_error(std::string_view body, int http_status, std::string request_id) {
    json::Value document;
    try {
        document = json::parse(body);
    } catch (const JsonError&) {
    }
    const json::Value* type = document.find("__type");
    if (type == nullptr || !type->is_string()) {
        std::string code(http_status >= 500 ? errors::kInternalServerError : "UnknownError");
        ServiceError error(std::move(code), std::string(body), http_status);
        error.set_request_id(std::move(request_id));
        return error;
    }
    const json::Value* message = find_message(document);
    ServiceError error(std::string(errors::error_code_of_type(type->as_string())),
                       message != nullptr ? message->as_string() : std::string(), http_status);
    error.set_request_id(std::move(request_id));
    // The extra members are read when well-formed; a malformed one does not hide the error.
    if (const json::Value* item = document.find("Item"); item != nullptr && item->is_object()) {
        try {
            error.set_item(to_item(*item));
        } catch (const JsonError&) {
        }
    }
    if (const json::Value* reasons = document.find("CancellationReasons");
        reasons != nullptr && reasons->is_array()) {
        try {
            detail::Reader r(nullptr);
            std::vector<CancellationReason> list;
            detail::read_value(r, *reasons, list, detail::Position::Field);
            error.set_cancellation_reasons(std::move(list));
        } catch (const JsonError&) {
        }
    }
    return error;
}

}  // namespace dynamorm::client
