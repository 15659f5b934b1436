#include "workflow/Roles.h"

#include "net/Clock.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <nlohmann/json.hpp>

namespace relance {

QString roleName(Role role)
{
    switch (role) {
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Admin: return QStringLiteral("admin");
    case Role::None: break;
    }
    return QStringLiteral("none");
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"reviewer")
        return Role::Reviewer;
    if (n == u"admin" || n == u"administrator")
        return Role::Admin;
    return std::nullopt;
}

QString noRoleDetail(const QString& account, const QString& what, bool inactive)
{
    return QStringLiteral("the account '%1' %2 in this database, so %3 is refused: ask an administrator to run "
                          "'relance-cli users add %1 --role reviewer' (or to give you a role on their workstation)")
        .arg(account, inactive ? QStringLiteral("is deactivated") : QStringLiteral("has no role"), what);
}

namespace {
const QString kColumns = QStringLiteral("id, os_account, display_name, microsoft_account, role, active, created_at, created_by");

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.osAccount = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.microsoftAccount = q.value(3).toString();
    u.role = roleFromName(q.value(4).toString()).value_or(Role::Reviewer);
    u.active = q.value(5).toInt() != 0;
    u.createdAt = timeFrom(q.value(6));
    u.createdBy = q.value(7).toString();
    return u;
}

// Qt binds a null QString as NULL: the text columns are NOT NULL DEFAULT ''.
QString text(const QString& s) { return s.isEmpty() ? QStringLiteral("") : s; }

QString dump(const nlohmann::json& j) { return QString::fromStdString(j.dump()); }
std::string s8(const QString& s) { return s.toStdString(); }
} // namespace

Result<std::optional<User>> Roles::find(const QString& osAccount, const QString& microsoftAccount)
{
    Database& db = m_store.database();
    // By OS account first; a Microsoft account (signed in) finds the same person on another machine's account name.
    auto q = db.prepare(QStringLiteral("SELECT %1 FROM users WHERE lower(os_account) = lower(?) "
                                       "OR (? <> '' AND lower(microsoft_account) = lower(?)) "
                                       "ORDER BY CASE WHEN lower(os_account) = lower(?) THEN 0 ELSE 1 END, id")
                            .arg(kColumns),
                        QStringLiteral("reading the users"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(osAccount.trimmed());
    q->addBindValue(text(microsoftAccount.trimmed()));
    q->addBindValue(text(microsoftAccount.trimmed()));
    q->addBindValue(osAccount.trimmed());
    if (auto ok = db.run(*q, QStringLiteral("reading the user '%1'").arg(osAccount)); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return std::optional<User>{};
    return std::optional<User>{userFrom(*q)};
}

Result<void> Roles::audit(const QString& by, const QString& account, const QString& action, const QString& detailJson)
{
    AuditEvent e;
    e.actor = by;
    e.entity = QStringLiteral("user");
    e.entityId = account;
    e.action = action;
    e.detail = detailJson;
    return m_store.appendAudit(e);
}

Result<bool> Roles::bootstrapIfEmpty(const QString& account, const QString& microsoftAccount)
{
    Database& db = m_store.database();
    auto count = m_store.countRows(QStringLiteral("users"));
    if (!count)
        return std::unexpected(count.error());
    if (*count > 0)
        return false;
    if (db.dialect() == Dialect::PostgreSQL) {
        // Two workstations opening a new database at once: the second waits here and then finds a user.
        if (auto ok = db.exec(QStringLiteral("LOCK TABLE users IN EXCLUSIVE MODE"), QStringLiteral("locking the users"));
            !ok)
            return std::unexpected(ok.error());
        count = m_store.countRows(QStringLiteral("users"));
        if (!count)
            return std::unexpected(count.error());
        if (*count > 0)
            return false;
    }
    auto ins = db.prepare(QStringLiteral("INSERT INTO users (os_account, display_name, microsoft_account, role, active, "
                                         "created_at, created_by) VALUES (?, ?, ?, 'admin', 1, ?, ?)"),
                          QStringLiteral("adding the first administrator"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->addBindValue(account.trimmed());
    ins->addBindValue(account.trimmed());
    ins->addBindValue(text(microsoftAccount.trimmed()));
    ins->addBindValue(timeValue(db.clock().nowUtc()));
    ins->addBindValue(account.trimmed());
    if (auto ok = db.run(*ins, QStringLiteral("adding '%1' as the first administrator").arg(account)); !ok)
        return std::unexpected(ok.error());
    if (auto a = audit(account, account.trimmed(), QStringLiteral("bootstrap-admin"),
                       dump({{"role", "admin"}, {"why", "the users table was empty: the first user becomes administrator"}}));
        !a)
        return std::unexpected(a.error());
    return true;
}

Result<CurrentUser> Roles::resolve(const QString& osAccount, const QString& microsoftAccount)
{
    if (osAccount.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no OS account to identify the user by"));
    CurrentUser out;
    out.account = osAccount.trimmed();
    out.microsoftAccount = microsoftAccount.trimmed();
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        auto boot = bootstrapIfEmpty(out.account, out.microsoftAccount);
        if (!boot)
            return std::unexpected(boot.error());
        out.bootstrapped = *boot;
        auto found = find(out.account, out.microsoftAccount);
        if (!found)
            return std::unexpected(found.error());
        out.user = *found;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (out.user && out.user->active)
        out.role = out.user->role;
    return out;
}

Result<Role> Roles::require(const QString& actor, Role minimum, const QString& what)
{
    if (auto boot = bootstrapIfEmpty(actor, {}); !boot)
        return std::unexpected(boot.error());
    auto found = find(actor, {});
    if (!found)
        return std::unexpected(found.error());
    if (!*found || !(*found)->active)
        return fail(ErrorCode::AuthRejected, noRoleDetail(actor, what, found->has_value()));
    const Role role = (*found)->role;
    if (minimum == Role::Admin && role != Role::Admin)
        return fail(ErrorCode::AuthRejected,
                    QStringLiteral("the account '%1' is a reviewer: %2 needs the admin role (ask an administrator)")
                        .arg(actor, what));
    return role;
}

Result<QList<User>> Roles::users()
{
    Database& db = m_store.database();
    auto q = db.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY lower(os_account)").arg(kColumns),
                        QStringLiteral("reading the users"));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = db.run(*q, QStringLiteral("reading the users")); !ok)
        return std::unexpected(ok.error());
    QList<User> out;
    while (q->next())
        out << userFrom(*q);
    return out;
}

Result<std::optional<User>> Roles::user(const QString& account) { return find(account, {}); }

Result<qint64> Roles::activeAdmins()
{
    auto q = m_store.database().prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"),
                                        QStringLiteral("counting administrators"));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = m_store.database().run(*q, QStringLiteral("counting administrators")); !ok || !q->next())
        return std::unexpected(ok ? Error{ErrorCode::Database, QStringLiteral("counting administrators")} : ok.error());
    return q->value(0).toLongLong();
}

Result<User> Roles::add(const QString& by, const QString& account, Role role, const QString& displayName,
                        const QString& microsoftAccount)
{
    const QString name = account.trimmed();
    if (name.isEmpty() || name.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not an account name (no spaces, not empty)").arg(account));
    if (role == Role::None)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a user needs the role reviewer or admin"));
    User result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto r = require(by, Role::Admin, QStringLiteral("adding the user '%1'").arg(name)); !r)
            return std::unexpected(r.error());
        auto existing = find(name, {});
        if (!existing)
            return std::unexpected(existing.error());
        Database& db = m_store.database();
        if (*existing && (*existing)->active)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the account '%1' is already a user (%2): use set-role")
                                                        .arg((*existing)->osAccount, roleName((*existing)->role)));
        if (*existing) {
            auto q = db.prepare(QStringLiteral("UPDATE users SET role = ?, active = 1 WHERE id = ?"),
                                QStringLiteral("activating a user"));
            if (!q)
                return std::unexpected(q.error());
            q->addBindValue(roleName(role));
            q->addBindValue((*existing)->id);
            if (auto r = db.run(*q, QStringLiteral("activating the user '%1'").arg(name)); !r)
                return r;
        } else {
            auto q = db.prepare(QStringLiteral("INSERT INTO users (os_account, display_name, microsoft_account, role, "
                                               "active, created_at, created_by) VALUES (?, ?, ?, ?, 1, ?, ?)"),
                                QStringLiteral("adding a user"));
            if (!q)
                return std::unexpected(q.error());
            q->addBindValue(name);
            q->addBindValue(displayName.trimmed().isEmpty() ? name : displayName.trimmed());
            q->addBindValue(text(microsoftAccount.trimmed()));
            q->addBindValue(roleName(role));
            q->addBindValue(timeValue(db.clock().nowUtc()));
            q->addBindValue(text(by));
            if (auto r = db.run(*q, QStringLiteral("adding the user '%1'").arg(name)); !r)
                return r;
        }
        if (auto a = audit(by, name, *existing ? QStringLiteral("reactivated") : QStringLiteral("added"),
                           dump({{"role", s8(roleName(role))}}));
            !a)
            return a;
        auto now = find(name, {});
        if (!now || !*now)
            return std::unexpected(now ? Error{ErrorCode::Internal, QStringLiteral("the user '%1' vanished").arg(name)} : now.error());
        result = **now;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<User> Roles::setRole(const QString& by, const QString& account, Role role)
{
    if (role == Role::None)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the role must be reviewer or admin (use deactivate to take every role away)"));
    User result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto r = require(by, Role::Admin, QStringLiteral("changing the role of '%1'").arg(account)); !r)
            return std::unexpected(r.error());
        auto existing = find(account, {});
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(ErrorCode::NotFound, QStringLiteral("the account '%1' is not a user: use 'users add'").arg(account));
        User u = **existing;
        if (role != Role::Admin)
            if (auto keep = refuseLastAdmin(u); !keep)
                return keep;
        auto q = m_store.database().prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                                            QStringLiteral("changing a role"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(roleName(role));
        q->addBindValue(u.id);
        if (auto r = m_store.database().run(*q, QStringLiteral("changing the role of '%1'").arg(u.osAccount)); !r)
            return r;
        if (auto a = audit(by, u.osAccount, QStringLiteral("role:%1->%2").arg(roleName(u.role), roleName(role)),
                           dump({{"from", s8(roleName(u.role))}, {"to", s8(roleName(role))}}));
            !a)
            return a;
        u.role = role;
        result = u;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<void> Roles::refuseLastAdmin(const User& u)
{
    if (u.role != Role::Admin || !u.active)
        return {};
    auto admins = activeAdmins();
    if (!admins)
        return std::unexpected(admins.error());
    if (*admins <= 1)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is the last administrator: make someone else admin first").arg(u.osAccount));
    return {};
}

Result<User> Roles::deactivate(const QString& by, const QString& account)
{
    User result;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto r = require(by, Role::Admin, QStringLiteral("deactivating '%1'").arg(account)); !r)
            return std::unexpected(r.error());
        auto existing = find(account, {});
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(ErrorCode::NotFound, QStringLiteral("the account '%1' is not a user").arg(account));
        User u = **existing;
        if (!u.active)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the account '%1' is already deactivated").arg(u.osAccount));
        if (auto keep = refuseLastAdmin(u); !keep)
            return keep;
        auto q = m_store.database().prepare(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                                            QStringLiteral("deactivating a user"));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(u.id);
        if (auto r = m_store.database().run(*q, QStringLiteral("deactivating '%1'").arg(u.osAccount)); !r)
            return r;
        if (auto a = audit(by, u.osAccount, QStringLiteral("deactivated"), dump({{"role", s8(roleName(u.role))}})); !a)
            return a;
        u.active = false;
        result = u;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace relance
