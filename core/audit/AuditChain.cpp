#include "audit/AuditChain.h"

#include "net/Clock.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace relance::audit {

namespace {

const QString kWhat = QStringLiteral("writing the audit trail");

void appendField(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

// The head, locked until the transaction ends, and the highest seq present (a row past the head was not written by
// Relance). One statement without parameters: appends are frequent, and each prepared statement costs round trips.
struct LockedHead
{
    ChainHead head;
    qint64 maxSeq = 0;
};
Result<LockedHead> lockHead(Database& db)
{
    const QString sql = db.dialect() == Dialect::PostgreSQL
        ? QStringLiteral("SELECT seq, hash, (SELECT MAX(seq) FROM audit_events) FROM audit_chain WHERE id = 1 FOR UPDATE")
        : QStringLiteral("SELECT seq, hash, (SELECT MAX(seq) FROM audit_events) FROM audit_chain WHERE id = 1");
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("locking the audit chain head")));
    if (!q.next())
        return fail(ErrorCode::Database, QStringLiteral("the audit chain head (table audit_chain, row 1) is missing in %1: "
                                                        "the audit trail was tampered with")
                                             .arg(db.url().redacted()));
    return LockedHead{{q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toLongLong()};
}

Result<void> moveHead(Database& db, const ChainHead& head)
{
    auto q = db.prepare(QStringLiteral("UPDATE audit_chain SET seq = ?, hash = ?, updated_at = ? WHERE id = 1"), kWhat);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(head.seq);
    q->addBindValue(head.hash);
    q->addBindValue(timeValue(db.clock().nowUtc()));
    return db.run(*q, QStringLiteral("moving the audit chain head"));
}

// With the head locked: chains rows with seq NULL in id order, if the chain has not started. Updates head.
Result<qint64> chainLegacyLocked(Database& db, ChainHead& head)
{
    if (head.seq != 0)
        return 0;
    // Only rows that existed when migration 4 ran: a row added by hand later is never adopted into the chain.
    QSqlQuery max(db.connection());
    if (!max.exec(QStringLiteral("SELECT legacy_max_id FROM audit_chain WHERE id = 1")) || !max.next())
        return std::unexpected(db.errorFrom(max.lastError(), QStringLiteral("reading the audit chain head")));
    const qint64 legacyMaxId = max.value(0).toLongLong();
    if (legacyMaxId <= 0)
        return 0;
    qint64 chained = 0;
    qint64 lastId = std::numeric_limits<qint64>::min();
    for (;;) {
        auto q = db.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, detail FROM audit_events "
                                           "WHERE seq IS NULL AND id > ? AND id <= ? ORDER BY id LIMIT 1000"),
                            QStringLiteral("reading audit rows written before schema 4"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(lastId);
        q->addBindValue(legacyMaxId);
        if (auto ok = db.run(*q, QStringLiteral("reading audit rows written before schema 4")); !ok)
            return std::unexpected(ok.error());
        struct Row
        {
            qint64 id;
            EntryFields f;
        };
        std::vector<Row> rows;
        while (q->next())
            rows.push_back({q->value(0).toLongLong(),
                            {QString(), 0, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                             q->value(4).toString(), q->value(5).toString(), q->value(6).toString()}});
        q->finish();
        if (rows.empty())
            break;
        auto up = db.prepare(QStringLiteral("UPDATE audit_events SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                             QStringLiteral("chaining audit rows written before schema 4"));
        if (!up)
            return std::unexpected(up.error());
        for (Row& r : rows) {
            r.f.prevHash = head.hash;
            r.f.seq = head.seq + 1;
            const QString hash = entryHash(r.f);
            up->addBindValue(r.f.seq);
            up->addBindValue(r.f.prevHash);
            up->addBindValue(hash);
            up->addBindValue(r.id);
            if (auto ok = db.run(*up, QStringLiteral("chaining audit row %1").arg(r.id)); !ok)
                return std::unexpected(ok.error());
            head = {r.f.seq, hash};
            lastId = r.id;
            ++chained;
        }
    }
    if (chained > 0) {
        if (auto ok = moveHead(db, head); !ok)
            return std::unexpected(ok.error());
        spdlog::info("audit trail: chained {} entries written before schema 4", chained);
    }
    return chained;
}

Result<void> appendLocked(Database& db, AuditEvent& e)
{
    auto locked = lockHead(db);
    if (!locked)
        return std::unexpected(locked.error());
    ChainHead* head = &locked->head;
    if (auto legacy = chainLegacyLocked(db, *head); !legacy)
        return std::unexpected(legacy.error());
    else if (*legacy > 0)
        locked->maxSeq = head->seq;
    if (locked->maxSeq > head->seq)
        return fail(ErrorCode::Database,
                    QStringLiteral("the audit trail in %1 holds entries past its chain head (seq %2), which Relance "
                                   "did not write: it was tampered with; run `relance-cli audit verify`")
                        .arg(db.url().redacted())
                        .arg(head->seq));
    if (!e.at.isValid())
        e.at = db.clock().nowUtc();
    EntryFields f{head->hash,  head->seq + 1, timeValue(e.at).toString(), e.actor, e.entity, e.entityId, e.action,
                  canonicalDetail(e.detail)};
    const QString hash = entryHash(f);
    auto q = db.prepare(QStringLiteral("INSERT INTO audit_events (at, actor, entity, entity_id, action, detail, seq, "
                                       "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
                        kWhat);
    if (!q)
        return std::unexpected(q.error());
    // A null QString is text nobody filled in, not SQL NULL: the text columns are NOT NULL (and hash as empty).
    auto text = [](const QString& s) { return QVariant(s.isNull() ? QStringLiteral("") : s); };
    for (const QVariant& v : {text(f.at), text(f.actor), text(f.entity), text(f.entityId), text(f.action),
                              text(f.detail), QVariant(f.seq), text(f.prevHash), text(hash)})
        q->addBindValue(v);
    if (auto ok = db.run(*q, kWhat); !ok)
        return ok;
    if (q->next())
        e.id = q->value(0).toLongLong();
    q->finish();
    e.detail = f.detail;
    return moveHead(db, {f.seq, hash});
}

// Runs fn inside the caller's transaction when there is one, else inside one of its own, so the head lock and the
// insert are always atomic (Database::transaction is not reentrant and does not say whether one is open).
Result<void> inTransaction(Database& db, const std::function<Result<void>()>& fn)
{
    bool own = false;
    if (db.dialect() == Dialect::PostgreSQL) {
        // SAVEPOINT fails outside a transaction block (25P01) and changes nothing then.
        QSqlQuery probe(db.connection());
        if (probe.exec(QStringLiteral("SAVEPOINT relance_audit_append"))) {
            auto r = fn();
            QSqlQuery end(db.connection());
            if (!r)
                end.exec(QStringLiteral("ROLLBACK TO SAVEPOINT relance_audit_append"));
            end.exec(QStringLiteral("RELEASE SAVEPOINT relance_audit_append"));
            return r;
        }
        if (probe.lastError().nativeErrorCode() != u"25P01") // e.g. 25P02: the caller's transaction already failed
            return std::unexpected(db.errorFrom(probe.lastError(), QStringLiteral("writing the audit trail")));
        if (auto ok = db.exec(QStringLiteral("BEGIN"), QStringLiteral("starting a transaction")); !ok)
            return ok;
        own = true;
    } else {
        QSqlQuery begin(db.connection());
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            own = true;
        else if (!begin.lastError().text().contains(QLatin1StringView("within a transaction")))
            return std::unexpected(db.errorFrom(begin.lastError(), QStringLiteral("starting a transaction")));
    }
    auto r = fn();
    if (!own)
        return r;
    if (r) {
        r = db.exec(QStringLiteral("COMMIT"), QStringLiteral("committing the audit trail"));
        if (!r)
            db.exec(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
    } else {
        db.exec(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
    }
    return r;
}

} // namespace

QString genesisHash() { return QString(64, QLatin1Char('0')); }

QString canonicalDetail(const QString& detailJson)
{
    if (detailJson.trimmed().isEmpty())
        return QStringLiteral("{}");
    const std::string text = detailJson.toStdString();
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        spdlog::warn("audit detail is not a JSON object; kept as text");
        j = nlohmann::json{{"text", text}};
    }
    // nlohmann's object is a std::map: keys come out sorted by their UTF-8 bytes.
    return QString::fromStdString(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

QByteArray canonicalBytes(const EntryFields& f)
{
    QByteArray out("relance-audit-v1\n");
    appendField(out, f.prevHash);
    appendField(out, QString::number(f.seq));
    appendField(out, f.at);
    appendField(out, f.actor);
    appendField(out, f.entity);
    appendField(out, f.entityId);
    appendField(out, f.action);
    appendField(out, f.detail);
    return out;
}

QString entryHash(const EntryFields& f)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalBytes(f), QCryptographicHash::Sha256).toHex());
}

Result<ChainHead> readHead(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_chain WHERE id = 1")))
        return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading the audit chain head")));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("the audit chain head (table audit_chain, row 1) is missing"));
    return ChainHead{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<void> appendEntry(Database& db, AuditEvent& event)
{
    return inTransaction(db, [&] { return appendLocked(db, event); });
}

Result<qint64> chainLegacyRows(Database& db)
{
    auto head = readHead(db);
    if (!head)
        return head.error().code == ErrorCode::NotFound ? Result<qint64>(0) : std::unexpected(head.error());
    if (head->seq != 0)
        return 0;
    qint64 chained = 0;
    auto ok = db.transaction([&]() -> Result<void> {
        auto locked = lockHead(db);
        if (!locked)
            return std::unexpected(locked.error());
        auto n = chainLegacyLocked(db, locked->head);
        if (!n)
            return std::unexpected(n.error());
        chained = *n;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return chained;
}

} // namespace relance::audit
