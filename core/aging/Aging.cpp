#include "aging/Aging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relance {

int daysLate(QDate dueDate, QDate asOf) { return int(dueDate.daysTo(asOf)); }

AgingBucket bucketFor(int late, const AgingPolicy& policy)
{
    if (late <= 0)
        return AgingBucket::Current;
    if (late <= policy.lightMaxDays)
        return AgingBucket::Light;
    if (late <= policy.moderateMaxDays)
        return AgingBucket::Moderate;
    return AgingBucket::Serious;
}

AgingSummary summarizeAging(const QList<OpenAmountRow>& open, QDate asOf, const AgingPolicy& policy)
{
    AgingSummary s;
    s.asOf = asOf;
    for (AgingBucket b : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
        s.buckets.push_back(BucketTotals{b, 0, {}});
    for (const OpenAmountRow& row : open) {
        BucketTotals& t = s.buckets[int(bucketFor(daysLate(row.dueDate, asOf), policy))];
        t.count += row.count;
        t.openMinorByCurrency[row.currency] += row.openMinor;
    }
    return s;
}

namespace {
// The periods countback walks through, most recent first: the as-of month up to the as-of date, then whole months.
struct Period
{
    QDate first;
    QDate last;
    int days() const { return int(first.daysTo(last)) + 1; }
};
QList<Period> countbackPeriods(QDate asOf, int months)
{
    QList<Period> out;
    out.push_back({QDate(asOf.year(), asOf.month(), 1), asOf});
    QDate monthStart = out.front().first;
    for (int i = 1; i < months; ++i) {
        const QDate prevStart = monthStart.addMonths(-1);
        out.push_back({prevStart, monthStart.addDays(-1)});
        monthStart = prevStart;
    }
    return out;
}
constexpr int kCountbackMonths = 24;
} // namespace

DsoFigures computeDso(qint64 receivablesMinor, const QList<SalesRow>& sales, QDate asOf, const QString& currency,
                      int windowDays)
{
    DsoFigures f;
    f.currency = currency;
    f.windowDays = windowDays;
    f.receivablesMinor = receivablesMinor;

    const QList<Period> periods = countbackPeriods(asOf, kCountbackMonths);
    QList<qint64> periodSales(periods.size(), 0);
    const QDate windowStart = asOf.addDays(-(windowDays - 1));
    qint64 anySales = 0;
    for (const SalesRow& s : sales) {
        if (s.currency != currency || s.issueDate > asOf)
            continue;
        if (s.issueDate >= windowStart)
            f.salesMinor += s.amountMinor;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (s.issueDate >= periods[i].first && s.issueDate <= periods[i].last) {
                periodSales[i] += s.amountMinor;
                anySales += s.amountMinor;
                break;
            }
        }
    }
    if (f.salesMinor > 0)
        f.simple = double(receivablesMinor) / double(f.salesMinor) * windowDays;
    if (anySales > 0) {
        qint64 remaining = receivablesMinor;
        double days = 0;
        for (qsizetype i = 0; i < periods.size() && remaining > 0; ++i) {
            if (remaining >= periodSales[i]) {
                remaining -= periodSales[i];
                days += periods[i].days();
            } else {
                days += double(periods[i].days()) * double(remaining) / double(periodSales[i]);
                remaining = 0;
            }
        }
        f.countback = days;
    }
    return f;
}

QList<PaymentBehaviour> paymentBehaviour(const QList<PaidInvoiceRow>& paid, QDate asOf, int recentDays)
{
    struct Acc
    {
        int n = 0;
        qint64 toPay = 0;
        qint64 late = 0;
        int recentN = 0;
        qint64 recentLate = 0;
        int earlierN = 0;
        qint64 earlierLate = 0;
    };
    QMap<qint64, Acc> acc;
    const QDate recentFrom = asOf.addDays(-recentDays);
    for (const PaidInvoiceRow& r : paid) {
        if (!r.paidOn.isValid() || r.paidOn > asOf)
            continue;
        Acc& a = acc[r.clientId];
        ++a.n;
        a.toPay += r.issueDate.daysTo(r.paidOn);
        const qint64 late = r.dueDate.daysTo(r.paidOn);
        a.late += late;
        if (r.paidOn > recentFrom) {
            ++a.recentN;
            a.recentLate += late;
        } else {
            ++a.earlierN;
            a.earlierLate += late;
        }
    }
    QList<PaymentBehaviour> out;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc& a = it.value();
        PaymentBehaviour b;
        b.clientId = it.key();
        b.paidCount = a.n;
        b.averageDaysToPay = double(a.toPay) / a.n;
        b.averageDaysLate = double(a.late) / a.n;
        if (a.recentN)
            b.recentAverageDaysLate = double(a.recentLate) / a.recentN;
        if (a.earlierN)
            b.earlierAverageDaysLate = double(a.earlierLate) / a.earlierN;
        out.push_back(b);
    }
    return out;
}

Result<AgingSummary> agingSummary(Store& store, QDate asOf, const AgingPolicy& policy, const QString& baseCurrency,
                                  int dsoWindowDays)
{
    auto open = store.openAmountsByDueDate();
    if (!open)
        return std::unexpected(open.error());
    AgingSummary s = summarizeAging(*open, asOf, policy);
    qint64 receivables = 0;
    for (const OpenAmountRow& r : *open)
        if (r.currency == baseCurrency)
            receivables += r.openMinor;
    const QDate from = QDate(asOf.year(), asOf.month(), 1).addMonths(-(kCountbackMonths - 1));
    auto sales = store.salesByIssueDate(std::min(from, asOf.addDays(-dsoWindowDays)), asOf);
    if (!sales)
        return std::unexpected(sales.error());
    s.dso = computeDso(receivables, *sales, asOf, baseCurrency, dsoWindowDays);
    return s;
}

Result<QList<DsoPoint>> dsoTrend(Store& store, QDate asOf, int months, const QString& currency)
{
    Database& db = store.database();
    const QDate from = QDate(asOf.year(), asOf.month(), 1).addMonths(-(months + kCountbackMonths));
    auto sales = store.salesByIssueDate(from, asOf);
    if (!sales)
        return std::unexpected(sales.error());
    auto q = db.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM invoices WHERE currency = ? AND "
                                       "issue_date <= ? AND (paid_on IS NULL OR paid_on > ?) AND amount_minor > 0"),
                        QStringLiteral("rebuilding receivables"));
    if (!q)
        return std::unexpected(q.error());
    QList<DsoPoint> out;
    for (int i = months - 1; i >= 0; --i) {
        // month ends of the previous months, then the as-of date itself
        const QDate end = i == 0 ? asOf : QDate(asOf.year(), asOf.month(), 1).addMonths(-i + 1).addDays(-1);
        const QVariant d = dateValue(end);
        q->addBindValue(currency);
        q->addBindValue(d);
        q->addBindValue(d);
        if (auto ok = db.run(*q, QStringLiteral("rebuilding receivables at %1").arg(end.toString(Qt::ISODate))); !ok)
            return std::unexpected(ok.error());
        const qint64 receivables = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        out.push_back({end, computeDso(receivables, *sales, end, currency, 90).countback});
    }
    return out;
}

} // namespace relance
