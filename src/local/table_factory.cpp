#include "local/table_factory.hpp"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <random>

#include <algorithm>

#include "dynamorm/client/error.hpp"
#include "local/table_settings.hpp"

namespace dynamorm::local {
namespace {

using client::BillingMode;
using client::KeyType;
using client::ProjectionType;

Type scalar_type(client::ScalarAttributeType type) {
    switch (type) {
        case client::ScalarAttributeType::S:
            return Type::S;
        case client::ScalarAttributeType::N:
            return Type::N;
        case client::ScalarAttributeType::B:
            return Type::B;
    }
    return Type::S;
}

ProjectionKind projection_kind(const client::Projection& projection) {
    switch (projection.projection_type.value_or(ProjectionType::All).value()) {
        case ProjectionType::All:
            return ProjectionKind::All;
        case ProjectionType::KeysOnly:
            return ProjectionKind::KeysOnly;
        case ProjectionType::Include:
            return ProjectionKind::Include;
    }
    return ProjectionKind::All;
}

client::ProvisionedThroughputDescription throughput_description(
    const std::optional<client::ProvisionedThroughput>& throughput) {
    client::ProvisionedThroughputDescription out;
    out.number_of_decreases_today = 0;
    out.read_capacity_units = throughput ? throughput->read_capacity_units.value_or(0) : 0;
    out.write_capacity_units = throughput ? throughput->write_capacity_units.value_or(0) : 0;
    return out;
}

}  // namespace

std::vector<client::AttributeDefinition> sorted_definitions(
    std::vector<client::AttributeDefinition> definitions) {
    std::stable_sort(definitions.begin(), definitions.end(), [](const auto& a, const auto& b) {
        return a.attribute_name < b.attribute_name;
    });
    return definitions;
}

client::Projection sorted_projection(client::Projection projection) {
    if (projection.non_key_attributes) {
        std::sort(projection.non_key_attributes->begin(), projection.non_key_attributes->end());
    }
    return projection;
}

KeyDef key_def(const std::vector<client::AttributeDefinition>& definitions,
               const std::string& name) {
    for (const client::AttributeDefinition& def : definitions) {
        if (def.attribute_name == name && def.attribute_type && def.attribute_type->known()) {
            return KeyDef{name, scalar_type(def.attribute_type->value())};
        }
    }
    throw ServiceError::validation(
        "One or more parameter values were invalid: Some index key attributes are not defined "
        "in AttributeDefinitions. Keys: [" +
        name + "]");
}

IndexDef index_def(const std::string& name, bool global,
                   const std::vector<client::KeySchemaElement>& key_schema,
                   const client::Projection& projection,
                   const std::vector<client::AttributeDefinition>& definitions) {
    IndexDef index;
    index.name = name;
    index.global = global;
    for (const client::KeySchemaElement& element : key_schema) {
        KeyDef key = key_def(definitions, *element.attribute_name);
        if (element.key_type && *element.key_type == KeyType::Range) {
            index.range = std::move(key);
        } else {
            index.hash = std::move(key);
        }
    }
    index.projection = projection_kind(projection);
    if (index.projection == ProjectionKind::Include && projection.non_key_attributes) {
        index.non_key_attributes = *projection.non_key_attributes;
    }
    return index;
}

std::string index_arn(const std::string& table_arn, const std::string& index_name) {
    return table_arn + "/index/" + index_name;
}

client::GlobalSecondaryIndexDescription new_global_index_description(
    const std::string& table_arn, const std::string& name,
    const std::vector<client::KeySchemaElement>& key_schema, const client::Projection& projection,
    const std::optional<client::ProvisionedThroughput>& throughput) {
    client::GlobalSecondaryIndexDescription out;
    out.index_name = name;
    out.key_schema = key_schema;
    out.projection = sorted_projection(projection);
    out.index_status = client::IndexStatus::Creating;
    out.provisioned_throughput = throughput_description(throughput);
    out.index_size_bytes = 0;
    out.item_count = 0;
    out.index_arn = index_arn(table_arn, name);
    return out;
}

std::string stream_label(double epoch_seconds) {
    const auto millis = static_cast<std::int64_t>(std::llround(epoch_seconds * 1000.0));
    const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(millis % 1000));
    return text;
}

std::string random_uuid() {
    thread_local std::mt19937_64 generator{std::random_device{}()};
    std::uint64_t high = generator();
    std::uint64_t low = generator();
    high = (high & ~0xF000ULL) | 0x4000ULL;            // version 4
    low = (low & ~(0xC0ULL << 56)) | (0x80ULL << 56);  // variant 10
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(high & 0xFFFF),
                  static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return text;
}

double epoch_now() {
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return static_cast<double>(
               std::chrono::duration_cast<std::chrono::milliseconds>(since).count()) /
           1000.0;
}

std::shared_ptr<Table> make_table(const client::CreateTableRequest& request,
                                  const EngineOptions& options, const std::string& table_arn,
                                  double now) {
    const std::vector<client::AttributeDefinition>& definitions = *request.attribute_definitions;
    TableSchema schema;
    for (const client::KeySchemaElement& element : *request.key_schema) {
        KeyDef key = key_def(definitions, *element.attribute_name);
        if (*element.key_type == KeyType::Range) {
            schema.range = std::move(key);
        } else {
            schema.hash = std::move(key);
        }
    }

    const bool on_demand =
        request.billing_mode && *request.billing_mode == BillingMode::PayPerRequest;
    client::TableDescription description;
    description.attribute_definitions = sorted_definitions(definitions);
    description.table_name = request.table_name;
    description.key_schema = request.key_schema;
    description.table_status = client::TableStatus::Active;
    description.creation_date_time = now;
    description.provisioned_throughput = throughput_description(request.provisioned_throughput);
    description.table_size_bytes = 0;
    description.item_count = 0;
    description.table_arn = table_arn;
    description.table_id = random_uuid();
    if (on_demand) {
        description.billing_mode_summary =
            client::BillingModeSummary{BillingMode::PayPerRequest, now};
    }

    if (request.local_secondary_indexes) {
        auto& out = description.local_secondary_indexes.emplace();
        for (const client::LocalSecondaryIndex& index : *request.local_secondary_indexes) {
            schema.indexes.push_back(index_def(*index.index_name, false, *index.key_schema,
                                               *index.projection, definitions));
            client::LocalSecondaryIndexDescription entry;
            entry.index_name = index.index_name;
            entry.key_schema = index.key_schema;
            entry.projection = sorted_projection(*index.projection);
            entry.index_size_bytes = 0;
            entry.item_count = 0;
            entry.index_arn = index_arn(table_arn, *index.index_name);
            out.push_back(std::move(entry));
        }
    }
    if (request.global_secondary_indexes) {
        auto& out = description.global_secondary_indexes.emplace();
        for (const client::GlobalSecondaryIndex& index : *request.global_secondary_indexes) {
            schema.indexes.push_back(index_def(*index.index_name, true, *index.key_schema,
                                               *index.projection, definitions));
            client::GlobalSecondaryIndexDescription entry =
                new_global_index_description(table_arn, *index.index_name, *index.key_schema,
                                             *index.projection, index.provisioned_throughput);
            entry.index_status = client::IndexStatus::Active;
            out.push_back(std::move(entry));
        }
    }

    if (request.stream_specification && request.stream_specification->stream_enabled == true) {
        enable_stream(description, *request.stream_specification, now);
    }
    if (request.sse_specification && wants_kms(*request.sse_specification)) {
        description.sse_description = kms_description(*request.sse_specification, options);
    }
    if (request.table_class) {
        description.table_class_summary = client::TableClassSummary{*request.table_class, {}};
    }
    description.deletion_protection_enabled = request.deletion_protection_enabled.value_or(false);

    auto table = std::make_shared<Table>(std::move(schema), std::move(description));
    if (request.tags) table->tags = *request.tags;
    return table;
}

}  // namespace dynamorm::local
