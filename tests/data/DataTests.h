#pragma once
// Shared by the data tests: checking a Result with its error in the log, and running one test on both backends.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

// Verifies that a Result holds a value, and shows the error (code and detail) in the test log when it does not.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& r_ = (expr);                                                                                       \
        QVERIFY2(r_.has_value(), qPrintable(r_ ? QString() : r_.error().toString()));                                  \
    } while (false)

namespace relance::test {
// The rows of a test that runs on both backends: add it in the test's _data() function.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}
} // namespace relance::test

// In a test with addBackendRows(): `url` names a new SQLite file, or a fresh PostgreSQL database called pgName
// (the row is skipped when no server is available).
#define OPEN_URL(url, pgName)                                                                                          \
    QFETCH(QString, backend);                                                                                          \
    QTemporaryDir url##Dir;                                                                                            \
    QString url = relance::test::sqliteUrl(url##Dir);                                                                  \
    if (backend == u"postgresql") {                                                                                    \
        RELANCE_REQUIRE_POSTGRES(url##Pg, QStringLiteral(pgName));                                                     \
        url = url##Pg;                                                                                                 \
    }
