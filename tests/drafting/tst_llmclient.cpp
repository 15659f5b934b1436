// The chat-completions client: endpoints and auth per provider, the request body, answer classification, retry times,
// and real HTTP round trips to the fake server on both path styles.
#include "FakeLlmServer.h"
#include "drafting/LlmClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::test;

namespace {
LlmConfig azureConfig(const QString& endpoint)
{
    LlmConfig c;
    c.provider = LlmProvider::Azure;
    c.endpoint = endpoint;
    c.deployment = QStringLiteral("gpt4o-reminders");
    return c;
}

// Sends one request and waits (in the test only) for the outcome.
LlmOutcome roundTrip(LlmClient& client, ResponseMode mode = ResponseMode::JsonSchema)
{
    QObject context;
    std::optional<LlmOutcome> got;
    ChatRequest req;
    req.system = QStringLiteral("Write the reminder in French (language code: fr).");
    req.user = QStringLiteral("Bucket: light");
    req.mode = mode;
    client.send(req, &context, [&](const LlmOutcome& o) { got = o; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return LlmOutcome{LlmFailure::Timeout, {}, 0, -1, QStringLiteral("test timeout")};
    return *got;
}
} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints()
    {
        auto a = resolveLlmEndpoint(azureConfig(QStringLiteral("https://res.openai.azure.com/")), QStringLiteral("k"));
        QVERIFY(a);
        QCOMPARE(a->url.toString(),
                 QStringLiteral("https://res.openai.azure.com/openai/deployments/gpt4o-reminders/chat/completions?api-version=2024-10-21"));
        QCOMPARE(a->authHeader, QByteArray("api-key"));
        QCOMPARE(a->authValue, QByteArray("k"));
        QVERIFY(a->model.isEmpty());
        QCOMPARE(a->provider, QStringLiteral("azure"));

        LlmConfig v1 = azureConfig(QStringLiteral("https://res.openai.azure.com"));
        v1.pathStyle = LlmPathStyle::OpenAiV1;
        v1.auth = LlmAuth::Bearer;
        auto b = resolveLlmEndpoint(v1, QStringLiteral("entra-token"));
        QVERIFY(b);
        QCOMPARE(b->url.toString(), QStringLiteral("https://res.openai.azure.com/openai/v1/chat/completions"));
        QCOMPARE(b->model, QStringLiteral("gpt4o-reminders"));
        QCOMPARE(b->authValue, QByteArray("Bearer entra-token"));

        LlmConfig ollama;
        ollama.provider = LlmProvider::OpenAiCompatible;
        ollama.endpoint = QStringLiteral("http://localhost:11434/v1");
        ollama.model = QStringLiteral("llama3.1:8b");
        auto c = resolveLlmEndpoint(ollama, QString());
        QVERIFY(c);
        QCOMPARE(c->url.toString(), QStringLiteral("http://localhost:11434/v1/chat/completions"));
        QVERIFY(c->authHeader.isEmpty());
        QVERIFY(!c->maxCompletionTokensField);

        auto noKey = resolveLlmEndpoint(azureConfig(QStringLiteral("https://res.openai.azure.com")), QString());
        QVERIFY(!noKey);
        QVERIFY(noKey.error().detail.contains(QStringLiteral("RELANCE_LLM_API_KEY")));
        LlmConfig noEndpoint;
        noEndpoint.provider = LlmProvider::Azure;
        QVERIFY(!resolveLlmEndpoint(noEndpoint, QStringLiteral("k")));
    }

    void requestBody()
    {
        auto e = resolveLlmEndpoint(azureConfig(QStringLiteral("https://res.openai.azure.com")), QStringLiteral("k"));
        ChatRequest r;
        r.system = QStringLiteral("sys");
        r.user = QStringLiteral("usr");
        r.maxCompletionTokens = 600;
        const auto schema = nlohmann::json::parse(chatRequestBody(*e, r).toStdString());
        QCOMPARE(schema["max_completion_tokens"].get<int>(), 600);
        QCOMPARE(schema["messages"][0]["role"].get<std::string>(), std::string("system"));
        QCOMPARE(schema["response_format"]["type"].get<std::string>(), std::string("json_schema"));
        QVERIFY(schema["response_format"]["json_schema"]["strict"].get<bool>());
        QCOMPARE(schema["response_format"]["json_schema"]["schema"]["required"].size(), std::size_t(2));
        QVERIFY(!schema.contains("model"));
        r.mode = ResponseMode::JsonObject;
        const auto object = nlohmann::json::parse(chatRequestBody(*e, r).toStdString());
        QCOMPARE(object["response_format"]["type"].get<std::string>(), std::string("json_object"));
    }

    void retryHeaders()
    {
        const QDateTime now = QDateTime(QDate(2025, 3, 20), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(retryAfterFromHeaders({{"retry-after-ms", "1500"}, {"Retry-After", "9"}}, now), 1500);
        QCOMPARE(retryAfterFromHeaders({{"x-ms-retry-after-ms", "250"}}, now), 250);
        QCOMPARE(retryAfterFromHeaders({{"Retry-After", "3"}}, now), 3000);
        QCOMPARE(retryAfterFromHeaders({{"Retry-After", "Thu, 20 Mar 2025 10:00:07 GMT"}}, now), 7000);
        QCOMPARE(retryAfterFromHeaders({}, now), -1);
        QCOMPARE(retryAfterFromHeaders({{"Retry-After", "soon"}}, now), -1);
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("failure");
        auto content = [](const char* c, const char* finish = "stop") {
            nlohmann::json j = {{"choices", {{{"finish_reason", finish}, {"message", {{"role", "assistant"}, {"content", c}}}}}},
                                {"usage", {{"prompt_tokens", 10}, {"completion_tokens", 5}}}};
            return QByteArray::fromStdString(j.dump());
        };
        QTest::newRow("good") << 200 << content(R"({"subject":"S","body":"B"})") << int(LlmFailure::None);
        QTest::newRow("fenced") << 200 << content("```json\n{\"subject\":\"S\",\"body\":\"B\"}\n```") << int(LlmFailure::None);
        QTest::newRow("not-json") << 200 << content("Dear client, please pay.") << int(LlmFailure::BadReply);
        QTest::newRow("missing-body") << 200 << content(R"({"subject":"S"})") << int(LlmFailure::BadReply);
        QTest::newRow("empty-body") << 200 << content(R"({"subject":"S","body":""})") << int(LlmFailure::BadReply);
        QTest::newRow("empty-content") << 200 << content("") << int(LlmFailure::BadReply);
        QTest::newRow("length") << 200 << content("{\"subject\":\"S\",\"bo", "length") << int(LlmFailure::Truncated);
        QTest::newRow("output-filter") << 200 << content("", "content_filter") << int(LlmFailure::ContentFilter);
        QTest::newRow("cut-envelope") << 200 << QByteArray("{\"choices\":[{\"finish_reason\":\"stop\",\"mess") << int(LlmFailure::Truncated);
        QTest::newRow("empty-http") << 200 << QByteArray() << int(LlmFailure::BadReply);
        QTest::newRow("no-choices") << 200 << QByteArray(R"({"choices":[]})") << int(LlmFailure::BadReply);
        QTest::newRow("prompt-filter") << 400
                                       << QByteArray(R"({"error":{"code":"content_filter","message":"filtered","innererror":{"code":"ResponsibleAIPolicyViolation"}}})")
                                       << int(LlmFailure::ContentFilter);
        QTest::newRow("schema-unsupported")
            << 400 << QByteArray(R"({"error":{"code":"BadRequest","message":"response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later"}})")
            << int(LlmFailure::SchemaUnsupported);
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"code":"401","message":"Access denied"}})") << int(LlmFailure::Auth);
        QTest::newRow("403") << 403 << QByteArray() << int(LlmFailure::Auth);
        QTest::newRow("429") << 429 << QByteArray() << int(LlmFailure::RateLimited);
        QTest::newRow("503") << 503 << QByteArray() << int(LlmFailure::RateLimited);
        QTest::newRow("500") << 500 << QByteArray() << int(LlmFailure::Server);
        QTest::newRow("404") << 404 << QByteArray(R"({"error":{"code":"DeploymentNotFound","message":"no"}})") << int(LlmFailure::BadRequest);
    }
    void classification()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, failure);
        const LlmOutcome o = parseChatResponse(status, body, {});
        QCOMPARE(int(o.failure), failure);
        if (o.ok()) {
            QCOMPARE(o.reply.subject, QStringLiteral("S"));
            QCOMPARE(o.reply.promptTokens, 10);
            QCOMPARE(o.reply.completionTokens, 5);
        } else {
            QVERIFY(!o.detail.isEmpty());
        }
    }

    void roundTripAzureDeployment()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.requireHeader("api-key", "azure-key");
        auto e = resolveLlmEndpoint(azureConfig(server.baseUrl()), QStringLiteral("azure-key"));
        QVERIFY(e);
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client);
        QVERIFY2(o.ok(), qPrintable(o.detail));
        QVERIFY(o.reply.body.contains(QStringLiteral("{{invoice_list}}")));
        QCOMPARE(o.reply.promptTokens, 420);
        QCOMPARE(server.requests().size(), 1);
        const FakeRequest& r = server.requests().first();
        QCOMPARE(r.path, QStringLiteral("/openai/deployments/gpt4o-reminders/chat/completions"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2024-10-21"));
        QCOMPARE(r.responseFormatType(), QStringLiteral("json_schema"));
        QVERIFY(!r.headers.contains("authorization"));
    }

    void roundTripV1Bearer()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.requireHeader("authorization", "Bearer local-key");
        LlmConfig c;
        c.provider = LlmProvider::OpenAiCompatible;
        c.endpoint = server.baseUrl() + QStringLiteral("/v1");
        c.model = QStringLiteral("qwen2.5");
        auto e = resolveLlmEndpoint(c, QStringLiteral("local-key"));
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client, ResponseMode::JsonObject);
        QVERIFY2(o.ok(), qPrintable(o.detail));
        const FakeRequest& r = server.requests().first();
        QCOMPARE(r.path, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(QString::fromStdString(r.json["model"].get<std::string>()), QStringLiteral("qwen2.5"));
        QVERIFY(r.json.contains("max_tokens"));
        QCOMPARE(r.responseFormatType(), QStringLiteral("json_object"));
    }

    void wrongKeyIsAuthFailure()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.requireHeader("api-key", "right");
        auto e = resolveLlmEndpoint(azureConfig(server.baseUrl()), QStringLiteral("k-WRONG-KEY-9"));
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client);
        QCOMPARE(o.failure, LlmFailure::Auth);
        QCOMPARE(o.httpStatus, 401);
        QVERIFY(!o.detail.contains(QStringLiteral("WRONG-KEY")));  // the key is never in a message
    }

    void truncatedConnection()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        FakeResponse cut = FakeLlmServer::draft(QStringLiteral("S"), QStringLiteral("Body text that is long enough"));
        cut.truncate = true;
        server.enqueue(cut);
        auto e = resolveLlmEndpoint(azureConfig(server.baseUrl()), QStringLiteral("k"));
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client);
        QVERIFY2(o.failure == LlmFailure::Truncated || o.failure == LlmFailure::Network, qPrintable(llmFailureName(o.failure)));
        QVERIFY(!o.ok());
    }

    void retryAfterThroughHttp()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeLlmServer::tooMany("x-ms-retry-after-ms", "1234", 1234));
        auto e = resolveLlmEndpoint(azureConfig(server.baseUrl()), QStringLiteral("k"));
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client);
        QCOMPARE(o.failure, LlmFailure::RateLimited);
        QCOMPARE(o.retryAfterMs, 1234);
    }

    void unreachable()
    {
        LlmConfig c = azureConfig(QStringLiteral("http://127.0.0.1:1"));
        auto e = resolveLlmEndpoint(c, QStringLiteral("k"));
        LlmClient client(*e);
        const LlmOutcome o = roundTrip(client);
        QCOMPARE(o.failure, LlmFailure::Network);
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
