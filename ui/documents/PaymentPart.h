#pragma once
// The payment part with receipt (SIX IG 2.3 section 3 and the Style Guide): 210 x 105 mm, receipt 62 mm wide,
// payment part 148 mm, the Swiss QR Code 46 x 46 mm (error correction M, libqrencode) with the 7 x 7 mm Swiss
// cross in its centre, Liberation Sans at the IG's sizes, separation lines with scissors.
#include "documents/Canvas.h"
#include "domain/Domain.h"
#include "domain/Error.h"
#include "qrbill/QrBill.h"

#include <QImage>

namespace relance::documents {

// Layout figures in mm, from the slip's top-left corner (the IG measures them from its edges).
namespace slip {
inline constexpr double kWidth = 210, kHeight = 105, kReceiptWidth = 62, kMargin = 5;
inline constexpr double kTopOnA4 = 297 - kHeight; // the slip sits at the bottom of an A4 page
inline constexpr double kQrSize = 46, kQrX = kReceiptWidth + kMargin, kQrY = kMargin + 7 + kMargin; // 67, 17
inline constexpr double kCrossSize = 7;
inline constexpr double kAmountY = kHeight - 37; // amount sections, receipt and payment part
inline constexpr double kAcceptanceY = kHeight - 23;
inline constexpr double kInfoX = kReceiptWidth + 56;     // payment part's information section
inline constexpr double kInfoWidth = 148 - 56 - kMargin; // 87
inline constexpr double kFurtherY = kHeight - 15;        // further information (alternative schemes)
} // namespace slip

// The QR code's modules (true = dark), row by row, from libqrencode at error correction M in byte mode.
// Refuses a payload that needs more than version 25.
struct QrMatrix
{
    int size = 0;
    int version = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const { return dark[size_t(y) * size_t(size) + size_t(x)]; }
};
Result<QrMatrix> encodeQr(const QByteArray& payload);

// Draws the slip with its top-left corner at the canvas' origin. `bill` must be normalized (qrbill::normalized).
Result<void> drawPaymentPart(Canvas& canvas, const qrbill::QrBill& bill, Language language);

} // namespace relance::documents
