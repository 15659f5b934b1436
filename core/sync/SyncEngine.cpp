#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace relance::sync {

QString SyncReport::toJson() const
{
    QJsonObject acc{{QStringLiteral("source"), accountingSource},
                    {QStringLiteral("mode"), accountingMode},
                    {QStringLiteral("note"), accountingNote},
                    {QStringLiteral("fetched"), fetched},
                    {QStringLiteral("new"), created},
                    {QStringLiteral("changed"), changed},
                    {QStringLiteral("unchanged"), unchanged},
                    {QStringLiteral("paid"), paid},
                    {QStringLiteral("remindersCancelled"), remindersCancelled},
                    {QStringLiteral("clientsNew"), clientsCreated},
                    {QStringLiteral("clientsChanged"), clientsUpdated},
                    {QStringLiteral("pages"), pages},
                    {QStringLiteral("retries"), retries}};
    QJsonObject crm{{QStringLiteral("source"), crmSource},
                    {QStringLiteral("note"), crmNote},
                    {QStringLiteral("fetched"), interactionsFetched},
                    {QStringLiteral("saved"), interactionsSaved}};
    QJsonObject o{{QStringLiteral("accounting"), acc},
                  {QStringLiteral("crm"), crm},
                  {QStringLiteral("fetched"), fetched + interactionsFetched},
                  {QStringLiteral("new"), created},
                  {QStringLiteral("changed"), changed},
                  {QStringLiteral("paid"), paid},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                  {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString SyncReport::toText() const
{
    QString s;
    if (accountingMode == u"skipped")
        s += QStringLiteral("accounting: %1\n").arg(accountingNote);
    else
        s += QStringLiteral("accounting (%1, %2): fetched %3, new %4, changed %5, unchanged %6, paid %7, "
                            "reminders cancelled %8, clients new %9, clients changed %10%11\n")
                 .arg(accountingSource, accountingMode)
                 .arg(fetched)
                 .arg(created)
                 .arg(changed)
                 .arg(unchanged)
                 .arg(paid)
                 .arg(remindersCancelled)
                 .arg(clientsCreated)
                 .arg(clientsUpdated)
                 .arg(accountingNote.isEmpty() ? QString() : QStringLiteral(" (") + accountingNote + u')');
    if (crmNote.startsWith(u"skipped"))
        s += QStringLiteral("crm: %1\n").arg(crmNote);
    else
        s += QStringLiteral("crm (%1): fetched %2, saved %3, failed %4\n")
                 .arg(crmSource)
                 .arg(interactionsFetched)
                 .arg(interactionsSaved)
                 .arg(failed);
    for (const QString& p : problems)
        s += QStringLiteral("  skipped: %1\n").arg(p);
    s += QStringLiteral("fetched %1, new %2, changed %3, paid %4, failed %5, %6 s\n")
             .arg(fetched + interactionsFetched)
             .arg(created)
             .arg(changed)
             .arg(paid)
             .arg(failed)
             .arg(seconds, 0, 'f', 2);
    return s;
}

SyncEngine::SyncEngine(Database& db, QNetworkAccessManager* nam, Config config, SyncCredentials credentials,
                       QObject* parent)
    : QObject(parent), m_db(db), m_nam(nam), m_config(std::move(config)), m_credentials(std::move(credentials))
{
}

void SyncEngine::cancel()
{
    m_cancelled = true;
    if (m_accounting)
        m_accounting->cancel();
    if (m_crm)
        m_crm->cancel();
}

void SyncEngine::run(SyncRequest request, ProgressFn progress, DoneFn done)
{
    if (m_done) {
        done(fail(ErrorCode::Conflict, QStringLiteral("a sync is already running")));
        return;
    }
    m_request = request;
    m_progress = std::move(progress);
    m_done = std::move(done);
    m_report = {};
    m_cancelled = false;
    m_clock.start();
    const AccountingConfig& acc = m_config.accounting;
    m_report.accountingSource = choiceName(acc.source);
    m_report.crmSource = choiceName(m_config.crm.source);

    if (!request.accounting) {
        m_report.accountingMode = QStringLiteral("skipped");
        m_report.accountingSkipped = true;
        m_report.accountingNote = QStringLiteral("skipped: not asked for");
        runCrm();
        return;
    }
    if (acc.source == AccountingSource::Demo) {
        m_report.accountingMode = QStringLiteral("skipped");
        m_report.accountingSkipped = true;
        m_report.accountingNote = QStringLiteral("skipped: [accounting] source=demo has no accounting system to sync");
        runCrm();
        return;
    }
    if (acc.source == AccountingSource::Sage50Csv) {
        if (acc.csvFile.isEmpty()) {
            m_report.accountingMode = QStringLiteral("skipped");
            m_report.accountingSkipped = true;
        m_report.accountingSkipped = true;
            m_report.accountingNote = QStringLiteral("skipped: [accounting] source=sage50-csv without csvFile "
                                                     "(use import-sage-csv FILE or watchFolder)");
            runCrm();
            return;
        }
        if (m_progress)
            m_progress(QStringLiteral("accounting"), 0, 0);
        auto imported = importSageCsv(m_db, acc.csvFile, acc, m_syncDate);
        if (!imported) {
            finish(std::unexpected(imported.error()));
            return;
        }
        m_report.accountingMode = QStringLiteral("csv");
        m_report.fetched = imported->info.rows;
        const ApplyReport& a = imported->applied;
        m_report.created = a.created;
        m_report.changed = a.changed;
        m_report.unchanged = a.unchanged;
        m_report.paid = a.paid;
        m_report.remindersCancelled = a.remindersCancelled;
        m_report.clientsCreated = a.clientsCreated;
        m_report.clientsUpdated = a.clientsUpdated;
        runCrm();
        return;
    }
    AccountingSyncOptions options;
    options.config = acc;
    options.secret = m_credentials.accountingSecret;
    options.forceFull = request.forceFull;
    options.backoff = m_backoff;
    options.syncDate = m_syncDate;
    m_accounting = std::make_unique<ODataAccountingSync>(m_db, m_nam, options);
    m_accounting->run(m_progress, [this](Result<AccountingResult> r) {
        // Destroy the sync object later: we are inside its callback.
        if (m_accounting)
            m_accounting.release()->deleteLater();
        if (!r) {
            finish(std::unexpected(r.error()));
            return;
        }
        m_report.accountingMode = r->mode;
        m_report.fetched = r->fetched;
        m_report.pages = r->pages;
        m_report.retries = r->retries;
        if (r->resyncedAfterGone)
            m_report.accountingNote = QStringLiteral("the delta link had expired (410 Gone): full resync");
        const ApplyReport& a = r->applied;
        m_report.created = a.created;
        m_report.changed = a.changed;
        m_report.unchanged = a.unchanged;
        m_report.paid = a.paid;
        m_report.remindersCancelled = a.remindersCancelled;
        m_report.clientsCreated = a.clientsCreated;
        m_report.clientsUpdated = a.clientsUpdated;
        runCrm();
    });
}

void SyncEngine::runCrm()
{
    if (m_cancelled) {
        finish(fail(ErrorCode::Cancelled, QStringLiteral("sync cancelled")));
        return;
    }
    if (!m_request.crm || m_config.crm.source != CrmSource::Dataverse) {
        m_report.crmSkipped = true;
        m_report.crmNote = !m_request.crm ? QStringLiteral("skipped: not asked for")
                           : m_config.crm.source == CrmSource::Demo
                               ? QStringLiteral("skipped: [crm] source=demo has no CRM to sync")
                               : QStringLiteral("skipped: [crm] source=none");
        finish(m_report);
        return;
    }
    CrmSyncOptions options;
    options.config = m_config.crm;
    options.token = m_credentials.crmToken;
    options.backoff = m_backoff;
    m_crm = std::make_unique<DataverseCrmSync>(m_db, m_nam, options);
    m_crm->run(m_progress, [this](Result<CrmResult> r) {
        if (m_crm)
            m_crm.release()->deleteLater();
        if (!r) {
            finish(fail(r.error().code, QStringLiteral("CRM: %1 (the accounting part was saved)").arg(r.error().detail)));
            return;
        }
        m_report.interactionsFetched = r->fetched;
        m_report.interactionsSaved = r->saved;
        m_report.failed += r->failed;
        m_report.problems << r->problems;
        m_report.retries += r->retries;
        finish(m_report);
    });
}

void SyncEngine::finish(Result<SyncReport> r)
{
    if (r)
        r->seconds = m_clock.elapsed() / 1000.0;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

} // namespace relance::sync
