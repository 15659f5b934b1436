#pragma once
// The keys of [interest], [fees] and [reminders] maxLevel, parsed from key/value pairs ("section/key" -> text, as
// QSettings gives them) into typed values. Core/config will call this when it loads a file; until then it stands alone.
#include "domain/Error.h"

#include <QMap>
#include <QString>
#include <array>
#include <vector>

namespace relance {

// How days are counted for default interest. Both are used in Swiss practice; a reminder says which.
enum class DayCount
{
    Act365,    // actual calendar days over 365, also in leap years ("act/365 fixed")
    Thirty360, // every month 30 days, the year 360 (30E/360: a 31st counts as the 30th, February as it is)
};
QString dayCountName(DayCount d); // "act/365", "30/360"

// When default interest starts to run (Art. 102 CO).
enum class InterestStart
{
    DueDate,       // para. 2: an agreed due date puts the debtor in default when it passes: from the day after it
    FirstReminder, // para. 1: the creditor's reminder puts the debtor in default: from the day after the first one
};
QString interestStartName(InterestStart s); // "due-date", "first-reminder"

struct InterestConfig
{
    bool enabled = false;
    int rateHundredths = 500; // per cent per year in hundredths of a per cent: 500 = 5.00 % (Art. 104 para. 1 CO)
    DayCount dayCount = DayCount::Act365;
    InterestStart from = InterestStart::DueDate;
    qint64 minimumMinor = 100; // interest below this (minor units of the invoice's currency) is not stated
};

struct FeesConfig
{
    std::array<qint64, 3> levelMinor{0, 0, 0}; // fee of the 1st, 2nd, 3rd (and later) reminder, base currency
    QString basis; // the clause that allows fees ("according to our general terms, clause 7"); empty: no fee ever

    bool any() const { return !basis.isEmpty() && (levelMinor[0] > 0 || levelMinor[1] > 0 || levelMinor[2] > 0); }
};

struct ReminderSettings
{
    InterestConfig interest;
    FeesConfig fees;
    int maxLevel = 3; // after this level and its deadline an invoice is ready for debt collection; 0: no maximum
};

// Reads interest/*, fees/* and reminders/maxLevel from `values` (other keys are ignored; an unknown key in [interest]
// or [fees] is refused). Amounts are decimal text in `baseCurrency` ("20.00"). The Error is ErrorCode::Config,
// its subject "section/key", its detail naming the key, the value and what is allowed.
Result<ReminderSettings> parseReminderSettings(const QMap<QString, QString>& values,
                                               const QString& baseCurrency = QStringLiteral("CHF"));
// The same keys written back ("5.00", "act/365", "20.00", ...), for saving and for the sample file.
QMap<QString, QString> reminderSettingsValues(const ReminderSettings& settings,
                                              const QString& baseCurrency = QStringLiteral("CHF"));

struct ReminderSettingKey
{
    QString key; // "section/key"
    QString defaultValue;
    QString allowed;
};
std::vector<ReminderSettingKey> reminderSettingKeys();

// "5.00" for 500, "12.5" is never produced: always two decimals.
QString rateText(int rateHundredths);
// Exact decimal text ("5", "5.25", "5,25", "5.25 %") to an integer scaled by 10^decimals; nullopt when it is not
// such a number or has more decimals than allowed. Never a double.
std::optional<qint64> parseScaledDecimal(QStringView text, int decimals);

} // namespace relance
