#include "documents/ReminderDocument.h"

#include "documents/Canvas.h"
#include "documents/Labels.h"
#include "documents/PaymentPart.h"
#include "domain/Money.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QMap>
#include <QPdfWriter>

#include <functional>

namespace relance::documents {

namespace {

constexpr double kLeft = 20, kRight = 190, kBottom = 277;
constexpr int kPdfDpi = 1200;

Result<void> checkFont()
{
    if (!QFontDatabase::families().contains(QString::fromLatin1(kFontFamily)))
        return std::unexpected(Error{ErrorCode::Config,
                                     QStringLiteral("font: %1 is not installed (Debian: fonts-liberation)")
                                         .arg(QString::fromLatin1(kFontFamily)),
                                     QStringLiteral("font")});
    return {};
}

// Qt's French locale groups digits with a narrow no-break space (U+202F), which Liberation Sans lacks: the
// ordinary no-break space keeps the figure in one font and on one line.
QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return formatMoney(minor, currency, locale).replace(QChar(0x202F), QChar(0x00A0));
}

QString letterDate(Language language, QDate date)
{
    const QLocale locale = clientLocale(language);
    return locale.toString(date, language == Language::German ? QStringLiteral("d. MMMM yyyy")
                                                              : QStringLiteral("d MMMM yyyy"));
}

QStringList postalLines(const qrbill::Address& a)
{
    QStringList out{a.name};
    const QString street = QString(a.street + u' ' + a.buildingNumber).trimmed();
    if (!street.isEmpty())
        out.append(street);
    out.append(QString(a.postalCode + u' ' + a.town).trimmed());
    if (!a.country.isEmpty() && a.country != u"CH")
        out.append(a.country);
    return out;
}

// Draws pages through `newPage` (called before every page but the first) on canvases it hands out.
class Pages
{
public:
    using NewPage = std::function<void()>;
    Pages(Canvas& canvas, NewPage newPage) : m_c(canvas), m_newPage(std::move(newPage)) {}

    // Moves to the next page when `heightMm` does not fit below y.
    double room(double y, double heightMm)
    {
        if (y + heightMm <= kBottom)
            return y;
        m_newPage();
        return 20;
    }
    void nextPage() { m_newPage(); }
    Canvas& canvas() { return m_c; }

private:
    Canvas& m_c;
    NewPage m_newPage;
};

void drawLetter(Pages& pages, const ReminderDocument& d)
{
    Canvas& c = pages.canvas();
    const Labels& l = labels(d.language);
    const QLocale locale = clientLocale(d.language);

    // Firm, top left.
    double y = c.lines(kLeft, 15, {d.firm.name}, c.font(11, true), 13);
    y = c.lines(kLeft, y, postalLines(d.firm).mid(1) + d.firmContact, c.font(9, false), 11);

    // Client, in the window of a right-window envelope.
    c.lines(118, 50, postalLines(d.client), c.font(10, false), 12);

    y = 95;
    const QString dateLine = d.place.isEmpty() ? letterDate(d.language, d.date)
                                               : d.place + QStringLiteral(", ") + letterDate(d.language, d.date);
    c.text(kLeft, y, dateLine, c.font(10, false));
    y += 10;
    const QFont subject = c.font(11, true);
    y = c.lines(kLeft, y, c.wrap({d.subject}, subject, kRight - kLeft), subject, 13) + 4;

    const QFont body = c.font(10, false);
    const QStringList paragraphs = d.body.split(QStringLiteral("\n\n"));
    for (const QString& paragraph : paragraphs) {
        const QStringList lines = c.wrap(paragraph.split(u'\n'), body, kRight - kLeft);
        for (const QString& line : lines) {
            y = pages.room(y, ptToMm(13));
            c.text(kLeft, y, line, body);
            y += ptToMm(13);
        }
        y += ptToMm(6);
    }

    // The invoice table: number, due date, open amount; then level/interest/fee lines and the total per currency.
    const QFont head = c.font(9, true), cell = c.font(9, false);
    const double row = ptToMm(12);
    y = pages.room(y + 2, row * (3 + d.invoices.size() + d.extras.size()));
    c.text(kLeft, y, l.invoice, head);
    c.text(80, y, l.dueDate, head);
    c.text(kRight, y, l.openAmount, head, true);
    y += row;
    c.line(kLeft, y - 1, kRight, y - 1, 0.5);
    QMap<QString, qint64> totals;
    for (const InvoiceRow& r : d.invoices) {
        y = pages.room(y, row);
        c.text(kLeft, y, r.number, cell);
        c.text(80, y, r.dueDate.toString(QStringLiteral("dd.MM.yyyy")), cell);
        c.text(kRight, y, money(r.openMinor, r.currency, locale), cell, true);
        totals[r.currency] += r.openMinor;
        y += row;
    }
    for (const ExtraRow& r : d.extras) {
        y = pages.room(y, row);
        c.text(kLeft, y, r.label, cell);
        c.text(kRight, y, money(r.minor, r.currency, locale), cell, true);
        totals[r.currency] += r.minor;
        y += row;
    }
    y = pages.room(y, row * totals.size());
    c.line(kLeft, y - 1, kRight, y - 1, 0.5);
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        c.text(kLeft, y, l.total, head);
        c.text(kRight, y, money(it.value(), it.key(), locale), head, true);
        y += row;
    }
}

Result<void> drawDocument(Canvas& canvas, Pages& pages, const ReminderDocument& d,
                          const std::function<Canvas&()>& slipCanvas)
{
    // Every bill is checked before a page is drawn, so a refused bill leaves no half-made document.
    QList<qrbill::QrBill> bills;
    for (const qrbill::QrBill& b : d.bills) {
        Result<qrbill::QrBill> n = qrbill::normalized(b);
        if (!n)
            return std::unexpected(n.error());
        bills.append(*n);
    }
    canvas.painter().setRenderHint(QPainter::TextAntialiasing, true);
    drawLetter(pages, d);
    for (const qrbill::QrBill& b : bills) {
        pages.nextPage();
        Canvas& slip = slipCanvas();
        Result<void> drawn = drawPaymentPart(slip, b, d.language);
        if (!drawn)
            return drawn;
    }
    return {};
}

} // namespace

Result<QByteArray> renderPdf(const ReminderDocument& document)
{
    if (Result<void> font = checkFont(); !font)
        return std::unexpected(font.error());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kPdfDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.subject);
    writer.setCreator(QStringLiteral("Relance"));
    QPainter painter(&writer);
    Canvas canvas(painter, kPdfDpi);
    Canvas slip(painter, kPdfDpi, slip::kTopOnA4);
    Pages pages(canvas, [&writer] { writer.newPage(); });
    Result<void> drawn = drawDocument(canvas, pages, document, [&slip]() -> Canvas& { return slip; });
    painter.end();
    if (!drawn)
        return std::unexpected(drawn.error());
    return bytes;
}

Result<QList<QImage>> renderImages(const ReminderDocument& document, int dpi)
{
    if (Result<void> font = checkFont(); !font)
        return std::unexpected(font.error());
    const QSize size(qRound(210.0 * dpi / 25.4), qRound(297.0 * dpi / 25.4));
    QList<QImage> images;
    auto newImage = [&images, size, dpi] {
        QImage image(size, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        images.append(image);
    };
    newImage();
    // Pages are drawn one at a time: the painter moves to a new image when the drawing asks for a new page.
    std::unique_ptr<QPainter> painter = std::make_unique<QPainter>(&images.last());
    Canvas canvas(*painter, dpi);
    Canvas slip(*painter, dpi, slip::kTopOnA4);
    QPainter* current = painter.get();
    Pages pages(canvas, [&] {
        current->end();
        newImage();
        current->begin(&images.last());
        current->setRenderHint(QPainter::TextAntialiasing, true);
    });
    Result<void> drawn = drawDocument(canvas, pages, document, [&slip]() -> Canvas& { return slip; });
    current->end();
    if (!drawn)
        return std::unexpected(drawn.error());
    return images;
}

} // namespace relance::documents
