#pragma once
// Builds the reminder history per invoice from the sent reminders in the database (read-only) plus the dunning
// history imported from the accounting.
#include "reminders/ReminderHistory.h"
#include "storage/Store.h"

namespace relance {

// Every sent reminder's invoices (state 'sent'; the date is sent_at, or updated_at for rows written before sent_at
// was kept, as a local date), merged with `imported` (imported records of level 0 are ignored).
// `invoiceIds` empty: all invoices.
Result<QHash<qint64, InvoiceHistory>> readReminderHistory(Store& store, const QList<SentReminder>& imported = {},
                                                          const QList<qint64>& invoiceIds = {});

} // namespace relance
