#pragma once
#include "aging/Aging.h"
#include "domain/Error.h"

#include <QDate>
#include <QString>

namespace relance::app {

// The throw-away SQLite file `relance --demo` opens: <temp>/relance-demo/relance-demo.db.
QString demoDatabaseUrl();
// Seeds the demo ledger and its drafts when the database holds no client yet (first start). Returns true if seeded.
Result<bool> seedDemoIfEmpty(const QString& url, QDate asOf, const AgingPolicy& policy, const QString& firmName,
                             const QString& iban);

} // namespace relance::app
