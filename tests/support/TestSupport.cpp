#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace relance::test {

QString sqliteUrl(const QTemporaryDir& dir, const QString& name)
{
    return QStringLiteral("sqlite://") + QDir(dir.path()).absoluteFilePath(name);
}

std::optional<QString> postgresAdminUrl()
{
    const QString url = qEnvironmentVariable("RELANCE_TEST_PG_URL");
    if (url.isEmpty())
        return std::nullopt;
    return url;
}

CliRun runCli(const QStringList& args, const QString& home, const QMap<QString, QString>& env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isEmpty())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(RELANCE_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Result<QString> freshPostgresDatabase(const QString& name)
{
    const auto admin = postgresAdminUrl();
    if (!admin)
        return fail(ErrorCode::NotFound, QStringLiteral("RELANCE_TEST_PG_URL is not set"));
    {
        auto db = Database::open(*admin);
        if (!db)
            return std::unexpected(db.error());
        const QString safe = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        if (auto ok = (*db)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(safe),
                                  QStringLiteral("dropping test database"));
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = (*db)->exec(QStringLiteral("CREATE DATABASE %1").arg(safe), QStringLiteral("creating test database"));
            !ok)
            return std::unexpected(ok.error());
        QUrl u(*admin);
        u.setPath(QStringLiteral("/") + safe);
        return u.toString();
    }
}

} // namespace relance::test
