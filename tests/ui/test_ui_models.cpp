// The list models: formatted for people, sorted on raw values, filtered by bucket, language, state and text,
// updated by dataChanged/insert rather than resets. Every model runs under QAbstractItemModelTester.
#include "Theme.h"
#include "models/InvoiceModel.h"
#include "models/QueueModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::ui;

class TestUiModels : public QObject
{
    Q_OBJECT

    static QueueRow row(qint64 id, const QString& client, qint64 open, int days, AgingBucket b, Language l,
                        ReminderState s = ReminderState::Drafted)
    {
        QueueRow r;
        r.id = id;
        r.clientId = id * 10;
        r.clientName = client;
        r.invoiceNumbers = QStringLiteral("F-%1").arg(id);
        r.invoiceCount = 1;
        r.openMinor = open;
        r.daysLate = days;
        r.bucket = b;
        r.language = l;
        r.state = s;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { setReviewerLocale(QLocale(QLocale::German, QLocale::Switzerland)); }

    void queueFormatsMoneyAndSortsOnRawAmounts()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SortFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({row(1, QStringLiteral("Zürcher AG"), 99900, 20, AgingBucket::Moderate, Language::German),
                       row(2, QStringLiteral("Atelier Rochat"), 123450, 5, AgingBucket::Light, Language::French),
                       row(3, QStringLiteral("Émile Sàrl"), 900, 60, AgingBucket::Serious, Language::French)});
        // de_CH: apostrophe grouping, currency first.
        const QString shown = model.index(1, QueueModel::OpenCol).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("1’234.50")) || shown.contains(QStringLiteral("1'234.50")), qPrintable(shown));
        QVERIFY(shown.startsWith(QStringLiteral("CHF")));
        proxy.sort(QueueModel::OpenCol, Qt::AscendingOrder);
        // As text "CHF 1’234.50" < "CHF 9.00" < "CHF 999.00"; as amounts 9.00 < 999.00 < 1’234.50.
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 3);
        QCOMPARE(proxy.index(1, 0).data(IdRole).toLongLong(), 1);
        QCOMPARE(proxy.index(2, 0).data(IdRole).toLongLong(), 2);
        // Client names sort with the collator: "Émile" between "Atelier" and "Zürcher".
        proxy.sort(QueueModel::ClientCol, Qt::AscendingOrder);
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Émile Sàrl"));
        proxy.sort(QueueModel::DaysLateCol, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, QueueModel::DaysLateCol).data().toString(), QStringLiteral("60"));
    }

    void queueFiltersByBucketLanguageStateAndText()
    {
        QueueModel model;
        SortFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({row(1, QStringLiteral("Zürcher AG"), 1000, 20, AgingBucket::Moderate, Language::German),
                       row(2, QStringLiteral("Atelier Rochat"), 2000, 5, AgingBucket::Light, Language::French),
                       row(3, QStringLiteral("Lakeside Ltd"), 3000, 60, AgingBucket::Serious, Language::English,
                           ReminderState::Approved)});
        proxy.setBucket(int(AgingBucket::Light));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setBucket(-1);
        proxy.setLanguage(int(Language::German));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Zürcher AG"));
        proxy.setLanguage(-1);
        proxy.setStates({int(ReminderState::Drafted), int(ReminderState::NeedsReview)});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStates({});
        proxy.setSearchText(QStringLiteral("rochat"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("F-3"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Lakeside Ltd"));
    }

    void queueUpdatesWithDataChangedNotReset()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SortFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStates({int(ReminderState::Drafted)});
        model.setRows({row(1, QStringLiteral("A"), 1000, 20, AgingBucket::Moderate, Language::German),
                       row(2, QStringLiteral("B"), 2000, 5, AgingBucket::Light, Language::French)});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertRow(row(1, QStringLiteral("A"), 1000, 20, AgingBucket::Moderate, Language::German, ReminderState::Approved));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 1); // the approved one left the "to review" filter
        model.upsertRow(row(7, QStringLiteral("C"), 500, 3, AgingBucket::Light, Language::English));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, QueueModel::StateCol).data().toString(), stateLabel(ReminderState::Approved));
    }

    void invoicesShowBucketsAndHidePaid()
    {
        InvoiceModel model(QDate(2026, 3, 31), {});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SortFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setHideZeroRaw(InvoiceModel::OpenCol, true);
        auto inv = [](qint64 id, QDate due, qint64 open) {
            InvoiceRow r;
            r.id = id;
            r.number = QStringLiteral("F-%1").arg(id);
            r.clientId = 1;
            r.clientName = QStringLiteral("Client");
            r.issueDate = due.addDays(-30);
            r.dueDate = due;
            r.amountMinor = 10000;
            r.openMinor = open;
            r.currency = QStringLiteral("CHF");
            return r;
        };
        model.setRows({inv(1, QDate(2026, 3, 21), 10000), inv(2, QDate(2026, 2, 1), 10000), inv(3, QDate(2026, 1, 1), 0),
                       inv(4, QDate(2026, 4, 30), 5000)});
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(model.index(0, InvoiceModel::BucketCol).data().toString(), bucketShortLabel(AgingBucket::Light));
        QCOMPARE(model.index(1, InvoiceModel::BucketCol).data().toString(), bucketShortLabel(AgingBucket::Serious));
        QCOMPARE(model.index(0, InvoiceModel::DaysLateCol).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(3, InvoiceModel::StatusCol).data().toString(), InvoiceModel::tr("Partly paid"));
        proxy.setBucket(int(AgingBucket::Serious));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setBucket(-1);
        proxy.sort(InvoiceModel::DueCol, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("F-2"));
        model.setDisputed(2, true);
        QCOMPARE(model.index(1, InvoiceModel::StatusCol).data().toString(), InvoiceModel::tr("Disputed"));
    }

    void clientsAndTasks()
    {
        ClientModel clients(QStringLiteral("CHF"), {});
        QAbstractItemModelTester t1(&clients, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClientRow c;
        c.id = 5;
        c.name = QStringLiteral("Weingut Frei");
        c.openMinor = 1234567;
        c.maxDaysLate = 50;
        c.doNotChase = true;
        c.doNotChaseUntil = QDate(2026, 5, 1);
        clients.setRows({c});
        QCOMPARE(clients.index(0, ClientModel::OpenCol).data(RawRole).toLongLong(), 1234567);
        QVERIFY(clients.index(0, ClientModel::ChaseCol).data().toString().contains(QStringLiteral("01.05.2026")));
        c.doNotChase = false;
        QSignalSpy changed(&clients, &QAbstractItemModel::dataChanged);
        clients.updateRow(c);
        QCOMPARE(changed.count(), 1);
        QVERIFY(clients.index(0, ClientModel::ChaseCol).data().toString().isEmpty());

        TaskModel tasks;
        QAbstractItemModelTester t2(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskRow t;
        t.task.id = 9;
        t.task.title = QStringLiteral("Call back");
        tasks.setRows({t});
        // A refused change leaves the model as it was.
        tasks.onSetDone = [](qint64, bool) { return false; };
        QVERIFY(!tasks.setData(tasks.index(0, TaskModel::DoneCol), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(tasks.index(0, TaskModel::DoneCol).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        qint64 doneId = 0;
        tasks.onSetDone = [&](qint64 id, bool) { doneId = id; return true; };
        QVERIFY(tasks.setData(tasks.index(0, TaskModel::DoneCol), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(doneId, 9);
        QCOMPARE(tasks.index(0, TaskModel::DoneCol).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
};

QTEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
