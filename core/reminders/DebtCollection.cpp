#include "reminders/DebtCollection.h"

#include "domain/Money.h"

namespace relance {

// 128-bit intermediates: open amount * rate * days can pass 2^63 before the one division.
__extension__ typedef __int128 Wide;

Result<ChfRate> parseChfRate(const QString& currency, QStringView text)
{
    const auto scaled = parseScaledDecimal(text, 6);
    if (!scaled || *scaled <= 0)
        return std::unexpected(Error{ErrorCode::InvalidArgument,
                                     QStringLiteral("the rate of %1 to CHF '%2' is not allowed: a positive number with "
                                                    "at most 6 decimals, such as 0.9412")
                                         .arg(currency, text.toString()),
                                     currency});
    ChfRate r;
    r.currency = currency;
    r.scaled = *scaled;
    QString frac = QStringLiteral("%1").arg(*scaled % 1'000'000, 6, 10, QLatin1Char('0'));
    while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    r.text = QString::number(*scaled / 1'000'000) + QLatin1Char('.') + frac;
    return r;
}

qint64 convertToChf(qint64 minor, const ChfRate& rate)
{
    const Wide num = Wide(minor) * rate.scaled;
    const Wide half = 500'000;
    return qint64(num >= 0 ? (num + half) / 1'000'000 : -((-num + half) / 1'000'000));
}

qint64 officialFeeMinor(qint64 claimChfMinor)
{
    static const std::pair<qint64, qint64> brackets[] = {
        {100'00, 7'00},     {500'00, 20'00},     {1'000'00, 40'00},
        {10'000'00, 60'00}, {100'000'00, 90'00}, {1'000'000'00, 190'00},
    };
    for (const auto& [upTo, fee] : brackets)
        if (claimChfMinor <= upTo)
            return fee;
    return 400'00;
}

Result<DebtCollectionSummary> buildDebtCollectionSummary(const Party& creditor, const Party& debtor,
                                                         const QList<DebtInvoice>& invoices,
                                                         const QList<ChfRate>& rates, QDate preparedOn,
                                                         DayCount dayCount)
{
    DebtCollectionSummary s;
    s.creditor = creditor;
    s.debtor = debtor;
    s.preparedOn = preparedOn;
    s.dayCount = dayCount;
    for (const DebtInvoice& inv : invoices) {
        if (inv.openMinor <= 0)
            continue;
        DebtClaim c;
        c.invoiceNumber = inv.invoiceNumber;
        c.issueDate = inv.issueDate;
        c.dueDate = inv.dueDate;
        c.currency = inv.currency;
        c.openMinor = inv.openMinor;
        if (inv.currency == u"CHF") {
            c.claimChfMinor = inv.openMinor;
        } else {
            const ChfRate* rate = nullptr;
            for (const ChfRate& r : rates)
                if (r.currency == inv.currency)
                    rate = &r;
            // Art. 67 SchKG: the claim is stated in Swiss francs; the rate is the person's, never guessed.
            if (!rate || currencyMinorDigits(inv.currency) != 2)
                return std::unexpected(Error{ErrorCode::InvalidArgument,
                                             QStringLiteral("invoice %1 is in %2: enter the rate of %2 to CHF")
                                                 .arg(inv.invoiceNumber, inv.currency),
                                             inv.invoiceNumber});
            c.rateText = rate->text;
            c.claimChfMinor = convertToChf(inv.openMinor, *rate);
        }
        if (inv.interest.from.isValid() && inv.interest.rateHundredths > 0) {
            c.interestRateHundredths = inv.interest.rateHundredths;
            c.interestFrom = inv.interest.from;
        }
        c.reason = QStringLiteral("Invoice %1 of %2").arg(inv.invoiceNumber, swissDate(inv.issueDate));
        s.totalChfMinor += c.claimChfMinor;
        s.claims.append(c);
        for (const SentReminder& r : inv.history.sent)
            s.history.append({inv.invoiceNumber, r.level, r.sentOn, r.messageId, r.imported});
    }
    s.officialFeeChfMinor = officialFeeMinor(s.totalChfMinor);
    return s;
}

namespace {

QString csvCell(QString v)
{
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';')))
        return QLatin1Char('"') + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QString historyText(const DebtCollectionSummary& s, const QString& invoiceNumber, const QString& sep)
{
    QStringList parts;
    for (const DebtHistoryEntry& h : s.history) {
        if (h.invoiceNumber != invoiceNumber)
            continue;
        QString p = QStringLiteral("level %1 %2")
                        .arg(h.level)
                        .arg(h.sentOn.isValid() ? swissDate(h.sentOn) : QStringLiteral("(no date)"));
        if (h.imported)
            p += QStringLiteral(" (imported)");
        else if (!h.messageId.isEmpty())
            p += QLatin1Char(' ') + h.messageId;
        parts.append(p);
    }
    return parts.join(sep);
}

QString ratePercent(int hundredths)
{
    return hundredths > 0 ? rateText(hundredths) : QString();
}

} // namespace

QString debtCollectionCsv(const DebtCollectionSummary& s)
{
    const QString crlf = QStringLiteral("\r\n");
    QString out = QStringLiteral("creditor,debtor,debtor_number,debtor_address,invoice,issue_date,due_date,currency,"
                                 "open,rate_to_chf,claim_chf,interest_rate_percent,interest_from,day_count,reminders") +
                  crlf;
    for (const DebtClaim& c : s.claims) {
        const QStringList row{
            s.creditor.name,
            s.debtor.name,
            s.debtor.number,
            s.debtor.address.join(QStringLiteral(", ")),
            c.invoiceNumber,
            c.issueDate.toString(Qt::ISODate),
            c.dueDate.toString(Qt::ISODate),
            c.currency,
            toDecimalString(c.openMinor, c.currency),
            c.rateText,
            toDecimalString(c.claimChfMinor, u"CHF"),
            ratePercent(c.interestRateHundredths),
            c.interestFrom.toString(Qt::ISODate),
            c.interestRateHundredths > 0 ? dayCountName(s.dayCount) : QString(),
            historyText(s, c.invoiceNumber, QStringLiteral("; ")),
        };
        QStringList cells;
        for (const QString& v : row)
            cells.append(csvCell(v));
        out += cells.join(QLatin1Char(',')) + crlf;
    }
    return out;
}

QString debtCollectionText(const DebtCollectionSummary& s)
{
    QString t;
    t += QStringLiteral("Debt collection request (Art. 67 SchKG): summary prepared on %1\n\n")
             .arg(swissDate(s.preparedOn));
    t += QStringLiteral("Creditor\n  %1\n").arg(s.creditor.name);
    for (const QString& line : s.creditor.address)
        t += QStringLiteral("  %1\n").arg(line);
    if (!s.creditor.number.isEmpty())
        t += QStringLiteral("  %1\n").arg(s.creditor.number);
    t += QStringLiteral("\nDebtor\n  %1\n").arg(s.debtor.name);
    for (const QString& line : s.debtor.address)
        t += QStringLiteral("  %1\n").arg(line);
    if (!s.debtor.number.isEmpty())
        t += QStringLiteral("  Customer number %1\n").arg(s.debtor.number);
    t += QStringLiteral("\nClaims\n");
    for (const DebtClaim& c : s.claims) {
        t += QStringLiteral("  %1: CHF %2").arg(c.reason, toDecimalString(c.claimChfMinor, u"CHF"));
        if (!c.rateText.isEmpty())
            t += QStringLiteral(" (%1 %2 at %3)").arg(c.currency, toDecimalString(c.openMinor, c.currency), c.rateText);
        t += QStringLiteral(", due %1").arg(swissDate(c.dueDate));
        if (c.interestRateHundredths > 0)
            t += QStringLiteral(", with interest at %1 % a year (%2) from %3")
                     .arg(rateText(c.interestRateHundredths), dayCountName(s.dayCount), swissDate(c.interestFrom));
        t += QLatin1Char('\n');
        const QString history = historyText(s, c.invoiceNumber, QStringLiteral("\n      "));
        if (!history.isEmpty())
            t += QStringLiteral("    Reminders:\n      %1\n").arg(history);
    }
    t += QStringLiteral("\nTotal claim: CHF %1\n").arg(toDecimalString(s.totalChfMinor, u"CHF"));
    t += QStringLiteral("Official fee of the payment order (GebV SchKG Art. 16), for information: CHF %1\n")
             .arg(toDecimalString(s.officialFeeChfMinor, u"CHF"));
    return t;
}

} // namespace relance
