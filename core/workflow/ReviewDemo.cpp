#include "workflow/ReviewDemo.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace relance {

namespace {

// A small deterministic generator (the same on every standard library).
struct Lcg
{
    quint64 s;
    quint32 next()
    {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(s >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

const char* const kFirstFr[] = {"Atelier", "Boulangerie", "Cabinet", "Garage", "Pharmacie", "Menuiserie", "Domaine",
                                "Librairie", "Bureau", "Clinique", "Fromagerie", "Imprimerie"};
const char* const kNameFr[] = {"du Léman", "Rochat", "des Alpes", "Favre & Fils", "de la Gare", "Dubois", "Mercier",
                               "du Lavaux", "Bonvin", "Perret", "Morges Centre", "Carouge"};
const char* const kFirstDe[] = {"Schreinerei", "Bäckerei", "Treuhand", "Garage", "Apotheke", "Metzgerei", "Weingut",
                                "Buchhandlung", "Architekturbüro", "Praxis", "Käserei", "Druckerei"};
const char* const kNameDe[] = {"Meier", "Zürcher", "Brunner AG", "am See", "Keller", "Huber & Partner", "Gerber",
                               "Bernstrasse", "Steiner", "Baumann", "Oberland", "Frei"};
const char* const kEn[] = {"Lakeside Consulting", "Alpine Ventures", "Nordic Trade", "Harbour Analytics",
                           "Summit Partners", "Bridge Software", "Crescent Holdings", "Meridian Labs"};
const char* const kSuffix[] = {"SA", "Sàrl", "GmbH", "AG", "Ltd", "SA"};
const char* const kPeople[] = {"Claire Rochat", "Marc Favre", "Sophie Bonvin", "Thomas Keller", "Anna Meier",
                               "Lukas Steiner", "James Carter", "Emma Brooks", "Julien Perret", "Nadia Baumann"};
const char* const kAccountants[] = {"c.dubois", "m.rey", "s.keller", "a.martin"};

Client makeClient(int i, Lcg& rng)
{
    Client c;
    c.number = QStringLiteral("K%1").arg(10000 + i);
    const int lang = rng.below(100);
    const int a = rng.below(12), b = rng.below(12);
    if (lang < 55) {
        c.language = Language::French;
        c.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(kFirstFr[a]), QString::fromUtf8(kNameFr[b]),
                                                  QString::fromUtf8(kSuffix[i % 2 ? 0 : 1]));
    } else if (lang < 85) {
        c.language = Language::German;
        c.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(kFirstDe[a]), QString::fromUtf8(kNameDe[b]));
        if (!c.name.endsWith(QLatin1String(" AG")))
            c.name += i % 2 ? QStringLiteral(" GmbH") : QStringLiteral(" AG");
    } else {
        c.language = Language::English;
        c.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(kEn[rng.below(8)]), QStringLiteral("Ltd"));
    }
    if (i >= 144)
        c.name += QStringLiteral(" (%1)").arg(i / 144 + 1); // keep names distinct in large sets
    c.contactPerson = QString::fromUtf8(kPeople[rng.below(10)]);
    c.reminderEmails = {QStringLiteral("comptabilite@client%1.example.ch").arg(i)};
    c.invoiceEmail = c.reminderEmails.first();
    c.mandateType = MandateType(rng.below(6));
    c.accountant = QString::fromUtf8(kAccountants[rng.below(4)]);
    c.crmAccountId = QStringLiteral("acc-%1").arg(i);
    c.doNotChaseReason = QStringLiteral(""); // empty, not NULL: the column is NOT NULL
    return c;
}

QString draftSubject(Language l, const QString& firm, AgingBucket b)
{
    switch (l) {
    case Language::German:
        return b == AgingBucket::Light ? QStringLiteral("Freundliche Zahlungserinnerung – %1").arg(firm)
                                       : QStringLiteral("Mahnung – offene Rechnungen bei %1").arg(firm);
    case Language::English:
        return b == AgingBucket::Light ? QStringLiteral("Friendly payment reminder – %1").arg(firm)
                                       : QStringLiteral("Overdue invoices – %1").arg(firm);
    default:
        return b == AgingBucket::Light ? QStringLiteral("Petit rappel de paiement – %1").arg(firm)
                                       : QStringLiteral("Relance – factures échues auprès de %1").arg(firm);
    }
}

} // namespace

Result<void> seedReviewLedger(Store& store, int invoiceCount, const ReviewDemoOptions& o)
{
    const QDate asOf = o.asOf.isValid() ? o.asOf : QDate::currentDate();
    Lcg rng{o.seed};
    const int clientCount = std::max(10, invoiceCount / 6);
    QList<Client> clients;
    clients.reserve(clientCount);
    QSet<QString> used;
    static const char* const kTowns[] = {"Genève", "Lausanne", "Nyon", "Morges", "Vevey", "Montreux", "Sion",
                                         "Fribourg", "Bern", "Zürich", "Basel", "Neuchâtel"};
    for (int i = 0; i < clientCount; ++i) {
        Client c = makeClient(i, rng);
        // Distinct names, as in a real ledger: a second "Garage Dubois" is told apart by its town.
        for (int t = 0; used.contains(c.name) && t < 12; ++t)
            c.name = c.name.section(QStringLiteral(" – "), 0, 0) + QStringLiteral(" – ") + QString::fromUtf8(kTowns[(i + t) % 12]);
        used.insert(c.name);
        clients.push_back(c);
    }
    return store.database().transaction([&]() -> Result<void> {
        if (auto ok = store.upsertClients(clients); !ok)
            return ok;
        QList<Invoice> invoices;
        invoices.reserve(invoiceCount);
        const QDateTime stamp = QDateTime(asOf, QTime(6, 0), Qt::UTC);
        for (int i = 0; i < invoiceCount; ++i) {
            Invoice inv;
            inv.number = QStringLiteral("F-%1").arg(24000 + i);
            // Each client gets a run of invoices; a client's payment habit decides how late it pays.
            const Client& c = clients[i % clientCount];
            inv.clientId = c.id;
            const int ageDays = rng.below(400);
            inv.issueDate = asOf.addDays(-ageDays);
            inv.dueDate = inv.issueDate.addDays(30);
            inv.amountMinor = (150 + rng.below(9000)) * 100 + (rng.below(4) * 25);
            inv.currency = QStringLiteral("CHF");
            inv.source = QStringLiteral("demo");
            inv.lastModified = stamp;
            const int habit = int((i % clientCount) % 7); // 0..6: 0 pays early, 6 pays very late
            const int lateBy = habit * 9 - 5 + rng.below(12) + (ageDays < 90 ? habit * 3 : 0); // slowing recently
            const QDate paidOn = inv.dueDate.addDays(lateBy);
            // Old debts are rare (most get paid in the end); recent ones are often still open.
            const int stillOpenPercent = o.openPercent >= 0 ? o.openPercent : ageDays > 150 ? 2 : ageDays > 90 ? 8 : 30;
            if (paidOn <= asOf && rng.below(100) >= stillOpenPercent) {
                inv.openMinor = 0;
                inv.paidOn = paidOn;
            } else {
                inv.openMinor = rng.below(100) < 12 ? inv.amountMinor / 2 : inv.amountMinor;
            }
            invoices.push_back(inv);
        }
        if (auto ok = store.upsertInvoices(invoices); !ok)
            return ok;
        QList<Interaction> history;
        const int withHistory = std::min(clientCount, 2000);
        for (int i = 0; i < withHistory; ++i) {
            const Client& c = clients[i];
            const int n = 1 + rng.below(3);
            for (int k = 0; k < n; ++k) {
                Interaction x;
                x.clientId = c.id;
                x.externalId = QStringLiteral("act-%1-%2").arg(i).arg(k);
                x.kind = InteractionKind(rng.below(3));
                x.occurredAt = QDateTime(asOf.addDays(-(5 + rng.below(200))), QTime(9 + rng.below(8), 0), Qt::UTC);
                x.direction = x.kind == InteractionKind::Email ? Direction::Inbound : Direction::Outbound;
                x.author = QString::fromUtf8(kAccountants[rng.below(4)]);
                switch (c.language) {
                case Language::German:
                    x.subject = k == 0 ? QStringLiteral("Jahresabschluss besprochen") : QStringLiteral("Rückfrage zur Rechnung");
                    x.summary = k == 0 ? QStringLiteral("Termin mit %1: Abschluss und MWST-Abrechnung besprochen.").arg(c.contactPerson)
                                       : QStringLiteral("%1 bittet um Kopie der Rechnung, Zahlung folgt.").arg(c.contactPerson);
                    break;
                case Language::English:
                    x.subject = k == 0 ? QStringLiteral("Quarterly review meeting") : QStringLiteral("Question about invoice");
                    x.summary = k == 0 ? QStringLiteral("Met %1: reviewed payroll and VAT filings.").arg(c.contactPerson)
                                       : QStringLiteral("%1 asked for a copy of the invoice; payment to follow.").arg(c.contactPerson);
                    break;
                default:
                    x.subject = k == 0 ? QStringLiteral("Bouclement annuel discuté") : QStringLiteral("Question sur une facture");
                    x.summary = k == 0 ? QStringLiteral("Rencontre avec %1 : bouclement et décompte TVA.").arg(c.contactPerson)
                                       : QStringLiteral("%1 demande une copie de la facture ; paiement prévu.").arg(c.contactPerson);
                }
                history.push_back(x);
            }
        }
        if (auto ok = store.upsertInteractions(history); !ok)
            return ok;
        const struct { AgingBucket b; Language l; const char* text; } tones[] = {
            {AgingBucket::Light, Language::French, "Bonjour {contact},\n\nSauf erreur de notre part, la facture {invoice} de {amount} est échue depuis le {due}. Un oubli est vite arrivé : pourriez-vous vérifier de votre côté ?\n\nAvec nos meilleures salutations,\n{firm}"},
            {AgingBucket::Moderate, Language::French, "Bonjour {contact},\n\nMalgré notre premier rappel, la facture {invoice} de {amount} reste ouverte ({days} jours de retard). Nous vous remercions de procéder au règlement dans les dix jours ou de nous contacter si un échéancier vous aiderait.\n\nMeilleures salutations,\n{firm}"},
            {AgingBucket::Serious, Language::French, "Madame, Monsieur,\n\nLa facture {invoice} de {amount} est impayée depuis {days} jours. Sans paiement ni nouvelles de votre part d'ici dix jours, nous devrons suspendre nos travaux.\n\n{firm}"},
            {AgingBucket::Light, Language::German, "Guten Tag {contact}\n\nVermutlich ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung {invoice} über {amount} war am {due} fällig. Dürfen wir Sie um Prüfung bitten?\n\nFreundliche Grüsse\n{firm}"},
            {AgingBucket::Moderate, Language::German, "Guten Tag {contact}\n\nTrotz unserer Zahlungserinnerung ist die Rechnung {invoice} über {amount} seit {days} Tagen offen. Bitte begleichen Sie den Betrag innert zehn Tagen oder melden Sie sich für eine Ratenzahlung.\n\nFreundliche Grüsse\n{firm}"},
            {AgingBucket::Serious, Language::German, "Sehr geehrte Damen und Herren\n\nDie Rechnung {invoice} über {amount} ist seit {days} Tagen unbezahlt. Ohne Zahlung oder Rückmeldung innert zehn Tagen müssen wir unsere Arbeiten einstellen.\n\n{firm}"},
            {AgingBucket::Light, Language::English, "Dear {contact},\n\nOur records show that invoice {invoice} for {amount} fell due on {due}. It may simply have slipped through: could you have a look?\n\nKind regards,\n{firm}"},
            {AgingBucket::Moderate, Language::English, "Dear {contact},\n\nDespite our reminder, invoice {invoice} for {amount} is {days} days overdue. Please settle it within ten days, or get in touch if a payment plan would help.\n\nKind regards,\n{firm}"},
            {AgingBucket::Serious, Language::English, "Dear Sir or Madam,\n\nInvoice {invoice} for {amount} has been unpaid for {days} days. Without payment or word from you within ten days we will have to pause our work.\n\n{firm}"},
        };
        for (const auto& t : tones) {
            ToneExample e{0, t.b, t.l, QString::fromUtf8(t.text), QDateTime(asOf, QTime(8, 0), Qt::UTC), QStringLiteral("admin")};
            if (auto ok = store.insertToneExample(e); !ok)
                return ok;
        }
        return {};
    });
}

Result<int> seedReviewDrafts(Store& store, const AgingPolicy& policy, const ReviewDemoOptions& o)
{
    const QDate asOf = o.asOf.isValid() ? o.asOf : QDate::currentDate();
    Database& db = store.database();
    Lcg rng{o.seed + 1};
    auto q = db.prepare(QStringLiteral("SELECT i.id, i.number, i.client_id, i.open_minor, i.currency, i.due_date FROM invoices i "
                                       "JOIN clients c ON c.id = i.client_id WHERE i.open_minor > 0 AND i.due_date < ? "
                                       "AND i.disputed = 0 AND c.do_not_chase = 0 ORDER BY i.client_id, i.due_date"),
                        QStringLiteral("reading overdue invoices"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(dateValue(asOf));
    if (auto ok = db.run(*q, QStringLiteral("reading overdue invoices")); !ok)
        return std::unexpected(ok.error());
    QList<qint64> order;
    QHash<qint64, QList<ReminderLine>> byClient;
    while (q->next()) {
        const qint64 client = q->value(2).toLongLong();
        if (!byClient.contains(client)) {
            if (order.size() >= o.maxDrafts)
                continue;
            order << client;
        }
        ReminderLine l;
        l.invoiceId = q->value(0).toLongLong();
        l.invoiceNumber = q->value(1).toString();
        l.openMinor = q->value(3).toLongLong();
        l.currency = q->value(4).toString();
        l.dueDate = dateFrom(q->value(5));
        l.daysLate = daysLate(l.dueDate, asOf);
        byClient[client] << l;
    }
    q->finish();
    int made = 0;
    auto done = db.transaction([&]() -> Result<void> {
        for (qint64 clientId : order) {
            auto client = store.client(clientId);
            if (!client)
                return std::unexpected(client.error());
            if (!*client)
                continue;
            const Client& c = **client;
            Reminder r;
            r.clientId = clientId;
            r.lines = byClient.value(clientId);
            int worst = 0;
            qint64 total = 0;
            for (const ReminderLine& l : r.lines) {
                worst = std::max(worst, l.daysLate);
                total += l.openMinor;
            }
            r.bucket = bucketFor(worst, policy);
            r.language = c.language == Language::Italian ? Language::French : c.language;
            const QLocale loc = clientLocale(r.language);
            r.subject = draftSubject(r.language, o.firmName, r.bucket);
            QString list;
            for (const ReminderLine& l : r.lines)
                list += QStringLiteral("  • %1, %2, %3\n")
                            .arg(l.invoiceNumber, l.dueDate.toString(QStringLiteral("dd.MM.yyyy")),
                                 formatMoney(l.openMinor, l.currency, loc));
            const QString amount = formatMoney(total, r.lines.first().currency, loc);
            const QString who = c.contactPerson.isEmpty() ? c.name : c.contactPerson;
            const QString deadline = asOf.addDays(10).toString(QStringLiteral("dd.MM.yyyy"));
            switch (r.language) {
            case Language::German:
                r.body = QStringLiteral("Guten Tag %1\n\nBei der Durchsicht unserer Debitoren haben wir festgestellt, dass folgende "
                                        "Rechnungen noch offen sind:\n\n%2\nTotal offen: %3\n\nWir bitten Sie, den Betrag bis "
                                        "zum %4 auf das Konto %5 zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben "
                                        "gekreuzt haben, betrachten Sie es bitte als gegenstandslos.\n\nFreundliche Grüsse\n%6")
                             .arg(who, list, amount, deadline, o.iban, o.firmName);
                break;
            case Language::English:
                r.body = QStringLiteral("Dear %1,\n\nReviewing our accounts receivable, we noticed that the following invoices "
                                        "are still open:\n\n%2\nTotal open: %3\n\nWe would be grateful if you could transfer "
                                        "the amount by %4 to %5. If your payment has crossed this message, please disregard "
                                        "it.\n\nKind regards,\n%6")
                             .arg(who, list, amount, deadline, o.iban, o.firmName);
                break;
            default:
                r.body = QStringLiteral("Bonjour %1,\n\nEn revoyant nos débiteurs, nous constatons que les factures suivantes "
                                        "sont encore ouvertes :\n\n%2\nTotal ouvert : %3\n\nNous vous remercions de bien vouloir "
                                        "verser ce montant d'ici au %4 sur le compte %5. Si votre paiement a croisé ce "
                                        "message, nous vous prions de ne pas en tenir compte.\n\nAvec nos meilleures "
                                        "salutations,\n%6")
                             .arg(who, list, amount, deadline, o.iban, o.firmName);
            }
            const int pick = rng.below(100);
            if (pick < 8) {
                // A model that got the total wrong: the validator blocks it.
                const qint64 wrong = total + 10000;
                const QString wrongText = formatMoney(wrong, r.lines.first().currency, loc);
                const int at = int(r.body.indexOf(amount, r.body.indexOf(list) + list.size()));
                r.body.replace(at, amount.size(), wrongText);
                r.findings << Finding{QStringLiteral("amount-mismatch"), FindingSeverity::Blocking,
                                      QStringLiteral("total %1 is not the ledger's %2").arg(wrongText, amount),
                                      QStringLiteral("body"), at, int(wrongText.size())};
                r.state = ReminderState::NeedsReview;
            } else if (pick < 18) {
                const QString phrase = r.language == Language::German    ? QStringLiteral("gegenstandslos")
                                       : r.language == Language::English ? QStringLiteral("disregard")
                                                                         : QStringLiteral("ne pas en tenir compte");
                const int at = int(r.body.indexOf(phrase));
                r.findings << Finding{QStringLiteral("tone"), FindingSeverity::Warning,
                                      QStringLiteral("client has an open dispute note in the CRM: check the wording"),
                                      QStringLiteral("body"), at, int(phrase.size())};
                r.state = ReminderState::NeedsReview;
            }
            r.provider = QStringLiteral("template");
            // Empty, not NULL: these columns are NOT NULL and a null QString binds as NULL.
            r.model = r.reason = r.approvedBy = r.messageId = r.internetMessageId = r.updatedBy = QStringLiteral("");
            r.createdBy = QStringLiteral("system");
            r.createdAt = QDateTime(asOf, QTime(5, 30), Qt::UTC);
            if (auto ok = store.insertReminder(r); !ok)
                return ok;
            ++made;
            if (made % 9 == 0) {
                Task t;
                t.clientId = clientId;
                t.reminderId = r.id;
                t.title = QStringLiteral("Reply from %1: asks for a payment plan").arg(c.name);
                t.body = QStringLiteral("The client answered the last reminder and asks to pay in three instalments.");
                t.assignee = c.accountant;
                t.dueDate = asOf.addDays(3 + made % 5);
                t.externalId = QStringLiteral("<reply-%1@client.example.ch>").arg(r.id);
                t.createdAt = QDateTime(asOf.addDays(-1), QTime(14, 0), Qt::UTC);
                t.body = t.body.isEmpty() ? QStringLiteral("") : t.body;
                if (auto ok = store.insertTask(t); !ok)
                    return ok;
            }
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return made;
}

} // namespace relance
