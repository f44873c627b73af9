#include "local/create_table_checks.hpp"

#include <set>
#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "local/index_rules.hpp"
#include "local/table_settings.hpp"
#include "local/tags.hpp"

namespace dynamorm::local {

void check_create_table(const client::CreateTableRequest& request) {
    std::set<std::string, std::less<>> defined;
    for (const client::AttributeDefinition& definition : *request.attribute_definitions) {
        if (!defined.insert(*definition.attribute_name).second) {
            throw ServiceError::validation("Attribute Name is duplicated: " +
                                           *definition.attribute_name);
        }
    }

    std::vector<const client::Projection*> projections;
    if (request.local_secondary_indexes) {
        for (const client::LocalSecondaryIndex& index : *request.local_secondary_indexes) {
            check_projection_rules(*index.projection);
            projections.push_back(&*index.projection);
        }
    }
    const bool on_demand =
        request.billing_mode && *request.billing_mode == client::BillingMode::PayPerRequest;
    if (request.global_secondary_indexes) {
        for (const client::GlobalSecondaryIndex& index : *request.global_secondary_indexes) {
            check_projection_rules(*index.projection);
            projections.push_back(&*index.projection);
            if (!on_demand && !index.provisioned_throughput) {
                throw ServiceError::validation(
                    "One or more parameter values were invalid: ProvisionedThroughput is not "
                    "specified for index: " +
                    *index.index_name);
            }
        }
    }
    check_projected_attribute_count(projections);

    if (request.stream_specification) {
        check_stream_specification(*request.stream_specification, /*creating=*/true);
    }
    if (request.sse_specification) check_sse_specification(*request.sse_specification);
    if (request.tags) check_tags(*request.tags);
}

}  // namespace dynamorm::local
