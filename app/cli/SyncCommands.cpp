// sync, import-sage-csv: bring the open items and the client history in, headless.
#include "Cli.h"

#include "secrets/SecretStore.h"
#include "sync/SyncEngine.h"
#include "worker/IoWorker.h"

#include <QCommandLineOption>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace relance::cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object."));
const QCommandLineOption kFull(QStringLiteral("full"), QStringLiteral("Read every open item, ignoring the delta link."));

QString errorJson(const Error& e)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                        QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)},
                                                                    {QStringLiteral("detail"), e.detail}}}})
                                 .toJson(QJsonDocument::Compact));
}

// Everything one `sync` run needs, alive until it finishes (main's event loop runs meanwhile): the same I/O worker as
// the workstation's, driven here on the main thread with direct calls.
struct SyncRun : QObject
{
    SecretStore secrets;
    worker::IoWorker worker;
    sync::SyncCredentials credentials;
    int pendingSecrets = 0;
};

int runSync(CliContext& ctx, const QCommandLineParser& args)
{
    const bool json = args.isSet(kJson);
    const Config& config = ctx.config;
    if (config.accounting.source == AccountingSource::Demo && config.crm.source != CrmSource::Dataverse) {
        const QString msg = QStringLiteral("nothing to sync: [accounting] source=demo and [crm] source=%1 (demo data "
                                           "stays as seeded; set source=odata or sage50-csv to sync)")
                                .arg(choiceName(config.crm.source));
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("skipped"), true}, {QStringLiteral("reason"), msg}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        else
            ctx.out << msg << Qt::endl;
        return kOk;
    }
    auto* run = new SyncRun;
    const bool full = args.isSet(kFull);
    QObject::connect(&run->worker, &worker::IoWorker::syncProgress, run,
                     [&ctx, json](const QString& phase, qint64 done, qint64 total) {
                         if (!json && total > 0 && phase == u"accounting")
                             ctx.err << "\r" << phase << ": " << done << " / " << total << Qt::flush;
                     });
    QObject::connect(&run->worker, &worker::IoWorker::syncFinished, run, [&ctx, run, json](const sync::SyncReport& r) {
        if (!json)
            ctx.err << "\r" << Qt::flush;
        ctx.out << (json ? r.toJson() + u'\n' : r.toText()) << Qt::flush;
        run->deleteLater();
        ctx.finish(kOk);
    });
    QObject::connect(&run->worker, &worker::IoWorker::syncFailed, run, [&ctx, run, json](const Error& e) {
        if (!json)
            ctx.err << "\r" << Qt::flush;
        if (json)
            ctx.out << errorJson(e) << Qt::endl;
        const QString what = e.code == ErrorCode::AuthRejected ? QStringLiteral("credentials rejected: ") + e.detail : e.toString();
        const int exit = ctx.failWith(exitCodeFor(e), QStringLiteral("sync failed, stored data unchanged: ") + what);
        run->deleteLater();
        ctx.finish(exit);
    });
    // Returns an exit code when the database cannot be used; else the run goes on in the event loop.
    auto start = [&ctx, run, full]() -> int {
        worker::WorkerSetup setup;
        setup.config = ctx.config;
        setup.databaseUrl = ctx.databaseUrl;
        setup.credentials = run->credentials;
        setup.scheduled = false;
        if (auto ok = run->worker.configure(setup); !ok) {
            run->deleteLater();
            return ctx.failWith(exitCodeFor(ok.error()) == kUsage ? kUsage : kDatabase, ok.error().toString());
        }
        run->worker.syncNow(full);
        return kRunsAsync;
    };
    // Secrets: environment variables win, else the keychain. Only the ones the configuration needs.
    const bool needKey = config.accounting.source == AccountingSource::OData && config.accounting.auth != HttpAuth::None;
    const bool needToken = config.crm.source == CrmSource::Dataverse;
    run->pendingSecrets = int(needKey) + int(needToken);
    if (run->pendingSecrets == 0) {
        // Later, inside main's event loop: a CSV sync can finish synchronously, and exit() before exec() is lost.
        QTimer::singleShot(0, run, [&ctx, start] {
            if (const int code = start(); code != kRunsAsync)
                ctx.finish(code);
        });
        return kRunsAsync;
    }
    const auto got = [&ctx, run, start]() {
        if (--run->pendingSecrets == 0)
            if (const int code = start(); code != kRunsAsync)
                ctx.finish(code);
    };
    if (needKey)
        run->secrets.read(Secret::AccountingApiKey, run, [run, got](Result<QString> v) {
            if (v)
                run->credentials.accountingSecret = *v; // a missing key is reported by the sync, naming where to put it
            got();
        });
    if (needToken)
        run->secrets.read(Secret::CrmAccessToken, run, [run, got](Result<QString> v) {
            if (v)
                run->credentials.crmToken = *v;
            got();
        });
    return kRunsAsync;
}

int runImportCsv(CliContext& ctx, const QCommandLineParser& args)
{
    const QStringList pos = args.positionalArguments();
    if (pos.size() != 1)
        return ctx.failWith(kUsage, QStringLiteral("import-sage-csv needs exactly one FILE"));
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    auto r = sync::importSageCsv(*db, pos.at(0), ctx.config.accounting);
    if (!r) {
        if (args.isSet(kJson))
            ctx.out << errorJson(r.error()) << Qt::endl;
        return ctx.failWith(exitCodeFor(r.error()),
                            QStringLiteral("nothing imported: %1").arg(r.error().detail));
    }
    const sync::ApplyReport& a = r->applied;
    if (args.isSet(kJson)) {
        QJsonObject o{{QStringLiteral("file"), pos.at(0)},
                      {QStringLiteral("encoding"), r->info.encoding},
                      {QStringLiteral("delimiter"), QString(r->info.delimiter)},
                      {QStringLiteral("rows"), r->info.rows},
                      {QStringLiteral("skipped"), r->info.skipped},
                      {QStringLiteral("new"), a.created},
                      {QStringLiteral("changed"), a.changed},
                      {QStringLiteral("unchanged"), a.unchanged},
                      {QStringLiteral("paid"), a.paid},
                      {QStringLiteral("remindersCancelled"), a.remindersCancelled},
                      {QStringLiteral("clientsNew"), a.clientsCreated},
                      {QStringLiteral("clientsChanged"), a.clientsUpdated}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << QStringLiteral("%1 (%2, '%3'): %4 rows; new %5, changed %6, unchanged %7, paid %8, reminders "
                                  "cancelled %9, clients new %10")
                       .arg(pos.at(0), r->info.encoding, QString(r->info.delimiter))
                       .arg(r->info.rows)
                       .arg(a.created)
                       .arg(a.changed)
                       .arg(a.unchanged)
                       .arg(a.paid)
                       .arg(a.remindersCancelled)
                       .arg(a.clientsCreated)
                << Qt::endl;
    }
    return kOk;
}

} // namespace

void addSyncCommands(QList<Command>& commands)
{
    commands.push_back({QStringLiteral("sync"),
                        QStringLiteral("Sync open invoices from accounting, then client history from the CRM, once."),
                        [](QCommandLineParser& p) {
                            p.addOption(kJson);
                            p.addOption(kFull);
                        },
                        runSync});
    commands.push_back({QStringLiteral("import-sage-csv"),
                        QStringLiteral("Import a Sage 50 open-items CSV export (all rows or none)."),
                        [](QCommandLineParser& p) {
                            p.addOption(kJson);
                            p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The exported CSV file."));
                        },
                        runImportCsv});
}

} // namespace relance::cli
