// The one traversal behind both the renderer (names and values as placeholders) and
// explain() (names and values inline). A sink decides how a path and a value are written.
#pragma once

#include <concepts>
#include <string>
#include <type_traits>
#include <variant>

#include "dynamorm/expr/ast.hpp"

namespace dynamorm::expr::detail {

template <class T>
concept WriterSink = requires(T& sink, std::string& out, const Path& path,
                              const AttributeValue& value, const Condition::In& in) {
    sink.path(out, path);
    sink.value(out, value);
    sink.check_in(in);
};

/// How tightly a condition binds: OR < AND < NOT < everything else (comparisons, BETWEEN,
/// IN and functions), as in DynamoDB's grammar.
enum class Binding { Or = 1, And = 2, Not = 3, Atom = 4 };

inline Binding binding(const Condition& condition) noexcept {
    const auto& node = condition.node();
    if (std::holds_alternative<Condition::Or>(node)) return Binding::Or;
    if (std::holds_alternative<Condition::And>(node)) return Binding::And;
    if (std::holds_alternative<Condition::Not>(node)) return Binding::Not;
    return Binding::Atom;
}

template <WriterSink Sink>
class Writer {
  public:
    Writer(std::string& out, Sink& sink) : out_(out), sink_(sink) {}

    void path(const Path& path) { sink_.path(out_, path); }

    void operand(const Operand& operand) {
        std::visit([this](const auto& node) { this->write_operand(node); }, operand.node());
    }

    void condition(const Condition& condition) {
        std::visit([this](const auto& node) { this->write_condition(node); }, condition.node());
    }

    void update(const Update& update) {
        const char* separator = "";
        if (!update.set.empty()) {
            out_ += separator;
            out_ += "SET ";
            list(update.set, [this](const Update::Set& action) {
                path(action.path);
                out_ += " = ";
                operand(action.value);
            });
            separator = " ";
        }
        if (!update.remove.empty()) {
            out_ += separator;
            out_ += "REMOVE ";
            list(update.remove, [this](const Path& removed) { path(removed); });
            separator = " ";
        }
        if (!update.add.empty()) {
            out_ += separator;
            out_ += "ADD ";
            list(update.add, [this](const Update::Add& action) {
                path(action.path);
                out_ += ' ';
                sink_.value(out_, action.value);
            });
            separator = " ";
        }
        if (!update.del.empty()) {
            out_ += separator;
            out_ += "DELETE ";
            list(update.del, [this](const Update::Delete& action) {
                path(action.path);
                out_ += ' ';
                sink_.value(out_, action.value);
            });
        }
    }

    void projection(const Projection& projection) {
        list(projection.paths, [this](const Path& projected) { path(projected); });
    }

  private:
    template <class Items, class Write>
    void list(const Items& items, Write write) {
        bool first = true;
        for (const auto& item : items) {
            if (!first) out_ += ", ";
            first = false;
            write(item);
        }
    }

    void write_operand(const Path& node) { path(node); }
    void write_operand(const AttributeValue& node) { sink_.value(out_, node); }
    void write_operand(const Operand::Size& node) {
        out_ += "size(";
        path(node.path);
        out_ += ')';
    }
    void write_operand(const Operand::IfNotExists& node) {
        out_ += "if_not_exists(";
        path(node.path);
        out_ += ", ";
        operand(node.fallback);
        out_ += ')';
    }
    void write_operand(const Operand::ListAppend& node) {
        out_ += "list_append(";
        operand(node.first);
        out_ += ", ";
        operand(node.second);
        out_ += ')';
    }
    void write_operand(const Operand::Arithmetic& node) {
        // DynamoDB's grammar has a single `a + b`; a nested right-hand side keeps its
        // parentheses so that the tree is never reassociated.
        operand(node.lhs);
        out_ += node.op == Operand::Arithmetic::Op::Plus ? " + " : " - ";
        const bool nested = std::holds_alternative<Operand::Arithmetic>(node.rhs.node());
        if (nested) out_ += '(';
        operand(node.rhs);
        if (nested) out_ += ')';
    }

    void write_condition(const Condition::Compare& node) {
        operand(node.lhs);
        out_ += ' ';
        out_ += comparator_symbol(node.op);
        out_ += ' ';
        operand(node.rhs);
    }
    void write_condition(const Condition::Between& node) {
        operand(node.value);
        out_ += " BETWEEN ";
        operand(node.low);
        out_ += " AND ";
        operand(node.high);
    }
    void write_condition(const Condition::In& node) {
        sink_.check_in(node);
        operand(node.value);
        out_ += " IN (";
        list(node.candidates, [this](const Operand& candidate) { operand(candidate); });
        out_ += ')';
    }
    void write_condition(const Condition::And& node) {
        binary(node.lhs, " AND ", node.rhs, Binding::And);
    }
    void write_condition(const Condition::Or& node) {
        binary(node.lhs, " OR ", node.rhs, Binding::Or);
    }
    void write_condition(const Condition::Not& node) {
        out_ += "NOT ";
        child(node.operand, binding(node.operand) < Binding::Not);
    }
    void write_condition(const Condition::AttributeExists& node) {
        function("attribute_exists", node.path);
    }
    void write_condition(const Condition::AttributeNotExists& node) {
        function("attribute_not_exists", node.path);
    }
    void write_condition(const Condition::AttributeType& node) {
        out_ += "attribute_type(";
        path(node.path);
        out_ += ", ";
        operand(node.type);
        out_ += ')';
    }
    void write_condition(const Condition::BeginsWith& node) {
        function("begins_with", node.subject, node.prefix);
    }
    void write_condition(const Condition::Contains& node) {
        function("contains", node.subject, node.operand);
    }

    void function(const char* name, const Path& argument) {
        out_ += name;
        out_ += '(';
        path(argument);
        out_ += ')';
    }
    void function(const char* name, const Operand& first, const Operand& second) {
        out_ += name;
        out_ += '(';
        operand(first);
        out_ += ", ";
        operand(second);
        out_ += ')';
    }

    // AND and OR are read left to right, so a left child of the same kind needs no
    // parentheses and a right child of the same kind keeps them: the text then parses back to
    // the very same tree.
    void binary(const Condition& lhs, const char* keyword, const Condition& rhs, Binding self) {
        child(lhs, binding(lhs) < self);
        out_ += keyword;
        child(rhs, binding(rhs) <= self);
    }
    void child(const Condition& condition, bool parenthesize) {
        if (parenthesize) out_ += '(';
        this->condition(condition);
        if (parenthesize) out_ += ')';
    }

    std::string& out_;
    Sink& sink_;
};

}  // namespace dynamorm::expr::detail
