#pragma once
// Drawing in millimetres on a device whose logical resolution is `dpi` (a QPdfWriter or a QImage set up alike), so
// that the same code makes the PDF and the preview, and font sizes in points mean real points on both.
#include <QFont>
#include <QPainter>
#include <QString>
#include <QStringList>

namespace relance::documents {

// The family the IG names among its admitted fonts (Arial, Frutiger, Helvetica, Liberation Sans).
inline constexpr char kFontFamily[] = "Liberation Sans";

class Canvas
{
public:
    Canvas(QPainter& painter, double dpi, double originYMm = 0) : m_p(painter), m_dpi(dpi), m_originY(originYMm) {}

    QPainter& painter() { return m_p; }
    double px(double mm) const { return mm * m_dpi / 25.4; }
    QPointF at(double xMm, double yMm) const { return {px(xMm), px(m_originY + yMm)}; }
    QRectF rect(double xMm, double yMm, double wMm, double hMm) const
    {
        return {at(xMm, yMm), QSizeF(px(wMm), px(hMm))};
    }

    QFont font(double pt, bool bold) const;
    // Ascent and advance in mm for this font on this device.
    double ascentMm(const QFont& f) const;
    double widthMm(const QFont& f, const QString& text) const;

    // Draws `text` with its top at yMm; `alignRight` puts its right end at xMm.
    void text(double xMm, double yMm, const QString& text, const QFont& f, bool alignRight = false);
    // Breaks each paragraph at spaces to fit widthMm, lines `pitchPt` apart; returns the lines.
    QStringList wrap(const QStringList& paragraphs, const QFont& f, double widthMm) const;
    // Draws the lines from yMm down, returns the y below the last one.
    double lines(double xMm, double yMm, const QStringList& lines, const QFont& f, double pitchPt);

    void line(double x1, double y1, double x2, double y2, double widthPt);
    // The four corner marks of a box to write in by hand (IG 3.5: 0.75 pt, 3 mm arms).
    void corners(double xMm, double yMm, double wMm, double hMm);

private:
    QPainter& m_p;
    double m_dpi;
    double m_originY;
};

inline double ptToMm(double pt)
{
    return pt * 25.4 / 72.0;
}

} // namespace relance::documents
