// A person's decisions about reminders the sender flagged ambiguous ("it was sent" / "it was not sent, send again"),
// what the outbox listing shows, and the re-check's freshness window taken from the configuration.
#include "MailFixture.h"
#include "mail/OutboxReview.h"
#include "mail/Sender.h"
#include "sync/SyncStore.h"

#include <QDir>
#include <QFile>
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

// An approved reminder taken by the sender, a draft recorded, then flagged: what a 504 on send leaves behind.
Result<Reminder> flaggedAmbiguous(MailFixture& f, const QString& number)
{
    auto client = f.addClient(number, {number.toLower() + u"@client.example"_s});
    if (!client)
        return std::unexpected(client.error());
    auto inv = f.addInvoice(*client, u"RE-"_s + number, 50000);
    if (!inv)
        return std::unexpected(inv.error());
    auto rem = f.addReminder(*client, {*inv});
    if (!rem)
        return std::unexpected(rem.error());
    // As a claim leaves it (without claiming others that wait before it): sending.
    Reminder r = *rem;
    r.state = ReminderState::Sending;
    if (auto ok = f.store->updateReminder(r); !ok)
        return std::unexpected(ok.error());
    Outbox outbox(*f.db, outboxOptions(f.outboxDirConfig(), u"system"_s));
    if (auto ok = outbox.recordDraft(rem->id, u"draft-"_s + number, u"<imid-%1@graph.example>"_s.arg(number), {}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = outbox.markAmbiguous(rem->id, u"timeout on send; the draft is gone and Sent Items does not show it"_s); !ok)
        return std::unexpected(ok.error());
    return f.reminder(rem->id);
}

QStringList actions(MailFixture& f, qint64 id)
{
    QStringList out;
    const auto events = f.store->auditEvents(u"reminder"_s, QString::number(id));
    for (const AuditEvent& e : *events)
        out << e.action;
    return out;
}
} // namespace

class TestOutboxReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listingShowsWhatNeedsAPersonFirst()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto amb = flaggedAmbiguous(f, u"A1"_s);
        QVERIFY2(amb.has_value(), qPrintable(amb ? QString() : amb.error().detail));
        auto waiting = f.addApprovedBatch(2, u"W"_s);
        // A failed one with a reason (a bad address found by the re-check).
        auto bad = f.addClient(u"B1"_s, {u"compta(at)b1.example"_s});
        auto badRem = f.addReminder(*bad, {*f.addInvoice(*bad, u"RE-B1"_s, 7000)});
        // Send everything that can go: the two waiting ones go out, the bad address fails.
        const SendReport report = runOnce(f, f.outboxDirConfig());
        QCOMPARE(report.sent, 2);
        QCOMPARE(report.failed, 1);
        auto more = f.addApprovedBatch(1, u"L"_s); // approved after the run: waiting

        auto listing = readOutbox(*f.db);
        QVERIFY2(listing.has_value(), qPrintable(listing ? QString() : listing.error().detail));
        QCOMPARE(listing->counts.waiting, 1);
        QCOMPARE(listing->counts.sent, 2);
        QCOMPARE(listing->counts.ambiguous, 1);
        QCOMPARE(listing->counts.failed, 1);
        QCOMPARE(listing->counts.needPerson(), 2);
        QCOMPARE(listing->entries.size(), 5);
        const OutboxEntry& first = listing->entries[0];
        QCOMPARE(first.status, OutboxStatus::Ambiguous);
        QCOMPARE(first.reminderId, amb->id);
        QVERIFY(first.reason.startsWith(u"timeout on send"_s)); // the prefix is the status, not part of the reason
        QCOMPARE(first.clientNumber, u"A1"_s);
        QCOMPARE(first.totalMinor, 50000);
        QCOMPARE(listing->entries[1].status, OutboxStatus::Failed);
        QCOMPARE(listing->entries[1].reminderId, badRem->id);
        QVERIFY(listing->entries[1].reason.contains(u"compta(at)b1.example"_s));
        QCOMPARE(listing->entries[2].status, OutboxStatus::Waiting);
        QCOMPARE(listing->entries[2].reminderId, more->at(0));
        for (int i : {3, 4}) {
            QCOMPARE(listing->entries[i].status, OutboxStatus::Sent);
            QVERIFY(listing->entries[i].sentAt.isValid());
            QVERIFY(listing->entries[i].internetMessageId.startsWith(u"<relance.r"_s));
            QVERIFY(waiting->contains(listing->entries[i].reminderId));
        }
        // sentLimit keeps the list short but the counts whole.
        auto shortList = readOutbox(*f.db, 1);
        QCOMPARE(shortList->entries.size(), 4);
        QCOMPARE(shortList->counts.sent, 2);
    }

    void itWasSentRecordsSentAndAudits()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto amb = flaggedAmbiguous(f, u"A1"_s);
        QVERIFY(amb.has_value());
        const QDateTime flaggedAt = amb->updatedAt;
        auto ok = resolveAmbiguous(*f.db, amb->id, amb->version, AmbiguousDecision::WasSent, u"beatrice"_s,
                                   u"found in Sent Items, 10:42"_s);
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().detail));
        const Reminder r = *f.reminder(amb->id);
        QCOMPARE(r.state, ReminderState::Sent);
        QVERIFY(r.reason.isEmpty());
        QCOMPARE(r.sentAt, flaggedAt); // when the attempt was, not when the person looked
        QCOMPARE(r.internetMessageId, u"<imid-A1@graph.example>"_s);
        QCOMPARE(r.updatedBy, u"beatrice"_s);
        QCOMPARE(r.version, amb->version + 1);
        const auto events = *f.store->auditEvents(u"reminder"_s, QString::number(amb->id));
        QCOMPARE(events.back().action, u"ambiguous-resolved:failed->sent"_s);
        QCOMPARE(events.back().actor, u"beatrice"_s);
        QVERIFY(events.back().detail.contains(u"found in Sent Items"_s));
        QVERIFY(events.back().detail.contains(u"was-sent"_s));
        // Nothing is sent again.
        const SendReport report = runOnce(f, f.outboxDirConfig());
        QCOMPARE(report.sent, 0);
        QVERIFY(QDir(f.outboxDirConfig().mail.outboxDir).entryList({u"*.eml"_s}, QDir::Files).isEmpty());
    }

    void itWasNotSentGoesBackAndIsSentOnce()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto amb = flaggedAmbiguous(f, u"A2"_s);
        QVERIFY(amb.has_value());
        auto ok = resolveAmbiguous(*f.db, amb->id, amb->version, AmbiguousDecision::NotSentResend, u"beatrice"_s,
                                   u"not in Sent Items; client confirms nothing arrived"_s);
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().detail));
        Reminder r = *f.reminder(amb->id);
        QCOMPARE(r.state, ReminderState::Approved);
        QVERIFY(r.reason.isEmpty());
        QVERIFY(r.messageId.isEmpty());          // the old draft is forgotten: a new message is written
        QVERIFY(r.internetMessageId.isEmpty());
        QCOMPARE(actions(f, amb->id).back(), u"ambiguous-resolved:failed->approved"_s);
        // The next run sends it, once, after the usual claim and re-check.
        const Config config = f.outboxDirConfig();
        QCOMPARE(runOnce(f, config).sent, 1);
        QCOMPARE(runOnce(f, config).sent, 0);
        r = *f.reminder(amb->id);
        QCOMPARE(r.state, ReminderState::Sent);
        QCOMPARE(QDir(config.mail.outboxDir).entryList({u"*.eml"_s}, QDir::Files).size(), 1);
        QVERIFY(actions(f, amb->id).contains(u"state:approved->sending"_s));
    }

    void refusedWhenTheStateMovedMeanwhile()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        auto amb = flaggedAmbiguous(f, u"A3"_s);
        QVERIFY(amb.has_value());
        const int seen = amb->version;
        // Someone else decided first (another workstation): the second decision, made on what was shown, is refused.
        QVERIFY(resolveAmbiguous(*f.db, amb->id, seen, AmbiguousDecision::NotSentResend, u"anna"_s).has_value());
        auto late = resolveAmbiguous(*f.db, amb->id, seen, AmbiguousDecision::WasSent, u"beatrice"_s);
        QVERIFY(!late.has_value());
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QVERIFY2(late.error().detail.contains(u"changed meanwhile"_s), qPrintable(late.error().detail));
        QCOMPARE(f.reminder(amb->id)->state, ReminderState::Approved); // the first decision stands, untouched
        QCOMPARE(actions(f, amb->id).count(u"ambiguous-resolved:failed->approved"_s), 1);
        QVERIFY(!actions(f, amb->id).contains(u"ambiguous-resolved:failed->sent"_s));

        // Still ambiguous but changed (a newer version): refused too, nothing written.
        auto amb2 = flaggedAmbiguous(f, u"A4"_s);
        Reminder touched = *amb2;
        touched.reason = u"ambiguous: looked up again, still unclear"_s;
        QVERIFY(f.store->updateReminder(touched).has_value());
        const int eventsBefore = int(actions(f, amb2->id).size());
        auto stale = resolveAmbiguous(*f.db, amb2->id, amb2->version, AmbiguousDecision::WasSent, u"beatrice"_s);
        QVERIFY(!stale.has_value());
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(f.reminder(amb2->id)->state, ReminderState::Failed);
        QCOMPARE(int(actions(f, amb2->id).size()), eventsBefore);

        // A plainly failed reminder (not ambiguous) is not a person's "was it sent?" question.
        auto bad = f.addClient(u"B2"_s, {u"nobody"_s});
        auto badRem = f.addReminder(*bad, {*f.addInvoice(*bad, u"RE-B2"_s, 100)});
        QCOMPARE(runOnce(f, f.outboxDirConfig()).failed, 1);
        const Reminder failed = *f.reminder(badRem->id);
        QCOMPARE(failed.state, ReminderState::Failed);
        auto refused = resolveAmbiguous(*f.db, failed.id, failed.version, AmbiguousDecision::NotSentResend, u"beatrice"_s);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(f.reminder(badRem->id)->state, ReminderState::Failed);
        // An unknown reminder.
        QCOMPARE(resolveAmbiguous(*f.db, 999999, 1, AmbiguousDecision::WasSent, u"x"_s).error().code, ErrorCode::NotFound);
    }

    void freshnessWindowComesFromTheConfiguration()
    {
        // [accounting] maxSyncAgeMinutes=180 in the file: data synced two hours ago is fresh enough to send;
        // with the default 60 minutes it waits.
        MailFixture f;
        QVERIFY(f.open().has_value());
        const QString ini = f.dir.filePath(u"relance.ini"_s);
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[accounting]\nsource=sage50-csv\nmaxSyncAgeMinutes=180\n[mail]\ntransport=outbox-dir\n");
        }
        auto loaded = Config::loadFile(ini);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().detail));
        QCOMPARE(loaded->accounting.maxSyncAgeMinutes, 180);
        Config config = *loaded;
        config.mail.outboxDir = f.outboxDirConfig().mail.outboxDir;
        config.mail.fromAddress = f.outboxDirConfig().mail.fromAddress;
        auto ids = f.addApprovedBatch(1);
        QVERIFY(f.db->transaction([&] {
                     return f.store->setSyncValue(sync::kLastSyncKey,
                                                  QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate));
                 }).has_value());
        Config strict = config;
        strict.accounting.maxSyncAgeMinutes = Config().accounting.maxSyncAgeMinutes;
        QCOMPARE(strict.accounting.maxSyncAgeMinutes, 60);
        SendReport report = runOnce(f, strict);
        QCOMPARE(report.sent, 0);
        QVERIFY2(report.stopReason.contains(u"at most 60 allowed"_s), qPrintable(report.stopReason));
        QCOMPARE(f.reminder(ids->at(0))->state, ReminderState::Approved);
        report = runOnce(f, config);
        QCOMPARE(report.sent, 1);
        QCOMPARE(f.reminder(ids->at(0))->state, ReminderState::Sent);
    }
};

QTEST_GUILESS_MAIN(TestOutboxReview)
#include "test_outbox_review.moc"
