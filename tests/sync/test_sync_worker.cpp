// The worker on its own thread: queued calls in, value signals out, progress, cancel, one run at a time, the daily
// schedule, the watched folder, and a clean shutdown even mid-request.
#include "SyncTestUtil.h"
#include "TestSupport.h"
#include "sync/SyncStore.h"
#include "sync/SyncWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;

class TestSyncWorker : public QObject
{
    Q_OBJECT

    const QDate asOf{2025, 3, 31};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nextDailyRun()
    {
        const QDateTime five(QDate(2025, 4, 1), QTime(5, 0));
        QCOMPARE(msecsToNextRun(five, QStringLiteral("06:30")), qint64(90) * 60 * 1000);
        const QDateTime seven(QDate(2025, 4, 1), QTime(7, 0));
        QCOMPARE(msecsToNextRun(seven, QStringLiteral("06:30")), qint64(23 * 60 + 30) * 60 * 1000);
        QCOMPARE(msecsToNextRun(seven, QString()), -1);
        QCOMPARE(msecsToNextRun(seven, QStringLiteral("25:00")), -1);
    }

    void syncNowRunsOnTheWorkerThread()
    {
        QTemporaryDir dir;
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(450, asOf);
        SyncWorkerThread worker;
        QVERIFY(worker.worker()->thread() != QThread::currentThread());
        QSignalSpy finished(worker.worker(), &SyncWorker::finished);
        QSignalSpy failed(worker.worker(), &SyncWorker::failed);
        QList<qint64> progress;
        connect(worker.worker(), &SyncWorker::progress, this, [&](const QString& phase, qint64 done, qint64) {
            if (phase == u"accounting")
                progress << done;
        });
        QMetaObject::invokeMethod(worker.worker(), [w = worker.worker()] { w->setBackoff(BackoffPolicy::fast()); },
                                  Qt::BlockingQueuedConnection);
        worker.configure(odataConfig(server), sqliteUrl(dir), {});
        worker.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        const auto report = finished.first().first().value<SyncReport>();
        QCOMPARE(report.created, 450);
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last(), 450);
        // The GUI thread reads the same database through its own connection.
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        RL_VERIFY_OK(db);
        QCOMPARE(storedOpenItems(**db), serverOpenItems(server));

        // Two requests while one runs: they run one after the other, never at once.
        server.upsert(FakeODataServer::makeInvoice(9000, asOf));
        worker.syncNow();
        worker.syncNow(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QCOMPARE(finished.at(1).first().value<SyncReport>().accountingMode, QStringLiteral("delta"));
        QCOMPARE(finished.at(2).first().value<SyncReport>().accountingMode, QStringLiteral("full"));
        QCOMPARE(storedOpenItems(**db), serverOpenItems(server));
    }

    void cancelStopsAHangingSync()
    {
        QTemporaryDir dir;
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(10, asOf);
        server.failAlways(Fault::Hang);
        SyncWorkerThread worker;
        QSignalSpy failed(worker.worker(), &SyncWorker::failed);
        Config config = odataConfig(server);
        config.accounting.timeoutSeconds = 60;
        worker.configure(config, sqliteUrl(dir), {});
        worker.syncNow();
        QTRY_COMPARE(server.requestCount(), 1);
        QElapsedTimer clock;
        clock.start();
        worker.cancel();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Cancelled);
    }

    // The window closes while a sync waits on a server that does not answer: the thread ends at once (not when the
    // request would time out), nothing is reported after, the last good data stays as it was (no half-written sync),
    // and the next start syncs normally on the same database.
    void shutdownMidRequestIsClean()
    {
        QTemporaryDir dir;
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(40, asOf);
        Config config = odataConfig(server);
        config.accounting.timeoutSeconds = 60;
        config.accounting.syncTime = QString();
        {
            auto db = Database::openAndMigrate(sqliteUrl(dir));
            RL_VERIFY_OK(db);
            auto first = runSync(**db, config);
            QVERIFY2(first.has_value(), why(first).constData());
        }
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        RL_VERIFY_OK(db);
        const auto before = storedOpenItems(**db);
        QVERIFY(!before.isEmpty());
        Store store(**db);
        const auto lastSyncBefore = store.syncValue(kLastSyncKey);
        RL_VERIFY_OK(lastSyncBefore);

        // The source changes, then hangs on the next read.
        for (int i = 1000; i < 1010; ++i)
            server.upsert(FakeODataServer::makeInvoice(i, asOf));
        server.failAlways(Fault::Hang);
        int reportedAfterShutdown = 0;
        bool shutDown = false;
        QObject receiver;
        const int requestsBefore = server.requestCount();
        {
            std::optional<SyncWorkerThread> worker(std::in_place);
            auto count = [&] { reportedAfterShutdown += shutDown ? 1 : 0; };
            connect(worker->worker(), &SyncWorker::finished, &receiver, count);
            connect(worker->worker(), &SyncWorker::failed, &receiver, count);
            worker->configure(config, sqliteUrl(dir), {});
            worker->syncNow(true);
            QTRY_VERIFY(server.requestCount() > requestsBefore);
            QElapsedTimer closing;
            closing.start();
            worker.reset(); // quit, wait, delete: the worker and its connection go away on their own thread
            shutDown = true;
            QVERIFY2(closing.elapsed() < 3000, qPrintable(QString::number(closing.elapsed())));
        }
        QTest::qWait(100); // anything still queued for this thread would arrive now
        QCOMPARE(reportedAfterShutdown, 0);
        QCOMPARE(storedOpenItems(**db), before);
        const auto lastSyncAfter = store.syncValue(kLastSyncKey);
        RL_VERIFY_OK(lastSyncAfter);
        QCOMPARE(*lastSyncAfter, *lastSyncBefore);

        // Next start: the same database syncs normally (nothing left locked or half done).
        server.failAlways(Fault::None);
        SyncWorkerThread again;
        QSignalSpy finished(again.worker(), &SyncWorker::finished);
        QSignalSpy failed(again.worker(), &SyncWorker::failed);
        again.configure(config, sqliteUrl(dir), {});
        again.syncNow(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(storedOpenItems(**db), serverOpenItems(server));
        QVERIFY(storedOpenItems(**db) != before); // the changes the interrupted run never applied
    }

    void watchedFolderImportsAndRejects()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(folder));
        SyncWorkerThread worker;
        QSignalSpy imported(worker.worker(), &SyncWorker::fileImported);
        QSignalSpy rejected(worker.worker(), &SyncWorker::fileRejected);
        QMetaObject::invokeMethod(worker.worker(), [w = worker.worker()] { w->setWatchSettleMs(50); },
                                  Qt::BlockingQueuedConnection);
        Config config;
        config.accounting.source = AccountingSource::Sage50Csv;
        config.accounting.watchFolder = folder;
        config.accounting.syncTime = QString();
        worker.configure(config, sqliteUrl(dir), {});
        QTest::qWait(100);
        {
            QFile f(folder + QStringLiteral("/op.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Beleg-Nr.;Kunden-Nr.;Betrag;Offen;Belegdatum;F\xE4llig am\r\nR-1;K-1;100.00;100.00;01.03.2025;31.03.2025\r\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10000);
        QCOMPARE(imported.first().at(1).value<SyncReport>().created, 1);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/op.csv")));
        QCOMPARE(QDir(folder + QStringLiteral("/imported")).entryList(QDir::Files).size(), 1);
        {
            QFile f(folder + QStringLiteral("/bad.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Beleg-Nr.;Kunden-Nr.;Betrag;Offen;Belegdatum;F\xE4llig am\r\nR-2;K-1;hundert;100.00;01.03.2025;31.03.2025\r\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
        QVERIFY(rejected.first().at(1).value<Error>().detail.contains(QStringLiteral("row 2")));
        const QStringList bad = QDir(folder + QStringLiteral("/rejected")).entryList(QDir::Files);
        QCOMPARE(bad.size(), 2); // the file and its .error.txt
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        QCOMPARE(storedOpenItems(**db).keys(), QStringList{QStringLiteral("R-1")});
    }
};

QTEST_MAIN(TestSyncWorker)
#include "test_sync_worker.moc"
