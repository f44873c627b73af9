// Validation of CreateTable and UpdateTable: member constraints, then DynamoDB's rules for
// billing, key schemas, attribute definitions and secondary indexes.
#include <algorithm>
#include <set>

#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

namespace {

constexpr std::int64_t kMaxCapacityUnits = 1'000'000'000'000;
constexpr std::size_t kMaxLocalIndexes = 5;
constexpr std::size_t kMaxGlobalIndexes = 20;
constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

void invalid(std::string_view message) {
    fail(std::string(kInvalid) + std::string(message));
}

void check_attribute_definitions(Violations& v,
                                 const std::optional<std::vector<AttributeDefinition>>& defs,
                                 bool required) {
    if (required) check_not_null(v, "attributeDefinitions", defs.has_value());
    if (!defs) return;
    for (std::size_t i = 0; i < defs->size(); ++i) {
        const std::string member = element_path("attributeDefinitions", i);
        check_not_null(v, path_join(member, "attributeName"),
                       (*defs)[i].attribute_name.has_value());
        check_enum(v, path_join(member, "attributeType"), (*defs)[i].attribute_type, true);
    }
}

void check_stream_and_encryption(Violations& v, const std::optional<StreamSpecification>& stream,
                                 const std::optional<SseSpecification>& sse,
                                 const std::optional<Enum<TableClass>>& table_class) {
    if (stream) {
        check_not_null(v, "streamSpecification.streamEnabled", stream->stream_enabled.has_value());
        check_enum(v, "streamSpecification.streamViewType", stream->stream_view_type);
    }
    if (sse) check_enum(v, "sSESpecification.sSEType", sse->sse_type);
    check_enum(v, "tableClass", table_class);
}

template <class Index>
void check_index(Violations& v, const std::string& member, const Index& index) {
    check_name(v, path_join(member, "indexName"), index.index_name, true);
    check_key_schema(v, path_join(member, "keySchema"), index.key_schema, false);
    check_projection(v, path_join(member, "projection"), index.projection);
}

void check_capacity_bounds(const std::optional<ProvisionedThroughput>& throughput) {
    if (!throughput) return;
    for (const auto& [units, name] :
         {std::pair{throughput->read_capacity_units, "ReadCapacityUnits"},
          std::pair{throughput->write_capacity_units, "WriteCapacityUnits"}}) {
        if (units && *units > kMaxCapacityUnits) {
            fail("Given value " + std::to_string(*units) + " for " + name + " is out of bounds");
        }
    }
}

std::vector<std::string> names_of(const std::vector<KeySchemaElement>& schema) {
    std::vector<std::string> names;
    for (const KeySchemaElement& element : schema)
        names.push_back(*element.attribute_name);
    return names;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The rules every key schema follows, the table's and its indexes'.
void check_key_schema_rules(const std::vector<KeySchemaElement>& schema,
                            const std::vector<std::string>& defined) {
    const std::vector<std::string> keys = names_of(schema);
    for (const std::string& key : keys) {
        if (!contains(defined, key)) {
            invalid("Some index key attributes are not defined in AttributeDefinitions. Keys: " +
                    render_list(keys) + ", AttributeDefinitions: " + render_list(defined));
        }
    }
    if (keys.size() == 2 && keys[0] == keys[1]) {
        fail("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }
    if (*schema[0].key_type != KeyType::Hash) {
        fail("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (schema.size() == 2 && *schema[1].key_type != KeyType::Range) {
        fail("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    }
}

void check_index_projection(const Projection& projection) {
    if (!projection.projection_type) invalid("Unknown ProjectionType: null");
    if (projection.non_key_attributes && *projection.projection_type != ProjectionType::Include) {
        invalid("ProjectionType is " + std::string(projection.projection_type->name()) +
                ", but NonKeyAttributes is specified");
    }
}

void check_table_rules(const CreateTableRequest& r) {
    const bool on_demand = r.billing_mode && *r.billing_mode == BillingMode::PayPerRequest;
    if (on_demand) {
        if (r.provisioned_throughput) {
            invalid(
                "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when "
                "BillingMode is PAY_PER_REQUEST");
        }
    } else {
        if (!r.provisioned_throughput) {
            invalid(
                "ReadCapacityUnits and WriteCapacityUnits must both be specified when "
                "BillingMode is PROVISIONED");
        }
        check_capacity_bounds(r.provisioned_throughput);
    }

    std::vector<std::string> defined;
    for (const AttributeDefinition& def : *r.attribute_definitions) {
        defined.push_back(*def.attribute_name);
    }
    const std::vector<KeySchemaElement>& schema = *r.key_schema;
    if (schema.size() > defined.size()) {
        fail("Invalid KeySchema: Some index key attribute have no definition");
    }
    check_key_schema_rules(schema, defined);
    if (!r.local_secondary_indexes && !r.global_secondary_indexes &&
        schema.size() != defined.size()) {
        invalid(
            "Number of attributes in KeySchema does not exactly match number of attributes "
            "defined in AttributeDefinitions");
    }

    std::set<std::string> index_names;
    std::vector<std::string> used = names_of(schema);
    const auto use = [&](const std::vector<KeySchemaElement>& keys) {
        for (const std::string& key : names_of(keys)) {
            if (!contains(used, key)) used.push_back(key);
        }
    };
    if (r.local_secondary_indexes) {
        const auto& indexes = *r.local_secondary_indexes;
        if (indexes.empty()) invalid("List of LocalSecondaryIndexes is empty");
        if (schema.size() != 2) {
            invalid(
                "Table KeySchema does not have a range key, which is required when "
                "specifying a LocalSecondaryIndex");
        }
        for (const LocalSecondaryIndex& index : indexes) {
            const std::string& name = *index.index_name;
            check_key_schema_rules(*index.key_schema, defined);
            if (index.key_schema->size() != 2) {
                invalid("Index KeySchema does not have a range key for index: " + name);
            }
            const std::string& index_hash = *(*index.key_schema)[0].attribute_name;
            const std::string& table_hash = *schema[0].attribute_name;
            if (index_hash != table_hash) {
                invalid(
                    "Index KeySchema does not have the same leading hash key as table "
                    "KeySchema for index: " +
                    name + ". index hash key: " + index_hash + ", table hash key: " + table_hash);
            }
            check_index_projection(*index.projection);
            if (!index_names.insert(name).second) invalid("Duplicate index name: " + name);
            use(*index.key_schema);
        }
        if (indexes.size() > kMaxLocalIndexes) {
            invalid("Number of LocalSecondaryIndexes exceeds per-table limit of 5");
        }
    }
    if (r.global_secondary_indexes) {
        const auto& indexes = *r.global_secondary_indexes;
        if (indexes.empty()) invalid("List of GlobalSecondaryIndexes is empty");
        for (const GlobalSecondaryIndex& index : indexes) {
            const std::string& name = *index.index_name;
            check_key_schema_rules(*index.key_schema, defined);
            check_index_projection(*index.projection);
            if (on_demand && index.provisioned_throughput) {
                invalid("ProvisionedThroughput should not be specified for index: " + name +
                        " when BillingMode is PAY_PER_REQUEST");
            }
            if (!index_names.insert(name).second) invalid("Duplicate index name: " + name);
            use(*index.key_schema);
        }
        if (indexes.size() > kMaxGlobalIndexes) {
            invalid("GlobalSecondaryIndex count exceeds the per-table limit of 20");
        }
    }
    for (const std::string& name : defined) {
        if (!contains(used, name)) {
            invalid("Some AttributeDefinitions are not used. AttributeDefinitions: " +
                    render_list(defined) + ", keys used: " + render_list(used));
        }
    }
}

}  // namespace

void validate(const CreateTableRequest& r) {
    check_table_name_present(r.table_name);
    Violations v;
    check_attribute_definitions(v, r.attribute_definitions, true);
    check_name_pattern(v, "tableName", r.table_name);
    check_enum(v, "billingMode", r.billing_mode);
    check_throughput(v, "provisionedThroughput", r.provisioned_throughput);
    check_key_schema(v, "keySchema", r.key_schema, true);
    if (r.local_secondary_indexes) {
        for (std::size_t i = 0; i < r.local_secondary_indexes->size(); ++i) {
            check_index(v, element_path("localSecondaryIndexes", i),
                        (*r.local_secondary_indexes)[i]);
        }
    }
    if (r.global_secondary_indexes) {
        for (std::size_t i = 0; i < r.global_secondary_indexes->size(); ++i) {
            const std::string member = element_path("globalSecondaryIndexes", i);
            const GlobalSecondaryIndex& index = (*r.global_secondary_indexes)[i];
            check_index(v, member, index);
            check_throughput(v, path_join(member, "provisionedThroughput"),
                             index.provisioned_throughput);
        }
    }
    check_stream_and_encryption(v, r.stream_specification, r.sse_specification, r.table_class);
    if (r.tags) {
        for (std::size_t i = 0; i < r.tags->size(); ++i) {
            const Tag& tag = (*r.tags)[i];
            const std::string member = element_path("tags", i);
            check_not_null(v, path_join(member, "key"), tag.key.has_value());
            check_text_length(v, path_join(member, "key"), tag.key, 1, 128);
            check_not_null(v, path_join(member, "value"), tag.value.has_value());
            check_text_length(v, path_join(member, "value"), tag.value, 0, 256);
        }
    }
    v.raise_if_any();
    check_table_rules(r);
}

void validate(const UpdateTableRequest& r) {
    check_table_name_present(r.table_name);
    Violations v;
    check_name_pattern(v, "tableName", r.table_name);
    check_throughput(v, "provisionedThroughput", r.provisioned_throughput);
    check_enum(v, "billingMode", r.billing_mode);
    if (r.global_secondary_index_updates) {
        const auto& updates = *r.global_secondary_index_updates;
        for (std::size_t i = 0; i < updates.size(); ++i) {
            const std::string member = element_path("globalSecondaryIndexUpdates", i);
            if (const auto& update = updates[i].update) {
                const std::string path = path_join(member, "update");
                check_name(v, path_join(path, "indexName"), update->index_name, true);
                const std::string throughput = path_join(path, "provisionedThroughput");
                check_not_null(v, throughput, update->provisioned_throughput.has_value());
                check_throughput(v, throughput, update->provisioned_throughput);
            }
            if (const auto& create = updates[i].create) {
                const std::string path = path_join(member, "create");
                check_projection(v, path_join(path, "projection"), create->projection);
                check_name(v, path_join(path, "indexName"), create->index_name, true);
                check_throughput(v, path_join(path, "provisionedThroughput"),
                                 create->provisioned_throughput);
                check_key_schema(v, path_join(path, "keySchema"), create->key_schema, false);
            }
            if (const auto& remove = updates[i].delete_) {
                check_name(v, path_join(member, "delete.indexName"), remove->index_name, true);
            }
        }
    }
    check_attribute_definitions(v, r.attribute_definitions, false);
    check_stream_and_encryption(v, r.stream_specification, r.sse_specification, r.table_class);
    v.raise_if_any();

    const bool updates_indexes =
        r.global_secondary_index_updates && !r.global_secondary_index_updates->empty();
    if (!r.provisioned_throughput && !r.billing_mode && !r.stream_specification &&
        !updates_indexes && !r.sse_specification && !r.table_class &&
        !r.deletion_protection_enabled) {
        fail(
            "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
            "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    }
    if (r.billing_mode && *r.billing_mode == BillingMode::Provisioned &&
        !r.provisioned_throughput) {
        invalid("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
    }
    check_capacity_bounds(r.provisioned_throughput);
    if (r.global_secondary_index_updates) {
        std::set<std::string> names;
        for (const GlobalSecondaryIndexUpdate& update : *r.global_secondary_index_updates) {
            const int actions = int{update.update.has_value()} + int{update.create.has_value()} +
                                int{update.delete_.has_value()};
            if (actions == 0) {
                invalid(
                    "One of GlobalSecondaryIndexUpdate.Update, "
                    "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete "
                    "must not be null");
            }
            const std::string& name = update.update   ? *update.update->index_name
                                      : update.create ? *update.create->index_name
                                                      : *update.delete_->index_name;
            if (!names.insert(name).second) {
                invalid(
                    "Only one global secondary index update per index is allowed "
                    "simultaneously. Index: " +
                    name);
            }
        }
    }
}

}  // namespace dynamorm::client
