#pragma once
// The one owner of a reminder's life: which state may follow which (one table, Lifecycle.cpp), and the only code that
// writes `reminders.state`. Every change checks the table, writes the row version-checked and appends its audit entry
// in the same transaction (the caller's when one is open). A transition the table does not list is an error and writes
// nothing. Why each transition exists: core/workflow/README.md and the table itself.
#include "domain/Domain.h"
#include "storage/Store.h"

#include <optional>
#include <span>

namespace relance {

struct LifecycleTransition
{
    ReminderState from;
    ReminderState to;
    const char* why; // who takes it, in a few words
};

// How an audited change is recorded.
struct LifecycleChange
{
    QString actor;  // OS user, "system", "auto-send-policy", ...
    QString action; // audit action; empty: "state:<from>-><to>"
    QString detail; // audit detail, a JSON object; empty: "{}"
};

namespace lifecycle {

// Every allowed transition, each once.
std::span<const LifecycleTransition> transitions();
bool allowed(ReminderState from, ReminderState to);
// The state a new reminder starts in (drafting reserves its row before the text exists).
constexpr ReminderState kInitialState = ReminderState::Drafted;
// No transition leaves these.
bool isFinal(ReminderState s);
// "state:needs-review->approved": the audit action of a plain transition.
QString transitionAction(ReminderState from, ReminderState to);

// Inserts a new reminder (its state must be kInitialState) and its "created"-style audit entry.
Result<void> create(Store& store, Reminder& reminder, const LifecycleChange& change);

// Moves a reminder the caller has loaded (and perhaps edited) to `to`: reminder.state is the state it was loaded in,
// reminder.version the version it was loaded at. Saves every field with the new state (refused with Conflict when the
// stored version moved on), sets reminder.state and increments reminder.version, and appends the audit entry.
// A transition the table does not allow: InvalidArgument naming both states, nothing written, reminder unchanged.
Result<void> transition(Store& store, Reminder& reminder, ReminderState to, const LifecycleChange& change);

// Moves reminder `id` from `from` to `to` without loading it: only state, reason, version, updated_at and updated_by
// change. Refused with Conflict when the row is not in `from` (or not at `expectedVersion` when given).
Result<void> transition(Store& store, qint64 id, ReminderState from, ReminderState to, const QString& reason,
                        const LifecycleChange& change, std::optional<int> expectedVersion = std::nullopt);

} // namespace lifecycle

// One audit event for a reminder (entity "reminder"), in the caller's transaction or its own.
Result<void> auditReminder(Store& store, qint64 id, const QString& actor, const QString& action,
                           const QString& detailJson = {});

} // namespace relance
