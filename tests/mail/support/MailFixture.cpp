#include "MailFixture.h"

#include "FakeGraph.h"
#include "TestSupport.h"

namespace relance::test {

Result<void> MailFixture::open(const QString& databaseUrl)
{
    url = databaseUrl.isEmpty() ? sqliteUrl(dir) : databaseUrl;
    auto d = Database::openAndMigrate(url);
    if (!d)
        return std::unexpected(d.error());
    db = std::move(*d);
    store = std::make_unique<Store>(*db);
    return {};
}

Result<Client> MailFixture::addClient(const QString& number, const QStringList& emails, const QString& accountant)
{
    Client c;
    c.number = number;
    c.name = QStringLiteral("Client %1 SA").arg(number);
    c.language = Language::French;
    c.reminderEmails = emails;
    c.contactPerson = QStringLiteral("Mme Dupont");
    c.accountant = accountant;
    c.invoiceEmail = QStringLiteral("");
    c.crmAccountId = QStringLiteral("");
    c.doNotChaseReason = QStringLiteral("");
    QList<Client> one{c};
    if (auto ok = db->transaction([&] { return store->upsertClients(one); }); !ok)
        return std::unexpected(ok.error());
    return one.front();
}

Result<Invoice> MailFixture::addInvoice(const Client& client, const QString& number, qint64 openMinor, int daysLate)
{
    Invoice i;
    i.number = number;
    i.clientId = client.id;
    i.issueDate = QDate::currentDate().addDays(-30 - daysLate);
    i.dueDate = QDate::currentDate().addDays(-daysLate);
    i.amountMinor = openMinor;
    i.openMinor = openMinor;
    i.currency = QStringLiteral("CHF");
    i.source = QStringLiteral("demo");
    i.lastModified = QDateTime::currentDateTimeUtc();
    QList<Invoice> one{i};
    if (auto ok = db->transaction([&] { return store->upsertInvoices(one); }); !ok)
        return std::unexpected(ok.error());
    return one.front();
}

namespace {
Reminder makeReminder(const Client& client, const QList<Invoice>& invoices, ReminderState state, AgingBucket bucket)
{
    Reminder r;
    r.clientId = client.id;
    r.bucket = bucket;
    r.language = Language::French;
    r.subject = QStringLiteral("Rappel amical : facture %1 échue").arg(invoices.value(0).number);
    r.body = QStringLiteral("Madame Dupont,\n\nSauf erreur de notre part, la facture %1 est échue. "
                            "Nous vous remercions de votre règlement.\n\nMeilleures salutations\nRelance Demo SA")
                 .arg(invoices.value(0).number);
    r.state = state;
    r.provider = QStringLiteral("template");
    r.model = r.reason = r.messageId = r.internetMessageId = r.approvedBy = r.updatedBy = QStringLiteral("");
    r.createdBy = QStringLiteral("system");
    r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
    if (state == ReminderState::Approved) {
        r.approvedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        r.approvedBy = QStringLiteral("reviewer");
    }
    for (const Invoice& i : invoices)
        r.lines.push_back({i.id, i.number, i.openMinor, i.currency, i.dueDate, int(i.dueDate.daysTo(QDate::currentDate()))});
    return r;
}
} // namespace

Result<Reminder> MailFixture::addReminder(const Client& client, const QList<Invoice>& invoices, ReminderState state,
                                          AgingBucket bucket)
{
    Reminder r = makeReminder(client, invoices, state, bucket);
    if (auto ok = db->transaction([&] { return store->insertReminder(r); }); !ok)
        return std::unexpected(ok.error());
    return r;
}

Result<QList<qint64>> MailFixture::addApprovedBatch(int n, const QString& prefix)
{
    QList<qint64> ids;
    auto ok = db->transaction([&]() -> Result<void> {
        QList<Client> clients;
        for (int k = 0; k < n; ++k) {
            Client c;
            c.number = QStringLiteral("%1%2").arg(prefix).arg(k, 5, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Client %1").arg(c.number);
            c.reminderEmails = {QStringLiteral("ap-%1@client%2.example").arg(k).arg(prefix.toLower())};
            c.accountant = QStringLiteral("anna");
            c.invoiceEmail = c.contactPerson = c.crmAccountId = c.doNotChaseReason = QStringLiteral("");
            clients << c;
        }
        if (auto r = store->upsertClients(clients); !r)
            return r;
        QList<Invoice> invoices;
        for (int k = 0; k < n; ++k) {
            Invoice i;
            i.number = QStringLiteral("RE-%1%2").arg(prefix).arg(k, 5, 10, QLatin1Char('0'));
            i.clientId = clients[k].id;
            i.issueDate = QDate::currentDate().addDays(-40);
            i.dueDate = QDate::currentDate().addDays(-10);
            i.amountMinor = i.openMinor = 10000 + k;
            i.source = QStringLiteral("demo");
            i.lastModified = QDateTime::currentDateTimeUtc();
            invoices << i;
        }
        if (auto r = store->upsertInvoices(invoices); !r)
            return r;
        for (int k = 0; k < n; ++k) {
            Reminder r = makeReminder(clients[k], {invoices[k]}, ReminderState::Approved, AgingBucket::Light);
            if (auto ins = store->insertReminder(r); !ins)
                return ins;
            ids << r.id;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return ids;
}

Result<Reminder> MailFixture::reminder(qint64 id)
{
    auto r = store->reminder(id);
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return fail(ErrorCode::NotFound, QStringLiteral("reminder %1").arg(id));
    return **r;
}

Config MailFixture::graphConfig(const FakeGraph& graph) const
{
    Config c;
    c.mail.transport = MailTransport::Graph;
    c.mail.graphUrl = graph.graphUrl();
    c.mail.authority = graph.authority();
    c.mail.clientId = QStringLiteral("test-client-id");
    c.mail.timeoutSeconds = 5;
    c.mail.sendsPerMinute = 600;
    c.accounting.source = AccountingSource::Demo;
    return c;
}

Config MailFixture::outboxDirConfig() const
{
    Config c;
    c.mail.transport = MailTransport::OutboxDir;
    c.mail.outboxDir = dir.filePath(QStringLiteral("outbox"));
    c.mail.fromAddress = QStringLiteral("rappels@fiduciaire.example");
    c.accounting.source = AccountingSource::Demo;
    return c;
}

} // namespace relance::test
