// The value layer: DynamoDB's values (AttributeValue, Number, Item), their JSON wire form,
// generic JSON documents and writer, base64, and item sizes and capacity units.
#pragma once

#include "dynamorm/value/attribute_value.hpp"
#include "dynamorm/value/base64.hpp"
#include "dynamorm/value/error.hpp"
#include "dynamorm/value/item_size.hpp"
#include "dynamorm/value/json.hpp"
#include "dynamorm/value/json_value.hpp"
#include "dynamorm/value/json_writer.hpp"
#include "dynamorm/value/number.hpp"
