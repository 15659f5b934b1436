// users: who may do what in this database (reviewer or admin), for every workstation and script of the firm.
#include "Cli.h"

#include "storage/Store.h"
#include "workflow/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relance::cli {

namespace {

QString osUser() { return osUserName(QStringLiteral("cli")); }

QJsonObject userJson(const User& u)
{
    return QJsonObject{{QStringLiteral("account"), u.osAccount},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("microsoftAccount"), u.microsoftAccount},
                       {QStringLiteral("role"), roleName(u.role)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("createdAt"), u.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("createdBy"), u.createdBy}};
}

int runUsers(CliContext& ctx, const QCommandLineParser& args)
{
    const QStringList pos = args.positionalArguments(); // the command name is the parser's program name
    const QString action = pos.value(0, QStringLiteral("list"));
    const QString account = pos.value(1);
    if (action != u"list" && account.isEmpty())
        return ctx.failWith(kUsage, QStringLiteral("users %1: give the OS account").arg(action));
    std::optional<Role> role;
    if (action == u"add" || action == u"set-role") {
        role = roleFromName(args.value(QStringLiteral("role")));
        if (!role)
            return ctx.failWith(kUsage, QStringLiteral("users %1: --role must be reviewer or admin").arg(action));
    } else if (action != u"list" && action != u"deactivate") {
        return ctx.failWith(kUsage, QStringLiteral("users: unknown action '%1' (list, add, set-role, deactivate)").arg(action));
    }
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    Roles roles(store);
    // Opening the database as this OS user: on an empty users table this makes the first administrator (audited).
    auto me = roles.resolve(osUser());
    if (!me)
        return ctx.failWith(kDatabase, me.error().toString());
    if (me->bootstrapped)
        ctx.err << QStringLiteral("relance-cli: the users table was empty: %1 is now this database's administrator").arg(osUser())
                << Qt::endl;

    Result<User> changed = std::unexpected(Error{});
    if (action == u"list") {
        auto all = roles.users();
        if (!all)
            return ctx.failWith(kDatabase, all.error().toString());
        if (args.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const User& u : *all)
                arr.append(userJson(u));
            ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return kOk;
        }
        for (const User& u : *all)
            ctx.out << QStringLiteral("%1  %2  %3%4%5\n")
                           .arg(u.osAccount.leftJustified(20), roleName(u.role).leftJustified(8),
                                u.active ? QStringLiteral("active") : QStringLiteral("deactivated"),
                                u.microsoftAccount.isEmpty() ? QString() : QStringLiteral("  ") + u.microsoftAccount,
                                u.displayName.isEmpty() || u.displayName == u.osAccount ? QString() : QStringLiteral("  (") + u.displayName + u')');
        ctx.out << QStringLiteral("%1 user(s); you are %2 (%3)").arg(all->size()).arg(osUser(), roleName(me->role)) << Qt::endl;
        return kOk;
    }
    if (action == u"add")
        changed = roles.add(osUser(), account, *role, args.value(QStringLiteral("name")), args.value(QStringLiteral("microsoft")));
    else if (action == u"set-role")
        changed = roles.setRole(osUser(), account, *role);
    else
        changed = roles.deactivate(osUser(), account);
    if (!changed)
        return ctx.failWith(exitCodeFor(changed.error()), changed.error().detail);
    if (args.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(userJson(*changed)).toJson(QJsonDocument::Indented);
    else
        ctx.out << QStringLiteral("%1: %2, %3").arg(changed->osAccount, roleName(changed->role),
                                                   changed->active ? QStringLiteral("active") : QStringLiteral("deactivated"))
                << Qt::endl;
    return kOk;
}

} // namespace

void addUserCommands(QList<Command>& commands)
{
    commands.push_back(Command{
        QStringLiteral("users"), QStringLiteral("List users and roles; add, set-role, deactivate (admin only)."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), add, set-role or deactivate."),
                                    QStringLiteral("[ACTION]"));
            p.addPositionalArgument(QStringLiteral("account"), QStringLiteral("The OS account (Windows or Linux user name)."),
                                    QStringLiteral("[ACCOUNT]"));
            p.addOption({QStringLiteral("role"), QStringLiteral("reviewer or admin (add, set-role)."), QStringLiteral("ROLE")});
            p.addOption({QStringLiteral("name"), QStringLiteral("Display name (add)."), QStringLiteral("NAME")});
            p.addOption({QStringLiteral("microsoft"), QStringLiteral("Microsoft account (add), e.g. anna@firm.ch."), QStringLiteral("UPN")});
            p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
        },
        runUsers});
}

} // namespace relance::cli
