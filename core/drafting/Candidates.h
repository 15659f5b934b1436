#pragma once
// Which invoices get a draft: overdue, not paid, not disputed, client not on do-not-chase, not reminded within the
// interval, and no reminder already pending for the client (a snoozed one counts as pending). One candidate per client.
#include "domain/Domain.h"
#include "storage/Store.h"

namespace relance {

struct DraftCandidate
{
    Client client;
    QList<Invoice> invoices;      // oldest due date first
    int previousReminders = 0;    // sent reminders that named one of these invoices
    QDate lastReminderDate;
    int maxDaysLate(QDate asOf) const;
};

struct CandidateQuery
{
    QDate asOf;
    int intervalDays = 10;
    int limit = 0;                // 0: all; otherwise the most overdue clients first
};

Result<QList<DraftCandidate>> selectDraftCandidates(Store& store, const CandidateQuery& query);

// Snoozed reminders whose date has come back go to needs-review again (one transaction, audited).
Result<int> wakeSnoozedReminders(Store& store, QDate asOf, const QString& actor);

// Reminders left in "drafted" by a run that died (older than `staleMinutes`) are cancelled, so they stop blocking.
Result<int> cancelStaleDrafts(Store& store, int staleMinutes, const QString& actor);

} // namespace relance
