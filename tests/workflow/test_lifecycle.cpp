// The reminder's life (core/workflow/Lifecycle): every from/to pair of states, on SQLite and on PostgreSQL when a
// server is given. An allowed change writes the new state, one version more and exactly one audit entry; a forbidden
// one is refused, naming both states, and changes nothing. A change inside a transaction that is rolled back leaves
// neither the state nor its audit entry.
#include "../data/DataTests.h"

#include "audit/AuditVerify.h"
#include "storage/Store.h"
#include "workflow/Lifecycle.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

namespace {
const QList<ReminderState> kStates{ReminderState::Drafted,  ReminderState::NeedsReview, ReminderState::Approved,
                                   ReminderState::Sending,  ReminderState::Sent,        ReminderState::Failed,
                                   ReminderState::Rejected, ReminderState::Snoozed,     ReminderState::Cancelled};

// What the program does today, written out independently of the table: a change to the table must change this too.
const QSet<QString> kExpected{
    u"drafted>needs-review"_s,  u"drafted>approved"_s,      u"drafted>cancelled"_s,    u"needs-review>needs-review"_s,
    u"needs-review>approved"_s, u"needs-review>rejected"_s, u"needs-review>snoozed"_s, u"needs-review>cancelled"_s,
    u"snoozed>snoozed"_s,       u"snoozed>needs-review"_s,  u"snoozed>rejected"_s,     u"snoozed>cancelled"_s,
    u"approved>sending"_s,      u"approved>needs-review"_s, u"approved>failed"_s,      u"approved>cancelled"_s,
    u"sending>sent"_s,          u"sending>failed"_s,        u"sending>approved"_s,     u"sending>needs-review"_s,
    u"sending>cancelled"_s,     u"failed>sent"_s,           u"failed>approved"_s,
};

QString pair(ReminderState from, ReminderState to)
{
    return reminderStateName(from) + u'>' + reminderStateName(to);
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 auditCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_events"));
}

// A reminder as a fixture puts it: inserted straight in `state`, with no audit entry.
Result<Reminder> seed(Store& store, qint64 clientId, ReminderState state)
{
    Reminder r;
    r.clientId = clientId;
    r.subject = QStringLiteral("Rappel : facture échue");
    r.body = QStringLiteral("Madame, Monsieur,\n\nMerci de votre règlement.");
    r.state = state;
    r.provider = QStringLiteral("template");
    r.createdBy = QStringLiteral("fixture");
    if (auto ok = store.database().transaction([&] { return store.insertReminder(r); }); !ok)
        return std::unexpected(ok.error());
    return r;
}

Result<qint64> seedClient(Store& store)
{
    QList<Client> clients(1);
    clients[0].number = QStringLiteral("K-1");
    clients[0].name = QStringLiteral("Kunde Eins AG");
    if (auto ok = store.database().transaction([&] { return store.upsertClients(clients); }); !ok)
        return std::unexpected(ok.error());
    return clients[0].id;
}

enum class Form
{
    WholeRow,
    StateOnly
};
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

    // Runs every from/to pair through one form of transition.
    void everyPair(const QString& url, Form form)
    {
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        auto client = seedClient(store);
        VERIFY_OK(client);
        int allowedSeen = 0;
        for (ReminderState from : kStates) {
            for (ReminderState to : kStates) {
                const QString name = pair(from, to);
                auto seeded = seed(store, *client, from);
                VERIFY_OK(seeded);
                Reminder r = *seeded;
                const qint64 auditBefore = auditCount(**db);
                const QString detail = QStringLiteral(R"({"pair":"%1"})").arg(name);
                const LifecycleChange change{.actor = QStringLiteral("tester"), .detail = detail};
                r.reason = QStringLiteral("why: ") + name;
                auto done = form == Form::WholeRow
                                ? lifecycle::transition(store, r, to, change)
                                : lifecycle::transition(store, r.id, from, to, r.reason, change, r.version);
                auto stored = store.reminder(r.id);
                VERIFY_OK(stored);
                QVERIFY(stored->has_value());
                const bool expected = kExpected.contains(name);
                QCOMPARE(lifecycle::allowed(from, to), expected);
                if (expected) {
                    ++allowedSeen;
                    QVERIFY2(done.has_value(), qPrintable(name + u": " + (done ? QString() : done.error().toString())));
                    QCOMPARE((*stored)->state, to);
                    QCOMPARE((*stored)->version, 2);
                    QCOMPARE((*stored)->reason, QStringLiteral("why: ") + name);
                    QCOMPARE((*stored)->updatedBy,
                             form == Form::WholeRow ? QStringLiteral("fixture") : QStringLiteral("tester"));
                    if (form == Form::WholeRow) {
                        QCOMPARE(r.state, to);
                        QCOMPARE(r.version, 2);
                    }
                    QCOMPARE(auditCount(**db), auditBefore + 1);
                    auto events = store.auditEvents(QStringLiteral("reminder"), QString::number(r.id));
                    VERIFY_OK(events);
                    QCOMPARE(events->size(), 1);
                    QCOMPARE(events->front().action,
                             u"state:" + reminderStateName(from) + u"->" + reminderStateName(to));
                    QCOMPARE(events->front().actor, QStringLiteral("tester"));
                    QCOMPARE(events->front().detail, detail);
                } else {
                    QVERIFY2(!done.has_value(), qPrintable(name + u" was allowed"));
                    QCOMPARE(done.error().code, ErrorCode::InvalidArgument);
                    QVERIFY2(done.error().detail.contains(u' ' + reminderStateName(from) + u' ') &&
                                 done.error().detail.endsWith(u' ' + reminderStateName(to)),
                             qPrintable(done.error().detail));
                    QCOMPARE((*stored)->state, from);
                    QCOMPARE((*stored)->version, 1);
                    QCOMPARE((*stored)->reason, QString());
                    QCOMPARE(auditCount(**db), auditBefore);
                    if (form == Form::WholeRow) {
                        QCOMPARE(r.state, from);
                        QCOMPARE(r.version, 1);
                    }
                }
            }
        }
        QCOMPARE(allowedSeen, int(kExpected.size()));
        QCOMPARE(qsizetype(lifecycle::transitions().size()), kExpected.size());
        // The entries written join the hash chain like any other.
        auto chain = audit::verifyChain(**db);
        VERIFY_OK(chain);
        QVERIFY2(chain->intact, qPrintable(chain->message));
        QCOMPARE(chain->entries, auditCount(**db));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theTableIsTheProgramsBehaviour()
    {
        // Each listed transition once, with its reason; sent, rejected and cancelled are final.
        QSet<QString> listed;
        for (const auto& t : lifecycle::transitions()) {
            QVERIFY2(!listed.contains(pair(t.from, t.to)), qPrintable(pair(t.from, t.to)));
            listed.insert(pair(t.from, t.to));
            QVERIFY(t.why && *t.why);
        }
        QCOMPARE(listed, kExpected);
        for (ReminderState s : kStates)
            QCOMPARE(lifecycle::isFinal(s),
                     s == ReminderState::Sent || s == ReminderState::Rejected || s == ReminderState::Cancelled);
        QCOMPARE(lifecycle::transitionAction(ReminderState::NeedsReview, ReminderState::Approved),
                 QStringLiteral("state:needs-review->approved"));
    }

    void everyPairOfALoadedReminder_data() { test::addBackendRows(); }
    void everyPairOfALoadedReminder()
    {
        OPEN_URL(url, "relance_test_lifecycle_row");
        everyPair(url, Form::WholeRow);
    }

    void everyPairByIdAndState_data() { test::addBackendRows(); }
    void everyPairByIdAndState()
    {
        OPEN_URL(url, "relance_test_lifecycle_id");
        everyPair(url, Form::StateOnly);
    }

    void aRolledBackTransactionLeavesNeitherStateNorAudit_data() { test::addBackendRows(); }
    void aRolledBackTransactionLeavesNeitherStateNorAudit()
    {
        OPEN_URL(url, "relance_test_lifecycle_rollback");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        auto client = seedClient(store);
        VERIFY_OK(client);
        auto a = seed(store, *client, ReminderState::NeedsReview);
        auto b = seed(store, *client, ReminderState::Approved);
        VERIFY_OK(a);
        VERIFY_OK(b);
        const qint64 auditBefore = auditCount(**db);
        bool wrote = false;
        auto rolled = (*db)->transaction([&]() -> Result<void> {
            Reminder r = *a;
            if (auto t = lifecycle::transition(store, r, ReminderState::Approved, {.actor = QStringLiteral("tester")});
                !t)
                return t;
            if (auto t = lifecycle::transition(store, b->id, ReminderState::Approved, ReminderState::Sending, {},
                                               {.actor = QStringLiteral("tester")});
                !t)
                return t;
            // Inside the caller's transaction, both are visible...
            wrote = auditCount(**db) == auditBefore + 2;
            return fail(ErrorCode::Cancelled, QStringLiteral("the caller gives up"));
        });
        QVERIFY(!rolled.has_value());
        QVERIFY2(rolled.error().code == ErrorCode::Cancelled, qPrintable(rolled.error().toString()));
        QVERIFY(wrote);
        // ...and after the rollback neither the states nor the audit entries remain.
        QCOMPARE((*store.reminder(a->id))->state, ReminderState::NeedsReview);
        QCOMPARE((*store.reminder(a->id))->version, 1);
        QCOMPARE((*store.reminder(b->id))->state, ReminderState::Approved);
        QCOMPARE((*store.reminder(b->id))->version, 1);
        QCOMPARE(auditCount(**db), auditBefore);
        auto chain = audit::verifyChain(**db);
        VERIFY_OK(chain);
        QVERIFY2(chain->intact, qPrintable(chain->message));
    }

    void aStaleVersionOrStateIsAConflictAndWritesNothing_data() { test::addBackendRows(); }
    void aStaleVersionOrStateIsAConflictAndWritesNothing()
    {
        OPEN_URL(url, "relance_test_lifecycle_conflict");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        auto client = seedClient(store);
        VERIFY_OK(client);
        auto seeded = seed(store, *client, ReminderState::NeedsReview);
        VERIFY_OK(seeded);
        // Two reviewers loaded version 1; the first approves.
        Reminder first = *seeded;
        Reminder second = *seeded;
        VERIFY_OK(lifecycle::transition(store, first, ReminderState::Approved, {.actor = QStringLiteral("anna")}));
        const qint64 auditAfterFirst = auditCount(**db);
        // The second's rejection, from what it saw, is refused and writes nothing.
        auto late = lifecycle::transition(store, second, ReminderState::Rejected, {.actor = QStringLiteral("marc")});
        QVERIFY(!late.has_value());
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QCOMPARE(second.state, ReminderState::NeedsReview);
        QCOMPARE(second.version, 1);
        // By id: the row is no longer in the state the caller read, or no longer at its version.
        auto byState = lifecycle::transition(store, seeded->id, ReminderState::NeedsReview, ReminderState::Cancelled,
                                             QStringLiteral("paid"), {.actor = QStringLiteral("system")});
        QVERIFY(!byState.has_value());
        QCOMPARE(byState.error().code, ErrorCode::Conflict);
        auto byVersion = lifecycle::transition(store, seeded->id, ReminderState::Approved, ReminderState::Cancelled,
                                               QStringLiteral("paid"), {.actor = QStringLiteral("system")}, 1);
        QVERIFY(!byVersion.has_value());
        QCOMPARE(byVersion.error().code, ErrorCode::Conflict);
        auto now = store.reminder(seeded->id);
        VERIFY_OK(now);
        QCOMPARE((*now)->state, ReminderState::Approved);
        QCOMPARE((*now)->version, 2);
        QCOMPARE(auditCount(**db), auditAfterFirst);
    }

    void aNewReminderStartsDrafted()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(test::sqliteUrl(dir));
        VERIFY_OK(db);
        Store store(**db);
        auto client = seedClient(store);
        VERIFY_OK(client);
        Reminder r;
        r.clientId = *client;
        r.state = ReminderState::Approved;
        auto refused = lifecycle::create(store, r, {.actor = QStringLiteral("tester")});
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store.countRows(QStringLiteral("reminders")).value_or(-1), 0);
        QCOMPARE(auditCount(**db), 0);
        r.state = lifecycle::kInitialState;
        VERIFY_OK(lifecycle::create(
            store, r, {.actor = QStringLiteral("tester"), .detail = QStringLiteral(R"({"state":"drafted"})")}));
        auto events = store.auditEvents(QStringLiteral("reminder"), QString::number(r.id));
        VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->front().action, QStringLiteral("created"));
        QCOMPARE((*store.reminder(r.id))->state, ReminderState::Drafted);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "test_lifecycle.moc"
