// The outbox-dir transport: approved reminders become .eml files exactly once, through crashes; the re-check
// right before sending stops what must not go out.
#include "FakeGraph.h"
#include "MailFixture.h"
#include "TestSupport.h"
#include "mail/Eml.h"
#include "mail/Sender.h"
#include "sync/SyncStore.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
SendReport runOnce(MailFixture& f, const Config& config)
{
    SystemClock clock;
    Sender sender(*f.db, config, clock, nullptr);
    QSignalSpy spy(&sender, &Sender::finished);
    sender.run();
    if (!spy.wait(10000))
        qFatal("the sender did not finish");
    return spy.at(0).at(0).value<SendReport>();
}
QStringList emlFiles(const Config& c)
{
    return QDir(c.mail.outboxDir).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}
} // namespace

class TestOutboxDir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsEachApprovedReminderOnce()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(3);
        QVERIFY2(ids.has_value(), qPrintable(ids ? QString() : ids.error().toString()));
        const Config config = f.outboxDirConfig();
        const SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 3);
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(emlFiles(config).size(), 3);
        for (qint64 id : *ids) {
            auto r = f.reminder(id);
            QCOMPARE(r->state, ReminderState::Sent);
            QVERIFY(r->sentAt.isValid());
            auto eml = readEmlIds(QDir(config.mail.outboxDir).filePath(u"reminder-%1.eml"_s.arg(id)));
            QVERIFY(eml.has_value());
            QCOMPARE(eml->reminderId, id);
            QCOMPARE(eml->messageId, r->internetMessageId);
            auto audit = f.store->auditEvents(u"reminder"_s, QString::number(id));
            QStringList actions;
            for (const AuditEvent& e : *audit)
                actions << e.action;
            QCOMPARE(actions, (QStringList{u"state:approved->sending"_s, u"state:sending->sent"_s}));
        }
        // Nothing left: a second run sends nothing and writes nothing.
        const SendReport again = runOnce(f, config);
        QCOMPARE(again.sent, 0);
        QCOMPARE(emlFiles(config).size(), 3);
        QVERIFY(QDir(config.mail.outboxDir).entryList(QDir::Files | QDir::Hidden).size() == 3); // no temp files left
    }

    void crashBetweenWriteAndCommitIsRecoveredByTheFile()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(2);
        const Config config = f.outboxDirConfig();
        // A run that claimed reminder 1 and wrote its file, then died before recording it.
        Outbox outbox(*f.db, outboxOptions(config));
        auto claim = outbox.claimNext(QDateTime::currentDateTimeUtc());
        QVERIFY(claim.has_value() && claim->claim);
        QCOMPARE(claim->claim->reminder.id, ids->at(0));
        QVERIFY(QDir().mkpath(config.mail.outboxDir));
        MailMessage m;
        m.reminderId = ids->at(0);
        m.fromAddress = u"rappels@fiduciaire.example"_s;
        m.to = claim->claim->recipients.to;
        m.subject = claim->claim->reminder.subject;
        m.body = claim->claim->reminder.body;
        m.messageId = u"<before-crash@fiduciaire.example>"_s;
        QFile file(QDir(config.mail.outboxDir).filePath(u"reminder-%1.eml"_s.arg(ids->at(0))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(buildEml(m));
        file.close();
        const QByteArray before = [&] { QFile r(file.fileName()); r.open(QIODevice::ReadOnly); return r.readAll(); }();

        const SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 2);
        QCOMPARE(emlFiles(config).size(), 2);
        auto r1 = f.reminder(ids->at(0));
        QCOMPARE(r1->state, ReminderState::Sent);
        QCOMPARE(r1->internetMessageId, u"<before-crash@fiduciaire.example>"_s);
        QFile after(file.fileName());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // not written a second time
    }

    void paidBetweenApprovalAndSendIsCancelledNotSent()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto client = f.addClient(u"C1"_s, {u"compta@muster.example"_s});
        auto inv = f.addInvoice(*client, u"RE-1042"_s, 123450);
        auto rem = f.addReminder(*client, {*inv});
        QVERIFY(rem.has_value());
        // The client pays after approval; the next sync records it.
        Invoice paid = *inv;
        paid.openMinor = 0;
        paid.paidOn = QDate::currentDate();
        QList<Invoice> one{paid};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInvoices(one); }).has_value());

        const Config config = f.outboxDirConfig();
        const SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.cancelled, 1);
        QVERIFY(emlFiles(config).isEmpty());
        auto r = f.reminder(rem->id);
        QCOMPARE(r->state, ReminderState::Cancelled);
        QCOMPARE(r->reason, u"paid"_s);
    }

    void changedDisputedOrRepliedGoesBackToAPerson()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto a = f.addClient(u"A"_s, {u"a@a.example"_s});
        auto b = f.addClient(u"B"_s, {u"b@b.example"_s});
        auto c = f.addClient(u"C"_s, {u"c@c.example"_s});
        auto ia = f.addInvoice(*a, u"RE-A"_s, 50000);
        auto ib = f.addInvoice(*b, u"RE-B"_s, 50000);
        auto ic = f.addInvoice(*c, u"RE-C"_s, 50000);
        auto ra = f.addReminder(*a, {*ia});
        auto rb = f.addReminder(*b, {*ib});
        auto rc = f.addReminder(*c, {*ic});
        Invoice partly = *ia;
        partly.openMinor = 20000;
        Invoice disputed = *ib;
        disputed.disputed = true;
        QList<Invoice> changes{partly, disputed};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInvoices(changes); }).has_value());
        QList<Interaction> reply{Interaction{0, c->id, u"mail-1"_s, InteractionKind::Email,
                                             QDateTime::currentDateTimeUtc().addSecs(-60), u"RE: facture"_s, u"Nous payons lundi"_s,
                                             Direction::Inbound, u"c@c.example"_s}};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInteractions(reply); }).has_value());

        const Config config = f.outboxDirConfig();
        const SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.review, 3);
        QVERIFY(emlFiles(config).isEmpty());
        QCOMPARE(f.reminder(ra->id)->state, ReminderState::NeedsReview);
        QVERIFY(f.reminder(ra->id)->reason.startsWith(u"amount-changed: RE-A was CHF 500.00, now CHF 200.00"_s));
        QVERIFY(f.reminder(rb->id)->reason.startsWith(u"disputed: RE-B"_s));
        QVERIFY(f.reminder(rc->id)->reason.startsWith(u"client-replied"_s));
    }

    void malformedRecipientIsNeverSent()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        // A blank address list (Store binds an empty join as NULL, so a blank entry stands for "none").
        auto empty = f.addClient(u"E"_s, {u" "_s});
        QVERIFY2(empty.has_value(), qPrintable(empty ? QString() : empty.error().toString()));
        auto bad = f.addClient(u"M"_s, {u"compta(at)muster.example"_s});
        auto r1 = f.addReminder(*empty, {*f.addInvoice(*empty, u"RE-E"_s, 1000)});
        auto r2 = f.addReminder(*bad, {*f.addInvoice(*bad, u"RE-M"_s, 1000)});
        const Config config = f.outboxDirConfig();
        const SendReport report = runOnce(f, config);
        QCOMPARE(report.failed, 2);
        QVERIFY(emlFiles(config).isEmpty());
        QCOMPARE(f.reminder(r1->id)->state, ReminderState::Failed);
        QVERIFY(f.reminder(r1->id)->reason.contains(u"no reminder e-mail address"_s));
        QVERIFY(f.reminder(r2->id)->reason.contains(u"'compta(at)muster.example'"_s));
    }

    void staleAccountingDataWaits()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(2);
        Config config = f.outboxDirConfig();
        config.accounting.source = AccountingSource::OData;
        config.accounting.maxSyncAgeMinutes = 60;
        // Never synced: wait.
        SendReport report = runOnce(f, config);
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.sent, 0);
        QVERIFY(report.stopReason.contains(u"no successful accounting sync"_s));
        // Synced two hours ago: still wait, and say how old.
        QVERIFY(f.db->transaction([&] {
                     return f.store->setSyncValue(sync::kLastSyncKey,
                                                  QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate));
                 }).has_value());
        report = runOnce(f, config);
        QCOMPARE(report.sent, 0);
        QVERIFY2(report.stopReason.contains(u"120 minutes old"_s), qPrintable(report.stopReason));
        QCOMPARE(f.reminder(ids->at(0))->state, ReminderState::Approved);
        QVERIFY(emlFiles(config).isEmpty());
        // A fresh sync: they go.
        QVERIFY(f.db->transaction([&] {
                     return f.store->setSyncValue(sync::kLastSyncKey,
                                                  QDateTime::currentDateTimeUtc().addSecs(-300).toString(Qt::ISODate));
                 }).has_value());
        report = runOnce(f, config);
        QCOMPARE(report.sent, 2);
    }

    void cliSendWritesTheFolderAndSaysWhat()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        QVERIFY(f.addApprovedBatch(2).has_value());
        auto client = f.addClient(u"PAID"_s, {u"ap@paid.example"_s});
        auto inv = f.addInvoice(*client, u"RE-PAID"_s, 1000);
        auto rem = f.addReminder(*client, {*inv});
        Invoice paid = *inv;
        paid.openMinor = 0;
        QList<Invoice> one{paid};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInvoices(one); }).has_value());
        const Config config = f.outboxDirConfig();
        const QString ini = f.dir.filePath(u"relance.ini"_s);
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(u"database/url"_s, f.url);
            s.setValue(u"mail/transport"_s, u"outbox-dir"_s);
            s.setValue(u"mail/outboxDir"_s, config.mail.outboxDir);
        }
        QProcess cli;
        cli.start(QStringLiteral(RELANCE_CLI_PATH), {u"--config"_s, ini, u"send"_s});
        QVERIFY(cli.waitForFinished(20000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(out.startsWith(u"sent 2, cancelled (paid) 1"_s), qPrintable(out));
        QVERIFY(out.contains(u"reminder %1: cancelled: paid"_s.arg(rem->id)));
        QCOMPARE(emlFiles(config).size(), 2);

        cli.start(QStringLiteral(RELANCE_CLI_PATH), {u"--config"_s, ini, u"send"_s, u"--json"_s});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("\"sent\":0"));

        // The outbox folder has no inbox: a clear usage error.
        cli.start(QStringLiteral(RELANCE_CLI_PATH), {u"--config"_s, ini, u"poll-replies"_s});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("transport=graph"));
    }

    void oneSenderAtATime()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto ids = f.addApprovedBatch(1);
        const Config config = f.outboxDirConfig();
        // Another workstation's sender holds the lease.
        const QString until = QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODate);
        QVERIFY(f.db->transaction([&] { return f.store->setSyncValue(u"mail.sender.lease"_s, u"other-host:4242|"_s + until); })
                    .has_value());
        SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 0);
        QVERIFY2(report.stopReason.contains(u"another sender is running (other-host:4242"_s), qPrintable(report.stopReason));
        QCOMPARE(f.reminder(ids->at(0))->state, ReminderState::Approved);
        // Its lease ran out: this one takes over, and gives the lease back when done.
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate);
        QVERIFY(f.db->transaction([&] { return f.store->setSyncValue(u"mail.sender.lease"_s, u"other-host:4242|"_s + past); })
                    .has_value());
        report = runOnce(f, config);
        QCOMPARE(report.sent, 1);
        QCOMPARE(**f.store->syncValue(u"mail.sender.lease"_s), QString());
    }

    void postgresClaimsSkipLockedRows()
    {
        // Not RELANCE_REQUIRE_POSTGRES: its QVERIFY2 message reads error() of a Result that holds a value (UB).
        if (!postgresAdminUrl())
            QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");
        const auto fresh = freshPostgresDatabase(u"relance_mail_outbox"_s);
        QVERIFY2(fresh.has_value(), qPrintable(fresh ? QString() : fresh.error().toString()));
        const QString pgUrl = *fresh;
        MailFixture f;
        QVERIFY2(f.open(pgUrl).has_value(), "open postgres");
        auto ids = f.addApprovedBatch(3, u"P"_s);
        QVERIFY2(ids.has_value(), qPrintable(ids ? QString() : ids.error().toString()));
        // Another sender holds the first reminder's row lock: this one skips to the next.
        auto other = Database::open(pgUrl);
        QVERIFY2(other.has_value(), qPrintable(other ? QString() : other.error().toString()));
        QVERIFY((*other)->exec(u"BEGIN"_s, u"t"_s).has_value());
        QVERIFY((*other)->exec(u"SELECT id FROM reminders WHERE id = %1 FOR UPDATE"_s.arg(ids->at(0)), u"lock"_s).has_value());
        const Config config = f.outboxDirConfig();
        Outbox outbox(*f.db, outboxOptions(config));
        auto claim = outbox.claimNext(QDateTime::currentDateTimeUtc());
        QVERIFY2(claim.has_value(), qPrintable(claim ? QString() : claim.error().toString()));
        QVERIFY(claim->claim);
        QCOMPARE(claim->claim->reminder.id, ids->at(1));
        QVERIFY((*other)->exec(u"ROLLBACK"_s, u"t"_s).has_value());
        // The whole run on PostgreSQL: the claimed one is recovered, the others sent; each exactly once.
        const SendReport report = runOnce(f, config);
        QCOMPARE(report.sent, 3);
        QCOMPARE(emlFiles(config).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDir)
#include "test_outbox_dir.moc"
