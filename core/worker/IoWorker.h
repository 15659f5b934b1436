#pragma once
// The one I/O worker: a QObject with no parent, moved to its own thread (IoWorkerThread), that owns the network manager
// and the database connection it opens there, and hosts everything that waits on a network or writes in bulk: the
// sync (daily full sync, "sync now", the watched folder: its SyncWorker part), drafting runs and their writes
// (DraftingService) and the sender (mail::Sender, with its exactly-once bookkeeping). The GUI asks for work by queued
// calls (IoWorkerThread) and gets value-type results and progress by signals; relance-cli drives the same object on
// its own thread with direct calls. One sync, one drafting run and one send run at a time, each reported once.
#include "config/Config.h"
#include "drafting/DraftingService.h"
#include "mail/Clock.h"
#include "mail/Sender.h"
#include "sync/SyncWorker.h"
#include "worker/OwnedThread.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace relance {
class SecretStore;
}

namespace relance::mail {
class GraphAuth;
class GraphClient;
} // namespace relance::mail

namespace relance::worker {

struct WorkerSetup
{
    Config config;
    QString databaseUrl;
    sync::SyncCredentials credentials; // the accounting key also serves the sender's check right before sending
    QString llmApiKey;                 // drafting with a model; empty for the template provider
    bool scheduled = true;             // the daily full sync and the watched folder; off for the demo and the CLI
    QString keychainService;           // where Graph's sign-in is kept; empty: the user's ("Relance")
};

class IoWorker : public QObject
{
    Q_OBJECT
public:
    IoWorker();
    ~IoWorker() override;

    // All of these run on the worker's thread. configure() (re)opens the database, refused while work runs; the
    // result is also signalled (configured / configureFailed) for queued callers.
    Result<void> configure(const WorkerSetup& setup);
    void syncNow(bool full = false);
    void cancelSync();
    // A send run under `actor` (the OS user, audited) with `config` (the window's current settings; the CLI's file):
    // sendFinished follows once, or sendFailed when it cannot start.
    void send(const QString& actor, const Config& config);
    // A drafting run: draftFinished follows once (with the reason when it stopped or could not start).
    void draft(const DraftRunOptions& options);

    bool isConfigured() const { return bool(m_db); }
    bool isSending() const { return m_sending; }
    bool isDrafting() const { return m_drafting && m_drafting->isRunning(); }
    bool isSyncing() const { return m_sync->busy(); }
    sync::SyncWorker* syncPart() const { return m_sync; }
    // The provider drafts record ("template", "azure", "openai-compatible"); empty before configure().
    QString draftingProvider() const { return m_drafting ? m_drafting->provider() : QString(); }
    // Tests: how long the sender's recovery waits before looking in Sent Items again.
    void setLookupRetryDelayMs(qint64 ms) { m_lookupRetryMs = ms; }

Q_SIGNALS:
    void configured();
    void configureFailed(const relance::Error& error);

    void syncProgress(const QString& phase, qint64 done, qint64 total);
    void syncFinished(const relance::sync::SyncReport& report);
    void syncFailed(const relance::Error& error);
    void syncScheduled(const QDateTime& next);
    void fileImported(const QString& file, const relance::sync::SyncReport& report);
    void fileRejected(const QString& file, const relance::Error& error);

    void sendProgress(qint64 reminderId, const QString& outcome);
    void sendFinished(const relance::mail::SendReport& report);
    void sendFailed(const relance::Error& error); // the run did not start: nothing was claimed or changed

    void draftProgress(int done, int total);
    void draftStored(qint64 reminderId);
    void draftFinished(const relance::DraftRunSummary& summary);

private:
    void closeDatabase();
    mail::GraphClient* graphClient(const Config& config);

    WorkerSetup m_setup;
    QNetworkAccessManager* m_nam = nullptr; // created in configure(), on the worker's thread
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    sync::SyncWorker* m_sync; // a child: it moves with this object
    std::unique_ptr<DraftingService> m_drafting;
    mail::SystemClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<mail::GraphAuth> m_auth;
    std::unique_ptr<mail::GraphClient> m_graph;
    std::unique_ptr<mail::Sender> m_sender; // the last run's, kept until the next one (never deleted in its own signal)
    bool m_sending = false;
    qint64 m_lookupRetryMs = -1;
};

// Owns the worker's thread (quit, wait, delete; the worker is deleted on its own thread as it ends) and queues the
// calls into it. Connect to worker()'s signals with a context object on the receiving side.
class IoWorkerThread
{
public:
    IoWorkerThread();
    IoWorker* worker() const { return m_worker; }
    void configure(const WorkerSetup& setup);
    void syncNow(bool full = false);
    void cancelSync();
    void send(const QString& actor, const Config& config);
    void draft(const DraftRunOptions& options);

private:
    OwnedThread m_thread;
    IoWorker* m_worker;
};

} // namespace relance::worker
