#pragma once
// relance-cli: each command is a function registered by name with its options. Commands that wait on the network
// return kRunsAsync and call CliContext::finish(code) later; main then runs the event loop (never a nested one).
#include "config/Config.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <functional>
#include <memory>

namespace relance::cli {

enum ExitCode {
    kOk = 0,
    kFailed = 1,        // the operation failed (a sync error, a send refused, ...)
    kUsage = 2,         // bad arguments or a bad configuration
    kDatabase = 3,      // the database cannot be opened, is locked, is not a database, or is too new
    kRunsAsync = -1,
};

struct CliContext
{
    Config config;
    QString databaseUrl;          // --database, else [database] url, else the default file
    QTextStream out{stdout};
    QTextStream err{stderr};
    std::function<void(int)> finish;

    // Opens and migrates the database; prints the reason and returns nullptr on failure (exit code in *code).
    std::unique_ptr<Database> openDatabase(int* code);
    // One line on stderr: "relance-cli: <reason>".
    int failWith(int code, const QString& reason);
};

// The one mapping from a core error to an exit code, for every command: what the user gave (arguments, configuration,
// a value a server refused as invalid, which comes from the configured mapping) exits kUsage; a database that cannot
// be used exits kDatabase; everything else (network, server, timeouts, parse errors in what a server sent) kFailed.
int exitCodeFor(const Error& e);

struct Command
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> options;
    std::function<int(CliContext&, const QCommandLineParser&)> run;
};

// Each file of commands adds its own.
void addDataCommands(QList<Command>& commands);
void addMailCommands(QList<Command>& commands);
void addDraftCommands(QList<Command>& commands);
void addSyncCommands(QList<Command>& commands);
void addDailyCommand(QList<Command>& commands);
void addAuditCommands(QList<Command>& commands);
void addUserCommands(QList<Command>& commands);
void addCheckCommand(QList<Command>& commands);

} // namespace relance::cli
