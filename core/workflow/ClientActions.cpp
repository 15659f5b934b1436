#include "workflow/ClientActions.h"

#include "net/Clock.h"

#include "workflow/Roles.h"

#include <nlohmann/json.hpp>

namespace relance {

namespace {
std::string utf8(const QString& s) { return s.toStdString(); }
QString fromJson(const nlohmann::json& j) { return QString::fromStdString(j.dump()); }
} // namespace

Result<void> ClientActions::audit(const QString& entity, qint64 id, const QString& action, const QString& detailJson)
{
    AuditEvent e;
    e.actor = m_actor;
    e.entity = entity;
    e.entityId = QString::number(id);
    e.action = action;
    e.detail = detailJson;
    return m_store.appendAudit(e);
}

Result<void> ClientActions::allowed(Role minimum, const QString& what)
{
    Roles roles(m_store);
    auto role = roles.require(m_actor, minimum, what);
    if (!role)
        return std::unexpected(role.error());
    return {};
}

Result<void> ClientActions::setInvoiceDisputed(qint64 invoiceId, bool disputed, const QString& reason)
{
    Database& db = m_store.database();
    return db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("marking invoice %1 disputed").arg(invoiceId)); !ok)
            return ok;
        auto q = db.prepare(QStringLiteral("UPDATE invoices SET disputed = ? WHERE id = ?"),
                            QStringLiteral("marking an invoice disputed"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(disputed ? 1 : 0);
        q->addBindValue(invoiceId);
        if (auto ok = db.run(*q, QStringLiteral("marking invoice %1 disputed").arg(invoiceId)); !ok)
            return ok;
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("invoice %1 does not exist").arg(invoiceId));
        return audit(QStringLiteral("invoice"), invoiceId, disputed ? QStringLiteral("disputed") : QStringLiteral("undisputed"),
                     fromJson({{"reason", utf8(reason)}}));
    });
}

Result<int> ClientActions::setClientInvoicesDisputed(qint64 clientId, bool disputed, const QString& reason)
{
    Database& db = m_store.database();
    int changed = 0;
    auto done = db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("marking the invoices of client %1 disputed").arg(clientId)); !ok)
            return ok;
        auto q = db.prepare(QStringLiteral("UPDATE invoices SET disputed = ? WHERE client_id = ? AND open_minor > 0"),
                            QStringLiteral("marking a client's invoices disputed"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(disputed ? 1 : 0);
        q->addBindValue(clientId);
        if (auto ok = db.run(*q, QStringLiteral("marking the invoices of client %1 disputed").arg(clientId)); !ok)
            return ok;
        changed = q->numRowsAffected();
        return audit(QStringLiteral("client"), clientId,
                     disputed ? QStringLiteral("invoices-disputed") : QStringLiteral("invoices-undisputed"),
                     fromJson({{"reason", utf8(reason)}, {"invoices", changed}}));
    });
    if (!done)
        return std::unexpected(done.error());
    return changed;
}

Result<void> ClientActions::recordPromise(const PaymentPromise& p)
{
    if (!p.promisedFor.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a promise to pay needs a date"));
    if (p.amount.minor <= 0 || !isKnownCurrency(p.amount.currency))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a promise to pay needs a positive amount in a known currency"));
    Database& db = m_store.database();
    return db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("recording a promise to pay of client %1").arg(p.clientId)); !ok)
            return ok;
        const nlohmann::json detail{{"date", utf8(p.promisedFor.toString(Qt::ISODate))},
                                    {"amount", utf8(toDecimalString(p.amount))},
                                    {"currency", utf8(p.amount.currency)},
                                    {"note", utf8(p.note)}};
        QList<Interaction> list(1);
        Interaction& i = list[0];
        i.clientId = p.clientId;
        i.kind = InteractionKind::Note;
        i.direction = Direction::Inbound;
        i.occurredAt = p.recordedAt.isValid() ? p.recordedAt : m_store.clock().nowUtc();
        i.subject = QString::fromLatin1(kPromiseSubject);
        i.summary = fromJson(detail);
        i.author = m_actor;
        if (auto ok = m_store.upsertInteractions(list); !ok)
            return ok;
        auto q = db.prepare(QStringLiteral("UPDATE clients SET do_not_chase = 1, do_not_chase_reason = ?, "
                                           "do_not_chase_until = ? WHERE id = ?"),
                            QStringLiteral("pausing chasing for a promise to pay"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(QString::fromLatin1(kPromiseSubject));
        q->addBindValue(dateValue(p.promisedFor));
        q->addBindValue(p.clientId);
        if (auto ok = db.run(*q, QStringLiteral("pausing chasing of client %1").arg(p.clientId)); !ok)
            return ok;
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("client %1 does not exist").arg(p.clientId));
        return audit(QStringLiteral("client"), p.clientId, QStringLiteral("promise-to-pay"), fromJson(detail));
    });
}

Result<QList<PaymentPromise>> ClientActions::promises(qint64 clientId)
{
    auto all = m_store.interactions(clientId);
    if (!all)
        return std::unexpected(all.error());
    QList<PaymentPromise> out;
    for (const Interaction& i : *all) {
        if (i.subject != QLatin1String(kPromiseSubject))
            continue;
        const auto j = nlohmann::json::parse(i.summary.toStdString(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            continue;
        PaymentPromise p;
        p.clientId = clientId;
        p.promisedFor = QDate::fromString(QString::fromStdString(j.value("date", std::string())), Qt::ISODate);
        p.amount.currency = QString::fromStdString(j.value("currency", std::string("CHF")));
        if (auto minor = parseMinorUnits(QString::fromStdString(j.value("amount", std::string())), p.amount.currency))
            p.amount.minor = *minor;
        p.note = QString::fromStdString(j.value("note", std::string()));
        p.recordedAt = i.occurredAt;
        p.recordedBy = i.author;
        out.push_back(p);
    }
    return out;
}

bool ClientActions::promiseBroken(const PaymentPromise& p, QDate asOf, qint64 openMinorNow)
{
    return asOf > p.promisedFor && openMinorNow > 0;
}

Result<void> ClientActions::setDoNotChase(qint64 clientId, bool doNotChase, const QString& reason, QDate until)
{
    Database& db = m_store.database();
    return db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("changing do-not-chase of client %1").arg(clientId)); !ok)
            return ok;
        auto q = db.prepare(QStringLiteral("UPDATE clients SET do_not_chase = ?, do_not_chase_reason = ?, "
                                           "do_not_chase_until = ? WHERE id = ?"),
                            QStringLiteral("setting do-not-chase"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(doNotChase ? 1 : 0);
        q->addBindValue(doNotChase ? reason : QStringLiteral("")); // empty, not NULL
        q->addBindValue(doNotChase ? dateValue(until) : QVariant(QMetaType(QMetaType::QString)));
        q->addBindValue(clientId);
        if (auto ok = db.run(*q, QStringLiteral("setting do-not-chase on client %1").arg(clientId)); !ok)
            return ok;
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("client %1 does not exist").arg(clientId));
        return audit(QStringLiteral("client"), clientId,
                     doNotChase ? QStringLiteral("do-not-chase") : QStringLiteral("chase-again"),
                     fromJson({{"reason", utf8(reason)}, {"until", utf8(until.toString(Qt::ISODate))}}));
    });
}

Result<void> ClientActions::setTaskDone(qint64 taskId, bool done)
{
    return m_store.database().transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("closing task %1").arg(taskId)); !ok)
            return ok;
        if (auto ok = m_store.setTaskDone(taskId, done); !ok)
            return ok;
        return audit(QStringLiteral("task"), taskId, done ? QStringLiteral("done") : QStringLiteral("undone"),
                     QStringLiteral("{}"));
    });
}

Result<void> ClientActions::setTaskAssignee(qint64 taskId, const QString& assignee)
{
    Database& db = m_store.database();
    return db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Reviewer, QStringLiteral("assigning task %1").arg(taskId)); !ok)
            return ok;
        auto q = db.prepare(QStringLiteral("UPDATE tasks SET assignee = ? WHERE id = ?"), QStringLiteral("assigning a task"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(assignee.trimmed());
        q->addBindValue(taskId);
        if (auto ok = db.run(*q, QStringLiteral("assigning task %1").arg(taskId)); !ok)
            return ok;
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("task %1 does not exist").arg(taskId));
        return audit(QStringLiteral("task"), taskId, QStringLiteral("assigned"),
                     fromJson({{"assignee", utf8(assignee.trimmed())}}));
    });
}

Result<void> ClientActions::saveToneExample(ToneExample& e)
{
    if (e.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a tone example cannot be empty"));
    Database& db = m_store.database();
    return db.transaction([&]() -> Result<void> {
        if (auto ok = allowed(Role::Admin, QStringLiteral("editing the tone examples")); !ok)
            return ok;
        e.updatedAt = m_store.clock().nowUtc();
        e.updatedBy = m_actor;
        if (e.id == 0) {
            if (auto ok = m_store.insertToneExample(e); !ok)
                return ok;
        } else {
            auto q = db.prepare(QStringLiteral("UPDATE tone_examples SET body = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                                QStringLiteral("saving a tone example"));
            if (!q)
                return std::unexpected(q.error());
            q->addBindValue(e.text);
            q->addBindValue(timeValue(e.updatedAt));
            q->addBindValue(e.updatedBy);
            q->addBindValue(e.id);
            if (auto ok = db.run(*q, QStringLiteral("saving tone example %1").arg(e.id)); !ok)
                return ok;
            if (q->numRowsAffected() != 1)
                return fail(ErrorCode::NotFound, QStringLiteral("tone example %1 does not exist").arg(e.id));
        }
        return audit(QStringLiteral("tone-example"), e.id, QStringLiteral("edited"),
                     fromJson({{"bucket", utf8(agingBucketName(e.bucket))}, {"language", utf8(languageCode(e.language))}}));
    });
}

} // namespace relance
