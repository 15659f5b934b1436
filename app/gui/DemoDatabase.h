#pragma once
#include "domain/Error.h"

#include <QDate>
#include <QString>

namespace relance::app {

// The throw-away SQLite file `relance --demo` opens: <temp>/relance-demo/relance-demo.db.
QString demoDatabaseUrl();
// Seeds the demo data set of core/demo (clients, invoices over all buckets, CRM history, tone examples) when the
// database holds no client yet (first start). Returns true if seeded. The drafts are written afterwards by the
// drafting service (see MainWindow::startDrafting), asynchronously, while the window is already up.
Result<bool> seedDemoIfEmpty(const QString& url, QDate asOf);
// The demo only (`relance --demo --role reviewer`): gives `account` that role in the throw-away demo database,
// audited, so the reviewer's workstation can be shown. The role is still read from the database like anywhere else.
Result<void> setDemoRole(const QString& url, const QString& account, const QString& role);

} // namespace relance::app
