#include "reminders/Interest.h"

#include "domain/Money.h"

#include <QMap>

namespace relance {

// 128-bit intermediates: open amount * rate * days can pass 2^63 before the one division.
__extension__ typedef __int128 Wide;

qint64 roundingStepMinor(QStringView currency)
{
    // Swiss francs are paid in multiples of 5 Rappen (the smallest coin): figures are rounded to 0.05.
    return currency == u"CHF" ? 5 : 1;
}

int dayCountDays(QDate start, QDate end, DayCount dayCount)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    if (dayCount == DayCount::Act365)
        return int(start.daysTo(end));
    // 30E/360 (Eurobond basis): day 31 counts as 30 on both ends; February keeps its 28 or 29.
    const int d1 = std::min(start.day(), 30);
    const int d2 = std::min(end.day(), 30);
    return 360 * (end.year() - start.year()) + 30 * (end.month() - start.month()) + (d2 - d1);
}

namespace {

// num / den rounded half-up to a multiple of step (all non-negative). 128 bits: open * rate * days can pass 2^63.
qint64 roundHalfUp(Wide num, Wide den, qint64 step)
{
    const Wide unit = den * step;
    const Wide units = (2 * num + unit) / (2 * unit);
    return qint64(units * step);
}

} // namespace

Result<InterestResult> computeInterest(const InterestConfig& config, const InterestInput& input)
{
    if (!isKnownCurrency(input.currency))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("invoice %1: unknown currency '%2'").arg(input.invoiceNumber, input.currency));
    InterestResult r;
    r.currency = input.currency;
    r.rateHundredths = config.rateHundredths;
    r.dayCount = config.dayCount;
    r.roundingStepMinor = roundingStepMinor(input.currency);
    r.until = input.asOf;
    if (!config.enabled || input.openMinor <= 0)
        return r;

    // The day that puts the debtor in default; interest runs from the day after it.
    const QDate anchor = config.from == InterestStart::DueDate ? input.dueDate : input.firstReminderOn;
    if (!anchor.isValid())
        return r; // no reminder sent yet: default (and interest) has not started
    r.from = anchor.addDays(1);
    if (input.issueDate.isValid() && r.from < input.issueDate)
        return std::unexpected(
            Error{ErrorCode::Config,
                  QStringLiteral("[interest] from: invoice %1: interest would start on %2, before "
                                 "the invoice date %3; allowed: a start on or after the invoice date")
                      .arg(input.invoiceNumber, r.from.toString(Qt::ISODate), input.issueDate.toString(Qt::ISODate)),
                  QStringLiteral("interest/from")});
    r.days = dayCountDays(anchor, input.asOf, config.dayCount);
    if (r.days <= 0) {
        r.days = 0;
        return r;
    }
    const int yearDays = config.dayCount == DayCount::Act365 ? 365 : 360;
    // interest = open * rate/10000 * days/yearDays, exact until the one rounding.
    const Wide num = Wide(input.openMinor) * config.rateHundredths * r.days;
    const Wide den = Wide(10000) * yearDays;
    const qint64 interest = roundHalfUp(num, den, r.roundingStepMinor);
    if (interest < config.minimumMinor) {
        r.belowMinimum = interest > 0;
        return r;
    }
    r.interestMinor = interest;
    return r;
}

std::optional<FeeLine> reminderFee(const FeesConfig& fees, int level, const QString& baseCurrency)
{
    // No basis, no fee: reminder fees are owed only where the contract or general terms provide them.
    if (fees.basis.trimmed().isEmpty() || level <= 0)
        return std::nullopt;
    const qint64 amount = fees.levelMinor[std::min(level, 3) - 1];
    if (amount <= 0)
        return std::nullopt;
    return FeeLine{level, amount, baseCurrency, fees.basis.trimmed()};
}

QList<CurrencyTotal> totalsDue(const QList<ChargeLine>& lines, const std::optional<FeeLine>& fee)
{
    QMap<QString, CurrencyTotal> by;
    for (const ChargeLine& l : lines) {
        CurrencyTotal& t = by[l.currency];
        t.currency = l.currency;
        t.openMinor += l.openMinor;
        t.interestMinor += l.interestMinor;
    }
    if (fee) {
        CurrencyTotal& t = by[fee->currency];
        t.currency = fee->currency;
        t.feesMinor += fee->amountMinor;
    }
    QList<CurrencyTotal> out;
    for (CurrencyTotal t : std::as_const(by)) {
        t.totalMinor = t.openMinor + t.interestMinor + t.feesMinor;
        out.append(t);
    }
    return out;
}

} // namespace relance
