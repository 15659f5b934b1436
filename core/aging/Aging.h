#pragma once
// Aging buckets, the aging summary and DSO. Pure functions over dates and integer amounts: no clock, no time zone.
// Days late are calendar days from the due date to the "as of" date (QDate: a time zone cannot shift a day).
#include "domain/Domain.h"
#include "storage/Store.h"

#include <QMap>
#include <optional>

namespace relance {

struct AgingPolicy
{
    int lightMaxDays = 15;     // light: 1..15 days late
    int moderateMaxDays = 45;  // moderate: 16..45; serious: over 45
};

// Current for 0 days late or less (not yet due, or due today).
AgingBucket bucketFor(int daysLate, const AgingPolicy& policy = {});
int daysLate(QDate dueDate, QDate asOf);

struct BucketTotals
{
    AgingBucket bucket = AgingBucket::Current;
    qint64 count = 0;
    QMap<QString, qint64> openMinorByCurrency; // ISO code -> minor units
};

struct DsoFigures
{
    QString currency;          // DSO is computed in one currency (the base currency); others are not converted
    int windowDays = 90;
    std::optional<double> countback; // days; empty when there were no sales in the window (a ratio, not money)
    std::optional<double> simple;
    qint64 receivablesMinor = 0;     // open amount in that currency at the as-of date
    qint64 salesMinor = 0;           // invoiced in the window
};

struct AgingSummary
{
    QDate asOf;
    QList<BucketTotals> buckets;     // always four, in order current, light, moderate, serious
    DsoFigures dso;
};

// Summary from the per-due-date rows the Store aggregates (fast for 100,000 invoices).
AgingSummary summarizeAging(const QList<OpenAmountRow>& open, QDate asOf, const AgingPolicy& policy = {});

// DSO by the countback method: walking back month by month from the as-of date, whole months whose sales the
// receivables cover count in full, the last one pro rata. Simple: receivables / sales in window * window days.
DsoFigures computeDso(qint64 receivablesMinor, const QList<SalesRow>& sales, QDate asOf, const QString& currency,
                      int windowDays);

// Countback DSO at the end of each of the last `months` months, for a trend. Needs the receivables at each month end,
// which come from invoices' issue dates and paid dates.
struct DsoPoint
{
    QDate monthEnd;
    std::optional<double> countback;
};

// Per client payment behaviour from paid invoices: average days to pay, recent versus earlier, to spot clients slowing down.
struct PaymentBehaviour
{
    qint64 clientId = 0;
    int paidCount = 0;
    double averageDaysToPay = 0;     // issue date to paid date
    double averageDaysLate = 0;      // due date to paid date (negative: early)
    std::optional<double> recentAverageDaysLate;  // paid in the last `recentDays`
    std::optional<double> earlierAverageDaysLate; // paid before that
    // Growing delay: recent minus earlier, in days; > 0 means paying later than before.
    std::optional<double> trendDays() const
    {
        if (recentAverageDaysLate && earlierAverageDaysLate)
            return *recentAverageDaysLate - *earlierAverageDaysLate;
        return std::nullopt;
    }
};
QList<PaymentBehaviour> paymentBehaviour(const QList<PaidInvoiceRow>& paid, QDate asOf, int recentDays = 90);

// Loads what is needed from the store and computes the summary and DSO for the base currency.
Result<AgingSummary> agingSummary(Store& store, QDate asOf, const AgingPolicy& policy, const QString& baseCurrency,
                                  int dsoWindowDays);

} // namespace relance

namespace relance {
// Countback DSO at each of the last `months` month ends (the last point is the as-of date itself).
// Receivables at a past date are rebuilt from issue and paid dates: an invoice counts in full from its issue date
// until its paid date (partial payments are not dated in the ledger, so a partly paid invoice counts in full until paid).
Result<QList<DsoPoint>> dsoTrend(Store& store, QDate asOf, int months, const QString& currency);
} // namespace relance
