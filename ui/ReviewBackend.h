#pragma once
// The reviewer's actions on a draft, as the queue needs them. The workstation talks to this interface only,
// so it can be wired to core/workflow/ReviewActions (the drafting issue) without touching a view.
// StoreReviewBackend is the interim implementation over the Store: optimistic versions, one transaction and
// one audit entry per action. It cannot redraft: regenerate() says so until the drafting engine is wired.
#include "domain/Domain.h"
#include "storage/Store.h"

namespace relance::ui {

class ReviewBackend
{
public:
    virtual ~ReviewBackend() = default;
    // Returns the new version. ErrorCode::Conflict when the stored version is not expectedVersion.
    virtual Result<int> saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body) = 0;
    // A draft with a blocking finding needs an override reason.
    virtual Result<void> approve(qint64 id, int expectedVersion, const QString& overrideReason) = 0;
    virtual Result<void> reject(qint64 id, const QString& reason) = 0;
    virtual Result<void> snooze(qint64 id, QDate until) = 0;
    virtual Result<void> regenerate(qint64 id, const QString& instruction) = 0;
};

class StoreReviewBackend : public ReviewBackend
{
public:
    StoreReviewBackend(Store& store, QString actor) : m_store(store), m_actor(std::move(actor)) {}
    Result<int> saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body) override;
    Result<void> approve(qint64 id, int expectedVersion, const QString& overrideReason) override;
    Result<void> reject(qint64 id, const QString& reason) override;
    Result<void> snooze(qint64 id, QDate until) override;
    Result<void> regenerate(qint64 id, const QString& instruction) override;

private:
    // Loads, checks the version and the state, applies `change`, saves and audits, in one transaction.
    Result<int> change(qint64 id, int expectedVersion, const QString& action, const QString& detail,
                       const std::function<Result<void>(Reminder&)>& apply);
    Store& m_store;
    QString m_actor;
};

} // namespace relance::ui
