// Sending through Microsoft Graph against the fake server: draft then send, ids persisted before sending, recovery by
// lookup after 504s, timeouts and 5xx, nothing ever sent twice; pacing, Retry-After, sign-in states, the re-check.
#include "FakeGraph.h"
#include "GraphHarness.h"
#include "MailFixture.h"
#include "TestSupport.h"
#include "mail/Eml.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
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

class TestGraphSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsThroughDraftThenSendExactlyOnce()
    {
        Harness h;
        QVERIFY(h.start());
        auto client = h.f.addClient(u"M1"_s, {u"compta@muster.example"_s, u"chef@muster.example"_s});
        auto rem = h.f.addReminder(*client, {*h.f.addInvoice(*client, u"RE-1042"_s, 123450)});
        auto more = h.f.addApprovedBatch(2);
        const SendReport report = h.run();
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(report.sent, 3);
        QCOMPARE(h.fake.deliveredCount(h.tag(rem->id)), 1);
        for (qint64 id : *more)
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 1);
        const QList<FakeMessage> sent = h.fake.messages(u"sentitems"_s);
        QCOMPARE(sent.size(), 3);
        const FakeMessage& first = sent.front();
        QCOMPARE(first.to, u"compta@muster.example"_s);
        QCOMPARE(first.cc, QStringList{u"chef@muster.example"_s});
        QCOMPARE(first.subject, rem->subject);
        QVERIFY(first.headers.contains({u"x-reminder-id"_s, h.tag(rem->id)}));
        auto stored = h.f.reminder(rem->id);
        QCOMPARE(stored->state, ReminderState::Sent);
        QCOMPARE(stored->internetMessageId, first.internetMessageId);
        QVERIFY(!stored->messageId.isEmpty());
        QCOMPARE(h.actions(rem->id),
                 (QStringList{u"state:approved->sending"_s, u"draft-created"_s, u"state:sending->sent"_s}));
        // Nothing is left to send.
        const SendReport again = h.run();
        QCOMPARE(again.sent, 0);
        QCOMPARE(h.fake.deliveries().size(), 3);
        QCOMPARE(h.fake.requestCount(u"/send"_s), 3);
    }

    void bodyGoesOutAsEscapedHtml()
    {
        Harness h;
        QVERIFY(h.start());
        auto client = h.f.addClient(u"Z1"_s, {u"zoe@broennimann.example"_s});
        auto rem = h.f.addReminder(*client, {*h.f.addInvoice(*client, u"RE-7"_s, 120000)});
        QVERIFY(rem.has_value());
        Reminder r = *h.f.reminder(rem->id);
        r.body = u"Bonjour Madame Zoë Brönnimann,\n\nFacture RE-7 « Conseil <b>fiscal</b> & audit »: CHF 1’200.00.\n"
                 u"Merci de votre règlement.\n\nFiduciaire Genève SA"_s;
        QVERIFY(h.f.store->updateReminder(r).has_value());
        const SendReport report = h.run();
        QVERIFY2(report.clean() && report.sent == 1, qPrintable(report.toJson()));
        const QList<FakeMessage> sent = h.fake.messages(u"sentitems"_s);
        QCOMPARE(sent.size(), 1);
        // Graph gets HTML: the text escaped (a "<b>" in an invoice text stays text), paragraphs and line breaks kept.
        QCOMPARE(sent[0].bodyType, u"HTML"_s);
        QCOMPARE(sent[0].body, htmlBody(r.body));
        QVERIFY(sent[0].body.contains(u"Conseil &lt;b&gt;fiscal&lt;/b&gt; &amp; audit"_s));
        QVERIFY(!sent[0].body.contains(u"<b>"_s));
        QVERIFY(sent[0].body.contains(u"<p>Bonjour Madame Zoë Brönnimann,</p>"_s));
        QVERIFY(sent[0].body.contains(u"CHF 1’200.00.<br>\nMerci de votre règlement.</p>"_s));
        QVERIFY(sent[0].body.contains(u"<p>Fiduciaire Genève SA</p>"_s));
    }

    void acceptedThen504IsFoundInSentItemsNotResent()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(2);
        h.fake.addFault({"POST", u"/send"_s, FaultKind::AcceptThen504, 0, 0, 1});
        const SendReport report = h.run();
        QCOMPARE(report.sent, 2);
        for (qint64 id : *ids)
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 1);
        QCOMPARE(h.fake.requestCount(u"/send"_s), 2); // the 504'd send was not repeated
        QVERIFY(h.actions(ids->at(0)).contains(u"send-problem"_s));
        QVERIFY(h.actions(ids->at(0)).contains(u"state:sending->sent (recovered)"_s));
    }

    void acceptedThen504WithoutTraceGoesToAPerson()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.setSentItemsVisible(false); // Sent Items lags behind
        h.fake.addFault({"POST", u"/send"_s, FaultKind::AcceptThen504, 0, 0, 1});
        const qint64 before = h.clock.msecs();
        const SendReport report = h.run();
        QCOMPARE(report.ambiguous, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1); // it did go out once, and only once
        auto r = h.f.reminder(ids->at(0));
        QCOMPARE(r->state, ReminderState::Failed);
        QVERIFY2(r->reason.startsWith(u"ambiguous: "_s), qPrintable(r->reason));
        QVERIFY(h.clock.msecs() - before >= 20000); // looked again twice, 10 s apart, before giving up
        // A later run does not touch it.
        h.fake.setSentItemsVisible(true);
        QCOMPARE(h.run().sent, 0);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
    }

    void serverErrorOnSendRecoversByLookupThenSendsTheDraft()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/send"_s, FaultKind::Status, 500, 0, 1}); // refused, not carried out
        const SendReport report = h.run();
        QCOMPARE(report.sent, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
        QCOMPARE(h.fake.messages(QString()).size(), 1); // the same draft, not a second one
        QCOMPARE(h.fake.requestCount(u"/mailFolders('sentitems')"_s), 1);
    }

    void sendThatKeepsFailingIsLeftForTheNextRun()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/send"_s, FaultKind::Status, 500, 0, 100});
        SendReport report = h.run();
        QCOMPARE(report.pending, 1);
        QCOMPARE(h.fake.requestCount(u"/send"_s), 3);
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Sending);
        h.fake.clearFaults();
        report = h.run();
        QCOMPARE(report.sent, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
        QCOMPARE(h.fake.messages(QString()).size(), 1);
    }

    void lostAnswerToDraftCreationAdoptsTheDraft()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/messages"_s, FaultKind::AcceptThen504, 0, 0, 1});
        const SendReport report = h.run();
        QCOMPARE(report.sent, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
        QCOMPARE(h.fake.messages(QString()).size(), 1);
        QCOMPARE(h.fake.requestCount(u"/mailFolders('drafts')"_s), 1);
    }

    void sendThatTimesOutIsLookedUpBeforeAnythingElse()
    {
        Harness h;
        QVERIFY(h.start());
        h.config.mail.timeoutSeconds = 1;
        h.rebuild();
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/send"_s, FaultKind::Hang, 0, 0, 1});
        const SendReport report = h.run();
        QCOMPARE(report.sent, 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
        QVERIFY(h.actions(ids->at(0)).contains(u"send-problem"_s));
    }

    void throttlingHonoursRetryAfter()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(1);
        h.fake.addFault({"POST", u"/messages"_s, FaultKind::Throttle, 429, 120, 1});
        const qint64 before = h.clock.msecs();
        const SendReport report = h.run();
        QCOMPARE(report.sent, 1);
        QVERIFY2(h.clock.msecs() - before >= 120000, qPrintable(QString::number(h.clock.msecs() - before)));
        QCOMPARE(h.fake.deliveredCount(h.tag(ids->at(0))), 1);
        QCOMPARE(h.fake.requestCount(u"POST /v1.0/me/messages"_s), 3); // throttled once, created, then /send
    }

    void accepted202WithRetryAfterHoldsTheNextRequests()
    {
        Harness h;
        QVERIFY(h.start());
        auto first = h.f.addApprovedBatch(1, u"A"_s);
        h.fake.addFault({"POST", u"/send"_s, FaultKind::AcceptWithRetryAfter, 0, 30, 1});
        QCOMPARE(h.run().sent, 1);
        const qint64 acceptedAt = h.clock.msecs();
        // The next request on this Graph client waits out the 30 seconds the server asked for.
        auto second = h.f.addApprovedBatch(1, u"B"_s);
        QCOMPARE(h.run().sent, 1);
        QVERIFY2(h.clock.msecs() - acceptedAt >= 29000, qPrintable(QString::number(h.clock.msecs() - acceptedAt)));
        QCOMPARE(h.fake.deliveredCount(h.tag(first->at(0))), 1);
        QCOMPARE(h.fake.deliveredCount(h.tag(second->at(0))), 1);
    }

    void pacedByTheConfiguredRateWithAtMostFourInFlight()
    {
        Harness h;
        QVERIFY(h.start());
        h.config.mail.sendsPerMinute = 30;
        auto ids = h.f.addApprovedBatch(6);
        const qint64 before = h.clock.msecs();
        const SendReport report = h.run();
        QCOMPARE(report.sent, 6);
        // 30 a minute: one every 2 s after the first.
        const qint64 took = h.clock.msecs() - before;
        QVERIFY2(took >= 10000 && took < 12000, qPrintable(QString::number(took)));
        QVERIFY(h.fake.peakConcurrent() <= GraphClient::kMaxInFlight);

        // Fast rate, slow server: concurrency is used but capped at 4.
        Harness fast;
        QVERIFY(fast.start());
        fast.config.mail.sendsPerMinute = 10000;
        fast.fake.setLatencyMs(30);
        QVERIFY(fast.f.addApprovedBatch(16).has_value());
        QCOMPARE(fast.run().sent, 16);
        QVERIFY2(fast.fake.peakConcurrent() <= 4 && fast.fake.peakConcurrent() >= 2,
                 qPrintable(QString::number(fast.fake.peakConcurrent())));
        QCOMPARE(fast.fake.deliveries().size(), 16);
    }

    void expiredAccessTokenIsRefreshedOnceThenSignInAgain()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(h.f.addApprovedBatch(1, u"A"_s).has_value());
        QCOMPARE(h.run().sent, 1);
        h.fake.revokeAccessTokens();
        QVERIFY(h.f.addApprovedBatch(1, u"B"_s).has_value());
        QCOMPARE(h.run().sent, 1);
        QCOMPARE(h.fake.tokenGrants(), (QStringList{u"refresh_token"_s, u"refresh_token"_s}));
        // The mailbox keeps refusing: one refresh, then a clear state; nothing sent, the reminder waits.
        h.fake.setRefuseAllAccessTokens(true);
        auto c = h.f.addApprovedBatch(1, u"C"_s);
        const SendReport report = h.run();
        QVERIFY(report.signInRequired);
        QVERIFY2(report.stopReason.contains(u"sign in again"_s), qPrintable(report.stopReason));
        QCOMPARE(report.released, 1);
        QCOMPARE(h.f.reminder(c->at(0))->state, ReminderState::Approved);
        QCOMPARE(h.fake.deliveredCount(h.tag(c->at(0))), 0);
    }

    void revokedRefreshTokenMeansSignInAgain()
    {
        Harness h;
        QVERIFY(h.start());
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-revoked");
        h.rebuild();
        auto ids = h.f.addApprovedBatch(1);
        const SendReport report = h.run();
        QVERIFY(report.signInRequired);
        QVERIFY2(report.stopReason.contains(u"invalid_grant"_s), qPrintable(report.stopReason));
        QVERIFY(h.auth->signInRequired());
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Approved);
        QCOMPARE(h.fake.requestCount(u"/v1.0/"_s), 0);
    }

    void unknownMailboxStopsWithAClearReason()
    {
        Harness h;
        QVERIFY(h.start());
        h.config.mail.mailbox = u"nobody@firm.example"_s;
        h.rebuild();
        auto ids = h.f.addApprovedBatch(2);
        const SendReport report = h.run();
        QVERIFY2(report.stopReason.contains(u"mailbox not found"_s), qPrintable(report.stopReason));
        QCOMPARE(h.f.reminder(ids->at(0))->state, ReminderState::Approved);
        QCOMPARE(h.f.reminder(ids->at(1))->state, ReminderState::Approved);
        // The right shared mailbox works.
        h.config.mail.mailbox = u"reminders@firm.example"_s;
        h.rebuild();
        QCOMPARE(h.run().sent, 2);
    }

    void paidBetweenApprovalAndSendIsNeverSent()
    {
        Harness h;
        QVERIFY(h.start());
        auto client = h.f.addClient(u"P1"_s, {u"ap@paid.example"_s});
        auto inv = h.f.addInvoice(*client, u"RE-2001"_s, 99000);
        auto rem = h.f.addReminder(*client, {*inv});
        Invoice paid = *inv;
        paid.openMinor = 0;
        QList<Invoice> one{paid};
        QVERIFY(h.f.db->transaction([&] { return h.f.store->upsertInvoices(one); }).has_value());
        const SendReport report = h.run();
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(h.f.reminder(rem->id)->state, ReminderState::Cancelled);
        QCOMPARE(h.f.reminder(rem->id)->reason, u"paid"_s);
        QCOMPARE(h.fake.requestCount(u"/messages"_s), 0);
    }

    void paidWhileADraftWaitedIsCancelledAndTheDraftDeleted()
    {
        Harness h;
        QVERIFY(h.start());
        auto client = h.f.addClient(u"P2"_s, {u"ap@paid.example"_s});
        auto inv = h.f.addInvoice(*client, u"RE-2002"_s, 99000);
        auto rem = h.f.addReminder(*client, {*inv});
        // The send of the draft fails (not carried out) and Graph stays down: the run leaves it `sending` with a draft.
        h.fake.addFault({"POST", u"/send"_s, FaultKind::Status, 500, 0, 1});
        h.fake.addFault({"GET", u"/mailFolders"_s, FaultKind::Status, 503, 0, 50});
        SendReport report = h.run();
        QCOMPARE(report.pending, 1);
        QCOMPARE(h.f.reminder(rem->id)->state, ReminderState::Sending);
        QCOMPARE(h.fake.messages(u"drafts"_s).size(), 1);
        // Meanwhile the client pays. Graph is back: recovery re-checks before sending the draft.
        h.fake.clearFaults();
        Invoice paid = *inv;
        paid.openMinor = 0;
        QList<Invoice> one{paid};
        QVERIFY(h.f.db->transaction([&] { return h.f.store->upsertInvoices(one); }).has_value());
        report = h.run();
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(h.f.reminder(rem->id)->state, ReminderState::Cancelled);
        QCOMPARE(h.fake.deliveredCount(h.tag(rem->id)), 0);
        QTRY_COMPARE(h.fake.messages(u"drafts"_s).size(), 0);
    }

    void exactlyOnceOnPostgres()
    {
        if (!postgresAdminUrl())
            QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");
        const auto url = freshPostgresDatabase(u"relance_mail_graph_send"_s);
        QVERIFY2(url.has_value(), qPrintable(url ? QString() : url.error().toString()));
        Harness h;
        QVERIFY(h.start(*url));
        auto ids = h.f.addApprovedBatch(5);
        QVERIFY(ids.has_value());
        h.fake.addFault({"POST", u"/send"_s, FaultKind::AcceptThen504, 0, 0, 2});
        const SendReport report = h.run();
        QCOMPARE(report.sent, 5);
        for (qint64 id : *ids)
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 1);
    }

    void graphDownLosesNothingAndSendsOnceWhenBack()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(3);
        h.fake.addFault({"", u"/v1.0/"_s, FaultKind::Status, 503, 0, 1000});
        SendReport report = h.run();
        QCOMPARE(report.sent, 0);
        QVERIFY(!report.stopReason.isEmpty());
        int sending = 0;
        for (qint64 id : *ids) {
            const ReminderState s = h.f.reminder(id)->state;
            QVERIFY(s == ReminderState::Approved || s == ReminderState::Sending);
            sending += s == ReminderState::Sending;
        }
        QVERIFY(sending >= 1); // what was being sent waits for recovery by lookup, never a blind re-send
        h.fake.clearFaults();
        report = h.run();
        QCOMPARE(report.sent, 3);
        for (qint64 id : *ids)
            QCOMPARE(h.fake.deliveredCount(h.tag(id)), 1);
    }
};

QTEST_GUILESS_MAIN(TestGraphSend)
#include "test_graph_send.moc"
