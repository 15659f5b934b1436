#pragma once
// Who may do what, stored in the database (table `users`, migration 5), so every workstation of a firm and every
// scripted run see the same roles. A person is identified by the OS account (and by the Microsoft account once
// signed in). No row, or an inactive one, means no role: core refuses every state change with an error that names
// the account and how to get a role. An empty users table makes the first user who opens the database its
// administrator (audited, entity "user"): a fresh installation is never locked out.
//
// Checks run in core (ReviewActions, ClientActions, AdminActions), inside the action's transaction, so a role
// taken away on another workstation counts from the next action on; the UI only mirrors them.
#include "storage/Store.h"

#include <QDateTime>
#include <optional>

namespace relance {

enum class Role { None, Reviewer, Admin };

QString roleName(Role role); // "none" | "reviewer" | "admin"
std::optional<Role> roleFromName(const QString& name);

struct User
{
    qint64 id = 0;
    QString osAccount;
    QString displayName;
    QString microsoftAccount;
    Role role = Role::Reviewer;
    bool active = true;
    QDateTime createdAt;
    QString createdBy;
};

// The person at this workstation (or running this script), as the database knows them.
struct CurrentUser
{
    QString account;               // the OS account asked about (the audit's actor)
    QString microsoftAccount;      // when signed in, else empty
    std::optional<User> user;      // the row, when there is one (possibly inactive)
    Role role = Role::None;        // None: no row or inactive
    bool bootstrapped = false;     // made the first administrator just now

    bool isAdmin() const { return role == Role::Admin; }
    bool canAct() const { return role != Role::None; }
};

// Why `account` may not do `what` (for the ErrorCode::AuthRejected detail): names the account and the way out.
QString noRoleDetail(const QString& account, const QString& what, bool inactive);

class Roles
{
public:
    explicit Roles(Store& store) : m_store(store) {}

    // Resolves the current user by OS account, else by Microsoft account. On an empty users table the account is
    // added as administrator first (one transaction, audited; PostgreSQL: the table is locked, so two workstations
    // opening a new database at once make one administrator). A user without a role is not an error here.
    Result<CurrentUser> resolve(const QString& osAccount, const QString& microsoftAccount = {});

    // Refuses (ErrorCode::AuthRejected) unless `actor` is an active user with at least `minimum`; bootstraps the first
    // administrator like resolve(). Call inside the action's transaction. Returns the actor's role.
    Result<Role> require(const QString& actor, Role minimum, const QString& what);

    Result<QList<User>> users();
    Result<std::optional<User>> user(const QString& account);

    // Administration (admin only, each one transaction with an audit event, entity "user"). `by` is the acting account.
    // add: a new account, or an inactive one activated again with the role; InvalidArgument when already active.
    Result<User> add(const QString& by, const QString& account, Role role, const QString& displayName = {},
                     const QString& microsoftAccount = {});
    Result<User> setRole(const QString& by, const QString& account, Role role);
    // The last active administrator cannot be demoted or deactivated (InvalidArgument): someone must be able to fix roles.
    Result<User> deactivate(const QString& by, const QString& account);

private:
    Result<std::optional<User>> find(const QString& osAccount, const QString& microsoftAccount);
    Result<bool> bootstrapIfEmpty(const QString& account, const QString& microsoftAccount);
    Result<qint64> activeAdmins();
    // InvalidArgument when `u` is the last active administrator (taking the role away would lock everyone out).
    Result<void> refuseLastAdmin(const User& u);
    Result<void> audit(const QString& by, const QString& account, const QString& action, const QString& detailJson);

    Store& m_store;
};

} // namespace relance
