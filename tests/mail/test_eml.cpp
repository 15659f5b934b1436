// The .eml files of the outbox-dir transport: what a mail program reading them would show.
#include "mail/Eml.h"
#include "mail/Outbox.h"

#include <QMap>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace Qt::StringLiterals;

namespace {
// Decodes =?UTF-8?B?...?= words (what a mail reader does).
QString decodeHeader(const QByteArray& value)
{
    QString out;
    for (const QByteArray& part : QByteArray(value).replace("\r\n ", " ").split(' ')) {
        if (part.startsWith("=?UTF-8?B?") && part.endsWith("?="))
            out += QString::fromUtf8(QByteArray::fromBase64(part.mid(10, part.size() - 12)));
        else
            out += (out.isEmpty() ? QString() : u" "_s) + QString::fromLatin1(part);
    }
    return out;
}
QByteArray decodeQp(const QByteArray& qp)
{
    QByteArray out;
    const QByteArray s = QByteArray(qp).replace("=\r\n", "");
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '=' && i + 2 < s.size()) {
            out += char(s.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += s[i];
    }
    return out;
}
QByteArray header(const QByteArray& eml, const QByteArray& name)
{
    const QByteArray head = eml.left(eml.indexOf("\r\n\r\n"));
    QByteArray value;
    bool in = false;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (in && (l.startsWith(' ') || l.startsWith('\t'))) {
            value += "\r\n" + l;
            continue;
        }
        in = l.toLower().startsWith(QByteArray(name.toLower() + ':'));
        if (in)
            value = l.mid(name.size() + 1).trimmed();
    }
    return value;
}
QByteArray boundaryOf(const QByteArray& contentType)
{
    const qsizetype at = contentType.indexOf("boundary=\"");
    if (at < 0)
        return {};
    const qsizetype start = at + 10;
    return contentType.mid(start, contentType.indexOf('"', start) - start);
}

struct Part
{
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};
// Splits a multipart body at its boundaries as RFC 2046 says: the CRLF before "--boundary" belongs to the boundary.
QList<Part> partsOf(const QByteArray& eml, const QByteArray& boundary)
{
    QList<Part> parts;
    const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 2); // keep the CRLF before the first boundary
    const QByteArray delimiter = "\r\n--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype lineEnd = body.indexOf("\r\n", pos + 2);
        if (body.mid(pos + delimiter.size(), 2) == "--")
            break; // the closing delimiter
        const qsizetype next = body.indexOf(delimiter, lineEnd);
        if (next < 0)
            return {}; // no closing delimiter: broken
        const QByteArray raw = body.mid(lineEnd + 2, next - lineEnd - 2);
        Part p;
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        for (const QByteArray& line : raw.left(headEnd).split('\n')) {
            const QByteArray l = line.trimmed();
            p.headers.insert(l.left(l.indexOf(':')).toLower(), l.mid(l.indexOf(':') + 1).trimmed());
        }
        p.body = raw.mid(headEnd + 4);
        parts << p;
        pos = next;
    }
    return parts;
}
} // namespace

class TestEml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersAndBodyRoundTrip()
    {
        MailMessage m;
        m.reminderId = 42;
        m.fromName = u"Fiduciaire Genève SA"_s;
        m.fromAddress = u"rappels@fiduciaire.example"_s;
        m.to = u"compta@muster.example"_s;
        m.toName = u"Müller & Söhne"_s;
        m.cc = {u"chef@muster.example"_s};
        m.subject = u"Rappel amical : facture RE-1042 échue depuis 12 jours — merci de votre règlement rapide"_s;
        m.body = u"Madame,\n\nLe montant de CHF 1’234.50 reste ouvert. Une ligne très longue qui dépasse largement soixante-seize caractères pour forcer une coupure douce.\nFin =  \n"_s;
        m.messageId = newMessageId(42, u"fiduciaire.example"_s);
        m.date = QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7), Qt::UTC);
        const QByteArray eml = buildEml(m);

        QCOMPARE(header(eml, "Date"), QByteArray("Mon, 02 Mar 2026 09:05:07 +0000"));
        QCOMPARE(header(eml, "X-Reminder-Id"), QByteArray("42"));
        QCOMPARE(header(eml, "Message-ID"), m.messageId.toLatin1());
        QVERIFY(m.messageId.startsWith(u"<relance.r42."_s) && m.messageId.endsWith(u"@fiduciaire.example>"_s));
        QCOMPARE(header(eml, "Cc"), QByteArray("chef@muster.example"));
        QCOMPARE(decodeHeader(header(eml, "Subject")), m.subject);
        QVERIFY(header(eml, "To").endsWith(" <compta@muster.example>"));
        const QByteArray to = header(eml, "To");
        QCOMPARE(decodeHeader(to.left(to.lastIndexOf(' '))), m.toName);
        // multipart/alternative: the same text as text/plain and as text/html, each UTF-8 quoted-printable.
        const QByteArray type = header(eml, "Content-Type");
        QVERIFY2(type.startsWith("multipart/alternative;"), type.constData());
        const QByteArray boundary = boundaryOf(type);
        QVERIFY(!boundary.isEmpty() && boundary.size() <= 70);
        QCOMPARE(header(eml, "MIME-Version"), QByteArray("1.0"));
        // 7-bit clean, no line over 78 characters, CRLF everywhere.
        for (const QByteArray& line : eml.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        QVERIFY(!eml.contains("\r\r") && eml.count("\n") == eml.count("\r\n"));
        const QList<Part> parts = partsOf(eml, boundary);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(parts[0].headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
        QCOMPARE(QString::fromUtf8(decodeQp(parts[0].body)).replace(u"\r\n"_s, u"\n"_s), m.body);
        QCOMPARE(parts[1].headers.value("content-type"), QByteArray("text/html; charset=UTF-8"));
        QCOMPARE(parts[1].headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
        // Text parts have CRLF line ends on the wire (RFC 2046 4.1.1).
        QCOMPARE(QString::fromUtf8(decodeQp(parts[1].body)).replace(u"\r\n"_s, u"\n"_s), htmlBody(m.body));
        // Nothing after the closing boundary but its CRLF.
        QVERIFY(eml.endsWith(QByteArray("\r\n--" + boundary + "--\r\n")));
    }

    void invoiceTextIsEscapedNeverInterpreted()
    {
        // An invoice text with markup characters and a non-ASCII name: shown as written, in both parts.
        const QString text = u"Bonjour Madame Zoë Brönnimann,\n\nFacture RE-7 « Conseil <fiscal> & audit »: CHF 1’200.00 < 2’000.00.\n"
                             u"Paiement sur IBAN CH93 0076 2011 6238 5295 7\n\n\nMerci,\nFiduciaire Genève SA"_s;
        const QString html = htmlBody(text);
        QVERIFY(html.contains(u"Conseil &lt;fiscal&gt; &amp; audit"_s));
        QVERIFY(html.contains(u"CHF 1’200.00 &lt; 2’000.00."_s));
        QVERIFY(!html.contains(u"<fiscal>"_s));
        QVERIFY(html.contains(u"Zoë Brönnimann"_s));
        // Paragraphs at blank lines (several blank lines are one break), line breaks kept inside a paragraph.
        QCOMPARE(html.count(u"<p>"_s), 3);
        QVERIFY(html.contains(u"<p>Merci,<br>\nFiduciaire Genève SA</p>"_s));
        QVERIFY(html.contains(u"audit »: CHF 1’200.00 &lt; 2’000.00.<br>\nPaiement sur IBAN"_s));
        QVERIFY(html.contains(u"charset=utf-8"_s));

        MailMessage m;
        m.reminderId = 7;
        m.fromAddress = u"rappels@fiduciaire.example"_s;
        m.to = u"zoe@broennimann.example"_s;
        m.subject = u"Rappel"_s;
        m.body = text;
        m.messageId = newMessageId(7, u"fiduciaire.example"_s);
        const QByteArray eml = buildEml(m);
        const QList<Part> parts = partsOf(eml, boundaryOf(header(eml, "Content-Type")));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(QString::fromUtf8(decodeQp(parts[0].body)).replace(u"\r\n"_s, u"\n"_s), text);
        const QString htmlPart = QString::fromUtf8(decodeQp(parts[1].body));
        QVERIFY(htmlPart.contains(u"&lt;fiscal&gt; &amp; audit"_s));
        QVERIFY(htmlPart.contains(u"Zoë Brönnimann"_s));
        // The raw UTF-8 bytes of "ë" are quoted-printable encoded: =C3=AB.
        QVERIFY(parts[1].body.contains("Zo=C3=AB"));
        // A boundary that occurred inside a part would cut it: "=_" cannot occur in quoted-printable output.
        QVERIFY(!parts[0].body.contains("=_") && !parts[1].body.contains("=_"));
    }

    void plainAsciiSubjectStaysReadable()
    {
        QCOMPARE(encodeHeaderWord(u"Reminder RE-1"_s), QByteArray("Reminder RE-1"));
        QVERIFY(encodeHeaderWord(u"Zahlungserinnerung für RE-1"_s).startsWith("=?UTF-8?B?"));
    }

    void recipientsAreChecked()
    {
        Client c;
        c.number = u"C1"_s;
        c.name = u"Muster AG"_s;
        QVERIFY(!recipientsOf(c).has_value());
        QVERIFY(recipientsOf(c).error().detail.contains(u"no reminder e-mail"_s));
        c.reminderEmails = {u"buchhaltung@muster.ch"_s, u"chef@muster.ch"_s};
        auto r = recipientsOf(c);
        QVERIFY(r.has_value());
        QCOMPARE(r->to, u"buchhaltung@muster.ch"_s);
        QCOMPARE(r->cc, QStringList{u"chef@muster.ch"_s});
        for (const QString& bad : {u"muster.ch"_s, u"a@b"_s, u"a b@c.ch"_s, u"a@c.ch>"_s, u"x@-bad.ch"_s, u"a@@b.ch"_s}) {
            c.reminderEmails = {u"ok@muster.ch"_s, bad};
            QVERIFY2(!recipientsOf(c).has_value(), qPrintable(bad));
            QVERIFY(recipientsOf(c).error().detail.contains(bad));
        }
    }
};

QTEST_GUILESS_MAIN(TestEml)
#include "test_eml.moc"
