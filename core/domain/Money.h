#pragma once
// Money as integer minor units (Rappen, cents) plus an ISO 4217 code. Never a double anywhere on the way.
#include "domain/Error.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace relance {

// Number of minor digits of an ISO 4217 currency (CHF 2, JPY 0, BHD 3), or -1 when the code is unknown.
int currencyMinorDigits(QStringView currency);
inline bool isKnownCurrency(QStringView currency) { return currencyMinorDigits(currency) >= 0; }

struct Money
{
    qint64 minor = 0;
    QString currency;

    friend bool operator==(const Money&, const Money&) = default;
};

enum class DecimalSeparator { Auto, Dot, Comma };

// Parses a decimal amount exactly into minor units of `currency`.
// Accepts "1234.50", "1'234.50", "1’234.50", "1 234,50", "1234,50", "-12.3", "+5", "CHF 12.00" is refused.
// Auto: where both '.' and ',' appear, the last one is the decimal separator; a lone ',' is the decimal separator.
// More decimals than the currency has are refused unless they are zeros (no rounding of money).
Result<qint64> parseMinorUnits(QStringView text, QStringView currency, DecimalSeparator sep = DecimalSeparator::Auto);
Result<Money> parseMoney(QStringView text, QStringView currency, DecimalSeparator sep = DecimalSeparator::Auto);

// Plain decimal string for files and JSON: "1234.50", "-0.05", "1200" for a 0-digit currency.
QString toDecimalString(qint64 minor, QStringView currency);
inline QString toDecimalString(const Money& m) { return toDecimalString(m.minor, m.currency); }

// For people: "CHF 1’234.50" in de_CH, "1 234,50 CHF" in fr_CH, "CHF 1,234.50" in en.
// Grouping and decimal marks come from the locale; the currency code's position follows Swiss usage per language.
QString formatMoney(qint64 minor, QStringView currency, const QLocale& locale);
inline QString formatMoney(const Money& m, const QLocale& locale) { return formatMoney(m.minor, m.currency, locale); }
// The number alone in the locale's marks: "1’234.50".
QString formatAmount(qint64 minor, QStringView currency, const QLocale& locale);

} // namespace relance
