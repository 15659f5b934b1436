#include "drafting/LlmClient.h"

#include "drafting/Prompt.h"

#include "net/HttpClient.h"

#include <QUrlQuery>
#include <limits>
#include <nlohmann/json.hpp>

namespace relance {

namespace {
std::string s(const QString& q) { return q.toStdString(); }
QString q(const std::string& s) { return QString::fromStdString(s); }

QString joinPath(QString base, const QString& tail)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + tail;
}
} // namespace

QString llmFailureName(LlmFailure f)
{
    switch (f) {
    case LlmFailure::None: return QStringLiteral("none");
    case LlmFailure::Auth: return QStringLiteral("auth-rejected");
    case LlmFailure::RateLimited: return QStringLiteral("rate-limited");
    case LlmFailure::Server: return QStringLiteral("server-error");
    case LlmFailure::Network: return QStringLiteral("unreachable");
    case LlmFailure::Timeout: return QStringLiteral("timeout");
    case LlmFailure::ContentFilter: return QStringLiteral("content-filter");
    case LlmFailure::Truncated: return QStringLiteral("truncated");
    case LlmFailure::BadReply: return QStringLiteral("bad-reply");
    case LlmFailure::SchemaUnsupported: return QStringLiteral("schema-unsupported");
    case LlmFailure::BadRequest: return QStringLiteral("bad-request");
    }
    return {};
}

Result<LlmEndpoint> resolveLlmEndpoint(const LlmConfig& c, const QString& apiKey)
{
    if (c.provider == LlmProvider::Template)
        return fail(ErrorCode::Config, QStringLiteral("[llm] provider: 'template' uses no server"));
    if (c.endpoint.isEmpty())
        return fail(ErrorCode::Config, QStringLiteral("[llm] endpoint: required for provider '%1'").arg(choiceName(c.provider)));
    const bool azure = c.provider == LlmProvider::Azure;
    LlmEndpoint e;
    e.provider = azure ? QStringLiteral("azure") : QStringLiteral("openai-compatible");
    e.timeoutSeconds = c.timeoutSeconds;
    LlmPathStyle style = c.pathStyle;
    if (style == LlmPathStyle::Auto)
        style = azure && !c.deployment.isEmpty() && !c.endpoint.contains(QLatin1StringView("/openai/v1"))
                    ? LlmPathStyle::AzureDeployment
                    : LlmPathStyle::OpenAiV1;
    QUrl url;
    if (style == LlmPathStyle::AzureDeployment) {
        if (c.deployment.isEmpty())
            return fail(ErrorCode::Config, QStringLiteral("[llm] deployment: required with pathStyle azure-deployment"));
        url = QUrl(joinPath(c.endpoint, QStringLiteral("/openai/deployments/%1/chat/completions")
                                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(c.deployment)))));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), c.apiVersion.isEmpty() ? QStringLiteral("2024-10-21") : c.apiVersion);
        url.setQuery(query);
        e.modelLabel = c.deployment;
    } else {
        QString base = c.endpoint;
        while (base.endsWith(u'/'))
            base.chop(1);
        if (azure && !base.contains(QLatin1StringView("/openai/v1")))
            base += QStringLiteral("/openai/v1");
        if (!base.endsWith(QLatin1StringView("/chat/completions")))
            base += QStringLiteral("/chat/completions");
        url = QUrl(base);
        e.model = azure && !c.deployment.isEmpty() ? c.deployment : c.model;
        if (e.model.isEmpty())
            return fail(ErrorCode::Config, QStringLiteral("[llm] model: required with pathStyle openai-v1"));
        e.modelLabel = e.model;
    }
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return fail(ErrorCode::Config, QStringLiteral("[llm] endpoint: '%1' does not give a usable URL").arg(c.endpoint));
    e.url = url;
    // OpenAI and Azure take max_completion_tokens; local servers (Ollama, llama.cpp, vLLM) know max_tokens.
    e.maxCompletionTokensField = azure || url.host().endsWith(QLatin1StringView("openai.com"));

    LlmAuth auth = c.auth;
    if (auth == LlmAuth::Auto)
        auth = azure ? LlmAuth::ApiKey : (apiKey.isEmpty() ? LlmAuth::None : LlmAuth::Bearer);
    if (auth != LlmAuth::None && apiKey.isEmpty())
        return fail(ErrorCode::Config,
                    QStringLiteral("no LLM API key: set RELANCE_LLM_API_KEY or store it in the keychain ([llm] auth is '%1')")
                        .arg(choiceName(auth)));
    if (auth == LlmAuth::ApiKey) {
        e.authHeader = QByteArrayLiteral("api-key");
        e.authValue = apiKey.toUtf8();
    } else if (auth == LlmAuth::Bearer) {
        e.authHeader = QByteArrayLiteral("Authorization");
        e.authValue = "Bearer " + apiKey.toUtf8();
    }
    return e;
}

QByteArray chatRequestBody(const LlmEndpoint& e, const ChatRequest& r)
{
    nlohmann::json body;
    if (!e.model.isEmpty())
        body["model"] = s(e.model);
    body["temperature"] = r.temperature;
    body[e.maxCompletionTokensField ? "max_completion_tokens" : "max_tokens"] = r.maxCompletionTokens;
    body["messages"] = nlohmann::json::array({{{"role", "system"}, {"content", s(r.system)}},
                                              {{"role", "user"}, {"content", s(r.user)}}});
    if (r.mode == ResponseMode::JsonSchema)
        body["response_format"] = {{"type", "json_schema"},
                                   {"json_schema",
                                    {{"name", "reminder"},
                                     {"strict", true},
                                     {"schema", nlohmann::json::parse(reminderJsonSchema().toStdString())}}}};
    else
        body["response_format"] = {{"type", "json_object"}};
    return QByteArray::fromStdString(body.dump());
}

namespace {
// A usage figure, or 0 when it is missing, not a number, or out of range. json::value() would throw on a string
// ("12") and a double such as 1e400 would overflow the int: both came up in fuzzing (tests/fuzz/corpus/llm_reply).
int tokenCount(const nlohmann::json& usage, const char* key)
{
    if (!usage.contains(key))
        return 0;
    const auto& v = usage[key];
    if (v.is_number_unsigned())
        return int(std::min<std::uint64_t>(v.get<std::uint64_t>(), std::uint64_t(std::numeric_limits<int>::max())));
    if (v.is_number_integer()) {
        const std::int64_t n = v.get<std::int64_t>();
        return n < 0 ? 0 : int(std::min<std::int64_t>(n, std::numeric_limits<int>::max()));
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return d >= 0 && d <= double(std::numeric_limits<int>::max()) ? int(d) : 0;
    }
    return 0;
}

QString stripFences(QString t)
{
    t = t.trimmed();
    if (t.startsWith(QLatin1StringView("```"))) {
        const qsizetype nl = t.indexOf(u'\n');
        t = nl >= 0 ? t.mid(nl + 1) : QString();
        if (t.endsWith(QLatin1StringView("```")))
            t.chop(3);
    }
    return t.trimmed();
}
} // namespace

LlmOutcome parseChatResponse(int status, const QByteArray& bytes, const QList<QPair<QByteArray, QByteArray>>& headers,
                             const QDateTime& nowUtc)
{
    LlmOutcome o;
    o.httpStatus = status;
    const auto json = nlohmann::json::parse(bytes.toStdString(), nullptr, false);
    QString errCode, errMessage;
    if (json.is_object() && json.contains("error") && json["error"].is_object()) {
        const auto& e = json["error"];
        if (e.contains("code") && e["code"].is_string())
            errCode = q(e["code"].get<std::string>());
        if (e.contains("message") && e["message"].is_string())
            errMessage = q(e["message"].get<std::string>()).left(300);
    }
    const QString errText = errCode.isEmpty() ? errMessage : errCode + QStringLiteral(": ") + errMessage;
    if (status == 401 || status == 403) {
        o.failure = LlmFailure::Auth;
        o.detail = QStringLiteral("the LLM server refused the credentials (HTTP %1)%2")
                       .arg(status)
                       .arg(errText.isEmpty() ? QString() : QStringLiteral(": ") + errText);
        return o;
    }
    if (status == 429 || status == 503) {
        o.failure = LlmFailure::RateLimited;
        o.retryAfterMs = retryAfterFromHeaders(headers, nowUtc);
        o.detail = QStringLiteral("HTTP %1 from the LLM server%2").arg(status).arg(errText.isEmpty() ? QString() : QStringLiteral(": ") + errText);
        return o;
    }
    if (status >= 500) {
        o.failure = LlmFailure::Server;
        o.retryAfterMs = retryAfterFromHeaders(headers, nowUtc);
        o.detail = QStringLiteral("HTTP %1 from the LLM server%2").arg(status).arg(errText.isEmpty() ? QString() : QStringLiteral(": ") + errText);
        return o;
    }
    if (status >= 400) {
        const QString lower = (errCode + u' ' + errMessage).toLower();
        if (lower.contains(QLatin1StringView("content_filter")) || lower.contains(QLatin1StringView("responsibleaipolicy"))) {
            o.failure = LlmFailure::ContentFilter;
            o.detail = QStringLiteral("the provider's content filter blocked the prompt");
        } else if (lower.contains(QLatin1StringView("response_format")) || lower.contains(QLatin1StringView("json_schema"))) {
            o.failure = LlmFailure::SchemaUnsupported;
            o.detail = QStringLiteral("the server does not take a JSON schema: %1").arg(errText);
        } else {
            o.failure = LlmFailure::BadRequest;
            o.detail = QStringLiteral("HTTP %1 from the LLM server%2").arg(status).arg(errText.isEmpty() ? QString() : QStringLiteral(": ") + errText);
        }
        return o;
    }
    if (status < 200 || status >= 300) {
        o.failure = LlmFailure::BadReply;
        o.detail = QStringLiteral("unexpected HTTP status %1").arg(status);
        return o;
    }
    if (!json.is_object()) {
        o.failure = bytes.trimmed().startsWith('{') ? LlmFailure::Truncated : LlmFailure::BadReply;
        o.detail = bytes.trimmed().isEmpty() ? QStringLiteral("the LLM server sent an empty answer")
                                             : QStringLiteral("the LLM server's answer is not JSON (or was cut short)");
        return o;
    }
    if (json.contains("usage") && json["usage"].is_object()) {
        o.reply.promptTokens = tokenCount(json["usage"], "prompt_tokens");
        o.reply.completionTokens = tokenCount(json["usage"], "completion_tokens");
    }
    if (json.contains("model") && json["model"].is_string())
        o.reply.model = q(json["model"].get<std::string>());
    if (!json.contains("choices") || !json["choices"].is_array() || json["choices"].empty() || !json["choices"][0].is_object()) {
        o.failure = LlmFailure::BadReply;
        o.detail = QStringLiteral("the answer has no choices");
        return o;
    }
    const auto& choice = json["choices"][0];
    if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
        o.reply.finishReason = q(choice["finish_reason"].get<std::string>());
    if (o.reply.finishReason == u"content_filter") {
        o.failure = LlmFailure::ContentFilter;
        o.detail = QStringLiteral("the provider's content filter withheld the answer");
        return o;
    }
    if (o.reply.finishReason == u"length") {
        o.failure = LlmFailure::Truncated;
        o.detail = QStringLiteral("the answer was cut at the token limit (finish_reason length)");
        return o;
    }
    QString content;
    if (choice.contains("message") && choice["message"].is_object() && choice["message"].contains("content") &&
        choice["message"]["content"].is_string())
        content = q(choice["message"]["content"].get<std::string>());
    content = stripFences(content);
    if (content.isEmpty()) {
        o.failure = LlmFailure::BadReply;
        o.detail = choice.contains("message") && choice["message"].is_object() && choice["message"].contains("refusal") &&
                           choice["message"]["refusal"].is_string()
                       ? QStringLiteral("the model refused: %1").arg(q(choice["message"]["refusal"].get<std::string>()).left(200))
                       : QStringLiteral("the model's message is empty");
        return o;
    }
    const auto inner = nlohmann::json::parse(content.toStdString(), nullptr, false);
    if (!inner.is_object()) {
        o.failure = LlmFailure::BadReply;
        o.detail = QStringLiteral("the model's message is not a JSON object: '%1'").arg(content.left(80));
        return o;
    }
    QStringList missing;
    for (const char* field : {"subject", "body"})
        if (!inner.contains(field) || !inner[field].is_string() || inner[field].get<std::string>().empty())
            missing << QLatin1StringView(field).toString();
    if (!missing.isEmpty()) {
        o.failure = LlmFailure::BadReply;
        o.detail = QStringLiteral("the model's answer lacks %1").arg(missing.join(QStringLiteral(" and ")));
        return o;
    }
    o.reply.subject = q(inner["subject"].get<std::string>()).trimmed();
    o.reply.body = q(inner["body"].get<std::string>()).trimmed();
    return o;
}

LlmClient::LlmClient(LlmEndpoint endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_nam(new QNetworkAccessManager(this))
{
}

LlmClient::~LlmClient()
{
    // Requests in flight end without their callbacks, before the access manager goes.
    qDeleteAll(findChildren<net::HttpClient*>(Qt::FindDirectChildrenOnly));
}

namespace {
// What a transport failure or a broken answer means to drafting (the codes the service has always acted on).
LlmOutcome transportOutcome(net::HttpResponse::Break how, int status, const QString& why)
{
    LlmOutcome o;
    o.httpStatus = status;
    switch (how) {
    case net::HttpResponse::Break::Timeout:
        o.failure = LlmFailure::Timeout;
        o.detail = QStringLiteral("the LLM server did not answer in time");
        break;
    case net::HttpResponse::Break::Closed:
        o.failure = status == 200 ? LlmFailure::Truncated : LlmFailure::Network;
        o.detail = QStringLiteral("the LLM server closed the connection mid-answer");
        break;
    default:
        o.failure = LlmFailure::Network;
        o.detail = QStringLiteral("cannot reach the LLM server: %1").arg(why);
        break;
    }
    return o;
}
} // namespace

void LlmClient::send(const ChatRequest& request, QObject* context, Callback done)
{
    net::HttpRequest req;
    req.url = m_endpoint.url;
    req.verb = "POST";
    req.body = chatRequestBody(m_endpoint, request);
    req.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_endpoint.authHeader.isEmpty())
        req.headers.push_back({m_endpoint.authHeader, m_endpoint.authValue});
    req.timeoutMs = m_endpoint.timeoutSeconds * 1000;
    req.http2 = false;
    req.what = QStringLiteral("chat completion");
    // Every answer comes back here: 429/503 and their retry times are the pacer's and the service's business.
    req.everyAnswer = true;
    auto* http = new net::HttpClient(m_nam, net::RetryPolicy{}, *m_clock, this);
    QPointer<QObject> guard(context);
    http->send(std::move(req), [this, http, guard, done](Result<net::HttpResponse> r) {
        http->deleteLater();
        LlmOutcome o;
        if (!r) {
            switch (r.error().code) {
            case ErrorCode::Timeout:
                o = transportOutcome(net::HttpResponse::Break::Timeout, 0, r.error().detail);
                break;
            case ErrorCode::Cancelled: // abortAll()
                o.failure = LlmFailure::Network;
                o.detail = QStringLiteral("cancelled");
                break;
            default:
                o = transportOutcome(net::HttpResponse::Break::Other, r.error().httpStatus, r.error().detail);
                break;
            }
        } else if (r->broken != net::HttpResponse::Break::None && r->status == 200) {
            o = transportOutcome(r->broken, r->status, r->errorString);
        } else {
            o = parseChatResponse(r->status, r->body, r->headers, m_clock->nowUtc());
        }
        if (guard)
            done(o);
    });
}

void LlmClient::abortAll()
{
    QList<QPointer<net::HttpClient>> inFlight;
    for (net::HttpClient* c : findChildren<net::HttpClient*>(Qt::FindDirectChildrenOnly))
        inFlight.push_back(c);
    // cancel() runs each callback before it returns; a callback may end another client meanwhile.
    for (const QPointer<net::HttpClient>& c : inFlight)
        if (c && c->busy())
            c->cancel();
}

} // namespace relance
