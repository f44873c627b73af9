// The wire codec of Query and Scan.
#include "client/shapes.hpp"

namespace dynamorm::client {

DYNAMORM_CLIENT_DEFINE_WIRE(QueryRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(QueryResponse)
DYNAMORM_CLIENT_DEFINE_WIRE(ScanRequest)
DYNAMORM_CLIENT_DEFINE_WIRE(ScanResponse)

}  // namespace dynamorm::client
