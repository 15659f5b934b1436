#include "DemoDatabase.h"

#include "storage/Database.h"
#include "storage/Store.h"
#include "workflow/ReviewDemo.h"

#include <QDir>
#include <QStandardPaths>

namespace relance::app {

QString demoDatabaseUrl()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("relance-demo"));
    QDir().mkpath(dir);
    return QStringLiteral("sqlite://") + QDir(dir).absoluteFilePath(QStringLiteral("relance-demo.db"));
}

Result<bool> seedDemoIfEmpty(const QString& url, QDate asOf, const AgingPolicy& policy, const QString& firmName,
                             const QString& iban)
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
    ReviewDemoOptions options;
    options.asOf = asOf;
    if (!firmName.isEmpty())
        options.firmName = firmName; // the drafts sign with the firm of the configuration
    if (!iban.isEmpty())
        options.iban = iban;
    if (auto ok = seedReviewLedger(store, 600, options); !ok)
        return std::unexpected(ok.error());
    options.maxDrafts = 60;
    if (auto ok = seedReviewDrafts(store, policy, options); !ok)
        return std::unexpected(ok.error());
    return true;
}

} // namespace relance::app
