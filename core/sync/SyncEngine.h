#pragma once
// One sync run: accounting (OData facade, or the configured Sage 50 CSV file) then CRM (Dataverse). The worker and
// relance-cli both drive this engine; it runs on the thread of the Database and network manager it is given.
#include "sync/AccountingSync.h"
#include "sync/CrmSync.h"
#include "sync/SageCsv.h"

#include <QElapsedTimer>
#include <QMetaType>

namespace relance::sync {

struct SyncCredentials
{
    QString accountingSecret;     // API key or bearer token of the facade
    QString crmToken;             // Dataverse access token
};

struct SyncRequest
{
    bool forceFull = false;
    bool accounting = true;
    bool crm = true;
};

struct SyncReport
{
    QString accountingSource;     // odata | sage50-csv | demo
    QString accountingMode;       // full | delta | modified-since | csv | skipped
    QString accountingNote;       // why it was skipped, or "resynced after 410 Gone"
    qint64 fetched = 0;
    qint64 created = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 paid = 0;
    qint64 remindersCancelled = 0;
    qint64 clientsCreated = 0;
    qint64 clientsUpdated = 0;
    int pages = 0;
    int retries = 0;
    QString crmSource;            // dataverse | demo | none
    QString crmNote;
    qint64 interactionsFetched = 0;
    qint64 interactionsSaved = 0;
    qint64 failed = 0;            // records that could not be used (CRM activities skipped)
    QStringList problems;
    double seconds = 0;

    bool accountingSkipped = false; // no accounting read: not asked for, the demo, or a CSV source without a file
    bool crmSkipped = false;        // no CRM read: not asked for, the demo, or none configured

    bool nothingToSync() const { return accountingSkipped && crmSkipped; }
    QString toJson() const;
    QString toText() const;       // a short summary for people
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    using DoneFn = std::function<void(Result<SyncReport>)>;
    SyncEngine(Database& db, QNetworkAccessManager* nam, Config config, SyncCredentials credentials,
               QObject* parent = nullptr);

    void setBackoff(const BackoffPolicy& p) { m_backoff = p; }
    void setSyncDate(QDate d) { m_syncDate = d; }
    void run(SyncRequest request, ProgressFn progress, DoneFn done);
    void cancel();
    bool running() const { return bool(m_done); }

private:
    void runCrm();
    void finish(Result<SyncReport> r);

    Database& m_db;
    QNetworkAccessManager* m_nam;
    Config m_config;
    SyncCredentials m_credentials;
    BackoffPolicy m_backoff;
    QDate m_syncDate;
    SyncRequest m_request;
    ProgressFn m_progress;
    DoneFn m_done;
    SyncReport m_report;
    QElapsedTimer m_clock;
    std::unique_ptr<ODataAccountingSync> m_accounting;
    std::unique_ptr<DataverseCrmSync> m_crm;
    bool m_cancelled = false;
};

} // namespace relance::sync

Q_DECLARE_METATYPE(relance::sync::SyncReport)
Q_DECLARE_METATYPE(relance::Error)
