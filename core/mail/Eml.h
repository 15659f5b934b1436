#pragma once
// RFC 5322 messages for the outbox-dir transport: UTF-8 text, quoted-printable body, RFC 2047 encoded headers.
#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relance::mail {

struct MailMessage
{
    qint64 reminderId = 0;
    QString fromName;
    QString fromAddress;
    QString to;
    QString toName;
    QStringList cc;
    QString subject;
    QString body;                 // plain text
    QString messageId;            // "<...@...>"
    QDateTime date;
};

// "=?UTF-8?B?...?=" when the text is not plain ASCII, else the text itself.
QByteArray encodeHeaderWord(const QString& text);
QByteArray quotedPrintable(const QByteArray& utf8);
QByteArray buildEml(const MailMessage& m);
// A Message-ID for a reminder: unique and recognisable.
QString newMessageId(qint64 reminderId, const QString& domain);

// Reads X-Reminder-Id and Message-ID back from a written file (recovery after a crash).
struct EmlIds
{
    qint64 reminderId = 0;
    QString messageId;
};
Result<EmlIds> readEmlIds(const QString& path);

} // namespace relance::mail
