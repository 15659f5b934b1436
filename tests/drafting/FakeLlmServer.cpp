#include "FakeLlmServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QRegularExpression>

namespace relance::test {

QString FakeRequest::system() const
{
    if (json.is_object() && json.contains("messages") && json["messages"].is_array() && !json["messages"].empty())
        return QString::fromStdString(json["messages"][0].value("content", std::string()));
    return {};
}

QString FakeRequest::user() const
{
    if (json.is_object() && json.contains("messages") && json["messages"].is_array() && json["messages"].size() > 1)
        return QString::fromStdString(json["messages"][1].value("content", std::string()));
    return {};
}

QString FakeRequest::language() const
{
    static const QRegularExpression re(QStringLiteral("language code: ([a-z]{2})"));
    const auto m = re.match(system());
    return m.hasMatch() ? m.captured(1) : QStringLiteral("fr");
}

QString FakeRequest::responseFormatType() const
{
    if (json.is_object() && json.contains("response_format") && json["response_format"].is_object())
        return QString::fromStdString(json["response_format"].value("type", std::string()));
    return {};
}

FakeLlmServer::FakeLlmServer(QObject* parent) : HttpWireServer(parent)
{
    m_clock.start();
    setTrailer("Connection: keep-alive");
}

QString FakeLlmServer::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

QPair<QString, QString> FakeLlmServer::goodDraft(const QString& lang, const QString& bucket)
{
    const bool serious = bucket == u"serious";
    if (lang == u"de")
        return {QStringLiteral("Erinnerung: Rechnung {{invoice_number}}"),
                QStringLiteral("Guten Tag {{contact_person}}\n\nWir danken Ihnen für das freundliche Gespräch der letzten Woche. "
                               "Nach unseren Unterlagen ist der folgende Betrag noch offen:\n\n{{invoice_list}}\n\n"
                               "Gesamtbetrag: {{amount}}. Wir bitten Sie, die Zahlung bis zum {{payment_deadline}} zu leisten.\n") +
                    (serious ? QStringLiteral("Ohne Zahlung bis dahin müssen wir die Forderung dem Inkasso übergeben.\n") : QString()) +
                    QStringLiteral("\nFreundliche Grüsse\n{{firm_name}}")};
    if (lang == u"en")
        return {QStringLiteral("Reminder: invoice {{invoice_number}}"),
                QStringLiteral("Dear {{contact_person}},\n\nThank you for your call last week. According to our records the "
                               "following amount is still open:\n\n{{invoice_list}}\n\nTotal: {{amount}}. We would be grateful "
                               "if you could settle it by {{payment_deadline}}.\n") +
                    (serious ? QStringLiteral("Without payment by then we will have to hand the file over to debt collection.\n") : QString()) +
                    QStringLiteral("\nKind regards,\n{{firm_name}}")};
    return {QStringLiteral("Rappel : facture {{invoice_number}}"),
            QStringLiteral("Bonjour {{contact_person}},\n\nNous vous remercions pour votre appel de la semaine dernière. "
                           "Sauf erreur de notre part, le montant suivant est toujours ouvert :\n\n{{invoice_list}}\n\n"
                           "Total : {{amount}}. Nous vous serions reconnaissants de le régler d'ici au {{payment_deadline}}.\n") +
                (serious ? QStringLiteral("Sans paiement d'ici là, nous devrons transmettre le dossier au recouvrement.\n") : QString()) +
                QStringLiteral("\nAvec nos meilleures salutations,\n{{firm_name}}")};
}

FakeResponse FakeLlmServer::completion(const QString& content, const QString& finishReason, int promptTokens, int completionTokens)
{
    nlohmann::json j = {{"id", "chatcmpl-fake"},
                        {"object", "chat.completion"},
                        {"model", "gpt-4o-2024-08-06"},
                        {"choices", nlohmann::json::array({{{"index", 0},
                                                            {"finish_reason", finishReason.toStdString()},
                                                            {"message", {{"role", "assistant"}, {"content", content.toStdString()}}},
                                                            {"content_filter_results", nlohmann::json::object()}}})},
                        {"prompt_filter_results", nlohmann::json::array()},
                        {"usage", {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens},
                                   {"total_tokens", promptTokens + completionTokens}}}};
    FakeResponse r;
    r.body = QByteArray::fromStdString(j.dump());
    return r;
}

FakeResponse FakeLlmServer::draft(const QString& subject, const QString& body)
{
    const nlohmann::json inner = {{"subject", subject.toStdString()}, {"body", body.toStdString()}};
    return completion(QString::fromStdString(inner.dump()));
}

FakeResponse FakeLlmServer::error(int status, const QString& code, const QString& message, QList<QPair<QByteArray, QByteArray>> headers)
{
    nlohmann::json j = {{"error", {{"code", code.toStdString()}, {"message", message.toStdString()}}}};
    if (code == u"content_filter")
        j["error"]["innererror"] = {{"code", "ResponsibleAIPolicyViolation"}};
    FakeResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(j.dump());
    r.headers = std::move(headers);
    return r;
}

FakeResponse FakeLlmServer::tooMany(const QByteArray& header, const QByteArray& value, qint64 impliedMs)
{
    FakeResponse r = error(429, QStringLiteral("429"), QStringLiteral("Requests to the ChatCompletions_Create Operation have exceeded the rate limit."));
    if (!header.isEmpty())
        r.headers << qMakePair(header, value);
    r.retryAfterMs = impliedMs;
    return r;
}

void FakeLlmServer::onRequest(QTcpSocket* socket, const wire::Request& w)
{
    FakeRequest req;
    req.method = w.method;
    const QUrl url(QString::fromLatin1(w.target));
    req.path = url.path();
    req.query = QUrlQuery(url);
    for (auto it = w.headers.cbegin(); it != w.headers.cend(); ++it)
        req.headers.insert(it.key(), it.value());
    req.body = w.body;
    req.json = nlohmann::json::parse(req.body.toStdString(), nullptr, false);
    req.receivedMs = m_clock.elapsed();
    if (m_notBefore >= 0 && m_clock.nsecsElapsed() < m_notBefore)
        ++m_early;
    m_requests << req;
    serve(socket, req);
}

void FakeLlmServer::serve(QTcpSocket* socket, const FakeRequest& req)
{
    FakeResponse r;
    const bool pathOk = req.method == "POST" &&
                        (req.path.endsWith(QLatin1StringView("/v1/chat/completions")) ||
                         (req.path.startsWith(QLatin1StringView("/openai/deployments/")) &&
                          req.path.endsWith(QLatin1StringView("/chat/completions")) && req.query.hasQueryItem(QStringLiteral("api-version"))));
    if (!pathOk) {
        r = error(404, QStringLiteral("404"), QStringLiteral("Resource not found"));
    } else if (!m_authName.isEmpty() && req.headers.value(m_authName) != m_authValue) {
        r = error(401, QStringLiteral("401"), QStringLiteral("Access denied due to invalid subscription key or wrong API endpoint."));
    } else if (m_rejectSchema && req.responseFormatType() == u"json_schema") {
        r = error(400, QStringLiteral("BadRequest"),
                  QStringLiteral("response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later"));
    } else if (!m_script.empty()) {
        r = m_script.front();
        m_script.pop_front();
    } else if (m_handler) {
        r = m_handler(req);
    } else {
        static const QRegularExpression bucketRe(QStringLiteral("Bucket: (light|moderate|serious)"));
        const auto m = bucketRe.match(req.user());
        const auto d = goodDraft(req.language(), m.hasMatch() ? m.captured(1) : QStringLiteral("light"));
        r = draft(d.first, d.second);
    }
    wire::Answer a;
    a.status = r.status;
    a.reason = "X";
    a.headers.push_back({"Content-Type", "application/json"});
    a.headers += r.headers;
    a.body = r.body;
    a.truncate = r.truncate;
    a.delayMs = r.delayMs >= 0 ? r.delayMs : m_latencyMs;
    // The client learns the retry time when the answer leaves: nothing may arrive before then + the wait.
    respond(socket, a, [this, wait = r.retryAfterMs] {
        if (wait >= 0)
            m_notBefore = qMax(m_notBefore, m_clock.nsecsElapsed() + wait * 1'000'000);
    });
}

} // namespace relance::test
