#pragma once
// What a reviewer does to a client, an invoice, a task or a tone example, outside the draft itself:
// mark disputed, record a promise to pay, set do-not-chase, tasks done/undone and assignee, tone example edits.
// Each action is one transaction that writes the change and its audit entry together, after checking the actor's
// role in the database (Roles.h): any role for the client actions, admin for tone examples.
//
// A promise to pay needs no schema change: it is kept as a local interaction (a note whose subject is
// kPromiseSubject and whose summary is a small JSON object), and it pauses chasing by setting the client's
// do-not-chase until the promised date. When the date passes unpaid, isChaseBlocked() is false again:
// chasing resumes by itself, and promiseBroken() says so.
#include "domain/Domain.h"
#include "storage/Store.h"
#include "workflow/Roles.h"

namespace relance {

inline constexpr auto kPromiseSubject = "promise-to-pay";

struct PaymentPromise
{
    qint64 clientId = 0;
    QDate promisedFor;
    Money amount;
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
};

class ClientActions
{
public:
    ClientActions(Store& store, QString actor) : m_store(store), m_actor(std::move(actor)) {}

    // Marks every open invoice of the reminder's client (or one invoice) disputed: disputed invoices are not chased.
    Result<void> setInvoiceDisputed(qint64 invoiceId, bool disputed, const QString& reason);
    Result<int> setClientInvoicesDisputed(qint64 clientId, bool disputed, const QString& reason);
    // Pauses chasing until the promised date (chasing resumes after it), and records the promise in the history.
    Result<void> recordPromise(const PaymentPromise& promise);
    Result<QList<PaymentPromise>> promises(qint64 clientId);
    // A promise is broken when its date passed and the client still has open invoices due before it.
    static bool promiseBroken(const PaymentPromise& p, QDate asOf, qint64 openMinorNow);
    // until null: until lifted by hand. doNotChase false lifts it.
    Result<void> setDoNotChase(qint64 clientId, bool doNotChase, const QString& reason, QDate until);
    Result<void> setTaskDone(qint64 taskId, bool done);
    Result<void> setTaskAssignee(qint64 taskId, const QString& assignee);
    // Replaces the text of a tone example (or inserts it when example.id is 0).
    Result<void> saveToneExample(ToneExample& example);

private:
    // The actor's role from the database (Roles.h): every action needs one, tone examples need admin.
    Result<void> allowed(Role minimum, const QString& what);
    Result<void> audit(const QString& entity, qint64 id, const QString& action, const QString& detailJson);
    Store& m_store;
    QString m_actor;
};

} // namespace relance
