// The .eml files of the outbox-dir transport: what a mail program reading them would show.
#include "mail/Eml.h"
#include "mail/Outbox.h"

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
        QCOMPARE(header(eml, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(header(eml, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
        // 7-bit clean, no line over 78 characters, CRLF everywhere.
        for (const QByteArray& line : eml.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        QVERIFY(!eml.contains("\r\r") && eml.count("\n") == eml.count("\r\n"));
        const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QString::fromUtf8(decodeQp(body)).replace(u"\r\n"_s, u"\n"_s), m.body);
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
