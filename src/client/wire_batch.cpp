// The wire codec of BatchGetItem and BatchWriteItem.
#include "client/shapes.hpp"

namespace dynamorm::client {

DYNAMORM_CLIENT_DEFINE_WIRE(BatchGetItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(BatchGetItemResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(BatchWriteItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(BatchWriteItemResponse)

}  // namespace dynamorm::client
