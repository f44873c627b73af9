// How the engine's operations answer the refusals of the layers below them.
#pragma once

#include <utility>

#include "dynamorm/client/error.hpp"
#include "dynamorm/expr/error.hpp"

namespace dynamorm::local {

/// Runs `run` and answers an expression that the parser or the evaluator refused (an
/// expr::ExpressionError, local::EvaluationError included) as DynamoDB does: a
/// ValidationException carrying the refusal's message word for word. ServiceErrors pass
/// through unchanged.
template <class Run>
decltype(auto) answering(Run&& run) {
    try {
        return std::forward<Run>(run)();
    } catch (const expr::ExpressionError& error) {
        throw ServiceError::validation(error.what());
    }
}

}  // namespace dynamorm::local
