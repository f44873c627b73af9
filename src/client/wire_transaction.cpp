// The wire codec of TransactWriteItems and TransactGetItems.
#include "client/shapes.hpp"

namespace dynamorm::client {

DYNAMORM_CLIENT_DEFINE_WIRE(TransactWriteItemsRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(TransactWriteItemsResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(TransactGetItemsRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(TransactGetItemsResponse)

}  // namespace dynamorm::client
