#include "local/commit_writes.hpp"

#include <deque>

namespace dynamorm::local {
namespace {

void journal_writes(Journal& journal, const std::vector<ExecutedWrite>& writes) {
    std::deque<Item> keys;  // stable addresses for the changes pointing to them
    std::vector<ItemChange> changes;
    changes.reserve(writes.size());
    for (const ExecutedWrite& write : writes) {
        const Item* item = nullptr;
        switch (write.plan->kind) {
            case WriteKind::ConditionCheck:
                continue;
            case WriteKind::Put:
                item = write.plan->item;
                break;
            case WriteKind::Update:
                item = &*write.outcome->new_item;
                break;
            case WriteKind::Delete:
                break;
        }
        const Item& key = keys.emplace_back(write.table->key_item(*write.plan->key));
        changes.push_back(ItemChange{write.table->description.table_name.value(), &key, item});
    }
    if (!changes.empty()) journal.write(changes);
}

}  // namespace

void commit_writes(Journal* journal, const std::vector<ExecutedWrite>& writes) {
    if (journal != nullptr) journal_writes(*journal, writes);
    for (const ExecutedWrite& write : writes) {
        commit_write(*write.table, *write.plan, *write.outcome, /*journal_it=*/false);
    }
}

}  // namespace dynamorm::local
