#pragma once
// The sync worker: a QObject with no parent moved to its own QThread. It creates its QNetworkAccessManager and opens
// its own Database inside that thread; work goes in by queued calls, results come out as signals with value types.
// It runs the daily full sync at [accounting] syncTime, "sync now" on request, and imports CSV files dropped into
// [accounting] watchFolder (moved to imported/ or rejected/ with a .error.txt beside them).
#include "sync/SyncEngine.h"

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
    void schedule();
    void scanWatchFolder();

    Config m_config;
    SyncCredentials m_credentials;
    BackoffPolicy m_backoff;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager* m_nam = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_daily{this};       // parented: they move to the worker's thread with it
    QTimer m_watchSettle{this};
    QFileSystemWatcher* m_watcher = nullptr;
    bool m_pending = false;
    bool m_pendingFull = false;
};

// Owns the thread: quits it, waits for it, deletes it. The worker is deleted on its own thread when the thread ends.
struct ThreadStopper
{
    void operator()(QThread* t) const;
};

class SyncWorkerThread
{
public:
    SyncWorkerThread();
    SyncWorker* worker() const { return m_worker; }
    // Queued calls into the worker's thread.
    void configure(const Config& config, const QString& databaseUrl, const SyncCredentials& credentials);
    void syncNow(bool full = false);
    void cancel();

private:
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    SyncWorker* m_worker = nullptr;
};

} // namespace relance::sync
