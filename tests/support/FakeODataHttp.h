#pragma once
// A small HTTP/1.1 server for tests and benchmarks, on the shared base (HttpWire.h): keep-alive, and faults on demand
// that a real server or proxy produces (5xx, 429 with Retry-After, slow, hanging, a body cut off mid-way, malformed
// JSON, 401/403, 410, a dropped connection). Speaks to QNetworkAccessManager exactly as a remote server would.
#include "HttpWire.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace relance::test {

using FakeRequest = wire::Request;

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

enum class Fault {
    None,
    ServerError,     // 500
    Unavailable,     // 503 with Retry-After: 1
    TooManyRequests, // 429 with Retry-After: 1
    Slow,            // answers after slowMs
    Hang,            // never answers (the client's timeout must fire)
    Truncated,       // Content-Length of the whole body, half of it sent, connection closed
    Malformed,       // 200 with JSON that breaks off
    Unauthorized,    // 401
    Forbidden,       // 403
    Gone,            // 410
    Drop,            // connection closed without an answer
};

class FakeHttpServer : public HttpWireServer
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    QUrl baseUrl() const { return rootUrl(); } // http://127.0.0.1:port/

    void setHandler(Handler h) { m_handler = std::move(h); }
    // The next `count` requests (whose path contains pathPart, if given) get this fault instead of an answer.
    void failNext(Fault fault, int count = 1, const QByteArray& pathPart = {});
    // Every request fails this way until cleared.
    void failAlways(Fault fault) { m_always = fault; }
    void setSlowMs(int ms) { m_slowMs = ms; }

    QList<FakeRequest> requests() const;
    int requestCount() const;
    void clearRequests();

protected:
    void onRequest(QTcpSocket* s, const FakeRequest& r) override;

private:
    wire::Answer answer(const FakeResponse& r) const;

    Handler m_handler;
    struct Pending
    {
        Fault fault;
        int count;
        QByteArray pathPart;
    };
    QList<Pending> m_faults;
    Fault m_always = Fault::None;
    int m_slowMs = 200;
    mutable QMutex m_mutex;
    QList<FakeRequest> m_requests;
};

} // namespace relance::test
