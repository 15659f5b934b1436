// `relance-cli check`: the probes behind Settings' "Test connection", run headless against the fake accounting facade,
// the fake Dataverse, the fake model, the fake Microsoft 365 and a SQLite file. What a person (or a monitoring script)
// relies on: one verdict per connection, the facts that identify it, and an exit status that says whether all passed.
#include "CheckFakes.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestCheckCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_facade, m_crm, m_model, m_authority, m_graph;
    std::function<int()> m_modelRequests;
    QString m_ini;
    QString m_db;

    QMap<QString, QString> env(const QString& accountingKey = u"right-key"_s,
                               const QString& llmKey = u"llm-key"_s) const
    {
        return {{u"RELANCE_ACCOUNTING_API_KEY"_s, accountingKey},
                {u"RELANCE_CRM_ACCESS_TOKEN"_s, u"crm-token"_s},
                {u"RELANCE_LLM_API_KEY"_s, llmKey},
                {u"RELANCE_GRAPH_REFRESH_TOKEN"_s, u"rt-check"_s},
                {u"RELANCE_KEYCHAIN_SERVICE"_s, u"relance-check-test-%1"_s.arg(QCoreApplication::applicationPid())}};
    }

    test::CliRun check(const QStringList& args, const QMap<QString, QString>& environment)
    {
        return test::runCli(QStringList{u"--config"_s, m_ini, u"--database"_s, m_db, u"check"_s} + args, m_dir.path(),
                            environment, 60000);
    }

    static QHash<QString, QJsonObject> byConnection(const QByteArray& out)
    {
        QHash<QString, QJsonObject> checks;
        for (const QJsonValue& v : QJsonDocument::fromJson(out).object().value(u"checks"_s).toArray())
            checks.insert(v[u"connection"_s].toString(), v.toObject());
        return checks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::startFakeFacade(this, &m_facade));
        QVERIFY(test::startFakeDataverse(this, &m_crm));
        QVERIFY(test::startFakeModel(this, &m_model, &m_modelRequests));
        QVERIFY(test::startFakeGraph(this, &m_authority, &m_graph));

        m_db = test::sqliteUrl(m_dir, u"check.db"_s);
        auto db = Database::openAndMigrate(m_db);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));

        m_ini = m_dir.filePath(u"relance.ini"_s);
        QFile ini(m_ini);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(
            u"[accounting]\nsource=odata\nurl=%1\nentitySet=OpenInvoices\nauth=api-key\napiKeyHeader=x-functions-key\n"
            "timeoutSeconds=5\n"
            "[crm]\nsource=dataverse\nurl=%2\n"
            "[llm]\nprovider=openai-compatible\nendpoint=%3/v1\nmodel=llama3\n"
            "[mail]\ntransport=graph\nauthority=%4\ngraphUrl=%5\nclientId=check-client\ntimeoutSeconds=5\n"_s
                .arg(m_facade, m_crm, m_model, m_authority, m_graph)
                .toUtf8());
    }

    void everyConnectionPasses()
    {
        const test::CliRun run = check({u"--json"_s}, env());
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject all = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(all.value(u"ok"_s).toBool(), true);
        const auto checks = byConnection(run.out);
        QCOMPARE(checks.size(), 5);
        for (const QString& c : {u"database"_s, u"accounting"_s, u"crm"_s, u"llm"_s, u"mail"_s})
            QVERIFY2(checks.value(c).value(u"verdict"_s).toString() == u"passed"_s,
                     qPrintable(c + u": "_s + QString::fromUtf8(QJsonDocument(checks.value(c)).toJson())));
        // The facts a person needs: which schema, which host, which model answered.
        QVERIFY(checks.value(u"database"_s).value(u"version"_s).toString().toInt() > 0);
        QVERIFY(checks.value(u"database"_s).value(u"target"_s).toString().contains(u"check.db"_s));
        QCOMPARE(checks.value(u"accounting"_s).value(u"target"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(!checks.value(u"llm"_s).value(u"version"_s).toString().isEmpty()); // the model that answered
        QCOMPARE(checks.value(u"mail"_s).value(u"account"_s).toString(), u"anna.buchhalterin@fiduciaire.example"_s);
        QVERIFY(m_modelRequests() >= 1);
    }

    void refusedCredentialsFailTheCheck()
    {
        const int before = int(m_modelRequests());
        const test::CliRun run = check({u"accounting"_s, u"llm"_s, u"--json"_s}, env(u"wrong-key"_s, u"wrong-key"_s));
        QCOMPARE(run.code, 1);
        const auto checks = byConnection(run.out);
        QCOMPARE(checks.size(), 2); // only what was asked
        const QJsonObject acc = checks.value(u"accounting"_s);
        QCOMPARE(acc.value(u"verdict"_s).toString(), u"failed"_s);
        QCOMPARE(acc.value(u"error"_s)[u"code"_s].toString(), errorCodeName(ErrorCode::AuthRejected));
        const QJsonObject llm = checks.value(u"llm"_s);
        QCOMPARE(llm.value(u"verdict"_s).toString(), u"failed"_s);
        QCOMPARE(llm.value(u"error"_s)[u"httpStatus"_s].toInt(), 401);
        QCOMPARE(int(m_modelRequests()), before + 1); // one request: a refused key is not retried
    }

    void configurationsThatNeedNoConnection()
    {
        const QString ini = m_dir.filePath(u"demo.ini"_s);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[accounting]\nsource=demo\n[crm]\nsource=none\n[llm]\nprovider=template\n[mail]\ntransport=outbox-dir\n");
        f.close();
        const test::CliRun run =
            test::runCli({u"--config"_s, ini, u"--database"_s, m_db, u"check"_s}, m_dir.path(), env());
        QVERIFY2(run.code == 0, run.err.constData());
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(u"database"_s) && lines.at(0).contains(u"passed"_s), qPrintable(lines.at(0)));
        for (int i = 1; i < 5; ++i)
            QVERIFY2(lines.at(i).contains(u"not-needed"_s), qPrintable(lines.at(i)));
    }

    void aMissingDatabaseFileOrAnUnknownConnection()
    {
        const test::CliRun unknown = check({u"printer"_s}, env());
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("printer"));
        const test::CliRun bad =
            test::runCli({u"--config"_s, m_ini, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/none"_s, u"check"_s,
                          u"database"_s, u"--json"_s},
                         m_dir.path(), env());
        QCOMPARE(bad.code, 1);
        QCOMPARE(byConnection(bad.out).value(u"database"_s).value(u"verdict"_s).toString(), u"failed"_s);
    }
};

QTEST_MAIN(TestCheckCli)
#include "test_check_cli.moc"
