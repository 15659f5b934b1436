#pragma once
// Requests to Microsoft Graph over net::HttpClient (one per request, every answer handed back here): a bearer token from GraphAuth, at most 4 requests in flight (MailboxConcurrency),
// a transfer timeout on every request, Retry-After honoured (429, 503 and any answer carrying it pauses every request),
// exponential back-off where it is absent, one token refresh on 401, then "sign in again".
// Only requests marked idempotent are retried after a 5xx: a POST that may have been carried out is never repeated here.
#include "config/Config.h"
#include "domain/Error.h"
#include "mail/Clock.h"
#include "net/Backoff.h"
#include "net/RetryAfter.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>

class QNetworkAccessManager;

namespace relance::mail {

class GraphAuth;

struct GraphRequest
{
    QByteArray verb = "GET";
    QString path;                 // absolute URL (a nextLink) or a path after the mailbox root: "/messages"
    QByteArray body;              // JSON, or empty
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool idempotent = false;      // may be repeated after a 5xx or a timeout
};

struct GraphResponse
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool ok() const { return status >= 200 && status < 300; }
    nlohmann::json json() const;
    QString errorText() const;    // "HTTP 404 ErrorItemNotFound: The specified object was not found"
};

class GraphClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 4;
    // The retry budget: attempts per request (first included) after a 429/503 or, for idempotent requests, a 5xx or
    // a timeout; a server wait longer than maxRetryAfter is not waited for (the answer goes back to the caller).
    static constexpr int kMaxAttempts = 7;
    using Callback = std::function<void(Result<GraphResponse>)>;

    // Passes its clock on to `auth` (which must not outlive the clock).
    GraphClient(const MailConfig& config, GraphAuth* auth, Clock& clock, QObject* parent = nullptr);
    ~GraphClient() override;

    // Transport failures (timeout, network, sign-in) are errors; every HTTP answer is a GraphResponse.
    void send(GraphRequest request, QObject* context, Callback done);
    // "https://graph.microsoft.com/v1.0/me" or ".../users/{mailbox}".
    QString mailboxRoot() const;
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    qint64 retriesAfterThrottle() const { return m_throttled; }

private:
    struct Pending
    {
        GraphRequest request;
        QPointer<QObject> context;
        Callback done;
        int attempt = 0;
        bool refreshedAuth = false;
    };
    void pump();
    void start(Pending p);
    void retryLater(Pending p, qint64 ms);

    MailConfig m_config;
    GraphAuth* m_auth;
    Clock& m_clock;
    QNetworkAccessManager* m_nam;
    std::deque<Pending> m_queue;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_pausedUntil = 0;     // Clock::msecs(): a Retry-After holds every request until then
    bool m_pumpScheduled = false;
    qint64 m_throttled = 0;
    net::RetryPolicy m_retry;
};

// Retry-After (seconds or an HTTP date) in milliseconds, clamped to a day; -1 when absent or unreadable.
inline qint64 retryAfterMs(const QByteArray& value, const QDateTime& now) { return net::parseRetryAfterMs(value, now); }

} // namespace relance::mail
