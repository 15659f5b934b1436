#pragma once
// A small HTTP/1.1 server on QTcpServer for tests and benchmarks: keep-alive, and faults on demand that a real
// server or proxy produces (5xx, 429 with Retry-After, slow, hanging, a body cut off mid-way, malformed JSON, 401/403,
// 410, a dropped connection). Speaks to QNetworkAccessManager exactly as a remote server would.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace relance::test {

struct FakeRequest
{
    QByteArray method;
    QByteArray target;           // as sent: /odata/OpenInvoices?$select=...
    QUrl url;                    // target parsed (path + query)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

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

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:port/

    void setHandler(Handler h) { m_handler = std::move(h); }
    // The next `count` requests (whose path contains pathPart, if given) get this fault instead of an answer.
    void failNext(Fault fault, int count = 1, const QByteArray& pathPart = {});
    // Every request fails this way until cleared.
    void failAlways(Fault fault) { m_always = fault; }
    void setSlowMs(int ms) { m_slowMs = ms; }

    QList<FakeRequest> requests() const;
    int requestCount() const;
    void clearRequests();

private:
    void onConnection();
    void onReadyRead(class QTcpSocket* s);
    void respond(class QTcpSocket* s, const FakeRequest& r);
    static void write(class QTcpSocket* s, const FakeResponse& r, bool truncate);

    QTcpServer m_server;
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
    QHash<class QTcpSocket*, QByteArray> m_buffers;
};

} // namespace relance::test
