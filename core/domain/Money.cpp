#include "domain/Money.h"

#include <array>
#include <limits>

namespace relance {

namespace {
struct CurrencyDigits
{
    const char* code;
    int digits;
};
// The currencies a Swiss firm invoices in, plus the common zero- and three-digit ones.
constexpr std::array kCurrencies{
    CurrencyDigits{"CHF", 2}, CurrencyDigits{"EUR", 2}, CurrencyDigits{"USD", 2}, CurrencyDigits{"GBP", 2},
    CurrencyDigits{"SEK", 2}, CurrencyDigits{"NOK", 2}, CurrencyDigits{"DKK", 2}, CurrencyDigits{"PLN", 2},
    CurrencyDigits{"CZK", 2}, CurrencyDigits{"HUF", 2}, CurrencyDigits{"CAD", 2}, CurrencyDigits{"AUD", 2},
    CurrencyDigits{"CNY", 2}, CurrencyDigits{"HKD", 2}, CurrencyDigits{"SGD", 2}, CurrencyDigits{"INR", 2},
    CurrencyDigits{"AED", 2}, CurrencyDigits{"BRL", 2}, CurrencyDigits{"ZAR", 2}, CurrencyDigits{"TRY", 2},
    CurrencyDigits{"RUB", 2}, CurrencyDigits{"MXN", 2}, CurrencyDigits{"NZD", 2}, CurrencyDigits{"ILS", 2},
    CurrencyDigits{"JPY", 0}, CurrencyDigits{"KRW", 0}, CurrencyDigits{"ISK", 0}, CurrencyDigits{"CLP", 0},
    CurrencyDigits{"BHD", 3}, CurrencyDigits{"KWD", 3}, CurrencyDigits{"OMR", 3}, CurrencyDigits{"JOD", 3},
    CurrencyDigits{"TND", 3},
};

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

bool isGroupMark(QChar c)
{
    // apostrophe, right single quote (Swiss), modifier apostrophe, spaces incl. no-break and narrow no-break
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) || c == u' ' || c == QChar(0x00A0) ||
           c == QChar(0x202F) || c == QChar(0x2009);
}
} // namespace

int currencyMinorDigits(QStringView currency)
{
    for (const auto& c : kCurrencies) {
        if (currency == QLatin1StringView(c.code))
            return c.digits;
    }
    return -1;
}

Result<qint64> parseMinorUnits(QStringView input, QStringView currency, DecimalSeparator sep)
{
    const int digits = currencyMinorDigits(currency);
    if (digits < 0)
        return fail(ErrorCode::Parse, QStringLiteral("unknown currency '%1'").arg(currency));
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::Parse, QStringLiteral("empty amount"));

    QChar decimalMark;
    switch (sep) {
    case DecimalSeparator::Dot: decimalMark = u'.'; break;
    case DecimalSeparator::Comma: decimalMark = u','; break;
    case DecimalSeparator::Auto: {
        const qsizetype lastDot = text.lastIndexOf(u'.');
        const qsizetype lastComma = text.lastIndexOf(u',');
        if (lastDot >= 0 && lastComma >= 0)
            decimalMark = lastDot > lastComma ? u'.' : u',';
        else if (lastComma >= 0)
            decimalMark = text.count(u',') == 1 ? u',' : QChar();
        else
            decimalMark = u'.';
        break;
    }
    }
    const QChar otherMark = decimalMark == u'.' ? u',' : u'.';

    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+' || text[0] == QChar(0x2212)) {
        negative = text[0] != u'+';
        ++i;
    }
    constexpr qint64 maxValue = std::numeric_limits<qint64>::max() / 10 - 9;
    qint64 whole = 0;
    int wholeDigits = 0;
    bool seenDecimal = false;
    qint64 fraction = 0;
    int fractionDigits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            const int d = c.unicode() - u'0';
            if (!seenDecimal) {
                if (whole > maxValue)
                    return fail(ErrorCode::Parse, QStringLiteral("amount '%1' is too large").arg(text));
                whole = whole * 10 + d;
                ++wholeDigits;
            } else if (fractionDigits < digits) {
                fraction = fraction * 10 + d;
                ++fractionDigits;
            } else if (d != 0) {
                return fail(ErrorCode::Parse,
                            QStringLiteral("amount '%1' has more than %2 decimals for %3").arg(text).arg(digits).arg(currency));
            }
        } else if (!decimalMark.isNull() && c == decimalMark && !seenDecimal) {
            seenDecimal = true;
        } else if (!seenDecimal && wholeDigits > 0 && (isGroupMark(c) || c == otherMark)) {
            // grouping mark between digits: must be followed by a digit
            if (i + 1 >= text.size() || !text[i + 1].isDigit())
                return fail(ErrorCode::Parse, QStringLiteral("amount '%1' is malformed").arg(text));
        } else {
            return fail(ErrorCode::Parse, QStringLiteral("amount '%1' is not a decimal number").arg(text));
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return fail(ErrorCode::Parse, QStringLiteral("amount '%1' has no digits").arg(text));
    if (decimalMark.isNull())
        return fail(ErrorCode::Parse, QStringLiteral("amount '%1' is ambiguous (several commas, no decimal mark)").arg(text));
    while (fractionDigits < digits) {
        fraction *= 10;
        ++fractionDigits;
    }
    const qint64 scale = pow10(digits);
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / scale)
        return fail(ErrorCode::Parse, QStringLiteral("amount '%1' is too large").arg(text));
    const qint64 value = whole * scale + fraction;
    return negative ? -value : value;
}

Result<Money> parseMoney(QStringView text, QStringView currency, DecimalSeparator sep)
{
    auto minor = parseMinorUnits(text, currency, sep);
    if (!minor)
        return std::unexpected(minor.error());
    return Money{*minor, currency.toString()};
}

namespace {
// Digits of |minor| split into whole and fraction parts, without any floating point.
struct Split
{
    bool negative;
    quint64 whole;
    QString fraction;
};
Split split(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(digits));
    QString fraction;
    if (digits > 0)
        fraction = QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return {negative, magnitude / scale, fraction};
}
} // namespace

QString toDecimalString(qint64 minor, QStringView currency)
{
    const int digits = qMax(0, currencyMinorDigits(currency) < 0 ? 2 : currencyMinorDigits(currency));
    const Split s = split(minor, digits);
    QString out = s.negative ? QStringLiteral("-") : QString();
    out += QString::number(s.whole);
    if (digits > 0)
        out += u'.' + s.fraction;
    return out;
}

QString formatAmount(qint64 minor, QStringView currency, const QLocale& locale)
{
    const int d = currencyMinorDigits(currency);
    const int digits = d < 0 ? 2 : d;
    const Split s = split(minor, digits);
    // QLocale groups integers exactly (no double involved for a quint64).
    QString out = locale.toString(qulonglong(s.whole));
    if (digits > 0)
        out += locale.decimalPoint() + s.fraction;
    if (s.negative)
        out.prepend(locale.negativeSign());
    return out;
}

QString formatMoney(qint64 minor, QStringView currency, const QLocale& locale)
{
    const QString amount = formatAmount(minor, currency, locale);
    // Swiss usage: the code before the amount in German, Italian and English, after it in French.
    if (locale.language() == QLocale::French)
        return amount + QChar(0x00A0) + currency;
    return currency + QChar(0x00A0) + amount;
}

} // namespace relance
