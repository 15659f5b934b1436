// Team mode at the workstation: two workstations on one database (two connections: SQLite file, then PostgreSQL).
// A draft another reviewer changes is refreshed in the queue at once; the draft open in the editor is never
// overwritten: a bar says who changed it and offers their version. A reviewer's workstation disables the admin-only
// controls with the reason, and core refuses them anyway.
#include "DemoDrafts.h"
#include "Prompter.h"
#include "ReviewSession.h"
#include "TestSupport.h"
#include "models/QueueModel.h"
#include "views/QueueView.h"
#include "views/SettingsView.h"
#include "views/ToneExamplesView.h"
#include "workflow/ChangeWatcher.h"
#include "workflow/ReviewActions.h"

#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::ui;

class TestUiTeam : public QObject
{
    Q_OBJECT

    void queueSeesTheOtherWorkstation(const QString& url)
    {
        const QDate today = QDate::currentDate();
        auto db = Database::openAndMigrate(url);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
        {
            Store seed(**db);
            auto drafts = test::seedDemoDrafts(seed, today, 240, 4);
            QVERIFY2(drafts && *drafts >= 3, qPrintable(drafts ? QString::number(*drafts) : drafts.error().toString()));
        }
        // anna's workstation (first user: administrator), and ben's, a reviewer, on his own connection.
        auto session = ReviewSession::create(Config{}, **db, QStringLiteral("anna"), today);
        QVERIFY(session->isAdmin());
        QVERIFY(Roles(*session->store).add(QStringLiteral("anna"), QStringLiteral("ben"), Role::Reviewer).has_value());
        ScriptedPrompter prompter;
        session->prompter = &prompter;
        QueueView view(*session);
        QVERIFY(view.reload().has_value());
        QTRY_VERIFY(view.currentId() != 0);
        const qint64 open = view.currentId();
        QVERIFY(view.model()->rowCount() >= 2);
        qint64 other = 0;
        for (int i = 0; i < view.model()->rowCount() && !other; ++i)
            if (view.model()->rowAt(i).id != open)
                other = view.model()->rowAt(i).id;

        auto benDb = Database::open(url);
        QVERIFY(benDb.has_value());
        Store benStore(**benDb);
        ReviewActions ben(benStore, Config{}, QStringLiteral("ben"));

        // ben approves another draft: anna's queue shows it approved without a reload.
        const int otherVersion = benStore.reminder(other).value()->version;
        auto approved = ben.approve(other, otherVersion);
        QVERIFY2(approved.has_value(), qPrintable(approved ? QString() : approved.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowById(other)->state, ReminderState::Approved, 5000);
        QCOMPARE(view.currentId(), open);
        QVERIFY(!view.hasConflict());

        auto* bar = view.findChild<QFrame*>(QStringLiteral("banner"));
        QVERIFY(bar && bar->isHidden());
        auto barText = [bar] { return bar->findChildren<QLabel*>().value(0) ? bar->findChildren<QLabel*>().first()->text() : QString(); };
        auto button = [bar](const QString& text) -> QPushButton* {
            for (auto* b : bar->findChildren<QPushButton*>())
                if (b->text() == text)
                    return b;
            return nullptr;
        };
        QPushButton* theirs = button(QueueView::tr("Load their version"));
        QPushButton* mine = button(QueueView::tr("Keep my text"));
        QVERIFY(theirs && mine);

        // ben edits the draft open on anna's screen: her editor is left alone, the bar says who changed it.
        const QString annasView = view.bodyText();
        Reminder stored = *benStore.reminder(open).value();
        auto bens = ben.saveEdit(open, stored.version, stored.subject, stored.body + QStringLiteral("\nBen"));
        QVERIFY(bens.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(view.changedElsewhere(), 5000);
        QCOMPARE(view.bodyText(), annasView);
        QVERIFY(!bar->isHidden());
        QVERIFY2(barText().contains(QStringLiteral("ben")), qPrintable(barText()));
        QVERIFY(mine->isHidden()); // nothing typed: "keep mine" would only undo his change
        theirs->click();
        QVERIFY(!view.hasConflict());
        QCOMPARE(view.bodyText(), bens->body);

        // anna types; ben edits the same draft meanwhile. Her text stays, nothing is saved over his.
        const QString annasText = view.bodyText() + QStringLiteral("\nAnna ajoute ceci.");
        view.bodyEditor()->setPlainText(annasText);
        QVERIFY(view.hasUnsavedEdit());
        stored = *benStore.reminder(open).value();
        auto again = ben.saveEdit(open, stored.version, stored.subject, stored.body + QStringLiteral("\nEncore"));
        QVERIFY(again.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(view.hasConflict(), 5000);   // by the change feed or by her own save, whichever first
        QCOMPARE(view.bodyText(), annasText);
        QVERIFY2(barText().contains(QStringLiteral("ben")), qPrintable(barText()));
        QVERIFY(!view.saveNow());
        QCOMPARE(benStore.reminder(open).value()->body, again->body);
        // She keeps hers, knowingly: it is saved over his, as a new version.
        QVERIFY(!mine->isHidden());
        mine->click();
        QVERIFY(!view.hasConflict());
        QCOMPARE(benStore.reminder(open).value()->body, annasText.trimmed());
        QCOMPARE(benStore.reminder(open).value()->updatedBy, QStringLiteral("anna"));
    }

private Q_SLOTS:
    void sqliteTwoConnectionsOnOneFile()
    {
        QTemporaryDir dir;
        queueSeesTheOtherWorkstation(test::sqliteUrl(dir));
    }

    void postgresListenNotify()
    {
        RELANCE_REQUIRE_POSTGRES(url, QStringLiteral("relance_ui_team"));
        queueSeesTheOtherWorkstation(url);
    }

    void aReviewerSeesAdminControlsDisabledWithTheReason()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(test::sqliteUrl(dir));
        QVERIFY(db.has_value());
        {
            Store store(**db);
            QVERIFY(test::seedDemoDrafts(store, QDate::currentDate(), 120, 1).has_value());
            Roles roles(store);
            QVERIFY(roles.resolve(QStringLiteral("boss")).has_value());
            QVERIFY(roles.add(QStringLiteral("boss"), QStringLiteral("marc"), Role::Reviewer).has_value());
        }
        auto session = ReviewSession::create(Config{}, **db, QStringLiteral("marc"), QDate::currentDate());
        QVERIFY(!session->isAdmin());
        QVERIFY(session->canAct());
        session->configFile = dir.filePath(QStringLiteral("relance.ini"));
        SettingsView settings(*session);
        QPushButton* save = nullptr;
        for (auto* b : settings.findChildren<QPushButton*>())
            if (b->text() == SettingsView::tr("Save settings"))
                save = b;
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->toolTip(), SettingsView::tr("Only an administrator may change the settings."));
        // Core refuses it too, and writes nothing.
        QSignalSpy messages(&settings, &SettingsView::message);
        QVERIFY(!settings.save());
        QVERIFY(!QFile::exists(session->configFile));
        QVERIFY(messages.last().at(1).toString().contains(QStringLiteral("administrator")));
        ToneExamplesView tone(*session);
        auto* editor = tone.findChild<QPlainTextEdit*>(QStringLiteral("toneEditor"));
        QVERIFY(editor && editor->isReadOnly());
        QVERIFY(!tone.save());

        // A user without a role: the session says so; core refuses every change.
        auto nobody = ReviewSession::create(Config{}, **db, QStringLiteral("zoe"), QDate::currentDate());
        QVERIFY(!nobody->canAct());
        auto drafts = nobody->store->reminders(ReminderState::NeedsReview);
        QVERIFY(drafts && !drafts->isEmpty());
        auto refused = nobody->review->saveEdit(drafts->first().id, drafts->first().version, QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!refused && refused.error().code == ErrorCode::AuthRejected);
    }
};

QTEST_MAIN(TestUiTeam)
#include "test_ui_team.moc"
