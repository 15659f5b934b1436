// The QR-bill payload (SIX IG 2.3 section 4), its rules and check digits, and the reference per reminder.
#include "qrbill/CharacterSet.h"
#include "qrbill/Checksums.h"
#include "qrbill/QrBill.h"
#include "qrbill/ReminderReference.h"

#include <QTest>

using namespace relance;
using namespace relance::qrbill;

namespace {

Address robertSchneider()
{
    return {QStringLiteral("Robert Schneider AG"),
            QStringLiteral("Rue du Lac"),
            QStringLiteral("1268"),
            QStringLiteral("2501"),
            QStringLiteral("Biel"),
            QStringLiteral("CH")};
}

Address piaMaria()
{
    return {QStringLiteral("Pia-Maria Rutschmann-Schnyder"),
            QStringLiteral("Grosse Marktgasse"),
            QStringLiteral("28"),
            QStringLiteral("9400"),
            QStringLiteral("Rorschach"),
            QStringLiteral("CH")};
}

QByteArray lines(std::initializer_list<const char*> parts, const char* separator = "\n")
{
    QByteArrayList list;
    for (const char* p : parts)
        list.append(QByteArray(p));
    return list.join(separator);
}

// The IG's example with QR-IBAN and QR reference, billing information and two alternative schemes.
QrBill exampleQrr()
{
    QrBill b;
    b.account = QStringLiteral("CH44 3199 9123 0008 8901 2");
    b.creditor = robertSchneider();
    b.amountMinor = 194975;
    b.currency = QStringLiteral("CHF");
    b.debtor = piaMaria();
    b.referenceType = ReferenceType::Qrr;
    b.reference = QStringLiteral("21 00000 00003 13947 14300 09017");
    b.unstructuredMessage = QStringLiteral("Order of 15 June 2020");
    b.billingInformation =
        QStringLiteral("//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:139.40/40/0:30");
    b.alternativeSchemes = {QStringLiteral("Name AV1: UV;UltraPay005;12345"),
                            QStringLiteral("Name AV2: XY;XYService;54321")};
    return b;
}

QByteArray exampleQrrPayload(const char* sep = "\n")
{
    return lines({"SPC",
                  "0200",
                  "1",
                  "CH4431999123000889012",
                  "S",
                  "Robert Schneider AG",
                  "Rue du Lac",
                  "1268",
                  "2501",
                  "Biel",
                  "CH",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "1949.75",
                  "CHF",
                  "S",
                  "Pia-Maria Rutschmann-Schnyder",
                  "Grosse Marktgasse",
                  "28",
                  "9400",
                  "Rorschach",
                  "CH",
                  "QRR",
                  "210000000003139471430009017",
                  "Order of 15 June 2020",
                  "EPD",
                  "//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:139.40/40/0:30",
                  "Name AV1: UV;UltraPay005;12345",
                  "Name AV2: XY;XYService;54321"},
                 sep);
}

QrBill exampleScor()
{
    QrBill b;
    b.account = QStringLiteral("CH58 0079 1123 0008 8901 2");
    b.creditor = robertSchneider();
    b.amountMinor = 19995;
    b.debtor = piaMaria();
    b.referenceType = ReferenceType::Scor;
    b.reference = QStringLiteral("RF18 5390 0754 7034");
    return b;
}

QrBill exampleNon()
{
    QrBill b;
    b.account = QStringLiteral("CH37 0900 0000 3044 4222 5");
    b.creditor = {QStringLiteral("Salvation Army Foundation Switzerland"),
                  {},
                  {},
                  QStringLiteral("3000"),
                  QStringLiteral("Bern"),
                  QStringLiteral("CH")};
    b.referenceType = ReferenceType::Non;
    b.unstructuredMessage = QStringLiteral("Donation to the Winterfest campaign");
    return b;
}

void expectError(const QrBill& bill, const QString& field)
{
    const Result<QByteArray> p = payload(bill);
    QVERIFY2(!p, "the bill was accepted");
    QCOMPARE(p.error().subject, field);
    QVERIFY2(p.error().detail.startsWith(field), qPrintable(p.error().detail));
}

} // namespace

class TestQrBillPayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- The IG's examples, byte for byte ---
    void igExampleQrReference()
    {
        const Result<QByteArray> p = payload(exampleQrr());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
        QCOMPARE(*p, exampleQrrPayload());
        // IG 4.1.4: CR LF separates the elements as well as LF.
        QCOMPARE(*payload(exampleQrr(), LineSeparator::CrLf), exampleQrrPayload("\r\n"));
        QVERIFY(!p->endsWith('\n'));
    }
    void igExampleCreditorReference()
    {
        QCOMPARE(*payload(exampleScor()), lines({"SPC",
                                                 "0200",
                                                 "1",
                                                 "CH5800791123000889012",
                                                 "S",
                                                 "Robert Schneider AG",
                                                 "Rue du Lac",
                                                 "1268",
                                                 "2501",
                                                 "Biel",
                                                 "CH",
                                                 "",
                                                 "",
                                                 "",
                                                 "",
                                                 "",
                                                 "",
                                                 "",
                                                 "199.95",
                                                 "CHF",
                                                 "S",
                                                 "Pia-Maria Rutschmann-Schnyder",
                                                 "Grosse Marktgasse",
                                                 "28",
                                                 "9400",
                                                 "Rorschach",
                                                 "CH",
                                                 "SCOR",
                                                 "RF18539007547034",
                                                 "",
                                                 "EPD"}));
    }
    void igExampleWithoutReferenceAmountOrDebtor()
    {
        QCOMPARE(*payload(exampleNon()), lines({"SPC",  "0200",
                                                "1",    "CH3709000000304442225",
                                                "S",    "Salvation Army Foundation Switzerland",
                                                "",     "",
                                                "3000", "Bern",
                                                "CH",   "",
                                                "",     "",
                                                "",     "",
                                                "",     "",
                                                "",     "CHF",
                                                "",     "",
                                                "",     "",
                                                "",     "",
                                                "",     "NON",
                                                "",     "Donation to the Winterfest campaign",
                                                "EPD"}));
    }
    void billingInformationAloneKeepsItsLineAndSchemesFollowIt()
    {
        QrBill b = exampleNon();
        b.billingInformation = QStringLiteral("//S1/10/10201409");
        QVERIFY(payload(b)->endsWith("NON\n\nDonation to the Winterfest campaign\nEPD\n//S1/10/10201409"));
        b.billingInformation.clear();
        b.alternativeSchemes = {QStringLiteral("Name AV1: UV;UltraPay005;12345")};
        QVERIFY(payload(b)->endsWith("EPD\n\nName AV1: UV;UltraPay005;12345"));
    }
    void umlautsTravelAsUtf8()
    {
        QrBill b = exampleNon();
        b.creditor.name = QStringLiteral("Max Muster & Söhne");
        b.creditor.town = QStringLiteral("Zürich");
        const QByteArray p = *payload(b);
        QVERIFY(p.contains("Max Muster & S\xc3\xb6hne\n"));
        QVERIFY(p.contains("Z\xc3\xbcrich\n"));
    }

    // --- Check digits against the published examples ---
    void qrReferenceCheckDigitOfTheIgAnnex()
    {
        QCOMPARE(qrReferenceCheckDigit(u"21000000000313947143000901"), 7);
        QVERIFY(isValidQrReference(u"210000000003139471430009017"));
        QVERIFY(!isValidQrReference(u"210000000003139471430009016"));
        QVERIFY(!isValidQrReference(u"000000000000000000000000000")); // all zero is refused
        QCOMPARE(qrReferenceCheckDigit(u"00000000000000000000000001"), 1);
        QCOMPARE(qrReferenceCheckDigit(u"2100000000031394714300090"), -1);
    }
    void creditorReferenceOfIso11649()
    {
        QCOMPARE(creditorReferenceCheckDigits(u"539007547034"), QStringLiteral("18"));
        QCOMPARE(makeCreditorReference(u"539007547034"), QStringLiteral("RF18539007547034"));
        QVERIFY(isValidCreditorReference(u"RF18539007547034"));
        QVERIFY(!isValidCreditorReference(u"RF19539007547034"));
        QVERIFY(!isValidCreditorReference(u"RF18539007547034123456789012")); // more than 25 characters
        QVERIFY(creditorReferenceCheckDigits(u"abc").isEmpty());
    }
    void ibanCheckDigits()
    {
        QVERIFY(isValidIban(u"CH4431999123000889012"));
        QVERIFY(isValidIban(u"CH5800791123000889012"));
        QVERIFY(isValidIban(u"CH3709000000304442225"));
        QVERIFY(isValidIban(u"LI21088100002324013AA")); // the IBAN registry's Liechtenstein example
        QVERIFY(isValidIban(u"GB29NWBK60161331926819"));
        QVERIFY(!isValidIban(u"CH4431999123000889013"));
        QVERIFY(isQrIban(u"CH4431999123000889012"));
        QVERIFY(!isQrIban(u"CH5800791123000889012"));
    }

    // --- Every rule names its field ---
    void accountRules()
    {
        QrBill b = exampleScor();
        b.account = QStringLiteral("CH5800791123000889013");
        expectError(b, QStringLiteral("account"));
        b.account = QStringLiteral("GB29NWBK60161331926819");
        expectError(b, QStringLiteral("account"));
        b.account.clear();
        expectError(b, QStringLiteral("account"));
        b.account = QStringLiteral("LI21 0881 0000 2324 013A A");
        QVERIFY(payload(b)); // a Liechtenstein IBAN with a creditor reference
        b.account = QStringLiteral("LI21 0881 0000 2324 013A B");
        expectError(b, QStringLiteral("account"));
    }
    void qrReferenceOnlyWithQrIban()
    {
        QrBill b = exampleScor();
        b.referenceType = ReferenceType::Qrr;
        b.reference = QStringLiteral("210000000003139471430009017");
        expectError(b, QStringLiteral("reference")); // normal IBAN with a QR reference

        QrBill q = exampleQrr();
        q.referenceType = ReferenceType::Scor;
        q.reference = QStringLiteral("RF18539007547034");
        expectError(q, QStringLiteral("reference")); // QR-IBAN with a creditor reference
        q.referenceType = ReferenceType::Non;
        q.reference.clear();
        expectError(q, QStringLiteral("reference")); // QR-IBAN without reference
        q = exampleQrr();
        q.reference = QStringLiteral("210000000003139471430009016");
        expectError(q, QStringLiteral("reference")); // wrong check digit
        q.reference = QStringLiteral("21000000000313947143000901");
        expectError(q, QStringLiteral("reference")); // 26 digits
    }
    void creditorReferenceRules()
    {
        QrBill b = exampleScor();
        b.reference = QStringLiteral("RF19539007547034");
        expectError(b, QStringLiteral("reference"));
        b = exampleNon();
        b.reference = QStringLiteral("RF18539007547034");
        expectError(b, QStringLiteral("reference")); // NON carries no reference
    }
    void fieldLengths()
    {
        QrBill b = exampleQrr();
        b.creditor.name = QString(70, u'x');
        QVERIFY(payload(b));
        b.creditor.name = QString(71, u'x');
        expectError(b, QStringLiteral("creditor.name"));
        b = exampleQrr();
        b.debtor->buildingNumber = QString(17, u'1');
        expectError(b, QStringLiteral("debtor.buildingNumber"));
        b = exampleQrr();
        b.creditor.town = QString(36, u't');
        expectError(b, QStringLiteral("creditor.town"));
        b = exampleQrr();
        b.debtor->postalCode = QString(17, u'9');
        expectError(b, QStringLiteral("debtor.postalCode"));
        b = exampleQrr();
        b.creditor.street = QString(71, u's');
        expectError(b, QStringLiteral("creditor.street"));
        b = exampleNon();
        b.unstructuredMessage = QString(141, u'm');
        expectError(b, QStringLiteral("unstructuredMessage"));
        b.unstructuredMessage = QString(100, u'm');
        b.billingInformation = QString(41, u'b');
        expectError(b, QStringLiteral("billingInformation")); // 141 together
        b = exampleNon();
        b.alternativeSchemes = {QString(101, u'a')};
        expectError(b, QStringLiteral("alternativeSchemes[1]"));
        b.alternativeSchemes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        expectError(b, QStringLiteral("alternativeSchemes"));
        // Length counts characters, not UTF-8 bytes: 70 umlauts fit a name.
        b = exampleNon();
        b.creditor.name = QString(70, u'ü');
        QVERIFY(payload(b));
    }
    void mandatoryAddressParts()
    {
        QrBill b = exampleQrr();
        b.creditor.name.clear();
        expectError(b, QStringLiteral("creditor.name"));
        b = exampleQrr();
        b.debtor->town = QStringLiteral("  ");
        expectError(b, QStringLiteral("debtor.town"));
        b = exampleQrr();
        b.creditor.country = QStringLiteral("Schweiz");
        expectError(b, QStringLiteral("creditor.country"));
        // A debtor with every field empty is no debtor (IG: the debtor is optional).
        b = exampleQrr();
        b.debtor = Address{};
        QVERIFY(payload(b)->contains("CHF\n\n\n\n\n\n\n\nQRR"));
    }
    void amountsAndCurrencies()
    {
        QrBill b = exampleScor();
        b.amountMinor = 1;
        QVERIFY(payload(b)->contains("\n0.01\nCHF\n"));
        b.amountMinor = kMaxAmountMinor;
        QVERIFY(payload(b)->contains("\n999999999.99\nCHF\n"));
        b.amountMinor = kMaxAmountMinor + 1;
        expectError(b, QStringLiteral("amount"));
        b.amountMinor = 0;
        expectError(b, QStringLiteral("amount"));
        b.amountMinor = -500;
        expectError(b, QStringLiteral("amount"));
        b.amountMinor = 5000;
        b.currency = QStringLiteral("EUR");
        QVERIFY(payload(b)->contains("\n50.00\nEUR\n"));
        b.currency = QStringLiteral("USD");
        expectError(b, QStringLiteral("currency"));
    }
    void characterSet()
    {
        // IG 2.3 admits Latin Extended-A, Ș/ț and the euro sign.
        QrBill b = exampleNon();
        b.creditor.name = QStringLiteral("Łukasz Dvořák Ștefănescu €");
        QVERIFY(payload(b));
        // Decomposed umlauts are composed; typographic quotes, dashes and spaces become their plain forms.
        b.creditor.name = QStringLiteral("Mu\u0308ller \u2018Gartenbau\u2019 \u2013 Zu\u0308rich\u00a0AG\u200b");
        const QByteArray p = *payload(b);
        QVERIFY2(p.contains("\nM\xc3\xbcller 'Gartenbau' - Z\xc3\xbcrich\xc2\xa0"
                            "AG\n"),
                 p.constData());
        // Anything else is refused with its field.
        b.creditor.name = QStringLiteral("Ηλίας Παπαδόπουλος");
        expectError(b, QStringLiteral("creditor.name"));
        b = exampleNon();
        b.unstructuredMessage = QStringLiteral("Thanks \U0001F600");
        expectError(b, QStringLiteral("unstructuredMessage"));
        QVERIFY(payload(b).error().detail.contains(QStringLiteral("U+1F600")));
        b = exampleQrr();
        b.debtor->street = QStringLiteral("Line\nbreak");
        expectError(b, QStringLiteral("debtor.street"));
        QVERIFY(isInCharacterSet(0x20AC) && isInCharacterSet(0x21B) && !isInCharacterSet(0x21C) &&
                !isInCharacterSet(0x7F));
    }
    void payloadLimit()
    {
        QrBill b = exampleQrr();
        b.creditor = {QString(70, u'n'), QString(70, u's'), QString(16, u'1'),
                      QString(16, u'2'), QString(35, u't'), QStringLiteral("CH")};
        b.debtor = b.creditor;
        b.unstructuredMessage = QString(40, u'm');
        b.billingInformation = QString(100, u'b');
        b.alternativeSchemes = {QString(100, u'a'), QString(100, u'c')};
        // Every field at its limit in ASCII stays under 997 characters and is accepted...
        const Result<QByteArray> ascii = payload(b);
        QVERIFY(ascii);
        QVERIFY(ascii->size() <= kMaxPayloadCharacters);
        // ...the same in two-byte letters no longer fits a version-25 QR code: refused, not silently truncated.
        for (Address* a : {&b.creditor, &*b.debtor}) {
            a->name = QString(70, u'\u00e4');
            a->street = QString(70, u'\u00f6');
            a->town = QString(35, u'\u00fc');
        }
        b.alternativeSchemes = {QString(100, u'\u0142'), QString(100, u'\u0142')};
        expectError(b, QStringLiteral("payload"));
    }
    void displayForms()
    {
        QCOMPARE(displayIban(u"CH4431999123000889012"), QStringLiteral("CH44 3199 9123 0008 8901 2"));
        QCOMPARE(displayReference(u"210000000003139471430009017"), QStringLiteral("21 00000 00003 13947 14300 09017"));
        QCOMPARE(displayReference(u"RF18539007547034"), QStringLiteral("RF18 5390 0754 7034"));
        QCOMPARE(displayAmount(194975), QStringLiteral("1 949.75"));
        QCOMPARE(displayAmount(99999999999), QStringLiteral("999 999 999.99"));
        QCOMPARE(displayAmount(5), QStringLiteral("0.05"));
    }

    // --- The reference per reminder ---
    void reminderReferenceOnQrIbanIsQrr()
    {
        const auto r = reminderReference(QStringLiteral("CH44 3199 9123 0008 8901 2"), QStringLiteral("C00042"), 240);
        QVERIFY(r);
        QCOMPARE(r->type, ReferenceType::Qrr);
        QVERIFY(isValidQrReference(r->reference));
        QCOMPARE(*parseReminderReference(r->reference), (ReminderKey{QStringLiteral("C00042"), 240}));
        // It goes into a valid bill and comes back from the printed (spaced) form.
        QrBill b = exampleQrr();
        b.reference = r->reference;
        QVERIFY(payload(b));
        QCOMPARE(parseReminderReference(displayReference(r->reference))->reminderId, 240);

        const auto numeric =
            reminderReference(QStringLiteral("CH4431999123000889012"), QStringLiteral("10423"), 99999999999);
        QCOMPARE(*parseReminderReference(numeric->reference), (ReminderKey{QStringLiteral("10423"), 99999999999}));
        const auto leadingZero = reminderReference(QStringLiteral("CH4431999123000889012"), QStringLiteral("0042"), 7);
        QCOMPARE(*parseReminderReference(leadingZero->reference), (ReminderKey{QStringLiteral("0042"), 7}));
        const auto mixed = reminderReference(QStringLiteral("CH4431999123000889012"), QStringLiteral("ab12Z"), 1);
        QCOMPARE(*parseReminderReference(mixed->reference), (ReminderKey{QStringLiteral("ab12Z"), 1}));
    }
    void reminderReferenceOnIbanIsScor()
    {
        const auto r = reminderReference(QStringLiteral("CH5800791123000889012"), QStringLiteral("C00042"), 240);
        QVERIFY(r);
        QCOMPARE(r->type, ReferenceType::Scor);
        QCOMPARE(r->reference, makeCreditorReference(u"240KC00042"));
        QVERIFY(isValidCreditorReference(r->reference));
        QCOMPARE(*parseReminderReference(r->reference), (ReminderKey{QStringLiteral("C00042"), 240}));
        QCOMPARE(*parseReminderReference(displayReference(r->reference)), (ReminderKey{QStringLiteral("C00042"), 240}));
        QrBill b = exampleScor();
        b.reference = r->reference;
        QVERIFY(payload(b));
    }
    void reminderReferenceRefusesWhatItCannotCarry()
    {
        const QString qrIban = QStringLiteral("CH4431999123000889012");
        const QString iban = QStringLiteral("CH5800791123000889012");
        QCOMPARE(reminderReference(qrIban, QStringLiteral("ABCDEFGH"), 1).error().subject,
                 QStringLiteral("clientNumber"));
        QCOMPARE(reminderReference(qrIban, QStringLiteral("C-42"), 1).error().subject, QStringLiteral("clientNumber"));
        QCOMPARE(reminderReference(qrIban, QStringLiteral("C42"), 100000000000).error().subject,
                 QStringLiteral("reminderId"));
        QCOMPARE(reminderReference(iban, QStringLiteral("c42"), 1).error().subject, QStringLiteral("clientNumber"));
        QCOMPARE(reminderReference(iban, QString(18, u'C'), 1000).error().subject, QStringLiteral("clientNumber"));
        QCOMPARE(reminderReference(QStringLiteral("CH5800791123000889013"), QStringLiteral("C42"), 1).error().subject,
                 QStringLiteral("account"));
        QCOMPARE(reminderReference(iban, QStringLiteral("C42"), 0).error().subject, QStringLiteral("reminderId"));
    }
    void parseRefusesForeignReferences()
    {
        QCOMPARE(parseReminderReference(QStringLiteral("210000000003139471430009017")).error().subject,
                 QStringLiteral("reference"));
        QCOMPARE(parseReminderReference(QStringLiteral("RF18539007547034")).error().subject,
                 QStringLiteral("reference"));
        QCOMPARE(parseReminderReference(QStringLiteral("RF19539007547034")).error().subject,
                 QStringLiteral("reference"));
        QCOMPARE(parseReminderReference(QStringLiteral("hello")).error().subject, QStringLiteral("reference"));
    }
};

QTEST_GUILESS_MAIN(TestQrBillPayload)
#include "test_qrbill_payload.moc"
