#include "sync/SyncStore.h"

#include "net/Clock.h"

#include "storage/Store.h"
#include "workflow/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace relance::sync {

namespace {

sqlite3* sqliteHandle(Database& db);

struct StoredInvoice
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString issueDate;
    QString dueDate;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    QString currency;
    QString paidOn;
    bool disputed = false;
    QString source;
    QString lastModified;
};

const QString kSelectStored = QStringLiteral(
    "SELECT number, id, client_id, issue_date, due_date, amount_minor, open_minor, currency, paid_on, disputed, source, "
    "last_modified FROM invoices");

void readStored(QSqlQuery& q, QHash<QString, StoredInvoice>& out)
{
    while (q.next()) {
        StoredInvoice s;
        s.id = q.value(1).toLongLong();
        s.clientId = q.value(2).toLongLong();
        s.issueDate = q.value(3).toString();
        s.dueDate = q.value(4).toString();
        s.amountMinor = q.value(5).toLongLong();
        s.openMinor = q.value(6).toLongLong();
        s.currency = q.value(7).toString();
        s.paidOn = q.value(8).toString();
        s.disputed = q.value(9).toInt() != 0;
        s.source = q.value(10).toString();
        s.lastModified = q.value(11).toString();
        out.insert(q.value(0).toString(), s);
    }
}

Result<QHash<QString, StoredInvoice>> loadStored(Database& db, const QStringList* numbers)
{
    QHash<QString, StoredInvoice> out;
    if (!numbers) {
        if (sqlite3* h = sqliteHandle(db)) {
            // All 100,000 rows of a daily full sync: the C API, not a QVariant per column.
            sqlite3_stmt* st = nullptr;
            const QByteArray sql = kSelectStored.toUtf8();
            if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
                return fail(ErrorCode::Database, QStringLiteral("reading stored invoices (%1): %2")
                                                     .arg(db.url().redacted(), QString::fromUtf8(sqlite3_errmsg(h))));
            const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
            const auto text = [st](int i) {
                return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                         sqlite3_column_bytes(st, i));
            };
            out.reserve(1024);
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                StoredInvoice v;
                v.id = sqlite3_column_int64(st, 1);
                v.clientId = sqlite3_column_int64(st, 2);
                v.issueDate = text(3);
                v.dueDate = text(4);
                v.amountMinor = sqlite3_column_int64(st, 5);
                v.openMinor = sqlite3_column_int64(st, 6);
                v.currency = text(7);
                v.paidOn = text(8);
                v.disputed = sqlite3_column_int(st, 9) != 0;
                v.source = text(10);
                v.lastModified = text(11);
                out.insert(text(0), v);
            }
            if (rc != SQLITE_DONE)
                return fail(ErrorCode::Database, QStringLiteral("reading stored invoices (%1): %2")
                                                     .arg(db.url().redacted(), QString::fromUtf8(sqlite3_errmsg(h))));
            return out;
        }
        QSqlQuery q = db.query();
        q.setForwardOnly(true);
        if (!q.exec(kSelectStored))
            return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading stored invoices")));
        readStored(q, out);
        return out;
    }
    constexpr int kChunk = 500;
    for (qsizetype i = 0; i < numbers->size(); i += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, numbers->size() - i);
        QStringList marks(n, QStringLiteral("?"));
        auto q = db.prepare(kSelectStored + QStringLiteral(" WHERE number IN (") + marks.join(u',') + u')',
                            QStringLiteral("reading stored invoices"));
        if (!q)
            return std::unexpected(q.error());
        q->setForwardOnly(true);
        for (qsizetype k = 0; k < n; ++k)
            q->addBindValue(numbers->at(i + k));
        if (auto ok = db.run(*q, QStringLiteral("reading stored invoices")); !ok)
            return std::unexpected(ok.error());
        readStored(*q, out);
    }
    return out;
}

QString nowText(const Database& db) { return db.clock().nowUtc().toString(Qt::ISODateWithMs); }

} // namespace

namespace {

// "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM:SS.mmmZ", exactly as dateValue()/timeValue() write them, without QString.
void put(char*& p, int v, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    p += width;
}

QByteArray isoDate(QDate d)
{
    if (d.year() < 1 || d.year() > 9999)
        return d.toString(Qt::ISODate).toUtf8();
    QByteArray out(10, Qt::Uninitialized);
    char* p = out.data();
    put(p, d.year(), 4);
    *p++ = '-';
    put(p, d.month(), 2);
    *p++ = '-';
    put(p, d.day(), 2);
    return out;
}

QByteArray isoUtc(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    if (d.year() < 1 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs).toUtf8();
    QByteArray out = isoDate(d);
    out.resize(24);
    char* p = out.data() + 10;
    const QTime tm = u.time();
    *p++ = 'T';
    put(p, tm.hour(), 2);
    *p++ = ':';
    put(p, tm.minute(), 2);
    *p++ = ':';
    put(p, tm.second(), 2);
    *p++ = '.';
    put(p, tm.msec(), 3);
    *p = 'Z';
    return out;
}

// SQLite: the C API on the connection's own handle (same transaction). QSqlQuery spends most of its time per bound
// value (it formats a placeholder name for each); sqlite3_bind_* does not.
Result<void> bulkUpsertSqlite(Database& db, sqlite3* h, const QList<Invoice>& invoices)
{
    static const char* const sql =
        "INSERT INTO invoices (number, client_id, issue_date, due_date, amount_minor, open_minor, currency, paid_on, "
        "disputed, source, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (number) DO UPDATE SET client_id = excluded.client_id, issue_date = excluded.issue_date, "
        "due_date = excluded.due_date, amount_minor = excluded.amount_minor, open_minor = excluded.open_minor, "
        "currency = excluded.currency, paid_on = excluded.paid_on, disputed = excluded.disputed, "
        "source = excluded.source, last_modified = excluded.last_modified";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database, QStringLiteral("saving invoices (%1): %2")
                                             .arg(db.url().redacted(), QString::fromUtf8(sqlite3_errmsg(h))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    const QByteArray now = nowText(db).toUtf8();
    const auto text = [st](int i, const QByteArray& b) {
        sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    };
    for (const Invoice& inv : invoices) {
        text(1, inv.number.toUtf8());
        sqlite3_bind_int64(st, 2, inv.clientId);
        text(3, isoDate(inv.issueDate));
        text(4, isoDate(inv.dueDate));
        sqlite3_bind_int64(st, 5, inv.amountMinor);
        sqlite3_bind_int64(st, 6, inv.openMinor);
        text(7, inv.currency.toUtf8());
        if (inv.paidOn.isValid())
            text(8, isoDate(inv.paidOn));
        else
            sqlite3_bind_null(st, 8);
        sqlite3_bind_int(st, 9, inv.disputed ? 1 : 0);
        text(10, inv.source.toUtf8());
        text(11, inv.lastModified.isValid() ? isoUtc(inv.lastModified) : now);
        const int rc = sqlite3_step(st);
        if (rc != SQLITE_DONE)
            return fail(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorCode::DatabaseLocked : ErrorCode::Database,
                        QStringLiteral("saving invoice %1 (%2): %3")
                            .arg(inv.number, db.url().redacted(), QString::fromUtf8(sqlite3_errmsg(h))));
        sqlite3_reset(st);
    }
    return {};
}

sqlite3* sqliteHandle(Database& db)
{
    if (db.dialect() != Dialect::SQLite || !db.connection().driver())
        return nullptr;
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

Result<void> bulkUpsertInvoices(Database& db, const QList<Invoice>& invoices)
{
    if (sqlite3* h = sqliteHandle(db))
        return bulkUpsertSqlite(db, h, invoices);

    static const QString head = QStringLiteral(
        "INSERT INTO invoices (number, client_id, issue_date, due_date, amount_minor, open_minor, currency, paid_on, "
        "disputed, source, last_modified) VALUES ");
    static const QString tail = QStringLiteral(
        " ON CONFLICT (number) DO UPDATE SET client_id = excluded.client_id, issue_date = excluded.issue_date, "
        "due_date = excluded.due_date, amount_minor = excluded.amount_minor, open_minor = excluded.open_minor, "
        "currency = excluded.currency, paid_on = excluded.paid_on, disputed = excluded.disputed, "
        "source = excluded.source, last_modified = excluded.last_modified");
    constexpr int kChunk = 256; // 11 parameters a row: far below SQLite's and PostgreSQL's limits
    const QString now = nowText(db);
    std::optional<QSqlQuery> full;
    for (qsizetype i = 0; i < invoices.size(); i += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, invoices.size() - i);
        QSqlQuery* q = nullptr;
        std::optional<QSqlQuery> partial;
        const auto build = [&](qsizetype rows) -> Result<QSqlQuery> {
            QString sql = head;
            sql.reserve(head.size() + rows * 26 + tail.size());
            for (qsizetype r = 0; r < rows; ++r)
                sql += r ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)");
            return db.prepare(sql + tail, QStringLiteral("saving invoices"));
        };
        if (n == kChunk) {
            if (!full) {
                auto p = build(kChunk);
                if (!p)
                    return std::unexpected(p.error());
                full = std::move(*p);
            }
            q = &*full;
        } else {
            auto p = build(n);
            if (!p)
                return std::unexpected(p.error());
            partial = std::move(*p);
            q = &*partial;
        }
        int pos = 0;
        for (qsizetype k = 0; k < n; ++k) {
            const Invoice& inv = invoices[i + k];
            q->bindValue(pos++, inv.number);
            q->bindValue(pos++, inv.clientId);
            q->bindValue(pos++, dateValue(inv.issueDate));
            q->bindValue(pos++, dateValue(inv.dueDate));
            q->bindValue(pos++, inv.amountMinor);
            q->bindValue(pos++, inv.openMinor);
            q->bindValue(pos++, inv.currency);
            q->bindValue(pos++, dateValue(inv.paidOn));
            q->bindValue(pos++, inv.disputed ? 1 : 0);
            q->bindValue(pos++, inv.source);
            q->bindValue(pos++, inv.lastModified.isValid() ? timeValue(inv.lastModified) : QVariant(now));
        }
        if (auto ok = db.run(*q, QStringLiteral("saving invoices %1 to %2").arg(invoices[i].number, invoices[i + n - 1].number));
            !ok)
            return ok;
        q->finish();
    }
    return {};
}

Result<qint64> markPaid(Database& db, const QList<qint64>& invoiceIds, QDate paidOn)
{
    if (invoiceIds.isEmpty())
        return qint64(0);
    auto upd = db.prepare(QStringLiteral("UPDATE invoices SET open_minor = 0, paid_on = ?, last_modified = ? WHERE id = ?"),
                          QStringLiteral("marking invoices paid"));
    if (!upd)
        return std::unexpected(upd.error());
    const QString now = nowText(db);
    for (qint64 id : invoiceIds) {
        upd->bindValue(0, dateValue(paidOn));
        upd->bindValue(1, now);
        upd->bindValue(2, id);
        if (auto ok = db.run(*upd, QStringLiteral("marking invoice %1 paid").arg(id)); !ok)
            return std::unexpected(ok.error());
    }
    return cancelRemindersOfPaid(db, invoiceIds, paidOn);
}

Result<qint64> cancelRemindersOfPaid(Database& db, const QList<qint64>& invoiceIds, QDate paidOn)
{
    if (invoiceIds.isEmpty())
        return qint64(0);
    // Pending reminders naming any of these invoices: drafted, needs-review, approved, snoozed. Not "sending": the
    // sender re-checks those against the open amounts itself.
    struct Pending
    {
        qint64 id;
        QString state;
        QStringList invoices;
    };
    QMap<qint64, Pending> pending;
    constexpr int kChunk = 500;
    for (qsizetype i = 0; i < invoiceIds.size(); i += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, invoiceIds.size() - i);
        QStringList marks(n, QStringLiteral("?"));
        auto q = db.prepare(QStringLiteral("SELECT r.id, r.state, i.number FROM reminders r "
                                           "JOIN reminder_invoices ri ON ri.reminder_id = r.id "
                                           "JOIN invoices i ON i.id = ri.invoice_id "
                                           "WHERE r.state IN ('drafted','needs-review','approved','snoozed') "
                                           "AND ri.invoice_id IN (") +
                                marks.join(u',') + u')',
                            QStringLiteral("finding reminders of paid invoices"));
        if (!q)
            return std::unexpected(q.error());
        q->setForwardOnly(true);
        for (qsizetype k = 0; k < n; ++k)
            q->addBindValue(invoiceIds[i + k]);
        if (auto ok = db.run(*q, QStringLiteral("finding reminders of paid invoices")); !ok)
            return std::unexpected(ok.error());
        while (q->next()) {
            Pending& p = pending[q->value(0).toLongLong()];
            p.id = q->value(0).toLongLong();
            p.state = q->value(1).toString();
            p.invoices << q->value(2).toString();
        }
    }
    Store store(db);
    qint64 cancelled = 0;
    for (const Pending& p : pending) {
        const auto from = reminderStateFromName(p.state);
        if (!from)
            continue;
        QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("paid")},
                           {QStringLiteral("invoices"), QJsonArray::fromStringList(p.invoices)},
                           {QStringLiteral("paidOn"), paidOn.toString(Qt::ISODate)}};
        auto ok = lifecycle::transition(store, p.id, *from, ReminderState::Cancelled, QStringLiteral("paid"),
                                        {.actor = QStringLiteral("system"),
                                         .detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        // Conflict: it moved on since it was read (another workstation took it); nothing to cancel.
        if (!ok && ok.error().code == ErrorCode::Conflict)
            continue;
        if (!ok)
            return std::unexpected(ok.error());
        ++cancelled;
    }
    return cancelled;
}

Result<ApplyReport> applyAccounting(Database& db, AccountingSnapshot& snap, QDate syncDate,
                                    const QList<SyncValue>& syncValues)
{
    ApplyReport report;
    if (db.dialect() == Dialect::SQLite && snap.invoices.size() > 5000) {
        // SQLite's default page cache (2 MB) is far smaller than 100,000 invoices and their four indexes: the big
        // write would spill and re-read pages. 32 MB for this connection, used only as needed.
        (void)db.exec(QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("enlarging the page cache"));
    }
    auto ok = db.transaction([&]() -> Result<void> {
        Store store(db);
        // Clients: merge what the accounting system sends into what is stored; keep everything it does not send
        // (do-not-chase, accountant, CRM id, reminder contacts chosen by hand).
        // A small delta reads only its own clients; a full read loads them all at once.
        QHash<QString, qint64> clientIds;
        QHash<QString, Client> byNumber;
        if (snap.clients.size() <= 200) {
            for (const StagedClient& s : std::as_const(snap.clients)) {
                auto c = store.clientByNumber(s.number);
                if (!c)
                    return std::unexpected(c.error());
                if (*c) {
                    clientIds.insert(s.number, (*c)->id);
                    byNumber.insert(s.number, **c);
                }
            }
        } else {
            auto stored = store.clients();
            if (!stored)
                return std::unexpected(stored.error());
            for (const Client& c : *stored) {
                clientIds.insert(c.number, c.id);
                byNumber.insert(c.number, c);
            }
        }
        QList<Client> toSave;
        for (const StagedClient& s : std::as_const(snap.clients)) {
            const bool isNew = !byNumber.contains(s.number);
            Client c = isNew ? Client{} : byNumber.value(s.number);
            const Client before = c;
            c.number = s.number;
            if (isNew)
                c.name = s.number;
            if (s.name)
                c.name = *s.name;
            if (s.email) {
                c.invoiceEmail = *s.email;
                if (c.reminderEmails.isEmpty())
                    c.reminderEmails = {*s.email};
            }
            if (s.language)
                c.language = *s.language;
            if (s.mandateType)
                c.mandateType = *s.mandateType;
            const bool changed = c.name != before.name || c.invoiceEmail != before.invoiceEmail ||
                                 c.reminderEmails != before.reminderEmails || c.language != before.language ||
                                 c.mandateType != before.mandateType;
            if (isNew || changed) {
                toSave.push_back(c);
                ++(isNew ? report.clientsCreated : report.clientsUpdated);
            }
        }
        if (!toSave.isEmpty()) {
            if (auto r = store.upsertClients(toSave); !r)
                return r;
            for (const Client& c : toSave)
                clientIds.insert(c.number, c.id);
        }

        // Invoices: only new or changed rows are written.
        QStringList numbers;
        if (!snap.complete) {
            numbers.reserve(snap.invoices.size() + snap.removed.size());
            for (const Invoice& i : snap.invoices)
                numbers << i.number;
            numbers << snap.removed;
        }
        auto existing = loadStored(db, snap.complete ? nullptr : &numbers);
        if (!existing)
            return std::unexpected(existing.error());
        QList<Invoice> toWrite;
        QList<qint64> newlyPaid;
        QSet<QString> present;
        present.reserve(snap.invoices.size());
        for (Invoice& inv : snap.invoices) {
            present.insert(inv.number);
            inv.clientId = clientIds.value(inv.clientNumber);
            if (!inv.clientId)
                return fail(ErrorCode::Internal, QStringLiteral("invoice %1: client %2 was not saved").arg(inv.number, inv.clientNumber));
            const auto it = existing->constFind(inv.number);
            if (it == existing->cend()) {
                if (inv.openMinor == 0)
                    inv.paidOn = syncDate;
                toWrite.push_back(inv);
                ++report.created;
                continue;
            }
            const StoredInvoice& s = *it;
            inv.disputed = s.disputed; // a dispute is set by people, not by the accounting system
            if (inv.openMinor == 0)
                inv.paidOn = s.openMinor == 0 && !s.paidOn.isEmpty() ? QDate::fromString(s.paidOn, Qt::ISODate) : syncDate;
            if (!inv.lastModified.isValid())
                inv.lastModified = timeFrom(s.lastModified);
            const bool same = s.clientId == inv.clientId && s.amountMinor == inv.amountMinor &&
                              s.openMinor == inv.openMinor && s.currency == inv.currency && s.source == inv.source &&
                              s.issueDate == QLatin1StringView(isoDate(inv.issueDate)) &&
                              s.dueDate == QLatin1StringView(isoDate(inv.dueDate)) &&
                              (inv.paidOn.isValid() ? s.paidOn == QLatin1StringView(isoDate(inv.paidOn)) : s.paidOn.isEmpty()) &&
                              (inv.lastModified.isValid() ? s.lastModified == QLatin1StringView(isoUtc(inv.lastModified))
                                                          : s.lastModified.isEmpty());
            if (same) {
                ++report.unchanged;
                continue;
            }
            if (inv.openMinor == 0 && s.openMinor != 0)
                newlyPaid.push_back(s.id);
            toWrite.push_back(inv);
            ++report.changed;
        }
        if (auto r = bulkUpsertInvoices(db, toWrite); !r)
            return r;

        // Invoices that left the open-items set are paid (or written off: either way nothing to chase).
        QList<qint64> left;
        if (snap.complete) {
            for (auto it = existing->cbegin(); it != existing->cend(); ++it)
                if (it->openMinor != 0 && !present.contains(it.key()))
                    left.push_back(it->id);
        } else {
            for (const QString& n : std::as_const(snap.removed)) {
                const auto it = existing->constFind(n);
                if (it != existing->cend() && it->openMinor != 0)
                    left.push_back(it->id);
            }
        }
        auto cancelledLeft = markPaid(db, left, syncDate);
        if (!cancelledLeft)
            return std::unexpected(cancelledLeft.error());
        // Paid through the open amount reaching zero: the rows are written already; cancel their reminders.
        auto cancelledZero = cancelRemindersOfPaid(db, newlyPaid, syncDate);
        if (!cancelledZero)
            return std::unexpected(cancelledZero.error());
        report.paid = left.size() + newlyPaid.size();
        report.remindersCancelled = *cancelledLeft + *cancelledZero;

        for (const SyncValue& v : syncValues) {
            if (auto r = store.setSyncValue(v.name, v.value); !r)
                return r;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace relance::sync
