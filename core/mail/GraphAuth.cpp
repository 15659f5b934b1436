#include "mail/GraphAuth.h"

#include "net/HttpClient.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace relance::mail {

AuthOptions AuthOptions::fromConfig(const MailConfig& mail)
{
    return AuthOptions{mail.authority, mail.clientId, mail.graphUrl, mail.timeoutSeconds};
}

QString graphScopes(const QString& graphUrl)
{
    const QUrl u(graphUrl);
    QString resource = u.scheme() + QStringLiteral("://") + u.host();
    if (u.port() > 0)
        resource += QStringLiteral(":%1").arg(u.port());
    return QStringLiteral("openid offline_access %1/Mail.Send %1/Mail.ReadWrite %1/Tasks.ReadWrite").arg(resource);
}

QString pkceVerifier()
{
    QByteArray bytes(48, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString pkceChallenge(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {
QByteArray formEncode(const QList<std::pair<QString, QString>>& form)
{
    QByteArray out;
    for (const auto& [k, v] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

struct OAuthError
{
    QString code;
    QString description;
};
OAuthError oauthError(const QByteArray& body)
{
    const auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return {};
    // A proxy may answer {"error":{...}}: json::value() would throw on a non-string, so read strings only.
    auto text = [&](const char* key) {
        return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
    };
    return {text("error"), text("error_description").section(u'\n', 0, 0)};
}
} // namespace

GraphAuth::GraphAuth(AuthOptions options, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_secrets(secrets), m_nam(new QNetworkAccessManager(this))
{
}

GraphAuth::~GraphAuth()
{
    // Requests in flight end without their callbacks, before the access manager goes.
    qDeleteAll(findChildren<net::HttpClient*>(Qt::FindDirectChildrenOnly));
}

QUrl GraphAuth::endpoint(const QString& name) const
{
    QString base = m_options.authority;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + QStringLiteral("/oauth2/v2.0/") + name);
}

void GraphAuth::invalidate()
{
    m_accessToken.clear();
    m_accessExpires = {};
}

void GraphAuth::accessToken(QObject* context, TokenCallback done)
{
    if (!m_accessToken.isEmpty() && m_clock->nowUtc().secsTo(m_accessExpires) > 60) {
        QTimer::singleShot(0, context, [done, t = m_accessToken] { done(t); });
        return;
    }
    m_waiters.push_back({context, std::move(done)});
    if (!m_refreshing)
        refresh();
}

void GraphAuth::finishWaiters(const Result<QString>& r)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters)
        if (w.context)
            w.done(r);
}

void GraphAuth::refresh()
{
    m_refreshing = true;
    if (m_options.clientId.isEmpty()) {
        finishWaiters(fail(ErrorCode::Config, QStringLiteral("[mail] clientId is empty: the app registration's "
                                                             "client id is needed to sign in to Microsoft 365")));
        return;
    }
    auto withToken = [this](const QString& refreshToken) {
        postToken(QStringLiteral("token"), {{QStringLiteral("client_id"), m_options.clientId},
                   {QStringLiteral("scope"), graphScopes(m_options.graphUrl)},
                   {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), refreshToken}},
                  this, [this](int status, const QByteArray& body) {
                      if (status == 200) {
                          acceptTokens(body, this, [this](Result<void> ok) {
                              if (!ok)
                                  finishWaiters(std::unexpected(ok.error()));
                              else
                                  finishWaiters(m_accessToken);
                          });
                          return;
                      }
                      const OAuthError e = oauthError(body);
                      if (e.code == QStringLiteral("invalid_grant") || e.code == QStringLiteral("interaction_required")) {
                          m_signInRequired = true;
                          const QString why = QStringLiteral("sign in again: the saved sign-in was refused (%1: %2)")
                                                  .arg(e.code, e.description);
                          Q_EMIT signInNeeded(why);
                          finishWaiters(fail(ErrorCode::AuthRejected, why));
                          return;
                      }
                      finishWaiters(fail(status == 0 ? ErrorCode::Network
                                         : status >= 500 ? ErrorCode::Server
                                                         : ErrorCode::AuthRejected,
                                         QStringLiteral("token refresh failed (HTTP %1 from %2): %3 %4")
                                             .arg(status)
                                             .arg(endpoint(QStringLiteral("token")).toString(), e.code, e.description)));
                  });
    };
    if (m_refreshToken) {
        withToken(*m_refreshToken);
        return;
    }
    if (auto env = secretFromEnvironment(Secret::GraphRefreshToken)) {
        m_refreshToken = *env;
        m_refreshFromEnvironment = true;
        withToken(*env);
        return;
    }
    if (!m_secrets) {
        m_signInRequired = true;
        finishWaiters(fail(ErrorCode::AuthRejected, QStringLiteral("not signed in: run relance-cli login")));
        return;
    }
    m_secrets->read(Secret::GraphRefreshToken, this, [this, withToken](Result<QString> r) {
        if (!r || r->isEmpty()) {
            m_signInRequired = true;
            const QString why = !r && r.error().code != ErrorCode::NotFound
                                    ? QStringLiteral("the keychain could not be read: %1").arg(r.error().detail)
                                    : QStringLiteral("not signed in to Microsoft 365: run relance-cli login");
            Q_EMIT signInNeeded(why);
            finishWaiters(fail(ErrorCode::AuthRejected, why));
            return;
        }
        m_refreshToken = *r;
        withToken(*r);
    });
}

void GraphAuth::postToken(const QString& which, const QList<std::pair<QString, QString>>& form, QObject* context,
                          std::function<void(int, const QByteArray&)> done)
{
    net::HttpRequest req;
    req.url = endpoint(which);
    req.verb = "POST";
    req.body = formEncode(form);
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    req.timeoutMs = m_options.timeoutSeconds * 1000;
    req.what = QStringLiteral("sign-in (%1)").arg(which);
    req.everyAnswer = true; // the OAuth answers (400 invalid_grant, authorization_pending...) are read here
    auto* http = new net::HttpClient(m_nam, net::RetryPolicy{}, *m_clock, this);
    QPointer<QObject> guard(context);
    http->send(std::move(req), [http, guard, done](Result<net::HttpResponse> r) {
        http->deleteLater();
        if (!guard)
            return;
        if (!r) {
            // No HTTP answer (refused TLS certificate, connection refused, timeout, a redirect to another origin):
            // say why, in the OAuth error shape the callers already report.
            const nlohmann::json why = {{"error", "no-answer"}, {"error_description", r.error().detail.toStdString()}};
            done(0, QByteArray::fromStdString(why.dump()));
            return;
        }
        done(r->status, r->body);
    });
}

void GraphAuth::acceptTokens(const QByteArray& body, QObject* context, DoneCallback done)
{
    const auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("access_token") || !j["access_token"].is_string()) {
        QTimer::singleShot(0, context, [done] {
            done(fail(ErrorCode::Parse, QStringLiteral("the token endpoint answered without an access_token")));
        });
        return;
    }
    m_accessToken = QString::fromStdString(j["access_token"].get<std::string>());
    if (j.contains("id_token") && j["id_token"].is_string())
        if (const QString account = accountFromIdToken(QString::fromStdString(j["id_token"].get<std::string>()));
            !account.isEmpty() && account != m_account) {
            m_account = account;
            Q_EMIT accountChanged(account);
        }
    const int expiresIn = j.contains("expires_in") && j["expires_in"].is_number_integer() ? j["expires_in"].get<int>() : 3599;
    m_accessExpires = m_clock->nowUtc().addSecs(expiresIn);
    m_signInRequired = false;
    const QString newRefresh = j.contains("refresh_token") && j["refresh_token"].is_string()
                                   ? QString::fromStdString(j["refresh_token"].get<std::string>())
                                   : QString();
    if (newRefresh.isEmpty() || (m_refreshToken && *m_refreshToken == newRefresh)) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    m_refreshToken = newRefresh;
    if (m_refreshFromEnvironment || !m_secrets) {
        // The environment wins over the keychain; the rotated token is used for the rest of this run.
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    m_secrets->write(Secret::GraphRefreshToken, newRefresh, context, [this, done](Result<void> ok) {
        if (!ok)
            spdlog::warn("the new Graph refresh token could not be saved: {}", ok.error().toString().toStdString());
        else
            Q_EMIT refreshTokenReplaced();
        done(ok);
    });
}

void GraphAuth::signInWithDeviceCode(QObject* context, std::function<void(DeviceCodePrompt)> prompt, DoneCallback done)
{
    if (m_options.clientId.isEmpty()) {
        QTimer::singleShot(0, context, [done] {
            done(fail(ErrorCode::Config, QStringLiteral("[mail] clientId is empty: set the app registration's client id")));
        });
        return;
    }
    postToken(QStringLiteral("devicecode"), {{QStringLiteral("client_id"), m_options.clientId}, {QStringLiteral("scope"), graphScopes(m_options.graphUrl)}},
              context, [this, context, prompt, done](int status, const QByteArray& body) {
                  const auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
                  if (status != 200 || j.is_discarded() || !j.is_object() || !j.contains("device_code")) {
                      const OAuthError e = oauthError(body);
                      done(fail(status == 0 ? ErrorCode::Network : ErrorCode::AuthRejected,
                                QStringLiteral("device-code sign-in refused (HTTP %1): %2 %3").arg(status).arg(e.code, e.description)));
                      return;
                  }
                  DeviceCodePrompt p;
                  p.userCode = QString::fromStdString(j.value("user_code", std::string()));
                  p.verificationUri = QString::fromStdString(j.value("verification_uri", std::string()));
                  p.message = QString::fromStdString(j.value("message", std::string()));
                  p.expiresIn = j.value("expires_in", 900);
                  const int interval = j.value("interval", 5);
                  prompt(p);
                  pollDeviceCode(QString::fromStdString(j["device_code"].get<std::string>()),
                                 m_clock->nowUtc().toMSecsSinceEpoch() + qint64(p.expiresIn) * 1000,
                                 m_pollOverrideMs > 0 ? m_pollOverrideMs : qMax(1, interval) * 1000, context, done);
              });
}

void GraphAuth::pollDeviceCode(QString deviceCode, qint64 deadlineMs, int intervalMs, QObject* context, DoneCallback done)
{
    m_clock->after(intervalMs, context, [this, deviceCode, deadlineMs, intervalMs, context, done] {
        postToken(QStringLiteral("token"), {{QStringLiteral("client_id"), m_options.clientId},
                   {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {QStringLiteral("device_code"), deviceCode}},
                  context, [=, this](int status, const QByteArray& body) {
                      if (status == 200) {
                          m_refreshFromEnvironment = false;
                          m_refreshToken.reset();
                          acceptTokens(body, context, done);
                          return;
                      }
                      const OAuthError e = oauthError(body);
                      if (e.code == QStringLiteral("authorization_pending") || e.code == QStringLiteral("slow_down")) {
                          if (m_clock->nowUtc().toMSecsSinceEpoch() > deadlineMs) {
                              done(fail(ErrorCode::Timeout, QStringLiteral("the sign-in code expired before it was used")));
                              return;
                          }
                          pollDeviceCode(deviceCode, deadlineMs,
                                         e.code == QStringLiteral("slow_down") && m_pollOverrideMs == 0 ? intervalMs + 5000 : intervalMs, context, done);
                          return;
                      }
                      const ErrorCode code = e.code == QStringLiteral("expired_token") ? ErrorCode::Timeout
                                             : e.code == QStringLiteral("authorization_declined") ? ErrorCode::Cancelled
                                                                                                 : ErrorCode::AuthRejected;
                      done(fail(code, QStringLiteral("sign-in ended: %1 %2").arg(e.code, e.description)));
                  });
    });
}

QString accountFromIdToken(const QString& idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    const auto j = nlohmann::json::parse(payload.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return {};
    for (const char* claim : {"preferred_username", "upn", "email"})
        if (j.contains(claim) && j[claim].is_string() && !j[claim].get<std::string>().empty())
            return QString::fromStdString(j[claim].get<std::string>());
    return {};
}

void GraphAuth::cancelBrowserSignIn()
{
    if (!m_loopback)
        return;
    m_loopback->close();
    m_loopback->deleteLater(); // its connections (and the pending `done`) go with it
    m_loopback = nullptr;
}

bool GraphAuth::browserSignInPending() const { return m_loopback && m_loopback->isListening(); }

void GraphAuth::signOut(QObject* context, DoneCallback done)
{
    cancelBrowserSignIn();
    invalidate();
    m_refreshToken.reset();
    m_refreshFromEnvironment = false;
    m_signInRequired = true;
    m_account.clear();
    if (!m_secrets) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    m_secrets->remove(Secret::GraphRefreshToken, context, [done](Result<void> r) {
        // Nothing stored is as signed out as it gets.
        if (!r && r.error().code != ErrorCode::NotFound)
            done(r);
        else
            done({});
    });
}

Result<QUrl> GraphAuth::signInWithBrowser(QObject* context, DoneCallback done)
{
    if (m_options.clientId.isEmpty())
        return fail(ErrorCode::Config, QStringLiteral("[mail] clientId is empty: set the app registration's client id"));
    delete m_loopback;
    m_loopback = new QTcpServer(this);
    if (!m_loopback->listen(QHostAddress::LocalHost, 0))
        return fail(ErrorCode::Io, QStringLiteral("cannot listen on a loopback port: %1").arg(m_loopback->errorString()));
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/").arg(m_loopback->serverPort());
    const QString verifier = pkceVerifier();
    const QString state = pkceVerifier().left(24);
    QUrl url = endpoint(QStringLiteral("authorize"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    q.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    q.addQueryItem(QStringLiteral("scope"), graphScopes(m_options.graphUrl));
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), pkceChallenge(verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);

    QPointer<QObject> guard(context);
    QTcpServer* server = m_loopback;
    connect(server, &QTcpServer::newConnection, this, [=, this] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [=, this] {
                if (!socket->canReadLine())
                    return;
                const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
                const QUrl target(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(requestLine.value(1)));
                const QUrlQuery answer(target);
                const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                const QString error = answer.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
                const bool stateOk = answer.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == state;
                if (code.isEmpty() && error.isEmpty()) { // favicon and the like
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                const QByteArray page = (code.isEmpty() || !stateOk)
                                            ? QByteArrayLiteral("<html><body>Sign-in failed. You can close this window.</body></html>")
                                            : QByteArrayLiteral("<html><body>Signed in to Relance. You can close this window.</body></html>");
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                              "Content-Length: " + QByteArray::number(page.size()) + "\r\n\r\n" + page);
                socket->disconnectFromHost();
                server->close();
                if (!guard || m_loopback != server) // cancelled meanwhile
                    return;
                if (!guard)
                    return;
                if (!stateOk) {
                    done(fail(ErrorCode::AuthRejected, QStringLiteral("sign-in answer with a wrong state: ignored")));
                    return;
                }
                if (code.isEmpty()) {
                    done(fail(ErrorCode::AuthRejected,
                              QStringLiteral("sign-in refused: %1 %2")
                                  .arg(error, answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded))));
                    return;
                }
                postToken(QStringLiteral("token"), {{QStringLiteral("client_id"), m_options.clientId},
                           {QStringLiteral("scope"), graphScopes(m_options.graphUrl)},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("redirect_uri"), redirect},
                           {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code_verifier"), verifier}},
                          guard, [=, this](int status, const QByteArray& body) {
                              if (status == 200) {
                                  m_refreshFromEnvironment = false;
                                  m_refreshToken.reset();
                                  acceptTokens(body, guard, done);
                                  return;
                              }
                              const OAuthError e = oauthError(body);
                              done(fail(ErrorCode::AuthRejected,
                                        QStringLiteral("code exchange refused (HTTP %1): %2 %3").arg(status).arg(e.code, e.description)));
                          });
            });
        }
    });
    return url;
}

} // namespace relance::mail
