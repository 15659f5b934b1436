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
    return (*db)->transaction([&]() -> Result<void> {
        auto up = (*db)->prepare(QStringLiteral("UPDATE users SET role = ?, active = 1 WHERE lower(os_account) = lower(?)"),
                                 QStringLiteral("setting the demo role"));
        if (!up)
            return std::unexpected(up.error());
        up->addBindValue(roleName(*r));
        up->addBindValue(account);
        if (auto ok = (*db)->run(*up, QStringLiteral("setting the demo role")); !ok)
            return ok;
        if (up->numRowsAffected() == 0) {
            auto ins = (*db)->prepare(QStringLiteral("INSERT INTO users (os_account, display_name, role, active, created_at, "
                                                     "created_by) VALUES (?, ?, ?, 1, ?, 'demo')"),
                                      QStringLiteral("adding the demo user"));
            if (!ins)
                return std::unexpected(ins.error());
            ins->addBindValue(account);
            ins->addBindValue(account);
            ins->addBindValue(roleName(*r));
            ins->addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
            if (auto ok = (*db)->run(*ins, QStringLiteral("adding the demo user")); !ok)
                return ok;
        }
        AuditEvent e;
        e.actor = QStringLiteral("demo");
        e.entity = QStringLiteral("user");
        e.entityId = account;
        e.action = QStringLiteral("demo-role");
        e.detail = QStringLiteral(R"({"role":"%1"})").arg(roleName(*r));
        return store.appendAudit(e);
    });
}

} // namespace relance::app
