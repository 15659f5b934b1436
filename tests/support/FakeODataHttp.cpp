#include "FakeODataHttp.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace relance::test {

FakeHttpServer::FakeHttpServer(QObject* parent) : HttpWireServer(parent) {}

FakeHttpServer::~FakeHttpServer() = default;
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

wire::Answer FakeHttpServer::answer(const FakeResponse& r) const
{
    wire::Answer a;
    a.status = r.status;
    a.body = r.body;
    a.headers = r.headers;
    bool hasType = false;
    for (const auto& h : r.headers)
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        a.headers.push_back({"Content-Type", "application/json; odata.metadata=minimal"});
    return a;
}

void FakeHttpServer::onRequest(QTcpSocket* s, const FakeRequest& r)
{
    {
        QMutexLocker lock(&m_mutex);
        m_requests.push_back(r);
    }
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
    const auto reply = [this, r] { return m_handler ? m_handler(r) : FakeResponse{404, "{}", {}}; };
    switch (fault) {
    case Fault::None:
        respond(s, answer(reply()));
        return;
    case Fault::ServerError:
        respond(s, answer(FakeResponse{500, R"({"error":{"code":"InternalError","message":"database unavailable"}})", {}}));
        return;
    case Fault::Unavailable:
        respond(s, answer(FakeResponse{503, R"({"error":{"code":"Unavailable","message":"try later"}})", {{"Retry-After", "1"}}}));
        return;
    case Fault::TooManyRequests:
        respond(s, answer(FakeResponse{429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})", {{"Retry-After", "1"}}}));
        return;
    case Fault::Slow: {
        wire::Answer a = answer(reply());
        a.delayMs = m_slowMs;
        respond(s, a);
        return;
    }
    case Fault::Hang: {
        wire::Answer a;
        a.hang = true;
        respond(s, a);
        return;
    }
    case Fault::Truncated: {
        wire::Answer a = answer(reply());
        a.truncate = true;
        respond(s, a);
        return;
    }
    case Fault::Malformed: {
        FakeResponse resp = reply();
        resp.body = resp.body.left(std::max<qsizetype>(10, resp.body.size() / 3)) + "]]}";
        respond(s, answer(resp));
        return;
    }
    case Fault::Unauthorized:
        respond(s, answer(FakeResponse{401, R"({"error":{"code":"Unauthorized","message":"invalid key"}})", {{"WWW-Authenticate", "Bearer"}}}));
        return;
    case Fault::Forbidden:
        respond(s, answer(FakeResponse{403, R"({"error":{"code":"Forbidden","message":"no access"}})", {}}));
        return;
    case Fault::Gone:
        respond(s, answer(FakeResponse{410, R"({"error":{"code":"Gone","message":"delta token expired"}})", {}}));
        return;
    case Fault::Drop: {
        wire::Answer a;
        a.drop = true;
        respond(s, a);
        return;
    }
    }
}

} // namespace relance::test
