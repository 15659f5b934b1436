#pragma once
// The outbox: reminders in state `approved`. Every step of sending is committed before the next one, so a crash at
// any point leaves a row that says exactly how far it got (see README.md):
//   approved --claim--> sending (+ attempt) --draft--> sending with message_id --sent--> sent
// A claim re-checks the reminder against the data as it is now (paid, amount, dispute, do-not-chase, reply, fresh
// accounting data, recipient). All writes run in Database::transaction with their audit events.
#include "config/Config.h"
#include "domain/Domain.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace relance::mail {

// The last successful accounting sync (ISO UTC in sync_state "accounting.lastSuccess"); nullopt when never.
Result<std::optional<QDateTime>> lastAccountingSync(Store& store);

// Checks the addresses a reminder goes to: first To, others Cc. Error (InvalidArgument) names what is wrong.
struct Recipients
{
    QString to;
    QStringList cc;
};
Result<Recipients> recipientsOf(const Client& client);
bool isPlausibleAddress(const QString& address);

// What the re-check right before sending decided.
enum class Verdict {
    Send,        // everything still holds
    Cancel,      // an invoice was paid: state cancelled, reason "paid"
    Review,      // something changed (amount, dispute, do-not-chase, a reply): back to needs-review with the reason
    Fail,        // can never be sent as it is (recipient): state failed with the reason
    Wait,        // the accounting data is too old to be sure: stays approved, nothing is sent
};
QString verdictName(Verdict v);

struct Recheck
{
    Verdict verdict = Verdict::Send;
    QString reason;
};

struct OutboxOptions
{
    QString actor = QStringLiteral("system");
    int maxSyncAgeMinutes = 60;
    bool accountingIsDemo = false;     // [accounting] source=demo: no sync, the data is the source
    MailTransport transport = MailTransport::OutboxDir; // recorded with each attempt by its INI name
};
OutboxOptions outboxOptions(const Config& config, QString actor = QStringLiteral("system"));

// A claimed reminder: state `sending`, with everything needed to build the message.
struct Claim
{
    Reminder reminder;
    Client client;
    Recipients recipients;
};

// What a claim found: a reminder to send, or one that the re-check stopped (already committed), or nothing.
struct ClaimResult
{
    std::optional<Claim> claim;        // set: send it
    qint64 stoppedId = 0;              // set with verdict/reason when the re-check stopped one reminder
    Recheck recheck;
    bool empty() const { return !claim && stoppedId == 0; }
};

class Outbox
{
public:
    Outbox(Database& db, OutboxOptions options) : m_db(db), m_store(db), m_options(std::move(options)) {}
    Store& store() { return m_store; }
    const OutboxOptions& options() const { return m_options; }

    // Claims the oldest approved reminder (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: BEGIN IMMEDIATE), re-checks it
    // and moves it to `sending` with an attempt record, or to where the re-check says, in one transaction.
    // A Wait verdict changes nothing and is returned with stoppedId set.
    Result<ClaimResult> claimNext(const QDateTime& now);
    // Re-checks a reminder already in `sending` (recovery, before sending an existing draft). On anything but Send
    // the reminder leaves `sending` as the verdict says (Wait: back to approved) in the same transaction.
    Result<Recheck> recheckSending(qint64 reminderId, const QDateTime& now);

    // One sender per database at a time: a lease in sync_state "mail.sender.lease" (host, pid, expiry). A lease of a
    // process that is gone (same host) or expired is taken over. Returns false, with who holds it, when it is taken.
    Result<bool> acquireLease(const QDateTime& now, QString* holder = nullptr);
    Result<void> renewLease(const QDateTime& now);
    Result<void> releaseLease();
    static constexpr int kLeaseSeconds = 600;

    // Whether any reminder is approved (cheap: the sender asks before waiting for a send token).
    Result<bool> hasApproved();
    // Reminders left in `sending` (by a crash or a failed lookup): to recover by lookup, never to re-send blindly.
    Result<QList<Claim>> inSending();
    Result<std::optional<Claim>> loadClaim(qint64 reminderId);

    // Each step, durably, with its audit event.
    Result<void> recordDraft(qint64 reminderId, const QString& messageId, const QString& internetMessageId,
                             const QString& conversationId);
    Result<void> markSent(qint64 reminderId, const QDateTime& sentAt, const QString& how,
                          const QString& internetMessageId = {});
    Result<void> markFailed(qint64 reminderId, const QString& reason);
    // Sending could not be confirmed either way: state failed, reason "ambiguous: ...", for a person to check.
    Result<void> markAmbiguous(qint64 reminderId, const QString& detail);
    // Nothing was sent and nothing can have been (e.g. sign-in needed before a draft existed): back to approved.
    Result<void> release(qint64 reminderId, const QString& why);
    Result<void> noteAttemptProblem(qint64 reminderId, const QString& detail);

    // Reply matching: the reminder whose message had this internetMessageId or conversationId.
    Result<std::optional<qint64>> reminderByInternetMessageId(const QString& internetMessageId);
    Result<std::optional<qint64>> reminderByConversationId(const QString& conversationId);

    // Approved (or sending) reminders, oldest first, with the numbers of their invoices: what the sender asks the
    // accounting source about before claiming them. At most `limit` reminders.
    struct Candidate
    {
        qint64 reminderId = 0;
        QStringList invoiceNumbers;
    };
    Result<QList<Candidate>> candidates(ReminderState state, int limit);
    // The id of the reminder claimNext() would take (0: none).
    Result<qint64> nextApprovedId();
    // An invoice the accounting source itself confirmed at `at` (the sender's lookup right before sending): for
    // maxSyncAgeMinutes after that, the re-check does not need a recent sync for it.
    void confirmAtSource(const QString& invoiceNumber, const QDateTime& at) { m_confirmed.insert(invoiceNumber, at); }

    // The re-check itself (reads only); exposed for the auto-send policy and tests.
    Result<Recheck> recheck(const Reminder& reminder, const Client& client, const QDateTime& now);

private:
    Result<void> transition(Reminder& r, ReminderState to, const QString& reason, const QString& detailJson = {});
    Result<void> audit(qint64 reminderId, const QString& action, const QString& detailJson);

    Database& m_db;
    Store m_store;
    OutboxOptions m_options;
    QHash<QString, QDateTime> m_confirmed;   // invoice number -> when the accounting source confirmed it
};

} // namespace relance::mail
