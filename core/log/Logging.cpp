#include "log/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace relance {

QString redact(const QString& text)
{
    struct Rule
    {
        QRegularExpression re;
        QString replacement;
    };
    static const std::vector<Rule> rules = [] {
        const auto opt = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        return std::vector<Rule>{
            // user:password@ in URLs
            {QRegularExpression(QStringLiteral(R"((://[^:/@\s]+:)[^@\s/]+@)")), QStringLiteral("\\1***@")},
            // Authorization: Bearer xyz
            {QRegularExpression(QStringLiteral(R"((bearer\s+)[A-Za-z0-9._~+/=\-]+)"), opt), QStringLiteral("\\1<secret>")},
            // api-key: xyz, "refresh_token":"xyz", password=xyz, code_verifier=...
            {QRegularExpression(
                 QStringLiteral(R"(((?:api[-_]?key|x-functions-key|access_token|refresh_token|id_token|client_secret|password|passwd|secret|code_verifier|device_code|token)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+)"),
                 opt),
             QStringLiteral("\\1<secret>")},
            {QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})")),
             QStringLiteral("<email>")},
            // IBAN: two letters, two check digits, 11 to 30 alphanumerics, possibly grouped by spaces
            {QRegularExpression(QStringLiteral(R"(\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b)")),
             QStringLiteral("<iban>")},
            // an amount with a currency code before or after it
            {QRegularExpression(QStringLiteral(
                 R"(\b(?:CHF|EUR|USD|GBP|Fr\.)\s?-?\d[\d'’\x{202F}\x{00A0} ]*(?:[.,]\d{1,2}|\.-)?|-?\d[\d'’\x{202F}\x{00A0} ]*(?:[.,]\d{1,2})?\s?(?:CHF|EUR|USD|GBP)\b)"),
                 opt),
             QStringLiteral("<amount>")},
            // a bare decimal amount such as 1'234.50 or 1234,50
            {QRegularExpression(QStringLiteral(R"((?<![\w.:/-])-?\d{1,3}(?:['’]\d{3})*[.,]\d{2}(?![\d.:-]))")),
             QStringLiteral("<amount>")},
            {QRegularExpression(QStringLiteral(R"((?<![\w.:/-])-?\d+[.,]\d{2}(?![\d.:-]))")), QStringLiteral("<amount>")},
        };
    }();
    QString out = text;
    for (const Rule& r : rules)
        out.replace(r.re, r.replacement);
    return out;
}

namespace {
// Redacts every message at info and above before passing it on; debug output (off by default) is left as it is.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit RedactingSink(spdlog::sink_ptr inner) : m_inner(std::move(inner)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        if (msg.level < spdlog::level::info) {
            m_inner->log(msg);
            return;
        }
        const QString clean =
            redact(QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size())));
        const std::string bytes = clean.toStdString();
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(bytes.data(), bytes.size());
        m_inner->log(copy);
    }
    void flush_() override { m_inner->flush(); }

private:
    spdlog::sink_ptr m_inner;
};
} // namespace

QString defaultLogFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(QStringLiteral("logs/relance.log"));
}

void initLogging(const LogOptions& requested)
{
    LogOptions options = requested;
    // RELANCE_LOG_LEVEL=debug (trace, info, ...) sets the file's level, for a support case or the secrets hygiene test.
    if (const QByteArray level = qgetenv("RELANCE_LOG_LEVEL"); !level.isEmpty()) {
        const auto l = spdlog::level::from_str(level.toLower().toStdString());
        if (l != spdlog::level::off || level.toLower() == "off")
            options.fileLevel = l;
    }
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(options.stderrLevel);
        err->set_pattern("relance: %l: %v");
        auto s = std::make_shared<RedactingSink>(err);
        s->set_level(options.stderrLevel);
        sinks.push_back(s);
    }
    if (options.file != u"-") {
        const QString path = options.file.isEmpty() ? defaultLogFile() : options.file;
        QDir().mkpath(QFileInfo(path).absolutePath());
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%t] %v");
            auto s = std::make_shared<RedactingSink>(file);
            s->set_level(options.fileLevel);
            sinks.push_back(s);
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the program; stderr still gets the warnings.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("relance", sinks.begin(), sinks.end());
    logger->set_level(std::min(options.fileLevel, options.stderrLevel));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace relance
