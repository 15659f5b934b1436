#pragma once
// GET with a transfer timeout on every request and retries with exponential backoff and jitter for timeouts, 5xx,
// 408 and 429 (honouring Retry-After). 401/403 stop at once (ErrorCode::AuthRejected); TLS errors are never ignored.
// Lives in the thread of its QNetworkAccessManager; callbacks run there.
#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

namespace relance::sync {

struct BackoffPolicy
{
    int maxAttempts = 5;                              // first try included
    std::chrono::milliseconds initialDelay{500};
    double factor = 2.0;
    std::chrono::milliseconds maxDelay{30'000};
    double jitter = 0.25;                             // +-25 % so many clients do not retry in step
    std::chrono::milliseconds maxRetryAfter{120'000}; // a longer Retry-After fails instead of stalling the sync
    // Tests shrink waits: a Retry-After of N seconds waits N * retryAfterUnit.
    std::chrono::milliseconds retryAfterUnit{1000};

    // Delay before retry number `retry` (1 = the first retry), with jitter.
    std::chrono::milliseconds delayFor(int retry) const;
    // A policy for tests: same logic, milliseconds instead of seconds.
    static BackoffPolicy fast();
};

// Retry-After: delta seconds or an HTTP date. Returns seconds, or -1 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now);

struct HttpGet
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30'000;
    QString what;          // for messages: "OpenInvoices page 3"
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QUrl url;
    QByteArray header(const QByteArray& name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1;
};

// The URL without its query, for messages and logs (queries may carry filters with names).
QString describeUrl(const QUrl& url);

class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    HttpFetcher(QNetworkAccessManager* nam, BackoffPolicy policy, QObject* parent = nullptr);
    ~HttpFetcher() override;

    // One request at a time. 2xx and non-retryable 4xx (except 401/403) come back as a response; the caller decides.
    void get(HttpGet request, Callback done);
    // Aborts the request in flight (or the wait before a retry); its callback gets ErrorCode::Cancelled.
    void cancel();
    bool busy() const { return m_busy; }
    // Total number of retries made, for reports and tests.
    int retries() const { return m_retries; }

private:
    void attempt();
    void onFinished();
    void finish(Result<HttpResponse> r);
    void retryOrFail(Error error, qint64 retryAfterSeconds);

    QPointer<QNetworkAccessManager> m_nam;
    BackoffPolicy m_policy;
    HttpGet m_request;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer{this}; // parented: moves with the fetcher
    int m_attempt = 0;
    int m_retries = 0;
    bool m_busy = false;
    bool m_cancelling = false;
};

} // namespace relance::sync
