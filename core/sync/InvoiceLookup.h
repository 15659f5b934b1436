#pragma once
// Reads given invoices from the OData facade by number, for the sender's re-check right before sending:
// $filter=InvoiceNo eq 'A' or InvoiceNo eq 'B' ... (the [accounting] field mapping, '' escaping), up to
// kNumbersPerRequest numbers per request, through the sync's ODataReader/HttpFetcher (same auth, timeout, retries).
// What comes back is applied like a delta sync (applyAccounting, one transaction): an asked number that is absent
// from the open-items set or at 0 is paid (its pending reminders are cancelled "paid"), a changed amount is written.
// The sync state (last sync, delta link, watermark) is not touched: this is not a sync of the whole set.
#include "config/Config.h"
#include "storage/Database.h"
#include "sync/OData.h"
#include "sync/SyncStore.h"

namespace relance::sync {

// ODataSource of [accounting] (url, auth, key header, page size, timeout) with the given secret.
ODataSource odataSourceFor(const AccountingConfig& config, const QString& secret);

// The $filter naming these invoice numbers: "<InvoiceNo property> eq 'A' or <InvoiceNo property> eq 'B'".
QString invoiceNumberFilter(const QString& invoiceNoProperty, const QStringList& numbers);

struct LookupResult
{
    AccountingSnapshot snapshot;     // complete=false; invoices found; removed = asked numbers the source does not have
    QSet<QString> paid;              // asked numbers absent or at 0 at the source
    int requests = 0;                // one per chunk of numbers (pages of a chunk not counted)
    int retries = 0;
};

class InvoiceLookup : public QObject
{
    Q_OBJECT
public:
    static constexpr int kNumbersPerRequest = 50;
    using DoneFn = std::function<void(Result<LookupResult>)>;

    InvoiceLookup(QNetworkAccessManager* nam, AccountingConfig config, QString secret, BackoffPolicy policy,
                  QObject* parent = nullptr);

    // Asks for these numbers in chunks of kNumbersPerRequest, one request after the other. The first failure ends the
    // lookup with its error: ErrorCode::AuthRejected (401/403 or no key), Network/Timeout/Server/RateLimited
    // (unreachable after the retries), or another code (a bad answer). Stages, never writes.
    void fetch(const QStringList& numbers, DoneFn done);
    bool busy() const { return bool(m_done); }

private:
    void nextChunk();
    void finish(Result<LookupResult> r);

    AccountingConfig m_config;
    ODataSource m_source;
    ODataReader m_reader;
    QStringList m_fields;
    QStringList m_numbers;
    qsizetype m_next = 0;
    std::unique_ptr<LookupResult> m_result;
    QSet<QString> m_seen;
    DoneFn m_done;
};

// Applies a lookup like a delta sync, in one transaction (no sync state written). paidOn: today when invalid.
Result<ApplyReport> applyLookup(Database& db, LookupResult& result, QDate paidOn = {});

// Whether an error means the source could not be reached (fall back to the last sync) rather than a refusal or a
// bad answer.
bool isUnreachable(const Error& e);

} // namespace relance::sync
