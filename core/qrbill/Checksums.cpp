#include "qrbill/Checksums.h"

namespace relance::qrbill {

namespace {

bool isUpperAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

int mod97(QStringView text)
{
    int r = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            r = (r * 10 + (c.unicode() - u'0')) % 97;
        else if (c >= u'A' && c <= u'Z')
            r = (r * 100 + 10 + (c.unicode() - u'A')) % 97;
        else
            return -1;
    }
    return r;
}

bool isValidIban(QStringView iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        const QChar c = iban[i];
        if (i < 2 ? !(c >= u'A' && c <= u'Z') : i < 4 ? !(c >= u'0' && c <= u'9') : !isUpperAlnum(c))
            return false;
    }
    const QString rearranged = iban.mid(4).toString() + iban.left(4).toString();
    return mod97(rearranged) == 1;
}

bool isQrIban(QStringView iban)
{
    if (iban.size() != 21 || !(iban.startsWith(u"CH") || iban.startsWith(u"LI")))
        return false;
    const QStringView iid = iban.mid(4, 5);
    if (!allDigits(iid))
        return false;
    const int value = iid.toInt();
    return value >= 30000 && value <= 31999;
}

int qrReferenceCheckDigit(QStringView digits)
{
    static constexpr int table[10] = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
    if (digits.size() != 26 || !allDigits(digits))
        return -1;
    int carry = 0;
    for (QChar c : digits)
        carry = table[(carry + (c.unicode() - u'0')) % 10];
    return (10 - carry) % 10;
}

bool isValidQrReference(QStringView reference)
{
    if (reference.size() != 27 || !allDigits(reference))
        return false;
    bool allZero = true;
    for (QChar c : reference)
        allZero = allZero && c == u'0';
    return !allZero && qrReferenceCheckDigit(reference.left(26)) == reference[26].unicode() - u'0';
}

QString creditorReferenceCheckDigits(QStringView body)
{
    if (body.isEmpty() || body.size() > 21)
        return {};
    for (QChar c : body)
        if (!isUpperAlnum(c))
            return {};
    const int r = mod97(QString(body.toString() + QStringLiteral("RF00")));
    return QStringLiteral("%1").arg(98 - r, 2, 10, QChar(u'0'));
}

QString makeCreditorReference(QStringView body)
{
    const QString check = creditorReferenceCheckDigits(body);
    return check.isEmpty() ? QString() : QStringLiteral("RF") + check + body.toString();
}

bool isValidCreditorReference(QStringView reference)
{
    if (reference.size() < 5 || reference.size() > 25 || !reference.startsWith(u"RF"))
        return false;
    if (!allDigits(reference.mid(2, 2)))
        return false;
    for (QChar c : reference.mid(4))
        if (!isUpperAlnum(c))
            return false;
    return mod97(QString(reference.mid(4).toString() + reference.left(4).toString())) == 1;
}

} // namespace relance::qrbill
