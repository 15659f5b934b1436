#pragma once
// A fake OpenAI-compatible chat-completions server on 127.0.0.1 (QTcpServer, HTTP/1.1 with keep-alive), for tests and
// the benchmark. It answers both path styles (Azure /openai/deployments/{d}/chat/completions?api-version= and
// /v1/chat/completions), checks the auth header, and on demand answers 429 with each retry header, 503, 401,
// content filters (400 on the prompt, finish_reason on the output), truncated answers, bad JSON, slow answers.
// Every request is recorded, with when it arrived relative to the last server-given retry time. Built on the tests'
// one fake HTTP server base (tests/support/HttpWire.h).
#include "HttpWire.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>

namespace relance::test {

// Its own linker names (see tests/mail/support/FakeGraph.h): tests/support/FakeODataHttp.h has structs of the same names.
inline namespace llm_wire {
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    nlohmann::json json;
    qint64 receivedMs = 0;                // on the server's clock
    QString system() const;
    QString user() const;
    QString language() const;             // from "language code: xx" in the system prompt
    QString responseFormatType() const;   // "json_schema", "json_object" or empty
};

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = -1;                     // -1: the server's default latency
    bool truncate = false;                // send half the body, then close the connection
    qint64 retryAfterMs = -1;             // what the headers tell the client (for the early-request check)
};
} // namespace llm_wire

class FakeLlmServer : public HttpWireServer
{
    Q_OBJECT
public:
    explicit FakeLlmServer(QObject* parent = nullptr);
    QString baseUrl() const;              // http://127.0.0.1:PORT

    // Scripted answers go first, in order; then the handler (default: a good draft in the asked language).
    void enqueue(FakeResponse r) { m_script.push_back(std::move(r)); }
    void setHandler(std::function<FakeResponse(const FakeRequest&)> h) { m_handler = std::move(h); }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Requests must carry this header value (e.g. "api-key" / "secret"), else 401.
    void requireHeader(const QByteArray& name, const QByteArray& value) { m_authName = name.toLower(); m_authValue = value; }
    // Answer 400 to response_format json_schema, like a server that only takes json_object.
    void setRejectJsonSchema(bool on) { m_rejectSchema = on; }

    const QList<FakeRequest>& requests() const { return m_requests; }
    int earlyRequests() const { return m_early; }  // requests that arrived before a server-given retry time
    int maxInFlight() const { return peakAnswersInFlight(); }
    qint64 nowMs() const { return m_clock.elapsed(); }

    // Builders for answers.
    static FakeResponse completion(const QString& content, const QString& finishReason = QStringLiteral("stop"),
                                   int promptTokens = 420, int completionTokens = 180);
    static FakeResponse draft(const QString& subject, const QString& body);
    static FakeResponse error(int status, const QString& code, const QString& message,
                              QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse tooMany(const QByteArray& header, const QByteArray& value, qint64 impliedMs);
    // A good reminder with placeholders, per language and bucket ("light", "moderate", "serious").
    static QPair<QString, QString> goodDraft(const QString& language, const QString& bucket);

protected:
    void onRequest(QTcpSocket* socket, const wire::Request& request) override;

private:
    void serve(QTcpSocket* socket, const FakeRequest& req);

    QElapsedTimer m_clock;
    std::deque<FakeResponse> m_script;
    std::function<FakeResponse(const FakeRequest&)> m_handler;
    int m_latencyMs = 0;
    QByteArray m_authName;
    QByteArray m_authValue;
    bool m_rejectSchema = false;
    QList<FakeRequest> m_requests;
    qint64 m_notBefore = -1;
    int m_early = 0;
};

} // namespace relance::test
