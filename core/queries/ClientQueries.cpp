#include "queries/ClientQueries.h"

#include "storage/Store.h"

#include <QSqlQuery>

namespace relance {

Result<QList<ClientCorrespondence>> clientCorrespondence(Database& db, qint64 clientId, qint64 exceptReminderId)
{
    QList<ClientCorrespondence> out;
    const QString what = QStringLiteral("reading previous reminders");
    auto q = db.prepare(QStringLiteral("SELECT id, state, created_at, sent_at, subject FROM reminders "
                                       "WHERE client_id = ? AND id <> ? ORDER BY created_at DESC LIMIT 20"),
                        what);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(clientId);
    q->addBindValue(exceptReminderId);
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    while (q->next()) {
        const QDateTime sent = timeFrom(q->value(3));
        out.push_back({(sent.isValid() ? sent : timeFrom(q->value(2))).toLocalTime().date(),
                       reminderStateFromName(q->value(1).toString()).value_or(ReminderState::Drafted),
                       q->value(4).toString()});
    }
    const QString replies = QStringLiteral("reading replies");
    auto t = db.prepare(QStringLiteral("SELECT created_at, title FROM tasks WHERE client_id = ? "
                                       "AND external_id <> '' ORDER BY created_at DESC LIMIT 20"),
                        replies);
    if (!t)
        return std::unexpected(t.error());
    t->addBindValue(clientId);
    if (auto ok = db.run(*t, replies); !ok)
        return std::unexpected(ok.error());
    while (t->next())
        out.push_back({timeFrom(t->value(0)).toLocalTime().date(), std::nullopt, t->value(1).toString()});
    return out;
}

Result<QList<PaidInvoiceRow>> paidInvoices(Database& db, qint64 clientId)
{
    const QString what = QStringLiteral("reading paid invoices");
    auto q = db.prepare(QStringLiteral("SELECT issue_date, due_date, paid_on FROM invoices WHERE client_id = ? "
                                       "AND paid_on IS NOT NULL"),
                        what);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(clientId);
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    QList<PaidInvoiceRow> paid;
    while (q->next())
        paid.push_back({clientId, dateFrom(q->value(0)), dateFrom(q->value(1)), dateFrom(q->value(2))});
    return paid;
}

Result<QList<OverdueInvoiceRef>> overdueInvoices(Database& db, QDate asOf, int limit)
{
    const QString what = QStringLiteral("reading invoices to preview with");
    auto q = db.prepare(QStringLiteral("SELECT i.number, c.name FROM invoices i JOIN clients c ON c.id = i.client_id "
                                       "WHERE i.open_minor > 0 AND i.due_date < ? ORDER BY i.due_date LIMIT ?"),
                        what);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(dateValue(asOf));
    q->addBindValue(limit);
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    QList<OverdueInvoiceRef> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString()});
    return out;
}

} // namespace relance
