#pragma once
// A review workload for the workstation's demo, tests and benchmark: drafts for the overdue clients of whatever
// ledger is stored (the demo data set, or the small ledger below), with findings on some, and reply tasks.
// Deterministic for a seed and an as-of date. The drafts are written like the drafting engine's templates:
// every figure from the ledger, in the client's language and Swiss formats.
#include "aging/Aging.h"
#include "storage/Store.h"

namespace relance {

struct ReviewDemoOptions
{
    QDate asOf;                    // invalid: today
    quint64 seed = 7;
    int maxDrafts = 10'000;
    int openPercent = -1;          // share of past-due invoices still open; -1: a realistic mix (recent ones more often)
    QString firmName = QStringLiteral("Fiduciaire Lémanique SA");
    QString iban = QStringLiteral("CH93 0076 2011 6238 5295 7");
};

// A ledger when no demo data set is available: clients in French, German and English, invoices over all buckets,
// paid ones for DSO, CRM history and tone examples. About one client per six invoices. One transaction.
Result<void> seedReviewLedger(Store& store, int invoices, const ReviewDemoOptions& options);

// One draft per client with overdue open invoices (up to maxDrafts), plus a few reply tasks. One transaction.
Result<int> seedReviewDrafts(Store& store, const AgingPolicy& policy, const ReviewDemoOptions& options);

} // namespace relance
