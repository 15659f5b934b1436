#include "drafting/Candidates.h"

#include "net/Clock.h"

#include "workflow/Lifecycle.h"

#include <QHash>
#include <QSqlError>
#include <QSet>
#include <nlohmann/json.hpp>

namespace relance {

int DraftCandidate::maxDaysLate(QDate asOf) const
{
    int m = 0;
    for (const auto& i : invoices)
        m = qMax(m, i.daysLate(asOf));
    return m;
}

Result<QList<DraftCandidate>> selectDraftCandidates(Store& store, const CandidateQuery& query)
{
    Database& db = store.database();
    const QDate asOf = query.asOf.isValid() ? query.asOf : store.clock().today();

    // Clients with a reminder still pending.
    QSet<qint64> pendingClients;
    {
        QSqlQuery q = db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT client_id FROM reminders WHERE state IN "
                                   "('drafted','needs-review','approved','sending','snoozed')")))
            return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading pending reminders")));
        while (q.next())
            pendingClients.insert(q.value(0).toLongLong());
    }
    // Per invoice: how many reminders were sent and when the last one went.
    struct Sent
    {
        int count = 0;
        QDate last;
    };
    QHash<qint64, Sent> sent;
    {
        QSqlQuery q = db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT ri.invoice_id, r.sent_at, r.updated_at FROM reminder_invoices ri "
                                   "JOIN reminders r ON r.id = ri.reminder_id WHERE r.state = 'sent'")))
            return std::unexpected(db.errorFrom(q.lastError(), QStringLiteral("reading sent reminders")));
        while (q.next()) {
            QDateTime at = timeFrom(q.value(1));
            if (!at.isValid())
                at = timeFrom(q.value(2));
            Sent& s = sent[q.value(0).toLongLong()];
            ++s.count;
            const QDate d = at.toLocalTime().date();
            if (!s.last.isValid() || d > s.last)
                s.last = d;
        }
    }
    auto clients = store.clients();
    if (!clients)
        return std::unexpected(clients.error());
    QHash<qint64, Client> byId;
    for (const auto& c : *clients)
        byId.insert(c.id, c);

    auto invoices = store.invoices({.openOnly = true});
    if (!invoices)
        return std::unexpected(invoices.error());
    QHash<qint64, qsizetype> index;
    QList<DraftCandidate> out;
    for (const Invoice& inv : *invoices) {
        if (inv.openMinor <= 0 || inv.disputed || inv.daysLate(asOf) < 1)
            continue;
        const auto c = byId.constFind(inv.clientId);
        if (c == byId.constEnd() || c->isChaseBlocked(asOf) || pendingClients.contains(inv.clientId))
            continue;
        const Sent s = sent.value(inv.id);
        if (s.last.isValid() && s.last.daysTo(asOf) < query.intervalDays)
            continue;
        auto it = index.constFind(inv.clientId);
        if (it == index.constEnd()) {
            it = index.insert(inv.clientId, out.size());
            DraftCandidate cand;
            cand.client = *c;
            out.push_back(cand);
        }
        DraftCandidate& cand = out[*it];
        cand.invoices.push_back(inv);
        cand.previousReminders = qMax(cand.previousReminders, s.count);
        if (s.last.isValid() && (!cand.lastReminderDate.isValid() || s.last > cand.lastReminderDate))
            cand.lastReminderDate = s.last;
    }
    std::stable_sort(out.begin(), out.end(), [&](const DraftCandidate& a, const DraftCandidate& b) {
        return a.maxDaysLate(asOf) > b.maxDaysLate(asOf);
    });
    if (query.limit > 0 && out.size() > query.limit)
        out.resize(query.limit);
    return out;
}

Result<int> wakeSnoozedReminders(Store& store, QDate asOf, const QString& actor)
{
    int woken = 0;
    auto ok = store.database().transaction([&]() -> Result<void> {
        auto snoozed = store.reminders(ReminderState::Snoozed);
        if (!snoozed)
            return std::unexpected(snoozed.error());
        for (Reminder r : *snoozed) {
            if (r.snoozedUntil.isValid() && r.snoozedUntil > asOf)
                continue;
            r.updatedBy = actor;
            if (auto t = lifecycle::transition(store, r, ReminderState::NeedsReview,
                                               {.actor = actor, .detail = QStringLiteral(R"({"why":"snooze ended"})")});
                !t)
                return t;
            ++woken;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return woken;
}

Result<int> cancelStaleDrafts(Store& store, int staleMinutes, const QString& actor)
{
    int cancelled = 0;
    const QDateTime cutoff = store.clock().nowUtc().addSecs(-60LL * staleMinutes);
    auto ok = store.database().transaction([&]() -> Result<void> {
        auto drafted = store.reminders(ReminderState::Drafted);
        if (!drafted)
            return std::unexpected(drafted.error());
        for (Reminder r : *drafted) {
            if (r.updatedAt.isValid() && r.updatedAt > cutoff)
                continue;
            r.reason = QStringLiteral("drafting was interrupted");
            r.updatedBy = actor;
            if (auto t = lifecycle::transition(store, r, ReminderState::Cancelled,
                                               {.actor = actor, .detail = QStringLiteral(R"({"why":"drafting was interrupted"})")});
                !t)
                return t;
            ++cancelled;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return cancelled;
}

} // namespace relance
