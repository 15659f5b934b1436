#pragma once
// The sync worker: a QObject with no parent moved to its own QThread. It creates its QNetworkAccessManager and opens
// its own Database inside that thread; work goes in by queued calls, results come out as signals with value types.
// It runs the daily full sync at [accounting] syncTime, "sync now" on request, and imports CSV files dropped into
// [accounting] watchFolder (moved to imported/ or rejected/ with a .error.txt beside them).
// Standing alone (SyncWorkerThread) it opens its own Database; as the sync part of the one I/O worker
// (core/worker/IoWorker) it uses that worker's Database and network manager, on that worker's thread.
#include "sync/SyncEngine.h"
#include "worker/OwnedThread.h"

#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>
#include <memory>

namespace relance::sync {

// Milliseconds from `now` to the next local HH:MM (tomorrow when it has passed today); -1 for an empty or bad time.
qint64 msecsToNextRun(const QDateTime& now, const QString& hhmm);

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker();
    ~SyncWorker() override;

    // Queued calls (QMetaObject::invokeMethod with a lambda, or through SyncWorkerThread).
    void configure(const Config& config, const QString& databaseUrl, const SyncCredentials& credentials);
    // The same on a Database and network manager owned by the caller (they outlive this worker or detach() comes
    // first). `scheduled`: run the daily sync and watch the folder; false for a one-shot user (relance-cli, the demo).
    Result<void> attach(const Config& config, Database& db, QNetworkAccessManager* nam, const SyncCredentials& credentials,
                        bool scheduled = true);
    // Forgets the Database (before its owner closes it): no engine, no timer, no watched folder.
    void detach();
    void syncNow(bool full = false);
    void cancel();
    void setBackoff(const BackoffPolicy& p) { m_backoff = p; }
    void setWatchSettleMs(int ms) { m_watchSettle.setInterval(ms); }
    bool busy() const { return m_engine && m_engine->running(); }

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const relance::sync::SyncReport& report);
    void failed(const relance::Error& error);
    void scheduled(const QDateTime& next);
    void fileImported(const QString& file, const relance::sync::SyncReport& report);
    void fileRejected(const QString& file, const relance::Error& error);

private:
    void start(bool scheduled);
    void schedule();
    void scanWatchFolder();

    Config m_config;
    SyncCredentials m_credentials;
    BackoffPolicy m_backoff;
    std::unique_ptr<Database> m_ownDb; // standing alone; null when attached to the I/O worker's
    Database* m_db = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_daily{this};       // parented: they move to the worker's thread with it
    QTimer m_watchSettle{this};
    QFileSystemWatcher* m_watcher = nullptr;
    bool m_pending = false;
    bool m_pendingFull = false;
};

class SyncWorkerThread
{
public:
    SyncWorkerThread();
    SyncWorker* worker() const { return m_worker; }
    // Queued calls into the worker's thread.
    void configure(const Config& config, const QString& databaseUrl, const SyncCredentials& credentials);
    // The same on a Database and network manager owned by the caller (they outlive this worker or detach() comes
    // first). `scheduled`: run the daily sync and watch the folder; false for a one-shot user (relance-cli, the demo).
    Result<void> attach(const Config& config, Database& db, QNetworkAccessManager* nam, const SyncCredentials& credentials,
                        bool scheduled = true);
    // Forgets the Database (before its owner closes it): no engine, no timer, no watched folder.
    void detach();
    void syncNow(bool full = false);
    void cancel();

private:
    worker::OwnedThread m_thread; // quit, wait, delete: the worker is deleted on its own thread as it ends
    SyncWorker* m_worker = nullptr;
};

} // namespace relance::sync
