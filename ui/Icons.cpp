// Icons drawn with QPainter: crisp at any size and scale, no image plugin needed (Qt SVG is not a dependency).
#include "Theme.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <cmath>

namespace relance::ui {

namespace {

void drawGlyph(QPainter& p, const QString& name, const QRectF& r, const QColor& ink)
{
    const double s = r.width();
    auto P = [&](double x, double y) { return QPointF(r.left() + x * s, r.top() + y * s); };
    QPen pen(ink, std::max(1.2, s * 0.1), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (name == QLatin1String("approve")) {
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{P(0.15, 0.55), P(0.4, 0.78), P(0.85, 0.25)});
    } else if (name == QLatin1String("approve-all")) {
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), s * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{P(0.05, 0.55), P(0.27, 0.76), P(0.6, 0.3)});
        p.drawPolyline(QPolygonF{P(0.4, 0.7), P(0.47, 0.76), P(0.92, 0.22)});
    } else if (name == QLatin1String("reject")) {
        p.setPen(QPen(QColor(0xb8, 0x2e, 0x2e), s * 0.13, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(P(0.22, 0.22), P(0.78, 0.78));
        p.drawLine(P(0.78, 0.22), P(0.22, 0.78));
    } else if (name == QLatin1String("snooze")) {
        p.drawEllipse(QRectF(P(0.12, 0.12), P(0.88, 0.88)));
        p.drawPolyline(QPolygonF{P(0.5, 0.28), P(0.5, 0.52), P(0.68, 0.62)});
    } else if (name == QLatin1String("regenerate")) {
        p.drawArc(QRectF(P(0.15, 0.15), P(0.85, 0.85)), 60 * 16, 280 * 16);
        p.setBrush(ink);
        p.drawPolygon(QPolygonF{P(0.62, 0.08), P(0.88, 0.22), P(0.62, 0.36)});
    } else if (name == QLatin1String("disputed") || name == QLatin1String("finding-warning")) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0xa4, 0x1b));
        p.drawPolygon(QPolygonF{P(0.5, 0.06), P(0.96, 0.9), P(0.04, 0.9)});
        p.setPen(QPen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(P(0.5, 0.38), P(0.5, 0.6));
        p.drawPoint(P(0.5, 0.76));
    } else if (name == QLatin1String("finding-blocking")) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb8, 0x2e, 0x2e));
        p.drawEllipse(QRectF(P(0.05, 0.05), P(0.95, 0.95)));
        p.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(P(0.5, 0.25), P(0.5, 0.55));
        p.drawPoint(P(0.5, 0.74));
    } else if (name == QLatin1String("promise")) {
        p.drawRoundedRect(QRectF(P(0.1, 0.18), P(0.9, 0.9)), s * 0.08, s * 0.08);
        p.drawLine(P(0.1, 0.38), P(0.9, 0.38));
        p.drawLine(P(0.3, 0.08), P(0.3, 0.25));
        p.drawLine(P(0.7, 0.08), P(0.7, 0.25));
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{P(0.3, 0.63), P(0.45, 0.77), P(0.7, 0.5)});
    } else if (name == QLatin1String("do-not-chase")) {
        p.setPen(QPen(QColor(0xb8, 0x2e, 0x2e), s * 0.11));
        p.drawEllipse(QRectF(P(0.1, 0.1), P(0.9, 0.9)));
        p.drawLine(P(0.24, 0.76), P(0.76, 0.24));
    } else if (name == QLatin1String("up") || name == QLatin1String("down")) {
        const bool up = name == QLatin1String("up");
        p.drawLine(P(0.5, 0.15), P(0.5, 0.85));
        p.drawPolyline(up ? QPolygonF{P(0.22, 0.42), P(0.5, 0.14), P(0.78, 0.42)}
                          : QPolygonF{P(0.22, 0.58), P(0.5, 0.86), P(0.78, 0.58)});
    } else if (name == QLatin1String("save")) {
        p.drawRoundedRect(QRectF(P(0.12, 0.12), P(0.88, 0.88)), s * 0.06, s * 0.06);
        p.drawRect(QRectF(P(0.3, 0.12), P(0.7, 0.38)));
        p.drawRect(QRectF(P(0.28, 0.58), P(0.72, 0.88)));
    } else if (name == QLatin1String("dashboard")) {
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRect(QRectF(P(0.1, 0.55), P(0.3, 0.9)));
        p.drawRect(QRectF(P(0.4, 0.3), P(0.6, 0.9)));
        p.drawRect(QRectF(P(0.7, 0.1), P(0.9, 0.9)));
    } else if (name == QLatin1String("queue")) {
        p.drawRoundedRect(QRectF(P(0.08, 0.2), P(0.92, 0.8)), s * 0.06, s * 0.06);
        p.drawPolyline(QPolygonF{P(0.1, 0.24), P(0.5, 0.55), P(0.9, 0.24)});
    } else if (name == QLatin1String("invoices")) {
        p.drawPolygon(QPolygonF{P(0.2, 0.08), P(0.65, 0.08), P(0.82, 0.25), P(0.82, 0.92), P(0.2, 0.92)});
        p.drawLine(P(0.33, 0.45), P(0.68, 0.45));
        p.drawLine(P(0.33, 0.6), P(0.68, 0.6));
        p.drawLine(P(0.33, 0.75), P(0.55, 0.75));
    } else if (name == QLatin1String("clients")) {
        p.drawEllipse(QRectF(P(0.32, 0.08), P(0.68, 0.44)));
        p.drawArc(QRectF(P(0.12, 0.52), P(0.88, 1.25)), 0, 180 * 16);
    } else if (name == QLatin1String("tasks")) {
        p.drawRect(QRectF(P(0.08, 0.12), P(0.32, 0.36)));
        p.drawRect(QRectF(P(0.08, 0.6), P(0.32, 0.84)));
        p.drawLine(P(0.45, 0.24), P(0.92, 0.24));
        p.drawLine(P(0.45, 0.72), P(0.92, 0.72));
        p.drawPolyline(QPolygonF{P(0.12, 0.22), P(0.19, 0.3), P(0.3, 0.14)});
    } else if (name == QLatin1String("tone")) {
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(P(0.08, 0.12), P(0.92, 0.68)), s * 0.12, s * 0.12);
        p.drawPath(bubble);
        p.drawPolyline(QPolygonF{P(0.3, 0.68), P(0.25, 0.9), P(0.5, 0.68)});
    } else if (name == QLatin1String("settings")) {
        p.drawEllipse(QRectF(P(0.33, 0.33), P(0.67, 0.67)));
        for (int i = 0; i < 8; ++i) {
            const double a = i * M_PI / 4;
            p.drawLine(P(0.5 + 0.3 * std::cos(a), 0.5 + 0.3 * std::sin(a)), P(0.5 + 0.44 * std::cos(a), 0.5 + 0.44 * std::sin(a)));
        }
    } else if (name == QLatin1String("relance")) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x2a, 0x37));
        p.drawRoundedRect(QRectF(P(0.02, 0.02), P(0.98, 0.98)), s * 0.18, s * 0.18);
        p.setBrush(QColor(0xe0, 0xa5, 0x26));
        p.drawRect(QRectF(P(0.2, 0.55), P(0.34, 0.8)));
        p.setBrush(QColor(0xe0, 0x6c, 0x1f));
        p.drawRect(QRectF(P(0.43, 0.4), P(0.57, 0.8)));
        p.setBrush(QColor(0xc8, 0x3e, 0x3e));
        p.drawRect(QRectF(P(0.66, 0.22), P(0.8, 0.8)));
    }
}

class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(QString name) : m_name(std::move(name)) {}
    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const double side = std::min(rect.width(), rect.height());
        const QRectF square(rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2, side, side);
        QColor ink(0x3b, 0x46, 0x54);
        if (m_name == QLatin1String("dashboard") || m_name == QLatin1String("queue") || m_name == QLatin1String("invoices") ||
            m_name == QLatin1String("clients") || m_name == QLatin1String("tasks") || m_name == QLatin1String("tone") ||
            m_name == QLatin1String("settings"))
            ink = QColor(0xd6, 0xdd, 0xe6); // on the dark navigation
        if (mode == QIcon::Disabled)
            p->setOpacity(0.35);
        drawGlyph(*p, m_name, square.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04), ink);
        p->restore();
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine* clone() const override { return new GlyphEngine(m_name); }

private:
    QString m_name;
};

} // namespace

QIcon icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(new GlyphEngine(name)));
    return *it;
}

} // namespace relance::ui
