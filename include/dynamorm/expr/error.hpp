// Errors of the expression layer.
#pragma once

#include "dynamorm/value/error.hpp"

namespace dynamorm::expr {

/// A malformed expression. The message is DynamoDB's ValidationException text where DynamoDB
/// has one.
class ExpressionError : public DynamoException {
  public:
    using DynamoException::DynamoException;
};

}  // namespace dynamorm::expr
