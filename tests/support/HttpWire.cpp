#include "HttpWire.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace relance::test {

namespace wire {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

Answer throttled(int status, const QByteArray& retryAfter, QByteArray body)
{
    Answer a;
    a.status = status;
    a.body = std::move(body);
    a.headers.push_back({"Retry-After", retryAfter});
    return a;
}
} // namespace wire

HttpWireServer::HttpWireServer(QObject* parent) : QObject(parent) {}

HttpWireServer::~HttpWireServer()
{
    if (m_server)
        m_server->close();
}

bool HttpWireServer::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &HttpWireServer::onConnection);
    }
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl HttpWireServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

int HttpWireServer::answersInFlight() const
{
    QMutexLocker lock(&m_countMutex);
    return m_inFlight;
}

int HttpWireServer::peakAnswersInFlight() const
{
    QMutexLocker lock(&m_countMutex);
    return m_peakInFlight;
}

void HttpWireServer::onConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void HttpWireServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buf = m_buffers[socket];
    buf += socket->readAll();
    for (;;) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        wire::Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        r.url = QUrl::fromEncoded(r.target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buf.size() < end + 4 + length)
            return; // the body is still on its way
        r.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        {
            QMutexLocker lock(&m_countMutex);
            ++m_inFlight;
            m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        }
        onRequest(socket, r);
    }
}

void HttpWireServer::respond(QTcpSocket* socket, const wire::Answer& answer, std::function<void()> beforeWrite)
{
    if (answer.hang)
        return; // counted in flight until the client gives up; never answered
    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, answer, beforeWrite = std::move(beforeWrite)] {
        {
            QMutexLocker lock(&m_countMutex);
            --m_inFlight;
        }
        if (beforeWrite)
            beforeWrite();
        if (!guard)
            return;
        if (answer.drop) {
            guard->abort();
            return;
        }
        write(guard, answer);
    };
    if (answer.delayMs >= 0)
        QTimer::singleShot(answer.delayMs, this, std::move(send));
    else
        send();
}

void HttpWireServer::write(QTcpSocket* socket, const wire::Answer& a) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' +
                     (a.reason.isEmpty() ? wire::reasonPhrase(a.status) : a.reason) + "\r\n";
    for (const auto& h : a.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    if (!m_trailer.isEmpty())
        out += m_trailer + "\r\n";
    out += "\r\n";
    if (a.truncate) {
        out += a.body.left(a.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += a.body;
    socket->write(out);
}

} // namespace relance::test
