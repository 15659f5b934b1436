#include "DraftTestData.h"

namespace relance::test {

Config draftTestConfig()
{
    Config c;
    c.reminders.paymentIban = QStringLiteral("CH93 0076 2011 6238 5295 7");
    c.reminders.allowedLinks = {QStringLiteral("https://pay.fiduciaire-demo.ch/invoice")};
    c.reminders.firmName = QStringLiteral("Fiduciaire Demo SA");
    c.reminders.paymentDeadlineDays = 10;
    c.reminders.intervalDays = 10;
    return c;
}

Result<DraftLedger> seedDraftLedger(Store& store, QDate asOf)
{
    DraftLedger out;
    out.asOf = asOf;
    QList<Client> clients(4);
    clients[0].number = QStringLiteral("C-FR");
    clients[0].name = QStringLiteral("Boulangerie Favre Sàrl");
    clients[0].contactPerson = QStringLiteral("Madame Claire Favre");
    clients[0].language = Language::French;
    clients[0].mandateType = MandateType::Bookkeeping;
    clients[0].reminderEmails = {QStringLiteral("compta@favre.ch")};
    clients[1].number = QStringLiteral("C-DE");
    clients[1].name = QStringLiteral("Muster Treuhand AG");
    clients[1].contactPerson = QStringLiteral("Herr Hans Muster");
    clients[1].language = Language::German;
    clients[1].mandateType = MandateType::Payroll;
    clients[2].number = QStringLiteral("C-EN");
    clients[2].name = QStringLiteral("Lakeside Ventures Ltd");
    clients[2].contactPerson = QStringLiteral("Ms Jane Doe");
    clients[2].language = Language::English;
    clients[2].mandateType = MandateType::Advisory;
    clients[3].number = QStringLiteral("C-BLOCK");
    clients[3].name = QStringLiteral("Client Bloqué SA");
    clients[3].language = Language::French;
    clients[3].doNotChase = true;
    clients[3].doNotChaseReason = QStringLiteral("negotiation");
    for (Client& c : clients) {
        // The store binds a null QString as NULL: give every text field a value, as an import would.
        for (QString* f : {&c.invoiceEmail, &c.contactPerson, &c.accountant, &c.crmAccountId, &c.doNotChaseReason})
            if (f->isNull())
                *f = QStringLiteral("");
        c.accountant = QStringLiteral("mdupont");
        if (c.reminderEmails.isEmpty())
            c.reminderEmails = {c.number.toLower() + QStringLiteral("@example.ch")};
    }
    auto ok = store.database().transaction([&]() -> Result<void> {
        if (auto r = store.upsertClients(clients); !r)
            return r;
        auto inv = [&](const char* number, int client, qint64 amount, qint64 open, int dueOffset, bool disputed = false) {
            Invoice i;
            i.number = QString::fromLatin1(number);
            i.clientId = clients[client].id;
            i.issueDate = asOf.addDays(dueOffset - 30);
            i.dueDate = asOf.addDays(dueOffset);
            i.amountMinor = amount;
            i.openMinor = open;
            i.currency = QStringLiteral("CHF");
            i.disputed = disputed;
            i.source = QStringLiteral("test");
            i.lastModified = QDateTime::currentDateTimeUtc();
            return i;
        };
        QList<Invoice> invoices{
            inv("RE-1001", 0, 123450, 123450, -20),        // fr, moderate
            inv("RE-1002", 0, 48000, 48000, -5),           // fr, light
            inv("RE-1003", 0, 99000, 99000, -30, true),    // fr, disputed: never chased
            inv("RE-1004", 0, 70000, 0, -40),              // fr, paid
            inv("RE-1005", 0, 35000, 35000, 5),            // fr, not yet due
            inv("RE-2001", 1, 250000, 250000, -60),        // de, serious
            inv("RE-3001", 2, 95000, 95000, -8),           // en, light
            inv("RE-4001", 3, 500000, 500000, -90),        // do-not-chase client
        };
        if (auto r = store.upsertInvoices(invoices); !r)
            return r;
        auto note = [&](int client, const char* id, InteractionKind kind, Direction dir, const QString& subject,
                        const QString& summary, int daysAgo) {
            Interaction i;
            i.clientId = clients[client].id;
            i.externalId = QString::fromLatin1(id);
            i.kind = kind;
            i.direction = dir;
            i.occurredAt = asOf.startOfDay(Qt::UTC).addDays(-daysAgo);
            i.subject = subject;
            i.summary = summary;
            i.author = QStringLiteral("crm");
            return i;
        };
        QList<Interaction> interactions{
            note(0, "A1", InteractionKind::Call, Direction::Inbound, QStringLiteral("Appel de Mme Favre"),
                 QStringLiteral("Elle a changé de banque le mois passé, paiement retardé."), 7),
            note(0, "A2", InteractionKind::Email, Direction::Inbound, QStringLiteral("Réponse client"), kInjection, 3),
            note(1, "B1", InteractionKind::Email, Direction::Inbound, QStringLiteral("Rückfrage Lohnbuchhaltung"),
                 QStringLiteral("Herr Muster fragt nach der Lohnabrechnung Dezember."), 20),
            note(2, "C1", InteractionKind::Meeting, Direction::Outbound, QStringLiteral("Quarterly review"),
                 QStringLiteral("Discussed the new office lease."), 15),
            note(3, "D1", InteractionKind::Note, Direction::Internal, QStringLiteral("SECRET-BLOCKED-NOTE"),
                 QStringLiteral("Confidential negotiation about a settlement."), 2),
        };
        if (auto r = store.upsertInteractions(interactions); !r)
            return r;
        auto tone = [&](AgingBucket b, Language l, const char* text) {
            ToneExample e;
            e.bucket = b;
            e.language = l;
            e.text = QString::fromUtf8(text);
            e.updatedBy = QStringLiteral("admin");
            return e;
        };
        QList<ToneExample> examples{
            tone(AgingBucket::Light, Language::French, "TONE-LIGHT-FR Petit oubli sans doute, merci d'avance."),
            tone(AgingBucket::Moderate, Language::French, "TONE-MODERATE-FR Nous vous rappelons nos conditions."),
            tone(AgingBucket::Serious, Language::French, "TONE-SERIOUS-FR Dernier avis."),
            tone(AgingBucket::Moderate, Language::German, "TONE-MODERATE-DE Wir erinnern an unsere Bedingungen."),
            tone(AgingBucket::Serious, Language::German, "TONE-SERIOUS-DE Letzte Mahnung."),
            tone(AgingBucket::Light, Language::English, "TONE-LIGHT-EN Probably an oversight."),
        };
        for (auto& e : examples)
            if (auto r = store.insertToneExample(e); !r)
                return r;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    out.fr = clients[0];
    out.de = clients[1];
    out.en = clients[2];
    out.blocked = clients[3];
    return out;
}

DraftFacts handFacts(Language lang, AgingBucket bucket, bool twoInvoices)
{
    DraftFacts f;
    f.client.id = 7;
    f.client.name = QStringLiteral("Muster AG");
    f.client.contactPerson = QStringLiteral("Anna Muster");
    f.client.language = lang;
    f.language = lang;
    f.bucket = bucket;
    f.asOf = QDate(2025, 3, 20);
    f.reminders = draftTestConfig().reminders;
    f.paymentDeadline = f.asOf.addDays(10);
    const int late = bucket == AgingBucket::Light ? 9 : bucket == AgingBucket::Moderate ? 30 : 62;
    ReminderLine a{1, QStringLiteral("RE-1042"), 123450, QStringLiteral("CHF"), f.asOf.addDays(-late), late};
    f.lines << a;
    f.issueDates.insert(a.invoiceNumber, a.dueDate.addDays(-30));
    if (twoInvoices) {
        ReminderLine b{2, QStringLiteral("RE-1077"), 48000, QStringLiteral("CHF"), f.asOf.addDays(-3), 3};
        f.lines << b;
        f.issueDates.insert(b.invoiceNumber, b.dueDate.addDays(-30));
    }
    return f;
}

} // namespace relance::test
