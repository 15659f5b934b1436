#pragma once
// One request at a time over the QNetworkAccessManager of the caller's thread, with a transfer timeout, retries with
// back-off and jitter, and the server's Retry-After honoured. What may be repeated: a GET (or any request marked
// idempotent) after a timeout, a network error, 408, 502/503/504 or another 5xx; any request answered 429, which was
// not carried out. A POST answered 5xx or timing out is never repeated here: the caller looks it up.
// 401/403 stop at once (ErrorCode::AuthRejected). TLS errors are never ignored (no sslErrors handler: Qt refuses
// the connection). Redirects are followed only to the same origin (scheme, host, port), so a key or token never
// travels to another host. Every error names the host in Error::subject and the status in Error::httpStatus.
// Waits go through the injected Clock; callbacks run on this object's thread.
#include "domain/Error.h"
#include "net/Backoff.h"
#include "net/Clock.h"
#include "net/RetryAfter.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

namespace relance::net {

struct HttpRequest
{
    QUrl url;
    HeaderList headers;
    int timeoutMs = 30'000;
    QString what; // for messages: "OpenInvoices page 3"
    QByteArray verb = "GET";
    QByteArray body;
    std::optional<bool> idempotent; // unset: GET, HEAD, PUT and DELETE are, POST and PATCH are not
    // Every HTTP answer back to the caller after one attempt: no retry, no 401/403, 429 or 5xx handling here, for a
    // caller that owns those rules (Graph's exactly-once sending, the LLM client's 429/503 through the pacer).
    // Transport failures (no answer, timeout, TLS refusal, a cross-origin redirect) are still errors.
    bool everyAnswer = false;
    bool http2 = true; // false: HTTP/1.1 only
    bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QUrl url;
    QByteArray header(const QByteArray& name) const;
    HeaderList headers;
    int attempts = 1;
    // everyAnswer only: an answer that broke off mid-body keeps its status and says how and why.
    enum class Break { None, Timeout, Closed, Other };
    Break broken = Break::None;
    QString errorString;
};

// The URL without its query, for messages and logs (queries may carry filters with names).
QString describeUrl(const QUrl& url);

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    HttpClient(QNetworkAccessManager* nam, RetryPolicy policy, QObject* parent = nullptr);
    HttpClient(QNetworkAccessManager* nam, RetryPolicy policy, const Clock& clock, QObject* parent = nullptr);
    ~HttpClient() override;

    // One request at a time (a caller with several in flight uses one client per request). 2xx and non-retryable 4xx (except 401/403) come back as a response; the caller decides.
    // A 5xx to a request that may not be repeated comes back as ErrorCode::Server at once.
    void send(HttpRequest request, Callback done);
    void get(HttpRequest request, Callback done) { send(std::move(request), std::move(done)); }
    // Aborts the request in flight (or the wait before a retry); its callback gets ErrorCode::Cancelled.
    void cancel();
    bool busy() const { return m_busy; }
    // Total number of retries made, for reports and tests.
    int retries() const { return m_retries; }

private:
    void attempt();
    void onFinished();
    void finish(Result<HttpResponse> r);
    void retryOrFail(Error error, qint64 retryAfterMs, bool mayRepeat);
    Error error(ErrorCode code, const QString& detail, int status = 0) const;

    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    const Clock& m_clock;
    HttpRequest m_request;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QObject* m_waitGuard = nullptr; // the context of the pending retry wait: deleting it cancels the wait
    int m_attempt = 0;
    int m_retries = 0;
    bool m_busy = false;
    bool m_cancelling = false;
};

} // namespace relance::net
