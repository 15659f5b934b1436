#pragma once
// Client history from Dynamics 365 / Dataverse: phone calls, e-mails, appointments (regarding the client's account)
// and notes (annotations on it), the last N months, paged by @odata.nextLink only (Dataverse refuses $skip).
// Everything fetched is saved in one transaction at the end; an activity that cannot be read is skipped and counted.
#include "config/Config.h"
#include "storage/Database.h"
#include "sync/AccountingSync.h"

namespace relance::sync {

struct CrmSyncOptions
{
    CrmConfig config;
    QString token;                // bearer token from SecretStore; never logged
    BackoffPolicy backoff;
    QDateTime now;                // invalid: the current time (tests fix it)
    int accountsPerQuery = 20;    // account ids OR-ed in one $filter (keeps URLs short)
};

struct CrmResult
{
    qint64 fetched = 0;
    qint64 saved = 0;
    qint64 failed = 0;            // activities skipped: no id, no date, or an unknown account
    int clients = 0;              // clients with an account id to match
    int requests = 0;
    int retries = 0;
    QStringList problems;         // the first few skipped activities, with where and why
};

class DataverseCrmSync : public QObject
{
    Q_OBJECT
public:
    using DoneFn = std::function<void(Result<CrmResult>)>;
    DataverseCrmSync(Database& db, QNetworkAccessManager* nam, CrmSyncOptions options, QObject* parent = nullptr);

    void run(ProgressFn progress, DoneFn done);
    void cancel();

    struct Query
    {
        QString entitySet;
        QString idField;
        QString regardingField;
        QString subjectField;
        QString bodyField;
        InteractionKind kind;
        bool hasDirection;
    };
    static QList<Query> queries();

private:
    void next();
    void finish(Result<CrmResult> r);
    Result<void> takePage(const Query& q, const ODataPage& page, int pageNumber);

    Database& m_db;
    CrmSyncOptions m_options;
    ODataReader m_reader;
    ProgressFn m_progress;
    DoneFn m_done;
    QHash<QString, qint64> m_clientByAccount;  // lower-case account id -> client id
    QList<QPair<int, QStringList>> m_jobs;      // query index, account ids
    int m_job = 0;
    QDateTime m_since;
    QList<Interaction> m_staged;
    QSet<QString> m_seenIds;
    CrmResult m_result;
    bool m_cancelled = false;
};

} // namespace relance::sync
