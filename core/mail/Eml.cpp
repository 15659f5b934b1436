#include "mail/Eml.h"

#include "net/Clock.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace relance::mail {

QByteArray encodeHeaderWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() > 126 || c.unicode() < 32)
            ascii = false;
    if (ascii && !text.contains(QStringLiteral("=?")))
        return text.toLatin1();
    // Encoded words are at most 75 characters: split on whole UTF-8 characters into chunks of up to 39 bytes (the first line also holds "Subject: ").
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            one += text[++i];
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 39)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray quotedPrintable(const QByteArray& utf8)
{
    // Lines end in CRLF; soft breaks keep every line at most 76 characters.
    QByteArray out;
    int lineLen = 0;
    auto put = [&](const QByteArray& piece) {
        if (lineLen + piece.size() > 75) {
            out += "=\r\n";
            lineLen = 0;
        }
        out += piece;
        lineLen += int(piece.size());
    };
    const QByteArray text = QByteArray(utf8).replace("\r\n", "\n");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\r\n";
            lineLen = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == text.size() || text[i + 1] == '\n';
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd))
            put(QByteArray(1, char(c)));
        else
            put("=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
    }
    return out;
}

namespace {
QByteArray address(const QString& name, const QString& addr)
{
    if (name.isEmpty())
        return addr.toLatin1();
    QByteArray n = encodeHeaderWord(name);
    if (n == name.toLatin1() && name.contains(QRegularExpression(QStringLiteral(R"([(),.:;<>@\[\]\\"])"))))
        n = '"' + QByteArray(n).replace('\\', "\\\\").replace('"', "\\\"") + '"';
    return n + " <" + addr.toLatin1() + '>';
}
} // namespace

QByteArray buildEml(const MailMessage& m, const net::Clock& clock)
{
    QByteArray out;
    const QLocale c = QLocale::c();
    const QDateTime date = m.date.isValid() ? m.date : clock.nowUtc();
    out += "Date: " + c.toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000\r\n";
    out += "From: " + address(m.fromName, m.fromAddress) + "\r\n";
    out += "To: " + address(m.toName, m.to) + "\r\n";
    if (!m.cc.isEmpty()) {
        QByteArrayList cc;
        for (const QString& a : m.cc)
            cc << a.toLatin1();
        out += "Cc: " + cc.join(", ") + "\r\n";
    }
    out += "Subject: " + encodeHeaderWord(m.subject) + "\r\n";
    out += "Message-ID: " + m.messageId.toLatin1() + "\r\n";
    out += "X-Reminder-Id: " + QByteArray::number(m.reminderId) + "\r\n";
    const QByteArray boundary = mimeBoundary(m);
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    auto part = [&](const QByteArray& type, const QString& text) {
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: " + type + "; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n";
        out += "\r\n";
        out += quotedPrintable(text.toUtf8()); // the CRLF before the next "--boundary" belongs to it (RFC 2046 5.1.1)
    };
    // Simplest first: a reader shows the last part it understands.
    part("text/plain", m.body);
    part("text/html", htmlBody(m.body));
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

QString htmlBody(const QString& plainText)
{
    QString text = plainText;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    static const QRegularExpression paragraphBreak(QStringLiteral("\n[ \t]*\n\\s*"));
    QString html = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
                                  "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n");
    for (const QString& paragraph : text.trimmed().split(paragraphBreak, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString& line : paragraph.split(u'\n'))
            lines << line.toHtmlEscaped();
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>\n")) + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</div></body></html>\n");
    return html;
}

QByteArray mimeBoundary(const MailMessage& m)
{
    // RFC 2046: at most 70 characters; "=_" cannot occur in a quoted-printable body, so no part can contain it.
    return "=_relance_r" + QByteArray::number(m.reminderId) + '_' +
           QUuid::createUuid().toString(QUuid::Id128).toLatin1().left(24);
}

QString newMessageId(qint64 reminderId, const QString& domain)
{
    return QStringLiteral("<relance.r%1.%2@%3>")
        .arg(reminderId)
        .arg(QUuid::createUuid().toString(QUuid::Id128))
        .arg(domain.isEmpty() ? QStringLiteral("relance.invalid") : domain);
}

Result<EmlIds> readEmlIds(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    EmlIds ids;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            break; // end of the header
        if (line.toLower().startsWith("x-reminder-id:"))
            ids.reminderId = line.mid(14).trimmed().toLongLong();
        else if (line.toLower().startsWith("message-id:"))
            ids.messageId = QString::fromLatin1(line.mid(11).trimmed());
    }
    if (ids.reminderId == 0 || ids.messageId.isEmpty())
        return fail(ErrorCode::Parse, QStringLiteral("%1 has no X-Reminder-Id or Message-ID header").arg(path));
    return ids;
}

} // namespace relance::mail
