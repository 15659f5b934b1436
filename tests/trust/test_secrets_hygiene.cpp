// Secrets hygiene: a whole working day through the real relance-cli, with distinctive fake secrets in the environment
// and in the system keychain: demo-seed, sync from the (fake) OData facade with its API key, drafts from the (fake)
// Azure OpenAI server with its key, approval, sending through the (fake) Microsoft Graph with the refresh token, and
// polling the replies, with the log file at debug level. Then every byte the program left behind (database with its
// WAL, configuration, logs, any other file under its home) and everything it printed is searched for each secret, as
// text, UTF-16, base64 and base64url: none may appear.
#include "FakeODataServer.h"
#include "TestSupport.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;

namespace {

// Distinctive strings that no code, data set or fake server contains by chance.
const QString kAccountingKey = QStringLiteral("Qv7acctKEY-1f9e0c7a-hygiene-FAKE");
const QString kCrmToken = QStringLiteral("Qv7crmTOKEN-7c2f90e1-hygiene-FAKE");
const QString kLlmKey = QStringLiteral("Qv7llmKEY-93ab21d4-hygiene-FAKE");
const QString kRefreshToken = QStringLiteral("Qv7graphREFRESH-0d6e44b8-hygiene-FAKE");

// One fake server in its own process (see FakeHostMain.h for why).
class FakeHost
{
public:
    bool start(const QString& program, const QStringList& args)
    {
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(20000))
            line += m_process.readAll();
        if (!line.startsWith("PORT "))
            return false;
        m_port = line.mid(5).trimmed().toUShort();
        return m_port != 0;
    }
    ~FakeHost()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the host quits when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct Needle
{
    QString secret;
    QString form;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {{secret, QStringLiteral("text"), utf8},
            {secret, QStringLiteral("UTF-16"), QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)},
            {secret, QStringLiteral("base64"), utf8.toBase64(QByteArray::OmitTrailingEquals)},
            {secret, QStringLiteral("base64url"), utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
            // base64 of "Bearer <secret>" or "<user>:<secret>" shifts the alignment: the other two phases.
            {secret, QStringLiteral("base64 (offset 1)"), QByteArray(QByteArray("x") + utf8).toBase64().mid(4, 24)},
            {secret, QStringLiteral("base64 (offset 2)"), QByteArray(QByteArray("xy") + utf8).toBase64().mid(4, 24)}};
}

} // namespace

class TestSecretsHygiene : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_config;
    QString m_dbUrl;
    QMap<QString, QString> m_env;
    QList<std::pair<QString, QByteArray>> m_printed; // what each CLI run printed, by command
    bool m_keychain = false;
    std::unique_ptr<SecretStore> m_secrets;

    bool keychainWrite(Secret s, const QString& value)
    {
        std::optional<Result<void>> r;
        m_secrets->write(s, value, this, [&](Result<void> ok) { r = ok; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
            return false;
        if (!*r)
            qWarning("keychain unavailable: %s", qPrintable(r->error().toString()));
        return r->has_value();
    }
    void keychainRemove(Secret s)
    {
        bool done = false;
        m_secrets->remove(s, this, [&](Result<void>) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the keychain did not answer the removal");
    }

    CliRun cli(const QString& command, const QStringList& extra = {})
    {
        const CliRun r = runCli(QStringList{QStringLiteral("--config"), m_config, QStringLiteral("--database"), m_dbUrl,
                                            QStringLiteral("--verbose"), command} + extra,
                                m_home.path(), m_env, 60000);
        m_printed.push_back({command, r.out + r.err});
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_dbUrl = sqliteUrl(m_home);
        // The keychain the CLI reads (service "Relance"); tests/run.sh gives each run a private, unlocked keyring.
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("Relance"));
        m_keychain = keychainWrite(Secret::LlmApiKey, kLlmKey) && keychainWrite(Secret::GraphRefreshToken, kRefreshToken);
        m_env = {{QStringLiteral("RELANCE_ACCOUNTING_API_KEY"), kAccountingKey},
                 {QStringLiteral("RELANCE_CRM_ACCESS_TOKEN"), kCrmToken}, // set, though the CRM is off: never echoed
                 {QStringLiteral("RELANCE_LOG_LEVEL"), QStringLiteral("debug")}};
        if (m_keychain) {
            // Removed from the CLI's environment: these two must come from the keychain.
            m_env.insert(QStringLiteral("RELANCE_LLM_API_KEY"), QString());
            m_env.insert(QStringLiteral("RELANCE_GRAPH_REFRESH_TOKEN"), QString());
        } else {
            qWarning("no usable keychain (run through tests/run.sh for one): every secret comes from the environment");
            m_env.insert(QStringLiteral("RELANCE_LLM_API_KEY"), kLlmKey);
            m_env.insert(QStringLiteral("RELANCE_GRAPH_REFRESH_TOKEN"), kRefreshToken);
        }
    }
    void cleanupTestCase()
    {
        if (m_keychain) {
            keychainRemove(Secret::LlmApiKey);
            keychainRemove(Secret::GraphRefreshToken);
        }
    }

    void aWholeDayLeavesNoSecretBehind()
    {
        FakeHost odata, llm, graph;
        QVERIFY(odata.start(QStringLiteral(FAKE_ODATA_HOST), {QStringLiteral("--api-key"), kAccountingKey,
                                                              QStringLiteral("--count"), QStringLiteral("12")}));
        QVERIFY(llm.start(QStringLiteral(FAKE_LLM_HOST), {QStringLiteral("--api-key"), kLlmKey}));
        QVERIFY(graph.start(QStringLiteral(FAKE_GRAPH_HOST), {QStringLiteral("--refresh-token"), kRefreshToken}));

        m_config = m_home.filePath(QStringLiteral("relance.ini"));
        {
            QFile f(m_config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[accounting]\nsource = odata\nurl = http://127.0.0.1:%1/odata/\nauth = api-key\n"
                                   "[crm]\nsource = none\n"
                                   "[llm]\nprovider = azure\nendpoint = http://127.0.0.1:%2\ndeployment = gpt4o\n"
                                   "[mail]\ntransport = graph\nauthority = http://127.0.0.1:%3/tenant\n"
                                   "graphUrl = http://127.0.0.1:%3/v1.0\nclientId = test-client\n"
                                   "[reminders]\npaymentIban = CH93 0076 2011 6238 5295 7\n"
                                   "allowedLinks = https://pay.fiduciaire-demo.ch/invoice\nfirmName = Fiduciaire Demo SA\n")
                        .arg(odata.port())
                        .arg(llm.port())
                        .arg(graph.port())
                        .toUtf8());
        }

        // The day, step by step; each step must really have done its work, or the search below proves little.
        CliRun r = cli(QStringLiteral("demo-seed"), {QStringLiteral("--invoices"), QStringLiteral("40")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(QStringLiteral("sync"), {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(QStringLiteral("draft"), {QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject drafted = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(drafted.value(QStringLiteral("llmRequests")).toInt() >= 1, r.out.constData());
        QVERIFY2(drafted.value(QStringLiteral("drafted")).toInt() >= 1, r.out.constData());
        r = cli(QStringLiteral("approve"), {QStringLiteral("--all-without-findings")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("approved"), r.out.constData());
        r = cli(QStringLiteral("send"), {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("sent")).toInt() >= 1, r.out.constData());
        r = cli(QStringLiteral("poll-replies"), {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());

        // Everything left behind: every file under the CLI's home (the database and its -wal/-shm, the settings the
        // program may have written, the log folder, anything else), read whole.
        QList<std::pair<QString, QByteArray>> files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        bool sawLog = false, sawDatabase = false;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == m_config)
                continue; // written by this test, without secrets
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            sawLog |= path.endsWith(QStringLiteral(".log")) && !bytes.isEmpty();
            sawDatabase |= path.endsWith(QStringLiteral("relance.db")) && bytes.size() > 4096;
            files.push_back({QDir(m_home.path()).relativeFilePath(path), bytes});
        }
        QVERIFY2(sawLog, "the CLI wrote no log file: the search would miss what it logs");
        QVERIFY(sawDatabase);
        // The search sees what the program stored: a known invoice number of the fake facade is in the database bytes.
        const QByteArray known = FakeODataServer::makeInvoice(1, QDate::currentDate()).number.toUtf8();
        QVERIFY(std::any_of(files.cbegin(), files.cend(), [&](const auto& f) { return f.second.contains(known); }));

        QStringList found;
        for (const QString& secret : {kAccountingKey, kCrmToken, kLlmKey, kRefreshToken}) {
            for (const Needle& n : needlesFor(secret)) {
                for (const auto& [name, bytes] : files)
                    if (bytes.contains(n.bytes))
                        found << QStringLiteral("%1 (%2) in %3").arg(n.secret, n.form, name);
                for (const auto& [command, output] : m_printed)
                    if (output.contains(n.bytes))
                        found << QStringLiteral("%1 (%2) printed by %3").arg(n.secret, n.form, command);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
        QStringList names;
        for (const auto& f : files)
            names << QStringLiteral("%1 (%2 bytes)").arg(f.first).arg(f.second.size());
        qInfo("searched %s and the output of %d commands for 4 secrets in 6 forms each: none found (keychain %s)",
              qPrintable(names.join(QStringLiteral(", "))), int(m_printed.size()),
              m_keychain ? "used" : "unavailable, environment only");
    }
};

QTEST_GUILESS_MAIN(TestSecretsHygiene)
#include "test_secrets_hygiene.moc"
