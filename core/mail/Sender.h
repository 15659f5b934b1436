#pragma once
// Sends the outbox: first recovers reminders left in `sending` by lookup (never a blind re-send), then claims approved
// reminders one at a time, paced by the network layer's pacer ([mail] sendsPerMinute) with up to 4 in flight, through Graph
// (draft, persist ids, send) or the outbox-dir transport (one .eml file per reminder). See README.md.
// Lives in one thread with its Database; never blocks: every wait is a Clock timer.
#include "config/Config.h"
#include "mail/Clock.h"
#include "mail/Outbox.h"
#include "net/Pacer.h"
#include "sync/Http.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <deque>
#include <memory>

namespace relance::sync {
class InvoiceLookup;
}

namespace relance::mail {

class GraphClient;

// Graph's extended property naming the reminder on the message (also sent as the x-reminder-id header).
QString reminderPropertyId();
// A tag unique to this database and reminder: "<instance>-<id>", so that a re-seeded demo database never mistakes an
// old message in the mailbox for one of its own reminders.
Result<QString> databaseInstance(Store& store);

// What became of one reminder in a run. Only Failed and Ambiguous need a person; Waiting, Pending and Released are
// picked up again by the next run.
enum class SendOutcome {
    Sent,
    Cancelled,  // paid meanwhile
    Review,     // back to needs-review
    Failed,     // refused for good (an invalid recipient, 400-class, 403)
    Ambiguous,  // could not be confirmed either way: flagged for a person
    Waiting,    // stays approved: data too old
    Pending,    // stays `sending` for the next run's recovery (Graph unreachable, a send throttled after its draft)
    Released,   // back to approved, nothing sent: sign-in needed, or Graph throttled/unavailable beyond the retry budget
};
// "sent", "cancelled", ... as the CLI's JSON has always said.
QString toString(SendOutcome outcome);

struct SendItem
{
    qint64 reminderId = 0;
    SendOutcome outcome = SendOutcome::Pending;
    QString reason;
};

struct SendReport
{
    int sent = 0;
    int cancelled = 0;            // paid meanwhile
    int review = 0;               // back to a person: amount changed, dispute, reply, do-not-chase
    int failed = 0;               // cannot be sent as it is (recipient, refused by the server)
    int ambiguous = 0;            // could not be confirmed either way: flagged for a person
    int waiting = 0;              // stays approved: data too old
    int pending = 0;              // stays `sending` for the next run's recovery (server unreachable)
    int released = 0;             // back to approved, nothing sent (sign-in needed, mailbox not found)
    bool signInRequired = false;
    QString stopReason;           // why the run stopped before the outbox was empty
    QList<SendItem> items;
    qint64 elapsedMs = 0;
    int peakInFlight = 0;
    int accountingRequests = 0;   // lookups of invoices by number at the accounting source ([accounting] source=odata)
    QString accountingUnreachable; // set when the source could not be reached and the last sync's age decided instead

    QString toJson() const;
    bool clean() const { return failed == 0 && ambiguous == 0 && pending == 0 && stopReason.isEmpty(); }
};

class Sender : public QObject
{
    Q_OBJECT
public:
    // `graph` is used when [mail] transport=graph; it must live in this thread. Both references outlive the Sender.
    Sender(Database& db, const Config& config, Clock& clock, GraphClient* graph, QString actor = QStringLiteral("system"),
           QObject* parent = nullptr);
    ~Sender() override;

    // Starts a run; finished() is emitted once, later, on this thread.
    void run();
    // How long recovery waits before looking again when a sent message is not (yet) in Sent Items.
    void setLookupRetryDelayMs(qint64 ms) { m_lookupDelayMs = ms; }
    QString outboxDir() const;
    // [accounting] source=odata: the API key / bearer token for the lookup right before sending (read by the caller
    // through SecretStore, as for the sync), and its retry policy (default: one retry, so a source that is down
    // falls back to the last sync quickly).
    void setAccountingSecret(const QString& secret) { m_accountingSecret = secret; }
    void setAccountingBackoff(const sync::BackoffPolicy& policy) { m_accountingBackoff = policy; }
    // How long the source's answer about an invoice counts as "right before sending" before it is asked again.
    static constexpr int kSourceFreshSeconds = 300;
    // How many invoice numbers one lookup round asks for (in requests of InvoiceLookup::kNumbersPerRequest).
    static constexpr int kLookupBatchNumbers = 100;

Q_SIGNALS:
    void finished(const relance::mail::SendReport& report);
    void progress(qint64 reminderId, const QString& outcome);

private:
    void runOutboxDir();
    void outboxDirRecover();
    void outboxDirLoop();
    Result<void> deliverEml(const Claim& claim);
    Result<void> writeEml(const Claim& claim, QString* messageId);

    // Asks the accounting source about the next reminders' invoices and applies the answer, when the next reminder
    // to claim (or the first in `sending`, at start-up) was not confirmed there within kSourceFreshSeconds. Returns
    // true when a lookup started: `then` runs once it is applied (or the run stopped). False: nothing to ask (no
    // OData source, already fresh, the source is down and the last sync decides, or the run stopped).
    bool startSourceCheck(ReminderState state, std::function<void()> then);
    // The reason for an outcome decided without the source (it was unreachable): says so.
    QString fallbackNote(qint64 reminderId, const QString& reason) const;

    void pump();
    void startRecovery(Claim claim, int round);
    void createDraft(Claim claim);
    void sendDraft(Claim claim);
    void lookupDraftById(Claim claim, int round);
    void afterRecheck(Claim claim, std::function<void(Claim)> next);
    void deleteDraft(const QString& messageId);
    void done(qint64 reminderId, SendOutcome outcome, const QString& reason = {});
    void stop(const QString& reason);
    void finishIfIdle();
    QString sentItemsLookupPath(const QString& folder, qint64 reminderId) const;
    QByteArray draftJson(const Claim& claim) const;

    Database& m_db;
    Config m_config;
    Clock& m_clock;
    GraphClient* m_graph;
    Outbox m_outbox;
    QString m_instance;
    std::unique_ptr<net::Pacer> m_bucket; // [mail] sendsPerMinute, burst 1
    std::deque<Claim> m_recoveries;
    SendReport m_report;
    qint64 m_startedMs = 0;                      // Clock msecs at run()
    int m_active = 0;
    bool m_running = false;
    bool m_noMoreApproved = false;
    bool m_stopped = false;
    bool m_pumpScheduled = false;
    bool m_holdsLease = false;
    QHash<qint64, int> m_sendAttempts;
    static constexpr int kMaxSendAttempts = 3;
    qint64 m_leaseRenewedAt = 0;
    qint64 m_lookupDelayMs = 10'000;

    // The accounting source, asked right before sending ([accounting] source=odata).
    QString m_accountingSecret;
    sync::BackoffPolicy m_accountingBackoff;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<sync::InvoiceLookup> m_lookup;
    bool m_sourceBusy = false;
    qint64 m_sourceDownUntil = 0;                 // Clock msecs: until then the last sync decides
    QHash<qint64, qint64> m_confirmedReminders;   // reminder id -> Clock msecs of the source's answer
};

} // namespace relance::mail

Q_DECLARE_METATYPE(relance::mail::SendReport)
