#pragma once
#include "storage/Database.h"

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

// Skips the current test with a message a person sees in the summary when no PostgreSQL server was provided.
#define RELANCE_REQUIRE_POSTGRES(url, name)                                                                            \
    if (!relance::test::postgresAdminUrl())                                                                            \
        QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");                    \
    auto url##Result = relance::test::freshPostgresDatabase(name);                                                     \
    QVERIFY2(url##Result.has_value(), qPrintable(url##Result ? QString() : url##Result.error().toString()));          \
    const QString url = *url##Result;

} // namespace relance::test
