#pragma once
// Secrets (API keys, tokens) live only in the OS keychain, or for headless runs in environment variables.
// Never in the config file, the database or a log. QtKeychain runs its jobs one at a time on the thread that
// created this object: use it from the GUI thread (or the CLI's main thread), never from a thread pool.
#include "domain/Error.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace relance {

enum class Secret { AccountingApiKey, CrmAccessToken, LlmApiKey, GraphRefreshToken };

QString secretEnvironmentVariable(Secret s); // RELANCE_ACCOUNTING_API_KEY, ...
QString secretKey(Secret s);                 // the keychain entry name: "accounting-api-key", ...
// The environment's value, if set and not empty.
std::optional<QString> secretFromEnvironment(Secret s);

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // `service` scopes the keys (one firm's keys do not collide with another profile's; tests use their own).
    explicit SecretStore(QString service = QStringLiteral("Relance"), QObject* parent = nullptr);

    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    // The environment variable wins when set; otherwise the keychain. ErrorCode::NotFound when neither has it.
    // The callback runs later, on this object's thread, only while `context` is alive.
    void read(Secret s, QObject* context, ReadCallback done);
    void write(Secret s, const QString& value, QObject* context, WriteCallback done);
    void remove(Secret s, QObject* context, WriteCallback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace relance
