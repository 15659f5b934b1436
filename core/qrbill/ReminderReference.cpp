#include "qrbill/ReminderReference.h"

#include "qrbill/Checksums.h"

namespace relance::qrbill {

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
constexpr qint64 kMaxQrReminderId = 99'999'999'999; // 11 digits

std::unexpected<Error> invalid(const QString& field, const QString& what)
{
    return std::unexpected(Error{ErrorCode::InvalidArgument, field + QStringLiteral(": ") + what, field});
}

bool isPlainNumber(const QString& s)
{
    if (s.isEmpty() || s.size() > 14 || (s.size() > 1 && s[0] == u'0'))
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Result<QString> qrReference(const QString& client, qint64 reminderId)
{
    if (reminderId > kMaxQrReminderId)
        return invalid(QStringLiteral("reminderId"), QStringLiteral("%1 has more than 11 digits").arg(reminderId));
    QString digits;
    if (isPlainNumber(client)) {
        digits = QStringLiteral("1") + client.rightJustified(14, u'0');
    } else {
        if (client.size() > 7)
            return invalid(
                QStringLiteral("clientNumber"),
                QStringLiteral(
                    "'%1' has more than 7 characters and is not a plain number: it does not fit a QR reference")
                    .arg(client));
        QString coded;
        for (QChar c : client) {
            const qsizetype pos = kAlphabet.indexOf(c);
            if (pos < 0)
                return invalid(QStringLiteral("clientNumber"),
                               QStringLiteral("'%1' has a character other than letters and digits").arg(client));
            coded += QString::number(10 + pos);
        }
        digits = QStringLiteral("2") + coded.rightJustified(14, u'0');
    }
    digits += QStringLiteral("%1").arg(reminderId, 11, 10, QChar(u'0'));
    return digits + QString::number(qrReferenceCheckDigit(digits));
}

Result<QString> creditorReference(const QString& client, qint64 reminderId)
{
    for (QChar c : client)
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return invalid(QStringLiteral("clientNumber"),
                           QStringLiteral("'%1' has a character other than upper-case letters and digits").arg(client));
    const QString body = QString::number(reminderId) + u'K' + client;
    if (body.size() > 21)
        return invalid(QStringLiteral("clientNumber"),
                       QStringLiteral("'%1' with reminder %2 is longer than a creditor reference allows")
                           .arg(client)
                           .arg(reminderId));
    return makeCreditorReference(body);
}

} // namespace

Result<PaymentReference> reminderReference(const QString& account, const QString& clientNumber, qint64 reminderId)
{
    if (reminderId < 1)
        return invalid(QStringLiteral("reminderId"), QStringLiteral("%1 is not a stored reminder id").arg(reminderId));
    if (clientNumber.isEmpty())
        return invalid(QStringLiteral("clientNumber"), QStringLiteral("is empty"));
    QString iban;
    for (QChar c : account)
        if (!c.isSpace())
            iban.append(c.toUpper());
    if (!isValidIban(iban))
        return invalid(QStringLiteral("account"), QStringLiteral("'%1' is not a valid IBAN").arg(account));
    if (isQrIban(iban)) {
        Result<QString> ref = qrReference(clientNumber, reminderId);
        if (!ref)
            return std::unexpected(ref.error());
        return PaymentReference{ReferenceType::Qrr, *ref};
    }
    Result<QString> ref = creditorReference(clientNumber, reminderId);
    if (!ref)
        return std::unexpected(ref.error());
    return PaymentReference{ReferenceType::Scor, *ref};
}

Result<ReminderKey> parseReminderReference(const QString& reference)
{
    QString ref;
    for (QChar c : reference)
        if (!c.isSpace())
            ref.append(c);
    const QString field = QStringLiteral("reference");
    if (ref.startsWith(u"RF") || ref.startsWith(u"rf")) {
        ref = ref.toUpper();
        if (!isValidCreditorReference(ref))
            return invalid(field, QStringLiteral("'%1' is not a valid creditor reference").arg(reference));
        const QString body = ref.mid(4);
        const qsizetype k = body.indexOf(u'K');
        bool ok = false;
        const qint64 id = k > 0 ? body.left(k).toLongLong(&ok) : 0;
        if (!ok || id < 1 || k + 1 >= body.size())
            return invalid(field, QStringLiteral("'%1' was not made for a reminder").arg(reference));
        return ReminderKey{body.mid(k + 1), id};
    }
    if (!isValidQrReference(ref))
        return invalid(field,
                       QStringLiteral("'%1' is neither a valid QR reference nor a creditor reference").arg(reference));
    const qint64 id = ref.mid(15, 11).toLongLong();
    const QString clientDigits = ref.mid(1, 14);
    if (id < 1)
        return invalid(field, QStringLiteral("'%1' was not made for a reminder").arg(reference));
    if (ref[0] == u'1') {
        const QString client = QString::number(clientDigits.toLongLong());
        if (client == u"0")
            return invalid(field, QStringLiteral("'%1' was not made for a reminder").arg(reference));
        return ReminderKey{client, id};
    }
    if (ref[0] == u'2') {
        QString client;
        for (qsizetype i = 0; i < 14; i += 2) {
            const int code = clientDigits.mid(i, 2).toInt();
            if (code == 0 && client.isEmpty())
                continue;
            if (code < 10 || code - 10 >= kAlphabet.size())
                return invalid(field, QStringLiteral("'%1' was not made for a reminder").arg(reference));
            client.append(kAlphabet[code - 10]);
        }
        if (!client.isEmpty())
            return ReminderKey{client, id};
    }
    return invalid(field, QStringLiteral("'%1' was not made for a reminder").arg(reference));
}

} // namespace relance::qrbill
