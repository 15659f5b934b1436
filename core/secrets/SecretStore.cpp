#include "secrets/SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace relance {

QString secretEnvironmentVariable(Secret s)
{
    switch (s) {
    case Secret::AccountingApiKey: return QStringLiteral("RELANCE_ACCOUNTING_API_KEY");
    case Secret::CrmAccessToken: return QStringLiteral("RELANCE_CRM_ACCESS_TOKEN");
    case Secret::LlmApiKey: return QStringLiteral("RELANCE_LLM_API_KEY");
    case Secret::GraphRefreshToken: return QStringLiteral("RELANCE_GRAPH_REFRESH_TOKEN");
    }
    return {};
}

QString secretKey(Secret s)
{
    switch (s) {
    case Secret::AccountingApiKey: return QStringLiteral("accounting-api-key");
    case Secret::CrmAccessToken: return QStringLiteral("crm-access-token");
    case Secret::LlmApiKey: return QStringLiteral("llm-api-key");
    case Secret::GraphRefreshToken: return QStringLiteral("graph-refresh-token");
    }
    return {};
}

std::optional<QString> secretFromEnvironment(Secret s)
{
    const QString value = qEnvironmentVariable(secretEnvironmentVariable(s).toLatin1().constData());
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

SecretStore::SecretStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

namespace {
Error keychainError(QKeychain::Job* job, Secret s, const char* what)
{
    const ErrorCode code = job->error() == QKeychain::EntryNotFound ? ErrorCode::NotFound : ErrorCode::Io;
    return Error{code, QStringLiteral("keychain %1 of '%2' failed: %3")
                           .arg(QLatin1StringView(what), secretKey(s), job->errorString())};
}
// Write and delete jobs end the same way: done() with success or the keychain's error, only while context lives.
// Removing an entry that is not there is success: the secret is gone either way.
void startWriteJob(QKeychain::Job* job, Secret s, const char* what, QObject* context, SecretStore::WriteCallback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, s, what, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(std::unexpected(keychainError(job, s, what)));
        else
            done({});
    });
    job->start();
}
} // namespace

void SecretStore::read(Secret s, QObject* context, ReadCallback done)
{
    if (auto env = secretFromEnvironment(s)) {
        // Keep the callback asynchronous either way, so callers have one code path.
        QTimer::singleShot(0, context, [done, value = *env] { done(value); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(s));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, s, guard, done] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(job, s, "read")));
        else
            done(job->textData());
    });
    job->start();
}

void SecretStore::write(Secret s, const QString& value, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(s));
    job->setTextData(value);
    startWriteJob(job, s, "write", context, std::move(done));
}

void SecretStore::remove(Secret s, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(s));
    startWriteJob(job, s, "removal", context, std::move(done));
}

} // namespace relance
