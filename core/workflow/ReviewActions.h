#pragma once
// What a reviewer does to a draft: approve, reject, snooze, edit, rewrite. Each is one transaction with an audit event
// (entity "reminder"), and each re-checks what it relies on: approving re-validates the text against the ledger as it
// is now and refuses a blocking finding unless an override reason is given (which is audited).
// Every action needs an active user with a role (Roles.h); overriding a blocking finding needs the admin role.
// Used by the review screen (GUI thread) and relance-cli; cheap database work only, no network except regenerate().
#include "config/Config.h"
#include "storage/Store.h"
#include "workflow/Roles.h"

#include <QObject>
#include <functional>

namespace relance {

class DraftingService;

class ReviewActions
{
public:
    ReviewActions(Store& store, Config config, QString actor, DraftingService* drafting = nullptr);

    // needs-review -> approved. ErrorCode::Conflict when the version moved or an invoice is no longer open with the
    // drafted amount; ErrorCode::InvalidArgument when a blocking finding stands and no override reason is given
    // (the fresh findings are saved either way, so the reviewer sees them).
    Result<Reminder> approve(qint64 id, int expectedVersion, const QString& overrideReason = {});
    // needs-review or snoozed -> rejected, with the reason.
    Result<Reminder> reject(qint64 id, const QString& reason);
    // needs-review -> snoozed until the date (the next drafting run after it brings it back to review).
    Result<Reminder> snooze(qint64 id, QDate until);
    // Saves an edited subject and body, re-runs the validator and stores its findings. Conflict when the version moved.
    Result<Reminder> saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body);
    // Rewrites the draft through the drafting service (the model, or the template). `done` runs later.
    void regenerate(qint64 id, int expectedVersion, const QString& instruction, QObject* context,
                    std::function<void(Result<Reminder>)> done);

    // The validator's findings for this reminder's text against today's facts (no write).
    Result<QList<Finding>> revalidate(const Reminder& reminder);

    const QString& actor() const { return m_actor; }

private:
    Result<Reminder> load(qint64 id);
    // The actor's role from the database (Roles.h): ErrorCode::AuthRejected without it. Inside the transaction.
    Result<void> allowed(Role minimum, const QString& what);

    Store& m_store;
    Config m_config;
    QString m_actor;
    DraftingService* m_drafting;
};

} // namespace relance
