// The wire codec of the single-item operations.
#include "client/shapes.hpp"

namespace dynamorm::client {

DYNAMORM_CLIENT_DEFINE_WIRE(PutItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(PutItemResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(GetItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(GetItemResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(UpdateItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(UpdateItemResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(DeleteItemRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(DeleteItemResponse)

}  // namespace dynamorm::client
