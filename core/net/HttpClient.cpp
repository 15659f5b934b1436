#include "net/HttpClient.h"

#include <QNetworkRequest>
#include <spdlog/spdlog.h>

namespace relance::net {

using namespace std::chrono;

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE" || verb == "OPTIONS";
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString describeUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

HttpClient::HttpClient(QNetworkAccessManager* nam, RetryPolicy policy, QObject* parent)
    : HttpClient(nam, policy, systemClock(), parent)
{
}

HttpClient::HttpClient(QNetworkAccessManager* nam, RetryPolicy policy, const Clock& clock, QObject* parent)
    : QObject(parent), m_nam(nam), m_policy(policy), m_clock(clock)
{
}

HttpClient::~HttpClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_waitGuard;
}

Error HttpClient::error(ErrorCode code, const QString& detail, int status) const
{
    return Error{code, detail, m_request.url.host(), status};
}

void HttpClient::send(HttpRequest request, Callback done)
{
    if (m_busy) {
        done(fail(ErrorCode::Internal, QStringLiteral("HttpClient: a request is already in flight")));
        return;
    }
    m_request = std::move(request);
    m_done = std::move(done);
    m_attempt = 0;
    m_busy = true;
    m_cancelling = false;
    attempt();
}

void HttpClient::cancel()
{
    if (!m_busy)
        return;
    m_cancelling = true;
    delete m_waitGuard;
    m_waitGuard = nullptr;
    // Synchronous: the callback has run (with Cancelled) when cancel() returns.
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(std::unexpected(error(ErrorCode::Cancelled, QStringLiteral("cancelled: %1").arg(m_request.what))));
}

void HttpClient::attempt()
{
    if (!m_nam) {
        finish(std::unexpected(error(ErrorCode::Internal, QStringLiteral("no network access manager"))));
        return;
    }
    ++m_attempt;
    QNetworkRequest req(m_request.url);
    req.setTransferTimeout(m_request.timeoutMs);
    // Same origin only: a redirect must not carry the API key or token to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_request.http2)
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    if (m_request.verb == "GET")
        m_reply = m_nam->get(req);
    else
        m_reply = m_nam->sendCustomRequest(req, m_request.verb, m_request.body);
    // No sslErrors handler: Qt then refuses the connection, which is what we want (never ignoreSslErrors).
    connect(m_reply, &QNetworkReply::finished, this, &HttpClient::onFinished);
}

void HttpClient::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = QStringLiteral("%1 (%2)").arg(m_request.what, describeUrl(m_request.url));
    const bool mayRepeat = m_request.isIdempotent();

    if (m_cancelling) {
        finish(std::unexpected(error(ErrorCode::Cancelled, QStringLiteral("cancelled: %1").arg(where))));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();

    // everyAnswer: an answer that broke off mid-body goes back to the caller with its status (below).
    if (status == 0 || (err != QNetworkReply::NoError && status < (m_request.everyAnswer ? 300 : 400))) {
        // No HTTP answer, one that broke off, or a redirect that was refused: transport trouble.
        switch (err) {
        case QNetworkReply::SslHandshakeFailedError:
            finish(std::unexpected(error(
                ErrorCode::Network, QStringLiteral("%1: the TLS certificate or handshake was refused (%2); not retried")
                                        .arg(where, reply->errorString()))));
            return;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            finish(std::unexpected(
                error(ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString()), status)));
            return;
        case QNetworkReply::OperationCanceledError: // setTransferTimeout aborts this way
        case QNetworkReply::TimeoutError:
            retryOrFail(error(ErrorCode::Timeout,
                              QStringLiteral("%1: no answer within %2 s").arg(where).arg(m_request.timeoutMs / 1000.0)),
                        -1, mayRepeat);
            return;
        default:
            if (status >= 300) {
                // A cross-origin redirect: Qt stops there; following it would hand our credentials to another host.
                finish(std::unexpected(error(
                    ErrorCode::Network,
                    QStringLiteral("%1: redirected to another origin (%2); not followed")
                        .arg(where, describeUrl(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl())),
                    status)));
                return;
            }
            retryOrFail(error(ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString())), -1,
                        mayRepeat);
            return;
        }
    }

    HttpResponse r;
    r.status = status;
    r.url = m_request.url;
    r.headers = reply->rawHeaderPairs();
    r.attempts = m_attempt;
    if (status >= 300 && status < 400) {
        finish(std::unexpected(error(ErrorCode::Network,
                                     QStringLiteral("%1: redirected to another origin (%2); not followed")
                                         .arg(where, QString::fromLatin1(r.header("Location"))),
                                     status)));
        return;
    }
    if (m_request.everyAnswer) {
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (err != QNetworkReply::NoError) {
            r.broken = err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError
                           ? HttpResponse::Break::Timeout
                       : err == QNetworkReply::RemoteHostClosedError ? HttpResponse::Break::Closed
                                                                     : HttpResponse::Break::Other;
            r.errorString = reply->errorString();
        }
        finish(std::move(r));
        return;
    }
    if (status == 401 || status == 403) {
        finish(std::unexpected(
            error(ErrorCode::AuthRejected,
                  QStringLiteral("%1: credentials rejected (HTTP %2); check the key or token").arg(where).arg(status),
                  status)));
        return;
    }
    if (status == 429 || status == 408 || status >= 500) {
        const qint64 retryAfter = retryAfterFromHeaders(r.headers, m_clock.nowUtc());
        const ErrorCode code = status == 429   ? ErrorCode::RateLimited
                               : status == 408 ? ErrorCode::Timeout
                                               : ErrorCode::Server;
        // 429: the server did not carry the request out, so it is always safe to repeat.
        retryOrFail(error(code, QStringLiteral("%1: HTTP %2").arg(where).arg(status), status), retryAfter,
                    status == 429 || mayRepeat);
        return;
    }
    r.body = reply->readAll();
    if (err != QNetworkReply::NoError && status < 300) {
        // An answer that broke off mid-body.
        retryOrFail(error(ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString()), status), -1,
                    mayRepeat);
        return;
    }
    finish(std::move(r));
}

void HttpClient::retryOrFail(Error e, qint64 retryAfterMs, bool mayRepeat)
{
    if (m_request.everyAnswer) { // the caller decides whether to repeat
        finish(std::unexpected(e));
        return;
    }
    if (!mayRepeat) {
        e.detail += QStringLiteral(" (not repeated: the server may have carried it out)");
        finish(std::unexpected(e));
        return;
    }
    if (m_attempt >= m_policy.maxAttempts) {
        e.detail += QStringLiteral(" (gave up after %1 attempts)").arg(m_attempt);
        finish(std::unexpected(e));
        return;
    }
    milliseconds wait = m_policy.delayFor(m_attempt);
    if (retryAfterMs >= 0) {
        const milliseconds asked = m_policy.scaled(retryAfterMs);
        if (asked > m_policy.maxRetryAfter) {
            e.detail +=
                QStringLiteral(" (the server asks to wait %1 s: giving up for now)").arg((retryAfterMs + 999) / 1000);
            finish(std::unexpected(e));
            return;
        }
        wait = std::max(wait, asked);
    }
    ++m_retries;
    spdlog::info("retrying {} in {} ms: {}", m_request.what.toStdString(), wait.count(), e.detail.toStdString());
    delete m_waitGuard;
    m_waitGuard = new QObject(this);
    m_clock.after(wait.count(), m_waitGuard, [this] {
        m_waitGuard->deleteLater();
        m_waitGuard = nullptr;
        attempt();
    });
}

void HttpClient::finish(Result<HttpResponse> r)
{
    m_busy = false;
    delete m_waitGuard;
    m_waitGuard = nullptr;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

} // namespace relance::net
