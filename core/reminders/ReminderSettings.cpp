#include "reminders/ReminderSettings.h"

#include "domain/Money.h"

namespace relance {

QString dayCountName(DayCount d)
{
    return d == DayCount::Thirty360 ? QStringLiteral("30/360") : QStringLiteral("act/365");
}

QString interestStartName(InterestStart s)
{
    return s == InterestStart::FirstReminder ? QStringLiteral("first-reminder") : QStringLiteral("due-date");
}

QString rateText(int rateHundredths)
{
    return QStringLiteral("%1.%2").arg(rateHundredths / 100).arg(rateHundredths % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseScaledDecimal(QStringView text, int decimals)
{
    QString s = text.trimmed().toString();
    if (s.endsWith(QLatin1Char('%')))
        s = s.chopped(1).trimmed();
    if (s.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    bool seenDigit = false;
    for (const QChar c : s) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (seenSeparator)
                return std::nullopt;
            seenSeparator = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenSeparator) {
            if (fractionDigits == decimals) {
                if (digit != 0) // more decimals than allowed: refused, never rounded
                    return std::nullopt;
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else {
            if (whole > 1'000'000'000'000LL)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return whole * scale + fraction;
}

namespace {

const QStringList kInterestKeys{QStringLiteral("enabled"), QStringLiteral("rate"), QStringLiteral("dayCount"),
                                QStringLiteral("from"), QStringLiteral("minimum")};
const QStringList kFeeKeys{QStringLiteral("level1"), QStringLiteral("level2"), QStringLiteral("level3"),
                           QStringLiteral("basis")};

std::unexpected<Error> refuse(const QString& key, const QString& value, const QString& allowed)
{
    return std::unexpected(
        Error{ErrorCode::Config,
              QStringLiteral("[%1] %2 = '%3' is not allowed: %4")
                  .arg(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), value, allowed),
              key});
}

const QString kRateAllowed = QStringLiteral("a yearly rate in per cent from 0.00 to 20.00, at most two decimals");
const QString kDayCountAllowed = QStringLiteral("act/365 or 30/360");
const QString kFromAllowed = QStringLiteral("due-date or first-reminder");
const QString kBoolAllowed = QStringLiteral("true or false");
const QString kMaxLevelAllowed = QStringLiteral("a whole number from 0 (no maximum) to 9");

QString amountAllowed(const QString& currency)
{
    return QStringLiteral("an amount in %1 of 0 or more, such as 20.00").arg(currency);
}

} // namespace

Result<ReminderSettings> parseReminderSettings(const QMap<QString, QString>& values, const QString& baseCurrency)
{
    ReminderSettings out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString section = it.key().section(QLatin1Char('/'), 0, 0);
        const QString name = it.key().section(QLatin1Char('/'), 1);
        if (section == u"interest" && !kInterestKeys.contains(name))
            return refuse(it.key(), it.value(),
                          QStringLiteral("a known key of [interest]: ") + kInterestKeys.join(u", "));
        if (section == u"fees" && !kFeeKeys.contains(name))
            return refuse(it.key(), it.value(), QStringLiteral("a known key of [fees]: ") + kFeeKeys.join(u", "));
    }

    if (const auto v = values.constFind(QStringLiteral("interest/enabled")); v != values.cend()) {
        const QString s = v->trimmed().toLower();
        if (s == u"true" || s == u"yes" || s == u"on" || s == u"1")
            out.interest.enabled = true;
        else if (s == u"false" || s == u"no" || s == u"off" || s == u"0")
            out.interest.enabled = false;
        else
            return refuse(v.key(), *v, kBoolAllowed);
    }
    if (const auto v = values.constFind(QStringLiteral("interest/rate")); v != values.cend()) {
        const auto rate = parseScaledDecimal(*v, 2);
        if (!rate || *rate < 0 || *rate > 2000)
            return refuse(v.key(), *v, kRateAllowed);
        out.interest.rateHundredths = int(*rate);
    }
    if (const auto v = values.constFind(QStringLiteral("interest/dayCount")); v != values.cend()) {
        const QString s = v->trimmed().toLower();
        if (s == u"act/365")
            out.interest.dayCount = DayCount::Act365;
        else if (s == u"30/360")
            out.interest.dayCount = DayCount::Thirty360;
        else
            return refuse(v.key(), *v, kDayCountAllowed);
    }
    if (const auto v = values.constFind(QStringLiteral("interest/from")); v != values.cend()) {
        const QString s = v->trimmed().toLower();
        if (s == u"due-date")
            out.interest.from = InterestStart::DueDate;
        else if (s == u"first-reminder")
            out.interest.from = InterestStart::FirstReminder;
        else
            return refuse(v.key(), *v, kFromAllowed);
    }
    if (const auto v = values.constFind(QStringLiteral("interest/minimum")); v != values.cend()) {
        auto minor = parseMinorUnits(*v, baseCurrency);
        if (!minor || *minor < 0)
            return refuse(v.key(), *v, amountAllowed(baseCurrency));
        out.interest.minimumMinor = *minor;
    }
    out.fees.basis = values.value(QStringLiteral("fees/basis")).trimmed();
    for (int level = 1; level <= 3; ++level) {
        const QString key = QStringLiteral("fees/level%1").arg(level);
        const auto v = values.constFind(key);
        if (v == values.cend() || v->trimmed().isEmpty())
            continue;
        auto minor = parseMinorUnits(*v, baseCurrency);
        if (!minor || *minor < 0)
            return refuse(key, *v, amountAllowed(baseCurrency));
        // Fees need a contractual basis in Switzerland: a fee without the clause that allows it is refused.
        if (*minor > 0 && out.fees.basis.isEmpty())
            return refuse(key, *v,
                          QStringLiteral("a fee only together with [fees] basis, the clause of the contract or "
                                         "general terms that allows it"));
        out.fees.levelMinor[level - 1] = *minor;
    }
    if (const auto v = values.constFind(QStringLiteral("reminders/maxLevel")); v != values.cend()) {
        bool ok = false;
        const int n = v->trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 9)
            return refuse(v.key(), *v, kMaxLevelAllowed);
        out.maxLevel = n;
    }
    return out;
}

QMap<QString, QString> reminderSettingsValues(const ReminderSettings& s, const QString& baseCurrency)
{
    QMap<QString, QString> out;
    out.insert(QStringLiteral("interest/enabled"),
               s.interest.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    out.insert(QStringLiteral("interest/rate"), rateText(s.interest.rateHundredths));
    out.insert(QStringLiteral("interest/dayCount"), dayCountName(s.interest.dayCount));
    out.insert(QStringLiteral("interest/from"), interestStartName(s.interest.from));
    out.insert(QStringLiteral("interest/minimum"), toDecimalString(s.interest.minimumMinor, baseCurrency));
    for (int level = 1; level <= 3; ++level) {
        const qint64 fee = s.fees.levelMinor[level - 1];
        out.insert(QStringLiteral("fees/level%1").arg(level), fee > 0 ? toDecimalString(fee, baseCurrency) : QString());
    }
    out.insert(QStringLiteral("fees/basis"), s.fees.basis);
    out.insert(QStringLiteral("reminders/maxLevel"), QString::number(s.maxLevel));
    return out;
}

std::vector<ReminderSettingKey> reminderSettingKeys()
{
    const ReminderSettings d;
    const QMap<QString, QString> v = reminderSettingsValues(d);
    const QString fee = QStringLiteral("an amount in the base currency; empty: no fee; needs [fees] basis");
    return {
        {QStringLiteral("interest/enabled"), v.value(QStringLiteral("interest/enabled")), kBoolAllowed},
        {QStringLiteral("interest/rate"), v.value(QStringLiteral("interest/rate")), kRateAllowed},
        {QStringLiteral("interest/dayCount"), v.value(QStringLiteral("interest/dayCount")), kDayCountAllowed},
        {QStringLiteral("interest/from"), v.value(QStringLiteral("interest/from")), kFromAllowed},
        {QStringLiteral("interest/minimum"), v.value(QStringLiteral("interest/minimum")),
         QStringLiteral("an amount in the base currency; smaller interest is not stated")},
        {QStringLiteral("fees/level1"), QString(), fee},
        {QStringLiteral("fees/level2"), QString(), fee},
        {QStringLiteral("fees/level3"), QString(), fee + QStringLiteral(" (also for later levels)")},
        {QStringLiteral("fees/basis"), QString(), QStringLiteral("text: the clause that allows fees")},
        {QStringLiteral("reminders/maxLevel"), v.value(QStringLiteral("reminders/maxLevel")), kMaxLevelAllowed},
    };
}

} // namespace relance
