#pragma once
// The configuration: one INI file readable by QSettings (--config FILE), or the user's own settings.
// Every key is declared once in a typed table with its default and what it allows; an unknown key or an
// unusable value is reported with section, key and what is allowed. Secrets are never here (see secrets/).
#include "config/Choices.h"
#include "domain/Error.h"

#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>
#include <vector>

namespace relance {

struct DatabaseConfig
{
    QString url;                       // empty: the default SQLite file in the application data folder
};

struct AccountingConfig
{
    AccountingSource source = AccountingSource::Demo;
    QString url;                                       // OData service root
    QString entitySet = QStringLiteral("OpenInvoices");
    HttpAuth auth = HttpAuth::None;
    QString apiKeyHeader = QStringLiteral("x-functions-key");
    int pageSize = 1000;                               // Prefer: odata.maxpagesize
    int timeoutSeconds = 30;
    DeltaMode deltaMode = DeltaMode::Auto;
    QMap<QString, QString> fieldMap;                   // domain field -> facade field ([accounting] field.InvoiceNo=...)
    QString csvFile;                                   // sage50-csv
    QString watchFolder;
    CsvDelimiter csvDelimiter = CsvDelimiter::Auto;    // auto | semicolon (;) | comma (,) | tab
    CsvEncoding csvEncoding = CsvEncoding::Auto;
    QMap<QString, QString> csvColumns;                 // domain field -> CSV header ([accounting] column.InvoiceNo=...)
    int maxSyncAgeMinutes = 60;                        // sending re-checks against a sync no older than this
    QString syncTime = QStringLiteral("06:30");       // daily full sync by the worker, local HH:MM; empty: none
};

struct CrmConfig
{
    CrmSource source = CrmSource::Demo;
    QString url;                                       // https://org.crm4.dynamics.com/api/data/v9.2/
    QString accountField = QStringLiteral("crm_account_id"); // client field matched against _regardingobjectid_value
    int historyMonths = 12;
    int pageSize = 100;
    int timeoutSeconds = 30;
};

struct LlmConfig
{
    LlmProvider provider = LlmProvider::Template;
    QString endpoint;                                  // https://res.openai.azure.com or http://localhost:11434/v1
    LlmPathStyle pathStyle = LlmPathStyle::Auto;
    LlmAuth auth = LlmAuth::Auto;
    QString deployment;
    QString apiVersion = QStringLiteral("2024-10-21");
    QString model = QStringLiteral("gpt-4o");
    LlmResponseFormat responseFormat = LlmResponseFormat::JsonSchema;
    int maxConcurrency = 4;
    int requestsPerMinute = 60;
    int tokensPerMinute = 60000;
    int maxCompletionTokens = 800;
    int timeoutSeconds = 90;
    double temperature = 0.3;                          // a sampling setting, not money
};

struct MailConfig
{
    MailTransport transport = MailTransport::OutboxDir;
    QString authority = QStringLiteral("https://login.microsoftonline.com/organizations");
    QString graphUrl = QStringLiteral("https://graph.microsoft.com/v1.0");
    QString clientId;
    QString mailbox;                                   // empty: /me
    QString outboxDir;                                 // empty: outbox/ in the application data folder
    int sendsPerMinute = 30;
    bool todoTasks = false;
    QString fromAddress;                               // outbox-dir From: header; empty: the mailbox, else a local name
    int timeoutSeconds = 30;                           // transfer timeout of every Graph and sign-in request
    int replyPauseDays = 14;                           // a client's reply pauses chasing this many days
};

struct AgingConfig
{
    int light = 15;
    int moderate = 45;
    int dsoWindowDays = 90;
    QString baseCurrency = QStringLiteral("CHF");
};

struct RemindersConfig
{
    int intervalDays = 10;                             // no new reminder for an invoice reminded within this
    bool autoSendLight = false;
    qint64 autoSendCapMinor = 100000;                  // CHF 1000.00
    QString paymentIban;                               // the only IBAN a reminder may name
    QStringList allowedLinks;                          // the only links a reminder may contain
    QString firmName = QStringLiteral("Relance Demo SA");
    bool offerPaymentPlan = true;
    int paymentDeadlineDays = 10;
};

struct UiConfig
{
    QString language;                                  // empty: the system locale; fr | de | en
    QString role = QStringLiteral("admin");           // ignored: roles live in the database (workflow/Roles); kept so old files load
};

struct Config
{
    DatabaseConfig database;
    AccountingConfig accounting;
    CrmConfig crm;
    LlmConfig llm;
    MailConfig mail;
    AgingConfig aging;
    RemindersConfig reminders;
    UiConfig ui;

    QString sourceFile; // where it was read from, empty for defaults

    // Reads and validates an INI file. Syntax errors name the line; unknown keys and bad values name section and key.
    static Result<Config> loadFile(const QString& path);
    // Reads and validates any QSettings (the user's own settings when no file is given).
    static Result<Config> fromSettings(QSettings& settings);
    // Writes every key (for the Settings dialog and the sample file).
    void save(QSettings& settings) const;
};

// The declared keys, for documentation and the sample file: "section/key", default value, what is allowed.
struct ConfigKeyInfo
{
    QString key;
    QString defaultValue;
    QString allowed;
};
std::vector<ConfigKeyInfo> configKeys();

} // namespace relance
