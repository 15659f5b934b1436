#include "audit/AuditVerify.h"

#include <QRegularExpression>
#include <QSqlError>
#include <nlohmann/json.hpp>

namespace relance::audit {

namespace {

constexpr int kPage = 2000;

struct Row
{
    qint64 id = 0;
    QString hash;
    EntryFields f;
};

// Reads rows in (seq, id) order after the given position; seq NULL rows are not part of the chain.
Result<std::vector<Row>> page(Database& db, qint64 afterSeq, qint64 afterId, qint64 maxSeq)
{
    auto q = db.prepare(QStringLiteral("SELECT id, seq, prev_hash, hash, at, actor, entity, entity_id, action, detail "
                                       "FROM audit_events WHERE seq IS NOT NULL AND seq <= ? AND "
                                       "(seq > ? OR (seq = ? AND id > ?)) ORDER BY seq, id LIMIT %1")
                            .arg(kPage),
                        QStringLiteral("reading the audit trail"));
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    q->addBindValue(maxSeq);
    q->addBindValue(afterSeq);
    q->addBindValue(afterSeq);
    q->addBindValue(afterId);
    if (auto ok = db.run(*q, QStringLiteral("reading the audit trail")); !ok)
        return std::unexpected(ok.error());
    std::vector<Row> rows;
    rows.reserve(kPage);
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.f.seq = q->value(1).toLongLong();
        r.f.prevHash = q->value(2).toString();
        r.hash = q->value(3).toString();
        r.f.at = q->value(4).toString();
        r.f.actor = q->value(5).toString();
        r.f.entity = q->value(6).toString();
        r.f.entityId = q->value(7).toString();
        r.f.action = q->value(8).toString();
        r.f.detail = q->value(9).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

QString entryName(qint64 seq, qint64 id) { return QStringLiteral("entry seq %1 (id %2)").arg(seq).arg(id); }

// The checks shared by the database and an export: r follows the entry (prevSeq, prevHash, prevId).
// Returns false and fills the report at the first break.
bool checkLink(VerifyReport& rep, const Row& r, qint64 prevSeq, const QString& prevHash, qint64 prevId,
               bool firstIsAnchor)
{
    auto broken = [&](Break kind, qint64 seq, const QString& message) {
        rep.intact = false;
        rep.kind = kind;
        rep.brokenSeq = seq;
        rep.brokenId = r.id;
        rep.message = message;
        return false;
    };
    const bool first = prevSeq == 0 && prevId == 0;
    if (!first && r.f.seq == prevSeq)
        return broken(Break::Duplicate, r.f.seq,
                      QStringLiteral("%1 carries the same seq as the entry with id %2: one of them was inserted")
                          .arg(entryName(r.f.seq, r.id))
                          .arg(prevId));
    if (!(first && firstIsAnchor) && r.f.seq > prevSeq + 1)
        return broken(Break::Deleted, prevSeq + 1,
                      QStringLiteral("entries seq %1 to %2 are missing before %3: they were deleted")
                          .arg(prevSeq + 1)
                          .arg(r.f.seq - 1)
                          .arg(entryName(r.f.seq, r.id)));
    if (!(first && firstIsAnchor) && r.f.prevHash != prevHash)
        return broken(Break::OutOfOrder, r.f.seq,
                      QStringLiteral("%1 does not follow the entry before it (its prev_hash %2 is not %3): an entry was "
                                     "inserted, entries were reordered, or the entry before it was rewritten")
                          .arg(entryName(r.f.seq, r.id), r.f.prevHash.left(16), prevHash.left(16)));
    if (entryHash(r.f) != r.hash)
        return broken(Break::Changed, r.f.seq,
                      QStringLiteral("%1 (%2 by %3, %4 %5) no longer matches its hash: its fields were changed")
                          .arg(entryName(r.f.seq, r.id), r.f.action, r.f.actor, r.f.entity, r.f.entityId));
    if (!first && r.id < prevId)
        return broken(Break::OutOfOrder, r.f.seq,
                      QStringLiteral("%1 has a smaller id than the entry before it (id %2): rows were reordered")
                          .arg(entryName(r.f.seq, r.id))
                          .arg(prevId));
    return true;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

std::string s8(const QString& s) { return s.toStdString(); }

} // namespace

QString breakName(Break b)
{
    switch (b) {
    case Break::None: return QStringLiteral("intact");
    case Break::Changed: return QStringLiteral("changed");
    case Break::Deleted: return QStringLiteral("deleted");
    case Break::OutOfOrder: return QStringLiteral("inserted-or-reordered");
    case Break::Duplicate: return QStringLiteral("duplicate");
    case Break::Unchained: return QStringLiteral("unchained");
    case Break::Truncated: return QStringLiteral("truncated");
    case Break::HeadMismatch: return QStringLiteral("head-mismatch");
    case Break::AnchorMismatch: return QStringLiteral("anchor-mismatch");
    }
    return {};
}

Result<Anchor> Anchor::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    Anchor a;
    if (colon > 0) {
        a.seq = text.left(colon).toLongLong(&ok);
        a.hash = text.mid(colon + 1).trimmed().toLower();
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || a.seq < 1 || !hex.match(a.hash).hasMatch())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is not an anchor (expected SEQ:HASH, a 64-digit hex SHA-256)").arg(text));
    return a;
}

Result<VerifyReport> verifyChain(Database& db, const std::optional<Anchor>& anchor)
{
    VerifyReport rep;
    auto legacy = chainLegacyRows(db);
    if (!legacy)
        return std::unexpected(legacy.error());
    rep.legacyChained = *legacy;
    auto head = readHead(db);
    if (!head) {
        if (head.error().code != ErrorCode::NotFound)
            return std::unexpected(head.error());
        rep.intact = false;
        rep.kind = Break::Truncated;
        rep.message = QStringLiteral("the audit chain head (table audit_chain, row 1) was deleted");
        return rep;
    }
    rep.head = *head;

    qint64 prevSeq = 0, prevId = 0;
    QString prevHash = genesisHash();
    bool anchorSeen = false;
    for (;;) {
        auto rows = page(db, prevSeq, prevId, std::numeric_limits<qint64>::max());
        if (!rows)
            return std::unexpected(rows.error());
        for (const Row& r : *rows) {
            if (!checkLink(rep, r, prevSeq, prevHash, prevId, false))
                return rep;
            if (anchor && r.f.seq == anchor->seq) {
                anchorSeen = true;
                if (r.hash != anchor->hash) {
                    rep.intact = false;
                    rep.kind = Break::AnchorMismatch;
                    rep.brokenSeq = r.f.seq;
                    rep.brokenId = r.id;
                    rep.message = QStringLiteral("%1 has hash %2, not %3 as the anchor kept by the auditor says: "
                                                 "the trail up to it was rewritten")
                                      .arg(entryName(r.f.seq, r.id), r.hash, anchor->hash);
                    return rep;
                }
            }
            prevSeq = r.f.seq;
            prevId = r.id;
            prevHash = r.hash;
            ++rep.entries;
            rep.last = {r.f.seq, r.hash};
        }
        if (rows->size() < size_t(kPage))
            break;
    }

    auto broken = [&](Break kind, qint64 seq, qint64 id, const QString& message) {
        rep.intact = false;
        rep.kind = kind;
        rep.brokenSeq = seq;
        rep.brokenId = id;
        rep.message = message;
        return rep;
    };
    if (rep.last.seq < rep.head.seq)
        return broken(Break::Truncated, rep.last.seq + 1, 0,
                      QStringLiteral("the chain head records %1 entries but the last entry is seq %2: entries seq %3 "
                                     "to %1 were deleted")
                          .arg(rep.head.seq)
                          .arg(rep.last.seq)
                          .arg(rep.last.seq + 1));
    if (rep.last.seq > rep.head.seq)
        return broken(Break::HeadMismatch, rep.head.seq + 1, 0,
                      QStringLiteral("entries seq %1 to %2 lie past the chain head (seq %3): they were added outside "
                                     "Relance")
                          .arg(rep.head.seq + 1)
                          .arg(rep.last.seq)
                          .arg(rep.head.seq));
    if (rep.last.hash != rep.head.hash && rep.head.seq > 0)
        return broken(Break::HeadMismatch, rep.head.seq, prevId,
                      QStringLiteral("the last entry (seq %1) has hash %2 but the chain head records %3: the end of the "
                                     "trail was rewritten")
                          .arg(rep.head.seq)
                          .arg(rep.last.hash, rep.head.hash));
    if (anchor && !anchorSeen)
        return broken(Break::AnchorMismatch, anchor->seq, 0,
                      QStringLiteral("the anchor kept by the auditor names entry seq %1, but the trail ends at seq %2: "
                                     "entries were deleted")
                          .arg(anchor->seq)
                          .arg(rep.last.seq));

    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action FROM audit_events WHERE seq IS NULL ORDER BY id")))
        return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading the audit trail")));
    if (q.next())
        return broken(Break::Unchained, 0, q.value(0).toLongLong(),
                      QStringLiteral("the row with id %1 (%2 by %3 at %4) is not part of the chain: it was inserted "
                                     "outside Relance")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(3).toString(), q.value(2).toString(), q.value(1).toString()));
    return rep;
}

Result<ExportSummary> exportAudit(Database& db, QDate from, QDate to, ExportFormat format, QIODevice& out)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the export period must be two dates, from <= to"));
    if (auto legacy = chainLegacyRows(db); !legacy)
        return std::unexpected(legacy.error());
    ExportSummary sum;
    auto head = readHead(db);
    if (!head)
        return std::unexpected(head.error());
    sum.head = *head;
    // The contiguous run of entries from the first to the last in the period, so the excerpt verifies on its own.
    auto range = db.prepare(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM audit_events WHERE seq IS NOT NULL AND "
                                           "at >= ? AND at < ?"),
                            QStringLiteral("finding the audit entries of the period"));
    if (!range)
        return std::unexpected(range.error());
    range->addBindValue(from.toString(Qt::ISODate));
    range->addBindValue(to.addDays(1).toString(Qt::ISODate));
    if (auto ok = db.run(*range, QStringLiteral("finding the audit entries of the period")); !ok)
        return std::unexpected(ok.error());
    qint64 minSeq = 0, maxSeq = -1;
    if (range->next() && !range->value(0).isNull()) {
        minSeq = range->value(0).toLongLong();
        maxSeq = range->value(1).toLongLong();
    }
    range->finish();

    if (format == ExportFormat::Csv)
        out.write("seq,id,at,actor,entity,entity_id,action,detail,prev_hash,hash\r\n");
    qint64 prevSeq = minSeq - 1, prevId = std::numeric_limits<qint64>::max();
    while (maxSeq >= minSeq) {
        auto rows = page(db, prevSeq, prevId, maxSeq);
        if (!rows)
            return std::unexpected(rows.error());
        for (const Row& r : *rows) {
            if (sum.entries == 0) {
                sum.firstSeq = r.f.seq;
                sum.anchorPrevHash = r.f.prevHash;
            }
            QByteArray line;
            if (format == ExportFormat::JsonLines) {
                nlohmann::json j{{"seq", r.f.seq},          {"id", r.id},
                                 {"at", s8(r.f.at)},        {"actor", s8(r.f.actor)},
                                 {"entity", s8(r.f.entity)}, {"entityId", s8(r.f.entityId)},
                                 {"action", s8(r.f.action)}, {"detail", s8(r.f.detail)},
                                 {"prevHash", s8(r.f.prevHash)}, {"hash", s8(r.hash)}};
                line = QByteArray::fromStdString(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
                line += '\n';
            } else {
                line = QStringList{QString::number(r.f.seq), QString::number(r.id), csvField(r.f.at),
                                   csvField(r.f.actor), csvField(r.f.entity), csvField(r.f.entityId),
                                   csvField(r.f.action), csvField(r.f.detail), r.f.prevHash, r.hash}
                           .join(QLatin1Char(','))
                           .toUtf8()
                    + "\r\n";
            }
            if (out.write(line) != line.size())
                return fail(ErrorCode::Io, QStringLiteral("writing the audit export: %1").arg(out.errorString()));
            ++sum.entries;
            sum.lastSeq = r.f.seq;
            sum.lastHash = r.hash;
            prevSeq = r.f.seq;
            prevId = r.id;
        }
        if (rows->size() < size_t(kPage))
            break;
    }
    return sum;
}

Result<VerifyReport> verifyExport(QIODevice& in)
{
    VerifyReport rep;
    qint64 prevSeq = 0, prevId = 0, lineNo = 0;
    QString prevHash;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const auto j = nlohmann::json::parse(line.toStdString(), nullptr, false);
        auto str = [&](const char* key) -> QString {
            return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
        };
        if (j.is_discarded() || !j.is_object() || !j.contains("seq") || !j["seq"].is_number_integer()
            || !j.contains("id") || !j["id"].is_number_integer() || !j.contains("hash") || !j.contains("prevHash")
            || !j.contains("detail"))
            return fail(ErrorCode::Parse, QStringLiteral("line %1 of the audit export is not an audit entry (a JSON "
                                                         "object with seq, id, at, actor, entity, entityId, action, "
                                                         "detail, prevHash, hash)")
                                              .arg(lineNo));
        Row r;
        r.id = j["id"].get<qint64>();
        r.hash = str("hash");
        r.f = {str("prevHash"), j["seq"].get<qint64>(), str("at"),     str("actor"),
               str("entity"),   str("entityId"),        str("action"), str("detail")};
        if (!checkLink(rep, r, prevSeq, prevHash, prevId, true))
            return rep;
        if (rep.entries == 0)
            rep.head.hash = r.f.prevHash; // the anchor the excerpt hangs from
        prevSeq = r.f.seq;
        prevId = r.id;
        prevHash = r.hash;
        ++rep.entries;
        rep.last = {r.f.seq, r.hash};
    }
    return rep;
}

} // namespace relance::audit
