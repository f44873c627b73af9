// Where the HTTP client gets the AWS credentials it signs requests with. A provider is asked
// before every attempt, so one that refreshes expiring credentials fits behind the same seam;
// the SDKs' full chain (profiles, container and instance metadata) will be one more provider.
#pragma once

#include <optional>
#include <string>

#include "dynamorm/client/sigv4.hpp"
#include "dynamorm/value/error.hpp"

namespace dynamorm::client {

/// No credentials where a provider looked for them. The message names what was missing; it
/// never contains a secret.
class CredentialsError : public DynamoException {
  public:
    using DynamoException::DynamoException;
};

/// A source of credentials. Implementations are thread-safe: `credentials()` may be called from
/// several threads at once.
class CredentialsProvider {
  public:
    virtual ~CredentialsProvider() = default;

    /// The credentials to sign the next request with; throws CredentialsError when there are
    /// none.
    virtual sigv4::Credentials credentials() const = 0;

  protected:
    CredentialsProvider() = default;
    CredentialsProvider(const CredentialsProvider&) = default;
    CredentialsProvider& operator=(const CredentialsProvider&) = default;
};

/// Always the same credentials, given when constructed.
class StaticCredentialsProvider final : public CredentialsProvider {
  public:
    /// Throws CredentialsError when the access key id or the secret is empty.
    explicit StaticCredentialsProvider(sigv4::Credentials credentials);
    sigv4::Credentials credentials() const override { return credentials_; }

  private:
    sigv4::Credentials credentials_;
};

/// The credentials in the environment, read at every call: AWS_ACCESS_KEY_ID,
/// AWS_SECRET_ACCESS_KEY and, when set, AWS_SESSION_TOKEN. An empty variable counts as unset.
class EnvironmentCredentialsProvider final : public CredentialsProvider {
  public:
    sigv4::Credentials credentials() const override;

    /// The environment's credentials, or nullopt when the key id or the secret is unset.
    static std::optional<sigv4::Credentials> read();
};

}  // namespace dynamorm::client
