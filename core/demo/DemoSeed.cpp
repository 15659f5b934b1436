// Writing a generated demo data set into a database, and the demo's user role. Generation is in DemoData.cpp.
#include "demo/BulkInsert.h"
#include "demo/DemoData.h"

#include <QSqlError>

namespace relance {

namespace {
Result<void> storeDataSet(Store& store, DemoDataSet& data)
{
    Database& db = store.database();
    const QVariant stamp = timeValue(store.clock().nowUtc());
    {
        demo::BulkInsert clients(db, QStringLiteral("clients"),
                                 {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("language"),
                                  QStringLiteral("reminder_emails"), QStringLiteral("invoice_email"),
                                  QStringLiteral("contact_person"), QStringLiteral("mandate_type"),
                                  QStringLiteral("accountant"), QStringLiteral("crm_account_id"),
                                  QStringLiteral("do_not_chase"), QStringLiteral("do_not_chase_reason"),
                                  QStringLiteral("do_not_chase_until"), QStringLiteral("updated_at")});
        for (const Client& c : data.clients) {
            auto ok =
                clients.add({c.number, c.name, languageCode(c.language), c.reminderEmails.join(u','), c.invoiceEmail,
                             c.contactPerson, mandateTypeName(c.mandateType), c.accountant, c.crmAccountId,
                             c.doNotChase ? 1 : 0, c.doNotChaseReason, dateValue(c.doNotChaseUntil), stamp});
            if (!ok)
                return ok;
        }
        if (auto ok = clients.finish(); !ok)
            return ok;
    }
    QHash<QString, qint64> idByNumber;
    idByNumber.reserve(data.clients.size());
    {
        QSqlQuery q = db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT number, id FROM clients")))
            return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading the demo clients' ids")));
        while (q.next())
            idByNumber.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    for (Client& c : data.clients)
        c.id = idByNumber.value(c.number);

    {
        demo::BulkInsert invoices(db, QStringLiteral("invoices"),
                                  {QStringLiteral("number"), QStringLiteral("client_id"), QStringLiteral("issue_date"),
                                   QStringLiteral("due_date"), QStringLiteral("amount_minor"),
                                   QStringLiteral("open_minor"), QStringLiteral("currency"), QStringLiteral("paid_on"),
                                   QStringLiteral("disputed"), QStringLiteral("source"),
                                   QStringLiteral("last_modified")});
        for (Invoice& i : data.invoices) {
            i.clientId = idByNumber.value(i.clientNumber);
            auto ok = invoices.add({i.number, i.clientId, dateValue(i.issueDate), dateValue(i.dueDate), i.amountMinor,
                                    i.openMinor, i.currency, dateValue(i.paidOn), i.disputed ? 1 : 0, i.source,
                                    timeValue(i.lastModified)});
            if (!ok)
                return ok;
        }
        if (auto ok = invoices.finish(); !ok)
            return ok;
    }
    {
        demo::BulkInsert interactions(db, QStringLiteral("interactions"),
                                      {QStringLiteral("client_id"), QStringLiteral("external_id"),
                                       QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("subject"),
                                       QStringLiteral("summary"), QStringLiteral("direction"),
                                       QStringLiteral("author")});
        for (DemoInteraction& d : data.interactions) {
            Interaction& i = d.interaction;
            i.clientId = data.clients[d.clientIndex].id;
            auto ok = interactions.add({i.clientId, i.externalId, interactionKindName(i.kind), timeValue(i.occurredAt),
                                        i.subject, i.summary, directionName(i.direction), i.author});
            if (!ok)
                return ok;
        }
        if (auto ok = interactions.finish(); !ok)
            return ok;
    }
    for (ToneExample& e : data.toneExamples)
        if (auto ok = store.insertToneExample(e); !ok)
            return ok;
    return {};
}
} // namespace

Result<void> setDemoUserRole(Store& store, const QString& account, const QString& role)
{
    if (role != u"admin" && role != u"reviewer")
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the demo role '%1': use reviewer or admin").arg(role));
    Database& db = store.database();
    auto up = db.prepare(QStringLiteral("UPDATE users SET role = ?, active = 1 WHERE lower(os_account) = lower(?)"),
                         QStringLiteral("setting the demo role"));
    if (!up)
        return std::unexpected(up.error());
    up->addBindValue(role);
    up->addBindValue(account);
    if (auto ok = db.run(*up, QStringLiteral("making '%1' the demo %2").arg(account, role)); !ok)
        return ok;
    if (up->numRowsAffected() == 0) {
        auto ins = db.prepare(QStringLiteral("INSERT INTO users (os_account, display_name, role, active, created_at, created_by) "
                                             "VALUES (?, ?, ?, 1, ?, 'demo')"),
                              QStringLiteral("adding the demo user"));
        if (!ins)
            return std::unexpected(ins.error());
        ins->addBindValue(account);
        ins->addBindValue(account);
        ins->addBindValue(role);
        ins->addBindValue(timeValue(store.clock().nowUtc()));
        if (auto ok = db.run(*ins, QStringLiteral("adding '%1' as the demo %2").arg(account, role)); !ok)
            return ok;
    }
    AuditEvent e;
    e.actor = QStringLiteral("demo");
    e.entity = QStringLiteral("user");
    e.entityId = account;
    e.action = role == u"admin" ? QStringLiteral("demo-admin") : QStringLiteral("demo-role");
    e.detail = QStringLiteral(R"({"role":"%1"})").arg(role);
    return store.appendAudit(e);
}

Result<DemoSeedReport> seedDemoData(Store& store, const DemoOptions& options, bool replace)
{
    auto data = generateDemoData(options, store.clock());
    if (!data)
        return std::unexpected(data.error());
    Database& db = store.database();
    // A larger page cache while seeding keeps SQLite from spilling and re-reading pages of the one big transaction
    // (measured: 3.7 s -> 3.2 s CPU for 100,000 invoices); the connection gets its own setting back afterwards.
    std::optional<qint64> cacheSize;
    if (db.dialect() == Dialect::SQLite) {
        QSqlQuery q = db.query();
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toLongLong();
        q.finish();
        if (cacheSize)
            (void)db.exec(QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("enlarging the page cache"));
    }
    auto ok = db.transaction([&]() -> Result<void> {
        auto existing = store.countRows(QStringLiteral("clients"));
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing > 0) {
            if (!replace)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("the database %1 already holds %2 clients: the demo data set is only seeded "
                                           "into an empty database, unless asked to replace everything")
                                .arg(db.url().redacted())
                                .arg(*existing));
            if (auto cleared = store.clearAll(); !cleared)
                return cleared;
        }
        if (auto stored = storeDataSet(store, *data); !stored)
            return stored;
        return options.admin.trimmed().isEmpty() ? Result<void>{} : setDemoUserRole(store, options.admin.trimmed(), QStringLiteral("admin"));
    });
    if (cacheSize)
        (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize),
                      QStringLiteral("restoring the page cache"));
    if (!ok)
        return std::unexpected(ok.error());
    return DemoSeedReport{data->clients.size(), data->invoices.size(), data->interactions.size(),
                          data->toneExamples.size()};
}

} // namespace relance
