#include "drafting/Validator.h"

#include "domain/Money.h"

#include <QRegularExpression>
#include <QSet>

namespace relance {

namespace {

using RX = QRegularExpression;
constexpr auto kRxOpts = RX::UseUnicodePropertiesOption | RX::CaseInsensitiveOption;

bool isGroupMark(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) || c == u' ' || c == QChar(0x00A0) ||
           c == QChar(0x202F) || c == QChar(0x2009);
}

// Checks one field. `scan` is a copy of the text in which every checked span is blanked out (same length, so offsets
// stay those of the original text), so later checks do not see the digits of a date inside an IBAN, etc.
class FieldCheck
{
public:
    FieldCheck(QString field, const QString& text, const DraftFacts& facts, QList<Finding>& out)
        : m_field(std::move(field)), m_text(text), m_scan(text), m_facts(facts), m_out(out)
    {
    }

    void run(const ValidationOptions& o)
    {
        names();
        placeholders();
        links();
        emails();
        ibans();
        invoiceNumbers();
        dates();
        percentages();
        numbers();
        phrases();
        copiedText(o.untrustedTexts);
    }
    bool mentionedAmount() const { return m_mentionedAmount; }
    const QSet<QString>& mentionedInvoices() const { return m_mentionedInvoices; }

private:
    void add(const QString& code, const QString& detail, qsizetype start = -1, qsizetype length = 0,
             FindingSeverity s = FindingSeverity::Blocking)
    {
        m_out.push_back(Finding{code, s, detail, m_field, int(start), int(length)});
    }
    void blank(qsizetype start, qsizetype length)
    {
        for (qsizetype i = start; i < start + length && i < m_scan.size(); ++i)
            m_scan[i] = u' ';
    }

    // Names the program supplied (client, contact, firm) may hold digits ("Garage 2000 SA"): not figures to check.
    void names()
    {
        for (const QString& n : {m_facts.client.name, m_facts.client.contactPerson, m_facts.reminders.firmName}) {
            if (n.trimmed().size() < 2)
                continue;
            qsizetype from = 0;
            while ((from = m_scan.indexOf(n, from)) >= 0) {
                blank(from, n.size());
                from += n.size();
            }
        }
    }

    void placeholders()
    {
        static const RX re(QStringLiteral(R"(\{\{[^{}]{0,40}\}\}|\{[A-Za-z_]{2,30}\}|\[(?:[A-Z][A-Za-z]*[ _-]?){1,4}\]|\bX{3,}\b)"));
        auto it = re.globalMatch(m_scan);
        while (it.hasNext()) {
            const auto m = it.next();
            add(QStringLiteral("leftover-placeholder"),
                QStringLiteral("'%1' was not replaced by a fact").arg(m.captured(0)), m.capturedStart(), m.capturedLength());
            blank(m.capturedStart(), m.capturedLength());
        }
    }

    void links()
    {
        static const RX re(QStringLiteral(R"((?:\bhttps?://|\bwww\.)[^\s<>"'\])]+)"), kRxOpts);
        auto it = re.globalMatch(m_scan);
        while (it.hasNext()) {
            const auto m = it.next();
            QString url = m.captured(0);
            while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back()))
                url.chop(1);
            bool allowed = false;
            for (const QString& a : m_facts.reminders.allowedLinks) {
                QString base = a;
                while (base.endsWith(u'/'))
                    base.chop(1);
                if (url.compare(base, Qt::CaseInsensitive) == 0 || url.compare(a, Qt::CaseInsensitive) == 0 ||
                    url.startsWith(base + u'/', Qt::CaseInsensitive) || url.startsWith(base + u'?', Qt::CaseInsensitive))
                    allowed = true;
            }
            if (!allowed)
                add(QStringLiteral("unknown-link"), QStringLiteral("the link %1 is not one of the configured links").arg(url),
                    m.capturedStart(), url.size());
            blank(m.capturedStart(), m.capturedLength());
        }
    }

    void emails()
    {
        static const RX re(QStringLiteral(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"), kRxOpts);
        auto it = re.globalMatch(m_scan);
        while (it.hasNext()) {
            const auto m = it.next();
            add(QStringLiteral("email-address"),
                QStringLiteral("the e-mail address %1 is not a fact the program supplied: check it").arg(m.captured(0)),
                m.capturedStart(), m.capturedLength(), FindingSeverity::Warning);
            blank(m.capturedStart(), m.capturedLength());
        }
    }

    void ibans()
    {
        static const RX re(QStringLiteral(R"(\b[A-Z]{2}\d{2}(?:[ \x{00A0}]?[A-Z0-9]{4}){2,7}(?:[ \x{00A0}]?[A-Z0-9]{1,3})?\b)"));
        const QString configured = normalizeIban(m_facts.reminders.paymentIban);
        auto it = re.globalMatch(m_scan);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString found = normalizeIban(m.captured(0));
            if (configured.isEmpty() || found != configured)
                add(QStringLiteral("unknown-iban"),
                    configured.isEmpty() ? QStringLiteral("the IBAN %1 appears but no payment IBAN is configured").arg(m.captured(0))
                                         : QStringLiteral("the IBAN %1 is not the firm's configured IBAN").arg(m.captured(0)),
                    m.capturedStart(), m.capturedLength());
            blank(m.capturedStart(), m.capturedLength());
        }
    }

    void invoiceNumbers()
    {
        // Known numbers first, longest first so RE-10420 is not read as RE-1042 plus a stray 0.
        QStringList known;
        for (const auto& l : m_facts.lines)
            known << l.invoiceNumber;
        std::sort(known.begin(), known.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& n : known) {
            if (n.isEmpty())
                continue;
            qsizetype from = 0;
            while ((from = m_scan.indexOf(n, from)) >= 0) {
                const qsizetype end = from + n.size();
                const bool leftOk = from == 0 || !m_scan[from - 1].isLetterOrNumber();
                const bool rightOk = end >= m_scan.size() || !m_scan[end].isLetterOrNumber();
                if (leftOk && rightOk) {
                    m_mentionedInvoices.insert(n);
                    blank(from, n.size());
                }
                from = end;
            }
        }
        // Anything else shaped like an invoice reference: letters and digits joined by a dash or slash, or a number
        // right after the word for invoice.
        static const RX shaped(QStringLiteral(R"(\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}[-/]\d{3,}\b)"));
        static const RX named(QStringLiteral(
                                  R"(\b(?:factures?|Rechnung(?:en|snummer)?|invoices?|n°|Nr\.|No\.)\s*:?\s*((?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}))"),
                              kRxOpts);
        for (const RX* re : {&shaped, &named}) {
            auto it = re->globalMatch(m_scan);
            while (it.hasNext()) {
                const auto m = it.next();
                const int g = re == &named ? 1 : 0;
                add(QStringLiteral("unknown-invoice-number"),
                    QStringLiteral("%1 is not one of the invoices of this reminder").arg(m.captured(g)),
                    m.capturedStart(g), m.capturedLength(g));
                blank(m.capturedStart(g), m.capturedLength(g));
            }
        }
    }

    QSet<QDate> allowedDates() const
    {
        QSet<QDate> d;
        for (const auto& l : m_facts.lines)
            d.insert(l.dueDate);
        for (auto it = m_facts.issueDates.begin(); it != m_facts.issueDates.end(); ++it)
            d.insert(it.value());
        d.insert(m_facts.asOf);
        d.insert(m_facts.paymentDeadline);
        if (m_facts.lastReminderDate.isValid())
            d.insert(m_facts.lastReminderDate);
        for (const QDate& x : m_facts.extraAllowedDates)
            d.insert(x);
        return d;
    }

    static int monthFromName(const QString& name)
    {
        static const QList<QStringList> months{
            {QStringLiteral("janvier"), QStringLiteral("januar"), QStringLiteral("jänner"), QStringLiteral("january"), QStringLiteral("jan")},
            {QStringLiteral("février"), QStringLiteral("fevrier"), QStringLiteral("februar"), QStringLiteral("february"), QStringLiteral("feb")},
            {QStringLiteral("mars"), QStringLiteral("märz"), QStringLiteral("march"), QStringLiteral("mar")},
            {QStringLiteral("avril"), QStringLiteral("april"), QStringLiteral("apr")},
            {QStringLiteral("mai"), QStringLiteral("may")},
            {QStringLiteral("juin"), QStringLiteral("juni"), QStringLiteral("june"), QStringLiteral("jun")},
            {QStringLiteral("juillet"), QStringLiteral("juli"), QStringLiteral("july"), QStringLiteral("jul")},
            {QStringLiteral("août"), QStringLiteral("aout"), QStringLiteral("august"), QStringLiteral("aug")},
            {QStringLiteral("septembre"), QStringLiteral("september"), QStringLiteral("sep"), QStringLiteral("sept")},
            {QStringLiteral("octobre"), QStringLiteral("oktober"), QStringLiteral("october"), QStringLiteral("oct"), QStringLiteral("okt")},
            {QStringLiteral("novembre"), QStringLiteral("november"), QStringLiteral("nov")},
            {QStringLiteral("décembre"), QStringLiteral("decembre"), QStringLiteral("dezember"), QStringLiteral("december"), QStringLiteral("dec"), QStringLiteral("dez")},
        };
        const QString n = name.toLower();
        for (int i = 0; i < months.size(); ++i)
            if (months[i].contains(n))
                return i + 1;
        return 0;
    }

    void dates()
    {
        const QSet<QDate> allowed = allowedDates();
        const QString monthAlt = QStringLiteral(
            "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
            "januar|jänner|februar|märz|april|juni|juli|august|september|oktober|november|dezember|"
            "january|february|march|may|june|july|october|december");
        static const RX numeric(QStringLiteral(R"((?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d]))"));
        static const RX iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"));
        const RX dayMonth(QStringLiteral(R"(\b(\d{1,2})(?:er|\.|st|nd|rd|th)?\s+(%1)\s+(\d{4})\b)").arg(monthAlt), kRxOpts);
        const RX monthDay(QStringLiteral(R"(\b(%1)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)").arg(monthAlt), kRxOpts);
        auto check = [&](const QRegularExpressionMatch& m, QDate d) {
            if (!d.isValid()) {
                add(QStringLiteral("date-mismatch"), QStringLiteral("'%1' is not a valid date").arg(m.captured(0)),
                    m.capturedStart(), m.capturedLength());
            } else if (!allowed.contains(d)) {
                add(QStringLiteral("date-mismatch"),
                    QStringLiteral("the date %1 is not a due date, the payment deadline or another date of this reminder")
                        .arg(m.captured(0)),
                    m.capturedStart(), m.capturedLength());
            }
            blank(m.capturedStart(), m.capturedLength());
        };
        for (auto it = iso.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            check(m, QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        }
        for (auto it = numeric.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            int y = m.captured(3).toInt();
            if (m.captured(3).size() == 2)
                y += 2000;
            check(m, QDate(y, m.captured(2).toInt(), m.captured(1).toInt()));
        }
        for (auto it = dayMonth.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            check(m, QDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
        }
        for (auto it = monthDay.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            check(m, QDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
        }
    }

    void percentages()
    {
        static const RX re(QStringLiteral(R"(\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent\b|prozent\b|per\s?cent\b))"), kRxOpts);
        for (auto it = re.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            add(QStringLiteral("unexpected-percentage"),
                QStringLiteral("the percentage '%1' is not a fact the program supplied (interest, discount?)").arg(m.captured(0)),
                m.capturedStart(), m.capturedLength());
            blank(m.capturedStart(), m.capturedLength());
        }
    }

    // The currency written right before or after a number, if any.
    QString currencyAround(qsizetype start, qsizetype end) const
    {
        static const RX before(QStringLiteral(R"((CHF|EUR|USD|GBP|SFr\.|Fr\.|€|\$|£)\s?$)"), kRxOpts);
        static const RX after(QStringLiteral(R"(^\s?(CHF|EUR|USD|GBP|francs?\b|Franken\b|Fr\.|€|euros?\b|\$|£))"), kRxOpts);
        const auto b = before.match(m_text.mid(qMax<qsizetype>(0, start - 8), start - qMax<qsizetype>(0, start - 8)));
        const auto a = after.match(m_text.mid(end, 10));
        QString sym = b.hasMatch() ? b.captured(1) : a.hasMatch() ? a.captured(1) : QString();
        sym = sym.toUpper();
        if (sym.isEmpty())
            return {};
        if (sym.startsWith(u'F') || sym == u"SFR." || sym == u"FRANKEN")
            return QStringLiteral("CHF");
        if (sym == u"€" || sym.startsWith(QLatin1StringView("EURO")))
            return QStringLiteral("EUR");
        if (sym == u"$")
            return QStringLiteral("USD");
        if (sym == u"£")
            return QStringLiteral("GBP");
        return sym;
    }

    void numbers()
    {
        QSet<int> allowedInts;
        for (const auto& l : m_facts.lines)
            allowedInts.insert(l.daysLate);
        allowedInts << m_facts.reminders.paymentDeadlineDays << int(m_facts.lines.size()) << m_facts.previousReminders
                    << m_facts.previousReminders + 1;
        if (m_facts.asOf.isValid())
            allowedInts << m_facts.asOf.year() - 1 << m_facts.asOf.year() << m_facts.asOf.year() + 1;
        QMap<QString, QSet<qint64>> allowedAmounts;
        for (const auto& l : m_facts.lines)
            allowedAmounts[l.currency].insert(l.openMinor);
        const auto totals = m_facts.totals();
        for (auto it = totals.begin(); it != totals.end(); ++it)
            allowedAmounts[it.key()].insert(it.value());
        const QString defaultCurrency = m_facts.lines.isEmpty() ? QStringLiteral("CHF") : m_facts.lines.first().currency;

        const qsizetype n = m_scan.size();
        qsizetype i = 0;
        while (i < n) {
            if (!m_scan[i].isDigit() || (i > 0 && (m_scan[i - 1].isLetterOrNumber() || m_scan[i - 1] == u'_'))) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            QString whole;
            while (i < n && m_scan[i].isDigit())
                whole += m_scan[i++];
            bool grouped = false;
            QString fraction;
            bool hasDecimal = false;
            while (i < n) {
                const QChar c = m_scan[i];
                auto digitAt = [&](qsizetype k) { return k < n && m_scan[k].isDigit(); };
                const bool three = digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3) && !digitAt(i + 4);
                if ((isGroupMark(c) || c == u'.' || c == u',') && three) {
                    // A three-digit group after a mark: grouping ("1’234", "1 234", "1.234").
                    whole += m_scan.mid(i + 1, 3);
                    grouped = true;
                    i += 4;
                    continue;
                }
                if ((c == u'.' || c == u',') && i + 1 < n && m_scan[i + 1].isDigit()) {
                    qsizetype j = i + 1;
                    while (j < n && m_scan[j].isDigit())
                        ++j;
                    if (j - i - 1 <= 2) {
                        fraction = m_scan.mid(i + 1, j - i - 1);
                        hasDecimal = true;
                        i = j;
                    }
                    break;
                }
                if ((c == u'.' || c == u',') && i + 1 < n && (m_scan[i + 1] == u'-' || m_scan[i + 1] == QChar(0x2013))) {
                    hasDecimal = true; // "1’234.–": whole francs
                    i += 2;
                    if (i < n && (m_scan[i] == u'-' || m_scan[i] == QChar(0x2013)))
                        ++i;
                    break;
                }
                break;
            }
            const qsizetype end = i;
            const QString currency = currencyAround(start, end);
            const QString literal = m_text.mid(start, end - start);
            if (!currency.isEmpty() || hasDecimal || grouped) {
                const QString cur = currency.isEmpty() ? defaultCurrency : currency;
                const QString plain = fraction.isEmpty() ? whole : whole + u'.' + fraction;
                auto minor = parseMinorUnits(plain, cur, DecimalSeparator::Dot);
                if (!minor || !allowedAmounts.value(cur).contains(*minor)) {
                    add(QStringLiteral("amount-mismatch"),
                        QStringLiteral("the amount %1%2 is not an open amount or total of this reminder")
                            .arg(literal, currency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(currency)),
                        start, end - start);
                } else {
                    m_mentionedAmount = true;
                }
            } else {
                bool ok = false;
                const int v = whole.toInt(&ok);
                if (!ok || !allowedInts.contains(v))
                    add(QStringLiteral("unknown-number"),
                        QStringLiteral("the number %1 is not a fact of this reminder (days late, deadline, count)").arg(literal),
                        start, end - start);
            }
            blank(start, end - start);
        }
    }

    void phraseList(const QString& code, const QStringList& patterns, const QString& why)
    {
        for (const QString& p : patterns) {
            const RX re(QStringLiteral(R"((?<!\w))") + p, kRxOpts);
            for (auto it = re.globalMatch(m_text); it.hasNext();) {
                const auto m = it.next();
                add(code, why.arg(m.captured(0)), m.capturedStart(), m.capturedLength());
            }
        }
    }

    void phrases()
    {
        if (m_facts.bucket != AgingBucket::Serious) {
            phraseList(QStringLiteral("consequences-outside-serious"),
                       {QStringLiteral("poursuites?"), QStringLiteral("recouvrement"), QStringLiteral("contentieux"),
                        QStringLiteral("mise en demeure"), QStringLiteral("suspen(?:dre|sion|drons)"), QStringLiteral("avocat"),
                        QStringLiteral("mesures juridiques"), QStringLiteral("Betreibung"), QStringLiteral("Inkasso"),
                        QStringLiteral("rechtliche Schritte"), QStringLiteral("Leistungen einstellen"), QStringLiteral("Anwalt"),
                        QStringLiteral("Verzugszins"), QStringLiteral("debt collection"), QStringLiteral("collection agency"),
                        QStringLiteral("legal action"), QStringLiteral("suspend(?:ed|ing)?\\b"), QStringLiteral("lawyer"),
                        QStringLiteral("late[- ]payment interest"), QStringLiteral("intérêts moratoires")},
                       QStringLiteral("'%1' names a consequence, which only a serious reminder may do"));
        }
        if (!m_facts.reminders.offerPaymentPlan) {
            phraseList(QStringLiteral("payment-plan-not-allowed"),
                       {QStringLiteral("plan de paiement"), QStringLiteral("paiement échelonné"), QStringLiteral("échelonnement"),
                        QStringLiteral("Ratenzahlung"), QStringLiteral("Zahlungsplan"), QStringLiteral("Abzahlung"),
                        QStringLiteral("payment plan"), QStringLiteral("instal?lments?")},
                       QStringLiteral("'%1' offers a payment plan, which the firm does not allow"));
        }
        phraseList(QStringLiteral("unauthorised-concession"),
                   {QStringLiteral("remise\\b"), QStringLiteral("rabais"), QStringLiteral("annul(?:er|ons|ée|é)"),
                    QStringLiteral("ne pas payer"), QStringLiteral("pas besoin de (?:payer|régler)"), QStringLiteral("gratuit"),
                    QStringLiteral("Rabatt"), QStringLiteral("Skonto"), QStringLiteral("erlassen"), QStringLiteral("Erlass\\b"),
                    QStringLiteral("storniert"), QStringLiteral("nicht (?:zu )?bezahlen"), QStringLiteral("kostenlos"),
                    QStringLiteral("discount"), QStringLiteral("waive"), QStringLiteral("cancel(?:led)? (?:the|your) invoice"),
                    QStringLiteral("no need to pay"), QStringLiteral("free of charge"), QStringLiteral("ignore (?:this|the) invoice")},
                   QStringLiteral("'%1' concedes something (discount, waiver, cancellation) no one decided"));
    }

    static QStringList words(const QString& text)
    {
        static const RX nonWord(QStringLiteral(R"([^\w]+)"), RX::UseUnicodePropertiesOption);
        return text.toLower().split(nonWord, Qt::SkipEmptyParts);
    }

    void copiedText(const QStringList& untrusted)
    {
        constexpr int kWindow = 7;
        QSet<QString> grams;
        for (const QString& t : untrusted) {
            const QStringList w = words(t);
            for (qsizetype i = 0; i + kWindow <= w.size(); ++i)
                grams.insert(w.mid(i, kWindow).join(u' '));
        }
        if (grams.isEmpty())
            return;
        const QStringList w = words(m_text);
        for (qsizetype i = 0; i + kWindow <= w.size(); ++i) {
            const QString g = w.mid(i, kWindow).join(u' ');
            if (grams.contains(g)) {
                add(QStringLiteral("copied-untrusted-text"),
                    QStringLiteral("the draft repeats CRM text word for word ('%1 ...'): possible injected instruction").arg(g));
                return;
            }
        }
    }

    QString m_field;
    const QString& m_text;
    QString m_scan;
    const DraftFacts& m_facts;
    QList<Finding>& m_out;
    bool m_mentionedAmount = false;
    QSet<QString> m_mentionedInvoices;
};

} // namespace

std::optional<Language> detectLanguage(const QString& text)
{
    static const QSet<QString> fr{QStringLiteral("le"),    QStringLiteral("la"),    QStringLiteral("les"),  QStringLiteral("des"),
                                  QStringLiteral("une"),   QStringLiteral("est"),   QStringLiteral("nous"), QStringLiteral("vous"),
                                  QStringLiteral("votre"), QStringLiteral("pour"),  QStringLiteral("que"),  QStringLiteral("qui"),
                                  QStringLiteral("sur"),   QStringLiteral("avec"),  QStringLiteral("dans"), QStringLiteral("pas"),
                                  QStringLiteral("cette"), QStringLiteral("du"),    QStringLiteral("au"),   QStringLiteral("et"),
                                  QStringLiteral("nos"),   QStringLiteral("vos"),   QStringLiteral("merci"), QStringLiteral("ne")};
    static const QSet<QString> de{QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"),  QStringLiteral("und"),
                                  QStringLiteral("ist"),   QStringLiteral("wir"),   QStringLiteral("sie"),  QStringLiteral("ihr"),
                                  QStringLiteral("ihre"),  QStringLiteral("nicht"), QStringLiteral("mit"),  QStringLiteral("für"),
                                  QStringLiteral("auf"),   QStringLiteral("zu"),    QStringLiteral("den"),  QStringLiteral("dem"),
                                  QStringLiteral("bitte"), QStringLiteral("unser"), QStringLiteral("unsere"), QStringLiteral("noch"),
                                  QStringLiteral("bis"),   QStringLiteral("zum"),   QStringLiteral("ein"),  QStringLiteral("eine")};
    static const QSet<QString> en{QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("is"),   QStringLiteral("we"),
                                  QStringLiteral("you"),   QStringLiteral("your"),  QStringLiteral("for"),  QStringLiteral("to"),
                                  QStringLiteral("of"),    QStringLiteral("with"),  QStringLiteral("this"), QStringLiteral("that"),
                                  QStringLiteral("please"), QStringLiteral("not"),  QStringLiteral("are"),  QStringLiteral("our"),
                                  QStringLiteral("have"),  QStringLiteral("has"),   QStringLiteral("been"), QStringLiteral("by")};
    static const QSet<QString> it{QStringLiteral("il"),    QStringLiteral("lo"),    QStringLiteral("gli"),  QStringLiteral("della"),
                                  QStringLiteral("che"),   QStringLiteral("per"),   QStringLiteral("con"),  QStringLiteral("non"),
                                  QStringLiteral("sono"),  QStringLiteral("vostra"), QStringLiteral("nostro"), QStringLiteral("di"),
                                  QStringLiteral("una"),   QStringLiteral("è"),     QStringLiteral("grazie"), QStringLiteral("fattura")};
    static const RX nonWord(QStringLiteral(R"([^\w]+)"), RX::UseUnicodePropertiesOption);
    int counts[4] = {0, 0, 0, 0};
    for (const QString& w : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        counts[0] += fr.contains(w);
        counts[1] += de.contains(w);
        counts[2] += en.contains(w);
        counts[3] += it.contains(w);
    }
    const int best = int(std::max_element(counts, counts + 4) - counts);
    if (counts[best] < 5)
        return std::nullopt;
    static const Language langs[4] = {Language::French, Language::German, Language::English, Language::Italian};
    return langs[best];
}

QList<Finding> validateDraft(const QString& subject, const QString& body, const DraftFacts& facts,
                             const ValidationOptions& options)
{
    QList<Finding> out;
    const QString s = subject.trimmed();
    if (s.isEmpty())
        out.push_back({QStringLiteral("subject-empty"), FindingSeverity::Blocking, QStringLiteral("the subject is empty"),
                       QStringLiteral("subject")});
    else if (s.size() > options.maxSubjectChars)
        out.push_back({QStringLiteral("subject-too-long"), FindingSeverity::Blocking,
                       QStringLiteral("the subject has %1 characters (at most %2)").arg(s.size()).arg(options.maxSubjectChars),
                       QStringLiteral("subject")});
    if (s.contains(u'\n'))
        out.push_back({QStringLiteral("subject-multiline"), FindingSeverity::Blocking,
                       QStringLiteral("the subject spans several lines"), QStringLiteral("subject")});
    const qsizetype bodyChars = body.trimmed().size();
    if (bodyChars < options.minBodyChars)
        out.push_back({QStringLiteral("body-too-short"), FindingSeverity::Blocking,
                       QStringLiteral("the body has %1 characters (at least %2)").arg(bodyChars).arg(options.minBodyChars),
                       QStringLiteral("body")});
    else if (bodyChars > options.maxBodyChars)
        out.push_back({QStringLiteral("body-too-long"), FindingSeverity::Blocking,
                       QStringLiteral("the body has %1 characters (at most %2)").arg(bodyChars).arg(options.maxBodyChars),
                       QStringLiteral("body")});

    FieldCheck subj(QStringLiteral("subject"), subject, facts, out);
    subj.run(options);
    FieldCheck bod(QStringLiteral("body"), body, facts, out);
    bod.run(options);

    if (bodyChars >= options.minBodyChars) {
        const auto lang = detectLanguage(body);
        if (!lang || *lang != facts.language)
            out.push_back({QStringLiteral("wrong-language"), FindingSeverity::Blocking,
                           lang ? QStringLiteral("the body reads as '%1', the client's language is '%2'")
                                      .arg(languageCode(*lang), languageCode(facts.language))
                                : QStringLiteral("the language of the body cannot be recognised (the client's is '%1')")
                                      .arg(languageCode(facts.language)),
                           QStringLiteral("body")});
        if (!bod.mentionedAmount() && !subj.mentionedAmount())
            out.push_back({QStringLiteral("amount-missing"), FindingSeverity::Warning,
                           QStringLiteral("the draft never states the open amount"), QStringLiteral("body")});
        QStringList missing;
        for (const auto& l : facts.lines)
            if (!bod.mentionedInvoices().contains(l.invoiceNumber) && !subj.mentionedInvoices().contains(l.invoiceNumber))
                missing << l.invoiceNumber;
        if (!missing.isEmpty())
            out.push_back({QStringLiteral("invoice-missing"), FindingSeverity::Warning,
                           QStringLiteral("the draft does not name invoice(s) %1").arg(missing.join(QStringLiteral(", "))),
                           QStringLiteral("body")});
    }
    return out;
}

} // namespace relance
