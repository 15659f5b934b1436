#include "queries/Navigation.h"

#include "storage/Store.h"

namespace relance::queries {

Result<NavigationCounts> navigationCounts(Database& db)
{
    NavigationCounts out;
    const QString what = QStringLiteral("counting drafts");
    auto q =
        db.prepare(QStringLiteral("SELECT COUNT(*) FROM reminders WHERE state IN ('drafted', 'needs-review')"), what);
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    if (q->next())
        out.draftsToReview = q->value(0).toInt();
    if (auto o = mail::countOutbox(db))
        out.outbox = *o;
    Store store(db);
    if (auto last = store.syncValue(QStringLiteral("last-sync")); last && *last)
        out.lastSync = QDateTime::fromString(**last, Qt::ISODate);
    return out;
}

} // namespace relance::queries
