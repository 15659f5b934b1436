#pragma once
// Small reads about one client for the queue's context panel, the client page and the tone-example preview.
// Each returns value types; the SQL stays here, so ui/ holds none.
#include "aging/Aging.h"
#include "domain/Domain.h"
#include "storage/Database.h"

#include <optional>

namespace relance {

// One line of "Reminders and replies": an earlier reminder (with its state) or a reply the mailbox matched.
struct ClientCorrespondence
{
    QDate date;                         // sent (else created) for a reminder; received for a reply
    std::optional<ReminderState> state; // empty: a reply
    QString subject;                    // the reminder's subject or the reply task's title
};

// The client's last 20 reminders other than `exceptReminderId`, newest first, then its last 20 replies.
Result<QList<ClientCorrespondence>> clientCorrespondence(Database& db, qint64 clientId, qint64 exceptReminderId);

// The client's paid invoices, for its payment behaviour.
Result<QList<PaidInvoiceRow>> paidInvoices(Database& db, qint64 clientId);

struct OverdueInvoiceRef
{
    QString number;
    QString clientName;
};

// Open invoices due before `asOf`, oldest first: the tone examples are previewed with them.
Result<QList<OverdueInvoiceRef>> overdueInvoices(Database& db, QDate asOf, int limit = 30);

} // namespace relance
