#include "config/Config.h"

#include "domain/Money.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <functional>

namespace relance {

namespace {

using Setter = std::function<std::optional<QString>(Config&, const QString&)>; // returns what is allowed on error
using Getter = std::function<QString(const Config&)>;

struct KeyDef
{
    QString key; // "section/name"
    QString allowed;
    Setter set;
    Getter get;
};

std::optional<QString> checkInt(const QString& v, int min, int max, int& out)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return QStringLiteral("a whole number from %1 to %2").arg(min).arg(max);
    out = n;
    return std::nullopt;
}

std::optional<QString> checkBool(const QString& v, bool& out)
{
    const QString s = v.trimmed().toLower();
    if (s == u"true" || s == u"yes" || s == u"on" || s == u"1") {
        out = true;
        return std::nullopt;
    }
    if (s == u"false" || s == u"no" || s == u"off" || s == u"0") {
        out = false;
        return std::nullopt;
    }
    return QStringLiteral("true or false");
}

std::optional<QString> checkChoice(const QString& v, const QStringList& choices, QString& out)
{
    const QString s = v.trimmed().toLower();
    if (!choices.contains(s))
        return QStringLiteral("one of ") + choices.join(QStringLiteral(", "));
    out = s;
    return std::nullopt;
}

std::optional<QString> checkUrl(const QString& v, QString& out)
{
    const QString s = v.trimmed();
    if (s.isEmpty()) {
        out.clear();
        return std::nullopt;
    }
    const QUrl u(s, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") || u.host().isEmpty())
        return QStringLiteral("an http:// or https:// URL");
    out = s;
    return std::nullopt;
}

#define RL_STR(k, field)                                                                                               \
    KeyDef{QStringLiteral(k), QStringLiteral("text"),                                                                  \
           [](Config& c, const QString& v) -> std::optional<QString> {                                                 \
               c.field = v.trimmed();                                                                                  \
               return std::nullopt;                                                                                    \
           },                                                                                                          \
           [](const Config& c) { return c.field; }}
#define RL_URL(k, field)                                                                                               \
    KeyDef{QStringLiteral(k), QStringLiteral("an http:// or https:// URL"),                                            \
           [](Config& c, const QString& v) { return checkUrl(v, c.field); }, [](const Config& c) { return c.field; }}
#define RL_INT(k, field, lo, hi)                                                                                       \
    KeyDef{QStringLiteral(k), QStringLiteral("a whole number from %1 to %2").arg(lo).arg(hi),                          \
           [](Config& c, const QString& v) { return checkInt(v, lo, hi, c.field); },                                   \
           [](const Config& c) { return QString::number(c.field); }}
#define RL_BOOL(k, field)                                                                                              \
    KeyDef{QStringLiteral(k), QStringLiteral("true or false"),                                                         \
           [](Config& c, const QString& v) { return checkBool(v, c.field); },                                          \
           [](const Config& c) { return c.field ? QStringLiteral("true") : QStringLiteral("false"); }}
// A choice among texts that stay texts (a language code, the ignored legacy role).
#define RL_TEXT_CHOICE(k, field, ...)                                                                                  \
    KeyDef{QStringLiteral(k), QStringLiteral("one of ") + QStringList{__VA_ARGS__}.join(QStringLiteral(", ")),         \
           [](Config& c, const QString& v) { return checkChoice(v, QStringList{__VA_ARGS__}, c.field); },              \
           [](const Config& c) { return c.field; }}
#define RL_CHOICE(k, field, E)                                                                                         \
    KeyDef{QStringLiteral(k), QStringLiteral("one of ") + choiceNames<E>().join(QStringLiteral(", ")),                 \
           [](Config& c, const QString& v) -> std::optional<QString> {                                                 \
               if (auto e = parseChoice<E>(v)) {                                                                       \
                   c.field = *e;                                                                                       \
                   return std::nullopt;                                                                                \
               }                                                                                                       \
               return QStringLiteral("one of ") + choiceNames<E>().join(QStringLiteral(", "));                         \
           },                                                                                                          \
           [](const Config& c) { return choiceName(c.field); }}

const std::vector<KeyDef>& keyTable()
{
    static const std::vector<KeyDef> table{
        KeyDef{QStringLiteral("database/url"), QStringLiteral("sqlite:///path/to/relance.db or postgresql://user@host:port/db"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   const QString s = v.trimmed();
                   if (!s.isEmpty() && !s.startsWith(QLatin1StringView("sqlite:")) &&
                       !s.startsWith(QLatin1StringView("postgresql://")) && !s.startsWith(QLatin1StringView("postgres://")))
                       return QStringLiteral("sqlite:///path/to/relance.db or postgresql://user@host:port/db");
                   c.database.url = s;
                   return std::nullopt;
               },
               [](const Config& c) { return c.database.url; }},

        RL_CHOICE("accounting/source", accounting.source, AccountingSource),
        RL_URL("accounting/url", accounting.url),
        RL_STR("accounting/entitySet", accounting.entitySet),
        RL_CHOICE("accounting/auth", accounting.auth, HttpAuth),
        RL_STR("accounting/apiKeyHeader", accounting.apiKeyHeader),
        RL_INT("accounting/pageSize", accounting.pageSize, 1, 5000),
        RL_INT("accounting/timeoutSeconds", accounting.timeoutSeconds, 1, 600),
        RL_CHOICE("accounting/deltaMode", accounting.deltaMode, DeltaMode),
        RL_STR("accounting/csvFile", accounting.csvFile),
        RL_STR("accounting/watchFolder", accounting.watchFolder),
        RL_CHOICE("accounting/csvDelimiter", accounting.csvDelimiter, CsvDelimiter),
        RL_CHOICE("accounting/csvEncoding", accounting.csvEncoding, CsvEncoding),
        RL_INT("accounting/maxSyncAgeMinutes", accounting.maxSyncAgeMinutes, 1, 10080),
        KeyDef{QStringLiteral("accounting/syncTime"), QStringLiteral("a local time HH:MM, or empty for no daily sync"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   const QString t = v.trimmed();
                   if (!t.isEmpty() && !QTime::fromString(t, QStringLiteral("HH:mm")).isValid())
                       return QStringLiteral("a local time HH:MM, or empty for no daily sync");
                   c.accounting.syncTime = t;
                   return std::nullopt;
               },
               [](const Config& c) { return c.accounting.syncTime; }},

        RL_CHOICE("crm/source", crm.source, CrmSource),
        RL_URL("crm/url", crm.url),
        RL_STR("crm/accountField", crm.accountField),
        RL_INT("crm/historyMonths", crm.historyMonths, 1, 120),
        RL_INT("crm/pageSize", crm.pageSize, 1, 5000),
        RL_INT("crm/timeoutSeconds", crm.timeoutSeconds, 1, 600),

        RL_CHOICE("llm/provider", llm.provider, LlmProvider),
        RL_URL("llm/endpoint", llm.endpoint),
        RL_CHOICE("llm/pathStyle", llm.pathStyle, LlmPathStyle),
        RL_CHOICE("llm/auth", llm.auth, LlmAuth),
        RL_STR("llm/deployment", llm.deployment),
        RL_STR("llm/apiVersion", llm.apiVersion),
        RL_STR("llm/model", llm.model),
        RL_CHOICE("llm/responseFormat", llm.responseFormat, LlmResponseFormat),
        RL_INT("llm/maxConcurrency", llm.maxConcurrency, 1, 64),
        RL_INT("llm/requestsPerMinute", llm.requestsPerMinute, 1, 100000),
        RL_INT("llm/tokensPerMinute", llm.tokensPerMinute, 100, 100000000),
        RL_INT("llm/maxCompletionTokens", llm.maxCompletionTokens, 50, 16000),
        RL_INT("llm/timeoutSeconds", llm.timeoutSeconds, 5, 600),
        KeyDef{QStringLiteral("llm/temperature"), QStringLiteral("a number from 0 to 2"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   bool ok = false;
                   const double t = v.trimmed().toDouble(&ok);
                   if (!ok || t < 0 || t > 2)
                       return QStringLiteral("a number from 0 to 2");
                   c.llm.temperature = t;
                   return std::nullopt;
               },
               [](const Config& c) { return QString::number(c.llm.temperature); }},

        RL_CHOICE("mail/transport", mail.transport, MailTransport),
        RL_URL("mail/authority", mail.authority),
        RL_URL("mail/graphUrl", mail.graphUrl),
        RL_STR("mail/clientId", mail.clientId),
        RL_STR("mail/mailbox", mail.mailbox),
        RL_STR("mail/outboxDir", mail.outboxDir),
        RL_INT("mail/sendsPerMinute", mail.sendsPerMinute, 1, 10000),
        RL_BOOL("mail/todoTasks", mail.todoTasks),
        RL_STR("mail/fromAddress", mail.fromAddress),
        RL_INT("mail/timeoutSeconds", mail.timeoutSeconds, 1, 600),
        RL_INT("mail/replyPauseDays", mail.replyPauseDays, 1, 365),

        RL_INT("aging/light", aging.light, 1, 365),
        RL_INT("aging/moderate", aging.moderate, 2, 3650),
        RL_INT("aging/dsoWindowDays", aging.dsoWindowDays, 7, 730),
        KeyDef{QStringLiteral("aging/baseCurrency"), QStringLiteral("an ISO 4217 code such as CHF"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   const QString s = v.trimmed().toUpper();
                   if (!isKnownCurrency(s))
                       return QStringLiteral("an ISO 4217 code such as CHF");
                   c.aging.baseCurrency = s;
                   return std::nullopt;
               },
               [](const Config& c) { return c.aging.baseCurrency; }},

        RL_INT("reminders/intervalDays", reminders.intervalDays, 1, 365),
        RL_BOOL("reminders/autoSendLight", reminders.autoSendLight),
        KeyDef{QStringLiteral("reminders/autoSendCap"), QStringLiteral("an amount in the base currency, such as 1000.00"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   auto minor = parseMinorUnits(v, c.aging.baseCurrency);
                   if (!minor || *minor < 0)
                       return QStringLiteral("an amount in the base currency, such as 1000.00");
                   c.reminders.autoSendCapMinor = *minor;
                   return std::nullopt;
               },
               [](const Config& c) { return toDecimalString(c.reminders.autoSendCapMinor, c.aging.baseCurrency); }},
        RL_STR("reminders/paymentIban", reminders.paymentIban),
        KeyDef{QStringLiteral("reminders/allowedLinks"), QStringLiteral("comma-separated https:// URLs"),
               [](Config& c, const QString& v) -> std::optional<QString> {
                   QStringList links;
                   for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
                       const QUrl u(part.trimmed(), QUrl::StrictMode);
                       if (!u.isValid() || u.scheme() != u"https")
                           return QStringLiteral("comma-separated https:// URLs");
                       links << part.trimmed();
                   }
                   c.reminders.allowedLinks = links;
                   return std::nullopt;
               },
               [](const Config& c) { return c.reminders.allowedLinks.join(u','); }},
        RL_STR("reminders/firmName", reminders.firmName),
        RL_BOOL("reminders/offerPaymentPlan", reminders.offerPaymentPlan),
        RL_INT("reminders/paymentDeadlineDays", reminders.paymentDeadlineDays, 1, 90),

        RL_TEXT_CHOICE("ui/language", ui.language, QString(), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")),
        RL_TEXT_CHOICE("ui/role", ui.role, QStringLiteral("reviewer"), QStringLiteral("admin")),
    };
    return table;
}

#undef RL_STR
#undef RL_URL
#undef RL_INT
#undef RL_BOOL
#undef RL_CHOICE
#undef RL_TEXT_CHOICE

// Map-valued keys: [accounting] field.InvoiceNo = Nummer, column.DueDate = Fällig
const QStringList kMappedFields{
    QStringLiteral("InvoiceNo"),  QStringLiteral("CustomerNo"), QStringLiteral("CustomerName"),
    QStringLiteral("Email"),      QStringLiteral("Language"),   QStringLiteral("MandateType"),
    QStringLiteral("Currency"),   QStringLiteral("Amount"),     QStringLiteral("OpenAmount"),
    QStringLiteral("InvoiceDate"), QStringLiteral("DueDate"),   QStringLiteral("LastModified"),
};

QString valueText(const QVariant& v)
{
    // QSettings reads "a, b" as a list: keep the text as written.
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u',');
    return v.toString();
}

// QSettings is lenient with syntax; check lines ourselves so a typo names its line.
Result<void> lintIniFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Config, QStringLiteral("cannot read the configuration file '%1': %2").arg(path, f.errorString()));
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3)
                return fail(ErrorCode::Config,
                            QStringLiteral("%1, line %2: a section header must look like [name]").arg(path).arg(lineNo));
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::Config,
                        QStringLiteral("%1, line %2: expected 'key = value', found '%3'").arg(path).arg(lineNo).arg(line.left(60)));
    }
    return {};
}

} // namespace

Result<Config> Config::loadFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::Config, QStringLiteral("the configuration file '%1' does not exist").arg(path));
    if (auto ok = lintIniFile(path); !ok)
        return std::unexpected(ok.error());
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::Config, QStringLiteral("the configuration file '%1' is not a valid INI file").arg(path));
    auto config = fromSettings(settings);
    if (config)
        config->sourceFile = QFileInfo(path).absoluteFilePath();
    else
        config.error().detail = path + QStringLiteral(": ") + config.error().detail;
    return config;
}

Result<Config> Config::fromSettings(QSettings& settings)
{
    Config c;
    QStringList problems;
    const auto& table = keyTable();
    QStringList keys = settings.allKeys();
    // Base currency first: the auto-send cap is parsed in it.
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        return (a == u"aging/baseCurrency") > (b == u"aging/baseCurrency");
    });
    for (const QString& key : keys) {
        const QString section = key.section(u'/', 0, 0);
        const QString name = key.section(u'/', 1);
        const QString value = valueText(settings.value(key));
        if (section == u"accounting" && (name.startsWith(QLatin1StringView("field.")) ||
                                         name.startsWith(QLatin1StringView("column.")))) {
            const QString field = name.section(u'.', 1);
            if (!kMappedFields.contains(field)) {
                problems << QStringLiteral("[accounting] %1: unknown field '%2' (known: %3)")
                                .arg(name, field, kMappedFields.join(QStringLiteral(", ")));
                continue;
            }
            (name.startsWith(QLatin1StringView("field.")) ? c.accounting.fieldMap : c.accounting.csvColumns)[field] =
                value.trimmed();
            continue;
        }
        const auto it = std::find_if(table.begin(), table.end(), [&](const KeyDef& d) { return d.key == key; });
        if (it == table.end()) {
            QStringList known;
            for (const KeyDef& d : table)
                if (d.key.section(u'/', 0, 0) == section)
                    known << d.key.section(u'/', 1);
            problems << (known.isEmpty()
                             ? QStringLiteral("unknown section [%1] (key '%2')").arg(section.isEmpty() ? QStringLiteral("General") : section, name)
                             : QStringLiteral("[%1] %2: unknown key (known: %3)").arg(section, name, known.join(QStringLiteral(", "))));
            continue;
        }
        if (auto allowed = it->set(c, value))
            problems << QStringLiteral("[%1] %2: '%3' cannot be used (allowed: %4)").arg(section, name, value, *allowed);
    }
    if (c.aging.moderate <= c.aging.light)
        problems << QStringLiteral("[aging] moderate: must be greater than light (%1)").arg(c.aging.light);
    if (!problems.isEmpty())
        return fail(ErrorCode::Config, problems.join(QStringLiteral("; ")));
    return c;
}

void Config::save(QSettings& settings) const
{
    for (const KeyDef& d : keyTable())
        settings.setValue(d.key, d.get(*this));
    for (auto it = accounting.fieldMap.begin(); it != accounting.fieldMap.end(); ++it)
        settings.setValue(QStringLiteral("accounting/field.") + it.key(), it.value());
    for (auto it = accounting.csvColumns.begin(); it != accounting.csvColumns.end(); ++it)
        settings.setValue(QStringLiteral("accounting/column.") + it.key(), it.value());
}

std::vector<ConfigKeyInfo> configKeys()
{
    const Config defaults;
    std::vector<ConfigKeyInfo> out;
    for (const KeyDef& d : keyTable())
        out.push_back({d.key, d.get(defaults), d.allowed});
    return out;
}

} // namespace relance
