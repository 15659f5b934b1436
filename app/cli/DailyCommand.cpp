// relance-cli daily: the scheduled run for a machine with no one at it. Sync, draft, auto-approve per policy, send
// what is approved, poll replies. Each network step runs as a child relance-cli with the same configuration and
// database, so one step's failure (a CRM that is down) is reported and the others still run; sending re-checks
// every reminder against the sync's age on its own, so a failed sync can never make a stale reminder go out.
#include "Cli.h"

#include "mail/AutoSend.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <memory>

namespace relance::cli {

namespace {

struct Step
{
    QString name;
    QStringList args;             // empty: runs in this process (auto-send)
};

struct DailyRun
{
    QList<Step> steps;
    qsizetype next = 0;
    QJsonArray results;
    bool failed = false;
    bool json = false;
};

QJsonObject autoSend(CliContext& ctx)
{
    QJsonObject out{{QStringLiteral("step"), QStringLiteral("auto-send")}};
    if (!ctx.config.reminders.autoSendLight) {
        out.insert(QStringLiteral("exitCode"), 0);
        out.insert(QStringLiteral("skipped"), QStringLiteral("[reminders] autoSendLight is off"));
        return out;
    }
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db) {
        out.insert(QStringLiteral("exitCode"), code);
        return out;
    }
    Store store(*db);
    auto decisions = mail::applyAutoSendPolicy(store, ctx.config, QDateTime::currentDateTimeUtc());
    if (!decisions) {
        out.insert(QStringLiteral("exitCode"), kFailed);
        out.insert(QStringLiteral("error"), decisions.error().toString());
        return out;
    }
    int approved = 0;
    for (const auto& d : *decisions)
        approved += d.approved ? 1 : 0;
    out.insert(QStringLiteral("exitCode"), 0);
    out.insert(QStringLiteral("approved"), approved);
    out.insert(QStringLiteral("waitingForAPerson"), int(decisions->size()) - approved);
    return out;
}

void runNext(CliContext& ctx, const std::shared_ptr<DailyRun>& run)
{
    if (run->next >= run->steps.size()) {
        if (run->json) {
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("steps"), run->results},
                                                 {QStringLiteral("ok"), !run->failed}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        }
        ctx.finish(run->failed ? kFailed : kOk);
        return;
    }
    const Step step = run->steps[run->next++];
    if (step.args.isEmpty()) {
        const QJsonObject r = autoSend(ctx);
        run->failed = run->failed || r.value(QStringLiteral("exitCode")).toInt() != 0;
        run->results.append(r);
        if (!run->json)
            ctx.out << "daily: auto-send: " << QJsonDocument(r).toJson(QJsonDocument::Compact) << Qt::endl;
        runNext(ctx, run);
        return;
    }
    auto* p = new QProcess(qApp);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(p, &QProcess::finished, qApp, [&ctx, run, p, step](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = p->readAllStandardOutput();
        const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
        const int code = status == QProcess::NormalExit ? exitCode : kFailed;
        QJsonObject r{{QStringLiteral("step"), step.name}, {QStringLiteral("exitCode"), code}};
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        if (doc.isObject())
            r.insert(QStringLiteral("result"), doc.object());
        if (!err.isEmpty())
            r.insert(QStringLiteral("stderr"), err);
        run->failed = run->failed || code != 0;
        run->results.append(r);
        if (!run->json) {
            ctx.out << "daily: " << step.name << ": " << (code == 0 ? QStringLiteral("ok") : QStringLiteral("failed"))
                    << Qt::endl;
            if (!err.isEmpty())
                ctx.out << "  " << QString(err).replace(u'\n', QStringLiteral("\n  ")) << Qt::endl;
        }
        p->deleteLater();
        runNext(ctx, run);
    });
    QObject::connect(p, &QProcess::errorOccurred, qApp, [&ctx, run, p, step](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the finished signal reports the rest
        run->failed = true;
        run->results.append(QJsonObject{{QStringLiteral("step"), step.name},
                                        {QStringLiteral("exitCode"), kFailed},
                                        {QStringLiteral("stderr"), p->errorString()}});
        p->deleteLater();
        runNext(ctx, run);
    });
    p->start(QCoreApplication::applicationFilePath(), step.args);
}

int runDaily(CliContext& ctx, const QCommandLineParser& args)
{
    auto run = std::make_shared<DailyRun>();
    run->json = args.isSet(QStringLiteral("json"));
    QStringList global{QStringLiteral("--database"), ctx.databaseUrl};
    if (!ctx.config.sourceFile.isEmpty())
        global << QStringLiteral("--config") << ctx.config.sourceFile;
    const QStringList json{QStringLiteral("--json")};
    run->steps = {{QStringLiteral("sync"), global + QStringList{QStringLiteral("sync")} + json},
                  {QStringLiteral("draft"), global + QStringList{QStringLiteral("draft")} + json},
                  {QStringLiteral("auto-send"), {}},
                  {QStringLiteral("send"), global + QStringList{QStringLiteral("send")} + json}};
    if (ctx.config.mail.transport == MailTransport::Graph)
        run->steps.push_back({QStringLiteral("poll-replies"), global + QStringList{QStringLiteral("poll-replies")} + json});
    // Open (and migrate) the database once up front: a bad URL fails here with one clear line, not five times.
    int code = kOk;
    if (!ctx.openDatabase(&code))
        return code;
    QMetaObject::invokeMethod(qApp, [&ctx, run] { runNext(ctx, run); }, Qt::QueuedConnection);
    return kRunsAsync;
}

} // namespace

void addDailyCommand(QList<Command>& commands)
{
    commands.push_back({QStringLiteral("daily"),
                        QStringLiteral("Scheduled run: sync, draft, auto-send per policy, send approved, poll replies."),
                        [](QCommandLineParser& p) { p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")}); },
                        runDaily});
}

} // namespace relance::cli
