// Roles in the database (SQLite here; tests/team/test_team.cpp does PostgreSQL): the first user becomes administrator,
// a user without a role may change nothing, a reviewer may review but not override a blocking finding, edit tone
// examples or save settings (refused in core, nothing written), an administrator's settings save is audited key by
// key; relance-cli users; and the SQLite change feed between two connections.
#include "../ui/DemoDrafts.h"
#include "TestSupport.h"
#include "storage/Store.h"
#include "workflow/AdminActions.h"
#include "workflow/ChangeWatcher.h"
#include "workflow/ClientActions.h"
#include "workflow/ReviewActions.h"
#include "workflow/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace relance;

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        auto&& r_ = (expr);                                                                                            \
        QVERIFY2(r_.has_value(), qPrintable(r_ ? QString() : r_.error().toString()));                                  \
    } while (false)

namespace {
qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QString m_url;

    void openSeeded(int drafts = 4)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = test::sqliteUrl(*m_dir);
        auto db = Database::openAndMigrate(m_url);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
        if (drafts > 0) {
            auto seeded = test::seedDemoDrafts(*m_store, QDate::currentDate(), 120, drafts);
            QVERIFY2(seeded.has_value(), qPrintable(seeded ? QString() : seeded.error().toString()));
        }
    }

    Reminder firstDraft()
    {
        auto list = m_store->reminders(ReminderState::NeedsReview);
        if (list)
            for (const Reminder& r : *list)
                if (!r.hasBlockingFinding())
                    return r;
        return Reminder{};
    }

private Q_SLOTS:
    void theFirstUserBecomesAdministratorAndOthersHaveNoRole()
    {
        openSeeded(0);
        Roles roles(*m_store);
        auto anna = roles.resolve(QStringLiteral("anna"));
        VERIFY_OK(anna);
        QVERIFY(anna->bootstrapped);
        QVERIFY(anna->isAdmin());
        auto audit = m_store->auditEvents(QStringLiteral("user"));
        VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("bootstrap-admin"));
        QCOMPARE(audit->first().actor, QStringLiteral("anna"));
        // Only once: the next one to open the database has no role until given one.
        auto marc = roles.resolve(QStringLiteral("marc"));
        VERIFY_OK(marc);
        QVERIFY(!marc->bootstrapped);
        QVERIFY(!marc->canAct());
        QVERIFY(!marc->user.has_value());
        // The OS account is case-insensitive (Windows); the Microsoft account finds the same person elsewhere.
        VERIFY_OK(roles.add(QStringLiteral("anna"), QStringLiteral("Marc"), Role::Reviewer, QStringLiteral("Marc Rochat"),
                            QStringLiteral("marc@firm.ch")));
        QCOMPARE(roles.resolve(QStringLiteral("MARC"))->role, Role::Reviewer);
        QCOMPARE(roles.resolve(QStringLiteral("mrochat"), QStringLiteral("Marc@Firm.ch"))->role, Role::Reviewer);
        // Bad input: a duplicate, a reviewer administering, the last administrator demoted or deactivated.
        auto twice = roles.add(QStringLiteral("anna"), QStringLiteral("marc"), Role::Admin);
        QVERIFY(!twice && twice.error().code == ErrorCode::InvalidArgument);
        auto byReviewer = roles.add(QStringLiteral("marc"), QStringLiteral("zoe"), Role::Admin);
        QVERIFY(!byReviewer && byReviewer.error().code == ErrorCode::AuthRejected);
        QVERIFY(byReviewer.error().detail.contains(QLatin1String("'marc' is a reviewer")));
        auto lastAdmin = roles.setRole(QStringLiteral("anna"), QStringLiteral("anna"), Role::Reviewer);
        QVERIFY(!lastAdmin && lastAdmin.error().detail.contains(QLatin1String("last administrator")));
        QVERIFY(!roles.deactivate(QStringLiteral("anna"), QStringLiteral("anna")));
        QCOMPARE(roles.resolve(QStringLiteral("anna"))->role, Role::Admin);
        auto users = roles.users();
        VERIFY_OK(users);
        QCOMPARE(users->size(), 2);
    }

    void aUserWithoutRoleChangesNothing()
    {
        openSeeded();
        VERIFY_OK(Roles(*m_store).resolve(QStringLiteral("anna")));
        const Reminder r = firstDraft();
        QVERIFY(r.id > 0);
        const qint64 auditBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_events"));
        Config config;
        ReviewActions zoe(*m_store, config, QStringLiteral("zoe"));
        const QList<Result<Reminder>> tries{zoe.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral(" ok")),
                                            zoe.approve(r.id, r.version), zoe.reject(r.id, QStringLiteral("no")),
                                            zoe.snooze(r.id, QDate::currentDate().addDays(3))};
        for (const auto& t : tries) {
            QVERIFY(!t);
            QCOMPARE(t.error().code, ErrorCode::AuthRejected);
            QVERIFY2(t.error().detail.contains(QLatin1String("'zoe' has no role")), qPrintable(t.error().detail));
        }
        ClientActions zoeClients(*m_store, QStringLiteral("zoe"));
        auto dnc = zoeClients.setDoNotChase(r.clientId, true, QStringLiteral("x"), {});
        QVERIFY(!dnc && dnc.error().code == ErrorCode::AuthRejected);
        QCOMPARE(m_store->reminder(r.id).value()->version, r.version);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_events")), auditBefore);
    }

    void aReviewerMayReviewButNotAdminister()
    {
        openSeeded();
        Roles roles(*m_store);
        VERIFY_OK(roles.resolve(QStringLiteral("anna")));
        VERIFY_OK(roles.add(QStringLiteral("anna"), QStringLiteral("marc"), Role::Reviewer));
        Config config;
        ReviewActions marc(*m_store, config, QStringLiteral("marc"));
        ReviewActions anna(*m_store, config, QStringLiteral("anna"));
        const Reminder r = firstDraft();
        // A wrong amount: a blocking finding. The reviewer may not override it, even with a reason; anna may.
        auto broken = marc.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral(" CHF 987.65"));
        VERIFY_OK(broken);
        QVERIFY(broken->hasBlockingFinding());
        auto refused = marc.approve(r.id, broken->version, QStringLiteral("I say so"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AuthRejected);
        QVERIFY2(refused.error().detail.contains(QLatin1String("needs the admin role")), qPrintable(refused.error().detail));
        QCOMPARE(m_store->reminder(r.id).value()->state, ReminderState::NeedsReview);
        auto overridden = anna.approve(r.id, broken->version, QStringLiteral("checked with the client"));
        VERIFY_OK(overridden);
        QCOMPARE(overridden->approvedBy, QStringLiteral("anna"));

        // Tone examples: admin only, in core.
        auto examples = m_store->toneExamples();
        VERIFY_OK(examples);
        QVERIFY(!examples->isEmpty());
        ToneExample e = examples->first();
        const QString oldText = e.text;
        e.text = QStringLiteral("Bonjour {client}, merci.");
        auto tone = ClientActions(*m_store, QStringLiteral("marc")).saveToneExample(e);
        QVERIFY(!tone && tone.error().code == ErrorCode::AuthRejected);
        QCOMPARE(m_store->toneExamples()->first().text, oldText);
        VERIFY_OK(ClientActions(*m_store, QStringLiteral("anna")).saveToneExample(e));

        // Settings (and the auto-send policy in them): admin only; the file is not even touched for a reviewer.
        const QString file = m_dir->filePath(QStringLiteral("relance.ini"));
        Config before;
        Config after = before;
        after.reminders.autoSendLight = true;
        after.reminders.autoSendCapMinor = 50000;
        {
            QSettings target(file, QSettings::IniFormat);
            auto denied = AdminActions(*m_store, QStringLiteral("marc")).saveSettings(before, after, target);
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, ErrorCode::AuthRejected);
        }
        QVERIFY(!QFile::exists(file));
        QSettings target(file, QSettings::IniFormat);
        auto saved = AdminActions(*m_store, QStringLiteral("anna")).saveSettings(before, after, target);
        VERIFY_OK(saved);
        QCOMPARE(saved->size(), 2);
        auto reread = Config::loadFile(file);
        VERIFY_OK(reread);
        QVERIFY(reread->reminders.autoSendLight);
        auto audit = m_store->auditEvents(QStringLiteral("settings"));
        VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actor, QStringLiteral("anna"));
        const auto detail = nlohmann::json::parse(audit->first().detail.toStdString(), nullptr, false);
        QVERIFY(detail.contains("changed"));
        QCOMPARE(QString::fromStdString(detail["changed"]["reminders/autoSendLight"]["old"].get<std::string>()), QStringLiteral("false"));
        QCOMPARE(QString::fromStdString(detail["changed"]["reminders/autoSendLight"]["new"].get<std::string>()), QStringLiteral("true"));
        QCOMPARE(detail["changed"].size(), size_t(2));
        // A bad value is refused before anything is written, naming the key.
        Config bad = after;
        bad.aging.baseCurrency = QStringLiteral("XXXX");
        auto invalid = AdminActions(*m_store, QStringLiteral("anna")).saveSettings(after, bad, target);
        QVERIFY(!invalid);
        QVERIFY2(invalid.error().detail.contains(QLatin1String("baseCurrency")), qPrintable(invalid.error().detail));
        QCOMPARE(m_store->auditEvents(QStringLiteral("settings"))->size(), 1);
        // A database address with a password is audited without it.
        Config team = after;
        team.database.url = QStringLiteral("postgresql://relance:S3cr3t-pw@db.firm.example:5432/relance");
        VERIFY_OK(AdminActions(*m_store, QStringLiteral("anna")).saveSettings(after, team, target));
        auto audited = m_store->auditEvents(QStringLiteral("settings"));
        VERIFY_OK(audited);
        QCOMPARE(audited->size(), 2);
        QVERIFY(!audited->last().detail.contains(QLatin1String("S3cr3t-pw")));
        QVERIFY2(audited->last().detail.contains(QLatin1String("relance:***@db.firm.example")), qPrintable(audited->last().detail));
    }

    void usersFromTheCommandLine()
    {
        openSeeded();
        const QString home = m_dir->filePath(QStringLiteral("home"));
        auto cli = [&](const QString& user, const QStringList& args) {
            return test::runCli(QStringList{QStringLiteral("--database"), m_url} + args, home, {{QStringLiteral("USER"), user}});
        };
        // The first one to open the database is its administrator, and is told so.
        auto list = cli(QStringLiteral("anna"), {QStringLiteral("users")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.err.contains("anna is now this database's administrator"), list.err.constData());
        QVERIFY(list.out.contains("you are anna (admin)"));
        QCOMPARE(cli(QStringLiteral("anna"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("marc"),
                                              QStringLiteral("--role"), QStringLiteral("reviewer")}).code, 0);
        // A reviewer cannot administer; bad input is a usage error.
        auto denied = cli(QStringLiteral("marc"), {QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("marc"),
                                                   QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.err.contains("needs the admin role"), denied.err.constData());
        QCOMPARE(cli(QStringLiteral("anna"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zoe"),
                                              QStringLiteral("--role"), QStringLiteral("boss")}).code, 2);
        // Scripted approvals run as the OS user: no role, no approval, one clear line.
        auto noRole = cli(QStringLiteral("zoe"), {QStringLiteral("approve"), QStringLiteral("--all-without-findings")});
        QCOMPARE(noRole.code, 1);
        QVERIFY2(noRole.err.contains("'zoe' has no role"), noRole.err.constData());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM reminders WHERE state = 'approved'")), qint64(0));
        auto approved = cli(QStringLiteral("marc"), {QStringLiteral("approve"), QString::number(firstDraft().id)});
        QVERIFY2(approved.code == 0, approved.err.constData());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE actor = 'marc' AND "
                                              "action = 'state:needs-review->approved'")), qint64(1));
        QCOMPARE(cli(QStringLiteral("anna"), {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("marc")}).code, 0);
        auto json = cli(QStringLiteral("anna"), {QStringLiteral("users"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("account")).toString(), QStringLiteral("marc"));
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'user'")), qint64(3));
    }

    void twoConnectionsOnOneSqliteFileSeeEachOthersChanges()
    {
        openSeeded();
        const Reminder r = firstDraft();
        // The other workstation (another process in real life) on the same file.
        auto other = Database::open(m_url);
        VERIFY_OK(other);
        ChangeWatcher watcher(**other, 50);
        VERIFY_OK(watcher.start());
        QVERIFY(!watcher.isPushed());
        QSignalSpy changed(&watcher, &ChangeWatcher::reminderChanged);
        QTest::qWait(150);
        QVERIFY(changed.isEmpty()); // nothing changed, nothing reported
        Config config;
        ReviewActions anna(*m_store, config, QStringLiteral("anna"));
        VERIFY_OK(anna.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral("\nMerci")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        QCOMPARE(changed.first().first().toLongLong(), r.id);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1); // reported once
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "test_roles.moc"
