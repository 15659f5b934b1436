#include "mail/OutboxReview.h"

#include "net/Clock.h"

#include "storage/Store.h"
#include "workflow/Lifecycle.h"

#include <QHash>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace relance::mail {

QString outboxStatusName(OutboxStatus s)
{
    switch (s) {
    case OutboxStatus::Waiting: return QStringLiteral("waiting");
    case OutboxStatus::Sending: return QStringLiteral("sending");
    case OutboxStatus::Sent: return QStringLiteral("sent");
    case OutboxStatus::Ambiguous: return QStringLiteral("ambiguous");
    case OutboxStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

bool isAmbiguous(const Reminder& r)
{
    return r.state == ReminderState::Failed && r.reason.startsWith(QLatin1String(kAmbiguousPrefix));
}

namespace {
OutboxEntry entryOf(const Reminder& r, const Client* client)
{
    OutboxEntry e;
    e.reminderId = r.id;
    e.version = r.version;
    e.clientId = r.clientId;
    if (client) {
        e.clientNumber = client->number;
        e.clientName = client->name;
        for (const QString& a : client->reminderEmails)
            if (!a.trimmed().isEmpty()) {
                e.recipient = a.trimmed();
                break;
            }
    }
    e.subject = r.subject;
    for (const ReminderLine& l : r.lines) {
        e.invoiceNumbers << l.invoiceNumber;
        if (e.currency.isEmpty())
            e.currency = l.currency;
        if (l.currency == e.currency)
            e.totalMinor += l.openMinor; // lines of one reminder share the client's currency
    }
    switch (r.state) {
    case ReminderState::Approved: e.status = OutboxStatus::Waiting; break;
    case ReminderState::Sending: e.status = OutboxStatus::Sending; break;
    case ReminderState::Sent: e.status = OutboxStatus::Sent; break;
    default: e.status = isAmbiguous(r) ? OutboxStatus::Ambiguous : OutboxStatus::Failed; break;
    }
    e.reason = e.status == OutboxStatus::Ambiguous ? r.reason.mid(qsizetype(qstrlen(kAmbiguousPrefix))) : r.reason;
    e.approvedAt = r.approvedAt;
    e.approvedBy = r.approvedBy;
    e.sentAt = r.sentAt;
    e.updatedAt = r.updatedAt;
    e.messageId = r.messageId;
    e.internetMessageId = r.internetMessageId;
    return e;
}

int rank(OutboxStatus s)
{
    switch (s) {
    case OutboxStatus::Ambiguous: return 0;
    case OutboxStatus::Failed: return 1;
    case OutboxStatus::Sending: return 2;
    case OutboxStatus::Waiting: return 3;
    case OutboxStatus::Sent: return 4;
    }
    return 5;
}
} // namespace

Result<OutboxCounts> countOutbox(Database& db)
{
    const QString what = QStringLiteral("counting the outbox");
    auto q = db.prepare(QStringLiteral("SELECT state, CASE WHEN reason LIKE 'ambiguous: %' THEN 1 ELSE 0 END, COUNT(*) "
                                       "FROM reminders WHERE state IN ('approved', 'sending', 'sent', 'failed') "
                                       "GROUP BY state, CASE WHEN reason LIKE 'ambiguous: %' THEN 1 ELSE 0 END"),
                        what);
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    OutboxCounts c;
    while (q->next()) {
        const QString state = q->value(0).toString();
        const bool ambiguous = q->value(1).toInt() == 1;
        const int n = q->value(2).toInt();
        if (state == u"approved")
            c.waiting += n;
        else if (state == u"sending")
            c.sending += n;
        else if (state == u"sent")
            c.sent += n;
        else if (ambiguous)
            c.ambiguous += n;
        else
            c.failed += n;
    }
    return c;
}

Result<OutboxListing> readOutbox(Database& db, int sentLimit)
{
    Store store(db);
    OutboxListing out;
    auto counts = countOutbox(db);
    if (!counts)
        return std::unexpected(counts.error());
    out.counts = *counts;

    QList<Reminder> all;
    for (ReminderState s : {ReminderState::Approved, ReminderState::Sending, ReminderState::Failed}) {
        auto list = store.reminders(s);
        if (!list)
            return std::unexpected(list.error());
        all += *list;
    }
    const QString what = QStringLiteral("listing the sent reminders");
    auto q = db.prepare(QStringLiteral("SELECT id FROM reminders WHERE state = 'sent' ORDER BY sent_at DESC, id DESC LIMIT ?"), what);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(sentLimit);
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    QList<qint64> sentIds;
    while (q->next())
        sentIds << q->value(0).toLongLong();
    q->finish();
    for (qint64 id : sentIds) {
        auto r = store.reminder(id);
        if (!r)
            return std::unexpected(r.error());
        if (*r)
            all << **r;
    }

    auto clients = store.clients();
    if (!clients)
        return std::unexpected(clients.error());
    QHash<qint64, const Client*> byId;
    for (const Client& c : *clients)
        byId.insert(c.id, &c);
    for (const Reminder& r : all)
        out.entries << entryOf(r, byId.value(r.clientId));
    std::stable_sort(out.entries.begin(), out.entries.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        if (a.status == OutboxStatus::Sent)
            return a.sentAt > b.sentAt;
        return a.reminderId < b.reminderId; // the order the sender takes them
    });
    return out;
}

Result<void> resolveAmbiguous(Database& db, qint64 reminderId, int expectedVersion, AmbiguousDecision decision,
                              const QString& actor, const QString& note)
{
    Store store(db);
    return db.transaction([&]() -> Result<void> {
        auto rem = store.reminder(reminderId);
        if (!rem)
            return std::unexpected(rem.error());
        if (!*rem)
            return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 does not exist").arg(reminderId));
        Reminder r = **rem;
        if (!isAmbiguous(r) || r.version != expectedVersion)
            return fail(ErrorCode::Conflict,
                        QStringLiteral("reminder %1 changed meanwhile (now %2, version %3, expected ambiguous at version %4): "
                                       "nothing was decided")
                            .arg(reminderId)
                            .arg(reminderStateName(r.state))
                            .arg(r.version)
                            .arg(expectedVersion));
        const QString flagged = r.reason;
        nlohmann::json detail{{"decision", decision == AmbiguousDecision::WasSent ? "was-sent" : "not-sent-resend"},
                              {"flagged", flagged.toStdString()}};
        if (!note.isEmpty())
            detail["note"] = note.toStdString();
        const ReminderState to = decision == AmbiguousDecision::WasSent ? ReminderState::Sent : ReminderState::Approved;
        if (decision == AmbiguousDecision::WasSent) {
            // When it went out is the attempt the sender flagged, not the moment a person confirmed it.
            r.sentAt = r.updatedAt.isValid() ? r.updatedAt : store.clock().nowUtc();
            r.reason.clear();
            detail["sentAt"] = r.sentAt.toUTC().toString(Qt::ISODate).toStdString();
        } else {
            // The old draft is gone or unknown: forgetting its ids makes the sender write a new one (after the
            // usual claim and re-check), instead of "recovering" a message a person said never left.
            detail["forgottenMessageId"] = r.messageId.toStdString();
            detail["forgottenInternetMessageId"] = r.internetMessageId.toStdString();
            r.reason.clear();
            r.messageId.clear();
            r.internetMessageId.clear();
        }
        r.updatedBy = actor;
        return lifecycle::transition(store, r, to,
                                     {.actor = actor,
                                      .action = QStringLiteral("ambiguous-resolved:%1->%2")
                                                    .arg(reminderStateName(r.state), reminderStateName(to)),
                                      .detail = QString::fromStdString(detail.dump())});
    });
}

} // namespace relance::mail
