// TagResource, UntagResource and ListTagsOfResource.
#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"

namespace dynamorm::local {

client::TagResourceResponse Engine::tag_resource(const client::TagResourceRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "TagResource is not yet supported by the embedded engine");
}

client::UntagResourceResponse Engine::untag_resource(const client::UntagResourceRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "UntagResource is not yet supported by the embedded engine");
}

client::ListTagsOfResourceResponse Engine::list_tags_of_resource(
    const client::ListTagsOfResourceRequest&) {
    throw ServiceError(std::string(errors::kUnknownOperation),
                       "ListTagsOfResource is not yet supported by the embedded engine");
}

}  // namespace dynamorm::local
