#include "sync/Http.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <spdlog/spdlog.h>

namespace relance::sync {

using namespace std::chrono;

milliseconds BackoffPolicy::delayFor(int retry) const
{
    double ms = double(initialDelay.count());
    for (int i = 1; i < retry; ++i)
        ms *= factor;
    ms = std::min(ms, double(maxDelay.count()));
    const double spread = ms * jitter;
    ms += (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread;
    return milliseconds(qint64(std::max(0.0, ms)));
}

BackoffPolicy BackoffPolicy::fast()
{
    BackoffPolicy p;
    p.initialDelay = milliseconds(5);
    p.maxDelay = milliseconds(50);
    p.maxRetryAfter = milliseconds(2000);
    p.retryAfterUnit = milliseconds(10);
    return p;
}

qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(at));
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

HttpFetcher::HttpFetcher(QNetworkAccessManager* nam, BackoffPolicy policy, QObject* parent)
    : QObject(parent), m_nam(nam), m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpFetcher::attempt);
}

HttpFetcher::~HttpFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpFetcher::get(HttpGet request, Callback done)
{
    if (m_busy) {
        done(fail(ErrorCode::Internal, QStringLiteral("HttpFetcher: a request is already in flight")));
        return;
    }
    m_request = std::move(request);
    m_done = std::move(done);
    m_attempt = 0;
    m_busy = true;
    m_cancelling = false;
    attempt();
}

void HttpFetcher::cancel()
{
    if (!m_busy)
        return;
    m_cancelling = true;
    m_retryTimer.stop();
    // Synchronous: the callback has run (with Cancelled) when cancel() returns.
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(fail(ErrorCode::Cancelled, QStringLiteral("cancelled: %1").arg(m_request.what)));
}

void HttpFetcher::attempt()
{
    if (!m_nam) {
        finish(fail(ErrorCode::Internal, QStringLiteral("no network access manager")));
        return;
    }
    ++m_attempt;
    QNetworkRequest req(m_request.url);
    req.setTransferTimeout(m_request.timeoutMs);
    // Same origin only: a redirect must not carry the API key or token to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    for (const auto& h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    m_reply = m_nam->get(req);
    // No sslErrors handler: Qt then refuses the connection, which is what we want (never ignoreSslErrors).
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetcher::onFinished);
}

void HttpFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = QStringLiteral("%1 (%2)").arg(m_request.what, describeUrl(m_request.url));

    if (m_cancelling) {
        finish(fail(ErrorCode::Cancelled, QStringLiteral("cancelled: %1").arg(where)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();

    if (status == 0 || (err != QNetworkReply::NoError && status < 400)) {
        // No HTTP answer (or a broken one): transport trouble.
        switch (err) {
        case QNetworkReply::SslHandshakeFailedError:
            finish(fail(ErrorCode::Network,
                        QStringLiteral("%1: the TLS certificate or handshake was refused (%2); not retried")
                            .arg(where, reply->errorString())));
            return;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            finish(fail(ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString())));
            return;
        case QNetworkReply::OperationCanceledError: // setTransferTimeout aborts this way
        case QNetworkReply::TimeoutError:
            retryOrFail({ErrorCode::Timeout,
                         QStringLiteral("%1: no answer within %2 s").arg(where).arg(m_request.timeoutMs / 1000.0)},
                        -1);
            return;
        default:
            retryOrFail({ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString())}, -1);
            return;
        }
    }

    HttpResponse r;
    r.status = status;
    r.url = m_request.url;
    r.headers = reply->rawHeaderPairs();
    r.attempts = m_attempt;
    if (status == 401 || status == 403) {
        finish(fail(ErrorCode::AuthRejected,
                    QStringLiteral("%1: credentials rejected (HTTP %2); check the key or token").arg(where).arg(status)));
        return;
    }
    if (status == 429 || status == 408 || status >= 500) {
        const qint64 retryAfter = parseRetryAfter(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const ErrorCode code = status == 429 ? ErrorCode::RateLimited : status == 408 ? ErrorCode::Timeout : ErrorCode::Server;
        retryOrFail({code, QStringLiteral("%1: HTTP %2").arg(where).arg(status)}, retryAfter);
        return;
    }
    r.body = reply->readAll();
    if (err != QNetworkReply::NoError && status < 300) {
        // An answer that broke off mid-body.
        retryOrFail({ErrorCode::Network, QStringLiteral("%1: %2").arg(where, reply->errorString())}, -1);
        return;
    }
    finish(std::move(r));
}

void HttpFetcher::retryOrFail(Error error, qint64 retryAfterSeconds)
{
    if (m_attempt >= m_policy.maxAttempts) {
        error.detail += QStringLiteral(" (gave up after %1 attempts)").arg(m_attempt);
        finish(std::unexpected(error));
        return;
    }
    milliseconds wait = m_policy.delayFor(m_attempt);
    if (retryAfterSeconds >= 0) {
        const milliseconds asked = m_policy.retryAfterUnit * retryAfterSeconds;
        if (asked > m_policy.maxRetryAfter) {
            error.detail += QStringLiteral(" (the server asks to wait %1 s: giving up for now)").arg(retryAfterSeconds);
            finish(std::unexpected(error));
            return;
        }
        wait = std::max(wait, asked);
    }
    ++m_retries;
    spdlog::info("retrying {} in {} ms: {}", m_request.what.toStdString(), wait.count(), error.detail.toStdString());
    m_retryTimer.start(wait);
}

void HttpFetcher::finish(Result<HttpResponse> r)
{
    m_busy = false;
    m_retryTimer.stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

} // namespace relance::sync
