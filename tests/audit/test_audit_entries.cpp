// What the audit trail says about a reminder's life, as an auditor reads it: the draft's model, deployment, prompt
// version and input facts; each edit as a compact diff; the approval; the send with its message ids. And the line diff.
#include "AuditTests.h"

#include "DraftTestData.h"
#include "FakeLlmServer.h"
#include "audit/LineDiff.h"
#include "drafting/DraftingService.h"
#include "mail/Outbox.h"
#include "workflow/ReviewActions.h"

#include <QSignalSpy>
#include <nlohmann/json.hpp>

using namespace relance;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
nlohmann::json detailOf(Store& store, qint64 reminderId, const QString& action)
{
    const auto events = store.auditEvents(u"reminder"_s, QString::number(reminderId));
    for (const AuditEvent& e : *events)
        if (e.action == action)
            return nlohmann::json::parse(e.detail.toStdString(), nullptr, false);
    return nlohmann::json();
}
QString str(const nlohmann::json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>())
                                                                  : QString();
}
} // namespace

class TestAuditEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiff()
    {
        QCOMPARE(audit::unifiedLineDiff(u"a\nb"_s, u"a\nb"_s, u"body"_s), QString());
        QCOMPARE(audit::unifiedLineDiff(u"Madame,\nVeuillez payer.\nMerci.\nSalutations"_s,
                                        u"Madame,\nVeuillez payer d'ici au 30.11.2026.\nMerci.\nSalutations"_s, u"body"_s),
                 u"@@ body -1,3 +1,3 @@\n Madame,\n-Veuillez payer.\n+Veuillez payer d'ici au 30.11.2026.\n Merci.\n"_s);
        QCOMPARE(audit::unifiedLineDiff(u"Rappel"_s, u"Deuxième rappel"_s, u"subject"_s),
                 u"@@ subject -1,1 +1,1 @@\n-Rappel\n+Deuxième rappel\n"_s);
        // A line added at the end, a line removed at the start.
        QCOMPARE(audit::unifiedLineDiff(u"a\nb"_s, u"a\nb\nc"_s, u"body"_s), u"@@ body -2,1 +2,2 @@\n b\n+c\n"_s);
        QCOMPARE(audit::unifiedLineDiff(u"x\na\nb"_s, u"a\nb"_s, u"body"_s), u"@@ body -1,2 +1,1 @@\n-x\n a\n"_s);
        // Two changes far apart: two hunks, and the unchanged middle is not recorded.
        QStringList lines;
        for (int i = 0; i < 40; ++i)
            lines << u"Ligne %1 du rappel, inchangée."_s.arg(i);
        QStringList edited = lines;
        edited[2] = u"Ligne 2 corrigée."_s;
        edited[35] = u"Ligne 35 corrigée."_s;
        const QString diff = audit::unifiedLineDiff(lines.join(u'\n'), edited.join(u'\n'), u"body"_s);
        QCOMPARE(diff.count(u"@@ body"_s), 2);
        QVERIFY(diff.contains(u"@@ body -2,3 +2,3 @@\n"_s));
        QVERIFY(diff.contains(u"@@ body -35,3 +35,3 @@\n"_s));
        QVERIFY(!diff.contains(u"Ligne 20 "_s));
        QVERIFY(diff.size() < lines.join(u'\n').size() / 4);
    }

    void reminderLife()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        VERIFY_OK(db);
        Store store(**db);
        auto ledger = seedDraftLedger(store, QDate::currentDate());
        VERIFY_OK(ledger);
        FakeLlmServer server;
        QVERIFY(server.listen());
        Config config = draftTestConfig();
        config.llm.provider = LlmProvider::Azure;
        config.llm.endpoint = server.baseUrl();
        config.llm.deployment = u"gpt4o"_s;
        config.llm.requestsPerMinute = 6000;
        config.llm.tokensPerMinute = 10'000'000;
        config.llm.timeoutSeconds = 10;
        {
            DraftingService drafting(store, config, u"test-key"_s);
            QSignalSpy spy(&drafting, &DraftingService::finished);
            drafting.run({.asOf = ledger->asOf, .actor = u"system"_s});
            QVERIFY(spy.wait(20000));
        }
        Reminder r;
        const auto all = store.reminders();
        VERIFY_OK(all);
        for (const Reminder& x : *all)
            if (x.clientId == ledger->fr.id)
                r = x;
        QVERIFY(r.id > 0);
        QCOMPARE(r.lines.size(), 2);

        // Drafted: which model, deployment and prompt, from which facts.
        const nlohmann::json drafted = detailOf(store, r.id, u"state:drafted->needs-review"_s);
        QVERIFY2(drafted.is_object(), "no drafted entry");
        QCOMPARE(str(drafted, "provider"), u"azure"_s);
        QCOMPARE(str(drafted, "model"), r.model);
        QCOMPARE(str(drafted, "deployment"), u"gpt4o"_s);
        QVERIFY(str(drafted, "promptVersion").startsWith(u"sha256:"_s));
        QCOMPARE(str(drafted, "promptSha256").size(), 64);
        const nlohmann::json facts = drafted["facts"];
        QCOMPARE(str(facts, "client"), ledger->fr.number);
        QCOMPARE(str(facts, "asOf"), ledger->asOf.toString(Qt::ISODate));
        QCOMPARE(facts["invoices"].size(), size_t(2));
        for (size_t i = 0; i < 2; ++i) {
            const auto& inv = facts["invoices"][i];
            const ReminderLine& line = r.lines.at(qsizetype(i));
            QCOMPARE(str(inv, "number"), line.invoiceNumber);
            QCOMPARE(inv["openMinor"].get<qint64>(), line.openMinor);
            QCOMPARE(str(inv, "currency"), line.currency);
            QCOMPARE(str(inv, "dueDate"), line.dueDate.toString(Qt::ISODate));
            QVERIFY(!str(inv, "issueDate").isEmpty());
        }

        // Edited: a diff of the changed line, not the whole text twice.
        ReviewActions review(store, draftTestConfig(), u"anna"_s);
        QStringList bodyLines = r.body.split(u'\n');
        QVERIFY(bodyLines.size() >= 3);
        const QString oldLine = bodyLines.at(1);
        bodyLines[1] = u"Nous restons volontiers à votre disposition."_s;
        auto edited = review.saveEdit(r.id, r.version, r.subject, bodyLines.join(u'\n'));
        VERIFY_OK(edited);
        const nlohmann::json edit = detailOf(store, r.id, u"edited"_s);
        const QString diff = str(edit, "diff");
        QVERIFY2(diff.startsWith(u"@@ body -"_s), qPrintable(diff));
        QVERIFY2(diff.contains(u"\n+Nous restons volontiers à votre disposition.\n"_s), qPrintable(diff));
        if (!oldLine.trimmed().isEmpty())
            QVERIFY2(diff.contains(u"\n-"_s + oldLine + u"\n"_s), qPrintable(diff));
        QVERIFY(!diff.contains(u"@@ subject"_s));
        QVERIFY(diff.size() < r.body.size());

        // Approved, then sent: the Graph message id and internetMessageId are recorded.
        auto approved = review.approve(r.id, edited->version, u"Checked with the client by phone"_s);
        VERIFY_OK(approved);
        QVERIFY(detailOf(store, r.id, u"state:needs-review->approved"_s).is_object());
        mail::OutboxOptions options;
        options.accountingIsDemo = true;
        options.transport = MailTransport::Graph;
        mail::Outbox outbox(**db, options);
        for (;;) {
            auto claim = outbox.claimNext(QDateTime::currentDateTimeUtc());
            VERIFY_OK(claim);
            if (claim->empty())
                break;
            if (!claim->claim || claim->claim->reminder.id != r.id)
                continue;
            VERIFY_OK(outbox.recordDraft(r.id, u"AAMkADraft42"_s, u"<reminder-42@relance.example>"_s, u"conv-42"_s));
            VERIFY_OK(outbox.markSent(r.id, QDateTime::currentDateTimeUtc(), u"graph"_s, u"<reminder-42@relance.example>"_s));
        }
        const nlohmann::json sent = detailOf(store, r.id, u"state:sending->sent"_s);
        QVERIFY2(sent.is_object(), "no sent entry");
        QCOMPARE(str(sent, "messageId"), u"AAMkADraft42"_s);
        QCOMPARE(str(sent, "internetMessageId"), u"<reminder-42@relance.example>"_s);

        // And the whole life is one intact chain.
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QVERIFY(rep->entries >= 6);
    }
};

QTEST_GUILESS_MAIN(TestAuditEntries)
#include "test_audit_entries.moc"
