// validate() of any request.
#include <variant>

#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

void validate(const AnyRequest& request) {
    std::visit([](const auto& r) { validate(r); }, request);
}

}  // namespace dynamorm::client
