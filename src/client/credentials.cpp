// Credentials providers: fixed credentials and the environment's.
#include "dynamorm/client/credentials.hpp"

#include <cstdlib>
#include <utility>

namespace dynamorm::client {
namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

StaticCredentialsProvider::StaticCredentialsProvider(sigv4::Credentials credentials)
    : credentials_(std::move(credentials)) {
    if (credentials_.access_key_id.empty() || credentials_.secret_access_key.empty()) {
        throw CredentialsError("Static credentials need an access key id and a secret access key");
    }
}

std::optional<sigv4::Credentials> EnvironmentCredentialsProvider::read() {
    sigv4::Credentials credentials{variable("AWS_ACCESS_KEY_ID"), variable("AWS_SECRET_ACCESS_KEY"),
                                   variable("AWS_SESSION_TOKEN")};
    if (credentials.access_key_id.empty() || credentials.secret_access_key.empty()) {
        return std::nullopt;
    }
    return credentials;
}

sigv4::Credentials EnvironmentCredentialsProvider::credentials() const {
    std::optional<sigv4::Credentials> found = read();
    if (!found) {
        throw CredentialsError(
            "No credentials in the environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must "
            "both be set");
    }
    return std::move(*found);
}

}  // namespace dynamorm::client
