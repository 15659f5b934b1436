#pragma once
// RFC 5322 messages for the outbox-dir transport: multipart/alternative (RFC 2046) with the reminder as text/plain and as
// text/html, both UTF-8 quoted-printable; RFC 2047 encoded headers. htmlBody() is also the body Graph sends.
#include "domain/Error.h"
#include "net/Clock.h"

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
// The reminder's plain text as an HTML document: every character escaped (the text is never interpreted as HTML),
// blank lines separate paragraphs (<p>), single line breaks stay (<br>).
QString htmlBody(const QString& plainText);
// The multipart boundary of a message: starts with "=_", which quoted-printable output can never contain.
QByteArray mimeBoundary(const MailMessage& m);
// A message without a date is dated by the clock.
QByteArray buildEml(const MailMessage& m, const net::Clock& clock = net::systemClock());
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
