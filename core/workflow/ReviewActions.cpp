#include "workflow/ReviewActions.h"

#include "net/Clock.h"

#include "audit/LineDiff.h"

#include "domain/Money.h"
#include "drafting/DraftFacts.h"
#include "drafting/DraftingService.h"
#include "drafting/Validator.h"
#include "workflow/Lifecycle.h"
#include "workflow/Roles.h"

#include <QTimer>
#include <nlohmann/json.hpp>

namespace relance {

namespace {
QString json(std::initializer_list<std::pair<const char*, QString>> fields)
{
    nlohmann::json o = nlohmann::json::object();
    for (const auto& [k, v] : fields)
        o[k] = v.toStdString();
    return QString::fromStdString(o.dump());
}

QString blockingSummary(const QList<Finding>& findings)
{
    QStringList parts;
    for (const auto& f : findings)
        if (f.severity == FindingSeverity::Blocking)
            parts << f.code + QStringLiteral(" (") + f.detail + u')';
    return parts.join(QStringLiteral("; "));
}
} // namespace

ReviewActions::ReviewActions(Store& store, Config config, QString actor, DraftingService* drafting)
    : m_store(store), m_config(std::move(config)), m_actor(std::move(actor)), m_drafting(drafting)
{
}

Result<void> ReviewActions::allowed(Role minimum, const QString& what)
{
    Roles roles(m_store);
    auto role = roles.require(m_actor, minimum, what);
    if (!role)
        return std::unexpected(role.error());
    return {};
}

Result<Reminder> ReviewActions::load(qint64 id)
{
    auto r = m_store.reminder(id);
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 does not exist").arg(id));
    return **r;
}

Result<QList<Finding>> ReviewActions::revalidate(const Reminder& r)
{
    auto facts = factsForReminder(m_store, r, m_config.reminders, m_store.clock().today());
    if (!facts)
        return std::unexpected(facts.error());
    QStringList untrusted;
    if (auto interactions = m_store.interactions(r.clientId)) {
        for (const auto& i : *interactions)
            untrusted << i.subject << i.summary;
    }
    QList<Finding> out;
    // Findings about how the draft was produced (template fallback) stay; the text checks are redone.
    for (const auto& f : r.findings)
        if (f.code.startsWith(QLatin1StringView("llm-")) || f.code == u"template-language-fallback")
            out << f;
    out << validateDraft(r.subject, r.body, *facts, {.untrustedTexts = untrusted});
    return out;
}

Result<Reminder> ReviewActions::approve(qint64 id, int expectedVersion, const QString& overrideReason)
{
    Reminder result;
    Error refusal;
    bool refused = false;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto role = allowed(Role::Reviewer, QStringLiteral("approving reminder %1").arg(id)); !role)
            return role;
        auto loaded = load(id);
        if (!loaded)
            return std::unexpected(loaded.error());
        Reminder r = *loaded;
        if (r.version != expectedVersion)
            return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 was changed by someone else (version %2, you saw %3)")
                                                 .arg(id).arg(r.version).arg(expectedVersion));
        if (r.state != ReminderState::NeedsReview)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("reminder %1 is %2: only a draft in review can be approved").arg(id).arg(reminderStateName(r.state)));
        // The ledger must still say what the reminder says.
        for (const auto& line : r.lines) {
            auto inv = m_store.invoiceByNumber(line.invoiceNumber);
            if (!inv)
                return std::unexpected(inv.error());
            const QLocale loc = clientLocale(r.language);
            if (!*inv || (*inv)->openMinor != line.openMinor || (*inv)->currency != line.currency)
                return fail(ErrorCode::Conflict,
                            QStringLiteral("invoice %1 is no longer open with %2 (now %3): regenerate or reject this reminder")
                                .arg(line.invoiceNumber, formatMoney(line.openMinor, line.currency, loc),
                                     *inv ? formatMoney((*inv)->openMinor, (*inv)->currency, loc) : QStringLiteral("gone")));
        }
        auto findings = revalidate(r);
        if (!findings)
            return std::unexpected(findings.error());
        const bool findingsChanged = *findings != r.findings;
        r.findings = *findings;
        const bool blocking = r.hasBlockingFinding();
        if (blocking && overrideReason.trimmed().isEmpty()) {
            refused = true;
            refusal = Error{ErrorCode::InvalidArgument,
                            QStringLiteral("reminder %1 has blocking findings: %2; approving needs an override reason")
                                .arg(id).arg(blockingSummary(r.findings))};
            if (!findingsChanged)
                return {};
            r.updatedBy = m_actor;
            if (auto u = m_store.updateReminder(r); !u)
                return u;
            return auditReminder(m_store, id, m_actor, QStringLiteral("revalidated"),
                                 json({{"findings", QString::number(r.findings.size())}}));
        }
        if (blocking) {
            // Overriding a blocking finding is an administrator's decision, checked here and not only in the UI.
            if (auto role = allowed(Role::Admin, QStringLiteral("approving reminder %1 despite blocking findings").arg(id)); !role)
                return role;
            if (auto a = auditReminder(m_store, id, m_actor, QStringLiteral("override"),
                                       json({{"reason", overrideReason.trimmed()}, {"findings", blockingSummary(r.findings)}}));
                !a)
                return a;
        }
        r.approvedAt = m_store.clock().nowUtc();
        r.approvedBy = m_actor;
        r.updatedBy = m_actor;
        if (auto t = lifecycle::transition(m_store, r, ReminderState::Approved,
                                           {.actor = m_actor,
                                            .detail = json({{"override", blocking ? overrideReason.trimmed() : QString()}})});
            !t)
            return t;
        result = r;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (refused)
        return std::unexpected(refusal);
    return result;
}

Result<Reminder> ReviewActions::reject(qint64 id, const QString& reason)
{
    Reminder result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto role = allowed(Role::Reviewer, QStringLiteral("rejecting reminder %1").arg(id)); !role)
            return role;
        auto loaded = load(id);
        if (!loaded)
            return std::unexpected(loaded.error());
        Reminder r = *loaded;
        if (r.state != ReminderState::NeedsReview && r.state != ReminderState::Snoozed)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("reminder %1 is %2: only a draft in review or snoozed can be rejected").arg(id).arg(reminderStateName(r.state)));
        r.reason = reason.trimmed();
        r.updatedBy = m_actor;
        if (auto t = lifecycle::transition(m_store, r, ReminderState::Rejected,
                                           {.actor = m_actor, .detail = json({{"reason", r.reason}})});
            !t)
            return t;
        result = r;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<Reminder> ReviewActions::snooze(qint64 id, QDate until)
{
    if (!until.isValid() || until <= m_store.clock().today())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("snooze needs a date after today"));
    Reminder result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto role = allowed(Role::Reviewer, QStringLiteral("snoozing reminder %1").arg(id)); !role)
            return role;
        auto loaded = load(id);
        if (!loaded)
            return std::unexpected(loaded.error());
        Reminder r = *loaded;
        if (r.state != ReminderState::NeedsReview && r.state != ReminderState::Snoozed)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("reminder %1 is %2: only a draft in review can be snoozed").arg(id).arg(reminderStateName(r.state)));
        r.snoozedUntil = until;
        r.updatedBy = m_actor;
        if (auto t = lifecycle::transition(m_store, r, ReminderState::Snoozed,
                                           {.actor = m_actor, .detail = json({{"until", until.toString(Qt::ISODate)}})});
            !t)
            return t;
        result = r;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<Reminder> ReviewActions::saveEdit(qint64 id, int expectedVersion, const QString& subject, const QString& body)
{
    Reminder result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto role = allowed(Role::Reviewer, QStringLiteral("editing reminder %1").arg(id)); !role)
            return role;
        auto loaded = load(id);
        if (!loaded)
            return std::unexpected(loaded.error());
        Reminder r = *loaded;
        if (r.version != expectedVersion)
            return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 was changed by someone else (version %2, you edited %3)")
                                                 .arg(id).arg(r.version).arg(expectedVersion));
        if (r.state != ReminderState::NeedsReview)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("reminder %1 is %2: only a draft in review can be edited").arg(id).arg(reminderStateName(r.state)));
        const QString diff = audit::unifiedLineDiff(r.subject, subject.simplified(), QStringLiteral("subject"))
                             + audit::unifiedLineDiff(r.body, body.trimmed(), QStringLiteral("body"));
        r.subject = subject.simplified();
        r.body = body.trimmed();
        auto findings = revalidate(r);
        if (!findings)
            return std::unexpected(findings.error());
        r.findings = *findings;
        r.updatedBy = m_actor;
        if (auto u = m_store.updateReminder(r); !u)
            return u;
        int blocking = 0;
        for (const auto& f : r.findings)
            blocking += f.severity == FindingSeverity::Blocking;
        if (auto a = auditReminder(m_store, id, m_actor, QStringLiteral("edited"),
                                   json({{"findings", QString::number(r.findings.size())}, {"blocking", QString::number(blocking)},
                                         {"version", QString::number(r.version)}, {"diff", diff}}));
            !a)
            return a;
        result = r;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

void ReviewActions::regenerate(qint64 id, int expectedVersion, const QString& instruction, QObject* context,
                               std::function<void(Result<Reminder>)> done)
{
    if (!m_drafting) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, done] {
            if (guard)
                done(std::unexpected(Error{ErrorCode::InvalidArgument, QStringLiteral("no drafting service to rewrite with")}));
        });
        return;
    }
    Result<void> role;
    auto checked = m_store.database().transaction([&]() -> Result<void> {
        role = allowed(Role::Reviewer, QStringLiteral("rewriting reminder %1").arg(id));
        return {};
    });
    if (!checked || !role) {
        QPointer<QObject> guard(context);
        const Error e = !checked ? checked.error() : role.error();
        QTimer::singleShot(0, context, [guard, done, e] {
            if (guard)
                done(std::unexpected(e));
        });
        return;
    }
    m_drafting->regenerate(id, expectedVersion, instruction, m_actor, context, std::move(done));
}

} // namespace relance
