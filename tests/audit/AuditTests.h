#pragma once
// Shared by the audit tests: a chain of entries to tamper with, and the attacker's tools (raw SQL past the triggers).
#include "../data/DataTests.h"

#include "audit/AuditVerify.h"
#include "storage/Store.h"

#include <QSqlError>

namespace relance::test {

inline qint64 scalarOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs SQL as an attacker with database access would; QVERIFY-friendly (returns the error text, empty when done).
inline QString attack(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return sql + QStringLiteral(": ") + q.lastError().text();
    return {};
}

// The attacker's first step: the append-only triggers go (the chain must still catch what follows).
inline QString dropTriggers(Database& db)
{
    const QStringList sql = db.dialect() == Dialect::SQLite
        ? QStringList{QStringLiteral("DROP TRIGGER audit_events_no_update"),
                      QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                      QStringLiteral("DROP TRIGGER audit_chain_forward_only"),
                      QStringLiteral("DROP TRIGGER audit_chain_no_delete")}
        : QStringList{QStringLiteral("DROP TRIGGER audit_events_append_only ON audit_events"),
                      QStringLiteral("DROP TRIGGER audit_events_no_truncate ON audit_events"),
                      QStringLiteral("DROP TRIGGER audit_chain_forward_only ON audit_chain"),
                      QStringLiteral("DROP TRIGGER audit_chain_no_truncate ON audit_chain")};
    for (const QString& s : sql)
        if (QString e = attack(db, s); !e.isEmpty())
            return e;
    return {};
}

// The fields of the entry with this seq, as stored, for an attacker who recomputes hashes.
inline audit::EntryFields storedFields(Database& db, qint64 seq, QString* hash = nullptr, qint64* id = nullptr)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT prev_hash, seq, at, actor, entity, entity_id, action, detail, hash, id FROM "
                          "audit_events WHERE seq = %1")
               .arg(seq));
    audit::EntryFields f;
    if (q.next()) {
        f = {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString(), q.value(5).toString(),   q.value(6).toString(), q.value(7).toString()};
        if (hash)
            *hash = q.value(8).toString();
        if (id)
            *id = q.value(9).toLongLong();
    }
    return f;
}

// A reminder's life in n entries, the way the program writes them, one transaction each.
inline Result<void> appendLife(Database& db, int n, const QDateTime& start = {})
{
    Store store(db);
    const QStringList actions{QStringLiteral("created"), QStringLiteral("edited"),
                              QStringLiteral("state:needs-review->approved"), QStringLiteral("sent"),
                              QStringLiteral("reply-received")};
    for (int i = 0; i < n; ++i) {
        AuditEvent e;
        e.at = start.isValid() ? start.addSecs(qint64(i) * 3600) : QDateTime();
        e.actor = i % 2 ? QStringLiteral("m.rochat") : QStringLiteral("system");
        e.entity = QStringLiteral("reminder");
        e.entityId = QString::number(100 + i / 5);
        e.action = actions.at(i % actions.size());
        // Keys out of order and non-ASCII text: stored canonically, hashed byte-exactly.
        e.detail = QStringLiteral(R"({"version": %1, "model": "gpt-4o", "note": "Rückfrage für Müller & Cie", "a": [1,2]})")
                       .arg(i);
        auto ok = db.transaction([&] { return store.appendAudit(e); });
        if (!ok)
            return ok;
    }
    return {};
}

} // namespace relance::test
