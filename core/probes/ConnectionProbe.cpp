#include "probes/ConnectionProbe.h"

#include "drafting/LlmClient.h"
#include "mail/GraphAuth.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "sync/InvoiceLookup.h"
#include "sync/OData.h"
#include "sync/SageCsv.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>

namespace relance {

QString connectionName(Connection c)
{
    switch (c) {
    case Connection::Database:
        return QStringLiteral("database");
    case Connection::Accounting:
        return QStringLiteral("accounting");
    case Connection::Crm:
        return QStringLiteral("crm");
    case Connection::Llm:
        return QStringLiteral("llm");
    case Connection::Mail:
        return QStringLiteral("mail");
    }
    return {};
}

std::optional<Connection> connectionFromName(QStringView name)
{
    for (Connection c : allConnections())
        if (name == connectionName(c))
            return c;
    return std::nullopt;
}

QList<Connection> allConnections()
{
    return {Connection::Database, Connection::Accounting, Connection::Crm, Connection::Llm, Connection::Mail};
}

QString verdictName(ProbeVerdict v)
{
    switch (v) {
    case ProbeVerdict::Passed:
        return QStringLiteral("passed");
    case ProbeVerdict::NotNeeded:
        return QStringLiteral("not-needed");
    case ProbeVerdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace {

ProbeResult passed(Connection c, QString summary)
{
    ProbeResult r;
    r.connection = c;
    r.verdict = ProbeVerdict::Passed;
    r.summary = std::move(summary);
    return r;
}

ProbeResult notNeeded(Connection c, QString summary)
{
    ProbeResult r = passed(c, std::move(summary));
    r.verdict = ProbeVerdict::NotNeeded;
    return r;
}

ProbeResult failed(Connection c, Error e)
{
    ProbeResult r;
    r.connection = c;
    r.summary = e.detail;
    r.error = std::move(e);
    return r;
}

ProbeResult failedWith(Connection c, ProbeIssue issue, QString summary)
{
    ProbeResult r = failed(c, Error{ErrorCode::Config, summary});
    r.issue = issue;
    return r;
}

QString hostOf(const QString& url)
{
    const QUrl u(url);
    return u.host().isEmpty() ? url : u.host();
}

// The model's failure as an error ui can word: the HTTP status and the host are kept apart from the English detail.
Error llmError(const LlmOutcome& o, const QString& host)
{
    const QString detail = o.httpStatus ? QStringLiteral("HTTP %1: %2").arg(o.httpStatus).arg(o.detail) : o.detail;
    ErrorCode code = ErrorCode::Server;
    switch (o.failure) {
    case LlmFailure::Auth:
        code = ErrorCode::AuthRejected;
        break;
    case LlmFailure::RateLimited:
        code = ErrorCode::RateLimited;
        break;
    case LlmFailure::Network:
        code = ErrorCode::Network;
        break;
    case LlmFailure::Timeout:
        code = ErrorCode::Timeout;
        break;
    case LlmFailure::BadRequest:
        code = ErrorCode::InvalidArgument;
        break;
    default:
        break;
    }
    return Error{code, detail, host, o.httpStatus};
}

Error withSubject(Error e, const QString& subject)
{
    if (e.subject.isEmpty())
        e.subject = subject;
    return e;
}

} // namespace

ConnectionProbe::ConnectionProbe(Config config, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_secrets(secrets)
{
}

void ConnectionProbe::check(Connection c, QObject* context, Done done)
{
    // Every answer reaches the caller only while its context lives.
    QPointer<QObject> guard(context);
    Done guarded = [guard, done = std::move(done)](const ProbeResult& r) {
        if (guard)
            done(r);
    };
    switch (c) {
    case Connection::Database:
        return checkDatabase(guarded);
    case Connection::Accounting:
        return checkAccounting(guarded);
    case Connection::Crm:
        return checkCrm(guarded);
    case Connection::Llm:
        return checkLlm(guarded);
    case Connection::Mail:
        return checkMail(guarded);
    }
}

void ConnectionProbe::withSecret(Secret secret, std::function<void(QString)> then)
{
    if (!m_secrets)
        return then(secretFromEnvironment(secret).value_or(QString()));
    m_secrets->read(secret, this, [then = std::move(then)](Result<QString> key) { then(key ? *key : QString()); });
}

void ConnectionProbe::checkDatabase(const Done& done)
{
    const QString url = m_config.database.url.isEmpty() ? defaultDatabaseUrl() : m_config.database.url;
    auto parsed = DatabaseUrl::parse(url);
    const QString target = parsed ? parsed->redacted() : QString();
    auto db = Database::open(url);
    auto version = db ? (*db)->schemaVersion() : Result<int>(std::unexpected(db.error()));
    if (!version) {
        ProbeResult r = failed(Connection::Database, version.error());
        r.target = target;
        return done(r);
    }
    ProbeResult r = passed(Connection::Database, QStringLiteral("connected, schema version %1").arg(*version));
    r.target = target;
    r.version = QString::number(*version);
    done(r);
}

void ConnectionProbe::checkAccounting(const Done& done)
{
    const AccountingConfig& a = m_config.accounting;
    if (a.source == AccountingSource::Demo) {
        ProbeResult r = notNeeded(Connection::Accounting, QStringLiteral("the demo data set needs no connection"));
        r.source = choiceName(a.source);
        return done(r);
    }
    if (a.source == AccountingSource::Sage50Csv) {
        // Reads the export the way an import would, without storing anything: the row and reason of a problem show.
        if (a.csvFile.isEmpty())
            return done(
                failedWith(Connection::Accounting, ProbeIssue::NoExportFile, QStringLiteral("no export file is set")));
        auto snapshot = sync::readSageCsv(a.csvFile, a, nullptr);
        const QString file = QFileInfo(a.csvFile).fileName();
        ProbeResult r =
            snapshot
                ? passed(Connection::Accounting,
                         QStringLiteral("readable: %1 open invoice(s) in the export").arg(snapshot->invoices.size()))
                : failed(Connection::Accounting, withSubject(snapshot.error(), file));
        r.source = choiceName(a.source);
        r.target = a.csvFile;
        if (snapshot)
            r.count = int(snapshot->invoices.size());
        return done(r);
    }
    // One look-up through the sync's own OData client, with the stored key: a number no invoice has, so the answer is
    // an empty page from a facade that is there and accepts the key.
    const QString host = hostOf(a.url);
    auto lookUp = [this, a, host, done](const QString& key) {
        auto* nam = new QNetworkAccessManager(this);
        sync::BackoffPolicy once;
        once.maxAttempts = 1;
        auto* lookup = new sync::InvoiceLookup(nam, a, key, once, nam);
        lookup->fetch({QStringLiteral("relance-connection-test")}, [nam, a, host, done](Result<sync::LookupResult> r) {
            nam->deleteLater();
            ProbeResult out = r ? passed(Connection::Accounting, QStringLiteral("connected: the facade answered"))
                                : failed(Connection::Accounting, withSubject(r.error(), host));
            out.source = choiceName(a.source);
            out.target = host;
            done(out);
        });
    };
    if (a.auth == HttpAuth::None)
        return lookUp(QString());
    withSecret(Secret::AccountingApiKey, lookUp);
}

void ConnectionProbe::checkCrm(const Done& done)
{
    const CrmConfig& c = m_config.crm;
    if (c.source != CrmSource::Dataverse) {
        ProbeResult r =
            notNeeded(Connection::Crm, QStringLiteral("no CRM connection is configured (%1)").arg(choiceName(c.source)));
        r.source = choiceName(c.source);
        return done(r);
    }
    // One page of phone calls regarding an account nobody has: an empty answer proves the address and the token.
    const QString host = hostOf(c.url);
    withSecret(Secret::CrmAccessToken, [this, c, host, done](const QString& token) {
        auto* nam = new QNetworkAccessManager(this);
        sync::BackoffPolicy once;
        once.maxAttempts = 1;
        auto* reader = new sync::ODataReader(nam,
                                             sync::ODataSource{.serviceRoot = QUrl(c.url),
                                                               .auth = sync::ODataAuth::Bearer,
                                                               .apiKeyHeader = {},
                                                               .secret = token,
                                                               .pageSize = 1,
                                                               .timeoutMs = c.timeoutSeconds * 1000,
                                                               .extraPrefer = {}},
                                             once, nam);
        reader->setMaxPages(1);
        const QString nobody = QStringLiteral("00000000-0000-0000-0000-000000000000");
        const QUrl url =
            sync::odataCollectionUrl(QUrl(c.url), QStringLiteral("phonecalls"), {QStringLiteral("activityid")},
                                     QStringLiteral("_regardingobjectid_value eq %1").arg(nobody));
        reader->read(
            url, {QStringLiteral("activityid")}, false, QStringLiteral("phonecalls"),
            [](const sync::ODataPage&, int, const QUrl&) { return Result<void>(); },
            [nam, c, host, done](Result<sync::ODataReadEnd> end) {
                nam->deleteLater();
                ProbeResult r = end ? passed(Connection::Crm, QStringLiteral("connected: Dataverse answered"))
                                    : failed(Connection::Crm, withSubject(end.error(), host));
                r.source = choiceName(c.source);
                r.target = host;
                done(r);
            });
    });
}

void ConnectionProbe::checkLlm(const Done& done)
{
    const LlmConfig& l = m_config.llm;
    if (l.provider == LlmProvider::Template) {
        ProbeResult r = notNeeded(Connection::Llm, QStringLiteral("the built-in templates need no connection"));
        r.source = choiceName(l.provider);
        return done(r);
    }
    // One tiny request through core/drafting's client, with the key from the keychain (or the environment).
    withSecret(Secret::LlmApiKey, [this, l, done](const QString& key) {
        auto endpoint = resolveLlmEndpoint(l, key);
        if (!endpoint) {
            ProbeResult r = failed(Connection::Llm, endpoint.error());
            r.source = choiceName(l.provider);
            return done(r);
        }
        auto* client = new LlmClient(*endpoint, this);
        ChatRequest request;
        request.system = QStringLiteral("Answer with the JSON object {\"subject\": \"ok\", \"body\": \"ok\"}.");
        request.user = QStringLiteral("Connection test.");
        request.maxCompletionTokens = 40;
        request.mode = ResponseMode::JsonObject;
        const QString host = endpoint->url.host();
        client->send(request, this, [client, l, host, done](const LlmOutcome& o) {
            client->deleteLater();
            // Any answer of the model means the endpoint, the key and the deployment are right.
            const bool answered = o.ok() || o.failure == LlmFailure::BadReply || o.failure == LlmFailure::Truncated ||
                                  o.failure == LlmFailure::ContentFilter || o.failure == LlmFailure::SchemaUnsupported;
            const QString model = o.reply.model.isEmpty() ? client->endpoint().modelLabel : o.reply.model;
            ProbeResult r =
                answered ? passed(Connection::Llm, QStringLiteral("connected: the model answered (%1)").arg(model))
                         : failed(Connection::Llm, llmError(o, host));
            r.source = choiceName(l.provider);
            r.target = host;
            if (answered)
                r.version = model;
            done(r);
        });
    });
}

void ConnectionProbe::checkMail(const Done& done)
{
    const MailConfig& m = m_config.mail;
    if (m.transport != MailTransport::Graph) {
        ProbeResult r = notNeeded(Connection::Mail, QStringLiteral("the outbox folder transport needs no connection"));
        r.source = choiceName(m.transport);
        r.target = m.outboxDir;
        return done(r);
    }
    if (!m_secrets) {
        ProbeResult r = failedWith(Connection::Mail, ProbeIssue::NoKeychain,
                                   QStringLiteral("no keychain: the mail sign-in cannot be read"));
        r.source = choiceName(m.transport);
        return done(r);
    }
    // A token refresh through core/mail's GraphAuth, with the stored sign-in.
    auto* auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(m), m_secrets, this);
    connect(auth, &mail::GraphAuth::signInNeeded, this, &ConnectionProbe::signInNeeded);
    connect(auth, &mail::GraphAuth::accountChanged, this, &ConnectionProbe::accountChanged);
    const QString host = hostOf(m.authority);
    auth->accessToken(this, [auth, m, host, done](Result<QString> token) {
        auth->deleteLater();
        ProbeResult r = token ? passed(Connection::Mail, QStringLiteral("connected: the mail sign-in is valid"))
                              : failed(Connection::Mail, withSubject(token.error(), host));
        r.source = choiceName(m.transport);
        r.target = host;
        r.account = auth->account();
        done(r);
    });
}

} // namespace relance
