// Number's hot paths: parsing and printing (every N value crosses the JSON codec through
// them), addition and comparison (ADD, SET a = a + :v, sort keys).
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/value/number.hpp"

namespace {

using dynamorm::Number;

const std::vector<std::string_view>& inputs(int kind) {
    static const std::vector<std::vector<std::string_view>> all = {
        {"0", "1", "42", "-7", "1000", "123456", "-99999", "2024"},
        {"3.14", "-0.5", "19.99", "0.001", "1234.5678", "-273.15", "2.718281828", "100.25"},
        {"3.1415926535897932384626433832795028841", "-12345678901234567890123456789012345678",
         "1.2345678901234567890123456789012345678e-130",
         "9.9999999999999999999999999999999999999e125"},
    };
    return all[static_cast<std::size_t>(kind)];
}

void BM_Parse(benchmark::State& state) {
    const auto& texts = inputs(static_cast<int>(state.range(0)));
    Number n;
    for (auto _ : state) {
        for (const auto text : texts) {
            Number::parse(text, n);
            benchmark::DoNotOptimize(n);
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(BM_Parse)->Arg(0)->Arg(1)->Arg(2)->ArgNames({"ints|decimals|long"});

void BM_AppendTo(benchmark::State& state) {
    std::vector<Number> numbers;
    for (const auto text : inputs(static_cast<int>(state.range(0))))
        numbers.emplace_back(text);
    std::string out;
    for (auto _ : state) {
        out.clear();
        for (const auto& n : numbers)
            n.append_to(out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(numbers.size()));
}
BENCHMARK(BM_AppendTo)->Arg(0)->Arg(1)->Arg(2);

void BM_ToString(benchmark::State& state) {
    std::vector<Number> numbers;
    for (const auto text : inputs(static_cast<int>(state.range(0))))
        numbers.emplace_back(text);
    for (auto _ : state) {
        for (const auto& n : numbers)
            benchmark::DoNotOptimize(n.to_string());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(numbers.size()));
}
BENCHMARK(BM_ToString)->Arg(0)->Arg(1)->Arg(2);

void BM_Add(benchmark::State& state) {
    const Number a("12345.678");
    const Number b("-0.0012");
    Number sum;
    for (auto _ : state) {
        sum = a + b;
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_Add);

void BM_Compare(benchmark::State& state) {
    const Number a("12345.678");
    const Number b("12345.6781");
    for (auto _ : state)
        benchmark::DoNotOptimize(a < b);
}
BENCHMARK(BM_Compare);

}  // namespace

BENCHMARK_MAIN();
