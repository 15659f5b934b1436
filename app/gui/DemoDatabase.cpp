#include "DemoDatabase.h"

#include "storage/Database.h"
#include "storage/Store.h"
#include "demo/DemoData.h"
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
    // The demo data set (clients, invoices over all buckets, CRM history, tone examples), then one draft per overdue
    // client as the drafting engine's templates would write it.
    DemoOptions demo;
    demo.invoices = 600;
    demo.asOf = asOf;
    if (auto seeded = seedDemoData(store, demo, false); !seeded)
        return std::unexpected(seeded.error());
    options.maxDrafts = 80;
    if (auto ok = seedReviewDrafts(store, policy, options); !ok)
        return std::unexpected(ok.error());
    return true;
}

} // namespace relance::app
