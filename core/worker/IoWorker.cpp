#include "worker/IoWorker.h"

#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace relance::worker {

IoWorker::IoWorker() : m_sync(new sync::SyncWorker)
{
    qRegisterMetaType<relance::sync::SyncReport>();
    qRegisterMetaType<relance::mail::SendReport>();
    qRegisterMetaType<relance::DraftRunSummary>();
    qRegisterMetaType<relance::Error>();
    m_sync->setParent(this); // moves to the worker's thread with it
    connect(m_sync, &sync::SyncWorker::progress, this, &IoWorker::syncProgress);
    connect(m_sync, &sync::SyncWorker::finished, this, &IoWorker::syncFinished);
    connect(m_sync, &sync::SyncWorker::failed, this, &IoWorker::syncFailed);
    connect(m_sync, &sync::SyncWorker::scheduled, this, &IoWorker::syncScheduled);
    connect(m_sync, &sync::SyncWorker::fileImported, this, &IoWorker::fileImported);
    connect(m_sync, &sync::SyncWorker::fileRejected, this, &IoWorker::fileRejected);
}

IoWorker::~IoWorker()
{
    // Everything that uses the database goes first; the connection is removed here, on the thread that opened it.
    delete m_sync;
    m_sync = nullptr;
    closeDatabase();
}

void IoWorker::closeDatabase()
{
    if (m_sync)
        m_sync->detach();
    if (m_sender && m_sending && m_db) {
        // Stopped mid-run (the window closes): what is claimed stays `sending` and the next run recovers it by lookup;
        // the lease goes now, so that another sender need not wait for it to expire.
        m_sender.reset();
        if (auto ok = mail::Outbox(*m_db, mail::outboxOptions(m_setup.config)).releaseLease(); !ok)
            spdlog::warn("sender lease not released: {}", ok.error().toString().toStdString());
    }
    m_sender.reset();
    m_sending = false;
    m_drafting.reset();
    m_graph.reset();
    m_auth.reset();
    m_secrets.reset();
    m_store.reset();
    m_db.reset();
}

Result<void> IoWorker::configure(const WorkerSetup& setup)
{
    if (m_sending || isDrafting() || m_sync->busy()) {
        Error e{ErrorCode::Conflict, QStringLiteral("cannot reconfigure the worker while it works")};
        Q_EMIT configureFailed(e);
        return std::unexpected(e);
    }
    closeDatabase();
    m_setup = setup;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this); // created here, in the worker's thread
    auto db = Database::openAndMigrate(setup.databaseUrl);
    if (!db) {
        Q_EMIT configureFailed(db.error());
        return std::unexpected(db.error());
    }
    m_db = std::move(*db);
    m_store = std::make_unique<Store>(*m_db);
    m_drafting = std::make_unique<DraftingService>(*m_store, setup.config, setup.llmApiKey);
    connect(m_drafting.get(), &DraftingService::progress, this, &IoWorker::draftProgress);
    connect(m_drafting.get(), &DraftingService::draftStored, this, &IoWorker::draftStored);
    connect(m_drafting.get(), &DraftingService::finished, this, &IoWorker::draftFinished);
    if (auto ok = m_sync->attach(setup.config, *m_db, m_nam, setup.credentials, setup.scheduled); !ok) {
        Q_EMIT configureFailed(ok.error());
        return ok;
    }
    Q_EMIT configured();
    return {};
}

void IoWorker::syncNow(bool full)
{
    if (!m_db) {
        Q_EMIT syncFailed(Error{ErrorCode::Config, QStringLiteral("the worker is not configured")});
        return;
    }
    m_sync->syncNow(full);
}

void IoWorker::cancelSync()
{
    m_sync->cancel();
}

mail::GraphClient* IoWorker::graphClient(const Config& config)
{
    // Built per run from that run's settings (the sign-in is read from the keychain again, as a CLI run does).
    m_graph.reset();
    m_auth.reset();
    if (!m_secrets)
        m_secrets = std::make_unique<SecretStore>(m_setup.keychainService.isEmpty() ? QStringLiteral("Relance")
                                                                                    : m_setup.keychainService);
    m_auth = std::make_unique<mail::GraphAuth>(mail::AuthOptions::fromConfig(config.mail), m_secrets.get());
    m_graph = std::make_unique<mail::GraphClient>(config.mail, m_auth.get(), m_clock);
    return m_graph.get();
}

void IoWorker::send(const QString& actor, const Config& config)
{
    if (!m_db) {
        Q_EMIT sendFailed(Error{ErrorCode::Config, QStringLiteral("the worker is not configured")});
        return;
    }
    if (m_sending) {
        Q_EMIT sendFailed(Error{ErrorCode::Conflict, QStringLiteral("a send run is already going")});
        return;
    }
    m_sender.reset(); // the last run's, outside its own signal, before the Graph client it used
    mail::GraphClient* graph = config.mail.transport == MailTransport::Graph ? graphClient(config) : nullptr;
    m_sender = std::make_unique<mail::Sender>(*m_db, config, m_clock, graph, actor);
    if (m_lookupRetryMs >= 0)
        m_sender->setLookupRetryDelayMs(m_lookupRetryMs);
    // [accounting] source=odata: the invoices are asked for at the source right before sending, with the sync's key.
    m_sender->setAccountingSecret(m_setup.credentials.accountingSecret);
    connect(m_sender.get(), &mail::Sender::progress, this, &IoWorker::sendProgress);
    connect(m_sender.get(), &mail::Sender::finished, this, [this](const mail::SendReport& report) {
        m_sending = false;
        Q_EMIT sendFinished(report);
    });
    m_sending = true;
    m_sender->run();
}

void IoWorker::draft(const DraftRunOptions& options)
{
    if (!m_drafting || m_drafting->isRunning()) {
        DraftRunSummary refused;
        refused.error = m_drafting ? Error{ErrorCode::Conflict, QStringLiteral("a drafting run is already going")}
                                   : Error{ErrorCode::Config, QStringLiteral("the worker is not configured")};
        Q_EMIT draftFinished(refused);
        return;
    }
    m_drafting->run(options);
}

// ---- the thread ---------------------------------------------------------------------------------------------------

IoWorkerThread::IoWorkerThread() : m_thread(new QThread), m_worker(new IoWorker)
{
    m_thread->setObjectName(QStringLiteral("relance-io"));
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void IoWorkerThread::configure(const WorkerSetup& setup)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, setup] { (void)w->configure(setup); }, Qt::QueuedConnection);
}

void IoWorkerThread::syncNow(bool full)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, full] { w->syncNow(full); }, Qt::QueuedConnection);
}

void IoWorkerThread::cancelSync()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->cancelSync(); }, Qt::QueuedConnection);
}

void IoWorkerThread::send(const QString& actor, const Config& config)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, actor, config] { w->send(actor, config); }, Qt::QueuedConnection);
}

void IoWorkerThread::draft(const DraftRunOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, options] { w->draft(options); }, Qt::QueuedConnection);
}

} // namespace relance::worker
