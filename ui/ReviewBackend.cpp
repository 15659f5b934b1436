#include "ReviewBackend.h"

#include <nlohmann/json.hpp>

namespace relance::ui {

namespace {
bool reviewable(ReminderState s)
{
    return s == ReminderState::Drafted || s == ReminderState::NeedsReview || s == ReminderState::Snoozed;
}
QString json(const nlohmann::json& j) { return QString::fromStdString(j.dump()); }
// The Store binds a null QString as NULL, and these columns are NOT NULL: store empty text instead.
void emptyNotNull(Reminder& r)
{
    for (QString* s : {&r.subject, &r.body, &r.provider, &r.model, &r.reason, &r.updatedBy, &r.approvedBy, &r.messageId,
                       &r.internetMessageId, &r.createdBy})
        if (s->isNull())
            *s = QStringLiteral("");
}
} // namespace

Result<int> StoreReviewBackend::change(qint64 id, int expectedVersion, const QString& action, const QString& detail,
                                       const std::function<Result<void>(Reminder&)>& apply)
{
    int newVersion = 0;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        auto found = m_store.reminder(id);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, QStringLiteral("draft %1 does not exist").arg(id));
        Reminder r = **found;
        if (expectedVersion > 0 && r.version != expectedVersion)
            return fail(ErrorCode::Conflict, QStringLiteral("draft %1 was changed by %2 (version %3, you had %4)")
                                                 .arg(id)
                                                 .arg(r.updatedBy.isEmpty() ? QStringLiteral("someone else") : r.updatedBy)
                                                 .arg(r.version)
                                                 .arg(expectedVersion));
        if (!reviewable(r.state))
            return fail(ErrorCode::Conflict,
                        QStringLiteral("draft %1 is %2 and can no longer be changed").arg(id).arg(reminderStateName(r.state)));
        const ReminderState before = r.state;
        if (auto applied = apply(r); !applied)
            return applied;
        r.updatedBy = m_actor;
        emptyNotNull(r);
        if (auto saved = m_store.updateReminder(r); !saved)
            return saved;
        newVersion = r.version;
        AuditEvent e;
        e.actor = m_actor;
        e.entity = QStringLiteral("reminder");
        e.entityId = QString::number(id);
        e.action = before == r.state ? action
                                     : QStringLiteral("state:%1->%2").arg(reminderStateName(before), reminderStateName(r.state));
        e.detail = detail;
        return m_store.appendAudit(e);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return newVersion;
}

Result<int> StoreReviewBackend::saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body)
{
    return change(id, expectedVersion, QStringLiteral("edited"),
                  json({{"subjectLength", subject.size()}, {"bodyLength", body.size()}}), [&](Reminder& r) -> Result<void> {
                      r.subject = subject;
                      r.body = body;
                      return {};
                  });
}

Result<void> StoreReviewBackend::approve(qint64 id, int expectedVersion, const QString& overrideReason)
{
    auto done = change(id, expectedVersion, QStringLiteral("approved"),
                       json({{"overrideReason", overrideReason.toStdString()}}), [&](Reminder& r) -> Result<void> {
                           if (r.hasBlockingFinding() && overrideReason.trimmed().isEmpty())
                               return fail(ErrorCode::InvalidArgument,
                                           QStringLiteral("draft %1 has blocking findings: approving needs a reason").arg(id));
                           r.state = ReminderState::Approved;
                           r.approvedAt = QDateTime::currentDateTimeUtc();
                           r.approvedBy = m_actor;
                           r.reason = overrideReason.trimmed();
                           return {};
                       });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> StoreReviewBackend::reject(qint64 id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("rejecting a draft needs a reason"));
    auto done = change(id, 0, QStringLiteral("rejected"), json({{"reason", reason.trimmed().toStdString()}}),
                       [&](Reminder& r) -> Result<void> {
                           r.state = ReminderState::Rejected;
                           r.reason = reason.trimmed();
                           return {};
                       });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> StoreReviewBackend::snooze(qint64 id, QDate until)
{
    if (!until.isValid() || until <= QDate::currentDate())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("snoozing needs a date in the future"));
    auto done = change(id, 0, QStringLiteral("snoozed"), json({{"until", until.toString(Qt::ISODate).toStdString()}}),
                       [&](Reminder& r) -> Result<void> {
                           r.state = ReminderState::Snoozed;
                           r.snoozedUntil = until;
                           return {};
                       });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> StoreReviewBackend::regenerate(qint64 id, const QString& instruction)
{
    Q_UNUSED(instruction);
    return fail(ErrorCode::Cancelled,
                QStringLiteral("draft %1: the drafting engine is not available in this build, nothing was changed").arg(id));
}

} // namespace relance::ui
