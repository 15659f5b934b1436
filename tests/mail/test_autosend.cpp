// The auto-send policy: off by default; when on, only light reminders under the cap with no finding, no dispute and
// no recent reply go out without review, and they then go through the same outbox.
#include "MailFixture.h"
#include "mail/AutoSend.h"
#include "mail/Sender.h"

#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
struct Case
{
    Client client;
    Invoice invoice;
    Reminder reminder;
};
Case make(MailFixture& f, const QString& number, qint64 open, AgingBucket bucket = AgingBucket::Light,
          QStringList emails = {})
{
    Case c;
    c.client = *f.addClient(number, emails.isEmpty() ? QStringList{number.toLower() + u"@client.example"_s} : emails);
    c.invoice = *f.addInvoice(c.client, u"RE-"_s + number, open);
    c.reminder = *f.addReminder(c.client, {c.invoice}, ReminderState::NeedsReview, bucket);
    return c;
}
} // namespace

class TestAutoSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offByDefault()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        const Case c = make(f, u"A"_s, 5000);
        Config config = f.outboxDirConfig();
        QVERIFY(!config.reminders.autoSendLight);
        auto decisions = applyAutoSendPolicy(*f.store, config, QDateTime::currentDateTimeUtc());
        QVERIFY(decisions.has_value());
        QVERIFY(decisions->isEmpty());
        QCOMPARE(f.reminder(c.reminder.id)->state, ReminderState::NeedsReview);
    }

    void onlyTheSafeOnesGoWithoutReview()
    {
        MailFixture f;
        QVERIFY(f.open().has_value());
        Config config = f.outboxDirConfig();
        config.reminders.autoSendLight = true;
        config.reminders.autoSendCapMinor = 100000; // CHF 1000.00

        const Case ok = make(f, u"OK"_s, 100000);                         // exactly at the cap
        const Case over = make(f, u"OVER"_s, 100001);
        const Case moderate = make(f, u"MOD"_s, 5000, AgingBucket::Moderate);
        Case finding = make(f, u"FIND"_s, 5000);
        finding.reminder.findings = {Finding{u"leftover-placeholder"_s, FindingSeverity::Warning, u"{name}"_s, u"body"_s, 3, 6}};
        QVERIFY(f.db->transaction([&] { return f.store->updateReminder(finding.reminder); }).has_value());
        Case disputed = make(f, u"DISP"_s, 5000);
        disputed.invoice.disputed = true;
        QList<Invoice> inv{disputed.invoice};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInvoices(inv); }).has_value());
        const Case recent = make(f, u"RECENT"_s, 5000);
        const Case old = make(f, u"OLD"_s, 5000);
        QList<Interaction> mails{
            Interaction{0, recent.client.id, u"m-recent"_s, InteractionKind::Email, QDateTime::currentDateTimeUtc().addDays(-10),
                        u"Question"_s, u"..."_s, Direction::Inbound, u"x"_s},
            Interaction{0, old.client.id, u"m-old"_s, InteractionKind::Email, QDateTime::currentDateTimeUtc().addDays(-40),
                        u"Question"_s, u"..."_s, Direction::Inbound, u"x"_s}};
        QVERIFY(f.db->transaction([&] { return f.store->upsertInteractions(mails); }).has_value());
        const Case badMail = make(f, u"BAD"_s, 5000, AgingBucket::Light, {u"not-an-address"_s});

        auto decisions = applyAutoSendPolicy(*f.store, config, QDateTime::currentDateTimeUtc());
        QVERIFY2(decisions.has_value(), qPrintable(decisions ? QString() : decisions.error().toString()));
        QMap<qint64, AutoSendDecision> byId;
        for (const AutoSendDecision& d : *decisions)
            byId.insert(d.reminderId, d);
        QVERIFY(byId.value(ok.reminder.id).approved);
        QVERIFY(byId.value(old.reminder.id).approved);
        QVERIFY(byId.value(over.reminder.id).reason.contains(u"over the cap"_s));
        QVERIFY(byId.value(moderate.reminder.id).reason.contains(u"moderate"_s));
        QVERIFY(byId.value(finding.reminder.id).reason.contains(u"finding"_s));
        QVERIFY(byId.value(disputed.reminder.id).reason.contains(u"disputed"_s));
        QVERIFY(byId.value(recent.reminder.id).reason.contains(u"the client wrote"_s));
        QVERIFY(byId.value(badMail.reminder.id).reason.contains(u"not a valid e-mail"_s));
        for (qint64 id : {over.reminder.id, moderate.reminder.id, finding.reminder.id, disputed.reminder.id, recent.reminder.id,
                          badMail.reminder.id})
            QCOMPARE(f.reminder(id)->state, ReminderState::NeedsReview);

        const Reminder approved = *f.reminder(ok.reminder.id);
        QCOMPARE(approved.state, ReminderState::Approved);
        QCOMPARE(approved.approvedBy, u"auto-send-policy"_s);
        const auto audit = f.store->auditEvents(u"reminder"_s, QString::number(ok.reminder.id));
        QCOMPARE(audit->back().action, u"state:needs-review->approved"_s);
        QCOMPARE(audit->back().actor, u"auto-send-policy"_s);

        // They go out through the outbox like any approved reminder.
        SystemClock clock;
        Sender sender(*f.db, config, clock, nullptr);
        QSignalSpy spy(&sender, &Sender::finished);
        sender.run();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).value<SendReport>().sent, 2);
    }
};

QTEST_GUILESS_MAIN(TestAutoSend)
#include "test_autosend.moc"
