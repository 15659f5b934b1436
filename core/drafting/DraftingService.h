#pragma once
// Drafts what is due: picks the candidates, reserves a reminder row per client ("drafted"), asks the model (or the
// built-in templates) for the prose, fills the facts, validates, and stores each draft as "needs-review" with its
// findings, provider, model and token usage. Asynchronous: it lives in the caller's thread (GUI or CLI main) and
// never blocks it on the network; results come back as signals and callbacks.
#include "config/Config.h"
#include "drafting/DraftFacts.h"
#include "drafting/LlmClient.h"
#include "drafting/Prompt.h"
#include "drafting/RequestScheduler.h"
#include "storage/Store.h"

#include <QObject>
#include <memory>

namespace relance {

struct DraftRunOptions
{
    QDate asOf;                   // invalid: today
    int limit = 0;                // 0: every client due
    QString actor = QStringLiteral("system");
};

struct DraftRunSummary
{
    int candidates = 0;
    int drafted = 0;              // stored as needs-review
    int withBlockingFindings = 0;
    int templateFallbacks = 0;    // the model's answer was unusable or the server unreachable: the template wrote it
    int cancelled = 0;            // the batch stopped before these were written
    int llmRequests = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    qint64 elapsedMs = 0;
    QList<qint64> reminderIds;
    std::optional<Error> error;   // why the batch stopped (401, database), if it did
};

class DraftingService : public QObject
{
    Q_OBJECT
public:
    struct Tuning
    {
        RequestScheduler::Clock clock;   // empty: a monotonic clock
        int maxAttempts = 5;             // per request, counting 429s and transient failures
        qint64 backoffBaseMs = 1000;     // exponential backoff with jitter when the server gives no retry time
        qint64 backoffMaxMs = 60000;
        int staleDraftMinutes = 30;
    };

    // `apiKey` comes from SecretStore (the caller reads it asynchronously first); it is only ever put in a header.
    DraftingService(Store& store, Config config, QString apiKey, QObject* parent = nullptr);
    DraftingService(Store& store, Config config, QString apiKey, Tuning tuning, QObject* parent = nullptr);
    ~DraftingService() override;

    bool isRunning() const { return m_running; }
    // Starts a batch; finished() follows (also for an empty batch or an error at the start).
    void run(const DraftRunOptions& options = {});

    // Rewrites one reminder still in review, with the reviewer's instruction. Refuses with ErrorCode::Conflict when the
    // reminder moved past `expectedVersion` meanwhile. `done` runs later, only while `context` lives.
    void regenerate(qint64 reminderId, int expectedVersion, const QString& instruction, const QString& actor,
                    QObject* context, std::function<void(Result<Reminder>)> done);

    RequestScheduler& scheduler() { return *m_scheduler; }
    // The provider the drafts will record: "template", "azure" or "openai-compatible".
    QString provider() const;

Q_SIGNALS:
    void draftStored(qint64 reminderId);
    void progress(int done, int total);
    void finished(const relance::DraftRunSummary& summary);

private:
    struct Job;
    Result<void> prepareLlm();
    void startJob(const std::shared_ptr<Job>& job);
    void sendJob(const std::shared_ptr<Job>& job);
    void handleOutcome(const std::shared_ptr<Job>& job, const LlmOutcome& outcome);
    void retryLater(const std::shared_ptr<Job>& job, qint64 delayMs, bool global);
    void writeWithTemplate(const std::shared_ptr<Job>& job, const QString& why, const QString& code);
    void store(const std::shared_ptr<Job>& job, const QString& subject, const QString& body, const QString& provider,
               const QString& model, QList<Finding> extra);
    void cancelJob(const std::shared_ptr<Job>& job, const QString& reason);
    void jobDone(const std::shared_ptr<Job>& job);
    void stopBatch(const Error& error);
    void finishRun();
    qint64 backoffMs(int attempt) const;

    Store& m_store;
    Config m_config;
    QString m_apiKey;
    Tuning m_tuning;
    std::unique_ptr<RequestScheduler> m_scheduler;
    LlmClient* m_client = nullptr;
    ResponseMode m_mode = ResponseMode::JsonSchema;
    bool m_llmDown = false;
    QString m_llmDownReason;
    bool m_running = false;
    bool m_stopped = false;
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
    DraftRunSummary m_summary;
    qint64 m_startedAt = 0;
    QList<std::shared_ptr<Job>> m_waiting; // jobs not yet sent (for cancelling on 401)
};

} // namespace relance

Q_DECLARE_METATYPE(relance::DraftRunSummary)
