#include "mail/Outbox.h"

#include "sync/SyncStore.h" // kLastSyncKey: when the accounting data was last synced
#include "workflow/Lifecycle.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRegularExpression>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif
#include <nlohmann/json.hpp>

namespace relance::mail {

namespace {
std::string s8(const QString& s) { return s.toStdString(); }
QString dump(const nlohmann::json& j) { return QString::fromStdString(j.dump()); }
} // namespace

Result<std::optional<QDateTime>> lastAccountingSync(Store& store)
{
    auto v = store.syncValue(sync::kLastSyncKey);
    if (!v)
        return std::unexpected(v.error());
    if (!v->has_value() || (*v)->trimmed().isEmpty())
        return std::optional<QDateTime>();
    QDateTime t = QDateTime::fromString((*v)->trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString((*v)->trimmed(), Qt::ISODate);
    if (!t.isValid())
        return fail(ErrorCode::Parse,
                    QStringLiteral("sync_state %1 is not an ISO date-time: '%2'").arg(sync::kLastSyncKey, **v));
    return std::optional<QDateTime>(t.toUTC());
}

bool isPlausibleAddress(const QString& address)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s<>,;:"()\[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

Result<Recipients> recipientsOf(const Client& client)
{
    Recipients r;
    QStringList all;
    for (const QString& a : client.reminderEmails)
        if (!a.trimmed().isEmpty())
            all << a.trimmed();
    if (all.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("recipient: client %1 (%2) has no reminder e-mail address").arg(client.number, client.name));
    for (const QString& a : all)
        if (!isPlausibleAddress(a))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("recipient: '%1' of client %2 (%3) is not a valid e-mail address")
                            .arg(a, client.number, client.name));
    r.to = all.takeFirst();
    r.cc = all;
    return r;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Send: return QStringLiteral("send");
    case Verdict::Cancel: return QStringLiteral("cancel");
    case Verdict::Review: return QStringLiteral("review");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Wait: return QStringLiteral("wait");
    }
    return {};
}

OutboxOptions outboxOptions(const Config& config, QString actor)
{
    OutboxOptions o;
    o.actor = std::move(actor);
    o.maxSyncAgeMinutes = config.accounting.maxSyncAgeMinutes;
    o.accountingIsDemo = config.accounting.source == AccountingSource::Demo;
    o.transport = config.mail.transport;
    return o;
}

Result<Recheck> Outbox::recheck(const Reminder& r, const Client& client, const QDateTime& now)
{
    if (r.lines.isEmpty())
        return Recheck{Verdict::Review, QStringLiteral("no-invoices: the reminder names no invoice")};
    auto q = m_db.prepare(QStringLiteral("SELECT number, open_minor, currency, disputed FROM invoices WHERE id = ?"),
                          QStringLiteral("re-checking an invoice before sending"));
    if (!q)
        return std::unexpected(q.error());
    QStringList paid, changed, disputed, missing;
    for (const ReminderLine& l : r.lines) {
        q->addBindValue(l.invoiceId);
        if (auto ok = m_db.run(*q, QStringLiteral("re-checking invoice %1 of reminder %2").arg(l.invoiceNumber).arg(r.id));
            !ok)
            return std::unexpected(ok.error());
        if (!q->next()) {
            missing << l.invoiceNumber;
            continue;
        }
        const qint64 open = q->value(1).toLongLong();
        const QString currency = q->value(2).toString();
        if (open <= 0)
            paid << l.invoiceNumber;
        else if (open != l.openMinor || currency != l.currency)
            changed << QStringLiteral("%1 was %2 %3, now %4 %5")
                           .arg(l.invoiceNumber, l.currency, toDecimalString(l.openMinor, l.currency), currency,
                                toDecimalString(open, currency));
        if (q->value(3).toInt() != 0)
            disputed << l.invoiceNumber;
        q->finish();
    }
    if (!paid.isEmpty())
        return Recheck{Verdict::Cancel, QStringLiteral("paid")};
    if (!missing.isEmpty())
        return Recheck{Verdict::Review,
                       QStringLiteral("invoice-missing: %1 no longer in the accounting data").arg(missing.join(u", "))};
    auto recipients = recipientsOf(client);
    if (!recipients)
        return Recheck{Verdict::Fail, recipients.error().detail};
    if (!disputed.isEmpty())
        return Recheck{Verdict::Review, QStringLiteral("disputed: %1").arg(disputed.join(u", "))};
    if (!changed.isEmpty())
        return Recheck{Verdict::Review, QStringLiteral("amount-changed: %1").arg(changed.join(u"; "))};
    if (client.isChaseBlocked(now.date()))
        return Recheck{Verdict::Review, QStringLiteral("do-not-chase: %1").arg(client.doNotChaseReason)};
    const QDateTime since = r.approvedAt.isValid() ? r.approvedAt : r.createdAt;
    auto history = m_store.interactions(client.id);
    if (!history)
        return std::unexpected(history.error());
    for (const Interaction& i : *history)
        if (i.direction == Direction::Inbound && since.isValid() && i.occurredAt > since)
            return Recheck{Verdict::Review, QStringLiteral("client-replied: %1 on %2")
                                                .arg(i.subject, i.occurredAt.toString(Qt::ISODate))};
    // Read from the accounting source itself a moment ago (and applied): as good as a sync of those invoices.
    bool confirmedAtSource = true;
    for (const ReminderLine& l : r.lines) {
        const QDateTime at = m_confirmed.value(l.invoiceNumber);
        if (!at.isValid() || at.secsTo(now) > qint64(m_options.maxSyncAgeMinutes) * 60)
            confirmedAtSource = false;
    }
    if (!m_options.accountingIsDemo && !confirmedAtSource) {
        auto last = lastAccountingSync(m_store);
        if (!last)
            return std::unexpected(last.error());
        if (!*last)
            return Recheck{Verdict::Wait, QStringLiteral("stale-data: no successful accounting sync yet")};
        const qint64 ageMinutes = (*last)->secsTo(now) / 60;
        if (ageMinutes > m_options.maxSyncAgeMinutes)
            return Recheck{Verdict::Wait, QStringLiteral("stale-data: the last accounting sync is %1 minutes old "
                                                         "(at most %2 allowed: [accounting] maxSyncAgeMinutes)")
                                              .arg(ageMinutes)
                                              .arg(m_options.maxSyncAgeMinutes)};
    }
    return Recheck{Verdict::Send, {}};
}

Result<void> Outbox::audit(qint64 reminderId, const QString& action, const QString& detailJson)
{
    AuditEvent e;
    e.actor = m_options.actor;
    e.entity = QStringLiteral("reminder");
    e.entityId = QString::number(reminderId);
    e.action = action;
    e.detail = detailJson;
    return m_store.appendAudit(e);
}

Result<void> Outbox::transition(Reminder& r, ReminderState to, const QString& reason, const QString& detailJson)
{
    r.reason = reason;
    r.updatedBy = m_options.actor;
    nlohmann::json d = detailJson.isEmpty() ? nlohmann::json::object()
                                            : nlohmann::json::parse(detailJson.toStdString(), nullptr, false);
    if (d.is_discarded() || !d.is_object())
        d = nlohmann::json::object();
    if (!reason.isEmpty())
        d["reason"] = s8(reason);
    return lifecycle::transition(m_store, r, to, {.actor = m_options.actor, .detail = dump(d)});
}

namespace {
ReminderState stateFor(Verdict v)
{
    switch (v) {
    case Verdict::Cancel: return ReminderState::Cancelled;
    case Verdict::Review: return ReminderState::NeedsReview;
    case Verdict::Fail: return ReminderState::Failed;
    default: return ReminderState::Approved;
    }
}
} // namespace

Result<ClaimResult> Outbox::claimNext(const QDateTime& now)
{
    ClaimResult out;
    auto ok = m_db.transaction([&]() -> Result<void> {
        QString sql = QStringLiteral("SELECT id FROM reminders WHERE state = 'approved' ORDER BY id LIMIT 1");
        if (m_db.dialect() == Dialect::PostgreSQL)
            sql += QStringLiteral(" FOR UPDATE SKIP LOCKED");
        auto q = m_db.prepare(sql, QStringLiteral("claiming a reminder to send"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = m_db.run(*q, QStringLiteral("claiming a reminder to send")); !r)
            return r;
        if (!q->next())
            return {};
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        auto rem = m_store.reminder(id);
        if (!rem)
            return std::unexpected(rem.error());
        if (!*rem)
            return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 vanished while being claimed").arg(id));
        Reminder r = **rem;
        auto cl = m_store.client(r.clientId);
        if (!cl)
            return std::unexpected(cl.error());
        if (!*cl)
            return fail(ErrorCode::NotFound, QStringLiteral("client %1 of reminder %2 does not exist").arg(r.clientId).arg(id));
        auto check = recheck(r, **cl, now);
        if (!check)
            return std::unexpected(check.error());
        out.recheck = *check;
        if (check->verdict == Verdict::Wait) {
            out.stoppedId = id;
            return {};
        }
        if (check->verdict != Verdict::Send) {
            out.stoppedId = id;
            return transition(r, stateFor(check->verdict), check->reason,
                              dump({{"recheck", s8(verdictName(check->verdict))}}));
        }
        if (auto t = transition(r, ReminderState::Sending, {}, dump({{"attempt", "claim"}, {"transport", s8(choiceName(m_options.transport))}}));
            !t)
            return t;
        out.claim = Claim{r, **cl, *recipientsOf(**cl)};
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

namespace {
const QString kLease = QStringLiteral("mail.sender.lease");
QString leaseOwner() { return QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid()); }
bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // elsewhere the expiry decides
#endif
}
} // namespace

Result<bool> Outbox::acquireLease(const QDateTime& now, QString* holder)
{
    bool got = false;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto v = m_store.syncValue(kLease);
        if (!v)
            return std::unexpected(v.error());
        if (*v && !(*v)->isEmpty()) {
            // "host:pid|expiry"
            const QString owner = (*v)->section(u'|', 0, 0);
            const QDateTime expires = QDateTime::fromString((*v)->section(u'|', 1), Qt::ISODate);
            const QString host = owner.section(u':', 0, -2);
            const qint64 pid = owner.section(u':', -1).toLongLong();
            const bool mine = owner == leaseOwner();
            const bool gone = host == QHostInfo::localHostName() && !processAlive(pid);
            if (!mine && !gone && expires.isValid() && expires > now) {
                if (holder)
                    *holder = QStringLiteral("%1 until %2").arg(owner, expires.toString(Qt::ISODate));
                return {};
            }
        }
        got = true;
        return m_store.setSyncValue(kLease, leaseOwner() + u'|' + now.addSecs(kLeaseSeconds).toString(Qt::ISODate));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return got;
}

Result<void> Outbox::renewLease(const QDateTime& now)
{
    return m_db.transaction([&]() -> Result<void> {
        auto v = m_store.syncValue(kLease);
        if (!v)
            return std::unexpected(v.error());
        if (!*v || (*v)->section(u'|', 0, 0) != leaseOwner())
            return fail(ErrorCode::Conflict, QStringLiteral("the sender lease was taken over by %1").arg(v->value_or(QString())));
        return m_store.setSyncValue(kLease, leaseOwner() + u'|' + now.addSecs(kLeaseSeconds).toString(Qt::ISODate));
    });
}

Result<void> Outbox::releaseLease()
{
    return m_db.transaction([&]() -> Result<void> {
        auto v = m_store.syncValue(kLease);
        if (!v)
            return std::unexpected(v.error());
        if (!*v || (*v)->section(u'|', 0, 0) != leaseOwner())
            return {};
        return m_store.setSyncValue(kLease, QStringLiteral(""));
    });
}

Result<QList<Outbox::Candidate>> Outbox::candidates(ReminderState state, int limit)
{
    const QString what = QStringLiteral("listing reminders to check at the accounting source");
    auto q = m_db.prepare(QStringLiteral("SELECT r.id, i.number FROM reminders r "
                                         "LEFT JOIN reminder_invoices ri ON ri.reminder_id = r.id "
                                         "LEFT JOIN invoices i ON i.id = ri.invoice_id "
                                         "WHERE r.id IN (SELECT id FROM reminders WHERE state = ? ORDER BY id LIMIT ?) "
                                         "ORDER BY r.id, i.number"),
                          what);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(reminderStateName(state));
    q->addBindValue(limit);
    if (auto ok = m_db.run(*q, what); !ok)
        return std::unexpected(ok.error());
    QList<Candidate> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.back().reminderId != id)
            out.push_back({id, {}});
        if (!q->value(1).isNull())
            out.back().invoiceNumbers << q->value(1).toString();
    }
    return out;
}

Result<qint64> Outbox::nextApprovedId()
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM reminders WHERE state = 'approved' ORDER BY id LIMIT 1"),
                          QStringLiteral("looking for the next reminder to send"));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = m_db.run(*q, QStringLiteral("looking for the next reminder to send")); !ok)
        return std::unexpected(ok.error());
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<bool> Outbox::hasApproved()
{
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM reminders WHERE state = 'approved' LIMIT 1"),
                          QStringLiteral("looking for approved reminders"));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = m_db.run(*q, QStringLiteral("looking for approved reminders")); !ok)
        return std::unexpected(ok.error());
    return q->next();
}

Result<std::optional<Claim>> Outbox::loadClaim(qint64 reminderId)
{
    auto rem = m_store.reminder(reminderId);
    if (!rem)
        return std::unexpected(rem.error());
    if (!*rem)
        return std::optional<Claim>();
    auto cl = m_store.client((*rem)->clientId);
    if (!cl)
        return std::unexpected(cl.error());
    if (!*cl)
        return std::optional<Claim>();
    Claim c{**rem, **cl, {}};
    if (auto rc = recipientsOf(**cl))
        c.recipients = *rc;
    return std::optional<Claim>(c);
}

Result<QList<Claim>> Outbox::inSending()
{
    auto list = m_store.reminders(ReminderState::Sending);
    if (!list)
        return std::unexpected(list.error());
    QList<Claim> out;
    for (const Reminder& r : *list) {
        auto c = loadClaim(r.id);
        if (!c)
            return std::unexpected(c.error());
        if (*c)
            out << **c;
    }
    return out;
}

Result<Recheck> Outbox::recheckSending(qint64 reminderId, const QDateTime& now)
{
    Recheck result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto c = loadClaim(reminderId);
        if (!c)
            return std::unexpected(c.error());
        if (!*c || (*c)->reminder.state != ReminderState::Sending)
            return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 is no longer being sent").arg(reminderId));
        auto check = recheck((*c)->reminder, (*c)->client, now);
        if (!check)
            return std::unexpected(check.error());
        result = *check;
        // Wait keeps the row in `sending`: its draft stays the one to send once the data is fresh again.
        if (check->verdict == Verdict::Send || check->verdict == Verdict::Wait)
            return {};
        return transition((*c)->reminder, stateFor(check->verdict), check->reason,
                          dump({{"recheck", s8(verdictName(check->verdict))}, {"why", s8(check->reason)}}));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

namespace {
// Loads a reminder that must be in `sending`, for a step's bookkeeping.
Result<Reminder> sendingReminder(Store& store, qint64 id)
{
    auto rem = store.reminder(id);
    if (!rem)
        return std::unexpected(rem.error());
    if (!*rem)
        return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 does not exist").arg(id));
    if ((*rem)->state != ReminderState::Sending)
        return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 is %2, not sending")
                                             .arg(id)
                                             .arg(reminderStateName((*rem)->state)));
    return **rem;
}
} // namespace

Result<void> Outbox::recordDraft(qint64 reminderId, const QString& messageId, const QString& internetMessageId,
                                 const QString& conversationId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = sendingReminder(m_store, reminderId);
        if (!r)
            return std::unexpected(r.error());
        r->messageId = messageId;
        r->internetMessageId = internetMessageId;
        r->updatedBy = m_options.actor;
        if (auto ok = m_store.updateReminder(*r); !ok)
            return ok;
        if (!conversationId.isEmpty())
            if (auto ok = m_store.setSyncValue(QStringLiteral("mail.conversation:") + conversationId,
                                               QString::number(reminderId));
                !ok)
                return ok;
        return audit(reminderId, QStringLiteral("draft-created"),
                     dump({{"messageId", s8(messageId)},
                           {"internetMessageId", s8(internetMessageId)},
                           {"conversationId", s8(conversationId)}}));
    });
}

Result<void> Outbox::markSent(qint64 reminderId, const QDateTime& sentAt, const QString& how,
                              const QString& internetMessageId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = sendingReminder(m_store, reminderId);
        if (!r)
            return std::unexpected(r.error());
        r->sentAt = sentAt;
        if (!internetMessageId.isEmpty())
            r->internetMessageId = internetMessageId;
        return transition(*r, ReminderState::Sent, {},
                          dump({{"how", s8(how)}, {"transport", s8(choiceName(m_options.transport))}, {"messageId", s8(r->messageId)},
                                {"internetMessageId", s8(r->internetMessageId)}}));
    });
}

Result<void> Outbox::markFailed(qint64 reminderId, const QString& reason)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = sendingReminder(m_store, reminderId);
        if (!r)
            return std::unexpected(r.error());
        return transition(*r, ReminderState::Failed, reason);
    });
}

Result<void> Outbox::markAmbiguous(qint64 reminderId, const QString& detail)
{
    return markFailed(reminderId, QStringLiteral("ambiguous: ") + detail);
}

Result<void> Outbox::release(qint64 reminderId, const QString& why)
{
    return m_db.transaction([&]() -> Result<void> {
        auto r = sendingReminder(m_store, reminderId);
        if (!r)
            return std::unexpected(r.error());
        if (!r->messageId.isEmpty())
            return fail(ErrorCode::Conflict,
                        QStringLiteral("reminder %1 has a draft: it must be recovered, not released").arg(reminderId));
        return transition(*r, ReminderState::Approved, why, dump({{"released", s8(why)}}));
    });
}

Result<void> Outbox::noteAttemptProblem(qint64 reminderId, const QString& detail)
{
    return m_db.transaction([&]() -> Result<void> {
        return audit(reminderId, QStringLiteral("send-problem"), dump({{"detail", s8(detail)}}));
    });
}

Result<std::optional<qint64>> Outbox::reminderByInternetMessageId(const QString& internetMessageId)
{
    if (internetMessageId.trimmed().isEmpty())
        return std::optional<qint64>();
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM reminders WHERE internet_message_id = ? ORDER BY id DESC"),
                          QStringLiteral("matching a reply"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(internetMessageId.trimmed());
    if (auto ok = m_db.run(*q, QStringLiteral("matching a reply by internetMessageId")); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<std::optional<qint64>> Outbox::reminderByConversationId(const QString& conversationId)
{
    if (conversationId.isEmpty())
        return std::optional<qint64>();
    auto v = m_store.syncValue(QStringLiteral("mail.conversation:") + conversationId);
    if (!v)
        return std::unexpected(v.error());
    if (!*v)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = (*v)->toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::optional<qint64>();
}

} // namespace relance::mail
