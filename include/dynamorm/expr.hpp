// The expression layer: one syntax tree for conditions, key conditions, updates and
// projections; the double-under syntax (Q, Updates) and the typed builder (attr) that build it;
// the renderer to DynamoDB expression strings and the parser that reads them back.
#pragma once

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/builder.hpp"
#include "dynamorm/expr/error.hpp"
#include "dynamorm/expr/parse.hpp"
#include "dynamorm/expr/q.hpp"
#include "dynamorm/expr/render.hpp"
