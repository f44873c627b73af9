// The root of dynamorm's exceptions, and the errors of the value layer.
#pragma once

#include <stdexcept>
#include <string>

namespace dynamorm {

/// Base of every exception dynamorm throws.
class DynamoException : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A value DynamoDB cannot hold: a number out of range or too precise, an empty set, a
/// duplicate in a set, a conversion that would overflow or lose precision. The message is
/// DynamoDB's own wording where DynamoDB has one.
class ValueError : public DynamoException {
public:
    using DynamoException::DynamoException;
};

/// Malformed DynamoDB JSON. `path()` names where the bad value is, e.g. `Items[3].tags.SS[1]`.
class JsonError : public ValueError {
public:
    JsonError(std::string path, const std::string& message)
        : ValueError(path.empty() ? message : path + ": " + message),
          path_(std::move(path)),
          detail_(message) {}
    const std::string& path() const noexcept { return path_; }
    /// The message without the path prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    std::string path_;
    std::string detail_;
};

}  // namespace dynamorm
