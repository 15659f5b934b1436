#pragma once
// The one fake HTTP server base for the tests' servers (OData and Dataverse in FakeODataHttp.h, the LLM server, the
// Graph server): listening on 127.0.0.1, HTTP/1.1 keep-alive, request parsing (headers, body by Content-Length),
// capture, and answers with a delay, hanging, truncated (half the body, then the connection closed), dropped, or
// throttled (429/503 with Retry-After) on demand. Each fake keeps its own routing and wire format (status line,
// headers) by what it puts in an Answer; the base writes exactly that.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace relance::test {

namespace wire {
struct Request
{
    QByteArray method;
    QByteArray target;                     // as sent: /odata/OpenInvoices?$select=...
    QUrl url;                              // target parsed (path + query)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct Answer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // written in this order, then Content-Length, then the trailer
    QByteArray body;
    QByteArray reason;     // empty: the standard phrase
    int delayMs = -1;      // -1: written at once; else after this many ms (0: next event-loop turn)
    bool hang = false;     // never answer (the client's timeout must fire)
    bool truncate = false; // Content-Length of the whole body, half of it sent, connection closed
    bool drop = false;     // connection closed without an answer
};

// "OK", "Too Many Requests", ...; "Status" for one it does not know.
QByteArray reasonPhrase(int status);
// A 429 or 503 with Retry-After (seconds, or any text a broken server sends).
Answer throttled(int status, const QByteArray& retryAfter, QByteArray body);
} // namespace wire

class HttpWireServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpWireServer(QObject* parent = nullptr);
    ~HttpWireServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    QUrl rootUrl() const; // http://127.0.0.1:port/

    int answersInFlight() const; // requests received and not yet answered (hanging ones included)
    int peakAnswersInFlight() const;

protected:
    // One complete request; answer it with respond(), now or later. Runs on this object's thread.
    virtual void onRequest(QTcpSocket* socket, const wire::Request& request) = 0;
    // Writes the answer after its delay, on this object's thread; `beforeWrite` runs just before it leaves.
    void respond(QTcpSocket* socket, const wire::Answer& answer, std::function<void()> beforeWrite = {});
    // Added after Content-Length to every answer ("Connection: keep-alive").
    void setTrailer(QByteArray trailer) { m_trailer = std::move(trailer); }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void write(QTcpSocket* socket, const wire::Answer& answer) const;

    QTcpServer* m_server = nullptr; // created in listen(), in the thread that listens
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QByteArray m_trailer;
    mutable QMutex m_countMutex;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace relance::test
