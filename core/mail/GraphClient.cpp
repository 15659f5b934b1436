#include "mail/GraphClient.h"

#include "mail/GraphAuth.h"

#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <spdlog/spdlog.h>

namespace relance::mail {

nlohmann::json GraphResponse::json() const { return nlohmann::json::parse(body.toStdString(), nullptr, false); }

QString GraphResponse::errorText() const
{
    const auto j = json();
    QString code, message;
    if (!j.is_discarded() && j.is_object() && j.contains("error") && j["error"].is_object()) {
        code = QString::fromStdString(j["error"].value("code", std::string()));
        message = QString::fromStdString(j["error"].value("message", std::string()));
    }
    return QStringLiteral("HTTP %1 %2: %3").arg(status).arg(code, message).trimmed();
}

GraphClient::GraphClient(const MailConfig& config, GraphAuth* auth, Clock& clock, QObject* parent)
    : QObject(parent), m_config(config), m_auth(auth), m_clock(clock), m_nam(new QNetworkAccessManager(this))
{
    m_retry.initialDelay = std::chrono::milliseconds(2000);
    m_retry.maxDelay = std::chrono::milliseconds(32'000);
    m_retry.maxAttempts = kMaxAttempts;
}

QString GraphClient::mailboxRoot() const
{
    QString base = m_config.graphUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (m_config.mailbox.isEmpty())
        return base + QStringLiteral("/me");
    return base + QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(m_config.mailbox));
}

void GraphClient::send(GraphRequest request, QObject* context, Callback done)
{
    m_queue.push_back(Pending{std::move(request), context, std::move(done)});
    pump();
}

void GraphClient::pump()
{
    const qint64 now = m_clock.msecs();
    if (now < m_pausedUntil) {
        if (!m_pumpScheduled) {
            m_pumpScheduled = true;
            m_clock.after(m_pausedUntil - now, this, [this] {
                m_pumpScheduled = false;
                pump();
            });
        }
        return;
    }
    while (m_inFlight < kMaxInFlight && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (!p.context)
            continue;
        start(std::move(p));
    }
}

void GraphClient::retryLater(Pending p, qint64 ms)
{
    ++m_throttled;
    m_clock.after(ms, this, [this, p = std::move(p)]() mutable {
        m_queue.push_front(std::move(p));
        pump();
    });
}

void GraphClient::start(Pending p)
{
    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    m_auth->accessToken(this, [this, p = std::move(p)](Result<QString> token) mutable {
        if (!token) {
            --m_inFlight;
            if (p.context)
                p.done(std::unexpected(token.error()));
            pump();
            return;
        }
        const QUrl url(p.request.path.startsWith(QStringLiteral("http")) ? p.request.path
                                                                           : mailboxRoot() + p.request.path);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token->toLatin1());
        req.setRawHeader("Accept", "application/json");
        if (!p.request.body.isEmpty() || p.request.verb != "GET")
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto& [k, v] : p.request.headers)
            req.setRawHeader(k, v);
        req.setTransferTimeout(m_config.timeoutSeconds * 1000);
        QNetworkReply* reply = m_nam->sendCustomRequest(req, p.request.verb, p.request.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, p = std::move(p)]() mutable {
            reply->deleteLater();
            --m_inFlight;
            GraphResponse r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->isOpen() ? reply->readAll() : QByteArray();
            for (const auto& h : reply->rawHeaderPairs())
                r.headers.push_back({h.first.toLower(), h.second});
            const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(p.request.verb),
                                                             reply->url().toString(QUrl::RemoveQuery));
            const qint64 waitMs = net::retryAfterFromHeaders(r.headers, m_clock.nowUtc());
            // Any answer with Retry-After (429, 503, even a 202) holds the following requests, up to the budget's
            // longest wait: a mailbox throttled for an hour is left for the next run, not waited for here.
            const qint64 holdMs = qMin<qint64>(waitMs, m_retry.maxRetryAfter.count());
            if (holdMs > 0)
                m_pausedUntil = qMax(m_pausedUntil, m_clock.msecs() + holdMs);

            if (r.status == 0) {
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError;
                if (p.request.idempotent && p.attempt < 3) {
                    ++p.attempt;
                    retryLater(std::move(p), m_retry.delayFor(p.attempt).count());
                } else if (p.context) {
                    p.done(std::unexpected(Error{timedOut ? ErrorCode::Timeout : ErrorCode::Network,
                                                 QStringLiteral("%1: %2").arg(what, reply->errorString()),
                                                 reply->url().host()}));
                }
                pump();
                return;
            }
            if (r.status == 401 && !p.refreshedAuth) {
                p.refreshedAuth = true;
                m_auth->invalidate();
                m_queue.push_front(std::move(p));
                pump();
                return;
            }
            if (r.status == 401) {
                if (p.context)
                    p.done(std::unexpected(Error{ErrorCode::AuthRejected,
                                                 QStringLiteral("sign in again: Graph refused the token twice (%1)").arg(what),
                                                 reply->url().host(), r.status}));
                pump();
                return;
            }
            // 429 means the request was not carried out: always safe to repeat. A 5xx may have been carried out.
            const bool throttled = r.status == 429 || (r.status == 503 && p.request.idempotent) ||
                                   ((r.status == 502 || r.status == 504) && p.request.idempotent);
            const bool waitTooLong = waitMs > m_retry.maxRetryAfter.count();
            if (throttled && !waitTooLong && p.attempt + 1 < m_retry.maxAttempts) {
                ++p.attempt;
                spdlog::info("Graph {} answered {}: retrying", what.toStdString(), r.status);
                retryLater(std::move(p), waitMs > 0 ? waitMs : m_retry.delayFor(p.attempt).count());
                pump();
                return;
            }
            if (p.context)
                p.done(r);
            pump();
        });
    });
}

} // namespace relance::mail
