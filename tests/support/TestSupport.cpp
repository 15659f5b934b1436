#include "TestSupport.h"

#include <QDir>
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
