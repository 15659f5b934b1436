#pragma once
// Inserts many rows with one prepared multi-row INSERT ... VALUES (?,?,...),(?,?,...) statement, bound again for
// each batch: no ON CONFLICT, no RETURNING, no message built per row. Seeding 100,000 demo invoices this way takes
// half the time of Store::upsertInvoices. Internal to core/demo; call inside Database::transaction().
#include "storage/Database.h"

#include <QStringList>
#include <QVariantList>
#include <optional>

namespace relance::demo {

class BulkInsert
{
public:
    BulkInsert(Database& db, QString table, QStringList columns);

    // Queues one row (values in column order); runs a statement when a batch is full.
    Result<void> add(const QVariantList& row);
    // Runs what is still queued.
    Result<void> finish();

    qint64 inserted() const { return m_inserted; }

private:
    Result<void> runBatch(qsizetype rows);
    QString statement(qsizetype rows) const;

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rowsPerStatement;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full; // prepared once for full batches
    qint64 m_inserted = 0;
};

} // namespace relance::demo
