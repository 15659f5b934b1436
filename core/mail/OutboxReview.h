#pragma once
// What a person sees of the outbox and decides about it: every reminder that is approved and waiting, being sent,
// sent, failed (with the reason), and above all those flagged ambiguous by the sender (a timeout or 5xx after which
// it could not tell whether Graph delivered). For a flagged one only a person knows: "it was sent" or "it was not
// sent, send it again". Both decisions run in one transaction, with an optimistic version check and an audit event,
// and are refused when the reminder moved meanwhile (another workstation decided, the sender touched it).
#include "domain/Domain.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace relance::mail {

enum class OutboxStatus { Waiting, Sending, Sent, Ambiguous, Failed };
QString outboxStatusName(OutboxStatus s); // waiting | sending | sent | ambiguous | failed

// The reason prefix the sender writes when it could not decide (Outbox::markAmbiguous).
inline constexpr char kAmbiguousPrefix[] = "ambiguous: ";
bool isAmbiguous(const Reminder& r);

struct OutboxEntry
{
    qint64 reminderId = 0;
    int version = 0;              // what a decision must still find
    qint64 clientId = 0;
    QString clientNumber;
    QString clientName;
    QString recipient;            // the first reminder address, as the sender would use it
    QString subject;
    QStringList invoiceNumbers;
    qint64 totalMinor = 0;
    QString currency;
    OutboxStatus status = OutboxStatus::Waiting;
    QString reason;               // failed / ambiguous: why (without the "ambiguous: " prefix)
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime sentAt;
    QDateTime updatedAt;
    QString messageId;            // Graph's id, or empty
    QString internetMessageId;    // the Message-ID the client sees
};

struct OutboxCounts
{
    int waiting = 0;
    int sending = 0;
    int sent = 0;
    int ambiguous = 0;
    int failed = 0;
    int needPerson() const { return ambiguous + failed; }
};

struct OutboxListing
{
    QList<OutboxEntry> entries;   // ambiguous first, then failed, sending, waiting, sent (newest first)
    OutboxCounts counts;          // all of them, also the sent ones beyond `sentLimit`
};

// Reads the outbox: every approved, sending, failed reminder, and the `sentLimit` most recently sent ones.
Result<OutboxListing> readOutbox(Database& db, int sentLimit = 200);
Result<OutboxCounts> countOutbox(Database& db);

enum class AmbiguousDecision {
    WasSent,        // the person found it in the mailbox or the client has it: state sent
    NotSentResend,  // the person is sure it did not go out: back to approved, the old draft forgotten, sent again
};

// Applies a person's decision about a reminder flagged ambiguous. Refused (ErrorCode::Conflict, nothing changed)
// when the reminder is no longer ambiguous or its version is not `expectedVersion`. `actor` is recorded in the audit.
// WasSent records `sentAt` as the time of the attempt the sender flagged (the row's last update).
Result<void> resolveAmbiguous(Database& db, qint64 reminderId, int expectedVersion, AmbiguousDecision decision,
                              const QString& actor, const QString& note = {});

} // namespace relance::mail
