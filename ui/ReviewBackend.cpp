#include "ReviewBackend.h"

#include "config/Config.h"
#include "workflow/ReviewActions.h"

namespace relance::ui {

WorkflowReviewBackend::WorkflowReviewBackend(Store& store, const Config& config, QString actor, DraftingService* drafting,
                                             bool admin)
    : m_actions(std::make_unique<ReviewActions>(store, config, std::move(actor), drafting)), m_admin(admin)
{
}

WorkflowReviewBackend::~WorkflowReviewBackend() = default;

Result<Reminder> WorkflowReviewBackend::saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body)
{
    return m_actions->saveEdit(id, expectedVersion, subject, body);
}

Result<Reminder> WorkflowReviewBackend::approve(qint64 id, int expectedVersion, const QString& overrideReason)
{
    if (!m_admin && !overrideReason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("only an administrator may approve a draft despite blocking findings (draft %1)").arg(id));
    return m_actions->approve(id, expectedVersion, overrideReason);
}

Result<Reminder> WorkflowReviewBackend::reject(qint64 id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("rejecting draft %1 needs a reason").arg(id));
    return m_actions->reject(id, reason);
}

Result<Reminder> WorkflowReviewBackend::snooze(qint64 id, QDate until) { return m_actions->snooze(id, until); }

void WorkflowReviewBackend::regenerate(qint64 id, int expectedVersion, const QString& instruction, QObject* context,
                                       std::function<void(Result<Reminder>)> done)
{
    m_actions->regenerate(id, expectedVersion, instruction, context, std::move(done));
}

} // namespace relance::ui
