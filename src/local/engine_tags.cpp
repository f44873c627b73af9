// TagResource, UntagResource and ListTagsOfResource: the tags of a table, named by its ARN.
#include <mutex>
#include <shared_mutex>
#include <utility>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/engine_state.hpp"
#include "local/table_commit.hpp"
#include "local/tags.hpp"

namespace dynamorm::local {
namespace {

// The table an ARN names, or null: the name must be a table's, and the ARN exactly its ARN
// (region and account included).
std::shared_ptr<Table> table_of_arn(const EngineState& state, const std::string& arn,
                                    std::string_view operation) {
    const std::string name = table_name_of_arn(arn, operation, state.options);
    if (state.table_arn(name) != arn) return nullptr;
    return state.find_table(name);
}

ServiceError arn_not_found(const std::string& arn) {
    // "ResourcArn" is DynamoDB's spelling.
    return ServiceError::resource_not_found("Requested resource not found: ResourcArn: " + arn +
                                            " not found");
}

}  // namespace

client::TagResourceResponse Engine::tag_resource(const client::TagResourceRequest& request) {
    client::validate(request);
    const std::string& arn = *request.resource_arn;
    table_name_of_arn(arn, "TagResource", state_->options);
    if (request.tags->empty()) {
        throw ServiceError::validation("Atleast one Tag needs to be provided as Input.");
    }
    check_tags(*request.tags);
    auto table = table_of_arn(*state_, arn, "TagResource");
    if (!table) throw arn_not_found(arn);
    std::unique_lock lock(table->mutex);
    std::vector<client::Tag> old =
        std::exchange(table->tags, merge_tags(table->tags, *request.tags));
    save_or_undo(state_->journal.get(), *table, [&] { table->tags = std::move(old); });
    return {};
}

client::UntagResourceResponse Engine::untag_resource(const client::UntagResourceRequest& request) {
    client::validate(request);
    const std::string& arn = *request.resource_arn;
    table_name_of_arn(arn, "UntagResource", state_->options);
    if (request.tag_keys->empty()) {
        throw ServiceError::validation("Atleast one Tag Key needs to be provided as Input.");
    }
    check_tag_keys(*request.tag_keys);
    auto table = table_of_arn(*state_, arn, "UntagResource");
    // DynamoDB names no resource in this one.
    if (!table) throw ServiceError::resource_not_found("Requested resource not found");
    std::unique_lock lock(table->mutex);
    std::vector<client::Tag> old =
        std::exchange(table->tags, remove_tags(table->tags, *request.tag_keys));
    save_or_undo(state_->journal.get(), *table, [&] { table->tags = std::move(old); });
    return {};
}

client::ListTagsOfResourceResponse Engine::list_tags_of_resource(
    const client::ListTagsOfResourceRequest& request) {
    client::validate(request);
    const std::string& arn = *request.resource_arn;
    auto table = table_of_arn(*state_, arn, "ListTagsOfResource");
    if (!table) throw arn_not_found(arn);
    std::shared_lock lock(table->mutex);
    // At most 50 tags: one page, never a NextToken.
    return client::ListTagsOfResourceResponse{.tags = table->tags};
}

}  // namespace dynamorm::local
