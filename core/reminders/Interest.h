#pragma once
// Default interest (Art. 104 CO), reminder fees and the total due. Pure functions over dates and integer minor units:
// no clock, no database, never a double. Interest is simple interest on the open amount, never on interest
// (Art. 105 para. 3 CO), and rounded once, half-up, to 0.05 for CHF and to the minor unit for other currencies.
#include "reminders/ReminderSettings.h"

#include <QDate>
#include <QList>
#include <optional>

namespace relance {

// What one invoice's interest is computed from.
struct InterestInput
{
    QString invoiceNumber;
    QDate issueDate;
    QDate dueDate;
    qint64 openMinor = 0;
    QString currency = QStringLiteral("CHF");
    QDate firstReminderOn; // when the first reminder for this invoice was sent; null before any
    QDate asOf;            // interest runs up to and including this day (the reminder's date)
};

struct InterestResult
{
    qint64 interestMinor = 0; // rounded; 0 when disabled, not yet running or below the minimum
    QString currency;
    int rateHundredths = 0; // 500 = 5.00 % a year
    DayCount dayCount = DayCount::Act365;
    QDate from;                   // first day of interest (null when it does not run yet)
    QDate until;                  // last day of interest, inclusive
    int days = 0;                 // days counted by dayCount from `from` to `until` inclusive
    qint64 roundingStepMinor = 1; // 5 for CHF (0.05), 1 otherwise
    bool belowMinimum = false;    // computed but under [interest] minimum: not stated

    bool stated() const { return interestMinor > 0; }
};

// Smallest amount a figure of this currency is rounded to: 5 (0.05) for CHF, 1 minor unit otherwise.
qint64 roundingStepMinor(QStringView currency);
// Days between two dates by the day count: act/365 counts calendar days; 30E/360 counts each month as 30 days
// (a 31st is taken as the 30th). `start` exclusive, `end` inclusive: from the end of `start` to the end of `end`.
int dayCountDays(QDate start, QDate end, DayCount dayCount);

// Interest on `input.openMinor` at `config.rateHundredths` from the day after the due date (or the day after the first
// reminder) up to and including `asOf`. Refused (ErrorCode::Config, subject "interest/from") when the start would lie
// before the invoice date; InvalidArgument for an unknown currency.
Result<InterestResult> computeInterest(const InterestConfig& config, const InterestInput& input);

// The fee of one reminder at `level` (levels above 3 take the level-3 fee); nullopt without a basis or a fee.
struct FeeLine
{
    int level = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString basis;
};
std::optional<FeeLine> reminderFee(const FeesConfig& fees, int level, const QString& baseCurrency);

// One invoice line of a reminder, with its interest.
struct ChargeLine
{
    QString invoiceNumber;
    QString currency;
    qint64 openMinor = 0;
    qint64 interestMinor = 0;
};

struct CurrencyTotal
{
    QString currency;
    qint64 openMinor = 0;
    qint64 interestMinor = 0;
    qint64 feesMinor = 0;
    qint64 totalMinor = 0; // open + interest + fees

    friend bool operator==(const CurrencyTotal&, const CurrencyTotal&) = default;
};

// Total due per currency (ordered by currency code): the open amounts, their interest, and the reminder's fee once
// (in the fee's currency).
QList<CurrencyTotal> totalsDue(const QList<ChargeLine>& lines, const std::optional<FeeLine>& fee);

} // namespace relance
