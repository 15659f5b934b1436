#include "qrbill/QrBill.h"

#include "qrbill/CharacterSet.h"
#include "qrbill/Checksums.h"

namespace relance::qrbill {

namespace {

std::unexpected<Error> invalid(const QString& field, const QString& what)
{
    return std::unexpected(Error{ErrorCode::InvalidArgument, field + QStringLiteral(": ") + what, field});
}

qsizetype characterCount(const QString& s)
{
    return s.toUcs4().size();
}

// Cleans `value` for `field` and checks its length; `mandatory` refuses an empty value.
Result<QString> textField(const QString& value, const QString& field, int maxLength, bool mandatory)
{
    Result<QString> cleaned = cleanText(value, field);
    if (!cleaned)
        return cleaned;
    if (mandatory && cleaned->isEmpty())
        return invalid(field, QStringLiteral("is mandatory"));
    if (characterCount(*cleaned) > maxLength)
        return invalid(
            field,
            QStringLiteral("has %1 characters, at most %2 are allowed").arg(characterCount(*cleaned)).arg(maxLength));
    return cleaned;
}

QString withoutSpaces(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out.toUpper();
}

Result<Address> checkedAddress(const Address& in, const QString& root)
{
    Address out;
    struct Field
    {
        const QString* value;
        QString* target;
        const char* name;
        int max;
        bool mandatory;
    };
    const Field fields[] = {
        {&in.name, &out.name, "name", 70, true},
        {&in.street, &out.street, "street", 70, false},
        {&in.buildingNumber, &out.buildingNumber, "buildingNumber", 16, false},
        {&in.postalCode, &out.postalCode, "postalCode", 16, true},
        {&in.town, &out.town, "town", 35, true},
    };
    for (const Field& f : fields) {
        Result<QString> v = textField(*f.value, root + u'.' + QLatin1String(f.name), f.max, f.mandatory);
        if (!v)
            return std::unexpected(v.error());
        *f.target = *v;
    }
    const QString country = in.country.trimmed().toUpper();
    const QString countryField = root + QStringLiteral(".country");
    if (country.isEmpty())
        return invalid(countryField, QStringLiteral("is mandatory"));
    if (country.size() != 2 || !country[0].isLetter() || !country[1].isLetter() || country[0].unicode() > 'Z' ||
        country[1].unicode() > 'Z')
        return invalid(countryField, QStringLiteral("'%1' is not an ISO 3166 two-letter code").arg(in.country));
    out.country = country;
    return out;
}

} // namespace

bool Address::isEmpty() const
{
    return name.trimmed().isEmpty() && street.trimmed().isEmpty() && buildingNumber.trimmed().isEmpty() &&
           postalCode.trimmed().isEmpty() && town.trimmed().isEmpty() && country.trimmed().isEmpty();
}

QString referenceTypeCode(ReferenceType type)
{
    switch (type) {
    case ReferenceType::Qrr:
        return QStringLiteral("QRR");
    case ReferenceType::Scor:
        return QStringLiteral("SCOR");
    case ReferenceType::Non:
        break;
    }
    return QStringLiteral("NON");
}

Result<QrBill> normalized(const QrBill& bill)
{
    QrBill out;

    // Account: IBAN or QR-IBAN of a Swiss or Liechtenstein account, 21 characters, valid check digits.
    out.account = withoutSpaces(bill.account);
    const QString account = QStringLiteral("account");
    if (out.account.isEmpty())
        return invalid(account, QStringLiteral("is mandatory"));
    if (!out.account.startsWith(u"CH") && !out.account.startsWith(u"LI"))
        return invalid(account, QStringLiteral("'%1' is not a Swiss or Liechtenstein IBAN").arg(out.account));
    if (out.account.size() != 21)
        return invalid(
            account,
            QStringLiteral("'%1' has %2 characters, a CH/LI IBAN has 21").arg(out.account).arg(out.account.size()));
    if (!isValidIban(out.account))
        return invalid(account, QStringLiteral("'%1' has wrong check digits").arg(out.account));

    Result<Address> creditor = checkedAddress(bill.creditor, QStringLiteral("creditor"));
    if (!creditor)
        return std::unexpected(creditor.error());
    out.creditor = *creditor;

    if (bill.amountMinor) {
        if (*bill.amountMinor < 1 || *bill.amountMinor > kMaxAmountMinor)
            return invalid(QStringLiteral("amount"),
                           QStringLiteral("%1 is outside 0.01 to 999999999.99")
                               .arg(*bill.amountMinor < 0 ? QStringLiteral("-") + payloadAmount(-*bill.amountMinor)
                                                          : payloadAmount(*bill.amountMinor)));
        out.amountMinor = bill.amountMinor;
    }
    out.currency = bill.currency.trimmed().toUpper();
    if (out.currency != u"CHF" && out.currency != u"EUR")
        return invalid(QStringLiteral("currency"), QStringLiteral("'%1' is neither CHF nor EUR").arg(bill.currency));

    if (bill.debtor && !bill.debtor->isEmpty()) {
        Result<Address> debtor = checkedAddress(*bill.debtor, QStringLiteral("debtor"));
        if (!debtor)
            return std::unexpected(debtor.error());
        out.debtor = *debtor;
    }

    // Reference: QRR only and always with a QR-IBAN; SCOR or NON only with an ordinary IBAN.
    const bool qrIban = isQrIban(out.account);
    const QString reference = QStringLiteral("reference");
    out.referenceType = bill.referenceType;
    out.reference = withoutSpaces(bill.reference);
    switch (bill.referenceType) {
    case ReferenceType::Qrr:
        if (!qrIban)
            return invalid(reference,
                           QStringLiteral("a QR reference needs a QR-IBAN, '%1' is an ordinary IBAN").arg(out.account));
        if (out.reference.size() != 27)
            return invalid(reference, QStringLiteral("a QR reference has 27 digits, '%1' has %2 characters")
                                          .arg(out.reference)
                                          .arg(out.reference.size()));
        if (!isValidQrReference(out.reference))
            return invalid(reference,
                           QStringLiteral("'%1' is not a valid QR reference (digits, check digit)").arg(out.reference));
        break;
    case ReferenceType::Scor:
        if (qrIban)
            return invalid(reference, QStringLiteral("a QR-IBAN needs a QR reference, not a creditor reference"));
        if (!isValidCreditorReference(out.reference))
            return invalid(reference,
                           QStringLiteral("'%1' is not a valid ISO 11649 creditor reference").arg(out.reference));
        break;
    case ReferenceType::Non:
        if (qrIban)
            return invalid(reference, QStringLiteral("a QR-IBAN needs a QR reference"));
        if (!out.reference.isEmpty())
            return invalid(reference, QStringLiteral("must be empty without a reference type"));
        break;
    }

    Result<QString> message = textField(bill.unstructuredMessage, QStringLiteral("unstructuredMessage"), 140, false);
    if (!message)
        return std::unexpected(message.error());
    out.unstructuredMessage = *message;
    Result<QString> billing = textField(bill.billingInformation, QStringLiteral("billingInformation"), 140, false);
    if (!billing)
        return std::unexpected(billing.error());
    out.billingInformation = *billing;
    if (characterCount(out.unstructuredMessage) + characterCount(out.billingInformation) > 140)
        return invalid(QStringLiteral("billingInformation"),
                       QStringLiteral("message and billing information have more than 140 characters together"));

    if (bill.alternativeSchemes.size() > 2)
        return invalid(QStringLiteral("alternativeSchemes"), QStringLiteral("at most 2 are allowed"));
    for (qsizetype i = 0; i < bill.alternativeSchemes.size(); ++i) {
        Result<QString> scheme =
            textField(bill.alternativeSchemes[i], QStringLiteral("alternativeSchemes[%1]").arg(i + 1), 100, true);
        if (!scheme)
            return std::unexpected(scheme.error());
        out.alternativeSchemes.append(*scheme);
    }
    return out;
}

QString payloadAmount(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0'));
}

Result<QByteArray> payload(const QrBill& bill, LineSeparator separator)
{
    Result<QrBill> checked = normalized(bill);
    if (!checked)
        return std::unexpected(checked.error());
    const QrBill& b = *checked;

    QStringList lines = {QStringLiteral("SPC"), QStringLiteral("0200"), QStringLiteral("1"), b.account};
    auto addAddress = [&lines](const std::optional<Address>& a) {
        if (!a) {
            for (int i = 0; i < 7; ++i)
                lines.append(QString());
            return;
        }
        lines << QStringLiteral("S") << a->name << a->street << a->buildingNumber << a->postalCode << a->town
              << a->country;
    };
    addAddress(b.creditor);
    addAddress(std::nullopt); // ultimate creditor: for future use, must stay empty
    lines << (b.amountMinor ? payloadAmount(*b.amountMinor) : QString()) << b.currency;
    addAddress(b.debtor);
    lines << referenceTypeCode(b.referenceType) << b.reference << b.unstructuredMessage << QStringLiteral("EPD");
    if (!b.billingInformation.isEmpty() || !b.alternativeSchemes.isEmpty())
        lines << b.billingInformation;
    lines << b.alternativeSchemes;

    const QString text = lines.join(separator == LineSeparator::CrLf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    if (characterCount(text) > kMaxPayloadCharacters)
        return invalid(QStringLiteral("payload"), QStringLiteral("has %1 characters, at most %2 are allowed")
                                                      .arg(characterCount(text))
                                                      .arg(kMaxPayloadCharacters));
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > kMaxPayloadBytes)
        return invalid(QStringLiteral("payload"), QStringLiteral("has %1 bytes in UTF-8, a version-25 QR code holds %2")
                                                      .arg(utf8.size())
                                                      .arg(kMaxPayloadBytes));
    return utf8;
}

QString displayIban(QStringView iban)
{
    QString out;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        out.append(iban[i]);
    }
    return out;
}

QString displayReference(QStringView reference)
{
    if (reference.startsWith(u"RF"))
        return displayIban(reference);
    QString out;
    const qsizetype n = reference.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 5 == 0)
            out.append(u' ');
        out.append(reference[i]);
    }
    return out;
}

QString displayAmount(qint64 minor)
{
    QString whole = QString::number(minor / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u' ');
    return whole + u'.' + QStringLiteral("%1").arg(minor % 100, 2, 10, QChar(u'0'));
}

} // namespace relance::qrbill
