#include "storage/Store.h"

#include "audit/AuditChain.h"
#include "net/Clock.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace relance {

QVariant dateValue(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}
QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

namespace {
QVariant flag(bool b) { return b ? 1 : 0; }
QString now(const net::Clock& clock) { return clock.nowUtc().toString(Qt::ISODateWithMs); }

// Binds values in order; keeps the call sites one line per column.
struct Binder
{
    QSqlQuery& q;
    template <typename T>
    Binder& operator<<(const T& v)
    {
        q.addBindValue(QVariant::fromValue(v));
        return *this;
    }
    Binder& operator<<(const QVariant& v)
    {
        q.addBindValue(v);
        return *this;
    }
    // A null QString is text nobody filled in, not SQL NULL: the text columns are NOT NULL DEFAULT ''.
    // Nullable columns (dates, external ids) are bound as QVariant() explicitly.
    Binder& operator<<(const QString& v)
    {
        q.addBindValue(v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v));
        return *this;
    }
};

constexpr auto kClientColumns =
    "id, number, name, language, reminder_emails, invoice_email, contact_person, mandate_type, accountant, "
    "crm_account_id, do_not_chase, do_not_chase_reason, do_not_chase_until";

Client clientFrom(const QSqlQuery& q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.name = q.value(2).toString();
    c.language = languageFromCode(q.value(3).toString()).value_or(Language::French);
    c.reminderEmails = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    c.invoiceEmail = q.value(5).toString();
    c.contactPerson = q.value(6).toString();
    c.mandateType = mandateTypeFromName(q.value(7).toString()).value_or(MandateType::Other);
    c.accountant = q.value(8).toString();
    c.crmAccountId = q.value(9).toString();
    c.doNotChase = q.value(10).toInt() != 0;
    c.doNotChaseReason = q.value(11).toString();
    c.doNotChaseUntil = dateFrom(q.value(12));
    return c;
}

constexpr auto kInvoiceColumns =
    "i.id, i.number, i.client_id, c.number, i.issue_date, i.due_date, i.amount_minor, i.open_minor, i.currency, "
    "i.paid_on, i.disputed, i.source, i.last_modified";

Invoice invoiceFrom(const QSqlQuery& q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.clientId = q.value(2).toLongLong();
    i.clientNumber = q.value(3).toString();
    i.issueDate = dateFrom(q.value(4));
    i.dueDate = dateFrom(q.value(5));
    i.amountMinor = q.value(6).toLongLong();
    i.openMinor = q.value(7).toLongLong();
    i.currency = q.value(8).toString();
    i.paidOn = dateFrom(q.value(9));
    i.disputed = q.value(10).toInt() != 0;
    i.source = q.value(11).toString();
    i.lastModified = timeFrom(q.value(12));
    return i;
}

constexpr auto kReminderColumns =
    "id, client_id, bucket, language, subject, body, state, findings, provider, model, prompt_tokens, "
    "completion_tokens, snoozed_until, reason, version, created_at, created_by, updated_at, updated_by, approved_at, "
    "approved_by, sent_at, message_id, internet_message_id";

Reminder reminderFrom(const QSqlQuery& q)
{
    Reminder r;
    r.id = q.value(0).toLongLong();
    r.clientId = q.value(1).toLongLong();
    r.bucket = agingBucketFromName(q.value(2).toString()).value_or(AgingBucket::Light);
    r.language = languageFromCode(q.value(3).toString()).value_or(Language::French);
    r.subject = q.value(4).toString();
    r.body = q.value(5).toString();
    r.state = reminderStateFromName(q.value(6).toString()).value_or(ReminderState::NeedsReview);
    r.findings = findingsFromJson(q.value(7).toString());
    r.provider = q.value(8).toString();
    r.model = q.value(9).toString();
    r.promptTokens = q.value(10).toInt();
    r.completionTokens = q.value(11).toInt();
    r.snoozedUntil = dateFrom(q.value(12));
    r.reason = q.value(13).toString();
    r.version = q.value(14).toInt();
    r.createdAt = timeFrom(q.value(15));
    r.createdBy = q.value(16).toString();
    r.updatedAt = timeFrom(q.value(17));
    r.updatedBy = q.value(18).toString();
    r.approvedAt = timeFrom(q.value(19));
    r.approvedBy = q.value(20).toString();
    r.sentAt = timeFrom(q.value(21));
    r.messageId = q.value(22).toString();
    r.internetMessageId = q.value(23).toString();
    return r;
}
} // namespace

Result<void> Store::upsertClients(QList<Client>& clients)
{
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO clients (number, name, language, reminder_emails, invoice_email, contact_person, "
                       "mandate_type, accountant, crm_account_id, do_not_chase, do_not_chase_reason, do_not_chase_until, "
                       "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT (number) DO UPDATE SET name = excluded.name, language = excluded.language, "
                       "reminder_emails = excluded.reminder_emails, invoice_email = excluded.invoice_email, "
                       "contact_person = excluded.contact_person, mandate_type = excluded.mandate_type, "
                       "accountant = excluded.accountant, crm_account_id = excluded.crm_account_id, "
                       "do_not_chase = excluded.do_not_chase, do_not_chase_reason = excluded.do_not_chase_reason, "
                       "do_not_chase_until = excluded.do_not_chase_until, updated_at = excluded.updated_at "
                       "RETURNING id"),
        QStringLiteral("saving clients"));
    if (!q)
        return std::unexpected(q.error());
    const QString stamp = now(m_db.clock());
    for (Client& c : clients) {
        Binder{*q} << c.number << c.name << languageCode(c.language) << c.reminderEmails.join(u',') << c.invoiceEmail
                   << c.contactPerson << mandateTypeName(c.mandateType) << c.accountant << c.crmAccountId
                   << flag(c.doNotChase) << c.doNotChaseReason << dateValue(c.doNotChaseUntil) << stamp;
        if (auto ok = m_db.run(*q, QStringLiteral("saving client %1").arg(c.number)); !ok)
            return ok;
        if (q->next())
            c.id = q->value(0).toLongLong();
        q->finish();
    }
    return {};
}

Result<QList<Client>> Store::clients()
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM clients ORDER BY number").arg(QLatin1StringView(kClientColumns)),
                          QStringLiteral("reading clients"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto ok = m_db.run(*q, QStringLiteral("reading clients")); !ok)
        return std::unexpected(ok.error());
    QList<Client> out;
    while (q->next())
        out.push_back(clientFrom(*q));
    return out;
}

Result<std::optional<Client>> Store::client(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(QLatin1StringView(kClientColumns)),
                          QStringLiteral("reading a client"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(id);
    if (auto ok = m_db.run(*q, QStringLiteral("reading client %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<Client>();
    return std::optional<Client>(clientFrom(*q));
}

Result<std::optional<Client>> Store::clientByNumber(const QString& number)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM clients WHERE number = ?").arg(QLatin1StringView(kClientColumns)),
        QStringLiteral("reading a client"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(number);
    if (auto ok = m_db.run(*q, QStringLiteral("reading client %1").arg(number)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<Client>();
    return std::optional<Client>(clientFrom(*q));
}

Result<qint64> Store::countRows(const QString& table)
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("counting %1").arg(table)));
    return q.value(0).toLongLong();
}

Result<void> Store::upsertInvoices(QList<Invoice>& invoices)
{
    // Resolve client numbers to ids once, not per row.
    QHash<QString, qint64> idByNumber;
    bool needLookup = false;
    for (const Invoice& i : invoices)
        needLookup = needLookup || i.clientId == 0;
    if (needLookup) {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT number, id FROM clients")))
            return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading client numbers")));
        while (q.next())
            idByNumber.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO invoices (number, client_id, issue_date, due_date, amount_minor, open_minor, currency, "
                       "paid_on, disputed, source, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT (number) DO UPDATE SET client_id = excluded.client_id, "
                       "issue_date = excluded.issue_date, due_date = excluded.due_date, "
                       "amount_minor = excluded.amount_minor, open_minor = excluded.open_minor, "
                       "currency = excluded.currency, paid_on = excluded.paid_on, disputed = excluded.disputed, "
                       "source = excluded.source, last_modified = excluded.last_modified RETURNING id"),
        QStringLiteral("saving invoices"));
    if (!q)
        return std::unexpected(q.error());
    for (Invoice& i : invoices) {
        if (i.clientId == 0) {
            i.clientId = idByNumber.value(i.clientNumber, 0);
            if (i.clientId == 0)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("invoice %1 names client '%2', which is not stored").arg(i.number, i.clientNumber));
        }
        if (!i.issueDate.isValid() || !i.dueDate.isValid())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("invoice %1 has no issue or due date").arg(i.number));
        if (!isKnownCurrency(i.currency))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("invoice %1 has an unknown currency '%2'").arg(i.number, i.currency));
        Binder{*q} << i.number << i.clientId << dateValue(i.issueDate) << dateValue(i.dueDate) << i.amountMinor
                   << i.openMinor << i.currency << dateValue(i.paidOn) << flag(i.disputed) << i.source
                   << timeValue(i.lastModified.isValid() ? i.lastModified : m_db.clock().nowUtc());
        if (auto ok = m_db.run(*q, QStringLiteral("saving invoice %1").arg(i.number)); !ok)
            return ok;
        if (q->next())
            i.id = q->value(0).toLongLong();
        q->finish();
    }
    return {};
}

Result<QList<Invoice>> Store::invoices(const InvoiceQuery& query)
{
    QString sql = QStringLiteral("SELECT %1 FROM invoices i JOIN clients c ON c.id = i.client_id WHERE 1=1")
                      .arg(QLatin1StringView(kInvoiceColumns));
    if (query.openOnly)
        sql += QStringLiteral(" AND i.open_minor > 0");
    if (query.clientId)
        sql += QStringLiteral(" AND i.client_id = ?");
    sql += QStringLiteral(" ORDER BY i.due_date, i.number");
    auto q = m_db.prepare(sql, QStringLiteral("reading invoices"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (query.clientId)
        q->addBindValue(query.clientId);
    if (auto ok = m_db.run(*q, QStringLiteral("reading invoices")); !ok)
        return std::unexpected(ok.error());
    QList<Invoice> out;
    while (q->next())
        out.push_back(invoiceFrom(*q));
    return out;
}

Result<std::optional<Invoice>> Store::invoiceByNumber(const QString& number)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.number = ?")
                              .arg(QLatin1StringView(kInvoiceColumns)),
                          QStringLiteral("reading an invoice"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(number);
    if (auto ok = m_db.run(*q, QStringLiteral("reading invoice %1").arg(number)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<Invoice>();
    return std::optional<Invoice>(invoiceFrom(*q));
}

Result<QList<OpenAmountRow>> Store::openAmountsByDueDate()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT due_date, currency, count(*), SUM(open_minor) FROM invoices WHERE open_minor > 0 "
                               "GROUP BY due_date, currency")))
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("summing open amounts")));
    QList<OpenAmountRow> out;
    while (q.next())
        out.push_back({dateFrom(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

Result<QList<SalesRow>> Store::salesByIssueDate(QDate from, QDate to)
{
    auto q = m_db.prepare(QStringLiteral("SELECT issue_date, currency, SUM(amount_minor) FROM invoices "
                                         "WHERE issue_date >= ? AND issue_date <= ? GROUP BY issue_date, currency"),
                          QStringLiteral("summing sales"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(dateValue(from));
    q->addBindValue(dateValue(to));
    if (auto ok = m_db.run(*q, QStringLiteral("summing sales")); !ok)
        return std::unexpected(ok.error());
    QList<SalesRow> out;
    while (q->next())
        out.push_back({dateFrom(q->value(0)), q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

Result<QList<PaidInvoiceRow>> Store::paidInvoices(QDate paidFrom, QDate paidTo)
{
    auto q = m_db.prepare(QStringLiteral("SELECT client_id, issue_date, due_date, paid_on FROM invoices "
                                         "WHERE open_minor = 0 AND paid_on IS NOT NULL AND paid_on >= ? AND paid_on <= ?"),
                          QStringLiteral("reading paid invoices"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(dateValue(paidFrom));
    q->addBindValue(dateValue(paidTo));
    if (auto ok = m_db.run(*q, QStringLiteral("reading paid invoices")); !ok)
        return std::unexpected(ok.error());
    QList<PaidInvoiceRow> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), dateFrom(q->value(1)), dateFrom(q->value(2)), dateFrom(q->value(3))});
    return out;
}

Result<void> Store::upsertInteractions(QList<Interaction>& interactions)
{
    auto withId = m_db.prepare(
        QStringLiteral("INSERT INTO interactions (client_id, external_id, kind, occurred_at, subject, summary, direction, "
                       "author) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (external_id) DO UPDATE SET "
                       "client_id = excluded.client_id, kind = excluded.kind, occurred_at = excluded.occurred_at, "
                       "subject = excluded.subject, summary = excluded.summary, direction = excluded.direction, "
                       "author = excluded.author RETURNING id"),
        QStringLiteral("saving interactions"));
    if (!withId)
        return std::unexpected(withId.error());
    for (Interaction& i : interactions) {
        Binder{*withId} << i.clientId << (i.externalId.isEmpty() ? QVariant() : QVariant(i.externalId))
                        << interactionKindName(i.kind) << timeValue(i.occurredAt) << i.subject << i.summary
                        << directionName(i.direction) << i.author;
        if (auto ok = m_db.run(*withId, QStringLiteral("saving an interaction of client %1").arg(i.clientId)); !ok)
            return ok;
        if (withId->next())
            i.id = withId->value(0).toLongLong();
        withId->finish();
    }
    return {};
}

Result<QList<Interaction>> Store::interactions(qint64 clientId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, client_id, external_id, kind, occurred_at, subject, summary, "
                                         "direction, author FROM interactions WHERE client_id = ? "
                                         "ORDER BY occurred_at DESC"),
                          QStringLiteral("reading interactions"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(clientId);
    if (auto ok = m_db.run(*q, QStringLiteral("reading interactions")); !ok)
        return std::unexpected(ok.error());
    QList<Interaction> out;
    while (q->next()) {
        Interaction i;
        i.id = q->value(0).toLongLong();
        i.clientId = q->value(1).toLongLong();
        i.externalId = q->value(2).toString();
        i.kind = interactionKindFromName(q->value(3).toString()).value_or(InteractionKind::Note);
        i.occurredAt = timeFrom(q->value(4));
        i.subject = q->value(5).toString();
        i.summary = q->value(6).toString();
        i.direction = directionFromName(q->value(7).toString()).value_or(Direction::Internal);
        i.author = q->value(8).toString();
        out.push_back(i);
    }
    return out;
}

Result<void> Store::insertToneExample(ToneExample& e)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO tone_examples (bucket, language, body, updated_at, updated_by) "
                                         "VALUES (?,?,?,?,?) RETURNING id"),
                          QStringLiteral("saving a tone example"));
    if (!q)
        return std::unexpected(q.error());
    if (!e.updatedAt.isValid())
        e.updatedAt = m_db.clock().nowUtc();
    Binder{*q} << agingBucketName(e.bucket) << languageCode(e.language) << e.text << timeValue(e.updatedAt)
               << e.updatedBy;
    if (auto ok = m_db.run(*q, QStringLiteral("saving a tone example")); !ok)
        return ok;
    if (q->next())
        e.id = q->value(0).toLongLong();
    return {};
}

Result<QList<ToneExample>> Store::toneExamples()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, bucket, language, body, updated_at, updated_by FROM tone_examples "
                               "ORDER BY bucket, language, id")))
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading tone examples")));
    QList<ToneExample> out;
    while (q.next()) {
        ToneExample e;
        e.id = q.value(0).toLongLong();
        e.bucket = agingBucketFromName(q.value(1).toString()).value_or(AgingBucket::Light);
        e.language = languageFromCode(q.value(2).toString()).value_or(Language::French);
        e.text = q.value(3).toString();
        e.updatedAt = timeFrom(q.value(4));
        e.updatedBy = q.value(5).toString();
        out.push_back(e);
    }
    return out;
}

Result<void> Store::saveLines(const Reminder& r)
{
    if (auto ok = [&]() -> Result<void> {
            auto del = m_db.prepare(QStringLiteral("DELETE FROM reminder_invoices WHERE reminder_id = ?"),
                                    QStringLiteral("replacing reminder lines"));
            if (!del)
                return std::unexpected(del.error());
            del->addBindValue(r.id);
            return m_db.run(*del, QStringLiteral("replacing the lines of reminder %1").arg(r.id));
        }();
        !ok)
        return ok;
    auto q = m_db.prepare(QStringLiteral("INSERT INTO reminder_invoices (reminder_id, invoice_id, open_minor, currency, "
                                         "days_late) VALUES (?,?,?,?,?)"),
                          QStringLiteral("saving reminder lines"));
    if (!q)
        return std::unexpected(q.error());
    for (const ReminderLine& l : r.lines) {
        Binder{*q} << r.id << l.invoiceId << l.openMinor << l.currency << l.daysLate;
        if (auto ok = m_db.run(*q, QStringLiteral("saving the lines of reminder %1").arg(r.id)); !ok)
            return ok;
    }
    return {};
}

Result<void> Store::insertReminder(Reminder& r)
{
    const QDateTime stamp = m_db.clock().nowUtc();
    if (!r.createdAt.isValid())
        r.createdAt = stamp;
    r.updatedAt = stamp;
    if (r.updatedBy.isEmpty())
        r.updatedBy = r.createdBy;
    r.version = 1;
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO reminders (client_id, bucket, language, subject, body, state, findings, provider, "
                       "model, prompt_tokens, completion_tokens, snoozed_until, reason, version, created_at, created_by, "
                       "updated_at, updated_by, approved_at, approved_by, sent_at, message_id, internet_message_id) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        QStringLiteral("saving a reminder"));
    if (!q)
        return std::unexpected(q.error());
    Binder{*q} << r.clientId << agingBucketName(r.bucket) << languageCode(r.language) << r.subject << r.body
               << reminderStateName(r.state) << findingsToJson(r.findings) << r.provider << r.model << r.promptTokens
               << r.completionTokens << dateValue(r.snoozedUntil) << r.reason << r.version << timeValue(r.createdAt)
               << r.createdBy << timeValue(r.updatedAt) << r.updatedBy << timeValue(r.approvedAt) << r.approvedBy
               << timeValue(r.sentAt) << r.messageId << r.internetMessageId;
    if (auto ok = m_db.run(*q, QStringLiteral("saving a reminder for client %1").arg(r.clientId)); !ok)
        return ok;
    if (!q->next())
        return fail(ErrorCode::Database, QStringLiteral("saving a reminder returned no id"));
    r.id = q->value(0).toLongLong();
    q->finish();
    return saveLines(r);
}

Result<void> Store::updateReminder(Reminder& r)
{
    r.updatedAt = m_db.clock().nowUtc();
    auto q = m_db.prepare(
        QStringLiteral("UPDATE reminders SET bucket=?, language=?, subject=?, body=?, state=?, findings=?, provider=?, "
                       "model=?, prompt_tokens=?, completion_tokens=?, snoozed_until=?, reason=?, version=version+1, "
                       "updated_at=?, updated_by=?, approved_at=?, approved_by=?, sent_at=?, message_id=?, "
                       "internet_message_id=? WHERE id=? AND version=?"),
        QStringLiteral("updating a reminder"));
    if (!q)
        return std::unexpected(q.error());
    Binder{*q} << agingBucketName(r.bucket) << languageCode(r.language) << r.subject << r.body
               << reminderStateName(r.state) << findingsToJson(r.findings) << r.provider << r.model << r.promptTokens
               << r.completionTokens << dateValue(r.snoozedUntil) << r.reason << timeValue(r.updatedAt) << r.updatedBy
               << timeValue(r.approvedAt) << r.approvedBy << timeValue(r.sentAt) << r.messageId << r.internetMessageId
               << r.id << r.version;
    if (auto ok = m_db.run(*q, QStringLiteral("updating reminder %1").arg(r.id)); !ok)
        return ok;
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("reminder %1 was changed by someone else since version %2").arg(r.id).arg(r.version));
    ++r.version;
    return saveLines(r);
}

Result<void> Store::loadLines(QList<Reminder>& reminders)
{
    if (reminders.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype k = 0; k < reminders.size(); ++k) {
        index.insert(reminders[k].id, k);
        ids << QString::number(reminders[k].id);
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    // ids are integers from the database: safe to inline.
    if (!q.exec(QStringLiteral("SELECT ri.reminder_id, ri.invoice_id, i.number, ri.open_minor, ri.currency, i.due_date, "
                               "ri.days_late FROM reminder_invoices ri JOIN invoices i ON i.id = ri.invoice_id "
                               "WHERE ri.reminder_id IN (%1) ORDER BY i.due_date, i.number")
                    .arg(ids.join(u','))))
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading reminder lines")));
    while (q.next()) {
        ReminderLine l;
        l.invoiceId = q.value(1).toLongLong();
        l.invoiceNumber = q.value(2).toString();
        l.openMinor = q.value(3).toLongLong();
        l.currency = q.value(4).toString();
        l.dueDate = dateFrom(q.value(5));
        l.daysLate = q.value(6).toInt();
        reminders[index.value(q.value(0).toLongLong())].lines.push_back(l);
    }
    return {};
}

Result<std::optional<Reminder>> Store::reminder(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM reminders WHERE id = ?").arg(QLatin1StringView(kReminderColumns)),
                          QStringLiteral("reading a reminder"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(id);
    if (auto ok = m_db.run(*q, QStringLiteral("reading reminder %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<Reminder>();
    QList<Reminder> one{reminderFrom(*q)};
    q->finish();
    if (auto ok = loadLines(one); !ok)
        return std::unexpected(ok.error());
    return std::optional<Reminder>(one.front());
}

Result<QList<Reminder>> Store::reminders(std::optional<ReminderState> state)
{
    QString sql = QStringLiteral("SELECT %1 FROM reminders").arg(QLatin1StringView(kReminderColumns));
    if (state)
        sql += QStringLiteral(" WHERE state = ?");
    sql += QStringLiteral(" ORDER BY id");
    auto q = m_db.prepare(sql, QStringLiteral("reading reminders"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (state)
        q->addBindValue(reminderStateName(*state));
    if (auto ok = m_db.run(*q, QStringLiteral("reading reminders")); !ok)
        return std::unexpected(ok.error());
    QList<Reminder> out;
    while (q->next())
        out.push_back(reminderFrom(*q));
    q->finish();
    if (auto ok = loadLines(out); !ok)
        return std::unexpected(ok.error());
    return out;
}

Result<void> Store::insertTask(Task& t)
{
    if (!t.createdAt.isValid())
        t.createdAt = m_db.clock().nowUtc();
    auto q = m_db.prepare(QStringLiteral("INSERT INTO tasks (client_id, reminder_id, title, body, assignee, due_date, done, "
                                         "created_at, done_at, external_id) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                          QStringLiteral("saving a task"));
    if (!q)
        return std::unexpected(q.error());
    Binder{*q} << (t.clientId ? QVariant(t.clientId) : QVariant()) << (t.reminderId ? QVariant(t.reminderId) : QVariant())
               << t.title << t.body << t.assignee << dateValue(t.dueDate) << flag(t.done) << timeValue(t.createdAt)
               << timeValue(t.doneAt) << t.externalId;
    if (auto ok = m_db.run(*q, QStringLiteral("saving a task")); !ok)
        return ok;
    if (q->next())
        t.id = q->value(0).toLongLong();
    return {};
}

Result<void> Store::setTaskDone(qint64 id, bool done)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE tasks SET done = ?, done_at = ? WHERE id = ?"),
                          QStringLiteral("updating a task"));
    if (!q)
        return std::unexpected(q.error());
    Binder{*q} << flag(done) << (done ? timeValue(m_db.clock().nowUtc()) : QVariant()) << id;
    if (auto ok = m_db.run(*q, QStringLiteral("updating task %1").arg(id)); !ok)
        return ok;
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("task %1 does not exist").arg(id));
    return {};
}

Result<QList<Task>> Store::tasks()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, client_id, reminder_id, title, body, assignee, due_date, done, created_at, "
                               "done_at, external_id FROM tasks ORDER BY done, due_date, id")))
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading tasks")));
    QList<Task> out;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toLongLong();
        t.clientId = q.value(1).toLongLong();
        t.reminderId = q.value(2).toLongLong();
        t.title = q.value(3).toString();
        t.body = q.value(4).toString();
        t.assignee = q.value(5).toString();
        t.dueDate = dateFrom(q.value(6));
        t.done = q.value(7).toInt() != 0;
        t.createdAt = timeFrom(q.value(8));
        t.doneAt = timeFrom(q.value(9));
        t.externalId = q.value(10).toString();
        out.push_back(t);
    }
    return out;
}

Result<void> Store::appendAudit(AuditEvent e)
{
    // The hash chain lives in core/audit: seq, prev_hash and hash are computed there under the chain-head lock.
    return audit::appendEntry(m_db, e);
}

Result<QList<AuditEvent>> Store::auditEvents(const QString& entity, const QString& entityId)
{
    QString sql = QStringLiteral("SELECT id, at, actor, entity, entity_id, action, detail FROM audit_events");
    if (!entity.isEmpty())
        sql += entityId.isEmpty() ? QStringLiteral(" WHERE entity = ?") : QStringLiteral(" WHERE entity = ? AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id");
    auto q = m_db.prepare(sql, QStringLiteral("reading the audit trail"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (!entity.isEmpty()) {
        q->addBindValue(entity);
        if (!entityId.isEmpty())
            q->addBindValue(entityId);
    }
    if (auto ok = m_db.run(*q, QStringLiteral("reading the audit trail")); !ok)
        return std::unexpected(ok.error());
    QList<AuditEvent> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), timeFrom(q->value(1)), q->value(2).toString(), q->value(3).toString(),
                       q->value(4).toString(), q->value(5).toString(), q->value(6).toString()});
    return out;
}

Result<std::optional<QString>> Store::syncValue(const QString& name)
{
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"), QStringLiteral("reading sync state"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(name);
    if (auto ok = m_db.run(*q, QStringLiteral("reading sync state %1").arg(name)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<void> Store::setSyncValue(const QString& name, const QString& value)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO sync_state (name, value, updated_at) VALUES (?,?,?) "
                                         "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                         "updated_at = excluded.updated_at"),
                          QStringLiteral("writing sync state"));
    if (!q)
        return std::unexpected(q.error());
    Binder{*q} << name << value << now(m_db.clock());
    return m_db.run(*q, QStringLiteral("writing sync state %1").arg(name));
}

Result<void> Store::clearAll()
{
    for (const char* table : {"reminder_invoices", "tasks", "reminders", "interactions", "invoices", "tone_examples",
                              "clients", "sync_state"}) {
        if (auto ok = m_db.exec(QStringLiteral("DELETE FROM ") + QLatin1StringView(table),
                                QStringLiteral("clearing %1").arg(QLatin1StringView(table)));
            !ok)
            return ok;
    }
    return {};
}

} // namespace relance
