#include "case_file.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "dynamorm/value/error.hpp"

namespace conformance {

namespace json = dynamorm::json;

namespace {

std::runtime_error malformed(const std::string& path, const std::string& what) {
    return std::runtime_error("case file " + path + ": " + what);
}

const json::Value& member(const json::Value& object, std::string_view name,
                          const std::string& where) {
    const json::Value* found = object.find(name);
    if (found == nullptr) throw std::runtime_error(where + ": no \"" + std::string(name) + "\"");
    return *found;
}

// {"$repeat": [text, count]} → text repeated count times, anywhere in `value`.
json::Value expand_repeats(const json::Value& value) {
    if (value.is_array()) {
        json::Array out;
        for (const json::Value& element : value.as_array())
            out.push_back(expand_repeats(element));
        return json::Value(std::move(out));
    }
    if (!value.is_object()) return value;
    if (const json::Value* repeat = value.find("$repeat"); repeat != nullptr && value.size() == 1) {
        const std::string& text = repeat->at(0).as_string();
        const std::int64_t count = repeat->at(1).as_int64();
        std::string out;
        for (std::int64_t i = 0; i < count; ++i)
            out += text;
        return json::Value(std::move(out));
    }
    json::Object out;
    for (const auto& [name, member] : value.as_object()) {
        out.emplace_back(name, expand_repeats(member));
    }
    return json::Value(std::move(out));
}

Step read_step(const json::Value& value, const std::string& where) {
    if (!value.is_object()) throw std::runtime_error(where + ": a step must be an object");
    for (const auto& [name, unused] : value.as_object()) {
        if (name != "op" && name != "request" && name != "differs" && name != "at" &&
            name != "engine") {
            throw std::runtime_error(where + ": unknown member \"" + name + "\"");
        }
    }
    Step step;
    step.op = member(value, "op", where).as_string();
    step.request = expand_repeats(member(value, "request", where));
    if (!step.request.is_object()) throw std::runtime_error(where + ": request must be an object");
    if (const json::Value* differs = value.find("differs")) {
        if (differs->is_string()) {
            step.differs.push_back(differs->as_string());
        } else {
            for (const json::Value& reason : differs->as_array()) {
                step.differs.push_back(reason.as_string());
            }
        }
        for (const std::string& reason : step.differs) {
            if (reason.empty()) throw std::runtime_error(where + ": empty \"differs\"");
        }
        if (step.differs.empty()) throw std::runtime_error(where + ": empty \"differs\"");
    }
    if (const json::Value* at = value.find("at")) {
        if (step.differs.empty()) {
            throw std::runtime_error(where + ": \"at\" without \"differs\"");
        }
        for (const json::Value& path : at->as_array())
            step.at.push_back(path.as_string());
        if (step.at.empty()) throw std::runtime_error(where + ": empty \"at\"");
    }
    if (const json::Value* engine = value.find("engine")) step.engine = *engine;
    return step;
}

}  // namespace

std::vector<Case> load_case_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw malformed(path, "cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    json::Value document;
    try {
        document = json::parse(text.str());
    } catch (const dynamorm::JsonError& error) {
        throw malformed(path, std::string("not JSON: ") + error.what());
    }
    std::vector<Case> cases;
    try {
        for (const json::Value& entry : member(document, "cases", path).as_array()) {
            Case c;
            c.name = member(entry, "name", path).as_string();
            const std::string where = path + ": case \"" + c.name + "\"";
            const auto& steps = member(entry, "steps", where).as_array();
            for (std::size_t i = 0; i < steps.size(); ++i) {
                c.steps.push_back(read_step(steps[i], where + " step " + std::to_string(i + 1)));
            }
            if (c.steps.empty()) throw std::runtime_error(where + ": no steps");
            cases.push_back(std::move(c));
        }
    } catch (const dynamorm::JsonError& error) {
        throw malformed(path, error.what());
    }
    return cases;
}

std::vector<std::string> case_files(const std::string& directory) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace conformance
