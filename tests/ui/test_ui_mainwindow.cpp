// The real main window, offscreen, driven with the keyboard: select a draft, edit it, approve, reject, snooze,
// record a promise, and check the database; the dashboard's figures against agingSummary; roles; bad input.
#include "MainWindow.h"
#include "NotificationArea.h"
#include "Prompter.h"
#include "ReviewSession.h"
#include "TestSupport.h"
#include "Theme.h"
#include "Translations.h"
#include "models/QueueModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"
#include "views/ClientsView.h"
#include "views/DashboardView.h"
#include "views/InvoicesView.h"
#include "views/QueueView.h"
#include "views/SettingsView.h"
#include "views/TasksView.h"
#include "views/ToneExamplesView.h"
#include "secrets/SecretStore.h"
#include "sync/SyncWorker.h"
#include "DemoDrafts.h"
#include "FakeLlmServer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <nlohmann/json.hpp>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace relance;
using namespace relance::ui;

namespace {
const QDate kAsOf(2026, 3, 31);
}

class TestUiMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewSession> m_session;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecretStore> m_secrets; // set before open() to give Settings a keychain

    void open(bool seed, const QString& role = QStringLiteral("admin"), Config config = {},
              sync::SyncWorkerThread* syncThread = nullptr)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::openAndMigrate(test::sqliteUrl(*m_dir));
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
        m_db = std::move(*db);
        // Roles live in the database: "boss" opened it first (its administrator) and gave anna her role.
        {
            Store store(*m_db);
            relance::Roles roles(store);
            QVERIFY(roles.resolve(QStringLiteral("boss")).has_value());
            QVERIFY(roles.add(QStringLiteral("boss"), QStringLiteral("anna"), roleFromName(role).value_or(relance::Role::Reviewer)).has_value());
        }
        m_session = ReviewSession::create(config, *m_db, QStringLiteral("anna"), kAsOf);
        m_session->prompter = &m_prompter;
        m_session->secrets = m_secrets.get();
        m_session->configFile = m_dir->filePath(QStringLiteral("relance.ini"));
        m_prompter.answers.clear();
        m_prompter.asked.clear();
        if (seed) {
            // The demo data set, then real drafts from the drafting service (built-in templates).
            auto drafts = test::seedDemoDrafts(*m_session->store, kAsOf, 480, 12);
            QVERIFY2(drafts.has_value(), qPrintable(drafts ? QString() : drafts.error().toString()));
            QCOMPARE(*drafts, 12);
        }
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->attachSync(syncThread);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->loadInitialData();
    }

    Reminder stored(qint64 id)
    {
        auto r = m_session->store->reminder(id);
        if (!r || !*r)
            qFatal("reminder %lld missing", id);
        return **r;
    }

    void typeAtEnd(QPlainTextEdit* body, const QString& text)
    {
        body->setFocus();
        QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(body, text);
    }

    QueueView* queue() { return m_window->queue(); }

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_secrets.reset();
        m_session.reset();
        m_db.reset();
        m_dir.reset();
    }

    void editAndApproveWithTheKeyboard()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // Drafts
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Queue);
        QCOMPARE(queue()->proxy()->rowCount(), 12);
        const qint64 first = queue()->currentId();
        QVERIFY(first > 0);
        QCOMPARE(queue()->table()->currentIndex().row(), 0);
        // Next and previous without the mouse.
        QTest::keyClick(queue()->bodyEditor(), Qt::Key_Down, Qt::AltModifier);
        const qint64 second = queue()->currentId();
        QVERIFY(second != first);
        QTest::keyClick(queue()->bodyEditor(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(queue()->currentId(), first);

        const Reminder before = stored(first);
        if (before.hasBlockingFinding())
            m_prompter.answers << QStringLiteral("checked with the ledger");
        typeAtEnd(queue()->bodyEditor(), QStringLiteral(" P.S. Merci pour votre appel."));
        QTest::keyClick(queue()->bodyEditor(), Qt::Key_Return, Qt::ControlModifier);

        const Reminder after = stored(first);
        QCOMPARE(after.state, ReminderState::Approved);
        QVERIFY(after.body.endsWith(QStringLiteral("P.S. Merci pour votre appel.")));
        QCOMPARE(after.approvedBy, QStringLiteral("anna"));
        // Moved on to the next draft, and the approved one left the "to review" list.
        QVERIFY(queue()->currentId() != first);
        QCOMPARE(queue()->proxy()->rowCount(), 11);
        QCOMPARE(queue()->bodyText(), stored(queue()->currentId()).body);
        auto audit = m_session->store->auditEvents(QStringLiteral("reminder"), QString::number(first));
        QVERIFY(audit.has_value());
        QStringList actions;
        for (const AuditEvent& e : *audit)
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("edited")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.last().endsWith(QStringLiteral("->approved")), qPrintable(actions.join(u',')));
    }

    void editsAreSavedWhileTyping()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 id = queue()->currentId();
        const ReminderState state = stored(id).state;
        typeAtEnd(queue()->bodyEditor(), QStringLiteral(" Rappel relu."));
        QVERIFY(queue()->hasUnsavedEdit());
        // No action: the debounce saves by itself, so a crash now loses nothing.
        QTRY_VERIFY_WITH_TIMEOUT(stored(id).body.endsWith(QStringLiteral(" Rappel relu.")), 3000);
        QCOMPARE(stored(id).state, state); // saving is not approving
        QVERIFY(!queue()->hasUnsavedEdit());
    }

    void aConcurrentChangeIsShownNotOverwritten()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 id = queue()->currentId();
        // Someone else (another reviewer on the team database) saves first.
        Reminder theirs = stored(id);
        theirs.body = QStringLiteral("Their text");
        theirs.updatedBy = QStringLiteral("marc");
        QVERIFY(m_session->store->updateReminder(theirs).has_value());
        typeAtEnd(queue()->bodyEditor(), QStringLiteral(" my words"));
        QVERIFY(!queue()->saveNow());
        QVERIFY(queue()->hasConflict());
        QCOMPARE(stored(id).body, QStringLiteral("Their text"));
        QVERIFY(queue()->bodyText().endsWith(QStringLiteral(" my words"))); // kept, not lost
        // Approving is refused while the conflict stands.
        QTest::keyClick(queue()->bodyEditor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(id).state, theirs.state);
        // Keeping my text saves it over theirs, knowingly.
        for (QPushButton* b : queue()->findChildren<QPushButton*>())
            if (b->text() == QueueView::tr("Keep my text"))
                QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(!queue()->hasConflict());
        QVERIFY(stored(id).body.endsWith(QStringLiteral(" my words")));
    }

    void rejectAndSnoozeWithTheKeyboard()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 first = queue()->currentId();
        m_prompter.answers << QStringLiteral("Paid yesterday, see bank statement");
        QTest::keyClick(queue()->bodyEditor(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(stored(first).state, ReminderState::Rejected);
        QCOMPARE(stored(first).reason, QStringLiteral("Paid yesterday, see bank statement"));
        QCOMPARE(queue()->proxy()->rowCount(), 11);

        const qint64 second = queue()->currentId();
        QVERIFY(second != first && second > 0);
        const QDate until = QDate::currentDate().addDays(14);
        m_prompter.answers << until;
        QTest::keyClick(queue()->table(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(stored(second).state, ReminderState::Snoozed);
        QCOMPARE(stored(second).snoozedUntil, until);
        QCOMPARE(queue()->proxy()->rowCount(), 10);
        // A cancelled question changes nothing.
        const qint64 third = queue()->currentId();
        const ReminderState thirdState = stored(third).state;
        QTest::keyClick(queue()->table(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(stored(third).state, thirdState);
        QCOMPARE(queue()->proxy()->rowCount(), 10);
        QCOMPARE(m_prompter.asked.size(), 3);
    }

    // Types an amount the ledger does not know into the current draft and saves: the validator (re-run on the save)
    // reports a blocking finding beside the text.
    qint64 breakCurrentDraft()
    {
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 id = queue()->currentId();
        if (!id)
            return 0;
        typeAtEnd(queue()->bodyEditor(), QStringLiteral(" Total: CHF 987.65."));
        if (!queue()->saveNow())
            return 0;
        return id;
    }

    void blockingFindingsNeedAReason()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        const qint64 id = breakCurrentDraft();
        QVERIFY(id > 0);
        QVERIFY(stored(id).hasBlockingFinding());
        auto* findings = queue()->findChild<QListWidget*>(QStringLiteral("findingsList"));
        QVERIFY2(findings->item(0)->text().contains(QStringLiteral("987.65")), qPrintable(findings->item(0)->text()));
        QVERIFY2(findings->item(0)->text().startsWith(QueueView::tr("Blocking: %1").section(u'%', 0, 0)), qPrintable(findings->item(0)->text()));
        // No reason given: not approved, and the reviewer is told why.
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(id).state, ReminderState::NeedsReview);
        QVERIFY(!m_window->notifications()->messages().isEmpty());
        m_prompter.answers << QStringLiteral("total checked by phone with the client");
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(id).state, ReminderState::Approved);
        auto audit = m_session->store->auditEvents(QStringLiteral("reminder"), QString::number(id));
        QVERIFY(audit.has_value());
        bool overridden = false;
        for (const AuditEvent& e : *audit)
            overridden |= e.action == u"override" && e.detail.contains(QStringLiteral("total checked by phone with the client"));
        QVERIFY(overridden);
        // Correcting the text instead clears the finding: the next draft, fixed before approving.
        const qint64 next = breakCurrentDraft();
        QVERIFY(next > 0 && next != id);
        QVERIFY(stored(next).hasBlockingFinding());
        QString body = queue()->bodyText();
        body.remove(QStringLiteral(" Total: CHF 987.65."));
        queue()->bodyEditor()->setPlainText(body);
        QVERIFY(queue()->saveNow());
        QVERIFY(!stored(next).hasBlockingFinding());
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(next).state, ReminderState::Approved);
    }

    void findingsAreShownInTheReviewersLanguage()
    {
        installTranslation(*QCoreApplication::instance(), QStringLiteral("fr"));
        open(true);
        if (!QTest::currentTestFailed()) {
            const qint64 id = breakCurrentDraft();
            QVERIFY(id > 0);
            const QString shown = queue()->findChild<QListWidget*>(QStringLiteral("findingsList"))->item(0)->text();
            QVERIFY2(shown.contains(QStringLiteral("un montant qui n'est ni un montant ouvert ni le total de ce rappel")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("987.65")), qPrintable(shown)); // the text it concerns, quoted
        }
        installTranslation(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void onlyAnAdministratorMayOverride()
    {
        open(true, QStringLiteral("reviewer"));
        if (QTest::currentTestFailed())
            return;
        const qint64 id = breakCurrentDraft();
        QVERIFY(id > 0);
        m_prompter.answers << QStringLiteral("I say so");
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(id).state, ReminderState::NeedsReview);
        QVERIFY(m_prompter.asked.isEmpty()); // not even asked for a reason
        const QStringList shown = m_window->notifications()->messages();
        QVERIFY2(!shown.isEmpty() && shown.last().contains(QStringLiteral("administrator")), qPrintable(shown.join(u'|')));
    }

    void theWholeQueueWithTheKeyboardAlone()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const int n = queue()->proxy()->rowCount();
        for (int i = 0; i < n; ++i)
            m_prompter.answers << QStringLiteral("override %1").arg(i); // used only by drafts with blocking findings
        for (int i = 0; i < n; ++i)
            QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier);
        auto approved = m_session->store->reminders(ReminderState::Approved);
        QVERIFY(approved.has_value());
        QCOMPARE(approved->size(), n);
        QCOMPARE(queue()->proxy()->rowCount(), 0);
        QCOMPARE(queue()->currentId(), 0);
    }

    void approveSelectedLightDraftsTogether()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        // One light draft gets a warning (an e-mail address in the text): it is left out of the batch.
        m_window->showPage(MainWindow::Page::Queue);
        SortFilterProxy* proxy = queue()->proxy();
        qint64 warned = 0;
        for (int r = 0; r < proxy->rowCount() && !warned; ++r) {
            const qint64 id = proxy->index(r, 0).data(IdRole).toLongLong();
            if (stored(id).bucket == AgingBucket::Light) {
                queue()->selectDraft(id);
                typeAtEnd(queue()->bodyEditor(), QStringLiteral(" Write to someone@example.org."));
                QVERIFY(queue()->saveNow());
                warned = id;
            }
        }
        QVERIFY2(warned, "the fixture needs light drafts");
        QVERIFY(!stored(warned).findings.isEmpty());
        // Select everything; only light drafts without findings may be approved in one go.
        queue()->table()->setFocus();
        queue()->table()->selectAll();
        QList<qint64> eligible, others;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QueueRow& row = queue()->model()->rowAt(queue()->model()->rowOf(proxy->index(r, 0).data(IdRole).toLongLong()));
            (row.bucket == AgingBucket::Light && row.findings == 0 ? eligible : others) << row.id;
        }
        QVERIFY2(!eligible.isEmpty() && !others.isEmpty(), "the fixture needs both kinds");
        QVERIFY(others.contains(warned));
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        for (qint64 id : eligible)
            QCOMPARE(stored(id).state, ReminderState::Approved);
        for (qint64 id : others)
            QVERIFY(stored(id).state != ReminderState::Approved);
        QCOMPARE(proxy->rowCount(), others.size());
    }

    void regenerateRewritesInTheBackground()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 id = queue()->currentId();
        const Reminder before = stored(id);
        m_prompter.answers << QStringLiteral("shorter");
        QTest::keyClick(queue()->table(), Qt::Key_G, Qt::AltModifier);
        // The GUI thread is not held: the draft shows "regenerating" and cannot be edited meanwhile.
        QVERIFY(queue()->isRegenerating(id));
        QVERIFY(queue()->bodyEditor()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!queue()->isRegenerating(id), 10000);
        const Reminder after = stored(id);
        QVERIFY(after.version > before.version);
        QCOMPARE(after.state, ReminderState::NeedsReview);
        QCOMPARE(queue()->currentId(), id);
        QCOMPARE(queue()->bodyText(), after.body);
        QVERIFY(!queue()->bodyEditor()->isReadOnly());
        const QStringList shown = m_window->notifications()->messages();
        QVERIFY2(!shown.isEmpty() && shown.last().contains(QStringLiteral("regenerated")), qPrintable(shown.join(u'|')));
    }

    void syncNowWithTheDemoSourceSaysThereIsNothingToSync()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_window->action(QStringLiteral("syncNow")));
        m_window->action(QStringLiteral("syncNow"))->trigger();
        const QStringList shown = m_window->notifications()->messages();
        QVERIFY2(!shown.isEmpty() && shown.last().contains(QStringLiteral("Nothing to sync")), qPrintable(shown.join(u'|')));
    }

    void syncNowRunsTheWorkerAndRefreshesTheViews()
    {
        QTemporaryDir csvDir;
        const QString csv = csvDir.filePath(QStringLiteral("op.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Beleg-Nr.;Kunden-Nr.;Betrag;Offen;Belegdatum;F\xE4llig am\r\n"
                    "R-1;K-1;100.00;100.00;01.03.2025;31.03.2025\r\nR-2;K-2;250.00;250.00;01.02.2025;28.02.2025\r\n");
        }
        Config config;
        config.accounting.source = AccountingSource::Sage50Csv;
        config.accounting.csvFile = csv;
        config.accounting.syncTime = QString();
        config.crm.source = CrmSource::None;
        sync::SyncWorkerThread worker;
        open(false, QStringLiteral("admin"), config, &worker);
        if (QTest::currentTestFailed())
            return;
        worker.configure(config, test::sqliteUrl(*m_dir), {});
        QCOMPARE(m_window->invoices()->table()->model()->rowCount(), 0);
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->action(QStringLiteral("syncNow"))->trigger();
        QVERIFY(finished.wait(20000));
        const QStringList shown = m_window->notifications()->messages();
        QVERIFY2(!shown.isEmpty() && shown.last().contains(QStringLiteral("2 invoice(s) read")), qPrintable(shown.join(u'|')));
        const auto lastSync = m_window->statusBar()->findChildren<QLabel*>();
        bool stamped = false;
        for (QLabel* l : lastSync)
            stamped |= l->text().startsWith(QStringLiteral("Last sync"));
        QVERIFY(stamped);
        // The views show what the sync brought in.
        m_window->showPage(MainWindow::Page::Invoices);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->invoices()->table()->model()->rowCount(), 2, 5000);
        m_window.reset(); // before the worker's thread stops
    }

    void aClientPageShowsInvoicesHistoryAndBehaviour()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Clients);
        ClientsView* clients = m_window->clients();
        QTableView* table = clients->table();
        QVERIFY(table->model()->rowCount() > 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        const QString name = table->currentIndex().data().toString();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(clients->showingClient());
        bool titled = false, behaviour = false;
        for (QLabel* l : clients->findChildren<QLabel*>()) {
            titled = titled || (l->isVisible() && l->text().startsWith(name));
            behaviour = behaviour || (l->isVisible() && l->text().contains(ClientsView::tr("<b>Payment behaviour:</b> no paid invoice yet.").left(20)));
        }
        QVERIFY(titled);
        QVERIFY(behaviour);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!clients->showingClient());
    }

    void promiseDoNotChaseAndDisputed()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        const qint64 id = queue()->currentId();
        const qint64 client = stored(id).clientId;
        const QDate promised = kAsOf.addDays(20);
        m_prompter.answers << QVariant::fromValue(PromiseAnswer{promised, 50000, QStringLiteral("by phone")});
        QTest::keyClick(queue()->table(), Qt::Key_P, Qt::AltModifier);
        auto c = m_session->store->client(client);
        QVERIFY(c && *c);
        QVERIFY((*c)->isChaseBlocked(kAsOf));
        QVERIFY(!(*c)->isChaseBlocked(promised.addDays(1))); // chasing resumes after the promised date
        auto promises = m_session->clientActions->promises(client);
        QVERIFY(promises && promises->size() == 1);
        QCOMPARE(promises->first().amount.minor, 50000);
        const QString promisesShown = queue()->findChild<QTextBrowser*>(QStringLiteral("contextPromises"))->toPlainText();
        QVERIFY2(promisesShown.contains(formatDate(promised)), qPrintable(promisesShown));

        m_prompter.answers << QStringLiteral("Client contests the audit fee");
        QTest::keyClick(queue()->table(), Qt::Key_D, Qt::AltModifier);
        auto q = m_db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = %1 AND open_minor > 0 AND disputed = 0").arg(client)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        m_prompter.answers << QStringLiteral("in liquidation");
        QTest::keyClick(queue()->table(), Qt::Key_N, Qt::AltModifier);
        c = m_session->store->client(client);
        QVERIFY((*c)->doNotChase && !(*c)->doNotChaseUntil.isValid());
        QCOMPARE((*c)->doNotChaseReason, QStringLiteral("in liquidation"));
    }

    void dashboardShowsTheAgingSummary()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        auto summary = agingSummary(*m_session->store, kAsOf, m_session->policy(), QStringLiteral("CHF"), 90);
        QVERIFY(summary.has_value());
        DashboardView* d = m_window->dashboard();
        const QLocale loc = reviewerLocale();
        qint64 total = 0;
        for (const BucketTotals& b : summary->buckets) {
            QCOMPARE(d->bucketAmountLabel(b.bucket)->text(), formatMoney(b.openMinorByCurrency.value(QStringLiteral("CHF")), u"CHF", loc));
            QCOMPARE(d->bucketCountLabel(b.bucket)->text(), DashboardView::tr("%n invoice(s)", "", int(b.count)));
            total += b.count;
        }
        QVERIFY(total > 0);
        QVERIFY(summary->dso.countback.has_value());
        QVERIFY2(d->dsoLabel()->text().contains(loc.toString(*summary->dso.countback, 'f', 1)), qPrintable(d->dsoLabel()->text()));
        // The same figures when computed on a worker thread with its own connection (as the app does).
        for (const BucketTotals& b : summary->buckets)
            d->bucketAmountLabel(b.bucket)->clear();
        QSignalSpy loaded(d, &DashboardView::loaded);
        d->reloadInBackground(test::sqliteUrl(*m_dir));
        QVERIFY(loaded.wait(10000));
        for (const BucketTotals& b : summary->buckets)
            QCOMPARE(d->bucketAmountLabel(b.bucket)->text(), formatMoney(b.openMinorByCurrency.value(QStringLiteral("CHF")), u"CHF", loc));
        // A click on a bucket opens the invoice list filtered on it.
        Q_EMIT d->bucketActivated(int(AgingBucket::Serious));
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
    }

    void dashboardEqualsTheCli()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        const QString ini = m_dir->filePath(QStringLiteral("empty.ini"));
        QFile(ini).open(QIODevice::WriteOnly);
        // The CLI is part of the product: missing, failing or disagreeing, the test fails (it never skips).
        QVERIFY2(QFileInfo(QStringLiteral(RELANCE_CLI_PATH)).isExecutable(), "relance-cli was not built next to this test");
        QProcess cli;
        cli.start(QStringLiteral(RELANCE_CLI_PATH),
                  {QStringLiteral("--config"), ini, QStringLiteral("--database"), test::sqliteUrl(*m_dir), QStringLiteral("aging"),
                   QStringLiteral("--as-of"), kAsOf.toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
        QVERIFY2(cli.waitForFinished(20000), "relance-cli aging did not finish");
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(QStringLiteral("relance-cli aging exited with %1: %2").arg(cli.exitCode()).arg(err)));
        const auto j = nlohmann::json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
        QVERIFY2(!j.is_discarded() && j.contains("buckets") && j["buckets"].is_array(), "relance-cli aging --json printed no buckets");
        DashboardView* d = m_window->dashboard();
        const QLocale loc = reviewerLocale();
        int seen = 0;
        qint64 invoices = 0;
        for (const auto& b : j["buckets"]) {
            const auto bucket = agingBucketFromName(QString::fromStdString(b["name"].get<std::string>()));
            QVERIFY(bucket.has_value());
            const qint64 count = b["count"].get<qint64>();
            invoices += count;
            const QString open = b["open"].contains("CHF") ? QString::fromStdString(b["open"]["CHF"].get<std::string>()) : QStringLiteral("0");
            const auto minor = parseMinorUnits(open, u"CHF");
            QVERIFY(minor.has_value());
            // The dashboard computes on a worker thread: give it the time to show its figures.
            QTRY_COMPARE_WITH_TIMEOUT(d->bucketAmountLabel(*bucket)->text(), formatMoney(*minor, u"CHF", loc), 10000);
            QCOMPARE(d->bucketCountLabel(*bucket)->text(), DashboardView::tr("%n invoice(s)", "", int(count)));
            ++seen;
        }
        QCOMPARE(seen, 4);
        QVERIFY2(invoices > 0, "the demo data set has open invoices: equal empty figures would prove nothing");
    }

    void aReviewerSeesNoSettingsOrToneExamples()
    {
        open(true, QStringLiteral("reviewer"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_window->hasPage(MainWindow::Page::Settings));
        QVERIFY(!m_window->hasPage(MainWindow::Page::ToneExamples));
        QVERIFY(!m_window->settings());
        QVERIFY(!m_window->toneExamples());
        QVERIFY(m_window->findChildren<SettingsView*>().isEmpty());
    }

    void anEmptyDatabaseShowsAClearState()
    {
        open(false);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Queue);
        QCOMPARE(queue()->proxy()->rowCount(), 0);
        QCOMPARE(queue()->currentId(), 0);
        QTest::keyClick(queue()->table(), Qt::Key_Return, Qt::ControlModifier); // nothing to approve: no crash
        QTest::keyClick(queue()->table(), Qt::Key_Down, Qt::AltModifier);
        bool saysSo = false;
        for (QLabel* l : queue()->findChildren<QLabel*>())
            saysSo = saysSo || l->text().contains(QueueView::tr("No drafts to review.").left(10));
        QVERIFY(saysSo);
        m_window->showPage(MainWindow::Page::Dashboard);
        bool dashboardSays = false;
        for (QLabel* l : m_window->dashboard()->findChildren<QLabel*>())
            dashboardSays = dashboardSays || (l->isVisible() && l->text().contains(QStringLiteral("--demo")));
        QVERIFY(dashboardSays);
    }

    void tasksAndToneExamples()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        {
            // A reply to a reminder, as the mail engine records it: the situation this test needs.
            auto reminders = m_session->store->reminders();
            QVERIFY(reminders && !reminders->isEmpty());
            Task t;
            t.clientId = reminders->first().clientId;
            t.reminderId = reminders->first().id;
            t.title = QStringLiteral("Reply: we pay next week");
            t.body = QStringLiteral("We will pay next week.");
            t.dueDate = kAsOf.addDays(2);
            t.externalId = QStringLiteral("<reply-1@example.org>");
            QVERIFY(m_session->store->insertTask(t).has_value());
            m_window->action(QStringLiteral("reload"))->trigger();
        }
        m_window->showPage(MainWindow::Page::Tasks);
        TasksView* tasks = m_window->tasks();
        QVERIFY(tasks->table()->model()->rowCount() > 0);
        tasks->table()->setFocus();
        tasks->table()->setCurrentIndex(tasks->table()->model()->index(0, 1));
        const qint64 taskId = tasks->table()->currentIndex().data(IdRole).toLongLong();
        QTest::keyClick(tasks->table(), Qt::Key_Space);
        auto all = m_session->store->tasks();
        QVERIFY(all.has_value());
        bool done = false;
        for (const Task& t : *all)
            if (t.id == taskId)
                done = t.done;
        QVERIFY(done);

        m_window->showPage(MainWindow::Page::ToneExamples);
        ToneExamplesView* tone = m_window->toneExamples();
        tone->select(AgingBucket::Light, Language::German);
        {
            // The editor shows the stored example of the demo data set.
            auto stored = m_session->store->toneExamples();
            QVERIFY(stored.has_value());
            QStringList expected;
            for (const ToneExample& e : *stored)
                if (e.bucket == AgingBucket::Light && e.language == Language::German)
                    expected << e.text;
            QVERIFY(expected.contains(tone->editor()->toPlainText()));
        }
        tone->editor()->setPlainText(QStringLiteral("Grüezi {{client_name}}, die Rechnung {{invoice_number}} über {{amount}} ist offen."));
        auto* preview = tone->findChild<QTextBrowser*>();
        QVERIFY(preview->toPlainText().contains(QStringLiteral("CHF")));
        // Filled by the drafting engine's own placeholders: no brace left, the invoice number is there.
        QVERIFY2(!preview->toPlainText().contains(u'{'), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("RE-")));
        QVERIFY(tone->save());
        auto examples = m_session->store->toneExamples();
        bool saved = false;
        for (const ToneExample& e : *examples)
            saved = saved || (e.bucket == AgingBucket::Light && e.language == Language::German && e.text.startsWith(QStringLiteral("Grüezi")));
        QVERIFY(saved);
    }

    void secretsGoToTheKeychainAndAreNeverShownBack()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session D-Bus with a Secret Service: run through tests/run.sh (dbus-run-session + gnome-keyring)");
        qunsetenv("RELANCE_LLM_API_KEY");
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("relance-test-ui-%1").arg(QCoreApplication::applicationPid()));
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Settings);
        SettingsView* s = m_window->settings();
        auto* edit = s->findChild<QLineEdit*>(QStringLiteral("secret/") + secretKey(Secret::LlmApiKey));
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, QStringLiteral("sk-test-123"));
        QPushButton* store = edit->parentWidget()->findChild<QPushButton*>();
        QVERIFY(store);
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(edit->text().isEmpty()); // never shown back
        QLabel* state = edit->parentWidget()->findChild<QLabel*>();
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), SettingsView::tr("stored"), 10000);
        std::optional<Result<QString>> read;
        m_secrets->read(Secret::LlmApiKey, this, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY2(read->has_value(), qPrintable(read->has_value() ? QString() : read->error().detail));
        QCOMPARE(**read, QStringLiteral("sk-test-123"));
        // The key is in the keychain only: not in the configuration file.
        QVERIFY(s->save());
        QFile ini(m_session->configFile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sk-test-123"));
        std::optional<Result<void>> removed;
        m_secrets->remove(Secret::LlmApiKey, this, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    }

    void testConnectionReachesTheModel()
    {
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        server.requireHeader("Authorization", "Bearer right-key");
        Config config;
        config.llm.provider = LlmProvider::OpenAiCompatible;
        config.llm.endpoint = server.baseUrl() + QStringLiteral("/v1");
        config.llm.model = QStringLiteral("llama3");
        qputenv("RELANCE_LLM_API_KEY", "right-key");
        open(false, QStringLiteral("admin"), config);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Settings);
        SettingsView* s = m_window->settings();
        auto* button = s->findChild<QPushButton*>(QStringLiteral("test/llm"));
        QVERIFY(button);
        auto* result = qobject_cast<QLabel*>(button->parentWidget()->findChildren<QLabel*>().value(0));
        QVERIFY(result);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Connected")), 10000);
        QCOMPARE(server.requests().size(), 1);
        // A wrong key: the error, plainly.
        qputenv("RELANCE_LLM_API_KEY", "wrong-key");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Failed")), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("401")), qPrintable(result->text()));
        qunsetenv("RELANCE_LLM_API_KEY");
    }

    void settingsValidateBeforeWriting()
    {
        open(true);
        if (QTest::currentTestFailed())
            return;
        m_window->showPage(MainWindow::Page::Settings);
        SettingsView* s = m_window->settings();
        s->field(QStringLiteral("reminders/autoSendCap"))->setText(QStringLiteral("12.345"));
        QVERIFY(!s->save());
        QVERIFY(!QFile::exists(m_session->configFile));
        QVERIFY(!m_window->notifications()->messages().isEmpty());
        s->field(QStringLiteral("reminders/autoSendCap"))->setText(QStringLiteral("750.00"));
        s->field(QStringLiteral("reminders/firmName"))->setText(QStringLiteral("Fiduciaire du Lac SA"));
        QVERIFY(s->save());
        auto reread = Config::loadFile(m_session->configFile);
        QVERIFY2(reread.has_value(), qPrintable(reread ? QString() : reread.error().toString()));
        QCOMPARE(reread->reminders.autoSendCapMinor, 75000);
        QCOMPARE(reread->reminders.firmName, QStringLiteral("Fiduciaire du Lac SA"));
        s->field(QStringLiteral("database/url"))->setText(test::sqliteUrl(*m_dir));
        s->testConnection(QStringLiteral("database"));
        QVERIFY2(s->testResult(QStringLiteral("database"))->text().contains(QStringLiteral("2")), qPrintable(s->testResult(QStringLiteral("database"))->text()));
        s->testConnection(QStringLiteral("llm"));
        QVERIFY(!s->testResult(QStringLiteral("llm"))->text().isEmpty());
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
