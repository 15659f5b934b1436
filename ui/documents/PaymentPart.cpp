#include "documents/PaymentPart.h"

#include "documents/Labels.h"

#include <QPainterPath>

#include <qrencode.h>

namespace relance::documents {

using namespace slip;
using qrbill::Address;
using qrbill::QrBill;

Result<QrMatrix> encodeQr(const QByteArray& payload)
{
    // Byte mode for the whole text (QRcode_encodeData), as the IG asks: UTF-8 without an ECI header.
    QRcode* code = QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()),
                                     0, QR_ECLEVEL_M);
    if (!code)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("payload: libqrencode could not encode %1 bytes").arg(payload.size()));
    QrMatrix m;
    m.size = code->width;
    m.version = code->version;
    m.dark.resize(size_t(m.size) * size_t(m.size));
    for (size_t i = 0; i < m.dark.size(); ++i)
        m.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    if (m.version > 25)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("payload: needs QR code version %1, the IG allows at most 25").arg(m.version));
    return m;
}

namespace {

// Name, street and number, postcode and town; the country before the postcode when it is not Switzerland.
QStringList addressLines(const Address& a)
{
    QStringList out{a.name};
    const QString street = QString(a.street + u' ' + a.buildingNumber).trimmed();
    if (!street.isEmpty())
        out.append(street);
    out.append((a.country == u"CH" ? QString() : a.country + u'-') + a.postalCode + u' ' + a.town);
    return out;
}

void drawQrCode(Canvas& c, const QrMatrix& m)
{
    QPainter& p = c.painter();
    const double module = kQrSize / m.size;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size;) {
            if (!m.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m.size && m.at(x + run, y))
                ++run;
            path.addRect(c.rect(kQrX + x * module, kQrY + y * module, run * module, module));
            x += run;
        }
    }
    // Without antialiasing: on an image, the shared edges of adjacent rows would otherwise show as faint seams.
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillPath(path, Qt::black);
    p.restore();

    // The Swiss cross, proportions of SIX's 19.8-unit drawing: a white 7 mm square, a black square inset by 0.7 units,
    // and a white cross whose arms are 3.3 units wide and 11 units long.
    const double unit = kCrossSize / 19.8;
    const double cx = kQrX + kQrSize / 2, cy = kQrY + kQrSize / 2;
    const double half = kCrossSize / 2;
    p.fillRect(c.rect(cx - half, cy - half, kCrossSize, kCrossSize), Qt::white);
    const double inset = 0.7 * unit;
    p.fillRect(c.rect(cx - half + inset, cy - half + inset, kCrossSize - 2 * inset, kCrossSize - 2 * inset), Qt::black);
    const double armW = 3.3 * unit, armL = 11 * unit;
    p.fillRect(c.rect(cx - armW / 2, cy - armL / 2, armW, armL), Qt::white);
    p.fillRect(c.rect(cx - armL / 2, cy - armW / 2, armL, armW), Qt::white);
}

// A pair of scissors about 5 mm long, centred at (x, y), blades pointing along `angle` degrees (0 = to the right):
// two ring handles and two crossing blades, on a white patch that interrupts the separation line.
void drawScissors(Canvas& c, double xMm, double yMm, double angle)
{
    QPainter& p = c.painter();
    p.save();
    p.translate(c.at(xMm, yMm));
    p.rotate(angle);
    const double u = c.px(1); // one millimetre
    p.fillRect(QRectF(-3 * u, -1.9 * u, 6 * u, 3.8 * u), Qt::white);
    QPen pen(Qt::black);
    pen.setWidthF(0.25 * u);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(-1.9 * u, -0.95 * u), 0.75 * u, 0.75 * u);
    p.drawEllipse(QPointF(-1.9 * u, 0.95 * u), 0.75 * u, 0.75 * u);
    QPainterPath blades;
    blades.moveTo(-1.25 * u, -0.6 * u);
    blades.lineTo(2.8 * u, 0.55 * u);
    blades.lineTo(2.8 * u, 0.25 * u);
    blades.closeSubpath();
    blades.moveTo(-1.25 * u, 0.6 * u);
    blades.lineTo(2.8 * u, -0.55 * u);
    blades.lineTo(2.8 * u, -0.25 * u);
    blades.closeSubpath();
    p.setPen(Qt::NoPen);
    p.fillPath(blades, Qt::black);
    p.restore();
}

struct Sizes
{
    double label, value, pitch; // pt
};

// One heading and its value lines; returns the y of the next heading (one empty value line between blocks).
double block(Canvas& c, double x, double y, double width, const QString& heading, const QStringList& values, Sizes s)
{
    const QFont labelFont = c.font(s.label, true);
    const QFont valueFont = c.font(s.value, false);
    c.text(x, y, heading, labelFont);
    y += ptToMm(s.label + 1);
    y = c.lines(x, y, c.wrap(values, valueFont, width), valueFont, s.pitch);
    return y + ptToMm(s.pitch) * 0.8;
}

QStringList additionalInformation(const QrBill& b)
{
    QStringList out;
    if (!b.unstructuredMessage.isEmpty())
        out.append(b.unstructuredMessage);
    if (!b.billingInformation.isEmpty())
        out.append(b.billingInformation);
    return out;
}

void amountSection(Canvas& c, double x, double amountX, const QrBill& b, const Labels& l, Sizes s, double boxX,
                   double boxW, double boxH)
{
    const QFont labelFont = c.font(s.label, true);
    const QFont valueFont = c.font(s.value, false);
    c.text(x, kAmountY, l.currency, labelFont);
    c.text(amountX, kAmountY, l.amount, labelFont);
    const double valueY = kAmountY + ptToMm(s.label + 3);
    c.text(x, valueY, b.currency, valueFont);
    if (b.amountMinor)
        c.text(amountX, valueY, qrbill::displayAmount(*b.amountMinor), valueFont);
    else
        c.corners(boxX, valueY - 1, boxW, boxH);
}

} // namespace

Result<void> drawPaymentPart(Canvas& c, const QrBill& bill, Language language)
{
    const Result<QByteArray> payload = qrbill::payload(bill);
    if (!payload)
        return std::unexpected(payload.error());
    const Result<QrMatrix> matrix = encodeQr(*payload);
    if (!matrix)
        return std::unexpected(matrix.error());
    const Labels& l = labels(language);
    QPainter& p = c.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(c.rect(0, 0, kWidth, kHeight), Qt::white);

    const QStringList account = QStringList{qrbill::displayIban(bill.account)} + addressLines(bill.creditor);
    const QString reference =
        bill.referenceType == qrbill::ReferenceType::Non ? QString() : qrbill::displayReference(bill.reference);
    const QFont title = c.font(11, true);

    // Receipt: title 11 pt, headings 6 pt bold, values 8 pt.
    const Sizes rs{6, 8, 9};
    const double rx = kMargin, rw = kReceiptWidth - 2 * kMargin;
    c.text(rx, kMargin, l.receipt, title);
    double y = kMargin + 7;
    y = block(c, rx, y, rw, l.accountPayableTo, account, rs);
    if (!reference.isEmpty())
        y = block(c, rx, y, rw, l.reference, {reference}, rs);
    if (bill.debtor) {
        block(c, rx, y, rw, l.payableBy, addressLines(*bill.debtor), rs);
    } else {
        c.text(rx, y, l.payableByNameAddress, c.font(rs.label, true));
        c.corners(rx, y + ptToMm(rs.label + 2), 52, 20);
    }
    amountSection(c, rx, rx + 12, bill, l, rs, rx + rw - 30, 30, 10);
    c.text(kReceiptWidth - kMargin, kAcceptanceY, l.acceptancePoint, c.font(rs.label, true), true);

    // Payment part: title 11 pt, the code, headings 8 pt bold, values 10 pt.
    const Sizes ps{8, 10, 11};
    const double px0 = kReceiptWidth + kMargin;
    c.text(px0, kMargin, l.paymentPart, title);
    drawQrCode(c, *matrix);
    amountSection(c, px0, px0 + 15, bill, l, ps, px0 + 6, 40, 15);
    y = kMargin;
    y = block(c, kInfoX, y, kInfoWidth, l.accountPayableTo, account, ps);
    if (!reference.isEmpty())
        y = block(c, kInfoX, y, kInfoWidth, l.reference, {reference}, ps);
    const QStringList info = additionalInformation(bill);
    if (!info.isEmpty())
        y = block(c, kInfoX, y, kInfoWidth, l.additionalInformation, info, ps);
    if (bill.debtor) {
        block(c, kInfoX, y, kInfoWidth, l.payableBy, addressLines(*bill.debtor), ps);
    } else {
        c.text(kInfoX, y, l.payableByNameAddress, c.font(ps.label, true));
        c.corners(kInfoX, y + ptToMm(ps.label + 2), 65, 25);
    }
    double fy = kFurtherY;
    for (const QString& scheme : bill.alternativeSchemes) {
        const qsizetype colon = scheme.indexOf(u':');
        const QString name = colon > 0 ? scheme.left(colon + 1) : QString();
        const QFont bold = c.font(7, true);
        c.text(px0, fy, name, bold);
        c.text(px0 + (name.isEmpty() ? 0 : c.widthMm(bold, name + u' ')), fy, scheme.mid(name.size()).trimmed(),
               c.font(7, false));
        fy += ptToMm(8);
    }

    // Separation lines: above the slip and between receipt and payment part, with scissors (IG 3.7, for a PDF).
    c.line(0, 0, kWidth, 0, 0.5);
    c.line(kReceiptWidth, 0, kReceiptWidth, kHeight, 0.5);
    drawScissors(c, 8, 0, 0);
    drawScissors(c, kReceiptWidth, 8, 90);
    p.restore();
    return {};
}

} // namespace relance::documents
