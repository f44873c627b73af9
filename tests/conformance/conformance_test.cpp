// The differential test: every case of tests/conformance/cases/*.json runs on the embedded
// engine and on dynalite, and each step's answers must agree field by field (after
// normalize.hpp), errors' codes and messages included, or differ where the case declares why.
// One dynalite serves the whole program (tests/support/dynalite_server.hpp).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "case_file.hpp"
#include "case_runner.hpp"
#include "dynalite_server.hpp"
#include "dynamorm/client/http_client.hpp"
#include "json_diff.hpp"

namespace {

namespace dc = dynamorm::client;
using namespace conformance;

const std::string kCases = DYNAMORM_SOURCE_DIR "/tests/conformance/cases";
const std::string kCompatibility = DYNAMORM_SOURCE_DIR "/docs/compatibility.md";
constexpr std::string_view kDifferencesSection =
    "## Differences from dynalite found by the conformance tests";

dc::Client& dynalite() {
    static dc::HttpClient client([] {
        dc::HttpClientOptions o;
        o.endpoint = dynamorm::test::dynalite_endpoint();
        o.region = "us-east-1";
        o.credentials = {"AKIDCONFORMANCE", "conformance-secret", ""};
        o.retry.max_attempts = 1;  // dynalite does not throttle; an error is an answer
        return o;
    }());
    return client;
}

std::string step_name(std::size_t index, const Step& step) {
    return "step " + std::to_string(index + 1) + " (" + step.op + ")";
}

// A step without "differs" must agree everywhere. With "differs" and "at", each named member
// must differ and the rest agree; with "differs" alone, the answers must differ somewhere.
void compare(const std::string& where, const Step& step, const StepOutcomes& outcomes) {
    auto report = [&](const std::string& what, const Difference& difference) {
        ADD_FAILURE() << where << " " << what << " at "
                      << describe(difference, "engine  ", "dynalite")
                      << "\nengine:   " << outcomes.engine.dump()
                      << "\ndynalite: " << outcomes.dynalite.dump();
    };
    if (step.differs.empty()) {
        if (const auto d = first_difference(outcomes.engine, outcomes.dynalite)) {
            report("differs", *d);
        }
        return;
    }
    if (step.at.empty()) {
        EXPECT_TRUE(first_difference(outcomes.engine, outcomes.dynalite))
            << where << " is declared to differ (" << ::testing::PrintToString(step.differs)
            << ") but both answer " << outcomes.engine.dump();
        return;
    }
    dynamorm::json::Value engine = outcomes.engine;
    dynamorm::json::Value dynalite = outcomes.dynalite;
    for (const std::string& path : step.at) {
        const auto a = take_member(engine, path);
        const auto b = take_member(dynalite, path);
        EXPECT_NE(a, b) << where << " is declared to differ ("
                        << ::testing::PrintToString(step.differs) << ") at " << path
                        << " but both answer " << (a ? a->dump() : "(absent)");
    }
    if (const auto d = first_difference(engine, dynalite)) {
        report("differs outside the declared members", *d);
    }
}

void run_case(const Case& c) {
    CaseRunner runner(dynalite(), dynamorm::test::unique_table_name("conf") + "-");
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        const Step& step = c.steps[i];
        const std::string where = "case \"" + c.name + "\", " + step_name(i, step);
        StepOutcomes outcomes;
        try {
            outcomes = runner.run(step);
        } catch (const std::exception& error) {
            ADD_FAILURE() << where << ": " << error.what();
            return;
        }
        compare(where, step, outcomes);
        if (step.engine) {
            if (const auto missing = first_missing(*step.engine, outcomes.engine)) {
                ADD_FAILURE() << where << ": the engine's answer is not the one expected at "
                              << describe(*missing, "expected", "engine  ")
                              << "\nengine: " << outcomes.engine.dump();
            }
        }
    }
}

class Conformance : public ::testing::TestWithParam<std::string> {};

TEST_P(Conformance, EngineAnswersAsDynalite) {
    const std::vector<Case> cases = load_case_file(GetParam());
    ASSERT_FALSE(cases.empty());
    for (const Case& c : cases)
        run_case(c);
}

std::string file_test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = std::filesystem::path(info.param).stem().string();
    for (char& ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(case_files(kCases)),
                         file_test_name);

// `text` with every run of white space (line breaks and indentation included) made one space.
std::string collapse_spaces(const std::string& text) {
    std::string out;
    for (const char ch : text) {
        const bool space = std::isspace(static_cast<unsigned char>(ch)) != 0;
        if (!space) {
            out += ch;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    return out;
}

// Every declared difference is explained to users: its reason appears, word for word (lines may
// break anywhere), in the section of docs/compatibility.md that lists them.
TEST(ConformanceCases, DeclaredDifferencesAreInTheCompatibilityNotes) {
    std::ifstream in(kCompatibility);
    ASSERT_TRUE(in) << kCompatibility;
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const std::size_t section = doc.find(kDifferencesSection);
    ASSERT_NE(section, std::string::npos) << "no section \"" << kDifferencesSection << "\"";
    const std::size_t next = doc.find("\n## ", section + kDifferencesSection.size());
    const std::string notes = collapse_spaces(doc.substr(section, next - section));

    std::size_t steps = 0;
    for (const std::string& file : case_files(kCases)) {
        for (const Case& c : load_case_file(file)) {
            for (std::size_t i = 0; i < c.steps.size(); ++i) {
                ++steps;
                for (const std::string& reason : c.steps[i].differs) {
                    EXPECT_NE(notes.find(collapse_spaces(reason)), std::string::npos)
                        << file << ": case \"" << c.name << "\", " << step_name(i, c.steps[i])
                        << ": the reason \"" << reason << "\" is not in " << kCompatibility;
                }
            }
        }
    }
    EXPECT_GT(steps, 0u);
}

}  // namespace
