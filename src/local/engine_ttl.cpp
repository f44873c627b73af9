// UpdateTimeToLive and DescribeTimeToLive.
#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"

namespace dynamorm::local {

client::UpdateTimeToLiveResponse Engine::update_time_to_live(
    const client::UpdateTimeToLiveRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "UpdateTimeToLive is not yet supported by the embedded engine");
}

client::DescribeTimeToLiveResponse Engine::describe_time_to_live(
    const client::DescribeTimeToLiveRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "DescribeTimeToLive is not yet supported by the embedded engine");
}

}  // namespace dynamorm::local
