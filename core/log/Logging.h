#pragma once
// Logging through spdlog: a rotating file in the application data folder, and stderr for the CLI.
// Everything at info level and above passes through redact(): no secrets, e-mail addresses, IBANs or amounts.
#include <QString>
#include <spdlog/spdlog.h>

namespace relance {

// Masks e-mail addresses, IBANs, money amounts, bearer tokens, API keys, passwords in URLs and key=value secrets.
QString redact(const QString& text);

struct LogOptions
{
    QString file;                 // empty: <AppDataLocation>/logs/relance.log; "-": no file
    bool toStderr = false;        // the CLI logs warnings and errors to stderr
    spdlog::level::level_enum stderrLevel = spdlog::level::warn;
    spdlog::level::level_enum fileLevel = spdlog::level::info;
};

// Installs the default logger. Safe to call more than once (the last call wins). RELANCE_LOG_LEVEL (trace, debug, info,
// warn, err, off) in the environment overrides fileLevel.
void initLogging(const LogOptions& options);
QString defaultLogFile();

} // namespace relance
