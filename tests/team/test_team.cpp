// Team mode on one PostgreSQL database: two workstation cores (each its own connection, ReviewActions and Outbox,
// in its own thread) doing 1,000 interleaved edits, approvals and sends over a few dozen reminders, with deliberate
// collisions (the same drafts, stale versions). Afterwards: no edit was lost silently (every edit was stored or
// refused with Conflict, and the stored text is the last one stored), no reminder was delivered twice, every approved
// reminder was delivered exactly once. Also: a connection lost mid-transaction gives a clear error and leaves nothing
// half-written; roles hold across workstations.
#include "../ui/DemoDrafts.h"
#include "TestSupport.h"
#include "mail/Outbox.h"
#include "storage/Store.h"
#include "workflow/ChangeWatcher.h"
#include "workflow/ReviewActions.h"
#include "workflow/Roles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace relance;

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        auto&& r_ = (expr);                                                                                            \
        QVERIFY2(r_.has_value(), qPrintable(r_ ? QString() : r_.error().toString()));                                  \
    } while (false)

namespace {

enum class Op { Edit, Approve, Send };

struct Outcome
{
    Op op = Op::Edit;
    qint64 id = 0;
    bool ok = false;
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    int resultingVersion = 0;   // edits and approvals that succeeded
    QString body;               // edits: the text that was sent
};

struct Delivery
{
    qint64 id = 0;
    QString worker;
};

// Letters only: a marker the validator reads as a plain word (digits would look like figures to check).
QString marker(const QString& worker, int n)
{
    QString s = worker.left(1);
    do {
        s += QChar(u'a' + n % 26);
        n /= 26;
    } while (n > 0);
    return s;
}

// One workstation: its own connection, opened and closed in its own thread.
struct Workstation
{
    QString url;
    QString actor;
    quint32 seed = 0;
    int ops = 0;
    QList<qint64> targets;
    QHash<qint64, QString> baseBodies;
    QString outboxDir;
    QList<Outcome> outcomes;
    QList<Delivery> deliveries;
    QString fatal;

    void sendOne(mail::Outbox& outbox, int n)
    {
        auto claim = outbox.claimNext(QDateTime::currentDateTimeUtc());
        Outcome o{Op::Send, 0, bool(claim), claim ? ErrorCode::Internal : claim.error().code,
                  claim ? QString() : claim.error().detail};
        if (claim && claim->claim) {
            const qint64 id = claim->claim->reminder.id;
            o.id = id;
            // The delivery: one file per message, as the outbox-dir transport writes them.
            QFile f(QDir(outboxDir).filePath(QStringLiteral("r%1-%2-%3.eml").arg(id).arg(actor).arg(n)));
            if (!f.open(QIODevice::WriteOnly) || f.write(claim->claim->reminder.body.toUtf8()) < 0) {
                fatal = QStringLiteral("cannot write the delivery of %1").arg(id);
                return;
            }
            f.close();
            deliveries << Delivery{id, actor};
            auto sent = outbox.markSent(id, QDateTime::currentDateTimeUtc(), QStringLiteral("outbox-dir"));
            if (!sent)
                fatal = QStringLiteral("delivered %1 but could not mark it sent: %2").arg(id).arg(sent.error().toString());
        } else if (claim && claim->stoppedId) {
            o.id = claim->stoppedId;
            o.detail = claim->recheck.reason;
        }
        outcomes << o;
    }

    void run(bool drainOnly)
    {
        auto db = Database::open(url);
        if (!db) {
            fatal = db.error().toString();
            return;
        }
        Store store(**db);
        Config config;
        config.accounting.source = AccountingSource::Demo;
        ReviewActions actions(store, config, actor);
        mail::OutboxOptions options = mail::outboxOptions(config, actor);
        options.transport = MailTransport::OutboxDir;
        mail::Outbox outbox(**db, options);
        if (drainOnly) {
            for (int n = 0; n < 10000 && fatal.isEmpty(); ++n) {
                auto next = outbox.nextApprovedId();
                if (!next || *next == 0)
                    break;
                sendOne(outbox, 100000 + n);
            }
            return;
        }
        QRandomGenerator rng(seed);
        for (int n = 0; n < ops && fatal.isEmpty(); ++n) {
            const qint64 id = targets[int(rng.bounded(quint32(targets.size())))];
            const quint32 kind = rng.bounded(100u);
            if (kind < 22) {
                sendOne(outbox, n);
                continue;
            }
            auto current = store.reminder(id);
            if (!current || !*current) {
                fatal = QStringLiteral("reading reminder %1 failed").arg(id);
                return;
            }
            int version = (*current)->version;
            // Deliberate collisions: now and then a stale version, and a pause that lets the other one in.
            if (rng.bounded(8u) == 0 && version > 1)
                version -= 1;
            QThread::usleep(rng.bounded(400u));
            if (kind < 95) {
                const QString body = baseBodies.value(id) + QStringLiteral("\n") + marker(actor, n);
                auto saved = actions.saveEdit(id, version, (*current)->subject, body);
                outcomes << Outcome{Op::Edit, id, bool(saved), saved ? ErrorCode::Internal : saved.error().code,
                                    saved ? QString() : saved.error().detail, saved ? saved->version : 0, body};
            } else {
                auto approved = actions.approve(id, version);
                outcomes << Outcome{Op::Approve, id, bool(approved), approved ? ErrorCode::Internal : approved.error().code,
                                    approved ? QString() : approved.error().detail, approved ? approved->version : 0, {}};
            }
        }
    }
};

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWorkstationsThousandInterleavedOperations()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_team"));
        QElapsedTimer clock;
        clock.start();
        const QDate today = QDate::currentDate(); // approving re-validates against today's ledger
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        // anna opens the new database first and becomes its administrator; she makes ben a reviewer.
        Roles roles(store);
        auto anna = roles.resolve(QStringLiteral("anna"));
        VERIFY_OK(anna);
        QVERIFY(anna->bootstrapped && anna->isAdmin());
        VERIFY_OK(roles.add(QStringLiteral("anna"), QStringLiteral("ben"), Role::Reviewer));
        auto drafts = test::seedDemoDrafts(store, today, 2400, 60);
        VERIFY_OK(drafts);

        // The targets: drafts in review without a blocking finding, to clients a message can go to.
        auto inReview = store.reminders(ReminderState::NeedsReview);
        VERIFY_OK(inReview);
        QList<qint64> targets;
        QHash<qint64, QString> bodies;
        QHash<qint64, int> startVersion;
        for (const Reminder& r : *inReview) {
            auto client = store.client(r.clientId);
            if (r.hasBlockingFinding() || !client || !*client || !mail::recipientsOf(**client))
                continue;
            targets << r.id;
            bodies.insert(r.id, r.body);
            startVersion.insert(r.id, r.version);
            if (targets.size() == 40)
                break;
        }
        QVERIFY2(targets.size() >= 30, qPrintable(QStringLiteral("%1 targets of %2 drafts in review").arg(targets.size()).arg(inReview->size())));

        QTemporaryDir outboxDir;
        Workstation a{url, QStringLiteral("anna"), 11, 500, targets, bodies, outboxDir.path()};
        Workstation b{url, QStringLiteral("ben"), 29, 500, targets, bodies, outboxDir.path()};
        auto runBoth = [&](bool drain) {
            std::unique_ptr<QThread> ta(QThread::create([&] { a.run(drain); }));
            std::unique_ptr<QThread> tb(QThread::create([&] { b.run(drain); }));
            ta->start();
            tb->start();
            ta->wait();
            tb->wait();
        };
        runBoth(false);
        QVERIFY2(a.fatal.isEmpty(), qPrintable(a.fatal));
        QVERIFY2(b.fatal.isEmpty(), qPrintable(b.fatal));
        const qsizetype mixedOps = a.outcomes.size() + b.outcomes.size();
        QCOMPARE(mixedOps, qsizetype(1000));
        // Whatever was approved but not yet sent goes out now, both senders racing for it.
        runBoth(true);
        QVERIFY2(a.fatal.isEmpty(), qPrintable(a.fatal));
        QVERIFY2(b.fatal.isEmpty(), qPrintable(b.fatal));

        QList<Outcome> all = a.outcomes + b.outcomes;
        QHash<qint64, QSet<int>> versionsWritten;   // no two writes ever succeeded on the same version
        QHash<qint64, Outcome> lastEdit;
        QSet<qint64> approved;
        QHash<qint64, int> writes;
        int edits = 0, editConflicts = 0, editRefusedState = 0, approvals = 0, approveConflicts = 0;
        for (const Outcome& o : all) {
            if (o.op == Op::Send) {
                QVERIFY2(o.ok, qPrintable(o.detail));
                continue;
            }
            if (o.ok) {
                QVERIFY2(!versionsWritten[o.id].contains(o.resultingVersion),
                         qPrintable(QStringLiteral("two writes of reminder %1 both succeeded at version %2").arg(o.id).arg(o.resultingVersion)));
                versionsWritten[o.id].insert(o.resultingVersion);
                ++writes[o.id];
                if (o.op == Op::Edit) {
                    ++edits;
                    if (!lastEdit.contains(o.id) || lastEdit[o.id].resultingVersion < o.resultingVersion)
                        lastEdit[o.id] = o;
                } else {
                    ++approvals;
                    approved.insert(o.id);
                }
                continue;
            }
            // A refusal the workstation was told about: a conflict (someone else changed it), or no longer in review.
            const bool knownRefusal = o.code == ErrorCode::Conflict ||
                                      (o.code == ErrorCode::InvalidArgument && o.detail.contains(QLatin1String("only a draft in review")));
            QVERIFY2(knownRefusal, qPrintable(o.detail));
            if (o.op == Op::Edit)
                (o.code == ErrorCode::Conflict ? editConflicts : editRefusedState)++;
            else if (o.code == ErrorCode::Conflict)
                ++approveConflicts;
        }
        // The collisions really happened.
        QVERIFY2(editConflicts >= 20, qPrintable(QString::number(editConflicts)));
        QVERIFY(edits >= 100);
        QVERIFY(approvals >= 15);
        // Both workstations sent: the claims really competed.
        QVERIFY(!a.deliveries.isEmpty() && !b.deliveries.isEmpty());

        // No lost edit: the stored text of every draft is the last edit stored for it.
        for (qint64 id : targets) {
            auto r = store.reminder(id);
            VERIFY_OK(r);
            QVERIFY(r->has_value());
            const Reminder& stored = **r;
            const QString expected = lastEdit.contains(id) ? lastEdit[id].body.trimmed() : bodies[id].trimmed();
            QCOMPARE(stored.body, expected);
        }

        // No double send, and every approved reminder delivered exactly once.
        QHash<qint64, int> delivered;
        const QStringList files = QDir(outboxDir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files);
        for (const QString& f : files)
            ++delivered[f.section(u'-', 0, 0).mid(1).toLongLong()];
        QCOMPARE(qsizetype(files.size()), a.deliveries.size() + b.deliveries.size());
        for (auto it = delivered.begin(); it != delivered.end(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("reminder %1 was delivered %2 times").arg(it.key()).arg(it.value())));
            QVERIFY2(approved.contains(it.key()), qPrintable(QStringLiteral("reminder %1 was delivered unapproved").arg(it.key())));
        }
        for (qint64 id : approved) {
            QVERIFY2(delivered.value(id) == 1, qPrintable(QStringLiteral("approved reminder %1 delivered %2 times").arg(id).arg(delivered.value(id))));
            auto r = store.reminder(id);
            QCOMPARE((*r)->state, ReminderState::Sent);
            // Each successful write bumped the version once: edits and approval, then claim and sent.
            QCOMPARE((*r)->version, startVersion[id] + writes[id] + 2);
        }
        for (qint64 id : targets)
            if (!approved.contains(id)) {
                auto r = store.reminder(id);
                QCOMPARE((*r)->state, ReminderState::NeedsReview);
                QCOMPARE((*r)->version, startVersion[id] + writes[id]);
            }
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM reminders WHERE state IN ('approved', 'sending')")), qint64(0));
        // Every state change is audited under the workstation's user.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'reminder' AND action = 'edited' "
                                             "AND actor IN ('anna', 'ben')")),
                 qint64(edits));
        qInfo().noquote() << QStringLiteral(R"({"ops": %1, "edits": %2, "editConflicts": %3, "editsRefusedNotInReview": %4, )"
                                            R"("approvals": %5, "approveConflicts": %6, "delivered": %7, "seconds": %8})")
                                 .arg(mixedOps).arg(edits).arg(editConflicts).arg(editRefusedState).arg(approvals)
                                 .arg(approveConflicts).arg(files.size()).arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    }

    void aConnectionLostMidTransactionLeavesNothingHalfWritten()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_team_lost"));
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        auto drafts = test::seedDemoDrafts(store, QDate::currentDate(), 120, 3);
        VERIFY_OK(drafts);
        auto list = store.reminders(ReminderState::NeedsReview);
        VERIFY_OK(list);
        QVERIFY(!list->isEmpty());
        const Reminder before = list->first();
        const qint64 auditBefore = scalar(**db, QStringLiteral("SELECT count(*) FROM audit_events"));

        // anna's workstation, whose backend the server ends half-way through saving an edit.
        auto annaDb = Database::open(url);
        VERIFY_OK(annaDb);
        Store annaStore(**annaDb);
        const qint64 pid = scalar(**annaDb, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid > 0);
        Reminder edited = before;
        edited.body = before.body + QStringLiteral("\nHalf written");
        auto lost = (*annaDb)->transaction([&]() -> Result<void> {
            if (auto u = annaStore.updateReminder(edited); !u)
                return u;
            // The network drops / the server restarts / an administrator ends the session, right now.
            QSqlQuery kill = (*db)->query();
            if (!kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)) || !kill.next() || !kill.value(0).toBool())
                return fail(ErrorCode::Internal, QStringLiteral("could not end the backend: %1").arg(kill.lastError().text()));
            AuditEvent e{0, {}, QStringLiteral("anna"), QStringLiteral("reminder"), QString::number(before.id),
                         QStringLiteral("edited"), {}};
            return annaStore.appendAudit(e);
        });
        QVERIFY(!lost);
        qInfo().noquote() << "what the workstation is told:" << lost.error().toString();
        // A clear answer: a database error, naming the database and what was being done.
        QCOMPARE(lost.error().code, ErrorCode::Database);
        QVERIFY2(lost.error().detail.contains(QLatin1String("audit trail")), qPrintable(lost.error().detail));
        QVERIFY2(lost.error().detail.contains((*db)->url().redacted()), qPrintable(lost.error().detail));
        // Nothing half-written: the draft and the audit trail are as before.
        auto after = store.reminder(before.id);
        VERIFY_OK(after);
        QCOMPARE((*after)->version, before.version);
        QCOMPARE((*after)->body, before.body);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM audit_events")), auditBefore);

        // The next action on the dead connection says so too, and loses nothing; a new connection works on.
        Config config;
        ReviewActions anna(annaStore, config, QStringLiteral("anna"));
        auto again = anna.saveEdit(before.id, before.version, before.subject, edited.body);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Database);
        auto reopened = Database::open(url);
        VERIFY_OK(reopened);
        Store fresh(**reopened);
        ReviewActions annaAgain(fresh, config, QStringLiteral("anna"));
        auto saved = annaAgain.saveEdit(before.id, before.version, before.subject, edited.body);
        VERIFY_OK(saved);
        QCOMPARE(saved->version, before.version + 1);
    }

    void rolesHoldAcrossWorkstationsAndChangesArePushed()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_team_roles"));
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        VERIFY_OK(Roles(store).resolve(QStringLiteral("anna")));   // the first: administrator
        auto drafts = test::seedDemoDrafts(store, QDate::currentDate(), 120, 3);
        VERIFY_OK(drafts);
        auto list = store.reminders(ReminderState::NeedsReview);
        VERIFY_OK(list);
        const Reminder r = list->first();

        // ben's workstation listens; anna's edits reach it on commit, with the reminder's id.
        auto benDb = Database::open(url);
        VERIFY_OK(benDb);
        ChangeWatcher watcher(**benDb);
        VERIFY_OK(watcher.start());
        QVERIFY(watcher.isPushed());
        QSignalSpy changed(&watcher, &ChangeWatcher::reminderChanged);
        Config config;
        ReviewActions anna(store, config, QStringLiteral("anna"));
        auto edited = anna.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral("\nMerci"));
        VERIFY_OK(edited);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.first().first().toLongLong(), r.id);
        // A rolled-back change sends nothing.
        changed.clear();
        auto stale = anna.saveEdit(r.id, r.version, r.subject, r.body);
        QVERIFY(!stale && stale.error().code == ErrorCode::Conflict);
        QTest::qWait(300);
        QVERIFY(changed.isEmpty());

        // ben has no role yet: every change is refused, with his account and the way out in the answer.
        Store benStore(**benDb);
        ReviewActions ben(benStore, config, QStringLiteral("ben"));
        auto refused = ben.saveEdit(r.id, edited->version, r.subject, r.body);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AuthRejected);
        QVERIFY2(refused.error().detail.contains(QLatin1String("'ben' has no role")), qPrintable(refused.error().detail));
        QVERIFY(refused.error().detail.contains(QLatin1String("relance-cli users add ben --role reviewer")));
        QCOMPARE(store.reminder(r.id).value()->version, edited->version);
        // Made a reviewer on anna's workstation, ben may act at once, on his own connection.
        VERIFY_OK(Roles(store).add(QStringLiteral("anna"), QStringLiteral("ben"), Role::Reviewer));
        VERIFY_OK(ben.saveEdit(r.id, edited->version, r.subject, r.body));
        // Deactivated, he may not again.
        VERIFY_OK(Roles(store).deactivate(QStringLiteral("anna"), QStringLiteral("ben")));
        auto gone = ben.approve(r.id, edited->version + 1);
        QVERIFY(!gone && gone.error().code == ErrorCode::AuthRejected);
        QVERIFY(gone.error().detail.contains(QLatin1String("deactivated")));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "test_team.moc"
