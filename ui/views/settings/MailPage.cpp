#include "MailPage.h"

#include "ErrorText.h"
#include "mail/GraphAuth.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace relance::ui {

// These strings were SettingsView's: they keep its translation context, so the reviewed translations stay attached.

MailPage::MailPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Mail (Microsoft 365)"), session, parent)
{
    m_transport = choice({QStringLiteral("outbox-dir"), QStringLiteral("graph")});
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Transport"), m_transport);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Application (client) ID"),
                   line(QStringLiteral("mail/clientId")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Mailbox"),
                   line(QStringLiteral("mail/mailbox")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Outbox folder"),
                   line(QStringLiteral("mail/outboxDir")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Sign-in"), signInRow());
    form()->addRow(testRow(Connection::Mail));
    showSignInState();
}

void MailPage::load(const Config& c)
{
    setChoice(m_transport, choiceName(c.mail.transport));
    field(QStringLiteral("mail/clientId"))->setText(c.mail.clientId);
    field(QStringLiteral("mail/mailbox"))->setText(c.mail.mailbox);
    field(QStringLiteral("mail/outboxDir"))->setText(c.mail.outboxDir);
}

void MailPage::apply(Config& c) const
{
    c.mail.transport = parseChoice<MailTransport>(m_transport->currentData().toString()).value_or(c.mail.transport);
    c.mail.clientId = text(QStringLiteral("mail/clientId"));
    c.mail.mailbox = text(QStringLiteral("mail/mailbox"));
    c.mail.outboxDir = text(QStringLiteral("mail/outboxDir"));
}

void MailPage::signInNeeded(const QString& why)
{
    setSignInText(
        QCoreApplication::translate("relance::ui::SettingsView", "Sign in again: the saved sign-in no longer works."),
        QStringLiteral("#b82e2e"));
    m_signInState->setToolTip(why); // the server's own words, for support
}

namespace {
MailPage::UrlOpener& urlOpener()
{
    static MailPage::UrlOpener opener;
    return opener;
}
const QString kAccountKey = QStringLiteral("mail.account"); // sync_state: who signed in (not a secret)
} // namespace

void MailPage::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

QWidget* MailPage::signInRow()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    auto* l = new QHBoxLayout;
    m_signInState = new QLabel(w);
    m_signInState->setObjectName(QStringLiteral("mail/signInState"));
    m_signInState->setWordWrap(true);
    m_signInButton = new QPushButton(QCoreApplication::translate("relance::ui::SettingsView", "Sign in…"), w);
    m_signInButton->setObjectName(QStringLiteral("mail/signIn"));
    m_signInButton->setToolTip(QCoreApplication::translate("relance::ui::SettingsView",
                                                           "Opens the Microsoft 365 sign-in page in your browser"));
    m_signOutButton = new QPushButton(QCoreApplication::translate("relance::ui::SettingsView", "Sign out"), w);
    m_signOutButton->setObjectName(QStringLiteral("mail/signOut"));
    m_signOutButton->setToolTip(
        QCoreApplication::translate("relance::ui::SettingsView", "Removes the saved sign-in from the keychain"));
    // State on its own line, buttons under it: the row stays narrow in every language.
    v->addWidget(m_signInState);
    l->addWidget(m_signInButton);
    l->addWidget(m_signOutButton);
    l->addStretch(1);
    v->addLayout(l);
    m_signInLink = new QLabel(w);
    m_signInLink->setObjectName(QStringLiteral("cardCaption"));
    m_signInLink->setWordWrap(true);
    m_signInLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_signInLink->setOpenExternalLinks(false);
    m_signInLink->hide();
    v->addWidget(m_signInLink);
    connect(m_signInButton, &QPushButton::clicked, this, &MailPage::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &MailPage::signOut);
    connect(m_signInLink, &QLabel::linkActivated, this, [](const QString& link) {
        if (urlOpener())
            urlOpener()(QUrl(link));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    return w;
}

void MailPage::setSignInText(const QString& text, const QString& colour)
{
    m_signInState->setToolTip(QString());
    m_signInState->setText(colour.isEmpty()
                               ? text.toHtmlEscaped()
                               : QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, text.toHtmlEscaped()));
}

void MailPage::showSignInState()
{
    if (!m_s.secrets) {
        setSignInText(QCoreApplication::translate("relance::ui::SettingsView", "keychain not available"));
        m_signInButton->setEnabled(false);
        m_signOutButton->setEnabled(false);
        return;
    }
    setSignInText(QCoreApplication::translate("relance::ui::SettingsView", "checking…"));
    m_s.secrets->read(Secret::GraphRefreshToken, this, [this](Result<QString> r) {
        if (m_auth) // a sign-in started meanwhile: its own progress is shown
            return;
        if (!r) {
            setSignInText(r.error().code == ErrorCode::NotFound
                              ? QCoreApplication::translate("relance::ui::SettingsView", "Not signed in")
                              : QCoreApplication::translate("relance::ui::SettingsView", "keychain unavailable"));
            m_signOutButton->setEnabled(false);
            return;
        }
        const bool fromEnvironment = secretFromEnvironment(Secret::GraphRefreshToken).has_value();
        auto account = m_s.store->syncValue(kAccountKey);
        const QString who = account && *account ? **account : QString();
        setSignInText(fromEnvironment ? QCoreApplication::translate("relance::ui::SettingsView",
                                                                    "Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)")
                      : who.isEmpty()
                          ? QCoreApplication::translate("relance::ui::SettingsView", "Signed in")
                          : QCoreApplication::translate("relance::ui::SettingsView", "Signed in as %1").arg(who),
                      QStringLiteral("#2e7d32"));
        m_signOutButton->setEnabled(!fromEnvironment);
    });
}

void MailPage::rememberAccount(const QString& account)
{
    if (account.isEmpty())
        return;
    auto ok = m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, account); });
    if (!ok)
        Q_EMIT message(NotificationArea::Severity::Warning,
                       ErrorText::failed(QCoreApplication::translate("relance::ui::SettingsView",
                                                                     "Signed in, but the account name was not saved"),
                                         ok.error()));
}

void MailPage::signIn()
{
    if (m_auth) { // the button reads "Cancel sign-in" while waiting
        m_auth->cancelBrowserSignIn();
        m_auth->deleteLater();
        m_auth = nullptr;
        m_signInLink->hide();
        m_signInButton->setText(QCoreApplication::translate("relance::ui::SettingsView", "Sign in…"));
        showSignInState();
        return;
    }
    if (!m_s.secrets)
        return;
    Config c = m_s.config; // the client id as typed, saved or not
    apply(c);
    m_auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(c.mail), m_s.secrets, this);
    connect(m_auth, &mail::GraphAuth::accountChanged, this, &MailPage::rememberAccount);
    QPointer<mail::GraphAuth> auth = m_auth;
    auto url = m_auth->signInWithBrowser(this, [this, auth](Result<void> r) {
        if (!auth || auth != m_auth)
            return; // cancelled
        const QString account = auth->account();
        auth->deleteLater();
        m_auth = nullptr;
        m_signInLink->hide();
        m_signInButton->setText(QCoreApplication::translate("relance::ui::SettingsView", "Sign in…"));
        if (!r) {
            setSignInText(ErrorText::failed(QCoreApplication::translate("relance::ui::SettingsView", "Sign-in failed"),
                                            r.error()),
                          QStringLiteral("#b82e2e"));
            m_signInState->setToolTip(ErrorText::technical(r.error()));
            Q_EMIT message(NotificationArea::Severity::Error,
                           ErrorText::failed(QCoreApplication::translate("relance::ui::SettingsView",
                                                                         "The sign-in to Microsoft 365 failed"),
                                             r.error()));
            return;
        }
        if (account.isEmpty()) // the server did not name the account: forget an older name
            (void)m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, QString()); });
        setSignInText(account.isEmpty()
                          ? QCoreApplication::translate("relance::ui::SettingsView", "Signed in")
                          : QCoreApplication::translate("relance::ui::SettingsView", "Signed in as %1").arg(account),
                      QStringLiteral("#2e7d32"));
        m_signOutButton->setEnabled(!secretFromEnvironment(Secret::GraphRefreshToken).has_value());
        Q_EMIT message(
            NotificationArea::Severity::Info,
            account.isEmpty()
                ? QCoreApplication::translate("relance::ui::SettingsView",
                                              "Signed in to Microsoft 365; the sign-in is kept in the keychain.")
                : QCoreApplication::translate("relance::ui::SettingsView",
                                              "Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.")
                      .arg(account));
    });
    if (!url) {
        m_auth->deleteLater();
        m_auth = nullptr;
        setSignInText(
            ErrorText::failed(QCoreApplication::translate("relance::ui::SettingsView", "Sign-in failed"), url.error()),
            QStringLiteral("#b82e2e"));
        return;
    }
    m_signInButton->setText(QCoreApplication::translate("relance::ui::SettingsView", "Cancel sign-in"));
    setSignInText(
        QCoreApplication::translate("relance::ui::SettingsView", "Waiting for you to sign in in the browser…"));
    const QString address = url->toString(QUrl::FullyEncoded);
    m_signInLink->setText(
        QCoreApplication::translate("relance::ui::SettingsView",
                                    "If no browser opened, <a href=\"%1\">open the sign-in page</a> on this computer.")
            .arg(address.toHtmlEscaped()));
    m_signInLink->show();
    const bool opened = urlOpener() ? urlOpener()(*url) : QDesktopServices::openUrl(*url);
    if (!opened)
        Q_EMIT message(
            NotificationArea::Severity::Warning,
            QCoreApplication::translate("relance::ui::SettingsView",
                                        "No browser could be opened: use the link under Sign-in on this computer."));
    // Nobody came back: stop listening after a while, as the command line does.
    QTimer::singleShot(std::chrono::minutes(10), auth.data(), [this, auth] {
        if (auth && auth == m_auth) {
            signIn(); // cancels
            setSignInText(
                QCoreApplication::translate("relance::ui::SettingsView",
                                            "Sign-in timed out: the browser did not come back within 10 minutes."),
                QStringLiteral("#b82e2e"));
        }
    });
}

void MailPage::signOut()
{
    if (!m_s.secrets)
        return;
    if (m_auth)
        signIn(); // cancel a sign-in in progress
    auto* auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(m_s.config.mail), m_s.secrets, this);
    setSignInText(QCoreApplication::translate("relance::ui::SettingsView", "Signing out…"));
    auth->signOut(this, [this, auth](Result<void> r) {
        auth->deleteLater();
        if (!r) {
            setSignInText(ErrorText::failed(QCoreApplication::translate("relance::ui::SettingsView", "Sign-out failed"),
                                            r.error()),
                          QStringLiteral("#b82e2e"));
            return;
        }
        (void)m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, QString()); });
        setSignInText(QCoreApplication::translate("relance::ui::SettingsView", "Not signed in"));
        m_signOutButton->setEnabled(false);
        Q_EMIT message(NotificationArea::Severity::Info,
                       QCoreApplication::translate("relance::ui::SettingsView",
                                                   "Signed out: the saved sign-in was removed from the keychain."));
    });
}

} // namespace relance::ui
