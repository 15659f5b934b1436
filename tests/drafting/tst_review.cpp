// Review actions: approve re-validates and refuses a blocking finding without an audited override, refuses when an
// invoice changed; edits are re-validated; stale versions conflict; reject, snooze, regenerate; every step audited.
#include "DraftTestData.h"
#include "TestSupport.h"
#include "drafting/DraftingService.h"
#include "workflow/ReviewActions.h"
#include "workflow/Roles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;

class TestReviewActions : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DraftingService> m_drafting;
    DraftLedger m_ledger;

    Reminder draftOf(const Client& c)
    {
        const auto all = m_store->reminders();
        for (const Reminder& r : *all)
            if (r.clientId == c.id)
                return r;
        return {};
    }
    QStringList actions(qint64 id)
    {
        QStringList out;
        const auto events = m_store->auditEvents(QStringLiteral("reminder"), QString::number(id));
        for (const auto& e : *events)
            out << e.action;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::openAndMigrate(sqliteUrl(*m_dir));
        QVERIFY(db);
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
        auto ledger = seedDraftLedger(*m_store, QDate::currentDate());
        QVERIFY(ledger);
        m_ledger = *ledger;
        m_drafting = std::make_unique<DraftingService>(*m_store, draftTestConfig(), QString());
        QSignalSpy spy(m_drafting.get(), &DraftingService::finished);
        m_drafting->run({.actor = QStringLiteral("system")});
        QVERIFY(spy.wait(10000));
        QCOMPARE(m_store->reminders()->size(), 3);
        // Roles live in the database (issue 8): anna opens it first (administrator) and makes ben a reviewer.
        Roles roles(*m_store);
        QVERIFY(roles.resolve(QStringLiteral("anna")).has_value());
        QVERIFY(roles.add(QStringLiteral("anna"), QStringLiteral("ben"), Role::Reviewer).has_value());
    }
    void cleanup()
    {
        m_drafting.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void approveCleanDraft()
    {
        ReviewActions review(*m_store, draftTestConfig(), QStringLiteral("anna"));
        const Reminder r = draftOf(m_ledger.en);
        auto approved = review.approve(r.id, r.version);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().toString()));
        QCOMPARE(approved->state, ReminderState::Approved);
        QCOMPARE(approved->approvedBy, QStringLiteral("anna"));
        QCOMPARE(m_store->reminder(r.id)->value().state, ReminderState::Approved);
        QVERIFY(actions(r.id).contains(QStringLiteral("state:needs-review->approved")));
        // Approving again with the old version: someone (we) changed it meanwhile.
        auto again = review.approve(r.id, r.version);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void wrongFigureNeedsAnAuditedOverride()
    {
        ReviewActions review(*m_store, draftTestConfig(), QStringLiteral("anna"));
        Reminder r = draftOf(m_ledger.fr);
        // The reviewer's edit slips in a wrong amount: the validator catches it and stores the finding.
        auto edited = review.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral("\nSoit CHF 1’700.00 au total."));
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().toString()));
        QVERIFY(edited->hasBlockingFinding());
        QCOMPARE(edited->findings.first().code, QStringLiteral("amount-mismatch"));
        QCOMPARE(m_store->reminder(r.id)->value().findings, edited->findings);

        auto refused = review.approve(r.id, edited->version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().detail.contains(QStringLiteral("amount-mismatch")));
        QCOMPARE(m_store->reminder(r.id)->value().state, ReminderState::NeedsReview);

        auto overridden = review.approve(r.id, edited->version, QStringLiteral("Total incl. fees agreed by phone"));
        QVERIFY2(overridden, qPrintable(overridden ? QString() : overridden.error().toString()));
        QCOMPARE(overridden->state, ReminderState::Approved);
        const QStringList a = actions(r.id);
        QVERIFY(a.contains(QStringLiteral("edited")));
        QVERIFY(a.contains(QStringLiteral("override")));
        const auto events = m_store->auditEvents(QStringLiteral("reminder"), QString::number(r.id));
        bool found = false;
        for (const auto& e : *events)
            if (e.action == u"override") {
                found = e.detail.contains(QStringLiteral("agreed by phone")) && e.actor == u"anna";
            }
        QVERIFY(found);
    }

    void staleEditConflicts()
    {
        ReviewActions anna(*m_store, draftTestConfig(), QStringLiteral("anna"));
        ReviewActions ben(*m_store, draftTestConfig(), QStringLiteral("ben"));
        const Reminder r = draftOf(m_ledger.de);
        QVERIFY(anna.saveEdit(r.id, r.version, r.subject, r.body + QStringLiteral("\nVielen Dank.")));
        auto late = ben.saveEdit(r.id, r.version, r.subject, r.body);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QVERIFY(m_store->reminder(r.id)->value().body.endsWith(QStringLiteral("Vielen Dank.")));
    }

    void changedInvoiceRefusesApproval()
    {
        ReviewActions review(*m_store, draftTestConfig(), QStringLiteral("anna"));
        const Reminder r = draftOf(m_ledger.en);
        // A partial payment arrives with the next sync.
        auto inv = m_store->invoiceByNumber(QStringLiteral("RE-3001"));
        QList<Invoice> changed{**inv};
        changed[0].openMinor = 45000;
        QVERIFY(m_store->upsertInvoices(changed));
        auto refused = review.approve(r.id, r.version, QStringLiteral("even with an override"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().detail.contains(QStringLiteral("RE-3001")));
        QCOMPARE(m_store->reminder(r.id)->value().state, ReminderState::NeedsReview);
    }

    void rejectAndSnooze()
    {
        ReviewActions review(*m_store, draftTestConfig(), QStringLiteral("anna"));
        const Reminder fr = draftOf(m_ledger.fr);
        auto rejected = review.reject(fr.id, QStringLiteral("client called, paying tomorrow"));
        QVERIFY(rejected);
        QCOMPARE(rejected->state, ReminderState::Rejected);
        QCOMPARE(rejected->reason, QStringLiteral("client called, paying tomorrow"));
        QVERIFY(actions(fr.id).contains(QStringLiteral("state:needs-review->rejected")));

        const Reminder de = draftOf(m_ledger.de);
        QVERIFY(!review.snooze(de.id, QDate::currentDate()));  // must be in the future
        auto snoozed = review.snooze(de.id, QDate::currentDate().addDays(7));
        QVERIFY(snoozed);
        QCOMPARE(snoozed->state, ReminderState::Snoozed);
        QCOMPARE(snoozed->snoozedUntil, QDate::currentDate().addDays(7));
        QVERIFY(!review.approve(de.id, snoozed->version));  // not in review
    }

    void regenerateThroughTheDraftingService()
    {
        ReviewActions review(*m_store, draftTestConfig(), QStringLiteral("anna"), m_drafting.get());
        const Reminder r = draftOf(m_ledger.en);
        auto edited = review.saveEdit(r.id, r.version, r.subject, QStringLiteral("Pay CHF 5.00 now, thanks."));
        QVERIFY(edited && edited->hasBlockingFinding());
        std::optional<Result<Reminder>> got;
        review.regenerate(r.id, edited->version, QStringLiteral("shorter please"), this, [&](Result<Reminder> x) { got = x; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY2(*got, qPrintable(*got ? QString() : got->error().toString()));
        QCOMPARE((*got)->state, ReminderState::NeedsReview);
        QVERIFY(!(*got)->hasBlockingFinding());
        QVERIFY((*got)->body.contains(QStringLiteral("RE-3001")));
        QVERIFY(actions(r.id).contains(QStringLiteral("regenerated")));
        // A stale version is refused.
        std::optional<Result<Reminder>> stale;
        review.regenerate(r.id, edited->version, QString(), this, [&](Result<Reminder> x) { stale = x; });
        QTRY_VERIFY_WITH_TIMEOUT(stale.has_value(), 5000);
        QVERIFY(!*stale);
        QCOMPARE(stale->error().code, ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestReviewActions)
#include "tst_review.moc"
