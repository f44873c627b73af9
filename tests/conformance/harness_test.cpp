// The harness's own parts: the comparison, the normalization and the table names.
#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include "case_file.hpp"
#include "json_diff.hpp"
#include "normalize.hpp"
#include "table_names.hpp"

namespace {

namespace json = dynamorm::json;
using namespace conformance;

TEST(JsonDiff, NamesThePathOfTheFirstDifference) {
    const json::Value a =
        json::parse(R"({"response":{"Items":[{"pk":{"S":"a"}},{"pk":{"S":"b"}}]}})");
    const json::Value b =
        json::parse(R"({"response":{"Items":[{"pk":{"S":"a"}},{"pk":{"S":"c"}}]}})");
    EXPECT_FALSE(first_difference(a, a));
    const auto d = first_difference(a, b);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->path, "response.Items[1].pk.S");
    EXPECT_EQ(d->left, "\"b\"");
    EXPECT_EQ(d->right, "\"c\"");
}

TEST(JsonDiff, ReportsMembersAndElementsOnlyOneSideHas) {
    auto d = first_difference(json::parse(R"({"a":1})"), json::parse(R"({"a":1,"b":2})"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->path, "b");
    EXPECT_EQ(d->left, "(absent)");
    EXPECT_EQ(d->right, "2");

    d = first_difference(json::parse(R"([1,2,3])"), json::parse(R"([1,2])"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->path, "[2]");
    EXPECT_EQ(d->left, "3");
    EXPECT_EQ(d->right, "(absent)");
}

TEST(JsonDiff, DoesNotSortArraysAndComparesTypes) {
    EXPECT_TRUE(first_difference(json::parse("[1,2]"), json::parse("[2,1]")));
    const auto d = first_difference(json::parse(R"({"n":"1"})"), json::parse(R"({"n":1})"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->path, "n");
}

TEST(JsonDiff, SubsetsNeedOnlyTheirOwnMembers) {
    const json::Value value = json::parse(R"({"error":{"__type":"x#E","message":"m"}})");
    EXPECT_FALSE(first_missing(json::parse(R"({"error":{"__type":"x#E"}})"), value));
    const auto d = first_missing(json::parse(R"({"error":{"message":"n"}})"), value);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->path, "error.message");
    EXPECT_TRUE(first_missing(json::parse(R"({"response":{}})"), value));
}

TEST(Normalize, ReplacesRegionAccountAndStreamLabelOfArns) {
    EXPECT_EQ(normalize_arns("arn:aws:dynamodb:us-east-1:000000000000:table/t/index/i"),
              "arn:aws:dynamodb:<region>:<account>:table/t/index/i");
    EXPECT_EQ(
        normalize_arns("arn:aws:dynamodb:eu-west-2:123:table/t/stream/2024-01-01T00:00:00.000"),
        "arn:aws:dynamodb:<region>:<account>:table/t/stream/<label>");
    EXPECT_EQ(normalize_arns("ARN arn:aws:dynamodb:r:1:table/a and arn:aws:dynamodb:r:1:table/b."),
              "ARN arn:aws:dynamodb:<region>:<account>:table/a and "
              "arn:aws:dynamodb:<region>:<account>:table/b.");
    EXPECT_EQ(normalize_arns("User: arn:aws:iam::123:root is not authorized"),
              "User: arn:aws:iam::<account>:<principal> is not authorized");
    EXPECT_EQ(normalize_arns("no arn here"), "no arn here");
}

TEST(Normalize, ReplacesTimesAndIdsButKeepsTheirPresence) {
    TableNames names("p-");
    const json::Value outcome =
        json::parse(R"({"response":{"Table":{"TableId":"abc","CreationDateTime":1.5,)"
                    R"("BillingModeSummary":{"LastUpdateToPayPerRequestDateTime":2}}}})");
    const json::Value normalized = normalize(outcome, "DescribeTable", names);
    EXPECT_EQ(normalized.dump(),
              R"({"response":{"Table":{"TableId":"<id>","CreationDateTime":"<time>",)"
              R"("BillingModeSummary":{"LastUpdateToPayPerRequestDateTime":"<time>"}}}})");
    // An item's attribute of the same name is a value, not a time.
    const json::Value item = json::parse(R"({"response":{"Item":{"TableId":{"S":"abc"}}}})");
    EXPECT_EQ(normalize(item, "GetItem", names), item);
}

TEST(TableNames, SubstitutesPlaceholdersConsistentlyAndRestoresThem) {
    TableNames names("conf-1-2-");
    const json::Value request =
        json::parse(R"({"TableName":"${T}","RequestItems":{"${U}":[],"x${T}y":1}})");
    const json::Value substituted = names.substitute(request);
    EXPECT_EQ(substituted.dump(),
              R"({"TableName":"conf-1-2-T","RequestItems":{"conf-1-2-U":[],"xconf-1-2-Ty":1}})");
    EXPECT_EQ(names.restore(substituted), request);
    EXPECT_TRUE(names.is_placeholder("${T}"));
    EXPECT_FALSE(names.is_placeholder("${V}"));
    EXPECT_EQ(names.names(), (std::vector<std::string>{"conf-1-2-T", "conf-1-2-U"}));
}

TEST(Normalize, ListTablesKeepsOnlyTheCasesTables) {
    TableNames names("conf-1-2-");
    names.substitute(json::Value("${A}"));
    const json::Value outcome =
        json::parse(R"({"response":{"TableNames":["conf-1-1-A","conf-1-2-A","zzz"]}})");
    EXPECT_EQ(normalize(outcome, "ListTables", names).dump(),
              R"({"response":{"TableNames":["${A}"]}})");
}

TEST(Normalize, BatchGetItemResponsesAreSortedButScansAreNot) {
    TableNames names("conf-1-2-");
    const json::Value batch =
        json::parse(R"({"response":{"Responses":{"t":[{"k":{"S":"b"}},{"k":{"S":"a"}}]}}})");
    EXPECT_EQ(normalize(batch, "BatchGetItem", names).dump(),
              R"({"response":{"Responses":{"t":[{"k":{"S":"a"}},{"k":{"S":"b"}}]}}})");
    const json::Value scan =
        json::parse(R"({"response":{"Items":[{"k":{"S":"b"}},{"k":{"S":"a"}}]}})");
    EXPECT_EQ(normalize(scan, "Scan", names), scan);
}

TEST(JsonDiff, TakeMemberRemovesWhatAPathNames) {
    json::Value value = json::parse(R"({"response":{"Table":{"A":[{"x":1,"y":2}],"B":3}}})");
    EXPECT_EQ(take_member(value, "response.Table.B"), json::Value(3));
    EXPECT_EQ(take_member(value, "response.Table.A[0].y"), json::Value(2));
    EXPECT_FALSE(take_member(value, "response.Table.A[1].x"));
    EXPECT_FALSE(take_member(value, "response.Missing"));
    EXPECT_FALSE(take_member(value, "response.Table.A[0]"));
    EXPECT_EQ(value.dump(), R"({"response":{"Table":{"A":[{"x":1}]}}})");
}

// Writes `text` to a file of its own and loads it as a case file.
std::vector<Case> load_text(const std::string& text) {
    const std::string path =
        ::testing::TempDir() + "conformance-case-" + std::to_string(::getpid()) + ".json";
    std::ofstream(path) << text;
    struct Remove {
        std::string path;
        ~Remove() { std::remove(path.c_str()); }
    } remove{path};
    return load_case_file(path);
}

TEST(CaseFile, ReadsStepsReasonsAndRepeats) {
    const auto cases = load_text(R"({"cases": [{"name": "c", "steps": [
        {"op": "PutItem", "request": {"Item": {"d": {"S": {"$repeat": ["ab", 3]}}}}},
        {"op": "GetItem", "request": {}, "differs": ["r1", "r2"], "at": ["error.message"],
         "engine": {"error": {}}}]}]})");
    ASSERT_EQ(cases.size(), 1u);
    ASSERT_EQ(cases[0].steps.size(), 2u);
    EXPECT_EQ(cases[0].steps[0].request.dump(), R"({"Item":{"d":{"S":"ababab"}}})");
    EXPECT_TRUE(cases[0].steps[0].differs.empty());
    EXPECT_EQ(cases[0].steps[1].differs, (std::vector<std::string>{"r1", "r2"}));
    EXPECT_EQ(cases[0].steps[1].at, (std::vector<std::string>{"error.message"}));
    EXPECT_TRUE(cases[0].steps[1].engine);
}

TEST(CaseFile, RefusesMalformedSteps) {
    EXPECT_THROW(load_text(R"({"cases": [{"name": "c", "steps": [{"op": "GetItem",
        "request": {}, "diffmuch": "x"}]}]})"),
                 std::runtime_error);
    EXPECT_THROW(load_text(R"({"cases": [{"name": "c", "steps": [{"op": "GetItem",
        "request": {}, "at": ["error"]}]}]})"),
                 std::runtime_error);
    EXPECT_THROW(load_text(R"({"cases": [{"name": "c", "steps": []}]})"), std::runtime_error);
    EXPECT_THROW(load_text(R"({"cases": [{"name": "c", "steps": [{"op": "GetItem",
        "request": {}, "differs": ""}]}]})"),
                 std::runtime_error);
    EXPECT_THROW(load_text("not json"), std::runtime_error);
}

}  // namespace
