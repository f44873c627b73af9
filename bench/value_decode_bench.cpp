// Decoding and encoding a ~1 MB Query response page, against a plain simdjson parse of the
// same bytes. Figures and how to run: BENCHMARKS.md.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <random>
#include <string>
#include <vector>

#include "dynamorm/value/json.hpp"

namespace {

using namespace dynamorm;

constexpr std::size_t kPageBytes = 1 << 20;

std::string random_word(std::mt19937& rng, int min, int max) {
    std::string word(static_cast<std::size_t>(min + static_cast<int>(rng() % (max - min + 1))),
                     'a');
    for (char& c : word)
        c = static_cast<char>('a' + rng() % 26);
    return word;
}

// Ten attributes, as a typical user record: strings, numbers, a bool, a list, a nested map.
Item make_item(std::mt19937& rng, int index) {
    return Item{
        {"id", "user-" + std::to_string(index) + "-" + random_word(rng, 12, 12)},
        {"name", random_word(rng, 4, 9) + " " + random_word(rng, 5, 12)},
        {"email", random_word(rng, 5, 10) + "@example.com"},
        {"age", static_cast<int>(18 + rng() % 70)},
        {"balance", Number(std::to_string(rng() % 100000) + "." + std::to_string(rng() % 100))},
        {"created", static_cast<long long>(1600000000 + rng() % 100000000)},
        {"active", rng() % 2 == 0},
        {"tags", AttributeValue{random_word(rng, 3, 8), random_word(rng, 3, 8),
                                static_cast<int>(rng() % 1000)}},
        {"address",
         Map{{"street", std::to_string(rng() % 999) + " " + random_word(rng, 5, 10) + " Street"},
             {"city", random_word(rng, 4, 10)},
             {"zip", static_cast<int>(10000 + rng() % 89999)}}},
        {"bio", random_word(rng, 20, 60)},
    };
}

struct Page {
    std::vector<Item> items;
    std::string body;
};

const Page& page() {
    static const Page page = [] {
        Page p;
        std::mt19937 rng(12345);
        std::string items_json;
        while (items_json.size() < kPageBytes - 200) {
            if (!p.items.empty()) items_json += ',';
            p.items.push_back(make_item(rng, static_cast<int>(p.items.size())));
            encode_to(p.items.back(), items_json);
        }
        json::Writer w(p.body);
        w.begin_object().key("Items").raw("[" + items_json + "]");
        w.member("Count", p.items.size()).member("ScannedCount", p.items.size());
        w.key("LastEvaluatedKey").item(Item{{"id", p.items.back().at("id")}});
        w.end_object();
        return p;
    }();
    return page;
}

void report(benchmark::State& state) {
    const auto& p = page();
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * p.body.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * p.items.size()));
    state.counters["page_bytes"] = static_cast<double>(p.body.size());
    state.counters["page_items"] = static_cast<double>(p.items.size());
}

// The baseline: simdjson's DOM parse of the page (validating, building its tape), from a
// padded copy made once.
void BM_SimdjsonDomParse(benchmark::State& state) {
    const simdjson::padded_string padded(page().body);
    simdjson::dom::parser parser;
    for (auto _ : state) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS) state.SkipWithError("parse");
        benchmark::DoNotOptimize(root);
    }
    report(state);
}
BENCHMARK(BM_SimdjsonDomParse)->Unit(benchmark::kMicrosecond);

// Text to std::vector<Item>, ItemPage's other members included; the page is freed in the loop.
void BM_DecodePage(benchmark::State& state) {
    const std::string& body = page().body;
    for (auto _ : state) {
        ItemPage decoded = decode_page(body);
        benchmark::DoNotOptimize(decoded.items.data());
    }
    report(state);
}
BENCHMARK(BM_DecodePage)->Unit(benchmark::kMicrosecond);

// The same, with freeing the decoded items left out of the timing.
void BM_DecodePageNoFree(benchmark::State& state) {
    const std::string& body = page().body;
    for (auto _ : state) {
        ItemPage decoded = decode_page(body);
        benchmark::DoNotOptimize(decoded.items.data());
        state.PauseTiming();
        decoded = ItemPage{};
        state.ResumeTiming();
    }
    report(state);
}
BENCHMARK(BM_DecodePageNoFree)->Unit(benchmark::kMicrosecond);

// For scale: copying the decoded items (the same allocations a decode makes, with no parsing)
// and freeing the copy.
void BM_CopyItems(benchmark::State& state) {
    const Page& p = page();
    for (auto _ : state) {
        std::vector<Item> copy = p.items;
        benchmark::DoNotOptimize(copy.data());
    }
    report(state);
}
BENCHMARK(BM_CopyItems)->Unit(benchmark::kMicrosecond);

// The generic path: json::parse into json::Value, then to_item for each element.
void BM_ParseThenConvert(benchmark::State& state) {
    const std::string& body = page().body;
    for (auto _ : state) {
        const json::Value doc = json::parse(body);
        std::vector<Item> items;
        const json::Array& array = doc.at("Items").as_array();
        items.reserve(array.size());
        for (const json::Value& item : array)
            items.push_back(to_item(item));
        benchmark::DoNotOptimize(items.data());
    }
    report(state);
}
BENCHMARK(BM_ParseThenConvert)->Unit(benchmark::kMicrosecond);

// Items to the same page text.
void BM_EncodePage(benchmark::State& state) {
    const Page& p = page();
    std::string body;
    for (auto _ : state) {
        body.clear();
        json::Writer w(body);
        w.begin_object().key("Items").begin_array();
        for (const Item& item : p.items)
            w.item(item);
        w.end_array().member("Count", p.items.size()).member("ScannedCount", p.items.size());
        w.key("LastEvaluatedKey").item(Item{{"id", p.items.back().at("id")}});
        w.end_object();
        benchmark::DoNotOptimize(body.data());
    }
    if (body != p.body) state.SkipWithError("encoding differs from the page");
    report(state);
}
BENCHMARK(BM_EncodePage)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
