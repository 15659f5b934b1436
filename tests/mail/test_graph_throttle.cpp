// A transient answer never ends a reminder as failed: a mailbox throttled (429 MailboxConcurrency) or unavailable for
// longer than the retry budget leaves its reminders approved, with the reason shown in the Outbox, for the next run;
// only permanent refusals fail. Also: a Retry-After far beyond reason neither overflows nor stalls the run.
#include "FakeGraph.h"
#include "GraphHarness.h"
#include "MailFixture.h"
#include "TestSupport.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/OutboxReview.h"
#include "mail/Sender.h"

#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
using Harness = GraphHarness;
} // namespace

class TestGraphThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throttledBeyondTheRetryBudgetLeavesRemindersApproved()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(3);
        QVERIFY(ids.has_value());
        // Another client holds the mailbox's four slots for longer than any run waits: every request is refused.
        h.fake.addFault({"", u"/v1.0/"_s, FaultKind::Throttle, 429, 1, 100000});
        const SendReport report = h.run();
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.sent, 0);
        QVERIFY2(report.released >= 1, qPrintable(report.toJson()));
        QVERIFY(report.toJson().contains(u"\"outcome\":\"released\""_s));
        QVERIFY(!report.stopReason.isEmpty());
        int withReason = 0;
        for (qint64 id : *ids) {
            const Reminder r = *h.f.reminder(id);
            QCOMPARE(r.state, ReminderState::Approved);
            if (r.reason.contains(u"429"_s))
                ++withReason;
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 0);
        }
        QCOMPARE(withReason, report.released);
        // The Outbox shows why they wait.
        auto outbox = readOutbox(*h.f.db);
        QVERIFY(outbox.has_value());
        bool shown = false;
        for (const auto& e : outbox->entries)
            shown = shown || e.reason.contains(u"throttling"_s);
        QVERIFY(shown);

        // The throttle lifts: the next run sends each exactly once.
        h.fake.clearFaults();
        const SendReport next = h.run();
        QVERIFY2(next.clean(), qPrintable(next.toJson()));
        QCOMPARE(next.sent, 3);
        for (qint64 id : *ids) {
            QCOMPARE(h.f.reminder(id)->state, ReminderState::Sent);
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 1);
        }
    }

    void unavailableMailboxLeavesTheSendForRecovery()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        // The draft is made, then the send is throttled beyond the budget: not failed, the draft kept for recovery.
        h.fake.addFault({"POST", u"/send"_s, FaultKind::Throttle, 429, 1, 100000});
        const SendReport report = h.run();
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.pending, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 0);
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Sending);
        h.fake.clearFaults();
        const SendReport next = h.run();
        QCOMPARE(next.sent, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
    }

    void permanentRefusalStillFails()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/messages"_s, FaultKind::Status, 400, 0, 1});
        const SendReport report = h.run();
        QCOMPARE(report.failed, 1);
        QVERIFY(report.items.at(0).outcome == SendOutcome::Failed);
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Failed);
    }

    // Regression: Graph's Retry-After was multiplied by 1000 unclamped (99999999999999 s overflowed the qint64).
    void hugeRetryAfterNeitherOverflowsNorStalls()
    {
        QCOMPARE(retryAfterMs("99999999999999", QDateTime::currentDateTimeUtc()), net::kMaxRetryAfterMs);
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/messages"_s, FaultKind::Throttle, 429, 99999999999999LL, 100000});
        const qint64 before = h.clock.msecs();
        const SendReport report = h.run();
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.released, 1);
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Approved);
        // Not waited for: the run gives the answer back at once instead of sleeping a day (or going negative).
        QVERIFY2(h.clock.msecs() - before < 10 * 60 * 1000, qPrintable(QString::number(h.clock.msecs() - before)));
        QVERIFY(h.clock.msecs() >= before);
    }

    void outcomeNamesAreTheCliJson()
    {
        QCOMPARE(toString(SendOutcome::Sent), u"sent"_s);
        QCOMPARE(toString(SendOutcome::Cancelled), u"cancelled"_s);
        QCOMPARE(toString(SendOutcome::Review), u"review"_s);
        QCOMPARE(toString(SendOutcome::Failed), u"failed"_s);
        QCOMPARE(toString(SendOutcome::Ambiguous), u"ambiguous"_s);
        QCOMPARE(toString(SendOutcome::Waiting), u"waiting"_s);
        QCOMPARE(toString(SendOutcome::Pending), u"pending"_s);
        QCOMPARE(toString(SendOutcome::Released), u"released"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphThrottle)
#include "test_graph_throttle.moc"
