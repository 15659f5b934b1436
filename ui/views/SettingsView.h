#pragma once
// Admin: the configuration file, one page per connection (views/settings: database, accounting, CRM, language model,
// mail with the Microsoft 365 sign-in) and per concern (sending and replies, aging, the workstation). Secrets go to
// the OS keychain (never shown back); "Test connection" runs core's probe (core/probes, the same as `relance-cli
// check`) with the settings as typed. Saving validates the whole file before writing it.
#include "NotificationArea.h"
#include "ReviewSession.h"
#include "probes/ConnectionProbe.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace relance::ui {

class MailPage;
class SettingsPage;

class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& config);
    Config edited() const;
    bool save();
    void testConnection(const QString& service); // "database", "accounting", "crm", "llm", "mail"
    void testConnection(Connection connection);
    QLineEdit* field(const QString& key) const;
    QLabel* testResult(const QString& service) const;
    QSpinBox* spin(const QString& key) const;

    // Sign-in to Microsoft 365 (MailPage): the system browser, a loopback address, the refresh token to the keychain.
    void signIn();
    void signOut();
    QLabel* signInState() const;
    // How a URL reaches the system browser: QDesktopServices::openUrl unless replaced (tests play the browser).
    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);
    void configSaved();

private:
    void error(const QString& text) { Q_EMIT message(NotificationArea::Severity::Error, text); }

    ReviewSession& m_s;
    QList<SettingsPage*> m_pages; // in the order their settings are applied (aging before sending: the cap's currency)
    MailPage* m_mail;
};

} // namespace relance::ui
