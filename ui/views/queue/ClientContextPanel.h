#pragma once
// The client behind the draft in the editor, in four tabs: the reminder's invoices, the CRM history, earlier
// reminders and replies, and promises to pay. It reads through core (Store, ClientActions, core/queries) only.
#include "NotificationArea.h"
#include "ReviewSession.h"

#include <QTabWidget>

class QTextBrowser;

namespace relance::ui {

class ClientContextPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit ClientContextPanel(ReviewSession& session, QWidget* parent = nullptr);

    void showContext(const Reminder& r);
    void clear();

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);

private:
    void report(const Error& e, const QString& what);

    ReviewSession& m_s;
    QTextBrowser* m_invoices;
    QTextBrowser* m_history;
    QTextBrowser* m_previous;
    QTextBrowser* m_promises;
};

} // namespace relance::ui
