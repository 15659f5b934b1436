#pragma once
// Open invoices from Sage through an OData v4 facade: full sync (staged, applied in one transaction, with
// Prefer: odata.track-changes), delta sync through the stored @odata.deltaLink (410 Gone: full resync), or an
// incremental $filter on the last-modified field. Runs on the thread of its network manager and database.
#include "config/Config.h"
#include "storage/Database.h"
#include "sync/InvoiceLookup.h"
#include "sync/OData.h"
#include "sync/SyncStore.h"

namespace relance::sync {

using ProgressFn = std::function<void(const QString& phase, qint64 done, qint64 total)>;

struct AccountingSyncOptions
{
    AccountingConfig config;
    QString secret;               // API key or bearer token, from SecretStore; never logged
    bool forceFull = false;
    BackoffPolicy backoff;
    QDate syncDate;               // paid_on for invoices paid with this sync; invalid: today
    int fullSyncMaxAgeHours = 24; // modified-since mode: a full sync at least this often (to see invoices that left)
};

struct AccountingResult
{
    QString mode;                 // "full", "delta", "modified-since"
    qint64 fetched = 0;           // entities read
    qint64 removed = 0;           // deleted entries of a delta
    int pages = 0;
    int retries = 0;
    bool resyncedAfterGone = false;
    int confirmedStillOpen = 0;   // missing from a full read but still open when asked by number (paging shifted)
    ApplyReport applied;
};

// The facade's property name of each field: [accounting] field.X, else the default (the field's own name).
QStringList facadeFieldNames(const AccountingConfig& config);

class ODataAccountingSync : public QObject
{
    Q_OBJECT
public:
    using DoneFn = std::function<void(Result<AccountingResult>)>;
    ODataAccountingSync(Database& db, QNetworkAccessManager* nam, AccountingSyncOptions options, QObject* parent = nullptr);

    void run(ProgressFn progress, DoneFn done);
    void cancel();

private:
    enum class Mode { Full, Delta, ModifiedSince };
    void start(Mode mode, const QUrl& url);
    void finish(Result<AccountingResult> r);
    QStringList selectList() const;
    // A full read says "paid" by omission. Servers that page by offset skip a row when another one leaves the set
    // between two pages, so the invoices about to be marked paid are asked for again by number first.
    void confirmAbsentThenApply(std::function<void()> apply);

    QNetworkAccessManager* m_nam;
    std::unique_ptr<InvoiceLookup> m_lookup;
    Database& m_db;
    AccountingSyncOptions m_options;
    ODataSource m_source;
    ODataReader m_reader;
    QStringList m_fields;
    ProgressFn m_progress;
    DoneFn m_done;
    std::unique_ptr<AccountingSnapshot> m_snapshot;
    AccountingResult m_result;
    QDateTime m_watermark;
    std::optional<qint64> m_total;
    bool m_cancelled = false;
};

} // namespace relance::sync
