#include "FakeODataHttp.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace relance::test {

FakeHttpServer::FakeHttpServer(QObject* parent) : QObject(parent), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::~FakeHttpServer() { m_server.close(); }

bool FakeHttpServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl FakeHttpServer::baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port())); }

void FakeHttpServer::failNext(Fault fault, int count, const QByteArray& pathPart)
{
    QMutexLocker lock(&m_mutex);
    m_faults.push_back({fault, count, pathPart});
}

QList<FakeRequest> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeHttpServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

void FakeHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket* s = m_server.nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* s)
{
    QByteArray& buf = m_buffers[s];
    buf += s->readAll();
    for (;;) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        buf.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        FakeRequest r;
        r.method = first.value(0);
        r.target = first.value(1);
        r.url = QUrl::fromEncoded(r.target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.header("content-length").toLongLong();
        if (length > 0)
            buf.remove(0, std::min<qsizetype>(length, buf.size())); // tests only GET; skip a body if any
        {
            QMutexLocker lock(&m_mutex);
            m_requests.push_back(r);
        }
        respond(s, r);
    }
}

void FakeHttpServer::write(QTcpSocket* s, const FakeResponse& r, bool truncate)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"}, {401, "Unauthorized"}, {403, "Forbidden"},
                                                {404, "Not Found"}, {410, "Gone"}, {429, "Too Many Requests"},
                                                {500, "Internal Server Error"}, {503, "Service Unavailable"},
                                                {400, "Bad Request"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasons.value(r.status, "Status") + "\r\n";
    bool hasType = false;
    for (const auto& h : r.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        out += "Content-Type: application/json; odata.metadata=minimal\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    if (truncate) {
        out += r.body.left(r.body.size() / 2);
        s->write(out);
        s->flush();
        s->disconnectFromHost();
        return;
    }
    out += r.body;
    s->write(out);
}

void FakeHttpServer::respond(QTcpSocket* s, const FakeRequest& r)
{
    Fault fault = m_always;
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = 0; i < m_faults.size() && fault == Fault::None; ++i) {
            Pending& p = m_faults[i];
            if (!p.pathPart.isEmpty() && !r.target.contains(p.pathPart))
                continue;
            fault = p.fault;
            if (--p.count <= 0)
                m_faults.removeAt(i);
        }
    }
    const auto answer = [this, r] { return m_handler ? m_handler(r) : FakeResponse{404, "{}", {}}; };
    switch (fault) {
    case Fault::None:
        write(s, answer(), false);
        return;
    case Fault::ServerError:
        write(s, {500, R"({"error":{"code":"InternalError","message":"database unavailable"}})", {}}, false);
        return;
    case Fault::Unavailable:
        write(s, {503, R"({"error":{"code":"Unavailable","message":"try later"}})", {{"Retry-After", "1"}}}, false);
        return;
    case Fault::TooManyRequests:
        write(s, {429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})", {{"Retry-After", "1"}}}, false);
        return;
    case Fault::Slow: {
        QPointer<QTcpSocket> guard(s);
        const FakeResponse resp = answer();
        QTimer::singleShot(m_slowMs, this, [guard, resp] {
            if (guard)
                write(guard, resp, false);
        });
        return;
    }
    case Fault::Hang:
        return;
    case Fault::Truncated:
        write(s, answer(), true);
        return;
    case Fault::Malformed: {
        FakeResponse resp = answer();
        resp.body = resp.body.left(std::max<qsizetype>(10, resp.body.size() / 3)) + "]]}";
        write(s, resp, false);
        return;
    }
    case Fault::Unauthorized:
        write(s, {401, R"({"error":{"code":"Unauthorized","message":"invalid key"}})", {{"WWW-Authenticate", "Bearer"}}}, false);
        return;
    case Fault::Forbidden:
        write(s, {403, R"({"error":{"code":"Forbidden","message":"no access"}})", {}}, false);
        return;
    case Fault::Gone:
        write(s, {410, R"({"error":{"code":"Gone","message":"delta token expired"}})", {}}, false);
        return;
    case Fault::Drop:
        s->abort();
        return;
    }
}

} // namespace relance::test
