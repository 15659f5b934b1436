// Pacing benchmark: N approved reminders sent through Graph (draft + send) to the local fake server with a fixed
// latency per request, with the real clock, by the one I/O worker on its own thread (as the workstation's "Send now"). Prints one JSON object: how long it took against what the configured rate
// allows ((N-1) / rate, a burst of one), the busiest 60-second window, the peak of concurrent requests and duplicates.
// Usage: bench_send [--count 1000] [--rate 600] [--latency 100] [--source demo|odata]
// --source odata: the invoices are asked for at a fake OData facade right before sending (batched by number), a
// stale last sync, so only the source's answers let them go out; "accountingRequests" counts those lookups.
#include "FakeGraph.h"
#include "FakeSource.h"
#include "MailFixture.h"
#include "mail/Sender.h"
#include "sync/SyncStore.h"
#include "worker/IoWorker.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 1000, rate = 600, latency = 100;
    QString source = QStringLiteral("demo");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--count")
            count = args[i + 1].toInt();
        else if (args[i] == u"--rate")
            rate = args[i + 1].toInt();
        else if (args[i] == u"--latency")
            latency = args[i + 1].toInt();
        else if (args[i] == u"--source")
            source = args[i + 1];
    }
    spdlog::set_level(spdlog::level::warn);

    QThread serverThread;
    auto* fake = new FakeGraph;
    fake->moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(fake, [&] { listening = fake->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        qFatal("the fake server cannot listen");
    fake->setLatencyMs(latency);
    fake->addRefreshToken(QStringLiteral("rt-bench"));
    qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-bench");

    MailFixture f;
    if (!f.open() || !f.addApprovedBatch(count))
        qFatal("cannot prepare the database");
    Config config = f.graphConfig(*fake);
    config.mail.sendsPerMinute = rate;
    config.mail.timeoutSeconds = 30;
    FakeSource accounting;
    if (source == u"odata") {
        if (!accounting.listen())
            qFatal("the fake OData facade cannot listen");
        const auto invoices = f.store->invoices();
        if (!invoices)
            qFatal("cannot read the invoices");
        for (const Invoice& i : *invoices) {
            const auto client = f.store->client(i.clientId);
            accounting.upsert({i.number, (*client)->number, (*client)->name, (*client)->reminderEmails.value(0), i.currency,
                               i.amountMinor, i.openMinor, i.issueDate, i.dueDate});
        }
        config.accounting.source = AccountingSource::OData;
        config.accounting.url = accounting.serviceRoot().toString();
        config.accounting.auth = HttpAuth::None;
        const QString stale = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
        if (!f.db->transaction([&] { return f.store->setSyncValue(sync::kLastSyncKey, stale); }))
            qFatal("cannot set the last sync");
    }

    worker::IoWorkerThread io;
    worker::WorkerSetup setup;
    setup.config = config;
    setup.databaseUrl = f.url;
    setup.scheduled = false;
    SendReport report;
    QObject::connect(io.worker(), &worker::IoWorker::sendFinished, &app, [&](const SendReport& r) {
        report = r;
        app.quit();
    });
    QObject::connect(io.worker(), &worker::IoWorker::sendFailed, &app, [&](const Error& e) {
        std::fprintf(stderr, "the send run did not start: %s\n", qPrintable(e.toString()));
        app.quit();
    });
    io.configure(setup);
    QElapsedTimer wall;
    wall.start();
    io.send(QStringLiteral("system"), config);
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;

    QList<QDateTime> times = fake->sendTimes();
    std::sort(times.begin(), times.end());
    int busiestMinute = 0;
    for (qsizetype i = 0, j = 0; i < times.size(); ++i) {
        while (times[j].msecsTo(times[i]) >= 60000)
            ++j;
        busiestMinute = std::max(busiestMinute, int(i - j + 1));
    }
    const double firstToLast = times.size() > 1 ? times.front().msecsTo(times.back()) / 1000.0 : 0.0;
    const double expected = (count - 1) * 60.0 / rate;
    const QMap<QString, int> deliveries = fake->deliveries();
    int duplicates = 0;
    for (int n : deliveries)
        duplicates += n > 1 ? n - 1 : 0;

    nlohmann::json out{{"benchmark", "send-pacing"},
                       {"reminders", count},
                       {"sendsPerMinute", rate},
                       {"latencyMsPerRequest", latency},
                       {"accountingSource", source.toStdString()},
                       {"accountingRequests", report.accountingRequests},
                       {"sent", report.sent},
                       {"delivered", deliveries.size()},
                       {"duplicates", duplicates},
                       {"expectedSeconds", expected},
                       {"firstToLastSendSeconds", firstToLast},
                       {"wallSeconds", seconds},
                       {"slowerThanRateBy", expected > 0 ? firstToLast / expected - 1.0 : 0.0},
                       {"busiestSixtySecondWindow", busiestMinute},
                       {"peakConcurrentRequests", fake->peakConcurrent()},
                       {"withinTenPercent", expected > 0 && firstToLast <= expected * 1.10},
                       {"neverFasterThanRate", firstToLast >= expected * 0.99 && busiestMinute <= rate + 1}};
    std::printf("%s\n", out.dump().c_str());

    QMetaObject::invokeMethod(fake, [fake] { delete fake; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return report.sent == count && duplicates == 0 ? 0 : 1;
}
