// The root of dynamorm's exceptions, and the errors of the value layer.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

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

/// Malformed or invalid DynamoDB JSON. `path()` names where the bad value is, from the root of
/// the document, e.g. `Items[3].tags.SS[1]` (the convention is described in value/json.hpp).
///
/// `kind()` tells which of DynamoDB's two client errors the problem is: a SerializationException
/// (the text is not JSON, or a JSON type stands where another is expected) or a
/// ValidationException (well-formed, but not a value DynamoDB accepts).
class JsonError : public ValueError {
  public:
    enum class Kind {
        Serialization,  ///< DynamoDB's SerializationException
        Validation,     ///< DynamoDB's ValidationException
    };

    JsonError(std::string path, const std::string& message, Kind kind = Kind::Validation)
        : ValueError(path.empty() ? message : path + ": " + message),
          path_(std::move(path)),
          detail_(message),
          kind_(kind) {}
    const std::string& path() const noexcept { return path_; }
    /// The message without the path prefix (DynamoDB's own wording where it has one).
    const std::string& detail() const noexcept { return detail_; }
    Kind kind() const noexcept { return kind_; }
    bool is_serialization() const noexcept { return kind_ == Kind::Serialization; }

  private:
    std::string path_;
    std::string detail_;
    Kind kind_;
};

}  // namespace dynamorm
