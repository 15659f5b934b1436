#include "sync/SyncWorker.h"

#include "net/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <spdlog/spdlog.h>

namespace relance::sync {

qint64 msecsToNextRun(const QDateTime& now, const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm.trimmed(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return -1;
    QDateTime next(now.date(), t, now.timeSpec());
    if (next <= now)
        next = QDateTime(now.date().addDays(1), t, now.timeSpec());
    return now.msecsTo(next);
}

SyncWorker::SyncWorker()
{
    qRegisterMetaType<relance::sync::SyncReport>();
    qRegisterMetaType<relance::Error>();
    m_daily.setSingleShot(true);
    connect(&m_daily, &QTimer::timeout, this, [this] {
        syncNow(true);
        schedule();
    });
    m_watchSettle.setSingleShot(true);
    m_watchSettle.setInterval(2000); // let the exporting program finish writing
    connect(&m_watchSettle, &QTimer::timeout, this, &SyncWorker::scanWatchFolder);
}

SyncWorker::~SyncWorker()
{
    // No cancel(): its callbacks would reach a half-destroyed worker. Destroying the engine aborts quietly.
    m_engine.reset();
    m_ownDb.reset();
}

void SyncWorker::configure(const Config& config, const QString& databaseUrl, const SyncCredentials& credentials)
{
    if (m_engine && m_engine->running()) {
        Q_EMIT failed(Error{ErrorCode::Conflict, QStringLiteral("cannot reconfigure while a sync runs")});
        return;
    }
    m_config = config;
    m_credentials = credentials;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this); // created here, in the worker's thread
    detach();
    m_ownDb.reset();
    auto db = Database::openAndMigrate(databaseUrl);
    if (!db) {
        Q_EMIT failed(db.error());
        return;
    }
    m_ownDb = std::move(*db);
    m_db = m_ownDb.get();
    start(true);
}

Result<void> SyncWorker::attach(const Config& config, Database& db, QNetworkAccessManager* nam,
                                const SyncCredentials& credentials, bool scheduled)
{
    if (m_engine && m_engine->running())
        return fail(ErrorCode::Conflict, QStringLiteral("cannot reconfigure while a sync runs"));
    detach();
    m_ownDb.reset();
    m_config = config;
    m_credentials = credentials;
    m_nam = nam;
    m_db = &db;
    start(scheduled);
    return {};
}

void SyncWorker::detach()
{
    m_engine.reset();
    m_daily.stop();
    m_watchSettle.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_pending = m_pendingFull = false;
    m_db = nullptr;
}

void SyncWorker::start(bool scheduled)
{
    m_engine = std::make_unique<SyncEngine>(*m_db, m_nam, m_config, m_credentials);
    m_engine->setBackoff(m_backoff);
    if (!scheduled)
        return;
    const QString folder = m_config.accounting.watchFolder;
    if (!folder.isEmpty()) {
        m_watcher = new QFileSystemWatcher(this);
        if (QDir(folder).exists())
            m_watcher->addPath(folder);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_watchSettle.start(); });
        m_watchSettle.start();
    }
    schedule();
}

namespace {
// The clock of the database the worker syncs into (Database::clock), the system clock before it has one.
const net::Clock& clockOf(const Database* db) { return db ? db->clock() : net::systemClock(); }
} // namespace

void SyncWorker::schedule()
{
    const qint64 ms = msecsToNextRun(clockOf(m_db).nowUtc().toLocalTime(), m_config.accounting.syncTime);
    if (ms < 0) {
        m_daily.stop();
        return;
    }
    m_daily.start(std::chrono::milliseconds(ms));
    Q_EMIT scheduled(clockOf(m_db).nowUtc().toLocalTime().addMSecs(ms));
}

void SyncWorker::syncNow(bool full)
{
    if (!m_engine) {
        Q_EMIT failed(Error{ErrorCode::Config, QStringLiteral("the sync worker is not configured")});
        return;
    }
    if (m_engine->running()) {
        m_pending = true; // one more run after this one; never two at once
        m_pendingFull = m_pendingFull || full;
        return;
    }
    m_engine->run(
        SyncRequest{.forceFull = full, .accounting = true, .crm = true},
        [this](const QString& phase, qint64 done, qint64 total) { Q_EMIT progress(phase, done, total); },
        [this](Result<SyncReport> r) {
            if (r)
                Q_EMIT finished(*r);
            else
                Q_EMIT failed(r.error());
            if (m_watcher)
                m_watchSettle.start();
            if (std::exchange(m_pending, false))
                QTimer::singleShot(0, this, [this] { syncNow(std::exchange(m_pendingFull, false)); });
        });
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::scanWatchFolder()
{
    const QString folder = m_config.accounting.watchFolder;
    if (folder.isEmpty() || !m_db)
        return;
    if (m_engine && m_engine->running()) {
        m_watchSettle.start(); // the database is busy with a sync: look again later
        return;
    }
    QDir dir(folder);
    if (!dir.exists())
        return;
    if (m_watcher && !m_watcher->directories().contains(dir.absolutePath()))
        m_watcher->addPath(dir.absolutePath());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& f : files) {
        const QString stamp = clockOf(m_db).nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-"));
        auto result = importSageCsv(*m_db, f.absoluteFilePath(), m_config.accounting);
        const QString sub = result ? QStringLiteral("imported") : QStringLiteral("rejected");
        dir.mkpath(sub);
        const QString target = dir.filePath(sub + u'/' + stamp + f.fileName());
        if (!QFile::rename(f.absoluteFilePath(), target))
            spdlog::warn("watch folder: cannot move {} to {}", f.fileName().toStdString(), sub.toStdString());
        if (result) {
            SyncReport report;
            report.accountingSource = QStringLiteral("sage50-csv");
            report.accountingMode = QStringLiteral("csv");
            report.fetched = result->info.rows;
            report.created = result->applied.created;
            report.changed = result->applied.changed;
            report.unchanged = result->applied.unchanged;
            report.paid = result->applied.paid;
            report.remindersCancelled = result->applied.remindersCancelled;
            report.clientsCreated = result->applied.clientsCreated;
            report.clientsUpdated = result->applied.clientsUpdated;
            report.crmNote = QStringLiteral("skipped: file import");
            Q_EMIT fileImported(f.fileName(), report);
        } else {
            QFile err(target + QStringLiteral(".error.txt"));
            if (err.open(QIODevice::WriteOnly | QIODevice::Truncate))
                err.write(result.error().toString().toUtf8() + '\n');
            Q_EMIT fileRejected(f.fileName(), result.error());
        }
    }
}

SyncWorkerThread::SyncWorkerThread() : m_thread(new QThread), m_worker(new SyncWorker)
{
    m_thread->setObjectName(QStringLiteral("relance-sync"));
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void SyncWorkerThread::configure(const Config& config, const QString& databaseUrl, const SyncCredentials& credentials)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, config, databaseUrl, credentials] { w->configure(config, databaseUrl, credentials); },
                              Qt::QueuedConnection);
}

void SyncWorkerThread::syncNow(bool full)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, full] { w->syncNow(full); }, Qt::QueuedConnection);
}

void SyncWorkerThread::cancel()
{
    // cancel() touches only the engine's own objects; run it in the worker's thread like everything else.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancel(); }, Qt::QueuedConnection);
}

} // namespace relance::sync
