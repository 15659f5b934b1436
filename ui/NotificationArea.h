#pragma once
// Messages that never block: a stack of banners at the top of the window, each with a close button;
// information fades after a while, errors stay until closed (nobody has to dismiss a box at 7 a.m.).
#include <QFrame>

class QVBoxLayout;

namespace relance::ui {

class NotificationArea : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)
    explicit NotificationArea(QWidget* parent = nullptr);
    void show(Severity severity, const QString& text, int timeoutMs = -1); // -1: errors stay, others 8 s
    // With the English technical detail of an error (ErrorText::technical) as the banner's tooltip, for support.
    void show(Severity severity, const QString& text, const QString& technical, int timeoutMs = -1);
    QStringList messages() const;                                        // for tests: what is shown now
    void clear();

private:
    QVBoxLayout* m_layout;
};

} // namespace relance::ui
