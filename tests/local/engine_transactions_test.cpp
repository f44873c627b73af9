// TransactWriteItems and TransactGetItems on the embedded engine: all-or-nothing writes, the
// cancellation reasons listed per action in order, DynamoDB's refusals, capacity, item
// collection metrics, ClientRequestToken idempotency, and a transaction kept by a persistent
// engine.

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "engine_transactions_support.hpp"
#include "local/transaction_tokens.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

std::string text(std::size_t length) {
    return std::string(length, 'x');
}

class EngineTransactions : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine, {.name = "things"});
        create(engine, {.name = "books", .hash = {"author"}, .range = Key{"title"}});
        put(engine, "things", {{"id", "a"}, {"n", 1}});
        put(engine, "things", {{"id", "b"}, {"n", 2}});
        put(engine, "books", {{"author", "a"}, {"title", "t"}, {"copies", 3}});
    }

    // The items the setup stored, unchanged.
    void expect_unchanged() {
        EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 1}}));
        EXPECT_EQ(get(engine, "things", {{"id", "b"}}), (Item{{"id", "b"}, {"n", 2}}));
        EXPECT_EQ(get(engine, "things", {{"id", "c"}}), std::nullopt);
        EXPECT_EQ(get(engine, "books", {{"author", "a"}, {"title", "t"}}),
                  (Item{{"author", "a"}, {"title", "t"}, {"copies", 3}}));
    }

    Engine engine;
};

// ---- TransactWriteItems: success -----------------------------------------------------------

TEST_F(EngineTransactions, WritesEveryActionAcrossTables) {
    const auto answer = engine.transact_write_items(transaction(
        {put_action("things", {{"id", "c"}, {"n", 3}}, "attribute_not_exists(id)"),
         update_action("things", {{"id", "a"}}, "SET n = n + :one", Item{{":one", 1}}),
         delete_action("things", {{"id", "b"}}, "attribute_exists(id)"),
         check_action("books", {{"author", "a"}, {"title", "t"}}, "attribute_exists(copies)"),
         update_action("books", {{"author", "b"}, {"title", "u"}}, "SET copies = :one",
                       Item{{":one", 1}})}));
    EXPECT_EQ(answer.consumed_capacity, std::nullopt);
    EXPECT_EQ(answer.item_collection_metrics, std::nullopt);
    EXPECT_EQ(get(engine, "things", {{"id", "c"}}), (Item{{"id", "c"}, {"n", 3}}));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 2}}));
    EXPECT_EQ(get(engine, "things", {{"id", "b"}}), std::nullopt);
    EXPECT_EQ(get(engine, "books", {{"author", "b"}, {"title", "u"}}),
              (Item{{"author", "b"}, {"title", "u"}, {"copies", 1}}));
}

TEST_F(EngineTransactions, IgnoresPlaceholdersOfActionsWithoutExpressions) {
    // DynamoDB takes ExpressionAttributeValues on an action with no expression in a transaction.
    engine.transact_write_items(
        transaction({put_action("things", {{"id", "c"}}, std::nullopt, Item{{":unused", 1}})}));
    EXPECT_EQ(get(engine, "things", {{"id", "c"}}), (Item{{"id", "c"}}));
}

// ---- TransactWriteItems: cancellation ------------------------------------------------------

TEST_F(EngineTransactions, AFailedConditionCancelsEverythingWithOneReasonPerAction) {
    const client::TransactWriteItemsRequest request =
        transaction({put_action("things", {{"id", "c"}}),
                     update_action("things", {{"id", "a"}}, "SET n = :nine", Item{{":nine", 9}}),
                     check_action("books", {{"author", "a"}, {"title", "t"}}, "copies > :many"),
                     delete_action("things", {{"id", "b"}})});
    client::TransactWriteItemsRequest failing = request;
    (*failing.transact_items)[2].condition_check->expression_attribute_values = Item{{":many", 10}};
    const ServiceError error = error_of([&] { engine.transact_write_items(failing); });
    EXPECT_EQ(error.code(), "TransactionCanceledException");
    EXPECT_EQ(error.message(),
              "Transaction cancelled, please refer cancellation reasons for specific reasons "
              "[None, None, ConditionalCheckFailed, None]");
    EXPECT_EQ(error.cancellation_reasons(), (std::vector<client::CancellationReason>{
                                                none(), none(), condition_failed(), none()}));
    expect_unchanged();
}

TEST_F(EngineTransactions, ListsEveryFailedActionAndTheStoredItemWhenAsked) {
    client::TransactWriteItemsRequest request = transaction(
        {check_action("things", {{"id", "a"}}, "n = :two", /*all_old=*/true),
         check_action("things", {{"id", "b"}}, "n = :two", /*all_old=*/true),
         check_action("things", {{"id", "c"}}, "attribute_exists(id)", /*all_old=*/true),
         put_action("books", {{"author", "a"}, {"title", "t"}}, "attribute_not_exists(author)")});
    (*request.transact_items)[0].condition_check->expression_attribute_values = Item{{":two", 2}};
    (*request.transact_items)[1].condition_check->expression_attribute_values = Item{{":two", 2}};
    EXPECT_EQ(reasons_of([&] { engine.transact_write_items(request); }),
              (std::vector<client::CancellationReason>{
                  condition_failed(Item{{"id", "a"}, {"n", 1}}), none(),
                  // No item is stored: the reason carries none.
                  condition_failed(), condition_failed()}));
    expect_unchanged();
}

TEST_F(EngineTransactions, AnUpdateThatCannotApplyCancelsWithAValidationError) {
    put(engine, "things", {{"id", "s"}, {"n", "text"}});
    const auto reasons = reasons_of([&] {
        engine.transact_write_items(transaction(
            {update_action("things", {{"id", "a"}}, "SET n = :nine", Item{{":nine", 9}}),
             update_action("things", {{"id", "s"}}, "ADD n :one", Item{{":one", 1}}),
             delete_action("things", {{"id", "b"}}, "attribute_not_exists(id)")}));
    });
    // The same update alone is refused with the message the reason carries.
    const std::string alone = failure([&] {
        engine.update_item({.table_name = "things",
                            .key = Item{{"id", "s"}},
                            .update_expression = "ADD n :one",
                            .expression_attribute_values = Item{{":one", 1}}});
    });
    ASSERT_EQ(reasons.size(), 3U);
    EXPECT_EQ(reasons[0], none());
    EXPECT_EQ("ValidationException: " + reasons[1].message.value_or(""), alone);
    EXPECT_EQ(reasons[1].code, "ValidationError");
    EXPECT_EQ(reasons[2], condition_failed());
    expect_unchanged();
}

TEST_F(EngineTransactions, AnUpdateOverTheItemSizeLimitCancelsWithAValidationError) {
    EXPECT_EQ(reasons_of([&] {
                  engine.transact_write_items(
                      transaction({put_action("things", {{"id", "c"}}),
                                   update_action("things", {{"id", "a"}}, "SET filler = :filler",
                                                 Item{{":filler", text(410000)}})}));
              }),
              (std::vector<client::CancellationReason>{
                  none(),
                  validation_error("Item size to update has exceeded the maximum allowed size")}));
    expect_unchanged();
}

TEST_F(EngineTransactions, AKeyThatDoesNotFitItsTableCancelsAtTheFirstSuchAction) {
    EXPECT_EQ(reasons_of([&] {
                  engine.transact_write_items(transaction(
                      {put_action("things", {{"id", "c"}}), delete_action("things", {{"id", 1}}),
                       check_action("books", {{"author", "a"}}, "attribute_exists(author)")}));
              }),
              (std::vector<client::CancellationReason>{
                  none(), validation_error("The provided key element does not match the schema"),
                  none()}));
    EXPECT_EQ(reasons_of([&] {
                  engine.transact_write_items(
                      transaction({update_action("things", {{"id", "a"}}, "SET n = :one",
                                                 Item{{":one", 1}}, "n = :one"),
                                   put_action("things", {{"id", 7}})}));
              }),
              (std::vector<client::CancellationReason>{
                  none(), validation_error("One or more parameter values were invalid: Type "
                                           "mismatch for key id expected: S actual: N")}));
    expect_unchanged();
}

TEST_F(EngineTransactions, EmptyKeyValuesFailTheWholeRequest) {
    // Even after an action whose key does not fit: input validation comes first.
    EXPECT_EQ(failure([&] {
                  engine.transact_write_items(transaction(
                      {delete_action("things", {{"id", 1}}), put_action("things", {{"id", ""}})}));
              }),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: id"));
    expect_unchanged();
}

// ---- TransactWriteItems: refusals of the whole request -------------------------------------

TEST_F(EngineTransactions, RefusesTwoActionsOnOneItem) {
    const std::string refused =
        invalid("Transaction request cannot include multiple operations on one item");
    EXPECT_EQ(failure([&] {
                  engine.transact_write_items(
                      transaction({put_action("things", {{"id", "a"}, {"n", 5}}),
                                   check_action("things", {{"id", "a"}}, "attribute_exists(id)")}));
              }),
              refused);
    EXPECT_EQ(
        failure([&] {
            engine.transact_write_items(transaction(
                {delete_action("books", {{"author", "a"}, {"title", "t"}}),
                 update_action("books", {{"title", "t"}, {"author", "a"}}, "REMOVE copies")}));
        }),
        refused);
    expect_unchanged();
    // One key in two tables is two items.
    EXPECT_NO_THROW(engine.transact_write_items(
        transaction({put_action("things", {{"id", "z"}}),
                     put_action("books", {{"author", "z"}, {"title", "z"}})})));
}

TEST_F(EngineTransactions, RefusesUnknownTablesFirst) {
    EXPECT_EQ(failure([&] {
                  engine.transact_write_items(transaction(
                      {put_action("things", {{"id", "c"}}), put_action("nothing", {{"id", "a"}}),
                       delete_action("nothing", {{"id", "a"}})}));
              }),
              "ResourceNotFoundException: Requested resource not found");
    expect_unchanged();
}

TEST_F(EngineTransactions, RefusesExpressionsAsTheItemOperationsDo) {
    const std::string alone = failure([&] {
        engine.put_item(
            {.table_name = "things", .item = Item{{"id", "c"}}, .condition_expression = "n >"});
    });
    EXPECT_NE(alone, "(no error)");
    EXPECT_EQ(
        failure([&] {
            engine.transact_write_items(transaction({put_action("things", {{"id", "d"}}),
                                                     put_action("nothing", {{"id", "c"}}, "n >")}));
        }),
        alone);
    EXPECT_EQ(failure([&] {
                  engine.transact_write_items(transaction(
                      {update_action("things", {{"id", "a"}}, "SET id = :x", Item{{":x", "b"}})}));
              }),
              failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET id = :x",
                                      .expression_attribute_values = Item{{":x", "b"}}});
              }));
    expect_unchanged();
}

TEST_F(EngineTransactions, RefusesMoreThan4MegabytesOfItems) {
    std::vector<client::TransactWriteItem> actions;
    for (int i = 0; i < 11; ++i)
        actions.push_back(
            put_action("things", {{"id", "big" + std::to_string(i)}, {"pad", text(390000)}}));
    EXPECT_EQ(failure([&] { engine.transact_write_items(transaction(actions)); }),
              invalid("Transaction request size has exceeded the maximum allowed size of 4 MB"));
    EXPECT_EQ(get(engine, "things", {{"id", "big0"}}), std::nullopt);
    actions.pop_back();
    EXPECT_NO_THROW(engine.transact_write_items(transaction(actions)));
}

TEST_F(EngineTransactions, RefusesMoreThan100Actions) {
    std::vector<client::TransactWriteItem> writes;
    std::vector<client::TransactGetItem> reads;
    for (int i = 0; i < 101; ++i) {
        writes.push_back(put_action("things", {{"id", "n" + std::to_string(i)}}));
        reads.push_back(get_action("things", {{"id", "n" + std::to_string(i)}}));
    }
    const ServiceError write = error_of([&] { engine.transact_write_items(transaction(writes)); });
    EXPECT_EQ(write.code(), "ValidationException");
    EXPECT_NE(write.message().find("at 'transactItems' failed to satisfy constraint: Member must "
                                   "have length less than or equal to 100"),
              std::string::npos)
        << write.message();
    EXPECT_EQ(get(engine, "things", {{"id", "n0"}}), std::nullopt);
    const ServiceError read =
        error_of([&] { engine.transact_get_items({.transact_items = reads}); });
    EXPECT_EQ(read.code(), "ValidationException");
    writes.pop_back();
    EXPECT_NO_THROW(engine.transact_write_items(transaction(writes)));
    EXPECT_EQ(get(engine, "things", {{"id", "n99"}}), (Item{{"id", "n99"}}));
}

// ---- TransactWriteItems: capacity and metrics ----------------------------------------------

TEST_F(EngineTransactions, ConsumesTwiceTheWriteUnitsPerTableInRequestOrder) {
    create(engine, {.name = "colored", .indexes = {{.name = "by-color", .hash = {"color"}}}});
    client::TransactWriteItemsRequest request = transaction(
        {put_action("things", {{"id", "c"}, {"pad", text(1500)}}),
         put_action("colored", {{"id", "c"}, {"color", "red"}}),
         check_action("books", {{"author", "a"}, {"title", "t"}}, "attribute_exists(author)"),
         delete_action("things", {{"id", "missing"}})});
    request.return_consumed_capacity = client::ReturnConsumedCapacity::Indexes;
    // things: a 1.5 KB put (2 units) and a delete of nothing (1); colored: the item and its
    // index entry (1 each); books: the condition check (1); all doubled.
    EXPECT_EQ(engine.transact_write_items(request).consumed_capacity,
              (std::vector<client::ConsumedCapacity>{
                  {.table_name = "things",
                   .capacity_units = 6.0,
                   .table = client::Capacity{.capacity_units = 6.0}},
                  {.table_name = "colored",
                   .capacity_units = 4.0,
                   .table = client::Capacity{.capacity_units = 2.0},
                   .global_secondary_indexes =
                       client::StringMap<client::Capacity>{
                           {"by-color", client::Capacity{.capacity_units = 2.0}}}},
                  {.table_name = "books",
                   .capacity_units = 2.0,
                   .table = client::Capacity{.capacity_units = 2.0}}}));
}

TEST_F(EngineTransactions, ReportsItemCollectionsOfWritesToTablesWithLocalIndexes) {
    create(engine,
           {.name = "events",
            .hash = {"user"},
            .range = Key{"at", client::ScalarAttributeType::N},
            .indexes = {
                {.name = "by-kind", .global = false, .hash = {"user"}, .range = Key{"kind"}}}});
    client::TransactWriteItemsRequest request = transaction(
        {put_action("events", {{"user", "u"}, {"at", 1}, {"kind", "k"}}),
         check_action("events", {{"user", "v"}, {"at", 1}}, "attribute_not_exists(kind)"),
         put_action("things", {{"id", "c"}})});
    request.return_item_collection_metrics = client::ReturnItemCollectionMetrics::Size;
    const auto answer = engine.transact_write_items(request);
    ASSERT_TRUE(answer.item_collection_metrics.has_value());
    EXPECT_EQ(answer.item_collection_metrics->size(), 1U);
    const auto& events = answer.item_collection_metrics->at("events");
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].item_collection_key, (Item{{"user", "u"}}));
}

// ---- ClientRequestToken ---------------------------------------------------------------------

TEST_F(EngineTransactions, ARepeatedTokenSucceedsWithoutWritingAgain) {
    client::TransactWriteItemsRequest request =
        transaction({update_action("things", {{"id", "a"}}, "ADD n :one", Item{{":one", 1}})});
    request.client_request_token = "token-1";
    request.return_consumed_capacity = client::ReturnConsumedCapacity::Total;
    const auto first = engine.transact_write_items(request);
    const auto second = engine.transact_write_items(request);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 2}}));
    // The first wrote (two units); the repeat only read the item (one unit).
    EXPECT_EQ(
        first.consumed_capacity,
        (std::vector<client::ConsumedCapacity>{{.table_name = "things", .capacity_units = 2.0}}));
    EXPECT_EQ(
        second.consumed_capacity,
        (std::vector<client::ConsumedCapacity>{{.table_name = "things", .capacity_units = 1.0}}));
    // Another token is another request.
    request.client_request_token = "token-2";
    engine.transact_write_items(request);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 3}}));
}

TEST_F(EngineTransactions, ATokenUsedForAnotherRequestIsAMismatch) {
    client::TransactWriteItemsRequest request =
        transaction({update_action("things", {{"id", "a"}}, "ADD n :one", Item{{":one", 1}})});
    request.client_request_token = "token";
    engine.transact_write_items(request);
    client::TransactWriteItemsRequest other = request;
    (*other.transact_items)[0].update->expression_attribute_values = Item{{":one", 5}};
    const ServiceError error = error_of([&] { engine.transact_write_items(other); });
    EXPECT_EQ(error.code(), "IdempotentParameterMismatchException");
    EXPECT_EQ(error.message(),
              "The request uses the same client token as a previous, but non-identical request.");
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 2}}));
}

TEST_F(EngineTransactions, ACancelledTransactionLeavesItsTokenFree) {
    client::TransactWriteItemsRequest request =
        transaction({put_action("things", {{"id", "c"}}, "attribute_exists(id)")});
    request.client_request_token = "retry";
    EXPECT_EQ(reasons_of([&] { engine.transact_write_items(request); }),
              std::vector<client::CancellationReason>{condition_failed()});
    put(engine, "things", {{"id", "c"}, {"stale", true}});
    engine.transact_write_items(request);
    EXPECT_EQ(get(engine, "things", {{"id", "c"}}), (Item{{"id", "c"}}));
}

TEST(TransactionTokens, TokensExpireTenMinutesAfterTheirRequestSucceeded) {
    using Clock = TransactionTokens::Clock;
    TransactionTokens tokens;
    const TransactionTokens::Digest first{1};
    const TransactionTokens::Digest second{2};
    const Clock::time_point start{};
    EXPECT_EQ(tokens.claim("t", first, start), TransactionTokens::Claim::New);
    // The same request while the first still runs.
    EXPECT_EQ(error_of([&] { tokens.claim("t", first, start); }).code(),
              "TransactionInProgressException");
    EXPECT_EQ(error_of([&] { tokens.claim("t", second, start); }).code(),
              "IdempotentParameterMismatchException");
    tokens.finish("t", start + std::chrono::minutes(1));
    EXPECT_EQ(tokens.claim("t", first, start + std::chrono::minutes(10)),
              TransactionTokens::Claim::Repeat);
    EXPECT_EQ(error_of([&] { tokens.claim("t", second, start + std::chrono::minutes(10)); }).code(),
              "IdempotentParameterMismatchException");
    // Ten minutes after it finished, the token is new again, for any request.
    EXPECT_EQ(tokens.claim("t", second, start + std::chrono::minutes(11)),
              TransactionTokens::Claim::New);
    tokens.release("t");
    EXPECT_EQ(tokens.claim("t", first, start + std::chrono::minutes(12)),
              TransactionTokens::Claim::New);
}

TEST(TransactionTokens, AReleasedTokenIsFree) {
    TransactionTokens tokens;
    const TransactionTokens::Clock::time_point now{};
    EXPECT_EQ(tokens.claim("t", {1}, now), TransactionTokens::Claim::New);
    {
        TokenClaim claim(tokens, "t");  // released when it goes out of scope unfinished
    }
    EXPECT_EQ(tokens.claim("t", {2}, now), TransactionTokens::Claim::New);
    {
        TokenClaim claim(tokens, "t");
        claim.finish(now);
    }
    EXPECT_EQ(tokens.claim("t", {2}, now), TransactionTokens::Claim::Repeat);
}

// ---- TransactGetItems -----------------------------------------------------------------------

TEST_F(EngineTransactions, GetAnswersInRequestOrderWithEmptyAnswersForMissingItems) {
    put(engine, "things", {{"id", "m"}, {"details", Map{{"x", 1}, {"y", 2}}}, {"n", 4}});
    client::TransactGetItemsRequest request{
        .transact_items = std::vector<client::TransactGetItem>{
            get_action("things", {{"id", "b"}}),
            get_action("books", {{"author", "a"}, {"title", "missing"}}),
            get_action("things", {{"id", "m"}}, "details.y, n"),
            get_action("books", {{"author", "a"}, {"title", "t"}})}};
    const auto answer = engine.transact_get_items(request);
    ASSERT_TRUE(answer.responses.has_value());
    EXPECT_EQ(*answer.responses,
              (std::vector<client::ItemResponse>{
                  {.item = Item{{"id", "b"}, {"n", 2}}},
                  {},
                  {.item = Item{{"details", Map{{"y", 2}}}, {"n", 4}}},
                  {.item = Item{{"author", "a"}, {"title", "t"}, {"copies", 3}}}}));
    EXPECT_EQ(answer.consumed_capacity, std::nullopt);
}

TEST_F(EngineTransactions, GetConsumesTwoReadUnitsPer4KilobytesPerItem) {
    put(engine, "things", {{"id", "large"}, {"pad", text(5000)}});
    client::TransactGetItemsRequest request{
        .transact_items =
            std::vector<client::TransactGetItem>{
                get_action("things", {{"id", "large"}}),
                get_action("books", {{"author", "x"}, {"title", "y"}}),
                get_action("things", {{"id", "a"}})},
        .return_consumed_capacity = client::ReturnConsumedCapacity::Total};
    EXPECT_EQ(engine.transact_get_items(request).consumed_capacity,
              (std::vector<client::ConsumedCapacity>{
                  {.table_name = "things", .capacity_units = 4.0 + 2.0},
                  {.table_name = "books", .capacity_units = 2.0}}));
}

TEST_F(EngineTransactions, GetRefusals) {
    const auto get_items = [&](std::vector<client::TransactGetItem> items) {
        return [this, items] { engine.transact_get_items({.transact_items = items}); };
    };
    EXPECT_EQ(failure(get_items(
                  {get_action("things", {{"id", "a"}}), get_action("nothing", {{"id", "a"}})})),
              "ResourceNotFoundException: Requested resource not found");
    EXPECT_EQ(reasons_of(get_items(
                  {get_action("things", {{"id", "a"}}), get_action("things", {{"key", "b"}})})),
              (std::vector<client::CancellationReason>{
                  none(), validation_error("The provided key element does not match the schema")}));
    EXPECT_EQ(failure(get_items(
                  {get_action("things", {{"id", "a"}}), get_action("things", {{"id", "a"}}, "n")})),
              invalid("Transaction request cannot include multiple operations on one item"));
    EXPECT_EQ(failure(get_items({get_action("things", {{"id", "a"}}, "id[0]")})),
              invalid("Key attributes must be scalars; list random access '[]' and map lookup "
                      "'.' are not allowed: Key: id"));
    EXPECT_EQ(failure(get_items({get_action("things", {{"id", ""}})})),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: id"));
}

// ---- Persistence ----------------------------------------------------------------------------

TEST(EngineTransactionPersistence, APersistentEngineKeepsAllOfATransactionOrNothing) {
    const auto directory = std::filesystem::temp_directory_path() /
                           ("dynamorm-transactions-" + std::to_string(std::random_device{}()));
    const EngineOptions options{.directory = directory.string()};
    {
        Engine engine(options);
        create(engine, {.name = "things"});
        create(engine, {.name = "books", .hash = {"author"}, .range = Key{"title"}});
        put(engine, "things", {{"id", "a"}, {"n", 1}});
        put(engine, "things", {{"id", "gone"}});
        engine.transact_write_items(
            transaction({update_action("things", {{"id", "a"}}, "ADD n :one", Item{{":one", 1}}),
                         delete_action("things", {{"id", "gone"}}),
                         put_action("books", {{"author", "a"}, {"title", "t"}})}));
        EXPECT_EQ(reasons_of([&] {
                      engine.transact_write_items(transaction(
                          {put_action("things", {{"id", "never"}}),
                           check_action("things", {{"id", "gone"}}, "attribute_exists(id)")}));
                  }),
                  (std::vector<client::CancellationReason>{none(), condition_failed()}));
    }
    {
        Engine engine(options);
        EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 2}}));
        EXPECT_EQ(get(engine, "things", {{"id", "gone"}}), std::nullopt);
        EXPECT_EQ(get(engine, "things", {{"id", "never"}}), std::nullopt);
        EXPECT_EQ(get(engine, "books", {{"author", "a"}, {"title", "t"}}),
                  (Item{{"author", "a"}, {"title", "t"}}));
    }
    std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace dynamorm::local
