// The one I/O worker on its own thread: queued calls in, value-type results and progress out by signal, the work done
// on the worker's thread with its own database connection, one run of each kind at a time, and a shutdown while it
// sends that leaves nothing half done: the next run sends every reminder exactly once.
#include "FakeGraph.h"
#include "MailFixture.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/Sender.h"
#include "worker/IoWorker.h"

#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace relance;
using namespace relance::test;
using namespace relance::worker;
using namespace Qt::StringLiterals;

class TestIoWorker : public QObject
{
    Q_OBJECT

    static WorkerSetup setupFor(const MailFixture& f, const Config& config)
    {
        WorkerSetup s;
        s.config = config;
        s.databaseUrl = f.url;
        s.scheduled = false;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendRunsOnTheWorkerThreadAndReportsBySignal()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(3, u"W"_s);
        QVERIFY(ids.has_value());
        const Config config = f.outboxDirConfig();
        IoWorkerThread thread;
        IoWorker* w = thread.worker();
        QVERIFY(w->thread() != QThread::currentThread());
        QSignalSpy configured(w, &IoWorker::configured);
        QSignalSpy finished(w, &IoWorker::sendFinished);
        QSignalSpy progress(w, &IoWorker::sendProgress);
        // Where the work happens: on the worker's thread (the context object is the worker itself).
        QSet<QThread*> workThreads;
        connect(
            w, &IoWorker::sendProgress, w, [&] { workThreads << QThread::currentThread(); }, Qt::DirectConnection);

        QElapsedTimer asked;
        asked.start();
        thread.configure(setupFor(f, config));
        thread.send(u"anna"_s, config);
        QVERIFY(asked.elapsed() < 500); // queued: the caller never waits for the run
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(configured.count(), 1);
        const auto report = finished.first().first().value<mail::SendReport>();
        QCOMPARE(report.sent, 3);
        QVERIFY(report.clean());
        QCOMPARE(progress.count(), 3);
        QCOMPARE(workThreads.size(), 1);
        QVERIFY(!workThreads.contains(QThread::currentThread()));
        QCOMPARE(QDir(config.mail.outboxDir).entryList({u"*.eml"_s}, QDir::Files).size(), 3);
        for (qint64 id : *ids)
            QCOMPARE(f.reminder(id)->state, ReminderState::Sent);
        const auto events = *f.store->auditEvents(u"reminder"_s, QString::number(ids->first()));
        QCOMPARE(events.back().actor, u"anna"_s);

        // A second run finds nothing to send and says so; nothing goes out twice.
        thread.send(u"anna"_s, config);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(finished.at(1).first().value<mail::SendReport>().sent, 0);
        QCOMPARE(QDir(config.mail.outboxDir).entryList({u"*.eml"_s}, QDir::Files).size(), 3);
    }

    void refusalsAreSignalledAndChangeNothing()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(1, u"R"_s);
        QVERIFY(ids.has_value());
        IoWorkerThread thread;
        IoWorker* w = thread.worker();
        QSignalSpy sendFailed(w, &IoWorker::sendFailed);
        QSignalSpy drafted(w, &IoWorker::draftFinished);
        QSignalSpy configureFailed(w, &IoWorker::configureFailed);
        // Not configured yet: said, not done.
        thread.send(u"anna"_s, f.outboxDirConfig());
        thread.draft({});
        QTRY_COMPARE(sendFailed.count(), 1);
        QTRY_COMPARE(drafted.count(), 1);
        QCOMPARE(sendFailed.first().first().value<Error>().code, ErrorCode::Config);
        QVERIFY(drafted.first().first().value<DraftRunSummary>().error.has_value());
        // A file that is not a database: refused, said, and the worker stays unconfigured.
        const QString garbage = f.dir.filePath(u"garbage.db"_s);
        {
            QFile g(garbage);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(QByteArray(4096, 'x'));
        }
        WorkerSetup bad = setupFor(f, f.outboxDirConfig());
        bad.databaseUrl = u"sqlite://"_s + garbage;
        thread.configure(bad);
        QTRY_COMPARE(configureFailed.count(), 1);
        QCOMPARE(configureFailed.first().first().value<Error>().code, ErrorCode::NotADatabase);
        thread.send(u"anna"_s, f.outboxDirConfig());
        QTRY_COMPARE(sendFailed.count(), 2);
        QCOMPARE(f.reminder(ids->first())->state, ReminderState::Approved);
    }

    void draftingRunsAndWritesOnTheWorker()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        for (int i = 0; i < 3; ++i) {
            auto c = f.addClient(u"D%1"_s.arg(i), {u"d%1@client.example"_s.arg(i)});
            QVERIFY(c.has_value());
            QVERIFY(f.addInvoice(*c, u"RE-D%1"_s.arg(i), 120000, 40).has_value());
        }
        Config config = f.outboxDirConfig();
        config.llm.provider = LlmProvider::Template;
        IoWorkerThread thread;
        QSignalSpy finished(thread.worker(), &IoWorker::draftFinished);
        QSignalSpy stored(thread.worker(), &IoWorker::draftStored);
        thread.configure(setupFor(f, config));
        thread.draft({.asOf = QDate::currentDate(), .limit = 0, .actor = u"anna"_s});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto sum = finished.first().first().value<DraftRunSummary>();
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->detail : QString()));
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(stored.count(), 3);
        // Written through the worker's connection, read here through the test's own.
        for (qint64 id : sum.reminderIds)
            QCOMPARE(f.reminder(id)->state, ReminderState::NeedsReview);
    }

    // The window closes while reminders go out through a slow Graph: the thread ends within a bound, nothing is
    // reported after, the lease is released, and the next run sends every reminder exactly once.
    void shutdownWhileSendingIsClean()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        fake.setLatencyMs(150);
        fake.addRefreshToken(u"rt-worker"_s);
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-worker");
        MailFixture f;
        QVERIFY(f.open().has_value());
        constexpr int kReminders = 12;
        auto ids = f.addApprovedBatch(kReminders, u"S"_s);
        QVERIFY(ids.has_value());
        Config config = f.graphConfig(fake);
        config.mail.sendsPerMinute = 120; // one every half second: the run is still going when the window closes
        int reportedAfter = 0;
        bool stopped = false;
        QObject receiver;
        {
            std::optional<IoWorkerThread> thread(std::in_place);
            QSignalSpy progress(thread->worker(), &IoWorker::sendProgress);
            connect(thread->worker(), &IoWorker::sendFinished, &receiver, [&] { reportedAfter += stopped ? 1 : 0; });
            thread->configure(setupFor(f, config));
            thread->send(u"anna"_s, config);
            QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 20000);
            QVERIFY(progress.count() < kReminders);
            QElapsedTimer closing;
            closing.start();
            thread.reset(); // quit, wait, delete: the worker and its connection go away on their own thread
            stopped = true;
            QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
        }
        QCoreApplication::processEvents();
        QTest::qWait(200);
        QCOMPARE(reportedAfter, 0);
        // The lease went with the worker: another program may send at once.
        QCOMPARE(f.store->syncValue(u"mail.sender.lease"_s)->value_or(QString()), QString());

        // The next run (here the core sender directly, as relance-cli would) recovers what was in flight by lookup.
        mail::SystemClock clock;
        mail::GraphAuth auth(mail::AuthOptions::fromConfig(config.mail), nullptr);
        mail::GraphClient graph(config.mail, &auth, clock);
        config.mail.sendsPerMinute = 600;
        mail::Sender sender(*f.db, config, clock, &graph);
        sender.setLookupRetryDelayMs(50);
        QSignalSpy done(&sender, &mail::Sender::finished);
        sender.run();
        QVERIFY(done.wait(60000));
        int sent = 0;
        for (qint64 id : *ids)
            sent += f.reminder(id)->state == ReminderState::Sent ? 1 : 0;
        QCOMPARE(sent, kReminders);
        const QMap<QString, int> deliveries = fake.deliveries();
        QCOMPARE(deliveries.size(), kReminders);
        for (auto it = deliveries.begin(); it != deliveries.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
};

QTEST_MAIN(TestIoWorker)
#include "test_io_worker.moc"
