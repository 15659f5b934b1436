#include "NotificationArea.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace relance::ui {

NotificationArea::NotificationArea(QWidget* parent) : QFrame(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(8, 4, 8, 0);
    m_layout->setSpacing(4);
    setVisible(false);
}

void NotificationArea::show(Severity severity, const QString& text, int timeoutMs)
{
    show(severity, text, QString(), timeoutMs);
}

void NotificationArea::show(Severity severity, const QString& text, const QString& technical, int timeoutMs)
{
    // The same message twice is shown once.
    for (QLabel* l : findChildren<QLabel*>(QStringLiteral("bannerText")))
        if (l->text() == text)
            return;
    auto* banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setProperty("severity", severity == Severity::Error     ? QStringLiteral("error")
                                    : severity == Severity::Warning ? QStringLiteral("warning")
                                                                    : QStringLiteral("info"));
    auto* row = new QHBoxLayout(banner);
    row->setContentsMargins(8, 4, 4, 4);
    auto* label = new QLabel(text, banner);
    label->setObjectName(QStringLiteral("bannerText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(technical);
    auto* close = new QToolButton(banner);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    //: tooltip of the close button of a notification
    close->setToolTip(tr("Dismiss"));
    row->addWidget(label, 1);
    row->addWidget(close);
    m_layout->addWidget(banner);
    connect(close, &QToolButton::clicked, banner, [this, banner] {
        banner->setProperty("dying", true);
        banner->hide();
        banner->deleteLater();
        QTimer::singleShot(0, this, [this] { setVisible(!messages().isEmpty()); });
    });
    if (timeoutMs < 0 && severity != Severity::Error)
        timeoutMs = 8000;
    if (timeoutMs > 0)
        QTimer::singleShot(timeoutMs, banner, [close] { close->click(); });
    // Keep the three newest.
    const auto banners = findChildren<QFrame*>(QStringLiteral("banner"), Qt::FindDirectChildrenOnly);
    for (int i = 0; i + 3 < banners.size(); ++i) {
        banners[i]->setProperty("dying", true);
        banners[i]->hide();
        banners[i]->deleteLater();
    }
    setVisible(true);
}

QStringList NotificationArea::messages() const
{
    QStringList out;
    for (QLabel* l : findChildren<QLabel*>(QStringLiteral("bannerText")))
        if (!l->parentWidget()->property("dying").toBool())
            out << l->text();
    return out;
}

void NotificationArea::clear()
{
    for (QFrame* f : findChildren<QFrame*>(QStringLiteral("banner"), Qt::FindDirectChildrenOnly))
        delete f;
    setVisible(false);
}

} // namespace relance::ui
