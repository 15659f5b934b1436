// relance-cli draft / queue / approve: real process, real database file, real HTTP to the fake server.
#include "DraftTestData.h"
#include "FakeLlmServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;

namespace {
using Run = CliRun;
} // namespace

class TestDraftCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbUrl;
    std::unique_ptr<FakeLlmServer> m_server;

    QString writeConfig(const QString& llm)
    {
        const QString path = m_dir->filePath(QStringLiteral("relance.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QStringLiteral("[llm]\n%1\n[reminders]\npaymentIban = CH93 0076 2011 6238 5295 7\n"
                               "allowedLinks = https://pay.fiduciaire-demo.ch/invoice\nfirmName = Fiduciaire Demo SA\n")
                    .arg(llm)
                    .toUtf8());
        return path;
    }
    // Runs relance-cli while this process's event loop keeps the fake server answering.
    Run cli(const QStringList& args, const QString& apiKey = {})
    {
        return runCli(QStringList{QStringLiteral("--database"), m_dbUrl} + args, m_dir->path(),
                      {{QStringLiteral("RELANCE_LLM_API_KEY"), apiKey}}, 30000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dbUrl = sqliteUrl(*m_dir);
        {
            auto db = Database::openAndMigrate(m_dbUrl);
            QVERIFY(db);
            Store store(**db);
            QVERIFY(seedDraftLedger(store, QDate::currentDate()));
        }
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
        m_server->requireHeader("api-key", "cli-key");
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void templateDraftsAndQueue()
    {
        const QString config = writeConfig(QStringLiteral("provider = template"));
        const Run d = cli({QStringLiteral("--config"), config, QStringLiteral("draft"), QStringLiteral("--json")});
        QVERIFY2(d.code == 0, d.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(d.out).object();
        QCOMPARE(summary.value(QStringLiteral("drafted")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("provider")).toString(), QStringLiteral("template"));

        const Run q = cli({QStringLiteral("--config"), config, QStringLiteral("queue"), QStringLiteral("--json")});
        QVERIFY2(q.code == 0, q.err.constData());
        const QJsonArray drafts = QJsonDocument::fromJson(q.out).array();
        QCOMPARE(drafts.size(), 3);
        QStringList languages;
        for (const auto& v : drafts) {
            const QJsonObject o = v.toObject();
            languages << o.value(QStringLiteral("language")).toString();
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("needs-review"));
            QVERIFY(o.value(QStringLiteral("findings")).toArray().isEmpty());
            QVERIFY(!o.value(QStringLiteral("subject")).toString().isEmpty());
        }
        languages.sort();
        QCOMPARE(languages, (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
        const QString all = QString::fromUtf8(q.out);
        QVERIFY(all.contains(QStringLiteral("CH93 0076 2011 6238 5295 7")));

        const Run text = cli({QStringLiteral("--config"), config, QStringLiteral("queue")});
        QVERIFY(text.out.contains("3 reminder(s)"));

        const Run a = cli({QStringLiteral("--config"), config, QStringLiteral("approve"), QStringLiteral("--all-without-findings")});
        QVERIFY2(a.code == 0, a.err.constData());
        QCOMPARE(a.out.count("approved"), 3);
    }

    void llmDraftsThroughHttp()
    {
        const QString config = writeConfig(QStringLiteral("provider = azure\nendpoint = %1\ndeployment = gpt4o").arg(m_server->baseUrl()));
        const Run d = cli({QStringLiteral("--config"), config, QStringLiteral("draft"), QStringLiteral("--json")}, QStringLiteral("cli-key"));
        QVERIFY2(d.code == 0, d.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(d.out).object();
        QCOMPARE(summary.value(QStringLiteral("drafted")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("llmRequests")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("templateFallbacks")).toInt(), 0);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(!d.out.contains("cli-key") && !d.err.contains("cli-key"));
        const Run q = cli({QStringLiteral("--config"), config, QStringLiteral("queue"), QStringLiteral("--json")});
        for (const auto& v : QJsonDocument::fromJson(q.out).array()) {
            QCOMPARE(v.toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("azure"));
            QCOMPARE(v.toObject().value(QStringLiteral("promptTokens")).toInt(), 420);
        }
    }

    void rejectedKeyStopsWithAClearMessage()
    {
        const QString config = writeConfig(QStringLiteral("provider = azure\nendpoint = %1\ndeployment = gpt4o\nmaxConcurrency = 1").arg(m_server->baseUrl()));
        const Run d = cli({QStringLiteral("--config"), config, QStringLiteral("draft")}, QStringLiteral("old-key"));
        QCOMPARE(d.code, 1);
        QVERIFY2(d.err.contains("refused the API key"), d.err.constData());
        QVERIFY(!d.err.contains("old-key"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void limitAndBadArguments()
    {
        const QString config = writeConfig(QStringLiteral("provider = template"));
        const Run d = cli({QStringLiteral("--config"), config, QStringLiteral("draft"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("drafted")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("--config"), config, QStringLiteral("draft"), QStringLiteral("--limit"), QStringLiteral("x")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--config"), config, QStringLiteral("approve")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDraftCli)
#include "tst_draft_cli.moc"
