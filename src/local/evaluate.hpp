// The embedded engine's expression evaluation, in one include: the engine parses a request's
// expressions with expr::Parser, then
// - evaluate() tests a ConditionExpression or FilterExpression against an item,
// - check_key_attributes() and apply_update() carry out an UpdateExpression,
// - project() cuts a ProjectionExpression out of an item,
// - matches() and compare_keys() select and order the items of a Query,
// - find_path(), set_path() and remove_path() work on single document paths.
// Errors an expression meets against an item are EvaluationError, with DynamoDB's messages.
#pragma once

#include "local/condition_eval.hpp"
#include "local/document_path.hpp"
#include "local/evaluation_error.hpp"
#include "local/key_condition.hpp"
#include "local/operand_eval.hpp"
#include "local/projection_apply.hpp"
#include "local/update_apply.hpp"
#include "local/value_functions.hpp"
