#include "workflow/Lifecycle.h"

#include "net/Clock.h"

#include <QDateTime>
#include <array>

namespace relance {

namespace {
using S = ReminderState;

// Every way a reminder's state may change, taken from what the program does. Sent, rejected and cancelled are final:
// a new reminder is drafted instead. Self-transitions are listed where the same state is written again on purpose.
constexpr std::array kTable{
    // Drafting reserves a row in `drafted` before the text exists.
    LifecycleTransition{S::Drafted, S::NeedsReview, "the draft is written (drafting/DraftingService)"},
    LifecycleTransition{S::Drafted, S::Approved, "auto-send policy approves a light reminder (mail/AutoSend)"},
    LifecycleTransition{
        S::Drafted, S::Cancelled,
        "drafting cancelled or interrupted (drafting/DraftingService, Candidates); invoice paid (sync/SyncStore)"},
    // Waiting for a reviewer.
    LifecycleTransition{S::NeedsReview, S::NeedsReview,
                        "rewritten on request, stays in review (DraftingService::regenerate)"},
    LifecycleTransition{S::NeedsReview, S::Approved,
                        "a reviewer approves (workflow/ReviewActions); auto-send policy (mail/AutoSend)"},
    LifecycleTransition{S::NeedsReview, S::Rejected, "a reviewer rejects (workflow/ReviewActions)"},
    LifecycleTransition{S::NeedsReview, S::Snoozed, "a reviewer snoozes until a date (workflow/ReviewActions)"},
    LifecycleTransition{S::NeedsReview, S::Cancelled, "invoice paid (sync/SyncStore)"},
    // Put aside until a date.
    LifecycleTransition{S::Snoozed, S::Snoozed, "snoozed again to another date (workflow/ReviewActions)"},
    LifecycleTransition{S::Snoozed, S::NeedsReview, "the snooze date came (drafting/Candidates wakeSnoozedReminders)"},
    LifecycleTransition{S::Snoozed, S::Rejected, "a reviewer rejects (workflow/ReviewActions)"},
    LifecycleTransition{S::Snoozed, S::Cancelled, "invoice paid (sync/SyncStore)"},
    // Waiting for the sender.
    LifecycleTransition{S::Approved, S::Sending, "the sender claims it (mail/Outbox claimNext)"},
    LifecycleTransition{S::Approved, S::NeedsReview,
                        "the re-check before sending wants a person: disputed, amount changed, do-not-chase, client "
                        "replied (mail/Outbox)"},
    LifecycleTransition{S::Approved, S::Failed, "the re-check before sending finds no usable recipient (mail/Outbox)"},
    LifecycleTransition{S::Approved, S::Cancelled,
                        "the re-check before sending finds it paid (mail/Outbox); invoice paid (sync/SyncStore)"},
    // Being sent: one workstation holds the claim.
    LifecycleTransition{S::Sending, S::Sent, "the mail system accepted it (mail/Outbox markSent)"},
    LifecycleTransition{S::Sending, S::Failed,
                        "a permanent refusal, or an ambiguous outcome for a person (mail/Outbox markFailed)"},
    LifecycleTransition{S::Sending, S::Approved,
                        "released without a draft: the next run sends it (mail/Outbox release)"},
    LifecycleTransition{S::Sending, S::NeedsReview,
                        "the re-check of a claimed reminder wants a person (mail/Outbox recheckSending)"},
    LifecycleTransition{S::Sending, S::Cancelled,
                        "the re-check of a claimed reminder finds it paid (mail/Outbox recheckSending)"},
    // A person decides an ambiguous send.
    LifecycleTransition{S::Failed, S::Sent, "a person confirms an ambiguous send went out (mail/OutboxReview)"},
    LifecycleTransition{S::Failed, S::Approved,
                        "a person says an ambiguous send never left: send again (mail/OutboxReview)"},
};

Error forbidden(qint64 id, ReminderState from, ReminderState to)
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("reminder %1 cannot go from %2 to %3")
                                                 .arg(id)
                                                 .arg(reminderStateName(from), reminderStateName(to))};
}

// Runs fn in the caller's transaction, or in one of its own.
Result<void> inTransaction(Database& db, const std::function<Result<void>()>& fn)
{
    return db.inTransaction() ? fn() : db.transaction(fn);
}
} // namespace

Result<void> auditReminder(Store& store, qint64 id, const QString& actor, const QString& action, const QString& detail)
{
    AuditEvent e;
    e.at = store.clock().nowUtc();
    e.actor = actor;
    e.entity = QStringLiteral("reminder");
    e.entityId = QString::number(id);
    e.action = action;
    e.detail = detail.isEmpty() ? QStringLiteral("{}") : detail;
    return store.appendAudit(e);
}

namespace lifecycle {

std::span<const LifecycleTransition> transitions()
{
    return kTable;
}

bool allowed(ReminderState from, ReminderState to)
{
    for (const auto& t : kTable)
        if (t.from == from && t.to == to)
            return true;
    return false;
}

bool isFinal(ReminderState s)
{
    for (const auto& t : kTable)
        if (t.from == s)
            return false;
    return true;
}

QString transitionAction(ReminderState from, ReminderState to)
{
    return QStringLiteral("state:%1->%2").arg(reminderStateName(from), reminderStateName(to));
}

Result<void> create(Store& store, Reminder& r, const LifecycleChange& change)
{
    if (r.state != kInitialState)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a new reminder starts %1, not %2")
                                                    .arg(reminderStateName(kInitialState), reminderStateName(r.state)));
    return inTransaction(store.database(), [&]() -> Result<void> {
        if (auto ok = store.insertReminder(r); !ok)
            return ok;
        return auditReminder(store, r.id, change.actor,
                             change.action.isEmpty() ? QStringLiteral("created") : change.action, change.detail);
    });
}

Result<void> transition(Store& store, Reminder& r, ReminderState to, const LifecycleChange& change)
{
    const ReminderState from = r.state;
    if (!allowed(from, to))
        return std::unexpected(forbidden(r.id, from, to));
    const int version = r.version;
    auto ok = inTransaction(store.database(), [&]() -> Result<void> {
        r.state = to;
        // Store::updateReminder writes the whole row, version-checked; in core only this owner changes its state.
        if (auto u = store.updateReminder(r); !u)
            return u;
        return auditReminder(store, r.id, change.actor,
                             change.action.isEmpty() ? transitionAction(from, to) : change.action, change.detail);
    });
    if (!ok) {
        r.state = from;
        r.version = version;
    }
    return ok;
}

Result<void> transition(Store& store, qint64 id, ReminderState from, ReminderState to, const QString& reason,
                        const LifecycleChange& change, std::optional<int> expectedVersion)
{
    if (!allowed(from, to))
        return std::unexpected(forbidden(id, from, to));
    Database& db = store.database();
    return inTransaction(db, [&]() -> Result<void> {
        QString sql =
            QStringLiteral("UPDATE reminders SET state = ?, reason = ?, version = version + 1, updated_at = ?, "
                           "updated_by = ? WHERE id = ? AND state = ?");
        if (expectedVersion)
            sql += QStringLiteral(" AND version = ?");
        auto q = db.prepare(sql, QStringLiteral("changing the state of a reminder"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(reminderStateName(to));
        q->addBindValue(reason.isNull() ? QStringLiteral("") : reason); // NOT NULL: empty, not NULL
        q->addBindValue(timeValue(db.clock().nowUtc()));
        q->addBindValue(change.actor);
        q->addBindValue(id);
        q->addBindValue(reminderStateName(from));
        if (expectedVersion)
            q->addBindValue(*expectedVersion);
        if (auto ok = db.run(*q, QStringLiteral("moving reminder %1 to %2").arg(id).arg(reminderStateName(to))); !ok)
            return ok;
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::Conflict,
                        QStringLiteral("reminder %1 is no longer %2%3")
                            .arg(id)
                            .arg(reminderStateName(from),
                                 expectedVersion ? QStringLiteral(" at version %1").arg(*expectedVersion) : QString()));
        q->finish();
        return auditReminder(store, id, change.actor,
                             change.action.isEmpty() ? transitionAction(from, to) : change.action, change.detail);
    });
}

} // namespace lifecycle
} // namespace relance
