#include "DemoDatabase.h"

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
    if (auto seeded = seedDemoData(store, demo, false); !seeded)
        return std::unexpected(seeded.error());
    return true;
}

} // namespace relance::app
