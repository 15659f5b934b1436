#pragma once
// The mail connection: the transport, the Microsoft 365 application and mailbox, the outbox folder, and the sign-in
// through the system browser (authorization code with PKCE, core/mail/GraphAuth); the refresh token goes to the
// keychain, the account's name (not a secret) to the database.
#include "SettingsPage.h"

#include <QPointer>
#include <QUrl>
#include <functional>

class QComboBox;
class QPushButton;

namespace relance::mail {
class GraphAuth;
}

namespace relance::ui {

class MailPage : public SettingsPage
{
    Q_OBJECT
public:
    MailPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

    // Opens the system browser on Entra ID's page and waits, without blocking, for it to come back to a loopback
    // address. Calling it again while waiting cancels.
    void signIn();
    void signOut();
    QLabel* signInState() const { return m_signInState; }
    // A probe or a sign-in learnt something about the stored sign-in.
    void signInNeeded(const QString& why);
    void rememberAccount(const QString& account);

    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

private:
    QWidget* signInRow();
    void showSignInState();
    void setSignInText(const QString& text, const QString& colour = {});

    QComboBox* m_transport;
    QLabel* m_signInState = nullptr;
    QLabel* m_signInLink = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    QPointer<mail::GraphAuth> m_auth; // the browser sign-in in progress, if any
};

} // namespace relance::ui
