// check: the connection probes behind Settings' "Test connection" buttons (core/probes), from the command line:
// the same checks, the same verdicts, one line (or one JSON object) per connection.
#include "Cli.h"

#include "probes/ConnectionProbe.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relance::cli {

namespace {

const QString kJson = QStringLiteral("json");

QJsonObject resultJson(const ProbeResult& r)
{
    QJsonObject o{{QStringLiteral("connection"), connectionName(r.connection)},
                  {QStringLiteral("verdict"), verdictName(r.verdict)},
                  {QStringLiteral("ok"), r.ok()},
                  {QStringLiteral("summary"), r.summary}};
    if (!r.source.isEmpty())
        o.insert(QStringLiteral("source"), r.source);
    if (!r.target.isEmpty())
        o.insert(QStringLiteral("target"), r.target);
    if (!r.version.isEmpty())
        o.insert(QStringLiteral("version"), r.version);
    if (r.count >= 0)
        o.insert(QStringLiteral("count"), r.count);
    if (!r.account.isEmpty())
        o.insert(QStringLiteral("account"), r.account);
    if (!r.ok()) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(r.error.code)},
                      {QStringLiteral("detail"), r.error.detail}};
        if (r.error.httpStatus)
            e.insert(QStringLiteral("httpStatus"), r.error.httpStatus);
        o.insert(QStringLiteral("error"), e);
    }
    return o;
}

QString resultLine(const ProbeResult& r)
{
    QString line =
        QStringLiteral("%1 %2 %3")
            .arg(connectionName(r.connection).leftJustified(11), verdictName(r.verdict).leftJustified(10), r.summary);
    if (!r.target.isEmpty() && !r.summary.contains(r.target))
        line += QStringLiteral(" (%1)").arg(r.target);
    return line;
}

// The probes run one after the other, in the order asked; alive until the last answers.
struct CheckRun : QObject
{
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ConnectionProbe> probe;
    QList<Connection> todo;
    QList<ProbeResult> results;
};

void next(CheckRun* run, CliContext& ctx, bool json)
{
    if (run->todo.isEmpty()) {
        bool allOk = true;
        QJsonArray checks;
        for (const ProbeResult& r : run->results) {
            allOk = allOk && r.ok();
            checks.append(resultJson(r));
        }
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("checks"), checks}})
                           .toJson(QJsonDocument::Indented);
        ctx.out.flush();
        run->deleteLater();
        ctx.finish(allOk ? kOk : kFailed);
        return;
    }
    const Connection c = run->todo.takeFirst();
    run->probe->check(c, run, [run, &ctx, json](const ProbeResult& r) {
        run->results << r;
        if (!json)
            ctx.out << resultLine(r) << Qt::endl;
        // Later, not inside the probe's own callback: the probe may still be unwinding.
        QMetaObject::invokeMethod(
            run, [run, &ctx, json] { next(run, ctx, json); }, Qt::QueuedConnection);
    });
}

int runCheck(CliContext& ctx, const QCommandLineParser& args)
{
    QList<Connection> todo;
    for (const QString& name : args.positionalArguments()) {
        auto c = connectionFromName(name);
        if (!c)
            return ctx.failWith(
                kUsage,
                QStringLiteral("check: unknown connection '%1' (database, accounting, crm, llm, mail)").arg(name));
        if (!todo.contains(*c))
            todo << *c;
    }
    if (todo.isEmpty())
        todo = allConnections();
    Config config = ctx.config;
    config.database.url = ctx.databaseUrl;
    auto* run = new CheckRun;
    run->secrets =
        std::make_unique<SecretStore>(qEnvironmentVariable("RELANCE_KEYCHAIN_SERVICE", QStringLiteral("Relance")));
    run->probe = std::make_unique<ConnectionProbe>(config, run->secrets.get());
    run->todo = todo;
    next(run, ctx, args.isSet(kJson));
    return kRunsAsync;
}

} // namespace

void addCheckCommand(QList<Command>& commands)
{
    commands.push_back(
        Command{QStringLiteral("check"),
                QStringLiteral("Checks the connections the way Settings' Test connection does; exit 0 when all pass."),
                [](QCommandLineParser& p) {
                    p.addPositionalArgument(QStringLiteral("connection"),
                                            QStringLiteral("database, accounting, crm, llm or mail (default: all)."),
                                            QStringLiteral("[CONNECTION...]"));
                    p.addOption({kJson, QStringLiteral("One JSON object with each check's verdict and facts.")});
                },
                runCheck});
}

} // namespace relance::cli
