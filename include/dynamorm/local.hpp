// The local layer: the embedded engine, DynamoDB's semantics in process (in memory, or
// persistent with SQLite when given a directory).
#pragma once

#include "dynamorm/local/engine.hpp"
