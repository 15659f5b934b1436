// The reminder PDF: rasterised at 300 dpi (pdftoppm), its QR codes decoded (ZXing) and compared with the payload
// byte for byte, measured (46 mm at the IG's position), its fonts embedded (pdffonts), its headings in de/fr/it/en.
#include "QrBillSamples.h"
#include "documents/PaymentPart.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace relance;
using namespace relance::documents;

namespace {

constexpr int kDpi = 300;

QByteArray decodeQr(const QImage& page)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    const auto& bytes = result.bytes();
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// The dark pixels' bounding box (in mm on the page) inside a window around where the IG puts the code.
QRectF qrBoxMm(const QImage& page, int dpi)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    auto toPx = [dpi](double mm) { return int(mm * dpi / 25.4); };
    int minX = INT_MAX, minY = INT_MAX, maxX = -1, maxY = -1;
    for (int y = toPx(204); y < toPx(258); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = toPx(64); x < toPx(116); ++x) {
            if (line[x] < 128) {
                minX = std::min(minX, x), maxX = std::max(maxX, x);
                minY = std::min(minY, y), maxY = std::max(maxY, y);
            }
        }
    }
    const double mm = 25.4 / dpi;
    return QRectF(minX * mm, minY * mm, (maxX - minX + 1) * mm, (maxY - minY + 1) * mm);
}

void checkQrGeometry(const QImage& page, int dpi)
{
    const QRectF box = qrBoxMm(page, dpi);
    const double x = slip::kQrX, y = slip::kTopOnA4 + slip::kQrY; // 67 mm from the left, 209 mm from the top
    QVERIFY2(std::abs(box.width() - 46) <= 0.5 && std::abs(box.height() - 46) <= 0.5,
             qPrintable(QStringLiteral("code is %1 x %2 mm").arg(box.width()).arg(box.height())));
    QVERIFY2(std::abs(box.left() - x) <= 0.5 && std::abs(box.top() - y) <= 0.5,
             qPrintable(QStringLiteral("code at %1, %2 mm").arg(box.left()).arg(box.top())));
}

QString run(const QString& program, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return QStringLiteral("MISSING %1").arg(program);
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestQrBillRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfInEveryLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("de") << Language::German
                            << QStringList{
                                   QStringLiteral("Empfangsschein"),     QStringLiteral("Zahlteil"),
                                   QStringLiteral("Konto / Zahlbar an"), QStringLiteral("Zusätzliche Informationen"),
                                   QStringLiteral("Zahlbar durch"),      QStringLiteral("Währung"),
                                   QStringLiteral("Annahmestelle")};
        QTest::newRow("fr") << Language::French
                            << QStringList{
                                   QStringLiteral("Récépissé"),          QStringLiteral("Section paiement"),
                                   QStringLiteral("Compte / Payable à"), QStringLiteral("Informations supplémentaires"),
                                   QStringLiteral("Payable par"),        QStringLiteral("Monnaie"),
                                   QStringLiteral("Point de dépôt")};
        QTest::newRow("it") << Language::Italian
                            << QStringList{QStringLiteral("Ricevuta"),
                                           QStringLiteral("Sezione pagamento"),
                                           QStringLiteral("Conto / Pagabile a"),
                                           QStringLiteral("Informazioni supplementari"),
                                           QStringLiteral("Pagabile da"),
                                           QStringLiteral("Valuta"),
                                           QStringLiteral("Punto di accettazione")};
        QTest::newRow("en") << Language::English
                            << QStringList{QStringLiteral("Receipt"),
                                           QStringLiteral("Payment part"),
                                           QStringLiteral("Account / Payable to"),
                                           QStringLiteral("Additional information"),
                                           QStringLiteral("Payable by"),
                                           QStringLiteral("Currency"),
                                           QStringLiteral("Acceptance point")};
    }
    void pdfInEveryLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QStringList, headings);
        const ReminderDocument doc = testing::sampleDocument(language);
        const Result<QByteArray> pdf = renderPdf(doc);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().detail));
        QVERIFY(pdf->startsWith("%PDF-"));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("reminder.pdf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*pdf);
        f.close();

        // Rasterise at 300 dpi: a letter page, then one page per currency with its payment part.
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-png"), file,
                                         dir.filePath(QStringLiteral("page"))});
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 3);
        QVERIFY(decodeQr(QImage(dir.filePath(pages[0]))).isEmpty()); // the letter carries no code
        for (int i = 0; i < 2; ++i) {
            const QImage page(dir.filePath(pages[i + 1]));
            QCOMPARE(page.width(), qRound(210 * kDpi / 25.4));
            const QByteArray decoded = decodeQr(page);
            QCOMPARE(decoded, *qrbill::payload(doc.bills[i]));
            checkQrGeometry(page, kDpi);
        }

        // The fonts are Liberation Sans, embedded as subsets.
        const QString fonts = run(QStringLiteral("pdffonts"), {file});
        const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!fontLines.isEmpty(), qPrintable(fonts));
        for (const QString& line : fontLines) {
            QVERIFY2(line.contains(QStringLiteral("LiberationSans")), qPrintable(fonts));
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            // name type encoding emb sub uni object ID: "emb" is the 5th column from the end
            QVERIFY2(cols.at(cols.size() - 5) == u"yes", qPrintable(fonts));
        }
        // Only the glyphs used are embedded. (pdffonts' "sub" column only reads the "ABCDEF+" name tag, which Qt's
        // PDF engine does not write although it embeds a subset.) Each full font file alone is over 130 KB; the
        // whole three-page document with both fonts stays far below.
        QVERIFY2(pdf->size() < 60 * 1024, qPrintable(QString::number(pdf->size())));

        // The headings in the client's language, as the IG words them; amounts as the IG writes them.
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        for (const QString& h : headings)
            QVERIFY2(text.contains(h), qPrintable(h));
        QVERIFY(text.contains(QStringLiteral("2 289.75"))); // CHF 1949.75 + 320.00 + 20.00 fee
        QVERIFY(text.contains(QStringLiteral("1 200.50"))); // EUR
        QVERIFY(text.contains(QStringLiteral("CH44 3199 9123 0008 8901 2")));
        QVERIFY(text.contains(QStringLiteral("RE-2026-00251")));
    }
    void previewIsTheSameDrawing()
    {
        const ReminderDocument doc = testing::sampleDocument(Language::French);
        const Result<QList<QImage>> images = renderImages(doc, kDpi);
        QVERIFY(images);
        QCOMPARE(images->size(), 3);
        QCOMPARE(decodeQr(images->at(1)), *qrbill::payload(doc.bills[0]));
        QCOMPARE(decodeQr(images->at(2)), *qrbill::payload(doc.bills[1]));
        checkQrGeometry(images->at(1), kDpi);
    }
    void qrCodeIsErrorCorrectionMWithinVersion25()
    {
        const ReminderDocument doc = testing::sampleDocument(Language::German);
        const Result<QrMatrix> m = encodeQr(*qrbill::payload(doc.bills[0]));
        QVERIFY(m);
        QVERIFY(m->version >= 1 && m->version <= 25);
        QCOMPARE(m->size, 17 + 4 * m->version);
    }
    void refusedBillMakesNoPdf()
    {
        ReminderDocument doc = testing::sampleDocument(Language::German);
        doc.bills[1].account = QStringLiteral("CH4431999123000889013");
        const Result<QByteArray> pdf = renderPdf(doc);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().subject, QStringLiteral("account"));
        doc = testing::sampleDocument(Language::German);
        doc.bills[0].debtor->name = QString(71, u'x');
        QCOMPARE(renderPdf(doc).error().subject, QStringLiteral("debtor.name"));
    }
    void billWithoutDebtorOrAmountHasBoxesToFillIn()
    {
        ReminderDocument doc = testing::sampleDocument(Language::English);
        doc.bills = {doc.bills[0]};
        doc.bills[0].debtor.reset();
        doc.bills[0].amountMinor.reset();
        const Result<QList<QImage>> images = renderImages(doc, kDpi);
        QVERIFY(images);
        QCOMPARE(images->size(), 2);
        QCOMPARE(decodeQr(images->at(1)), *qrbill::payload(doc.bills[0]));
    }
};

QTEST_MAIN(TestQrBillRender)
#include "test_qrbill_render.moc"
