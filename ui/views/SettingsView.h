#pragma once
#include "ReviewSession.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace relance::mail { class GraphAuth; }

namespace relance::ui {

// Admin: the keys of the configuration file, secrets into the OS keychain (never shown back), a connection test
// per service, aging thresholds, sending (rate, freshness window, reply pause, auto-send policy) and the sign-in to
// Microsoft 365 through the system browser (authorization code with PKCE, core/mail/GraphAuth). Saving validates the
// whole file before writing it.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& config);
    Config edited() const;
    bool save();
    void testConnection(const QString& service);
    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QLabel* testResult(const QString& service) const { return m_testResults.value(service); }
    QSpinBox* spin(const QString& key) const { return m_spins.value(key); }

    // Sign-in to Microsoft 365: opens the system browser on Entra ID's page and waits, without blocking, for it to
    // come back to a loopback address; the refresh token goes to the keychain. Calling it again while waiting cancels.
    void signIn();
    void signOut();
    QLabel* signInState() const { return m_signInState; }
    // How a URL reaches the system browser: QDesktopServices::openUrl unless replaced (tests play the browser).
    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    void message(int severity, const QString& text);
    void configSaved();

private:
    QLineEdit* line(const QString& key);
    QWidget* secretRow(Secret s);
    QWidget* testRow(const QString& service);
    QWidget* signInRow();
    QSpinBox* spinBox(const QString& key, int lo, int hi, const QString& suffix);
    void showSignInState();
    void setSignInText(const QString& text, const QString& colour = {});
    void rememberAccount(const QString& account);
    ReviewSession& m_s;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QLabel*> m_testResults;
    QHash<int, QLabel*> m_secretState;
    QComboBox* m_accountingSource;
    QComboBox* m_crmSource;
    QComboBox* m_llmProvider;
    QComboBox* m_mailTransport;
    QComboBox* m_language;
    QSpinBox* m_light;
    QSpinBox* m_moderate;
    QSpinBox* m_dsoWindow;
    QCheckBox* m_autoSend;
    QHash<QString, QSpinBox*> m_spins;
    QLabel* m_signInState = nullptr;
    QLabel* m_signInLink = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    QPointer<mail::GraphAuth> m_auth;   // the browser sign-in in progress, if any
};

} // namespace relance::ui
