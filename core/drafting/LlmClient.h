#pragma once
// An OpenAI-compatible chat-completions client: Azure deployments (/openai/deployments/{d}/chat/completions?api-version=),
// Azure's v1 path, and any OpenAI-compatible server (OpenAI, Ollama, llama.cpp server, vLLM). Asynchronous over the
// QNetworkAccessManager of the thread it lives in, through net::HttpClient (one per request, every answer handed back:
// same-origin redirects only, TLS never ignored). It sends one request and classifies the answer; waiting, retrying
// and rate limits are the scheduler's and the drafting service's business.
#include "config/Config.h"
#include "domain/Error.h"
#include "net/Clock.h"
#include "net/RetryAfter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace relance {

struct LlmEndpoint
{
    QUrl url;                      // the full chat/completions URL
    QByteArray authHeader;         // "api-key", "Authorization" or empty
    QByteArray authValue;          // never logged
    QString model;                 // sent as "model" (empty on the Azure deployment path)
    QString provider;              // "azure" or "openai-compatible", stored with each draft
    QString modelLabel;            // what the draft records as model (deployment or model name)
    bool maxCompletionTokensField = true; // max_completion_tokens (OpenAI, Azure) or max_tokens (others)
    int timeoutSeconds = 90;
};

// Builds the endpoint from [llm]; ErrorCode::Config names the key that is missing or wrong.
Result<LlmEndpoint> resolveLlmEndpoint(const LlmConfig& config, const QString& apiKey);

enum class ResponseMode { JsonSchema, JsonObject };

struct ChatRequest
{
    QString system;
    QString user;
    int maxCompletionTokens = 800;
    double temperature = 0.3;
    ResponseMode mode = ResponseMode::JsonSchema;
};

QByteArray chatRequestBody(const LlmEndpoint& endpoint, const ChatRequest& request);

enum class LlmFailure {
    None,
    Auth,              // 401/403: stop the batch, do not retry
    RateLimited,       // 429 or 503: wait (retryAfterMs when the server said) and retry
    Server,            // 5xx, retryable
    Network,           // connection refused, DNS, TLS: the server is unreachable
    Timeout,
    ContentFilter,     // prompt or output blocked by the provider's filter
    Truncated,         // finish_reason "length", or a body cut short
    BadReply,          // not JSON, missing fields, empty
    SchemaUnsupported, // the server refused response_format json_schema: retry with json_object
    BadRequest,        // other 4xx
};
QString llmFailureName(LlmFailure f);

struct ChatReply
{
    QString subject;
    QString body;
    int promptTokens = 0;
    int completionTokens = 0;
    QString model;                 // as the server reported it
    QString finishReason;
};

struct LlmOutcome
{
    LlmFailure failure = LlmFailure::None;
    ChatReply reply;               // valid when failure == None
    int httpStatus = 0;
    qint64 retryAfterMs = -1;      // server-given wait, -1 when none was given
    QString detail;                // for people: what went wrong (never the key)
    bool ok() const { return failure == LlmFailure::None; }
};

// The server's wait from retry-after-ms, x-ms-retry-after-ms (milliseconds) or Retry-After (seconds or an HTTP date),
// in that order; -1 when none is usable. At most a day. The network layer's one parser.
using net::retryAfterFromHeaders;

// Classifies a complete HTTP answer (pure: tested without a network).
LlmOutcome parseChatResponse(int httpStatus, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers,
                             const QDateTime& nowUtc = net::systemClock().nowUtc());

class LlmClient : public QObject
{
    Q_OBJECT
public:
    explicit LlmClient(LlmEndpoint endpoint, QObject* parent = nullptr);
    ~LlmClient() override;

    using Callback = std::function<void(const LlmOutcome&)>;
    // Sends one request; `done` runs later on this object's thread, only while `context` lives.
    void send(const ChatRequest& request, QObject* context, Callback done);
    // Aborts every request in flight (their callbacks get LlmFailure::Network with "cancelled").
    void abortAll();

    const LlmEndpoint& endpoint() const { return m_endpoint; }
    // The clock that dates Retry-After (default: the system clock); it must outlive the client.
    void setClock(const net::Clock& clock) { m_clock = &clock; }

private:
    LlmEndpoint m_endpoint;
    const net::Clock* m_clock = &net::systemClock();
    QNetworkAccessManager* m_nam;
};

} // namespace relance
