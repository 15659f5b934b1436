#include "DemoDatabase.h"

#include "workflow/Roles.h"

#include "storage/Database.h"
#include "storage/Store.h"
#include "demo/DemoData.h"

#include <QDir>
#include <QStandardPaths>

namespace relance::app {

QString demoDatabaseUrl()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("relance-demo"));
    QDir().mkpath(dir);
    return QStringLiteral("sqlite://") + QDir(dir).absoluteFilePath(QStringLiteral("relance-demo.db"));
}

Result<bool> seedDemoIfEmpty(const QString& url, QDate asOf)
{
    auto db = Database::openAndMigrate(url);
    if (!db)
        return std::unexpected(db.error());
    Store store(**db);
    auto clients = store.countRows(QStringLiteral("clients"));
    if (!clients)
        return std::unexpected(clients.error());
    if (*clients > 0)
        return false;
    DemoOptions demo;
    demo.invoices = 600;
    demo.asOf = asOf;
    demo.admin = osUserName(QStringLiteral("reviewer")); // the person trying the demo may do everything in it
    if (auto seeded = seedDemoData(store, demo, false); !seeded)
        return std::unexpected(seeded.error());
    return true;
}

Result<void> setDemoRole(const QString& url, const QString& account, const QString& role)
{
    const auto r = roleFromName(role);
    if (!r)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--role '%1': use reviewer or admin").arg(role));
    auto db = Database::openAndMigrate(url);
    if (!db)
        return std::unexpected(db.error());
    Store store(**db);
    if (auto who = Roles(store).resolve(account); !who)
        return std::unexpected(who.error());
    return (*db)->transaction([&] { return setDemoUserRole(store, account, roleName(*r)); });
}

} // namespace relance::app
