#pragma once
// Sign-in to Microsoft Graph as a public desktop client (no secret): refresh-token flow, device-code flow (headless,
// `relance-cli login`) and authorization code with PKCE through the system browser and a loopback redirect.
// The refresh token lives in the OS keychain (SecretStore, Secret::GraphRefreshToken; RELANCE_GRAPH_REFRESH_TOKEN wins)
// and is replaced whenever the server returns a new one. invalid_grant / interaction_required: "sign in again".
// Lives in one thread; every callback runs on that thread, only while its context is alive.
#include "net/Clock.h"
#include "config/Config.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTcpServer;

namespace relance {
class SecretStore;
}

namespace relance::mail {

struct AuthOptions
{
    QString authority;            // https://login.microsoftonline.com/{tenant}
    QString clientId;
    QString graphUrl;             // the scopes name this resource (national clouds)
    int timeoutSeconds = 30;
    static AuthOptions fromConfig(const MailConfig& mail);
};

QString graphScopes(const QString& graphUrl); // "openid offline_access <resource>/Mail.Send ..."

// PKCE helpers (RFC 7636), exposed for tests.
QString pkceVerifier();
QString pkceChallenge(const QString& verifier); // base64url(SHA-256(verifier)), no padding

struct DeviceCodePrompt
{
    QString userCode;
    QString verificationUri;
    QString message;              // the server's sentence for the user, in the user's language
    int expiresIn = 0;
};

class GraphAuth : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    GraphAuth(AuthOptions options, SecretStore* secrets, QObject* parent = nullptr);
    ~GraphAuth() override;
    // The clock that dates tokens and paces the device-code poll (default: the system clock); it must outlive this.
    void setClock(const net::Clock& clock) { m_clock = &clock; }

    // A valid access token: the cached one, else one from the refresh token (which is then replaced if rotated).
    void accessToken(QObject* context, TokenCallback done);
    // Forget the cached access token (after a 401), so the next call refreshes.
    void invalidate();
    // Set after invalid_grant / interaction_required or when there is no refresh token: a person must sign in.
    bool signInRequired() const { return m_signInRequired; }

    // Device-code flow. `prompt` gets what to show; `done` runs when signed in, declined, expired or failed.
    void signInWithDeviceCode(QObject* context, std::function<void(DeviceCodePrompt)> prompt, DoneCallback done);
    // Authorization code + PKCE: listens on a loopback port and returns the URL to open in the system browser.
    // `done` runs when the browser came back (or with an error). Opening the browser is the caller's job (ui, cli).
    Result<QUrl> signInWithBrowser(QObject* context, DoneCallback done);
    // Stops waiting for the browser (closes the loopback port); a `done` still pending is never called.
    void cancelBrowserSignIn();
    bool browserSignInPending() const;
    // Forgets the sign-in: the cached tokens and the refresh token in the keychain (an environment token stays: it is
    // not ours to remove). Afterwards a person must sign in again.
    void signOut(QObject* context, DoneCallback done);
    // The account of the last sign-in or refresh, from the id_token's preferred_username (else upn, email); empty
    // when the server did not say. Never a secret: the workstation shows it.
    QString account() const { return m_account; }

    // Seconds between device-code polls are the server's; tests shorten them (0: the server's).
    void setPollIntervalMs(int ms) { m_pollOverrideMs = ms; }

Q_SIGNALS:
    void refreshTokenReplaced();
    void signInNeeded(const QString& why);
    void accountChanged(const QString& account);

private:
    const net::Clock* m_clock = &net::systemClock();
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback done;
    };
    void refresh();
    void finishWaiters(const Result<QString>& r);
    void postToken(const QString& which, const QList<std::pair<QString, QString>>& form, QObject* context,
                   std::function<void(int status, const QByteArray& body)> done);
    // Takes the tokens of a successful answer; writes a new refresh token to the keychain, then calls done.
    void acceptTokens(const QByteArray& body, QObject* context, DoneCallback done);
    void pollDeviceCode(QString deviceCode, qint64 deadlineMs, int intervalMs, QObject* context, DoneCallback done);
    QUrl endpoint(const QString& name) const;

    AuthOptions m_options;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager* m_nam = nullptr;
    QString m_accessToken;
    QDateTime m_accessExpires;
    std::optional<QString> m_refreshToken;  // cached after the first read
    bool m_refreshFromEnvironment = false;
    bool m_refreshing = false;
    bool m_signInRequired = false;
    QList<Waiter> m_waiters;
    QTcpServer* m_loopback = nullptr;
    int m_pollOverrideMs = 0;
    QString m_account;
};

// The account named by an id_token (a JWT: the payload's preferred_username, else upn, else email); empty if none.
// The signature is not checked: the token came straight from the token endpoint over TLS and only names the account.
QString accountFromIdToken(const QString& idToken);

} // namespace relance::mail
