// TLS: every client that talks to a server refuses one whose certificate it cannot verify (here a self-signed one made
// at test time), with an error that says so, and sends it nothing: the accounting facade (OData sync), the LLM server,
// the Microsoft sign-in (token endpoint) and Microsoft Graph itself. And no source file of the program may contain
// ignoreSslErrors or switch certificate verification off.
#include "FakeGraph.h"
#include "TestSupport.h"
#include "drafting/LlmClient.h"
#include "mail/Clock.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "secrets/SecretStore.h"
#include "sync/OData.h"

#include <QDirIterator>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;

namespace {

// A local HTTPS server whose certificate is self-signed (made by the openssl CLI at test time). It records how many
// TLS handshakes clients started and how many completed: a completed one is a client that trusted it.
class SelfSignedServer : public QObject
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("k.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("c.pem"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return false;
        QFile kf(m_dir.filePath(QStringLiteral("k.pem"))), cf(m_dir.filePath(QStringLiteral("c.pem")));
        if (!kf.open(QIODevice::ReadOnly) || !cf.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cf.readAll()));
        conf.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask clients for certificates
        if (conf.localCertificate().isNull() || conf.privateKey().isNull())
            return false;
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket*) { ++m_started; });
        // QSslServer hands out a connection only once its handshake has completed.
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections()) {
                QTcpSocket* s = m_server.nextPendingConnection();
                ++m_completed;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { m_received += s->readAll(); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString& path = {}) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int started() const { return m_started; }
    int completed() const { return m_completed; }
    QByteArray received() const { return m_received; }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_started = 0;
    int m_completed = 0;
    QByteArray m_received;
};

bool saysTls(const QString& detail)
{
    const QString d = detail.toLower();
    return d.contains(QStringLiteral("tls")) || d.contains(QStringLiteral("ssl")) || d.contains(QStringLiteral("certificate"));
}

} // namespace

class TestTlsRefusal : public QObject
{
    Q_OBJECT
    std::unique_ptr<SelfSignedServer> m_tls;

private Q_SLOTS:
    void init()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        m_tls = std::make_unique<SelfSignedServer>();
        QVERIFY2(m_tls->start(), "could not start the self-signed HTTPS server (openssl CLI?)");
    }
    void cleanup()
    {
        // Whatever the client, the server saw handshakes start and none complete: not one byte of HTTP reached it.
        if (m_tls) {
            QVERIFY(m_tls->started() >= 1);
            QCOMPARE(m_tls->completed(), 0);
            QVERIFY(m_tls->received().isEmpty());
        }
        m_tls.reset();
    }

    void odataSyncRefuses()
    {
        QNetworkAccessManager nam;
        sync::ODataSource src;
        src.serviceRoot = QUrl(m_tls->url(QStringLiteral("/odata/")));
        src.auth = sync::ODataAuth::ApiKey;
        src.secret = QStringLiteral("tls-test-accounting-key");
        src.timeoutMs = 10000;
        sync::ODataReader reader(&nam, src, sync::BackoffPolicy::fast());
        std::optional<Result<sync::ODataReadEnd>> end;
        reader.read(QUrl(m_tls->url(QStringLiteral("/odata/OpenInvoices"))), {QStringLiteral("InvoiceNo")}, false,
                    QStringLiteral("OpenInvoices"), [](const sync::ODataPage&, int, const QUrl&) -> Result<void> { return {}; },
                    [&](Result<sync::ODataReadEnd> r) { end = r; });
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 20000);
        QVERIFY(!*end);
        QCOMPARE(end->error().code, ErrorCode::Network);
        QVERIFY2(end->error().detail.contains(QStringLiteral("TLS certificate or handshake was refused")),
                 qPrintable(end->error().detail));
        QVERIFY(!end->error().detail.contains(src.secret));
        QCOMPARE(m_tls->started(), 1); // not retried
    }

    void llmClientRefuses()
    {
        LlmEndpoint e;
        e.url = QUrl(m_tls->url(QStringLiteral("/openai/v1/chat/completions")));
        e.authHeader = QByteArrayLiteral("api-key");
        e.authValue = QByteArrayLiteral("tls-test-llm-key");
        e.model = QStringLiteral("gpt-4o");
        e.provider = QStringLiteral("azure");
        e.timeoutSeconds = 10;
        LlmClient client(e);
        std::optional<LlmOutcome> out;
        ChatRequest req;
        req.system = QStringLiteral("system");
        req.user = QStringLiteral("user");
        client.send(req, this, [&](const LlmOutcome& o) { out = o; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QCOMPARE(out->failure, LlmFailure::Network);
        QVERIFY2(saysTls(out->detail), qPrintable(out->detail));
        QVERIFY(!out->detail.contains(QStringLiteral("tls-test-llm-key")));
    }

    void graphSignInRefuses()
    {
        // The refresh token comes from the environment, so no keychain is involved.
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "tls-test-refresh-token");
        SecretStore secrets(QStringLiteral("relance-test-tls-%1").arg(QCoreApplication::applicationPid()));
        mail::AuthOptions options{m_tls->url(QStringLiteral("/tenant")), QStringLiteral("test-client"),
                                  QStringLiteral("https://graph.microsoft.com/v1.0"), 10};
        mail::GraphAuth auth(options, &secrets);
        std::optional<Result<QString>> token;
        auth.accessToken(this, [&](Result<QString> r) { token = r; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
        qunsetenv("RELANCE_GRAPH_REFRESH_TOKEN");
        QVERIFY(!*token);
        QVERIFY2(saysTls(token->error().detail), qPrintable(token->error().toString()));
        QVERIFY(!token->error().detail.contains(QStringLiteral("tls-test-refresh-token")));
    }

    void graphSendRefuses()
    {
        // Sign-in works (a plain local fake token endpoint); the mailbox server's certificate is self-signed.
        FakeGraph signIn;
        QVERIFY(signIn.listen());
        signIn.addRefreshToken(QStringLiteral("tls-test-refresh-token"));
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "tls-test-refresh-token");
        SecretStore secrets(QStringLiteral("relance-test-tls-%1").arg(QCoreApplication::applicationPid()));
        MailConfig mail;
        mail.authority = signIn.authority();
        mail.clientId = QStringLiteral("test-client");
        mail.graphUrl = m_tls->url(QStringLiteral("/v1.0"));
        mail.timeoutSeconds = 10;
        mail::GraphAuth auth(mail::AuthOptions::fromConfig(mail), &secrets);
        mail::SystemClock clock;
        mail::GraphClient graph(mail, &auth, clock);
        std::optional<Result<mail::GraphResponse>> out;
        mail::GraphRequest req;
        req.verb = "POST";
        req.path = QStringLiteral("/sendMail");
        req.body = R"({"message":{"subject":"Rappel","body":{"contentType":"Text","content":"x"}}})";
        graph.send(req, this, [&](Result<mail::GraphResponse> r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
        qunsetenv("RELANCE_GRAPH_REFRESH_TOKEN");
        QVERIFY2(!*out, out->has_value() ? qPrintable(QString::number((*out)->status)) : "");
        QVERIFY2(saysTls(out->error().detail), qPrintable(out->error().toString()));
        QCOMPARE(signIn.tokenGrants(), QStringList{QStringLiteral("refresh_token")}); // the token was had
        QCOMPARE(m_tls->started(), 1); // a POST is never repeated
    }

    void noSourceFileIgnoresCertificateErrors()
    {
        m_tls.reset(); // no server for this one
        const QStringList forbidden = {QStringLiteral("ignoreSslErrors"), QStringLiteral("VerifyNone"),
                                       QStringLiteral("QueryPeer"), QStringLiteral("setPeerVerifyMode")};
        QStringList found;
        int scanned = 0;
        for (const QString& top : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(QStringLiteral(RELANCE_SOURCE_DIR "/") + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                ++scanned;
                for (const QString& word : forbidden) {
                    // A comment may say why it is never done ("never ignoreSslErrors"); code may not do it.
                    qsizetype at = -1;
                    while ((at = text.indexOf(word, at + 1)) >= 0) {
                        const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
                        const QString before = text.mid(lineStart, at - lineStart);
                        if (!before.contains(QStringLiteral("//")))
                            found << QStringLiteral("%1: %2").arg(f.fileName(), word);
                    }
                }
            }
        }
        QVERIFY2(scanned > 50, "the source tree was not found");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTlsRefusal)
#include "test_tls_refusal.moc"
