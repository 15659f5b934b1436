// Benchmark: 200 drafts against the local fake OpenAI-compatible server with 1 s latency, limits 600 requests/min and
// 150,000 tokens/min. Prints one JSON object: the measured time, the floor those limits and the concurrency allow
// (computed from the requests actually sent), their ratio, and how many requests came before a server-given retry time
// (one 429 with retry-after-ms is served on purpose).
#include "DraftTestData.h"
#include "FakeLlmServer.h"
#include "TestSupport.h"
#include "drafting/DraftingService.h"
#include "drafting/Prompt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace relance;
using namespace relance::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const int drafts = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int latencyMs = 1000;
    const int maxConcurrency = 6; // QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host
    const int rpm = 600;
    const int tpm = 150000;
    const int maxCompletion = 300;

    QTemporaryDir dir;
    auto db = Database::openAndMigrate(sqliteUrl(dir));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    Store store(**db);
    const QDate asOf = QDate::currentDate();
    {
        QList<Client> clients;
        for (int i = 0; i < drafts; ++i) {
            Client c;
            c.number = QStringLiteral("B-%1").arg(i, 4, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Client %1 SA").arg(i);
            c.language = i % 3 == 0 ? Language::French : i % 3 == 1 ? Language::German : Language::English;
            c.reminderEmails = {QStringLiteral("c%1@example.ch").arg(i)};
            for (QString* f : {&c.invoiceEmail, &c.contactPerson, &c.accountant, &c.crmAccountId, &c.doNotChaseReason})
                *f = QStringLiteral("");
            clients << c;
        }
        auto ok = store.database().transaction([&]() -> Result<void> {
            if (auto r = store.upsertClients(clients); !r)
                return r;
            QList<Invoice> invoices;
            for (int i = 0; i < drafts; ++i) {
                Invoice inv;
                inv.number = QStringLiteral("RE-%1").arg(50000 + i);
                inv.clientId = clients[i].id;
                inv.issueDate = asOf.addDays(-40 - i % 50);
                inv.dueDate = asOf.addDays(-10 - i % 50);
                inv.amountMinor = inv.openMinor = 10000 + 137 * i;
                inv.currency = QStringLiteral("CHF");
                inv.source = QStringLiteral("bench");
                inv.lastModified = QDateTime::currentDateTimeUtc();
                invoices << inv;
            }
            return store.upsertInvoices(invoices);
        });
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().toString()));
            return 1;
        }
    }

    FakeLlmServer server;
    server.listen();
    server.setLatencyMs(latencyMs);
    // The 20th request gets a 429 with a server-given retry time.
    int served = 0;
    server.setHandler([&served](const FakeRequest& req) {
        if (++served == 20) {
            FakeResponse r = FakeLlmServer::tooMany("retry-after-ms", "2000", 2000);
            r.delayMs = 50;
            return r;
        }
        const auto d = FakeLlmServer::goodDraft(req.language(), QStringLiteral("moderate"));
        return FakeLlmServer::draft(d.first, d.second);
    });

    Config config = draftTestConfig();
    config.llm.provider = LlmProvider::OpenAiCompatible;
    config.llm.endpoint = server.baseUrl() + QStringLiteral("/v1");
    config.llm.model = QStringLiteral("bench-model");
    config.llm.auth = LlmAuth::None;
    config.llm.maxConcurrency = maxConcurrency;
    config.llm.requestsPerMinute = rpm;
    config.llm.tokensPerMinute = tpm;
    config.llm.maxCompletionTokens = maxCompletion;
    config.llm.timeoutSeconds = 30;

    DraftingService service(store, config, QString());
    DraftRunSummary summary;
    QElapsedTimer timer;
    QObject::connect(&service, &DraftingService::finished, &app, [&](const DraftRunSummary& s) {
        summary = s;
        app.quit();
    });
    timer.start();
    service.run({.asOf = asOf});
    app.exec();
    const qint64 elapsed = timer.elapsed();

    // The floor: every request's reservation (prompt estimate + max completion) through the token bucket, every request
    // through the request bucket, and the concurrency; each bucket starts full (one sixth of a minute's budget).
    const auto& reqs = server.requests();
    double tokens = 0;
    for (const FakeRequest& r : reqs)
        tokens += estimateTokens(r.system()) + estimateTokens(r.user()) + maxCompletion;
    const int n = int(reqs.size());
    const double tokenCapacity = tpm / 6.0;
    const double requestCapacity = rpm / 6.0;
    const double tokenFloorMs = std::max(0.0, tokens - tokenCapacity) / (tpm / 60000.0) + latencyMs;
    const double requestFloorMs = std::max(0.0, n - requestCapacity) / (rpm / 60000.0) + latencyMs;
    const double concurrencyFloorMs = std::ceil(double(n) / maxConcurrency) * latencyMs;
    const double floorMs = std::max({tokenFloorMs, requestFloorMs, concurrencyFloorMs});

    QJsonObject o{{QStringLiteral("drafts"), summary.drafted},
                  {QStringLiteral("requests"), n},
                  {QStringLiteral("templateFallbacks"), summary.templateFallbacks},
                  {QStringLiteral("withBlockingFindings"), summary.withBlockingFindings},
                  {QStringLiteral("serverLatencyMs"), latencyMs},
                  {QStringLiteral("requestsPerMinute"), rpm},
                  {QStringLiteral("tokensPerMinute"), tpm},
                  {QStringLiteral("maxConcurrency"), maxConcurrency},
                  {QStringLiteral("reservedTokens"), qint64(tokens)},
                  {QStringLiteral("tokenFloorMs"), qint64(tokenFloorMs)},
                  {QStringLiteral("requestFloorMs"), qint64(requestFloorMs)},
                  {QStringLiteral("concurrencyFloorMs"), qint64(concurrencyFloorMs)},
                  {QStringLiteral("floorMs"), qint64(floorMs)},
                  {QStringLiteral("elapsedMs"), elapsed},
                  {QStringLiteral("ratioToFloor"), std::round(elapsed / floorMs * 1000) / 1000},
                  {QStringLiteral("within1_1xFloor"), elapsed <= 1.1 * floorMs},
                  {QStringLiteral("requestsBeforeRetryTime"), server.earlyRequests()},
                  {QStringLiteral("maxInFlightAtServer"), server.maxInFlight()},
                  {QStringLiteral("error"), summary.error ? summary.error->toString() : QString()}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return summary.drafted == drafts && !summary.error ? 0 : 1;
}
