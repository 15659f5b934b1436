#pragma once
#include "storage/Database.h"

#include <QMap>
#include <QTemporaryDir>
#include <optional>

namespace relance::test {

// sqlite:// URL of a new file in dir.
QString sqliteUrl(const QTemporaryDir& dir, const QString& name = QStringLiteral("relance.db"));

// The PostgreSQL server the test run started (RELANCE_TEST_PG_URL), if any.
std::optional<QString> postgresAdminUrl();
// Drops and creates database `name` on that server and returns its URL. Each test uses its own name,
// so tests running in parallel never share a database.
Result<QString> freshPostgresDatabase(const QString& name);

// One run of the real relance-cli.
struct CliRun
{
    int code = -1;                 // exit code; -1: did not finish in time (killed), -2: crashed
    QByteArray out;
    QByteArray err;
};
// Runs relance-cli with HOME and the XDG folders inside `home` (the user's own settings and data stay out of tests),
// the variables in `env` set (an empty value removes the variable), while this thread's event loop keeps running,
// so fake servers living in the test keep answering.
CliRun runCli(const QStringList& args, const QString& home, const QMap<QString, QString>& env = {},
              int timeoutMs = 120000);

// Skips the current test with a message a person sees in the summary when no PostgreSQL server was provided.
#define RELANCE_REQUIRE_POSTGRES(url, name)                                                                            \
    if (!relance::test::postgresAdminUrl())                                                                            \
        QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");                    \
    auto url##Result = relance::test::freshPostgresDatabase(name);                                                     \
    QVERIFY2(url##Result.has_value(), qPrintable(url##Result ? QString() : url##Result.error().toString()));          \
    const QString url = *url##Result;

} // namespace relance::test
