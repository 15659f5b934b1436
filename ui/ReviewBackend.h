#pragma once
// The reviewer's actions on a draft, as the queue needs them. The workstation talks to this interface only;
// WorkflowReviewBackend is the implementation: an adapter over core/workflow/ReviewActions (one transaction and one
// audit entry per action, re-validation on every save and approval) and core/drafting's DraftingService (rewrites).
// It adds the workstation's rule on top: only an administrator may override a blocking finding.
#include "domain/Domain.h"
#include "storage/Store.h"

#include <QObject>
#include <functional>
#include <memory>

namespace relance {
class DraftingService;
class ReviewActions;
struct Config;
} // namespace relance

namespace relance::ui {

class ReviewBackend
{
public:
    virtual ~ReviewBackend() = default;
    // Saves and re-validates: the returned draft carries the new version and the validator's fresh findings.
    // ErrorCode::Conflict when the stored version is not expectedVersion.
    virtual Result<Reminder> saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body) = 0;
    // Re-validates first; a draft with a blocking finding needs an override reason (and the right to override).
    virtual Result<Reminder> approve(qint64 id, int expectedVersion, const QString& overrideReason) = 0;
    virtual Result<Reminder> reject(qint64 id, const QString& reason) = 0;
    virtual Result<Reminder> snooze(qint64 id, QDate until) = 0;
    // Rewrites the draft with the reviewer's instruction; `done` runs later (only while `context` lives).
    virtual void regenerate(qint64 id, int expectedVersion, const QString& instruction, QObject* context,
                            std::function<void(Result<Reminder>)> done) = 0;
    // May this reviewer approve a draft despite a blocking finding (with a reason)?
    virtual bool canOverride() const = 0;
};

class WorkflowReviewBackend : public ReviewBackend
{
public:
    // `drafting` may be null: regenerate() then says there is no drafting service. `admin`: may override findings.
    WorkflowReviewBackend(Store& store, const Config& config, QString actor, DraftingService* drafting, bool admin);
    ~WorkflowReviewBackend() override;
    Result<Reminder> saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body) override;
    Result<Reminder> approve(qint64 id, int expectedVersion, const QString& overrideReason) override;
    Result<Reminder> reject(qint64 id, const QString& reason) override;
    Result<Reminder> snooze(qint64 id, QDate until) override;
    void regenerate(qint64 id, int expectedVersion, const QString& instruction, QObject* context,
                    std::function<void(Result<Reminder>)> done) override;
    bool canOverride() const override { return m_admin; }

private:
    std::unique_ptr<ReviewActions> m_actions;
    bool m_admin;
};

} // namespace relance::ui
