#pragma once
// Connection probes: the checks behind Settings' "Test connection" buttons and `relance-cli check`. Each looks once,
// the cheapest way that proves the connection works (the schema version of the database, one invoice look-up at the
// accounting facade, one empty CRM page, one tiny model request, one token refresh for the mail sign-in), and
// returns a value: passed, not needed (demo, template, outbox folder) or failed, with what a person needs to know.
// Core words nothing for people: `summary` is English for the command line and logs; ui makes its sentence from
// the connection, the verdict and the facts.
#include "config/Config.h"
#include "domain/Error.h"

#include <QObject>
#include <functional>
#include <optional>

namespace relance {

class SecretStore;
enum class Secret;

enum class Connection
{
    Database,
    Accounting,
    Crm,
    Llm,
    Mail
};
QString connectionName(Connection c); // "database", "accounting", "crm", "llm", "mail"
std::optional<Connection> connectionFromName(QStringView name);
QList<Connection> allConnections();

enum class ProbeVerdict
{
    Passed,    // the connection answered as it should
    NotNeeded, // this configuration needs no connection (demo data, built-in templates, outbox folder, no CRM)
    Failed,
};

// Why a probe failed before asking anything, when no Error says it better.
enum class ProbeIssue
{
    None,
    NoExportFile,
    NoKeychain
};

struct ProbeResult
{
    Connection connection = Connection::Database;
    ProbeVerdict verdict = ProbeVerdict::Failed;
    QString summary; // one English line, for the command line and logs
    Error error;     // when failed (code, English detail, subject, HTTP status)
    ProbeIssue issue = ProbeIssue::None;
    // The facts a person needs, where they apply:
    QString source;  // the configured choice: "odata", "sage50-csv", "dataverse", "azure", "graph", ...
    QString target;  // the host, file or database address (never a password)
    QString version; // the database's schema version, the model that answered
    int count = -1;  // open invoices read from an export
    QString account; // the mailbox account that signed in

    bool ok() const { return verdict != ProbeVerdict::Failed; }
};

QString verdictName(ProbeVerdict v); // "passed", "not-needed", "failed"

class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ProbeResult&)>;
    // `secrets`: the keychain (the environment wins there too); null: environment variables only, and the mail
    // sign-in, which needs the keychain to store a refreshed token, cannot be checked.
    ConnectionProbe(Config config, SecretStore* secrets, QObject* parent = nullptr);

    // Checks one connection; `done` runs once on this object's thread while `context` lives. Local checks (the
    // database, an export file, a configuration that needs no connection) finish before check() returns.
    void check(Connection c, QObject* context, Done done);

Q_SIGNALS:
    // From the mail sign-in while it is checked: the stored sign-in no longer works / who signed in.
    void signInNeeded(const QString& why);
    void accountChanged(const QString& account);

private:
    void checkDatabase(const Done& done);
    void checkAccounting(const Done& done);
    void checkCrm(const Done& done);
    void checkLlm(const Done& done);
    void checkMail(const Done& done);
    // The secret from the keychain (or the environment); empty when neither has it.
    void withSecret(Secret secret, std::function<void(QString)> then);

    Config m_config;
    SecretStore* m_secrets;
};

} // namespace relance
