// The audit trail's hash chain on SQLite and PostgreSQL: an intact chain verifies, every kind of tampering is caught
// and named (changed, deleted, inserted, reordered, truncated), an upgraded database verifies, two workstations
// appending at once do not fork the chain, and an export re-verifies without the database.
#include "AuditTests.h"

#include "audit/AuditChain.h"
#include "storage/Migrations.h"

#include <QBuffer>
#include <QMutex>
#include <QThread>
#include <atomic>
#include <nlohmann/json.hpp>

using namespace relance;
using namespace relance::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(relance::audit::Break)

namespace {

constexpr int kEntries = 10;

qint64 idOf(Database& db, qint64 seq)
{
    return scalarOf(db, QStringLiteral("SELECT id FROM audit_events WHERE seq = %1").arg(seq));
}

QString insertRow(Database& db, const audit::EntryFields& f, const QString& hash, bool withSeq = true)
{
    auto q = db.prepare(QStringLiteral("INSERT INTO audit_events (at, actor, entity, entity_id, action, detail, seq, "
                                       "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"),
                        QStringLiteral("forging"));
    if (!q)
        return q.error().toString();
    for (const QVariant& v : {QVariant(f.at), QVariant(f.actor), QVariant(f.entity), QVariant(f.entityId),
                              QVariant(f.action), QVariant(f.detail),
                              withSeq ? QVariant(f.seq) : QVariant(QMetaType(QMetaType::LongLong)),
                              withSeq ? QVariant(f.prevHash) : QVariant(QMetaType(QMetaType::QString)),
                              withSeq ? QVariant(hash) : QVariant(QMetaType(QMetaType::QString))})
        q->addBindValue(v);
    if (!q->exec())
        return q->lastError().text();
    return {};
}

// Moves every entry from seq `from` on by `by` (negative detour, so the unique index never sees two at once).
QString shiftSeq(Database& db, qint64 from, qint64 by)
{
    if (QString e = attack(db, QStringLiteral("UPDATE audit_events SET seq = -(seq + %1) WHERE seq >= %2").arg(by).arg(from));
        !e.isEmpty())
        return e;
    return attack(db, QStringLiteral("UPDATE audit_events SET seq = -seq WHERE seq < 0"));
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactChainVerifies_data() { addBackendRows(); }
    void intactChainVerifies()
    {
        OPEN_URL(url, "relance_test_audit_intact");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        // An empty trail is intact.
        auto empty = audit::verifyChain(**db);
        VERIFY_OK(empty);
        QVERIFY(empty->intact);
        QCOMPARE(empty->entries, 0);

        VERIFY_OK(appendLife(**db, kEntries));
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QCOMPARE(rep->entries, kEntries);
        QCOMPARE(rep->head.seq, kEntries);
        QCOMPARE(rep->head.hash, rep->last.hash);
        QCOMPARE(rep->head.hash.size(), 64);

        // Stored canonically: sorted keys, no whitespace, UTF-8 kept; entry 1 hangs from the genesis hash.
        QString hash;
        const audit::EntryFields first = storedFields(**db, 1, &hash);
        QCOMPARE(first.prevHash, audit::genesisHash());
        QCOMPARE(first.detail, QStringLiteral(R"({"a":[1,2],"model":"gpt-4o","note":"Rückfrage für Müller & Cie","version":0})"));
        QCOMPARE(audit::entryHash(first), hash);
        // The documented serialisation, byte for byte.
        QVERIFY(audit::canonicalBytes(first).startsWith(
            "relance-audit-v1\n64:0000000000000000000000000000000000000000000000000000000000000000\n1:1\n24:"));
        QCOMPARE(storedFields(**db, 2).prevHash, hash);

        // Store::auditEvents still reads the trail in order.
        Store store(**db);
        auto events = store.auditEvents(QStringLiteral("reminder"), QStringLiteral("100"));
        VERIFY_OK(events);
        QCOMPARE(events->size(), 5);

        // An anchor the auditor kept verifies; a wrong one is refused.
        auto anchored = audit::verifyChain(**db, audit::Anchor{kEntries, rep->head.hash});
        VERIFY_OK(anchored);
        QVERIFY(anchored->intact);
        QVERIFY(!audit::Anchor::parse(QStringLiteral("3:nothex")).has_value());
        QCOMPARE(audit::Anchor::parse(QStringLiteral("3:") + hash)->seq, 3);
    }

    void appendOutsideATransaction_data() { addBackendRows(); }
    void appendOutsideATransaction()
    {
        OPEN_URL(url, "relance_test_audit_autocommit");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        // The settings dialog appends without a transaction of its own: the entry is chained all the same.
        // The first without an entity id (a null QString): stored as empty text, not NULL.
        for (int i = 0; i < 3; ++i)
            VERIFY_OK(store.appendAudit({0, {}, QStringLiteral("admin"), QStringLiteral("settings"),
                                         i ? QStringLiteral("relance.ini") : QString(),
                                         QStringLiteral("setting-changed"), {}}));
        VERIFY_OK((*db)->transaction([&] { return store.appendAudit({0, {}, QStringLiteral("system"),
                                                                     QStringLiteral("reminder"), QStringLiteral("1"),
                                                                     QStringLiteral("created"), {}}); }));
        // A failed transaction leaves no entry and no moved head behind.
        auto failed = (*db)->transaction([&]() -> Result<void> {
            if (auto ok = store.appendAudit({0, {}, QStringLiteral("system"), QStringLiteral("reminder"),
                                             QStringLiteral("1"), QStringLiteral("edited"), {}});
                !ok)
                return ok;
            return fail(ErrorCode::Conflict, QStringLiteral("someone else changed the reminder"));
        });
        QVERIFY(!failed);
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QCOMPARE(rep->entries, 4);
        QCOMPARE(scalarOf(**db, QStringLiteral("SELECT count(*) FROM audit_events")), 4);
    }

    void appendOnlyTriggers_data() { addBackendRows(); }
    void appendOnlyTriggers()
    {
        OPEN_URL(url, "relance_test_audit_triggers");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        VERIFY_OK(appendLife(**db, 3));
        QVERIFY(!attack(**db, QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 2")).isEmpty());
        QVERIFY(!attack(**db, QStringLiteral("DELETE FROM audit_events WHERE seq = 3")).isEmpty());
        QVERIFY(!attack(**db, QStringLiteral("UPDATE audit_chain SET seq = 2")).isEmpty());
        QVERIFY(!attack(**db, QStringLiteral("DELETE FROM audit_chain")).isEmpty());
        if ((*db)->dialect() == Dialect::PostgreSQL)
            QVERIFY(!attack(**db, QStringLiteral("TRUNCATE audit_events")).isEmpty());
        QCOMPARE(scalarOf(**db, QStringLiteral("SELECT count(*) FROM audit_events")), 3);
        QCOMPARE(scalarOf(**db, QStringLiteral("SELECT actor = 'x' FROM audit_events WHERE seq = 2")), 0);
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY(rep->intact);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<audit::Break>("kind");
        QTest::addColumn<qint64>("brokenSeq");
        const QList<std::tuple<const char*, audit::Break, qint64>> cases{
            {"changed-detail", audit::Break::Changed, 5},
            {"changed-actor", audit::Break::Changed, 5},
            {"changed-timestamp", audit::Break::Changed, 5},
            {"changed-and-rehashed", audit::Break::OutOfOrder, 6},
            {"deleted-middle", audit::Break::Deleted, 5},
            {"deleted-first", audit::Break::Deleted, 1},
            {"deleted-last", audit::Break::Truncated, kEntries},
            {"deleted-head", audit::Break::Truncated, 0},
            {"inserted-unchained", audit::Break::Unchained, 0},
            {"inserted-forged-middle", audit::Break::OutOfOrder, 6},
            {"inserted-duplicate-seq", audit::Break::Duplicate, 5},
            {"inserted-forged-tail", audit::Break::HeadMismatch, kEntries + 1},
            {"swapped-rows", audit::Break::OutOfOrder, 5},
            {"swapped-contents", audit::Break::Changed, 5},
            {"swapped-ids", audit::Break::OutOfOrder, 6},
        };
        for (const char* backend : {"sqlite", "postgresql"})
            for (const auto& [name, kind, seq] : cases)
                QTest::addRow("%s/%s", backend, name)
                    << QString::fromLatin1(backend) << QString::fromLatin1(name) << kind << seq;
    }
    void tampering()
    {
        QFETCH(QString, tamper);
        QFETCH(audit::Break, kind);
        QFETCH(qint64, brokenSeq);
        OPEN_URL(url, "relance_test_audit_tamper");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        VERIFY_OK(appendLife(**db, kEntries));
        Database& d = **db;
        QCOMPARE(dropTriggers(d), QString());
        const qint64 id5 = idOf(d, 5), id6 = idOf(d, 6);

        if (tamper == u"changed-detail") {
            QCOMPARE(attack(d, QStringLiteral(R"(UPDATE audit_events SET detail = '{"a":[1,2],"model":"gpt-4o-mini"}' WHERE seq = 5)")), QString());
        } else if (tamper == u"changed-actor") {
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET actor = 'p.keller' WHERE seq = 5")), QString());
        } else if (tamper == u"changed-timestamp") {
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET at = '2026-01-01T09:00:00.000Z' WHERE seq = 5")), QString());
        } else if (tamper == u"changed-and-rehashed") {
            audit::EntryFields f = storedFields(d, 5);
            f.actor = QStringLiteral("p.keller");
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET actor = 'p.keller', hash = '%1' WHERE seq = 5")
                                   .arg(audit::entryHash(f))),
                     QString());
        } else if (tamper == u"deleted-middle") {
            QCOMPARE(attack(d, QStringLiteral("DELETE FROM audit_events WHERE seq = 5")), QString());
        } else if (tamper == u"deleted-first") {
            QCOMPARE(attack(d, QStringLiteral("DELETE FROM audit_events WHERE seq = 1")), QString());
        } else if (tamper == u"deleted-last") {
            QCOMPARE(attack(d, QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(kEntries)), QString());
        } else if (tamper == u"deleted-head") {
            QCOMPARE(attack(d, QStringLiteral("DELETE FROM audit_chain")), QString());
        } else if (tamper == u"inserted-unchained") {
            audit::EntryFields f = storedFields(d, 5);
            f.action = QStringLiteral("state:needs-review->approved");
            QCOMPARE(insertRow(d, f, {}, false), QString());
        } else if (tamper == u"inserted-forged-middle") {
            // A careful forger: makes room at seq 5 and writes a correctly hashed entry that hangs from entry 4.
            QString hash4;
            storedFields(d, 4, &hash4);
            QCOMPARE(shiftSeq(d, 5, 1), QString());
            audit::EntryFields f{hash4, 5, QStringLiteral("2026-03-03T10:00:00.000Z"), QStringLiteral("m.rochat"),
                                 QStringLiteral("reminder"), QStringLiteral("101"), QStringLiteral("state:needs-review->approved"),
                                 QStringLiteral("{}")};
            QCOMPARE(insertRow(d, f, audit::entryHash(f)), QString());
        } else if (tamper == u"inserted-duplicate-seq") {
            QCOMPARE(attack(d, QStringLiteral("DROP INDEX audit_events_seq")), QString());
            QString hash4;
            storedFields(d, 4, &hash4);
            audit::EntryFields f{hash4, 5, QStringLiteral("2026-03-03T10:00:00.000Z"), QStringLiteral("m.rochat"),
                                 QStringLiteral("reminder"), QStringLiteral("101"), QStringLiteral("override"),
                                 QStringLiteral("{}")};
            QCOMPARE(insertRow(d, f, audit::entryHash(f)), QString());
        } else if (tamper == u"inserted-forged-tail") {
            // Correctly chained to the last entry, but the head was not moved: only Relance moves it.
            QString last;
            storedFields(d, kEntries, &last);
            audit::EntryFields f{last, kEntries + 1, QStringLiteral("2026-03-03T10:00:00.000Z"), QStringLiteral("m.rochat"),
                                 QStringLiteral("reminder"), QStringLiteral("101"), QStringLiteral("sent"),
                                 QStringLiteral("{}")};
            QCOMPARE(insertRow(d, f, audit::entryHash(f)), QString());
        } else if (tamper == u"swapped-rows") {
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = 5")), QString());
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET seq = 5 WHERE seq = 6")), QString());
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET seq = 6 WHERE seq = -1")), QString());
        } else if (tamper == u"swapped-contents") {
            const audit::EntryFields a = storedFields(d, 5), b = storedFields(d, 6);
            auto put = [&](qint64 seq, const audit::EntryFields& f) {
                auto q = d.prepare(QStringLiteral("UPDATE audit_events SET at = ?, actor = ?, action = ?, detail = ? "
                                                  "WHERE seq = ?"),
                                   QStringLiteral("swapping"));
                q->addBindValue(f.at);
                q->addBindValue(f.actor);
                q->addBindValue(f.action);
                q->addBindValue(f.detail);
                q->addBindValue(seq);
                return q->exec();
            };
            QVERIFY(put(5, b));
            QVERIFY(put(6, a));
        } else if (tamper == u"swapped-ids") {
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET id = -1 WHERE seq = 5")), QString());
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET id = %1 WHERE seq = 6").arg(id5)), QString());
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET id = %1 WHERE seq = 5").arg(id6)), QString());
        } else {
            QFAIL("unknown tampering");
        }
        const qint64 rowsBefore = scalarOf(d, QStringLiteral("SELECT count(*) FROM audit_events"));

        auto rep = audit::verifyChain(d);
        VERIFY_OK(rep);
        QVERIFY2(!rep->intact, qPrintable(tamper));
        QCOMPARE(audit::breakName(rep->kind), audit::breakName(kind));
        QCOMPARE(rep->brokenSeq, brokenSeq);
        QVERIFY(!rep->message.isEmpty());
        if (brokenSeq > 0)
            QVERIFY2(rep->message.contains(QStringLiteral("seq %1").arg(brokenSeq)), qPrintable(rep->message));
        if (tamper == u"deleted-middle")
            QCOMPARE(rep->brokenId, id6); // the row found after the gap
        if (tamper.startsWith(u"changed-") && tamper != u"changed-and-rehashed")
            QCOMPARE(rep->brokenId, id5);

        // Verifying loses nothing and changes nothing: the evidence stays for the next look.
        QCOMPARE(scalarOf(d, QStringLiteral("SELECT count(*) FROM audit_events")), rowsBefore);
        auto again = audit::verifyChain(d);
        VERIFY_OK(again);
        QCOMPARE(again->kind, rep->kind);
        QCOMPARE(again->brokenSeq, rep->brokenSeq);

        // Work goes on after a break: new entries are appended, the break stays visible. Tamperings that leave no
        // place for the next entry (a missing head; forged entries past the head) refuse new entries, with the reason.
        Store store(d);
        auto appended = d.transaction([&] {
            return store.appendAudit({0, {}, QStringLiteral("system"), QStringLiteral("reminder"), QStringLiteral("1"),
                                      QStringLiteral("created"), {}});
        });
        if (tamper == u"deleted-head" || tamper == u"inserted-forged-tail" || tamper == u"inserted-forged-middle") {
            QVERIFY(!appended);
            QVERIFY2(appended.error().detail.contains(tamper == u"deleted-head" ? u"chain head"_s : u"tampered with"_s),
                     qPrintable(appended.error().detail));
            QCOMPARE(scalarOf(d, QStringLiteral("SELECT count(*) FROM audit_events")), rowsBefore);
        } else {
            VERIFY_OK(appended);
        }
        auto after = audit::verifyChain(d);
        VERIFY_OK(after);
        QVERIFY(!after->intact);
    }

    // The attacker who deletes the last entry and rewinds the head too goes unnoticed by the database alone;
    // the head the auditor kept (printed by verify and export) catches it.
    void tailTruncationNeedsTheKeptHead_data() { addBackendRows(); }
    void tailTruncationNeedsTheKeptHead()
    {
        OPEN_URL(url, "relance_test_audit_tail");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Database& d = **db;
        VERIFY_OK(appendLife(d, kEntries));
        auto before = audit::verifyChain(d);
        VERIFY_OK(before);
        const audit::Anchor kept{before->head.seq, before->head.hash};
        QCOMPARE(dropTriggers(d), QString());
        QString hash9;
        storedFields(d, kEntries - 1, &hash9);
        QCOMPARE(attack(d, QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(kEntries)), QString());
        QCOMPARE(attack(d, QStringLiteral("UPDATE audit_chain SET seq = %1, hash = '%2'").arg(kEntries - 1).arg(hash9)),
                 QString());
        auto blind = audit::verifyChain(d);
        VERIFY_OK(blind);
        QVERIFY(blind->intact); // the documented limit of a chain without a secret
        auto anchored = audit::verifyChain(d, kept);
        VERIFY_OK(anchored);
        QVERIFY(!anchored->intact);
        QCOMPARE(anchored->kind, audit::Break::AnchorMismatch);
        QCOMPARE(anchored->brokenSeq, kEntries);

        // A rewritten history (everything re-hashed after a change) is caught by an older anchor too.
        QString hash3;
        storedFields(d, 3, &hash3);
        const audit::Anchor kept3{3, hash3};
        QString prev;
        storedFields(d, 2, &prev);
        for (qint64 seq = 3; seq < kEntries; ++seq) {
            audit::EntryFields f = storedFields(d, seq);
            f.prevHash = prev;
            if (seq == 3)
                f.actor = QStringLiteral("p.keller");
            prev = audit::entryHash(f);
            QCOMPARE(attack(d, QStringLiteral("UPDATE audit_events SET actor = '%1', prev_hash = '%2', hash = '%3' "
                                              "WHERE seq = %4")
                                   .arg(f.actor, f.prevHash, prev)
                                   .arg(seq)),
                     QString());
        }
        QCOMPARE(attack(d, QStringLiteral("UPDATE audit_chain SET hash = '%1'").arg(prev)), QString());
        QVERIFY(audit::verifyChain(d)->intact);
        auto rewritten = audit::verifyChain(d, kept3);
        VERIFY_OK(rewritten);
        QCOMPARE(rewritten->kind, audit::Break::AnchorMismatch);
        QCOMPARE(rewritten->brokenSeq, 3);
    }

    // A database written at schema 3 with audit rows: after the upgrade the old rows are chained, in id order,
    // and verify passes, whether the first thing after the upgrade is a verify or a new entry.
    void upgradeFromSchema3_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("appendFirst");
        for (const char* backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s/verify-first", backend) << QString::fromLatin1(backend) << false;
            QTest::addRow("%s/append-first", backend) << QString::fromLatin1(backend) << true;
        }
    }
    void upgradeFromSchema3()
    {
        QFETCH(bool, appendFirst);
        OPEN_URL(url, "relance_test_audit_upgrade");
        {
            auto db = Database::open(url);
            VERIFY_OK(db);
            VERIFY_OK((*db)->migrate(3));
            // What the program before schema 4 wrote: detail with spaces, unsorted keys, one empty detail.
            for (int i = 0; i < 7; ++i)
                QCOMPARE(attack(**db, QStringLiteral("INSERT INTO audit_events (at, actor, entity, entity_id, action, "
                                                     "detail) VALUES ('2026-02-0%1T08:00:00.000Z', 'm.rochat', "
                                                     "'reminder', '%1', 'created', '%2')")
                                          .arg(i + 1)
                                          .arg(i == 3 ? QString() : QStringLiteral(R"({"model": "gpt-4o", "draft": %1})").arg(i))),
                         QString());
        }
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion().value_or(-1), Database::latestSchemaVersion());
        Store store(**db);
        if (appendFirst)
            VERIFY_OK((*db)->transaction([&] {
                return store.appendAudit({0, {}, QStringLiteral("system"), QStringLiteral("reminder"),
                                          QStringLiteral("8"), QStringLiteral("created"), {}});
            }));
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QCOMPARE(rep->entries, appendFirst ? 8 : 7);
        QCOMPARE(rep->legacyChained, appendFirst ? 0 : 7);
        // The old rows keep their text exactly; seq follows id.
        QCOMPARE(storedFields(**db, 1).detail, QStringLiteral(R"({"model": "gpt-4o", "draft": 0})"));
        QCOMPARE(storedFields(**db, 1).at, QStringLiteral("2026-02-01T08:00:00.000Z"));
        QCOMPARE(storedFields(**db, 7).entityId, QStringLiteral("7"));
        // Chained rows are now append-only like new ones.
        QVERIFY(!attack(**db, QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 1")).isEmpty());
        VERIFY_OK(appendLife(**db, 2));
        auto after = audit::verifyChain(**db);
        VERIFY_OK(after);
        QVERIFY2(after->intact, qPrintable(after->message));
        QCOMPARE(after->entries, appendFirst ? 10 : 9);
    }

    // Only the rows present at the upgrade are chained: one added by hand after it, before any new entry, is not
    // adopted, whether verify or an append comes first.
    void rowAddedAfterUpgradeIsNotAdopted_data() { upgradeFromSchema3_data(); }
    void rowAddedAfterUpgradeIsNotAdopted()
    {
        QFETCH(bool, appendFirst);
        OPEN_URL(url, "relance_test_audit_upgrade_forged");
        auto insertOld = [](Database& db, const QString& actor) {
            return attack(db, QStringLiteral("INSERT INTO audit_events (at, actor, entity, entity_id, action, detail) "
                                             "VALUES ('2026-02-01T08:00:00.000Z', '%1', 'reminder', '1', "
                                             "'state:needs-review->approved', '{}')")
                                  .arg(actor));
        };
        {
            auto db = Database::open(url);
            VERIFY_OK(db);
            VERIFY_OK((*db)->migrate(3));
            QCOMPARE(insertOld(**db, QStringLiteral("m.rochat")), QString());
            QCOMPARE(insertOld(**db, QStringLiteral("m.rochat")), QString());
        }
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        QCOMPARE(insertOld(**db, QStringLiteral("p.keller")), QString());
        if (appendFirst) {
            Store store(**db);
            VERIFY_OK(store.appendAudit({0, {}, QStringLiteral("system"), QStringLiteral("reminder"),
                                         QStringLiteral("2"), QStringLiteral("created"), {}}));
        }
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY(!rep->intact);
        QCOMPARE(rep->kind, audit::Break::Unchained);
        QVERIFY2(rep->message.contains(QStringLiteral("p.keller")), qPrintable(rep->message));
        QCOMPARE(rep->entries, appendFirst ? 3 : 2);
    }

    // Two workstations on one PostgreSQL server append at the same moment: the chain does not fork.
    void concurrentAppendsOnPostgres()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_audit_concurrent"));
        VERIFY_OK(Database::openAndMigrate(url));
        constexpr int kPerThread = 250;
        std::atomic<int> failures{0};
        QString firstError;
        QMutex errorLock;
        auto work = [&](int which) {
            auto db = Database::open(url);
            if (!db) {
                ++failures;
                return;
            }
            Store store(**db);
            for (int i = 0; i < kPerThread; ++i) {
                AuditEvent e{0, {}, QStringLiteral("ws%1").arg(which), QStringLiteral("reminder"), QString::number(i),
                             QStringLiteral("edited"), QStringLiteral(R"({"i":%1})").arg(i)};
                // Half inside a transaction with other work, half on their own (the settings dialog's way).
                auto ok = i % 2 ? (*db)->transaction([&]() -> Result<void> {
                    if (auto r = store.setSyncValue(QStringLiteral("ws%1").arg(which), QString::number(i)); !r)
                        return r;
                    return store.appendAudit(e);
                })
                                : store.appendAudit(e);
                if (!ok) {
                    ++failures;
                    QMutexLocker l(&errorLock);
                    if (firstError.isEmpty())
                        firstError = ok.error().toString();
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(work, 1)), b(QThread::create(work, 2));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(failures == 0, qPrintable(firstError));
        auto db = Database::open(url);
        VERIFY_OK(db);
        auto rep = audit::verifyChain(**db);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QCOMPARE(rep->entries, 2 * kPerThread);
        QCOMPARE(scalarOf(**db, QStringLiteral("SELECT count(DISTINCT prev_hash) FROM audit_events")), 2 * kPerThread);
    }

    void exportReverifies_data() { addBackendRows(); }
    void exportReverifies()
    {
        OPEN_URL(url, "relance_test_audit_export");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        // 30 entries an hour apart from 1 March 2026 00:30 UTC: 24 on 1 March, seq 25 to 30 on 2 March.
        VERIFY_OK(appendLife(**db, 30, QDateTime(QDate(2026, 3, 1), QTime(0, 30), Qt::UTC)));
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        auto sum = audit::exportAudit(**db, QDate(2026, 3, 2), QDate(2026, 3, 2), audit::ExportFormat::JsonLines, buf);
        VERIFY_OK(sum);
        QCOMPARE(sum->entries, 6);
        QCOMPARE(sum->firstSeq, 25);
        QCOMPARE(sum->lastSeq, 30);
        QString hash24;
        storedFields(**db, 24, &hash24);
        QCOMPARE(sum->anchorPrevHash, hash24);
        QCOMPARE(sum->head.seq, 30);
        const QList<QByteArray> lines = buf.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const auto j = nlohmann::json::parse(lines.first().toStdString(), nullptr, false);
        QCOMPARE(j["seq"].get<qint64>(), 25);
        QCOMPARE(QString::fromStdString(j["prevHash"].get<std::string>()), hash24);
        QVERIFY(j.contains("hash") && j.contains("detail") && j.contains("actor") && j.contains("at"));

        // The auditor re-verifies the excerpt without the database.
        QBuffer in;
        in.setData(buf.data());
        in.open(QIODevice::ReadOnly);
        auto rep = audit::verifyExport(in);
        VERIFY_OK(rep);
        QVERIFY2(rep->intact, qPrintable(rep->message));
        QCOMPARE(rep->entries, 6);
        QCOMPARE(rep->head.hash, hash24);

        // An edited excerpt does not.
        QByteArray edited = buf.data();
        edited.replace("m.rochat", "p.keller");
        QBuffer bad;
        bad.setData(edited);
        bad.open(QIODevice::ReadOnly);
        auto badRep = audit::verifyExport(bad);
        VERIFY_OK(badRep);
        QVERIFY(!badRep->intact);
        QCOMPARE(badRep->kind, audit::Break::Changed);
        // A line removed from the middle shows as a gap.
        QList<QByteArray> cut = lines;
        cut.removeAt(2);
        QBuffer gap;
        gap.setData(cut.join('\n'));
        gap.open(QIODevice::ReadOnly);
        auto gapRep = audit::verifyExport(gap);
        VERIFY_OK(gapRep);
        QCOMPARE(gapRep->kind, audit::Break::Deleted);
        QCOMPARE(gapRep->brokenSeq, 27);
        // Not an export at all: a clear error naming the line.
        QBuffer junk;
        junk.setData(lines.first() + "\nnot json\n");
        junk.open(QIODevice::ReadOnly);
        auto junkRep = audit::verifyExport(junk);
        QVERIFY(!junkRep);
        QVERIFY2(junkRep.error().detail.contains(QStringLiteral("line 2")), qPrintable(junkRep.error().detail));

        // CSV: a header and one line per entry, with the hashes.
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        VERIFY_OK(audit::exportAudit(**db, QDate(2026, 3, 2), QDate(2026, 3, 2), audit::ExportFormat::Csv, csv));
        const QList<QByteArray> rows = csv.data().trimmed().split('\n');
        QCOMPARE(rows.size(), 7);
        QVERIFY(rows.first().startsWith("seq,id,at,actor,entity,entity_id,action,detail,prev_hash,hash"));
        QVERIFY(rows.at(1).startsWith("25,"));
        QVERIFY(rows.at(1).contains(hash24.toLatin1()));

        // A period without entries exports nothing.
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        auto noneSum = audit::exportAudit(**db, QDate(2025, 1, 1), QDate(2025, 1, 31), audit::ExportFormat::JsonLines, none);
        VERIFY_OK(noneSum);
        QCOMPARE(noneSum->entries, 0);
        QVERIFY(none.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
