// The demo data set: deterministic, realistic enough to exercise every bucket, language and flag, safe to mail
// (only .example addresses), refused at absurd sizes, and seeded atomically.
#include "DataTests.h"
#include "aging/Aging.h"
#include "demo/DemoData.h"
#include "storage/Store.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace relance;

namespace {

const QDate kAsOf(2026, 3, 31);

DemoOptions options(int invoices = 600, quint64 seed = 42)
{
    return DemoOptions{invoices, seed, kAsOf};
}

// Everything generated, as text: two data sets are the same exactly when their dumps are.
QString dump(const DemoDataSet& data)
{
    QString s;
    QTextStream out(&s);
    for (const Client& c : data.clients)
        out << c.number << '|' << c.name << '|' << languageCode(c.language) << '|' << c.reminderEmails.join(u',') << '|'
            << c.invoiceEmail << '|' << c.contactPerson << '|' << mandateTypeName(c.mandateType) << '|' << c.accountant
            << '|' << c.crmAccountId << '|' << c.doNotChase << '|' << c.doNotChaseReason << '|'
            << c.doNotChaseUntil.toString(Qt::ISODate) << '\n';
    for (const Invoice& i : data.invoices)
        out << i.number << '|' << i.clientNumber << '|' << i.issueDate.toString(Qt::ISODate) << '|'
            << i.dueDate.toString(Qt::ISODate) << '|' << i.amountMinor << '|' << i.openMinor << '|' << i.currency << '|'
            << i.paidOn.toString(Qt::ISODate) << '|' << i.disputed << '|' << i.source << '|'
            << i.lastModified.toString(Qt::ISODateWithMs) << '\n';
    for (const DemoInteraction& d : data.interactions)
        out << d.clientIndex << '|' << d.interaction.externalId << '|' << interactionKindName(d.interaction.kind) << '|'
            << d.interaction.occurredAt.toString(Qt::ISODateWithMs) << '|' << d.interaction.subject << '|'
            << d.interaction.summary << '|' << directionName(d.interaction.direction) << '|' << d.interaction.author
            << '\n';
    for (const ToneExample& e : data.toneExamples)
        out << agingBucketName(e.bucket) << '|' << languageCode(e.language) << '|' << e.text << '\n';
    out.flush();
    return s;
}

QMap<QString, qint64> openByCurrency(const QList<Invoice>& invoices)
{
    QMap<QString, qint64> m;
    for (const Invoice& i : invoices)
        if (i.openMinor > 0)
            m[i.currency] += i.openMinor;
    return m;
}

QMap<QString, qint64> storedOpenByCurrency(Database& db)
{
    QMap<QString, qint64> m;
    QSqlQuery q = db.query();
    if (!q.exec(
            QStringLiteral("SELECT currency, SUM(open_minor) FROM invoices WHERE open_minor > 0 GROUP BY currency")))
        return {{QStringLiteral("error"), -1}};
    while (q.next())
        m[q.value(0).toString()] = q.value(1).toLongLong();
    return m;
}

struct Counts
{
    qint64 clients = -1, invoices = -1, interactions = -1, tones = -1;
    friend bool operator==(const Counts&, const Counts&) = default;
};
Counts counts(Store& store)
{
    return {store.countRows(QStringLiteral("clients")).value_or(-1),
            store.countRows(QStringLiteral("invoices")).value_or(-1),
            store.countRows(QStringLiteral("interactions")).value_or(-1),
            store.countRows(QStringLiteral("tone_examples")).value_or(-1)};
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic()
    {
        auto a = generateDemoData(options());
        auto b = generateDemoData(options());
        VERIFY_OK(a);
        VERIFY_OK(b);
        QVERIFY(!a->invoices.isEmpty());
        QCOMPARE(dump(*a), dump(*b));

        auto otherSeed = generateDemoData(options(600, 43));
        VERIFY_OK(otherSeed);
        QVERIFY(dump(*a) != dump(*otherSeed));
        // Another seed changes names and amounts, not only an id here and there.
        int sameNames = 0;
        for (int i = 0; i < a->clients.size(); ++i)
            sameNames += a->clients[i].name == otherSeed->clients[i].name;
        QVERIFY2(sameNames < a->clients.size() / 4, qPrintable(QString::number(sameNames)));

        // Dates follow the as-of date.
        auto later = generateDemoData({600, 42, kAsOf.addDays(30)});
        VERIFY_OK(later);
        QCOMPARE(later->invoices.size(), a->invoices.size());
        QVERIFY(dump(*a) != dump(*later));
    }

    void sizes()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QCOMPARE(d->invoices.size(), 600);
        QCOMPARE(d->clients.size(), 100);
        auto small = generateDemoData(options(1));
        VERIFY_OK(small);
        QCOMPARE(small->invoices.size(), 1);
        QCOMPARE(small->clients.size(), 10); // at least ten clients
        auto big = generateDemoData(options(6000));
        VERIFY_OK(big);
        QCOMPARE(big->clients.size(), 1000);
    }

    void absurdSizesRefused_data()
    {
        QTest::addColumn<int>("invoices");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -5;
        QTest::newRow("absurd") << kMaxDemoInvoices + 1;
        QTest::newRow("int max") << std::numeric_limits<int>::max();
    }
    void absurdSizesRefused()
    {
        QFETCH(int, invoices);
        auto d = generateDemoData(options(invoices));
        QVERIFY(!d.has_value());
        QCOMPARE(d.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(d.error().detail.contains(QString::number(invoices)), qPrintable(d.error().detail));
        QVERIFY2(d.error().detail.contains(QString::number(kMaxDemoInvoices)), qPrintable(d.error().detail));

        // Seeding refuses it too, and writes nothing.
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(test::sqliteUrl(dir));
        VERIFY_OK(db);
        Store store(**db);
        auto seeded = seedDemoData(store, options(invoices), false);
        QVERIFY(!seeded.has_value());
        QCOMPARE(seeded.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(counts(store), (Counts{0, 0, 0, 0}));
    }

    void everyBucketAndLanguage()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QMap<AgingBucket, int> buckets;
        int paid = 0, partial = 0, disputed = 0;
        for (const Invoice& i : d->invoices) {
            if (i.openMinor == 0) {
                ++paid;
                QVERIFY(i.paidOn.isValid());
                QVERIFY(i.paidOn <= kAsOf);
                QVERIFY(i.paidOn > i.issueDate);
                continue;
            }
            QVERIFY(!i.paidOn.isValid());
            QVERIFY(i.openMinor > 0 && i.openMinor <= i.amountMinor);
            ++buckets[bucketFor(i.daysLate(kAsOf))];
            partial += i.status() == InvoiceStatus::PartiallyPaid;
            disputed += i.disputed;
        }
        for (AgingBucket b : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
            QVERIFY2(buckets.value(b) >= 3, qPrintable(agingBucketName(b) + u' ' + QString::number(buckets.value(b))));
        QVERIFY2(paid > d->invoices.size() * 6 / 10, qPrintable(QString::number(paid))); // most are paid
        QVERIFY(partial >= 2);
        QVERIFY(disputed >= 1);

        QMap<Language, int> languages;
        QMap<MandateType, int> mandates;
        for (const Client& c : d->clients) {
            ++languages[c.language];
            ++mandates[c.mandateType];
        }
        // About 60 / 30 / 10 percent of 100 clients.
        QVERIFY2(languages.value(Language::French) >= 45,
                 qPrintable(QString::number(languages.value(Language::French))));
        QVERIFY2(languages.value(Language::German) >= 18,
                 qPrintable(QString::number(languages.value(Language::German))));
        QVERIFY2(languages.value(Language::English) >= 3,
                 qPrintable(QString::number(languages.value(Language::English))));
        for (MandateType m : {MandateType::Bookkeeping, MandateType::Payroll, MandateType::Tax, MandateType::Audit,
                              MandateType::Advisory})
            QVERIFY2(mandates.value(m) >= 1, qPrintable(mandateTypeName(m)));

        // Even the smallest set has one open invoice in every bucket and a client in every language.
        auto small = generateDemoData(options(6));
        VERIFY_OK(small);
        QSet<AgingBucket> smallBuckets;
        for (const Invoice& i : small->invoices)
            if (i.openMinor > 0)
                smallBuckets.insert(bucketFor(i.daysLate(kAsOf)));
        QCOMPARE(smallBuckets.size(), 4);
        QSet<Language> smallLanguages;
        for (const Client& c : small->clients)
            smallLanguages.insert(c.language);
        QCOMPARE(smallLanguages, (QSet<Language>{Language::French, Language::German, Language::English}));
    }

    void realisticInvoices()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QSet<QString> numbers;
        const QRegularExpression numberFormat(QStringLiteral("^RE-(\\d{4})-\\d{5}$"));
        int eur = 0;
        QMap<int, int> terms;
        for (const Invoice& i : d->invoices) {
            const auto m = numberFormat.match(i.number);
            QVERIFY2(m.hasMatch(), qPrintable(i.number));
            QCOMPARE(m.captured(1).toInt(), i.issueDate.year());
            QVERIFY2(!numbers.contains(i.number), qPrintable(i.number));
            numbers.insert(i.number);
            QCOMPARE(i.source, QStringLiteral("demo"));
            QVERIFY(i.clientId == 0 && !i.clientNumber.isEmpty());
            QVERIFY(i.lastModified.isValid());
            QCOMPARE(i.lastModified.timeSpec(), Qt::UTC);
            // Over the last ~14 months, never in the future.
            QVERIFY2(i.issueDate <= kAsOf && i.issueDate >= kAsOf.addDays(-430), qPrintable(i.number));
            // Amounts in 5 Rappen steps; from CHF 200 + VAT (payroll) to CHF 25'000 + VAT (audit).
            QCOMPARE(i.amountMinor % 5, 0);
            QCOMPARE(i.openMinor % 5, 0);
            QVERIFY2(i.amountMinor >= 200 * 108 && i.amountMinor <= 25'000 * 109,
                     qPrintable(QString::number(i.amountMinor)));
            eur += i.currency == u"EUR";
            QVERIFY(i.currency == u"CHF" || i.currency == u"EUR");
            ++terms[int(i.issueDate.daysTo(i.dueDate))];
        }
        // A few clients billed in EUR, most in CHF.
        QVERIFY(eur > 0 && eur < d->invoices.size() / 5);
        // Terms: mostly 30 days, some 10, 20 and 60.
        QVERIFY(terms.value(30) > d->invoices.size() / 2);
        QVERIFY(terms.value(10) > 0 && terms.value(20) > 0 && terms.value(60) > 0);
        QCOMPARE(QSet<int>(terms.keyBegin(), terms.keyEnd()), (QSet<int>{10, 20, 30, 60}));
        // Invoices come in issue-date order, numbered per year.
        for (int k = 1; k < d->invoices.size(); ++k)
            QVERIFY(d->invoices[k - 1].issueDate <= d->invoices[k].issueDate);
    }

    void clientsAndFlags()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QSet<QString> numbers;
        int blocked = 0, withEndDate = 0, differentDunningContact = 0;
        QSet<QString> accountants;
        const QRegularExpression legalForm(QStringLiteral(" (SA|Sàrl|AG|GmbH|Ltd)$"));
        for (const Client& c : d->clients) {
            QVERIFY(!numbers.contains(c.number));
            numbers.insert(c.number);
            QVERIFY2(legalForm.match(c.name).hasMatch(), qPrintable(c.name));
            QVERIFY(!c.contactPerson.isEmpty());
            QVERIFY(!c.crmAccountId.isEmpty());
            QVERIFY(!c.reminderEmails.isEmpty());
            accountants.insert(c.accountant);
            if (c.reminderEmails != QStringList{c.invoiceEmail})
                ++differentDunningContact;
            if (c.doNotChase) {
                ++blocked;
                QVERIFY2(!c.doNotChaseReason.isEmpty(), qPrintable(c.name));
                if (c.doNotChaseUntil.isValid()) {
                    ++withEndDate;
                    QVERIFY(c.doNotChaseUntil > kAsOf);
                }
                QVERIFY(c.isChaseBlocked(kAsOf));
            }
        }
        QVERIFY(blocked >= 2 && blocked <= 3);
        QCOMPARE(withEndDate, 1);
        QVERIFY(differentDunningContact >= 10);
        QVERIFY(accountants.contains(QStringLiteral("m.rochat")));
        QVERIFY(accountants.contains(QStringLiteral("s.keller")));
        QVERIFY(accountants.contains(QStringLiteral("a.dubois")));
        // French and German names look the part.
        bool french = false, german = false;
        for (const Client& c : d->clients) {
            french = french || (c.language == Language::French && c.name.endsWith(QStringLiteral(" Sàrl")));
            german = german || (c.language == Language::German && c.name.endsWith(QStringLiteral(" GmbH")));
        }
        QVERIFY(french && german);
    }

    void emailsOnlyUnderExample()
    {
        // Many seeds and a big set: no address may ever leave the reserved .example top-level domain.
        const QRegularExpression safe(QStringLiteral("^[a-z0-9._-]+@[a-z0-9-]+\\.example$"));
        for (quint64 seed : {1ULL, 42ULL, 7777ULL}) {
            auto d = generateDemoData(options(3000, seed));
            VERIFY_OK(d);
            for (const Client& c : d->clients) {
                QVERIFY2(safe.match(c.invoiceEmail).hasMatch(), qPrintable(c.invoiceEmail));
                for (const QString& e : c.reminderEmails)
                    QVERIFY2(safe.match(e).hasMatch(), qPrintable(e));
            }
        }
    }

    void interactions()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QMap<int, int> perClient;
        QSet<QString> ids;
        int promises = 0, disputes = 0, injections = 0;
        QSet<InteractionKind> kinds;
        for (const DemoInteraction& di : d->interactions) {
            const Interaction& i = di.interaction;
            QVERIFY(di.clientIndex >= 0 && di.clientIndex < d->clients.size());
            ++perClient[di.clientIndex];
            QVERIFY(!ids.contains(i.externalId));
            ids.insert(i.externalId);
            QVERIFY(i.occurredAt.isValid());
            QVERIFY2(i.occurredAt.date() <= kAsOf && i.occurredAt.date() >= kAsOf.addDays(-365),
                     qPrintable(i.occurredAt.toString(Qt::ISODate)));
            QVERIFY(!i.summary.isEmpty() && !i.subject.isEmpty() && !i.author.isEmpty());
            QVERIFY2(!i.summary.contains(u'{'), qPrintable(i.summary)); // no leftover {title} or {surname}
            kinds.insert(i.kind);
            const QString s = i.summary.toLower();
            promises += s.contains(QStringLiteral("paiement prévu")) || s.contains(QStringLiteral("zahlung")) ||
                        s.contains(QStringLiteral("promise")) || s.contains(QStringLiteral("promet"));
            disputes += s.contains(QStringLiteral("conteste")) || s.contains(QStringLiteral("beanstand")) ||
                        s.contains(QStringLiteral("bestreitet")) || s.contains(QStringLiteral("dispute"));
            injections += i.summary.contains(QStringLiteral("Ignore previous instructions"));
            // The note is in the client's language.
            const Language lang = d->clients[di.clientIndex].language;
            if (lang == Language::German)
                QVERIFY2(!i.summary.contains(QStringLiteral("Appel")), qPrintable(i.summary));
            if (lang == Language::French)
                QVERIFY2(!i.summary.contains(QStringLiteral("Telefonat")), qPrintable(i.summary));
        }
        for (auto it = perClient.cbegin(); it != perClient.cend(); ++it)
            QVERIFY2(it.value() <= 8, qPrintable(QString::number(it.value())));
        QVERIFY(perClient.size() < d->clients.size()); // some clients have no history at all
        QCOMPARE(kinds.size(), 4);
        QVERIFY(promises >= 5);
        QVERIFY(disputes >= 1);
        QVERIFY(injections >= 1 && injections <= 2);
        // Contact persons' names appear in notes: "Appel de Mme Favre".
        const Client& first = d->clients[0];
        bool named = false;
        for (const DemoInteraction& di : d->interactions)
            named = named ||
                    (di.clientIndex == 0 && di.interaction.summary.contains(first.contactPerson.section(u' ', -1)));
        QVERIFY(named);
    }

    void toneExamples()
    {
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QMap<QPair<AgingBucket, Language>, int> cells;
        const QRegularExpression digit(QStringLiteral("\\d"));
        const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
        const QSet<QString> known{QStringLiteral("client_name"),    QStringLiteral("amount"),
                                  QStringLiteral("invoice_number"), QStringLiteral("due_date"),
                                  QStringLiteral("days_late"),      QStringLiteral("payment_deadline"),
                                  QStringLiteral("firm_name")};
        for (const ToneExample& e : d->toneExamples) {
            ++cells[{e.bucket, e.language}];
            QVERIFY(e.bucket != AgingBucket::Current);
            // Figures are the program's: no digit at all, every amount or date is a placeholder.
            QVERIFY2(!digit.match(e.text).hasMatch(), qPrintable(e.text));
            for (const QString& p :
                 {QStringLiteral("{{amount}}"), QStringLiteral("{{invoice_number}}"), QStringLiteral("{{due_date}}"),
                  QStringLiteral("{{payment_deadline}}"), QStringLiteral("{{firm_name}}")})
                QVERIFY2(e.text.contains(p), qPrintable(p + QStringLiteral(" missing in ") + e.text));
            auto it = placeholder.globalMatch(e.text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                QVERIFY2(known.contains(name), qPrintable(name));
            }
            QVERIFY(e.text.size() > 300); // real prose, not a stub
            const QString t = e.text.toLower();
            if (e.bucket == AgingBucket::Serious) {
                // Serious names the consequences and offers a way out.
                switch (e.language) {
                case Language::French:
                    QVERIFY2(t.contains(QStringLiteral("poursuite")) && t.contains(QStringLiteral("plan de paiement")),
                             qPrintable(e.text));
                    break;
                case Language::German:
                    QVERIFY2(t.contains(QStringLiteral("betreibung")) && t.contains(QStringLiteral("rate")),
                             qPrintable(e.text));
                    break;
                default:
                    QVERIFY2(t.contains(QStringLiteral("debt collection")) &&
                                 t.contains(QStringLiteral("payment plan")),
                             qPrintable(e.text));
                }
                QVERIFY(t.contains(QStringLiteral("suspend")) || t.contains(QStringLiteral("einzustellen")) ||
                        t.contains(QStringLiteral("ruhen")) || t.contains(QStringLiteral("put on hold")));
            } else {
                QVERIFY2(!t.contains(QStringLiteral("poursuite")) && !t.contains(QStringLiteral("betreibung")) &&
                             !t.contains(QStringLiteral("debt collection")),
                         qPrintable(e.text));
            }
            // Polite form: vous / Sie.
            if (e.language == Language::French)
                QVERIFY2(t.contains(QStringLiteral("vous")) &&
                             !t.contains(QRegularExpression(QStringLiteral("\\b(tu|te|toi)\\b"))),
                         qPrintable(e.text));
            if (e.language == Language::German)
                QVERIFY2(e.text.contains(QRegularExpression(QStringLiteral("\\b(Sie|Ihnen|Ihre?)\\b"))) &&
                             !t.contains(QRegularExpression(QStringLiteral("\\b(du|dir|dich)\\b"))),
                         qPrintable(e.text));
        }
        for (AgingBucket b : {AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
            for (Language l : {Language::French, Language::German, Language::English})
                QVERIFY2(cells.value({b, l}) == 2, qPrintable(agingBucketName(b) + u' ' + languageCode(l)));
    }

    void slowerPayersShowInTrend()
    {
        // A handful of clients pay later and later: their recent delay exceeds their earlier one by over ten days.
        auto d = generateDemoData(options());
        VERIFY_OK(d);
        QHash<QString, qint64> index;
        for (int i = 0; i < d->clients.size(); ++i)
            index.insert(d->clients[i].number, i + 1);
        QList<PaidInvoiceRow> paid;
        for (const Invoice& i : d->invoices)
            if (i.openMinor == 0)
                paid.push_back({index.value(i.clientNumber), i.issueDate, i.dueDate, i.paidOn});
        int slower = 0;
        for (const PaymentBehaviour& b : paymentBehaviour(paid, kAsOf, 90))
            slower += b.trendDays().value_or(0) > 10;
        QVERIFY2(slower >= 3 && slower <= 20, qPrintable(QString::number(slower)));
    }

    void seededTotalsEqualGenerated()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(test::sqliteUrl(dir));
        VERIFY_OK(db);
        Store store(**db);
        auto generated = generateDemoData(options());
        VERIFY_OK(generated);
        auto report = seedDemoData(store, options(), false);
        VERIFY_OK(report);
        QCOMPARE(report->clients, generated->clients.size());
        QCOMPARE(report->invoices, generated->invoices.size());
        QCOMPARE(report->interactions, generated->interactions.size());
        QCOMPARE(report->toneExamples, 18);
        QCOMPARE(counts(store), (Counts{report->clients, report->invoices, report->interactions, 18}));

        const QMap<QString, qint64> expected = openByCurrency(generated->invoices);
        QVERIFY(expected.value(QStringLiteral("CHF")) > 0);
        QVERIFY(expected.value(QStringLiteral("EUR")) > 0);
        QCOMPARE(storedOpenByCurrency(**db), expected);
        // The aging summary sees the same totals.
        auto summary = agingSummary(store, kAsOf, {}, QStringLiteral("CHF"), 90);
        VERIFY_OK(summary);
        QMap<QString, qint64> summed;
        qint64 count = 0;
        for (const BucketTotals& b : summary->buckets) {
            count += b.count;
            for (auto it = b.openMinorByCurrency.cbegin(); it != b.openMinorByCurrency.cend(); ++it)
                summed[it.key()] += it.value();
        }
        QCOMPARE(summed, expected);
        QCOMPARE(count, qint64(std::count_if(generated->invoices.cbegin(), generated->invoices.cend(),
                                             [](const Invoice& i) { return i.openMinor > 0; })));
        QVERIFY(summary->dso.countback.has_value());

        // Stored rows read back as generated: a client, its invoices, its history.
        auto clients = store.clients();
        VERIFY_OK(clients);
        QCOMPARE(clients->size(), generated->clients.size());
        const Client& g = generated->clients[0];
        auto c = store.clientByNumber(g.number);
        VERIFY_OK(c);
        QVERIFY(c->has_value());
        QCOMPARE((*c)->name, g.name);
        QCOMPARE((*c)->reminderEmails, g.reminderEmails);
        QCOMPARE((*c)->contactPerson, g.contactPerson);
        auto history = store.interactions((*c)->id);
        VERIFY_OK(history);
        QCOMPARE(history->size(), std::count_if(generated->interactions.cbegin(), generated->interactions.cend(),
                                                [](const DemoInteraction& d) { return d.clientIndex == 0; }));
        auto inv = store.invoiceByNumber(generated->invoices.last().number);
        VERIFY_OK(inv);
        QVERIFY(inv->has_value());
        QCOMPARE((*inv)->amountMinor, generated->invoices.last().amountMinor);
        QCOMPARE((*inv)->openMinor, generated->invoices.last().openMinor);
        QCOMPARE((*inv)->dueDate, generated->invoices.last().dueDate);
        QCOMPARE((*inv)->paidOn, generated->invoices.last().paidOn);
        auto tones = store.toneExamples();
        VERIFY_OK(tones);
        QCOMPARE(tones->size(), 18);
    }

    void refusesNonEmptyAndReplacesAtomically()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(test::sqliteUrl(dir));
        VERIFY_OK(db);
        Store store(**db);
        VERIFY_OK(seedDemoData(store, options(600, 1), false));
        const Counts before = counts(store);
        const auto openBefore = storedOpenByCurrency(**db);

        // Without replace: refused with a clear message, nothing changed.
        auto again = seedDemoData(store, options(120, 2), false);
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(again.error().detail.contains(QStringLiteral("already holds")), qPrintable(again.error().detail));
        QCOMPARE(counts(store), before);
        QCOMPARE(storedOpenByCurrency(**db), openBefore);

        // A replace that fails half-way (here: the last table refuses rows) leaves the old data set whole.
        VERIFY_OK((*db)->exec(QStringLiteral("CREATE TRIGGER refuse_tones BEFORE INSERT ON tone_examples "
                                             "BEGIN SELECT RAISE(ABORT, 'tone examples are read-only today'); END"),
                              QStringLiteral("test trigger")));
        auto broken = seedDemoData(store, options(120, 2), true);
        QVERIFY(!broken.has_value());
        QVERIFY2(broken.error().detail.contains(QStringLiteral("read-only today")), qPrintable(broken.error().detail));
        QCOMPARE(counts(store), before);
        QCOMPARE(storedOpenByCurrency(**db), openBefore);
        VERIFY_OK((*db)->exec(QStringLiteral("DROP TRIGGER refuse_tones"), QStringLiteral("test trigger")));

        // With replace: exactly the new set, nothing of the old one left.
        auto replaced = seedDemoData(store, options(120, 2), true);
        VERIFY_OK(replaced);
        auto fresh = generateDemoData(options(120, 2));
        VERIFY_OK(fresh);
        QCOMPARE(counts(store), (Counts{fresh->clients.size(), 120, fresh->interactions.size(), 18}));
        QCOMPARE(storedOpenByCurrency(**db), openByCurrency(fresh->invoices));
        auto stored = store.invoices();
        VERIFY_OK(stored);
        QStringList storedNumbers, freshNumbers;
        for (const Invoice& i : *stored)
            storedNumbers << i.number + u'/' + QString::number(i.amountMinor);
        for (const Invoice& i : fresh->invoices)
            freshNumbers << i.number + u'/' + QString::number(i.amountMinor);
        storedNumbers.sort();
        freshNumbers.sort();
        QCOMPARE(storedNumbers, freshNumbers);
    }

    void seedsPostgres()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_demo_seed"));
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        auto report = seedDemoData(store, options(), false);
        VERIFY_OK(report);
        auto generated = generateDemoData(options());
        VERIFY_OK(generated);
        QCOMPARE(storedOpenByCurrency(**db), openByCurrency(generated->invoices));
        QCOMPARE(counts(store), (Counts{100, 600, generated->interactions.size(), 18}));
        QVERIFY(!seedDemoData(store, options(), false).has_value());
        VERIFY_OK(seedDemoData(store, options(60, 9), true));
        QCOMPARE(store.countRows(QStringLiteral("invoices")).value_or(-1), 60);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
