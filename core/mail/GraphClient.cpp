#include "mail/GraphClient.h"

#include "mail/GraphAuth.h"
#include "net/HttpClient.h"

#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
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
    // The sign-in runs on the same clock (token expiry, device-code polls).
    if (m_auth)
        m_auth->setClock(m_clock);
}

GraphClient::~GraphClient()
{
    // Requests in flight end without their callbacks, before the access manager goes.
    qDeleteAll(findChildren<net::HttpClient*>(Qt::FindDirectChildrenOnly));
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
        net::HttpRequest req;
        req.url = url;
        req.verb = p.request.verb;
        req.body = p.request.body;
        req.headers = {{"Authorization", "Bearer " + token->toLatin1()}, {"Accept", "application/json"}};
        if (!p.request.body.isEmpty() || p.request.verb != "GET")
            req.headers.push_back({"Content-Type", "application/json"});
        for (const auto& [k, v] : p.request.headers)
            req.headers.push_back({k, v});
        req.timeoutMs = m_config.timeoutSeconds * 1000;
        req.what = QString::fromLatin1(p.request.verb);
        // Every answer comes back here: which requests may be repeated is this class's rule, not the transport's.
        req.everyAnswer = true;
        auto* http = new net::HttpClient(m_nam, net::RetryPolicy{}, m_clock, this);
        http->send(std::move(req), [this, http, url, p = std::move(p)](Result<net::HttpResponse> answer) mutable {
            http->deleteLater();
            --m_inFlight;
            const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(p.request.verb),
                                                             url.toString(QUrl::RemoveQuery));
            if (!answer) {
                // No HTTP answer (timeout, network, TLS refusal, a redirect to another origin).
                if (p.request.idempotent && p.attempt < 3) {
                    ++p.attempt;
                    retryLater(std::move(p), m_retry.delayFor(p.attempt).count());
                } else if (p.context) {
                    p.done(std::unexpected(answer.error()));
                }
                pump();
                return;
            }
            GraphResponse r;
            r.status = answer->status;
            r.body = std::move(answer->body);
            for (const auto& h : answer->headers)
                r.headers.push_back({h.first.toLower(), h.second});
            const qint64 waitMs = net::retryAfterFromHeaders(r.headers, m_clock.nowUtc());
            // Any answer with Retry-After (429, 503, even a 202) holds the following requests, up to the budget's
            // longest wait: a mailbox throttled for an hour is left for the next run, not waited for here.
            const qint64 holdMs = qMin<qint64>(waitMs, m_retry.maxRetryAfter.count());
            if (holdMs > 0)
                m_pausedUntil = qMax(m_pausedUntil, m_clock.msecs() + holdMs);

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
                                                 url.host(), r.status}));
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
