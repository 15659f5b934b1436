#include "mail/AutoSend.h"

#include "mail/Outbox.h"
#include "workflow/Lifecycle.h"

#include <nlohmann/json.hpp>

namespace relance::mail {

Result<AutoSendDecision> autoSendDecision(Store& store, const Config& config, const Reminder& r, const QDateTime& now)
{
    AutoSendDecision d{r.id, false, {}};
    auto waits = [&](QString why) {
        d.reason = std::move(why);
        return d;
    };
    if (!config.reminders.autoSendLight)
        return waits(QStringLiteral("auto-send is off"));
    if (r.bucket != AgingBucket::Light)
        return waits(QStringLiteral("bucket %1: only light reminders may go without review").arg(agingBucketName(r.bucket)));
    if (!r.findings.isEmpty())
        return waits(QStringLiteral("the validator has %1 finding(s)").arg(r.findings.size()));
    if (r.lines.isEmpty())
        return waits(QStringLiteral("no invoice"));
    qint64 total = 0;
    for (const ReminderLine& l : r.lines) {
        if (l.currency != config.aging.baseCurrency)
            return waits(QStringLiteral("invoice %1 is in %2, the cap is in %3")
                             .arg(l.invoiceNumber, l.currency, config.aging.baseCurrency));
        total += l.openMinor;
    }
    if (total > config.reminders.autoSendCapMinor)
        return waits(QStringLiteral("amount %1 over the cap %2")
                         .arg(toDecimalString(total, config.aging.baseCurrency),
                              toDecimalString(config.reminders.autoSendCapMinor, config.aging.baseCurrency)));
    auto invoices = store.invoices(InvoiceQuery{false, r.clientId});
    if (!invoices)
        return std::unexpected(invoices.error());
    for (const ReminderLine& l : r.lines)
        for (const Invoice& i : *invoices)
            if (i.id == l.invoiceId) {
                if (i.disputed)
                    return waits(QStringLiteral("invoice %1 is disputed").arg(i.number));
                if (i.openMinor != l.openMinor)
                    return waits(QStringLiteral("invoice %1 changed since drafting").arg(i.number));
            }
    auto client = store.client(r.clientId);
    if (!client)
        return std::unexpected(client.error());
    if (!*client)
        return waits(QStringLiteral("client %1 not found").arg(r.clientId));
    if ((*client)->isChaseBlocked(now.date()))
        return waits(QStringLiteral("do-not-chase: %1").arg((*client)->doNotChaseReason));
    if (auto rc = recipientsOf(**client); !rc)
        return waits(rc.error().detail);
    auto history = store.interactions(r.clientId);
    if (!history)
        return std::unexpected(history.error());
    for (const Interaction& i : *history)
        if (i.direction == Direction::Inbound && i.occurredAt.isValid() &&
            i.occurredAt.daysTo(now) <= kAutoSendReplyQuietDays)
            return waits(QStringLiteral("the client wrote on %1").arg(i.occurredAt.date().toString(Qt::ISODate)));
    d.approved = true;
    return d;
}

Result<QList<AutoSendDecision>> applyAutoSendPolicy(Store& store, const Config& config, const QDateTime& now)
{
    QList<AutoSendDecision> out;
    if (!config.reminders.autoSendLight)
        return out;
    QList<Reminder> candidates;
    for (ReminderState s : {ReminderState::NeedsReview, ReminderState::Drafted}) {
        auto list = store.reminders(s);
        if (!list)
            return std::unexpected(list.error());
        candidates << *list;
    }
    for (const Reminder& candidate : candidates) {
        std::optional<AutoSendDecision> decided;
        auto ok = store.database().transaction([&]() -> Result<void> {
            // Decide on the row as it is inside the transaction, so a reviewer's change meanwhile wins.
            auto fresh = store.reminder(candidate.id);
            if (!fresh)
                return std::unexpected(fresh.error());
            if (!*fresh || (*fresh)->state != candidate.state)
                return {};
            Reminder r = **fresh;
            auto d = autoSendDecision(store, config, r, now);
            if (!d)
                return std::unexpected(d.error());
            decided = *d;
            if (!d->approved)
                return {};
            r.approvedAt = now;
            r.approvedBy = QStringLiteral("auto-send-policy");
            r.updatedBy = r.approvedBy;
            return lifecycle::transition(
                store, r, ReminderState::Approved,
                {.actor = QStringLiteral("auto-send-policy"),
                 .detail = QString::fromStdString(
                     nlohmann::json{{"policy", "auto-send-light"}, {"capMinor", config.reminders.autoSendCapMinor}}.dump())});
        });
        if (!ok)
            return std::unexpected(ok.error());
        if (decided)
            out << *decided;
    }
    return out;
}

} // namespace relance::mail
