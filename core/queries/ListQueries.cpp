#include "queries/ListQueries.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace relance {

namespace {

QString groupConcat(Dialect d, const QString& expr)
{
    return d == Dialect::SQLite ? QStringLiteral("group_concat(%1, ', ')").arg(expr)
                                : QStringLiteral("string_agg(%1, ', ')").arg(expr);
}

QString queueSql(Dialect d, bool one)
{
    return QStringLiteral("SELECT r.id, r.client_id, c.name, r.bucket, r.language, r.state, r.findings, r.version, "
                          "r.snoozed_until, COUNT(l.invoice_id), COALESCE(SUM(l.open_minor), 0), MAX(l.currency), "
                          "MIN(i.due_date), %1 "
                          "FROM reminders r JOIN clients c ON c.id = r.client_id "
                          "LEFT JOIN reminder_invoices l ON l.reminder_id = r.id "
                          "LEFT JOIN invoices i ON i.id = l.invoice_id %2"
                          "GROUP BY r.id, r.client_id, c.name, r.bucket, r.language, r.state, r.findings, r.version, "
                          "r.snoozed_until ORDER BY r.id")
        .arg(groupConcat(d, QStringLiteral("i.number")), one ? QStringLiteral("WHERE r.id = ? ") : QString());
}

QueueRow queueRowFrom(const QSqlQuery& q, QDate asOf, const AgingPolicy& policy)
{
    QueueRow r;
    r.id = q.value(0).toLongLong();
    r.clientId = q.value(1).toLongLong();
    r.clientName = q.value(2).toString();
    r.bucket = agingBucketFromName(q.value(3).toString()).value_or(AgingBucket::Light);
    r.language = languageFromCode(q.value(4).toString()).value_or(Language::French);
    r.state = reminderStateFromName(q.value(5).toString()).value_or(ReminderState::Drafted);
    const QString findings = q.value(6).toString();
    if (findings.size() > 2) {
        for (const Finding& f : findingsFromJson(findings)) {
            ++r.findings;
            if (f.severity == FindingSeverity::Blocking)
                ++r.blockingFindings;
        }
    }
    r.version = q.value(7).toInt();
    r.snoozedUntil = dateFrom(q.value(8));
    r.invoiceCount = q.value(9).toInt();
    r.openMinor = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        r.currency = q.value(11).toString();
    const QDate oldestDue = dateFrom(q.value(12));
    r.daysLate = oldestDue.isValid() ? daysLate(oldestDue, asOf) : 0;
    Q_UNUSED(policy);
    r.invoiceNumbers = q.value(13).toString();
    return r;
}

} // namespace

Result<QList<QueueRow>> loadQueue(Database& db, QDate asOf, const AgingPolicy& policy)
{
    auto q = db.prepare(queueSql(db.dialect(), false), QStringLiteral("reading the draft queue"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto ok = db.run(*q, QStringLiteral("reading the draft queue")); !ok)
        return std::unexpected(ok.error());
    QList<QueueRow> out;
    while (q->next())
        out.push_back(queueRowFrom(*q, asOf, policy));
    return out;
}

Result<QueueRow> loadQueueRow(Database& db, qint64 reminderId, QDate asOf, const AgingPolicy& policy)
{
    auto q = db.prepare(queueSql(db.dialect(), true), QStringLiteral("reading a draft"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(reminderId);
    if (auto ok = db.run(*q, QStringLiteral("reading draft %1").arg(reminderId)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QStringLiteral("draft %1 does not exist").arg(reminderId));
    return queueRowFrom(*q, asOf, policy);
}

Result<QList<InvoiceRow>> loadInvoices(Database& db, qint64 clientId, bool openOnly)
{
    QString sql = QStringLiteral("SELECT i.id, i.number, i.client_id, c.name, i.issue_date, i.due_date, i.amount_minor, "
                                 "i.open_minor, i.currency, i.disputed FROM invoices i JOIN clients c ON c.id = i.client_id");
    QStringList where;
    if (clientId)
        where << QStringLiteral("i.client_id = ?");
    if (openOnly)
        where << QStringLiteral("i.open_minor <> 0");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY i.due_date, i.id");
    auto q = db.prepare(sql, QStringLiteral("reading invoices"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (clientId)
        q->addBindValue(clientId);
    if (auto ok = db.run(*q, QStringLiteral("reading invoices")); !ok)
        return std::unexpected(ok.error());
    QList<InvoiceRow> out;
    while (q->next()) {
        InvoiceRow r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.clientId = q->value(2).toLongLong();
        r.clientName = q->value(3).toString();
        r.issueDate = dateFrom(q->value(4));
        r.dueDate = dateFrom(q->value(5));
        r.amountMinor = q->value(6).toLongLong();
        r.openMinor = q->value(7).toLongLong();
        r.currency = q->value(8).toString();
        r.disputed = q->value(9).toInt() != 0;
        out.push_back(std::move(r));
    }
    return out;
}

Result<QList<ClientRow>> loadClients(Database& db, QDate asOf, const QString& baseCurrency)
{
    auto q = db.prepare(
        QStringLiteral("SELECT c.id, c.number, c.name, c.language, c.mandate_type, c.accountant, c.do_not_chase, "
                       "c.do_not_chase_until, "
                       "SUM(CASE WHEN i.open_minor > 0 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN i.open_minor > 0 AND i.currency = ? THEN i.open_minor ELSE 0 END), "
                       "MIN(CASE WHEN i.open_minor > 0 THEN i.due_date END) "
                       "FROM clients c LEFT JOIN invoices i ON i.client_id = c.id "
                       "GROUP BY c.id, c.number, c.name, c.language, c.mandate_type, c.accountant, c.do_not_chase, "
                       "c.do_not_chase_until ORDER BY c.name"),
        QStringLiteral("reading clients"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(baseCurrency);
    if (auto ok = db.run(*q, QStringLiteral("reading clients")); !ok)
        return std::unexpected(ok.error());
    QList<ClientRow> out;
    while (q->next()) {
        ClientRow r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.name = q->value(2).toString();
        r.language = languageFromCode(q->value(3).toString()).value_or(Language::French);
        r.mandate = mandateTypeFromName(q->value(4).toString()).value_or(MandateType::Other);
        r.accountant = q->value(5).toString();
        r.doNotChase = q->value(6).toInt() != 0;
        r.doNotChaseUntil = dateFrom(q->value(7));
        r.openInvoices = q->value(8).toInt();
        r.openMinor = q->value(9).toLongLong();
        const QDate oldest = dateFrom(q->value(10));
        r.maxDaysLate = oldest.isValid() ? std::max(0, daysLate(oldest, asOf)) : 0;
        out.push_back(std::move(r));
    }
    return out;
}

Result<QList<TaskRow>> loadTasks(Database& db)
{
    Store store(db);
    auto tasks = store.tasks();
    if (!tasks)
        return std::unexpected(tasks.error());
    QHash<qint64, QString> names;
    auto q = db.prepare(QStringLiteral("SELECT id, name FROM clients WHERE id IN (SELECT client_id FROM tasks)"),
                        QStringLiteral("reading task clients"));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = db.run(*q, QStringLiteral("reading task clients")); !ok)
        return std::unexpected(ok.error());
    while (q->next())
        names.insert(q->value(0).toLongLong(), q->value(1).toString());
    QList<TaskRow> out;
    for (const Task& t : *tasks)
        out.push_back({t, names.value(t.clientId)});
    return out;
}

namespace {
Result<qint64> scalar(Database& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    auto q = db.prepare(sql, what);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : binds)
        q->addBindValue(v);
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}
} // namespace

Result<DashboardData> loadDashboard(Store& store, QDate asOf, const AgingPolicy& policy, const QString& baseCurrency,
                                    int dsoWindowDays)
{
    Database& db = store.database();
    DashboardData d;
    auto summary = agingSummary(store, asOf, policy, baseCurrency, dsoWindowDays);
    if (!summary)
        return std::unexpected(summary.error());
    d.summary = *summary;
    auto trend = dsoTrend(store, asOf, 12, baseCurrency);
    if (!trend)
        return std::unexpected(trend.error());
    d.trend = *trend;

    // Top overdue clients: open and past due, in the base currency.
    auto q = db.prepare(QStringLiteral("SELECT c.id, c.name, SUM(i.open_minor), MIN(i.due_date) FROM invoices i "
                                       "JOIN clients c ON c.id = i.client_id WHERE i.open_minor > 0 AND i.due_date < ? "
                                       "AND i.currency = ? GROUP BY c.id, c.name ORDER BY SUM(i.open_minor) DESC LIMIT 8"),
                        QStringLiteral("reading the top overdue clients"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(dateValue(asOf));
    q->addBindValue(baseCurrency);
    if (auto ok = db.run(*q, QStringLiteral("reading the top overdue clients")); !ok)
        return std::unexpected(ok.error());
    while (q->next())
        d.topOverdue.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                                daysLate(dateFrom(q->value(3)), asOf), 0, 0});

    auto paid = store.paidInvoices(asOf.addDays(-365), asOf);
    if (!paid)
        return std::unexpected(paid.error());
    QList<PaymentBehaviour> behaviour = paymentBehaviour(*paid, asOf);
    behaviour.erase(std::remove_if(behaviour.begin(), behaviour.end(),
                                   [](const PaymentBehaviour& b) { return !b.trendDays() || *b.trendDays() < 5.0; }),
                    behaviour.end());
    std::sort(behaviour.begin(), behaviour.end(),
              [](const PaymentBehaviour& a, const PaymentBehaviour& b) { return *a.trendDays() > *b.trendDays(); });
    if (behaviour.size() > 8)
        behaviour.resize(8);
    if (!behaviour.isEmpty()) {
        QHash<qint64, QString> names;
        auto n = db.prepare(QStringLiteral("SELECT id, name FROM clients"), QStringLiteral("reading client names"));
        if (!n)
            return std::unexpected(n.error());
        n->setForwardOnly(true);
        if (auto ok = db.run(*n, QStringLiteral("reading client names")); !ok)
            return std::unexpected(ok.error());
        while (n->next())
            names.insert(n->value(0).toLongLong(), n->value(1).toString());
        for (const PaymentBehaviour& b : behaviour)
            d.slowingDown.push_back({b.clientId, names.value(b.clientId), 0, 0, *b.trendDays(),
                                     b.recentAverageDaysLate.value_or(0)});
    }

    auto waiting = countDraftsToReview(db);
    if (!waiting)
        return std::unexpected(waiting.error());
    d.draftsWaiting = *waiting;
    const QDate monday = asOf.addDays(1 - asOf.dayOfWeek());
    auto sent = scalar(db, QStringLiteral("SELECT COUNT(*) FROM reminders WHERE state = 'sent' AND sent_at >= ?"),
                       {QVariant(monday.toString(Qt::ISODate))}, QStringLiteral("counting reminders sent this week"));
    if (!sent)
        return std::unexpected(sent.error());
    d.sentThisWeek = *sent;
    auto replies = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE done = 0 AND external_id <> ''"), {},
                          QStringLiteral("counting replies waiting"));
    if (!replies)
        return std::unexpected(replies.error());
    d.repliesWaiting = *replies;
    auto last = db.prepare(QStringLiteral("SELECT MAX(updated_at) FROM sync_state"), QStringLiteral("reading the last sync"));
    if (!last)
        return std::unexpected(last.error());
    if (auto ok = db.run(*last, QStringLiteral("reading the last sync")); !ok)
        return std::unexpected(ok.error());
    if (last->next())
        d.lastSync = last->value(0).toString();
    return d;
}

Result<qint64> countDraftsToReview(Database& db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM reminders WHERE state IN ('drafted', 'needs-review')"), {},
                  QStringLiteral("counting drafts"));
}

} // namespace relance
