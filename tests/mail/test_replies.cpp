// Client replies: the inbox delta poll matches replies to sent reminders (In-Reply-To, References, conversationId),
// records them, pauses chasing, creates a task for the accountant (and a To Do task when enabled); a delta link that
// expired (410) means reading the inbox again without duplicating anything.
#include "FakeGraph.h"
#include "MailFixture.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/Replies.h"
#include "mail/Sender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
struct Harness
{
    FakeGraph fake;
    MailFixture f;
    Config config;
    VirtualClock clock;
    std::unique_ptr<GraphAuth> auth;
    std::unique_ptr<GraphClient> graph;
    Client client;
    Reminder sent;                 // a reminder sent through the fake

    bool start()
    {
        if (!fake.listen() || !f.open())
            return false;
        fake.addRefreshToken(u"rt-replies"_s);
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-replies");
        config = f.graphConfig(fake);
        auth = std::make_unique<GraphAuth>(AuthOptions::fromConfig(config.mail), nullptr);
        graph = std::make_unique<GraphClient>(config.mail, auth.get(), clock);
        client = *f.addClient(u"M1"_s, {u"compta@muster.example"_s}, u"beatrice"_s);
        auto inv = f.addInvoice(client, u"RE-1042"_s, 123450);
        const qint64 id = f.addReminder(client, {*inv})->id;
        Sender sender(*f.db, config, clock, graph.get());
        QSignalSpy spy(&sender, &Sender::finished);
        sender.run();
        if (!spy.wait(10000) || spy.at(0).at(0).value<SendReport>().sent != 1)
            return false;
        sent = *f.reminder(id);
        return !sent.internetMessageId.isEmpty();
    }
    ReplyReport poll()
    {
        ReplyPoller poller(*f.db, config, clock, graph.get());
        QSignalSpy spy(&poller, &ReplyPoller::finished);
        poller.run();
        if (!spy.wait(10000))
            qFatal("the poll did not finish");
        return spy.at(0).at(0).value<ReplyReport>();
    }
    QString sentConversation() { return fake.messages(u"sentitems"_s).value(0).conversationId; }
    FakeMessage reply(const QString& subject, QList<std::pair<QString, QString>> headers, const QString& conversation = {})
    {
        FakeMessage m;
        m.subject = subject;
        m.from = u"compta@muster.example"_s;
        m.body = u"Bonjour, nous avons payé hier. Cordialement"_s;
        m.internetMessageId = u"<reply-%1@muster.example>"_s.arg(subject.size() * 7919 + headers.size());
        m.conversationId = conversation.isEmpty() ? u"conv-unrelated"_s : conversation;
        m.headers = std::move(headers);
        return m;
    }
};
} // namespace

class TestReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyByInReplyToCreatesATaskAndPausesChasing()
    {
        Harness h;
        QVERIFY(h.start());
        h.fake.addInboxMessage(h.reply(u"RE: Rappel amical"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        const ReplyReport report = h.poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.seen, 1);
        QCOMPARE(report.matched, 1);
        QCOMPARE(report.items.at(0).matchedBy, u"in-reply-to"_s);
        QCOMPARE(report.items.at(0).reminderId, h.sent.id);

        const auto tasks = h.f.store->tasks();
        QCOMPARE(tasks->size(), 1);
        const Task& t = tasks->front();
        QCOMPARE(t.assignee, u"beatrice"_s);
        QCOMPARE(t.reminderId, h.sent.id);
        QCOMPARE(t.clientId, h.client.id);
        QVERIFY(t.title.contains(u"RE-1042"_s));
        QVERIFY(t.body.contains(u"nous avons payé"_s));
        // In the client's history, and chasing paused.
        const auto history = h.f.store->interactions(h.client.id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->front().direction, Direction::Inbound);
        const auto client = *h.f.store->client(h.client.id);
        QVERIFY(client->isChaseBlocked(QDate::currentDate()));
        QVERIFY(client->doNotChaseReason.contains(u"replied"_s));
        QCOMPARE(client->doNotChaseUntil, h.clock.nowUtc().date().addDays(14)); // [mail] replyPauseDays default
        const auto audit = h.f.store->auditEvents(u"reminder"_s, QString::number(h.sent.id));
        QCOMPARE(audit->back().action, u"reply-received"_s);

        // The delta link moves on: the next poll sees nothing new.
        const ReplyReport again = h.poll();
        QCOMPARE(again.seen, 0);
        QCOMPARE(h.f.store->tasks()->size(), 1);

        // A new reminder for the paused client is not sent.
        auto inv2 = h.f.addInvoice(h.client, u"RE-1043"_s, 5000);
        auto r2 = h.f.addReminder(h.client, {*inv2});
        Sender sender(*h.f.db, h.config, h.clock, h.graph.get());
        QSignalSpy spy(&sender, &Sender::finished);
        sender.run();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).value<SendReport>().sent, 0);
        QCOMPARE(h.f.reminder(r2->id)->state, ReminderState::NeedsReview);
        QCOMPARE(h.fake.deliveries().size(), 1);
    }

    void replyPauseComesFromTheConfiguration()
    {
        // [mail] replyPauseDays=3 in the configuration file: the client is paused 3 days, not 14.
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"relance.ini"_s);
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[mail]\nreplyPauseDays=3\n");
        }
        auto loaded = Config::loadFile(ini);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().detail));
        QCOMPARE(loaded->mail.replyPauseDays, 3);
        Harness h;
        QVERIFY(h.start());
        h.config.mail.replyPauseDays = loaded->mail.replyPauseDays;
        h.fake.addInboxMessage(h.reply(u"RE: Rappel"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        const ReplyReport report = h.poll();
        QCOMPARE(report.matched, 1);
        const auto client = *h.f.store->client(h.client.id);
        QCOMPARE(client->doNotChaseUntil, h.clock.nowUtc().date().addDays(3));
        QVERIFY(client->isChaseBlocked(h.clock.nowUtc().date().addDays(2)));
        QVERIFY(!client->isChaseBlocked(h.clock.nowUtc().date().addDays(4)));
        // Out-of-range values are refused with the key named.
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[mail]\nreplyPauseDays=0\n");
        }
        auto bad = Config::loadFile(ini);
        QVERIFY(!bad.has_value());
        QVERIFY2(bad.error().detail.contains(u"replyPauseDays"_s), qPrintable(bad.error().detail));
    }

    void referencesThenConversationThenNothing()
    {
        Harness h;
        QVERIFY(h.start());
        h.fake.setDeltaPageSize(2); // three messages: two pages
        h.fake.addInboxMessage(h.reply(u"AW: Zahlung"_s, {{u"References"_s, u"<older@x.example> "_s + h.sent.internetMessageId}}));
        h.fake.addInboxMessage(h.reply(u"Question sur la facture"_s, {}, h.sentConversation()));
        h.fake.addInboxMessage(h.reply(u"Newsletter"_s, {{u"In-Reply-To"_s, u"<someone-else@x.example>"_s}}));
        const ReplyReport report = h.poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.seen, 3);
        QCOMPARE(report.matched, 2);
        QCOMPARE(report.unmatched, 1);
        QCOMPARE(report.items.at(0).matchedBy, u"references"_s);
        QCOMPARE(report.items.at(1).matchedBy, u"conversation"_s);
        QCOMPARE(report.items.at(2).reminderId, 0);
        QCOMPARE(report.tasks, 2);
        QVERIFY(h.fake.requestCount(u"skiptoken"_s) >= 1);
    }

    void expiredDeltaLinkResyncsWithoutDuplicates()
    {
        Harness h;
        QVERIFY(h.start());
        h.fake.addInboxMessage(h.reply(u"RE: Rappel"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        QCOMPARE(h.poll().tasks, 1);
        h.fake.expireDeltaLinks();
        h.fake.addInboxMessage(h.reply(u"RE: RE: Rappel, suite"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        const ReplyReport report = h.poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.resynced);
        QCOMPARE(report.seen, 2);           // the whole inbox again
        QCOMPARE(report.tasks, 1);          // only the new reply makes a task
        QVERIFY(report.items.at(0).alreadyKnown);
        QCOMPARE(h.f.store->tasks()->size(), 2);
        QCOMPARE(h.poll().seen, 0);         // and a fresh delta link was stored
    }

    void todoTaskWhenEnabled()
    {
        Harness h;
        QVERIFY(h.start());
        h.config.mail.todoTasks = true;
        h.fake.addInboxMessage(h.reply(u"RE: Rappel amical"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        const ReplyReport report = h.poll();
        QCOMPARE(report.todoTasks, 1);
        const QList<QByteArray> todo = h.fake.todoTasks();
        QCOMPARE(todo.size(), 1);
        const QJsonObject task = QJsonDocument::fromJson(todo.front()).object();
        QVERIFY(task.value(u"title"_s).toString().contains(u"RE: Rappel amical"_s));
        QCOMPARE(task.value(u"importance"_s).toString(), u"high"_s);
        const QJsonObject link = task.value(u"linkedResources"_s).toArray().at(0).toObject();
        QVERIFY(link.value(u"externalId"_s).toString().startsWith(u"<reply-"_s));
        QVERIFY(link.value(u"webUrl"_s).toString().contains(u"/owa/"_s));
    }

    void cliListsTheTasks()
    {
        Harness h;
        QVERIFY(h.start());
        h.fake.addInboxMessage(h.reply(u"RE: Rappel amical"_s, {{u"In-Reply-To"_s, h.sent.internetMessageId}}));
        QCOMPARE(h.poll().tasks, 1);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, h.f.dir.filePath(u"config"_s));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(RELANCE_CLI_PATH), {u"--database"_s, h.f.url, u"tasks"_s, u"--json"_s});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray tasks = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).toObject().value(u"assignee"_s).toString(), u"beatrice"_s);
        QCOMPARE(tasks.at(0).toObject().value(u"reminderId"_s).toInteger(), h.sent.id);
    }
};

QTEST_GUILESS_MAIN(TestReplies)
#include "test_replies.moc"
