#include "outcome.hpp"

#include <exception>
#include <string>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/wire.hpp"

namespace conformance {

namespace json = dynamorm::json;

json::Value outcome_of(dynamorm::client::Client& client,
                       const dynamorm::client::AnyRequest& request) {
    try {
        const dynamorm::client::AnyResponse response = client.call(request);
        return json::Value::object(
            {{"response", json::parse(dynamorm::client::to_json(response))}});
    } catch (const dynamorm::ServiceError& error) {
        std::string body;
        dynamorm::client::to_json(error, body);
        return json::Value::object({{"error", json::parse(body)}});
    } catch (const std::exception& error) {
        return json::Value::object({{"exception", std::string(error.what())}});
    }
}

}  // namespace conformance
