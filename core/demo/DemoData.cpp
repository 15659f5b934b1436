#include "demo/DemoData.h"

#include "demo/BulkInsert.h"
#include "demo/DemoText.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <algorithm>
#include <array>

namespace relance {

namespace {

// xoshiro256** seeded through splitmix64: the same numbers on every compiler and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto& s : m_s) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n) by rejection, no modulo bias.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 limit = ~quint64(0) - (~quint64(0) % n);
        quint64 x;
        do
            x = next();
        while (x >= limit);
        return x % n;
    }
    // Uniform in [lo, hi], both included.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    bool percent(int p) { return below(100) < quint64(p); }
    bool permille(int p) { return below(1000) < quint64(p); }
    template <typename Span> auto pick(const Span& items) -> decltype(items[0]) { return items[below(items.size())]; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

struct FeeRange
{
    MandateType type;
    int weightPercent; // share of clients with this main mandate
    int invoiceWeight; // how often such a client is billed (monthly bookkeeping and payroll more often)
    qint64 lowFrancs;
    qint64 highFrancs;
};
constexpr std::array<FeeRange, 5> kFees{{
    {MandateType::Bookkeeping, 35, 4, 450, 1800},
    {MandateType::Payroll, 20, 4, 200, 900},
    {MandateType::Tax, 25, 1, 800, 4500},
    {MandateType::Audit, 5, 1, 5000, 25000},
    {MandateType::Advisory, 15, 2, 1200, 12000},
}};
const FeeRange& feeFor(MandateType type)
{
    for (const auto& f : kFees)
        if (f.type == type)
            return f;
    return kFees[0];
}

// The firm's accountants, by the languages they serve.
constexpr std::array<std::u16string_view, 3> kFrenchAccountants{u"m.rochat", u"a.dubois", u"l.pittet"};
constexpr std::array<std::u16string_view, 2> kGermanAccountants{u"s.keller", u"c.meier"};
constexpr std::array<std::u16string_view, 2> kEnglishAccountants{u"a.dubois", u"s.keller"};

// How a client pays: days late around a mean, and whether it has been getting slower lately.
struct Habit
{
    int meanLate = 0;
    int spread = 5;
    int slowingDays = 0; // extra delay reached by the newest invoices; 0 for a steady payer
};

struct ClientPlan
{
    Client client;
    bool female = false;
    QString surname;
    Habit habit;
    QString currency;
    int invoiceWeight = 1;
};

QString asciiSlug(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool dash = false;
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString companyName(Rng& rng, Language lang, const QString& surname)
{
    const demo::NameWords& w = demo::nameWords(lang);
    const QString form = demo::text(rng.pick(w.legalForms));
    if (lang == Language::English) {
        if (rng.percent(70))
            return demo::text(rng.pick(demo::englishAdjectives())) + u' ' + demo::text(rng.pick(demo::englishNouns())) +
                   u' ' + form;
        return surname + u' ' + demo::text(rng.pick(w.tradesAfter)) + u' ' + form;
    }
    const int pattern = int(rng.below(100));
    if (pattern < 45)
        return demo::text(rng.pick(w.tradesBefore)) + u' ' + surname + u' ' + form;
    if (pattern < 70)
        return surname + u' ' + demo::text(rng.pick(w.tradesAfter)) + u' ' + form;
    if (pattern < 90) // "Garage du Léman Sàrl", "Hotel Bellevue AG"
        return demo::text(rng.pick(w.placeTrades)) + u' ' + demo::text(rng.pick(w.places)) + u' ' + form;
    QString other = demo::text(rng.pick(w.surnames));
    if (other == surname)
        other = demo::text(w.surnames[0]) == surname ? demo::text(w.surnames[1]) : demo::text(w.surnames[0]);
    return surname + QStringLiteral(" & ") + other + u' ' + form;
}

Habit habitFor(Rng& rng)
{
    Habit h;
    const int kind = int(rng.below(100));
    if (kind < 45) {
        h.meanLate = int(rng.range(-8, 2));
        h.spread = 4;
    } else if (kind < 75) {
        h.meanLate = int(rng.range(3, 12));
        h.spread = 8;
    } else if (kind < 93) {
        h.meanLate = int(rng.range(15, 35));
        h.spread = 12;
    } else {
        h.meanLate = int(rng.range(40, 80));
        h.spread = 25;
    }
    return h;
}

// Amount in minor units: a fee in francs plus 8.1 % VAT, rounded to 5 Rappen (cents for EUR), all in integers.
qint64 feeAmount(Rng& rng, const FeeRange& fee)
{
    const qint64 francs = rng.range(fee.lowFrancs, fee.highFrancs);
    const qint64 cents = rng.percent(50) ? 0 : rng.range(0, 19) * 5;
    const qint64 net = francs * 100 + cents;
    const qint64 gross = (net * 1081 + 500) / 1000;
    return (gross + 2) / 5 * 5;
}

qint64 roundTo5(qint64 minor)
{
    return (minor + 2) / 5 * 5;
}

QDateTime atUtc(QDate d, int minutesIntoDay)
{
    return QDateTime(d, QTime(0, 0).addSecs(minutesIntoDay * 60), Qt::UTC);
}

QDate workingDay(QDate d)
{
    if (d.dayOfWeek() == 6)
        return d.addDays(-1);
    if (d.dayOfWeek() == 7)
        return d.addDays(-2);
    return d;
}

QString fillNote(std::u16string_view pattern, const QString& title, const QString& titleDative, const QString& surname)
{
    QString s = demo::text(pattern);
    s.replace(QStringLiteral("{title:dative}"), titleDative);
    s.replace(QStringLiteral("{title}"), title);
    s.replace(QStringLiteral("{surname}"), surname);
    return s;
}

// Forced cases at the start of the list so every bucket, a partial payment and a dispute exist even in small sets.
struct ForcedInvoice
{
    int daysLate;
    int termDays;
    int paidPercent; // of the amount already paid
    bool disputed;
};
constexpr std::array<ForcedInvoice, 6> kForced{{
    {-20, 30, 0, false}, // not yet due
    {7, 30, 0, false},   // light
    {30, 30, 40, false}, // moderate, partly paid
    {75, 30, 0, false},  // serious
    {120, 60, 0, true},  // serious and disputed
    {12, 20, 50, false}, // light, partly paid
}};

} // namespace

Result<DemoDataSet> generateDemoData(const DemoOptions& options, const net::Clock& clock)
{
    if (options.invoices < 1 || options.invoices > kMaxDemoInvoices)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("demo data set size %1 is out of range: choose between 1 and %2 invoices")
                        .arg(options.invoices)
                        .arg(kMaxDemoInvoices));
    const QDate asOf = options.asOf.isValid() ? options.asOf : clock.today();
    Rng rng(options.seed);
    DemoDataSet out;

    // --- clients -------------------------------------------------------------------------------------------------
    const int clientCount = std::max(10, options.invoices / 6);
    QList<ClientPlan> plans;
    plans.reserve(clientCount);
    QSet<QString> domains;
    domains.reserve(clientCount);
    QSet<QString> names;
    names.reserve(clientCount);
    Rng renameRng(options.seed ^ 0x9E3779B97F4A7C15ULL);
    const auto reasons = demo::doNotChaseReasons();
    for (int i = 0; i < clientCount; ++i) {
        ClientPlan p;
        Client& c = p.client;
        // The first three cover every language; then about 60 % French, 30 % German, 10 % English.
        if (i < 3)
            c.language = std::array{Language::French, Language::German, Language::English}[i];
        else {
            const int l = int(rng.below(100));
            c.language = l < 60 ? Language::French : l < 90 ? Language::German : Language::English;
        }
        const demo::NameWords& w = demo::nameWords(c.language);
        p.female = rng.percent(50);
        p.surname = demo::text(rng.pick(w.surnames));
        const QString first = demo::text(p.female ? rng.pick(w.femaleFirst) : rng.pick(w.maleFirst));
        const QString title = demo::text(p.female ? w.femaleTitle : w.maleTitle);
        c.number = QStringLiteral("C%1").arg(i + 1, 5, 10, QChar(u'0'));
        // Two firms never share a name (the commercial register refuses it, and a reviewer could not tell them
        // apart): draw again; the numbered fallback only happens in the very large benchmark sets.
        c.name = companyName(rng, c.language, p.surname);
        for (int attempt = 0; names.contains(c.name) && attempt < 16; ++attempt)
            c.name = companyName(renameRng, c.language, p.surname); // its own stream: the rest of the set stays as is
        if (names.contains(c.name))
            c.name += QStringLiteral(" (%1)").arg(i + 1);
        names.insert(c.name);
        c.contactPerson = title + u' ' + first + u' ' + p.surname;

        QString domain = asciiSlug(c.name.section(u' ', 0, -2)); // without the legal form
        if (domains.contains(domain))
            domain += u'-' + QString::number(i + 1);
        domains.insert(domain);
        // Only the reserved .example top-level domain: a misconfigured demo can never mail a real company.
        domain += QStringLiteral(".example");
        c.invoiceEmail = demo::text(w.invoiceMailbox) + u'@' + domain;
        const int contactKind = int(rng.below(100));
        if (contactKind < 25) // the dunning contact is a person, not the accounting mailbox
            c.reminderEmails = {asciiSlug(first) + u'.' + asciiSlug(p.surname) + u'@' + domain};
        else if (contactKind < 32)
            c.reminderEmails = {c.invoiceEmail, QStringLiteral("direction@") + domain};
        else
            c.reminderEmails = {c.invoiceEmail};

        int m = int(rng.below(100));
        for (const auto& f : kFees) {
            if (m < f.weightPercent) {
                c.mandateType = f.type;
                break;
            }
            m -= f.weightPercent;
        }
        c.accountant = demo::text(c.language == Language::German    ? rng.pick(kGermanAccountants)
                                  : c.language == Language::English ? rng.pick(kEnglishAccountants)
                                                                    : rng.pick(kFrenchAccountants));
        c.crmAccountId = QStringLiteral("%1-%2-%3-%4-%5")
                             .arg(rng.next() & 0xFFFFFFFFULL, 8, 16, QChar(u'0'))
                             .arg(rng.next() & 0xFFFFULL, 4, 16, QChar(u'0'))
                             .arg((rng.next() & 0x0FFFULL) | 0x4000ULL, 4, 16, QChar(u'0'))
                             .arg((rng.next() & 0x3FFFULL) | 0x8000ULL, 4, 16, QChar(u'0'))
                             .arg(rng.next() & 0xFFFFFFFFFFFFULL, 12, 16, QChar(u'0'));
        p.habit = habitFor(rng);
        // A handful of clients who have been paying later and later: the payment-behaviour trend shows them.
        if (i == 3 || i == 4 || i == 6 || (i > 9 && rng.percent(5))) {
            c.mandateType = MandateType::Bookkeeping;
            p.habit.slowingDays = int(rng.range(35, 55));
            p.habit.meanLate = std::min(p.habit.meanLate, 5);
            p.habit.spread = 4;
        }
        p.currency = (i == 7 || (i > 9 && rng.percent(5))) ? QStringLiteral("EUR") : QStringLiteral("CHF");
        // The last three clients are not to be chased: one bankrupt, one on a payment plan until a date, one in a
        // dispute.
        if (i >= clientCount - 3) {
            const auto& r = reasons[size_t(clientCount - 1 - i)];
            c.doNotChase = true;
            c.doNotChaseReason = demo::text(r.reason);
            if (r.hasEndDate)
                c.doNotChaseUntil = asOf.addDays(60);
            p.habit.meanLate = int(rng.range(50, 90));
            p.habit.spread = 20;
        }
        p.invoiceWeight = feeFor(c.mandateType).invoiceWeight * (p.habit.slowingDays ? 2 : 1);
        plans.push_back(std::move(p));
    }

    // --- which client each invoice belongs to: one each first, then weighted by how often a mandate bills --------
    QList<int> clientOf;
    clientOf.reserve(options.invoices);
    QList<qint64> cumulative;
    cumulative.reserve(clientCount);
    qint64 total = 0;
    for (const ClientPlan& p : plans) {
        total += p.invoiceWeight;
        cumulative.push_back(total);
    }
    for (int k = 0; k < options.invoices; ++k) {
        if (k < clientCount) {
            clientOf.push_back(k);
            continue;
        }
        const qint64 x = qint64(rng.below(quint64(total)));
        clientOf.push_back(int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), x) - cumulative.cbegin()));
    }

    // --- invoices over the last 14 months ------------------------------------------------------------------------
    struct Draft
    {
        Invoice invoice;
        int client;
    };
    QList<Draft> drafts;
    drafts.reserve(options.invoices);
    for (int k = 0; k < options.invoices; ++k) {
        const ClientPlan& p = plans[clientOf[k]];
        Invoice inv;
        inv.clientNumber = p.client.number;
        inv.currency = p.currency;
        inv.source = QStringLiteral("demo");
        // Mostly the client's own mandate; now and then a tax return or an advisory job on top.
        const FeeRange& fee = rng.percent(80) ? feeFor(p.client.mandateType)
                                              : feeFor(rng.percent(60) ? MandateType::Tax : MandateType::Advisory);
        inv.amountMinor = feeAmount(rng, fee);
        const int minuteOfDay = int(rng.range(7 * 60, 18 * 60));

        if (k < int(kForced.size())) {
            const ForcedInvoice& f = kForced[size_t(k)];
            inv.dueDate = asOf.addDays(-f.daysLate);
            inv.issueDate = inv.dueDate.addDays(-f.termDays);
            inv.openMinor = inv.amountMinor - roundTo5(inv.amountMinor * f.paidPercent / 100);
            inv.disputed = f.disputed;
            inv.lastModified = atUtc(f.paidPercent ? asOf.addDays(-2) : inv.issueDate, minuteOfDay);
            drafts.push_back({inv, clientOf[k]});
            continue;
        }

        inv.issueDate = workingDay(asOf.addDays(-rng.range(1, 425)));
        const int t = int(rng.below(100));
        const int terms = t < 75 ? 30 : t < 85 ? 20 : t < 90 ? 10 : 60;
        inv.dueDate = inv.issueDate.addDays(terms);

        const qint64 age = inv.issueDate.daysTo(asOf);
        qint64 late = p.habit.meanLate + rng.range(-p.habit.spread, p.habit.spread);
        if (p.habit.slowingDays && age < 240)
            late += p.habit.slowingDays * (240 - age) / 240;
        if (rng.permille(25)) // an invoice that slipped through: found late, or not yet
            late += rng.range(60, 200);
        QDate paidOn = inv.dueDate.addDays(late);
        if (paidOn <= inv.issueDate)
            paidOn = inv.issueDate.addDays(rng.range(1, 5));

        if (paidOn <= asOf) {
            inv.openMinor = 0;
            inv.paidOn = paidOn;
            inv.lastModified = atUtc(paidOn, minuteOfDay);
        } else {
            inv.openMinor = inv.amountMinor;
            inv.lastModified = atUtc(inv.issueDate, minuteOfDay);
            const qint64 overdue = inv.dueDate.daysTo(asOf);
            if (overdue > 0 && rng.percent(15)) {
                inv.openMinor = inv.amountMinor - roundTo5(inv.amountMinor * rng.range(20, 70) / 100);
                inv.lastModified = atUtc(asOf.addDays(-rng.range(0, std::min<qint64>(overdue, 20))), minuteOfDay);
            }
            if (overdue > 20 && rng.percent(6))
                inv.disputed = true;
        }
        drafts.push_back({inv, clientOf[k]});
    }

    // Numbers follow the issue date, per year, as an accounting system hands them out: RE-2025-00042.
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.invoice.issueDate < b.invoice.issueDate; });
    int year = 0;
    int sequence = 0;
    out.invoices.reserve(drafts.size());
    QList<bool> hasDispute(clientCount, false);
    QList<bool> hasOverdue(clientCount, false);
    for (Draft& d : drafts) {
        if (d.invoice.issueDate.year() != year) {
            year = d.invoice.issueDate.year();
            sequence = 0;
        }
        d.invoice.number = QStringLiteral("RE-%1-%2").arg(year).arg(++sequence, 5, 10, QChar(u'0'));
        hasDispute[d.client] = hasDispute[d.client] || d.invoice.disputed;
        hasOverdue[d.client] = hasOverdue[d.client] || (d.invoice.openMinor > 0 && d.invoice.dueDate < asOf);
        out.invoices.push_back(std::move(d.invoice));
    }

    // --- CRM history over the last 12 months ---------------------------------------------------------------------
    int activity = 0;
    const auto addNote = [&](int clientIndex, const demo::NoteTemplate& t, QDate day, int minute) {
        const ClientPlan& p = plans[clientIndex];
        const demo::NameWords& w = demo::nameWords(p.client.language);
        const QString title = demo::text(p.female ? w.femaleTitle : w.maleTitle);
        const QString titleDative = demo::text(p.female ? w.femaleTitle : w.maleTitleDative);
        Interaction i;
        i.externalId = QStringLiteral("demo-act-%1").arg(++activity, 6, 10, QChar(u'0'));
        i.kind = t.kind;
        i.direction = t.direction;
        i.occurredAt = atUtc(day, minute);
        i.subject = demo::text(t.subject);
        i.summary = fillNote(t.summary, title, titleDative, p.surname);
        i.author = p.client.accountant;
        out.interactions.push_back({clientIndex, i});
    };
    for (int c = 0; c < clientCount; ++c) {
        const auto templates = demo::noteTemplates(plans[c].client.language);
        QList<demo::NoteTemplate> plain;
        QList<demo::NoteTemplate> promises;
        QList<demo::NoteTemplate> disputes;
        for (const auto& t : templates)
            (t.tag == demo::NoteTag::Dispute   ? disputes
             : t.tag == demo::NoteTag::Promise ? promises
                                               : plain)
                .push_back(t);
        // 0 to 8 notes in all: up to six ordinary ones, a dispute where there is one, an injection attempt for two
        // clients.
        const int count = int(rng.range(0, hasOverdue[c] ? 6 : 5));
        for (int n = 0; n < count; ++n) {
            const auto& pool = hasOverdue[c] && rng.percent(40) ? promises : plain;
            addNote(c, rng.pick(pool), asOf.addDays(-rng.range(1, 365)), int(rng.range(8 * 60, 18 * 60)));
        }
        if (hasDispute[c])
            addNote(c, rng.pick(disputes), asOf.addDays(-rng.range(5, 60)), int(rng.range(8 * 60, 18 * 60)));
        // Two clients answered a reminder with an attempt to steer the drafting model.
        if (c == 0 || c == 2)
            addNote(c, demo::injectionTemplates(plans[c].client.language)[0], asOf.addDays(-rng.range(3, 30)),
                    int(rng.range(8 * 60, 18 * 60)));
    }
    std::stable_sort(out.interactions.begin(), out.interactions.end(),
                     [](const DemoInteraction& a, const DemoInteraction& b) {
                         return a.interaction.occurredAt < b.interaction.occurredAt;
                     });

    out.clients.reserve(clientCount);
    for (ClientPlan& p : plans)
        out.clients.push_back(std::move(p.client));

    // --- tone examples -------------------------------------------------------------------------------------------
    for (const demo::ToneText& t : demo::toneTexts()) {
        ToneExample e;
        e.bucket = t.bucket;
        e.language = t.language;
        e.text = demo::text(t.text);
        e.updatedAt = atUtc(asOf, 8 * 60);
        e.updatedBy = QStringLiteral("demo");
        out.toneExamples.push_back(e);
    }
    return out;
}

} // namespace relance
