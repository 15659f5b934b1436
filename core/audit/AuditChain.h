#pragma once
// The audit trail as a hash chain. Every entry carries seq (1, 2, 3, ... without gaps), the hash of the entry before it
// (prev_hash; the first entry's is kGenesisHash) and its own hash over a canonical serialisation of its fields.
// Appending lives here only (Store::appendAudit calls appendEntry); the format is documented in core/audit/README.md.
#include "domain/Domain.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace relance::audit {

// prev_hash of entry 1: 64 zeros.
QString genesisHash();

// The detail JSON as stored and hashed: an object, keys sorted, no whitespace, UTF-8. Text that is not a JSON object
// is kept as {"text": "<the text>"} so nothing the caller meant to record is lost.
QString canonicalDetail(const QString& detailJson);

// The fields an entry's hash covers, exactly as stored (at is the stored ISO text).
struct EntryFields
{
    QString prevHash;
    qint64 seq = 0;
    QString at;
    QString actor;
    QString entity;
    QString entityId;
    QString action;
    QString detail;
};

// "relance-audit-v1\n" then, per field in the order above, "<UTF-8 byte length>:<bytes>\n" (seq in decimal).
QByteArray canonicalBytes(const EntryFields& f);
// Lowercase hex SHA-256 of canonicalBytes.
QString entryHash(const EntryFields& f);

// The chain head: the last seq and its hash, as the table audit_chain records them.
struct ChainHead
{
    qint64 seq = 0;
    QString hash;
};
Result<ChainHead> readHead(Database& db);

// Appends one entry: locks the chain head (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the write lock), chains the
// entry to it and moves the head, all in the caller's transaction, or in one of its own when the caller has none.
// Sets event.id. Rows written before schema 4 are chained first, once.
Result<void> appendEntry(Database& db, AuditEvent& event);

// Chains rows written before schema 4 (seq NULL, id up to audit_chain.legacy_max_id recorded by the migration), in id
// order, when the chain has not started yet (head seq 0).
// Runs in its own transaction; returns how many rows it chained (0 when there was nothing to do).
Result<qint64> chainLegacyRows(Database& db);

} // namespace relance::audit
