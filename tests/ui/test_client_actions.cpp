// Client actions: each change and its audit entry in one transaction, on SQLite and PostgreSQL; a promise to pay
// pauses chasing until its date and chasing resumes by itself after it.
#include "TestSupport.h"
#include "workflow/ClientActions.h"
#include "DemoDrafts.h"
#include "ReviewBackend.h"
#include "drafting/DraftingService.h"

#include <QTest>

using namespace relance;

class TestClientActions : public QObject
{
    Q_OBJECT

    void exercise(const QString& url)
    {
        auto db = Database::openAndMigrate(url);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
        Store store(**db);
        auto drafts = test::seedDemoDrafts(store, QDate(2026, 3, 31), 120, 5);
        QVERIFY2(drafts.has_value(), qPrintable(drafts ? QString() : drafts.error().toString()));
        QCOMPARE(*drafts, 5);
        auto drafted = store.reminders();
        QVERIFY(drafted && !drafted->isEmpty());
        const qint64 client = drafted->first().clientId; // a client with overdue open invoices
        ClientActions actions(store, QStringLiteral("anna"));

        // Promise: chasing paused until the date, then resumes.
        const QDate date(2026, 4, 20);
        QVERIFY(actions.recordPromise({client, date, Money{120000, QStringLiteral("CHF")}, QStringLiteral("call"), {}, {}}).has_value());
        auto c = store.client(client);
        QVERIFY((*c)->isChaseBlocked(QDate(2026, 4, 1)));
        QVERIFY(!(*c)->isChaseBlocked(QDate(2026, 4, 21)));
        auto promises = actions.promises(client);
        QVERIFY(promises && promises->size() == 1);
        QCOMPARE(promises->first().promisedFor, date);
        QCOMPARE(promises->first().amount.minor, 120000);
        QVERIFY(ClientActions::promiseBroken(promises->first(), QDate(2026, 4, 21), 1));
        QVERIFY(!ClientActions::promiseBroken(promises->first(), QDate(2026, 4, 19), 1));
        // Bad input is refused and leaves nothing behind.
        auto bad = actions.recordPromise({client, date, Money{0, QStringLiteral("CHF")}, {}, {}, {}});
        QVERIFY(!bad && bad.error().code == ErrorCode::InvalidArgument);
        QCOMPARE(actions.promises(client)->size(), 1);
        auto missing = actions.setDoNotChase(999999, true, QStringLiteral("x"), {});
        QVERIFY(!missing && missing.error().code == ErrorCode::NotFound);

        QVERIFY(actions.setDoNotChase(client, true, QStringLiteral("in liquidation"), {}).has_value());
        QVERIFY(store.client(client).value()->isChaseBlocked(QDate(2030, 1, 1)));
        QVERIFY(actions.setDoNotChase(client, false, {}, {}).has_value());
        QVERIFY(!store.client(client).value()->doNotChase);

        auto n = actions.setClientInvoicesDisputed(client, true, QStringLiteral("fee contested"));
        QVERIFY(n.has_value());
        QVERIFY(*n > 0);

        auto tasks = store.tasks();
        QVERIFY(tasks.has_value());
        if (!tasks->isEmpty()) {
            QVERIFY(actions.setTaskDone(tasks->first().id, true).has_value());
            QVERIFY(actions.setTaskAssignee(tasks->first().id, QStringLiteral("m.rey")).has_value());
            QVERIFY(store.tasks()->first().done);
        }
        ToneExample e{0, AgingBucket::Serious, Language::German, QStringLiteral("Sehr geehrte Damen und Herren"), {}, {}};
        QVERIFY(actions.saveToneExample(e).has_value());
        e.text = QStringLiteral("Geänderter Text");
        QVERIFY(actions.saveToneExample(e).has_value());
        bool found = false;
        const auto examples = store.toneExamples();
        QVERIFY(examples.has_value());
        for (const ToneExample& x : *examples)
            found = found || (x.id == e.id && x.text == QStringLiteral("Geänderter Text") && x.updatedBy == QStringLiteral("anna"));
        QVERIFY(found);

        // Every action left an audit entry by its actor.
        auto audit = store.auditEvents(QStringLiteral("client"), QString::number(client));
        QVERIFY(audit.has_value());
        QStringList actionsSeen;
        for (const AuditEvent& a : *audit) {
            QCOMPARE(a.actor, QStringLiteral("anna"));
            actionsSeen << a.action;
        }
        QCOMPARE(actionsSeen, (QStringList{QStringLiteral("promise-to-pay"), QStringLiteral("do-not-chase"),
                                           QStringLiteral("chase-again"), QStringLiteral("invoices-disputed")}));

        // The workstation's review backend over ReviewActions: versions, re-validation, states, rewrites.
        Config config;
        DraftingService drafting(store, config, QString());
        ui::WorkflowReviewBackend review(store, config, QStringLiteral("anna"), &drafting, true);
        auto reminders = store.reminders(ReminderState::NeedsReview);
        QVERIFY(reminders && reminders->size() == 5);
        const Reminder r = reminders->first();
        auto v = review.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral(" ok"));
        QVERIFY2(v.has_value(), qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->version, r.version + 1);
        auto stale = review.saveEdit(r.id, r.version, r.subject, QStringLiteral("stale"));
        QVERIFY(!stale && stale.error().code == ErrorCode::Conflict);
        QVERIFY(store.reminder(r.id).value()->body.endsWith(QStringLiteral(" ok")));
        // A wrong amount is found on the save; a reviewer may not override it, an administrator may, with a reason.
        auto broken = review.saveEdit(r.id, v->version, r.subject, r.body + QStringLiteral(" CHF 987.65"));
        QVERIFY(broken && broken->hasBlockingFinding());
        ui::WorkflowReviewBackend reviewer(store, config, QStringLiteral("marc"), &drafting, false);
        QVERIFY(!reviewer.canOverride());
        QVERIFY(!reviewer.approve(r.id, broken->version, QStringLiteral("fine")));
        QVERIFY(!review.approve(r.id, broken->version, {}));
        auto approved = review.approve(r.id, broken->version, QStringLiteral("checked"));
        QVERIFY2(approved.has_value(), qPrintable(approved ? QString() : approved.error().toString()));
        QCOMPARE(store.reminder(r.id).value()->state, ReminderState::Approved);
        QVERIFY(!review.reject(r.id, QStringLiteral("late"))); // an approved draft is no longer reviewable
        // Rewrites are asynchronous and bump the version.
        const Reminder other = reminders->at(1);
        std::optional<Result<Reminder>> rewritten;
        QObject context;
        review.regenerate(other.id, other.version, QStringLiteral("shorter"), &context,
                          [&](Result<Reminder> done) { rewritten = std::move(done); });
        QVERIFY(!rewritten);
        QTRY_VERIFY_WITH_TIMEOUT(rewritten.has_value(), 10000);
        QVERIFY2(rewritten->has_value(), qPrintable(*rewritten ? QString() : rewritten->error().toString()));
        QVERIFY(store.reminder(other.id).value()->version > other.version);
    }

private Q_SLOTS:
    void onSqlite()
    {
        QTemporaryDir dir;
        exercise(test::sqliteUrl(dir));
    }

    void onPostgres()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_client_actions"));
        exercise(url);
    }
};

QTEST_MAIN(TestClientActions)
#include "test_client_actions.moc"
