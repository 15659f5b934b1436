#pragma once
// Applies a staged accounting snapshot in ONE transaction: clients, invoices, paid invoices and their pending
// reminders, and the sync state (delta link, watermark). Either all of it is stored or none of it.
#include "storage/Database.h"
#include "sync/Staging.h"

namespace relance::sync {

struct ApplyReport
{
    qint64 created = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 paid = 0;                 // invoices whose open amount reached zero with this sync
    qint64 remindersCancelled = 0;
    qint64 clientsCreated = 0;
    qint64 clientsUpdated = 0;
};

struct SyncValue
{
    QString name;
    QString value;
};

// syncDate becomes paid_on of invoices paid with this sync.
Result<ApplyReport> applyAccounting(Database& db, AccountingSnapshot& snapshot, QDate syncDate,
                                    const QList<SyncValue>& syncValues);

// Multi-row INSERT ... ON CONFLICT (number) DO UPDATE: the bulk path (Store::upsertInvoices runs one statement per
// row with RETURNING, several times slower for 100,000 rows). Every invoice needs clientId. Call inside a transaction.
Result<void> bulkUpsertInvoices(Database& db, const QList<Invoice>& invoices);

// Sets open_minor = 0 and paid_on for these invoices and cancels their pending reminders (not those being sent)
// with reason "paid" and an audit event. Returns the number of reminders cancelled. Call inside a transaction.
Result<qint64> markPaid(Database& db, const QList<qint64>& invoiceIds, QDate paidOn);
// Only the reminder part of markPaid, for invoices already written with open_minor = 0.
Result<qint64> cancelRemindersOfPaid(Database& db, const QList<qint64>& invoiceIds, QDate paidOn);

// Names of sync_state entries.
inline const QString kDeltaLinkKey = QStringLiteral("accounting.deltaLink");
inline const QString kWatermarkKey = QStringLiteral("accounting.lastModified");
inline const QString kLastFullSyncKey = QStringLiteral("accounting.lastFullSync");
inline const QString kLastSyncKey = QStringLiteral("accounting.lastSync");
inline const QString kCrmLastSyncKey = QStringLiteral("crm.lastSync");

} // namespace relance::sync
