#include "documents/Canvas.h"

#include <QFontMetricsF>

namespace relance::documents {

QFont Canvas::font(double pt, bool bold) const
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting); // the same metrics on paper, in the PDF and in the preview
    return f;
}

double Canvas::ascentMm(const QFont& f) const
{
    return QFontMetricsF(f, m_p.device()).ascent() * 25.4 / m_dpi;
}

double Canvas::widthMm(const QFont& f, const QString& text) const
{
    return QFontMetricsF(f, m_p.device()).horizontalAdvance(text) * 25.4 / m_dpi;
}

void Canvas::text(double xMm, double yMm, const QString& text, const QFont& f, bool alignRight)
{
    m_p.setFont(f);
    const double x = alignRight ? xMm - widthMm(f, text) : xMm;
    m_p.drawText(at(x, yMm + ascentMm(f)), text);
}

QStringList Canvas::wrap(const QStringList& paragraphs, const QFont& f, double widthMm) const
{
    QStringList out;
    for (const QString& paragraph : paragraphs) {
        QString current;
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        for (const QString& word : words) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && this->widthMm(f, candidate) > widthMm) {
                out.append(current);
                current = word;
            } else {
                current = candidate;
            }
        }
        out.append(current);
    }
    return out;
}

double Canvas::lines(double xMm, double yMm, const QStringList& lines, const QFont& f, double pitchPt)
{
    for (const QString& l : lines) {
        text(xMm, yMm, l, f);
        yMm += ptToMm(pitchPt);
    }
    return yMm;
}

void Canvas::line(double x1, double y1, double x2, double y2, double widthPt)
{
    QPen pen(Qt::black);
    pen.setWidthF(px(ptToMm(widthPt)));
    pen.setCapStyle(Qt::FlatCap);
    m_p.setPen(pen);
    m_p.drawLine(at(x1, y1), at(x2, y2));
}

void Canvas::corners(double x, double y, double w, double h)
{
    const double arm = 3;
    const double lw = 0.75;
    line(x, y, x + arm, y, lw);
    line(x, y, x, y + arm, lw);
    line(x + w - arm, y, x + w, y, lw);
    line(x + w, y, x + w, y + arm, lw);
    line(x, y + h, x + arm, y + h, lw);
    line(x, y + h - arm, x, y + h, lw);
    line(x + w - arm, y + h, x + w, y + h, lw);
    line(x + w, y + h - arm, x + w, y + h, lw);
}

} // namespace relance::documents
