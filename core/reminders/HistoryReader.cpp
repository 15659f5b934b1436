#include "reminders/HistoryReader.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace relance {

Result<QHash<qint64, InvoiceHistory>> readReminderHistory(Store& store, const QList<SentReminder>& imported,
                                                          const QList<qint64>& invoiceIds)
{
    Database& db = store.database();
    const QSet<qint64> wanted(invoiceIds.cbegin(), invoiceIds.cend());
    QList<SentReminder> records;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ri.invoice_id, r.id, r.sent_at, r.updated_at, r.internet_message_id, "
                               "r.message_id FROM reminder_invoices ri JOIN reminders r ON r.id = ri.reminder_id "
                               "WHERE r.state = 'sent'")))
        return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading the reminder history")));
    while (q.next()) {
        const qint64 invoiceId = q.value(0).toLongLong();
        if (!wanted.isEmpty() && !wanted.contains(invoiceId))
            continue;
        SentReminder s;
        s.invoiceId = invoiceId;
        s.reminderId = q.value(1).toLongLong();
        QDateTime at = timeFrom(q.value(2));
        if (!at.isValid())
            at = timeFrom(q.value(3));
        s.sentOn = at.toLocalTime().date();
        // The Internet Message-ID is what the client's mail program shows; the mail system's id otherwise.
        s.messageId = q.value(4).toString();
        if (s.messageId.isEmpty())
            s.messageId = q.value(5).toString();
        records.append(std::move(s));
    }
    for (const SentReminder& s : imported)
        if (s.level > 0 && (wanted.isEmpty() || wanted.contains(s.invoiceId)))
            records.append(s);
    return assembleHistories(std::move(records));
}

} // namespace relance
