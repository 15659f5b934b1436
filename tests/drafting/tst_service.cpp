// The drafting service end to end on a real database: which clients get a draft, templates in three languages, real
// HTTP round trips to the fake OpenAI-compatible server, retries on 429/503 with each header, unusable answers falling
// back to the template (said so), wrong facts from the model marked as blocking, 401 stopping the batch.
#include "DraftTestData.h"
#include "FakeLlmServer.h"
#include "TestSupport.h"
#include "drafting/DraftingService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;

namespace {
QString describe(const Reminder& r)
{
    QStringList out{QStringLiteral("#%1 %2 %3 %4").arg(r.id).arg(reminderStateName(r.state), r.provider, languageCode(r.language))};
    for (const auto& f : r.findings)
        out << QStringLiteral("  %1 %2").arg(f.code, f.detail);
    out << r.subject << r.body;
    return out.join(u'\n');
}
bool hasCode(const Reminder& r, const QString& prefix, std::optional<FindingSeverity> sev = std::nullopt)
{
    for (const auto& f : r.findings)
        if (f.code.startsWith(prefix) && (!sev || f.severity == *sev))
            return true;
    return false;
}
} // namespace

class TestDraftingService : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    DraftLedger m_ledger;
    std::unique_ptr<FakeLlmServer> m_server;

    Config llmConfig()
    {
        Config c = draftTestConfig();
        c.llm.provider = LlmProvider::Azure;
        c.llm.endpoint = m_server->baseUrl();
        c.llm.deployment = QStringLiteral("gpt4o");
        c.llm.maxConcurrency = 4;
        c.llm.requestsPerMinute = 6000;
        c.llm.tokensPerMinute = 10'000'000;
        c.llm.timeoutSeconds = 10;
        return c;
    }
    static DraftingService::Tuning fastTuning()
    {
        DraftingService::Tuning t;
        t.backoffBaseMs = 40;
        t.backoffMaxMs = 200;
        return t;
    }
    DraftRunSummary runBatch(DraftingService& s, int limit = 0)
    {
        QSignalSpy spy(&s, &DraftingService::finished);
        s.run({.asOf = m_ledger.asOf, .limit = limit, .actor = QStringLiteral("tester")});
        if (!spy.wait(20000))
            return DraftRunSummary{.error = Error{ErrorCode::Timeout, QStringLiteral("no finished signal")}};
        return spy.takeFirst().at(0).value<DraftRunSummary>();
    }
    QList<Reminder> byState(ReminderState s) { return *m_store->reminders(s); }
    Reminder forClient(const Client& c)
    {
        const auto all = m_store->reminders();
        for (const Reminder& r : *all)
            if (r.clientId == c.id)
                return r;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::openAndMigrate(sqliteUrl(*m_dir));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
        auto ledger = seedDraftLedger(*m_store, QDate::currentDate());
        QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
        m_ledger = *ledger;
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
        m_server->requireHeader("api-key", "test-key");
    }
    void cleanup()
    {
        m_server.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void templateDraftsInThreeLanguages()
    {
        DraftingService s(*m_store, draftTestConfig(), QString());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->toString() : QString()));
        QCOMPARE(sum.candidates, 3);
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.withBlockingFindings, 0);
        QCOMPARE(m_server->requests().size(), 0);

        const Reminder fr = forClient(m_ledger.fr);
        QCOMPARE(fr.state, ReminderState::NeedsReview);
        QCOMPARE(fr.language, Language::French);
        QCOMPARE(fr.bucket, AgingBucket::Moderate);  // the tone of the oldest of its two invoices
        QCOMPARE(fr.provider, QStringLiteral("template"));
        QStringList numbers;
        for (const auto& l : fr.lines)
            numbers << l.invoiceNumber;
        QCOMPARE(numbers, (QStringList{QStringLiteral("RE-1001"), QStringLiteral("RE-1002")}));  // not disputed, paid or not due
        QVERIFY2(fr.body.contains(formatMoney(171450, u"CHF", clientLocale(Language::French))), qPrintable(describe(fr)));
        QVERIFY(fr.body.contains(QStringLiteral("Madame Claire Favre")));
        QVERIFY(fr.findings.isEmpty());

        const Reminder de = forClient(m_ledger.de);
        QCOMPARE(de.bucket, AgingBucket::Serious);
        QCOMPARE(de.language, Language::German);
        QVERIFY2(de.body.contains(QStringLiteral("CHF\u00A02’500.00")), qPrintable(describe(de)));
        QVERIFY(de.body.contains(QStringLiteral("Betreibung")));
        QVERIFY(de.body.contains(QStringLiteral("Ratenzahlung")));
        const Reminder en = forClient(m_ledger.en);
        QCOMPARE(en.bucket, AgingBucket::Light);
        QVERIFY(en.subject.contains(QStringLiteral("RE-3001")));
        QVERIFY(forClient(m_ledger.blocked).id == 0);  // do-not-chase

        auto audit = m_store->auditEvents(QStringLiteral("reminder"), QString::number(fr.id));
        QStringList actions;
        for (const auto& e : *audit)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("created"), QStringLiteral("state:drafted->needs-review")}));
        QCOMPARE(audit->first().actor, QStringLiteral("tester"));

        // A second run finds every client with a draft pending: nothing new.
        const DraftRunSummary again = runBatch(s);
        QCOMPARE(again.candidates, 0);
        QCOMPARE(m_store->reminders()->size(), 3);
    }

    void recentlyRemindedInvoicesWait()
    {
        DraftingService s(*m_store, draftTestConfig(), QString());
        runBatch(s);
        // The French reminder went out three days ago; the others were rejected.
        const auto all = m_store->reminders();
        for (Reminder r : *all) {
            r.state = r.clientId == m_ledger.fr.id ? ReminderState::Sent : ReminderState::Rejected;
            r.sentAt = QDateTime::currentDateTimeUtc().addDays(-3);
            QVERIFY(m_store->updateReminder(r));
        }
        const DraftRunSummary sum = runBatch(s);
        QCOMPARE(sum.candidates, 2);  // de and en again; fr was reminded within 10 days
        QVERIFY(!sum.error);
    }

    void limitTakesTheMostOverdue()
    {
        DraftingService s(*m_store, draftTestConfig(), QString());
        const DraftRunSummary sum = runBatch(s, 1);
        QCOMPARE(sum.drafted, 1);
        QCOMPARE(m_store->reminders()->first().clientId, m_ledger.de.id);
    }

    void llmDraftsThroughHttp()
    {
        DraftingService s(*m_store, llmConfig(), QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->toString() : QString()));
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.templateFallbacks, 0);
        QCOMPARE(sum.llmRequests, 3);
        QCOMPARE(m_server->requests().size(), 3);
        for (const Client& c : {m_ledger.fr, m_ledger.de, m_ledger.en}) {
            const Reminder r = forClient(c);
            QVERIFY2(!r.hasBlockingFinding(), qPrintable(describe(r)));
            QCOMPARE(r.provider, QStringLiteral("azure"));
            QCOMPARE(r.model, QStringLiteral("gpt-4o-2024-08-06"));
            QCOMPARE(r.promptTokens, 420);
            QCOMPARE(r.completionTokens, 180);
            QCOMPARE(r.language, c.language);
            QVERIFY(!r.body.contains(QLatin1StringView("{{")));
        }
        QVERIFY(forClient(m_ledger.de).body.contains(QStringLiteral("CHF\u00A02’500.00")));
        QVERIFY(forClient(m_ledger.de).body.contains(QStringLiteral("Inkasso")));
        QCOMPARE(sum.promptTokens, 3 * 420);
        for (const FakeRequest& r : m_server->requests()) {
            QVERIFY(r.path.startsWith(QStringLiteral("/openai/deployments/gpt4o/")));
            QCOMPARE(r.headers.value("api-key"), QByteArray("test-key"));
        }
    }

    void retriesAfterServerTime_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("impliedMs");
        QTest::newRow("retry-after-ms") << 429 << QByteArray("retry-after-ms") << QByteArray("600") << qint64(600);
        QTest::newRow("x-ms-retry-after-ms") << 429 << QByteArray("x-ms-retry-after-ms") << QByteArray("600") << qint64(600);
        QTest::newRow("Retry-After") << 429 << QByteArray("Retry-After") << QByteArray("1") << qint64(1000);
        QTest::newRow("none") << 429 << QByteArray() << QByteArray() << qint64(-1);
        QTest::newRow("503") << 503 << QByteArray("retry-after-ms") << QByteArray("400") << qint64(400);
    }
    void retriesAfterServerTime()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(qint64, impliedMs);
        FakeResponse busy = FakeLlmServer::tooMany(header, value, impliedMs);
        busy.status = status;
        m_server->enqueue(busy);
        m_server->enqueue(busy);
        Config c = llmConfig();
        c.llm.maxConcurrency = 1;
        DraftingService s(*m_store, c, QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->toString() : QString()));
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.templateFallbacks, 0);
        QCOMPARE(m_server->requests().size(), 5);
        QCOMPARE(m_server->earlyRequests(), 0);  // nothing sent before the server said
        if (impliedMs > 0) {
            const auto& reqs = m_server->requests();
            QVERIFY(reqs[2].receivedMs - reqs[1].receivedMs >= impliedMs);
        }
    }

    void unusableAnswersFallBackToTemplate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("not-json") << 0 << QStringLiteral("llm-bad-reply");
        QTest::newRow("missing-field") << 1 << QStringLiteral("llm-bad-reply");
        QTest::newRow("empty") << 2 << QStringLiteral("llm-bad-reply");
        QTest::newRow("truncated-length") << 3 << QStringLiteral("llm-truncated");
        QTest::newRow("output-filter") << 4 << QStringLiteral("llm-content-filter");
        QTest::newRow("prompt-filter") << 5 << QStringLiteral("llm-content-filter");
        QTest::newRow("cut-connection") << 6 << QStringLiteral("llm-");
    }
    void unusableAnswersFallBackToTemplate()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        m_server->setHandler([kind](const FakeRequest&) {
            switch (kind) {
            case 0: return FakeLlmServer::completion(QStringLiteral("Dear client, please pay what you owe."));
            case 1: return FakeLlmServer::completion(QStringLiteral("{\"subject\":\"Reminder\"}"));
            case 2: return FakeLlmServer::completion(QString());
            case 3: return FakeLlmServer::completion(QStringLiteral("{\"subject\":\"Reminder\",\"body\":\"Dear"), QStringLiteral("length"));
            case 4: return FakeLlmServer::completion(QString(), QStringLiteral("content_filter"));
            case 5: return FakeLlmServer::error(400, QStringLiteral("content_filter"), QStringLiteral("The prompt was filtered"));
            default: {
                FakeResponse r = FakeLlmServer::draft(QStringLiteral("S"), QStringLiteral("A body that will be cut in the middle of it"));
                r.truncate = true;
                return r;
            }
            }
        });
        DraftingService s(*m_store, llmConfig(), QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->toString() : QString()));
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.templateFallbacks, 3);
        for (const Client& c : {m_ledger.fr, m_ledger.de, m_ledger.en}) {
            const Reminder r = forClient(c);
            QCOMPARE(r.state, ReminderState::NeedsReview);
            QCOMPARE(r.provider, QStringLiteral("template"));
            QVERIFY2(hasCode(r, code, FindingSeverity::Warning), qPrintable(describe(r)));
            QVERIFY2(!r.hasBlockingFinding(), qPrintable(describe(r)));
            QVERIFY(r.findings.first().detail.contains(QStringLiteral("built-in template")));
        }
    }

    void wrongFactsFromTheModelAreBlocking_data()
    {
        QTest::addColumn<QString>("addition");
        QTest::addColumn<QString>("code");
        QTest::newRow("amount") << QStringLiteral("\nNote: CHF 10.00 only.") << QStringLiteral("amount-mismatch");
        QTest::newRow("url") << QStringLiteral("\nhttps://evil.example.com/pay") << QStringLiteral("unknown-link");
        QTest::newRow("iban") << QStringLiteral("\nIBAN CH56 0483 5012 3456 7800 9") << QStringLiteral("unknown-iban");
        QTest::newRow("injected") << QStringLiteral("\n") + kInjection << QStringLiteral("copied-untrusted-text");
        QTest::newRow("wrong-language") << QStringLiteral("@de") << QStringLiteral("wrong-language");
    }
    void wrongFactsFromTheModelAreBlocking()
    {
        QFETCH(QString, addition);
        QFETCH(QString, code);
        m_server->setHandler([addition](const FakeRequest& req) {
            const bool other = addition == u"@de";
            const auto d = FakeLlmServer::goodDraft(other ? (req.language() == u"de" ? QStringLiteral("en") : QStringLiteral("de"))
                                                          : req.language(),
                                                    QStringLiteral("light"));
            return FakeLlmServer::draft(d.first, other ? d.second : d.second + addition);
        });
        DraftingService s(*m_store, llmConfig(), QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY(!sum.error);
        const Reminder r = forClient(code == u"copied-untrusted-text" ? m_ledger.fr : m_ledger.en);
        QCOMPARE(r.provider, QStringLiteral("azure"));
        QCOMPARE(r.state, ReminderState::NeedsReview);
        QVERIFY2(hasCode(r, code, FindingSeverity::Blocking), qPrintable(describe(r)));
        QVERIFY(sum.withBlockingFindings >= 1);
    }

    void unauthorizedStopsTheBatch()
    {
        Config c = llmConfig();
        c.llm.maxConcurrency = 1;
        DraftingService s(*m_store, c, QStringLiteral("revoked-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY(sum.error);
        QCOMPARE(sum.error->code, ErrorCode::AuthRejected);
        QVERIFY(sum.error->detail.contains(QStringLiteral("401")));
        QCOMPARE(m_server->requests().size(), 1);  // no retry, no further request
        QCOMPARE(sum.drafted, 0);
        QCOMPARE(sum.cancelled, 3);
        QCOMPARE(byState(ReminderState::NeedsReview).size(), 0);
        QCOMPARE(byState(ReminderState::Cancelled).size(), 3);
        // Cancelled drafts do not block the next run.
        DraftingService fixed(*m_store, c, QStringLiteral("test-key"), fastTuning());
        QCOMPARE(runBatch(fixed).drafted, 3);
    }

    void jsonObjectFallback()
    {
        m_server->setRejectJsonSchema(true);
        DraftingService s(*m_store, llmConfig(), QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.templateFallbacks, 0);
        QCOMPARE(forClient(m_ledger.en).provider, QStringLiteral("azure"));
        QCOMPARE(m_server->requests().last().responseFormatType(), QStringLiteral("json_object"));
    }

    void unreachableServerFallsBack()
    {
        Config c = llmConfig();
        c.llm.endpoint = QStringLiteral("http://127.0.0.1:1");
        DraftingService s(*m_store, c, QStringLiteral("test-key"), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.templateFallbacks, 3);
        QVERIFY(hasCode(forClient(m_ledger.de), QStringLiteral("llm-unreachable")));
    }

    void regenerateWithTheReviewersInstruction()
    {
        DraftingService s(*m_store, llmConfig(), QStringLiteral("test-key"), fastTuning());
        QCOMPARE(runBatch(s).drafted, 3);
        const Reminder before = forClient(m_ledger.de);
        std::optional<Result<Reminder>> got;
        s.regenerate(before.id, before.version, QStringLiteral("Bitte kürzer und ohne Inkasso-Drohung"), QStringLiteral("anna"), this,
                     [&](Result<Reminder> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY2(*got, qPrintable(*got ? QString() : got->error().toString()));
        QCOMPARE(m_server->requests().size(), 4);
        QVERIFY(m_server->requests().last().user().contains(QStringLiteral("Bitte kürzer und ohne Inkasso-Drohung")));
        QCOMPARE((*got)->version, before.version + 1);
        QCOMPARE((*got)->promptTokens, 420);
        QCOMPARE((*got)->provider, QStringLiteral("azure"));
        QCOMPARE((*got)->updatedBy, QStringLiteral("anna"));
    }

    void templateBatchOnPostgres()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_drafting_service"));
        auto db = Database::openAndMigrate(url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        Store store(**db);
        auto ledger = seedDraftLedger(store, QDate::currentDate());
        QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
        DraftingService s(store, draftTestConfig(), QString());
        QSignalSpy spy(&s, &DraftingService::finished);
        s.run({.actor = QStringLiteral("tester")});
        QVERIFY(spy.wait(20000));
        const auto sum = spy.takeFirst().at(0).value<DraftRunSummary>();
        QVERIFY2(!sum.error, qPrintable(sum.error ? sum.error->toString() : QString()));
        QCOMPARE(sum.drafted, 3);
        QCOMPARE(sum.withBlockingFindings, 0);
        s.run({.actor = QStringLiteral("tester")});
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.takeFirst().at(0).value<DraftRunSummary>().candidates, 0);
    }

    void missingKeyIsAClearError()
    {
        DraftingService s(*m_store, llmConfig(), QString(), fastTuning());
        const DraftRunSummary sum = runBatch(s);
        QVERIFY(sum.error);
        QCOMPARE(sum.error->code, ErrorCode::Config);
        QVERIFY(sum.error->detail.contains(QStringLiteral("RELANCE_LLM_API_KEY")));
        QCOMPARE(m_store->reminders()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDraftingService)
#include "tst_service.moc"
