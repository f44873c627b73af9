// The client layer: the Client interface, the typed request and response of every DynamoDB
// operation, their JSON wire codec and validation, ServiceError, SigV4 signing, and the HTTP
// client (libcurl) for DynamoDB and compatible servers.
#pragma once

#include "dynamorm/client/client.hpp"
#include "dynamorm/client/credentials.hpp"
#include "dynamorm/client/enums.hpp"
#include "dynamorm/client/error.hpp"
#include "dynamorm/client/http_client.hpp"
#include "dynamorm/client/http_error.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/client/sigv4.hpp"
#include "dynamorm/client/sigv4_verifier.hpp"
#include "dynamorm/client/types.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/client/wire.hpp"
