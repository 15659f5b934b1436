// login, send, poll-replies, tasks: the mail side of relance-cli. Network commands run asynchronously on the main
// event loop (kRunsAsync) and finish through CliContext::finish.
#include "Cli.h"

#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/Replies.h"
#include "mail/Sender.h"
#include "secrets/SecretStore.h"
#include "storage/Store.h"
#include "worker/IoWorker.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <nlohmann/json.hpp>

namespace relance::cli {

namespace {
using namespace relance::mail;

QString osUser() { return osUserName(QStringLiteral("system")); }

// Everything one network command needs, alive until the application ends. Members are destroyed in reverse order.
struct MailRun : QObject
{
    explicit MailRun(const Config& config) : QObject(QCoreApplication::instance()), config(config) {}
    Config config;
    std::unique_ptr<Database> db;
    std::unique_ptr<SecretStore> secrets;
    SystemClock clock;
    std::unique_ptr<GraphAuth> auth;
    std::unique_ptr<GraphClient> graph;
    std::unique_ptr<ReplyPoller> poller;

    void connectGraph()
    {
        // RELANCE_KEYCHAIN_SERVICE scopes the keychain entries (a test's own, never the user's sign-in).
        secrets = std::make_unique<SecretStore>(qEnvironmentVariable("RELANCE_KEYCHAIN_SERVICE", QStringLiteral("Relance")));
        auth = std::make_unique<GraphAuth>(AuthOptions::fromConfig(config.mail), secrets.get());
        graph = std::make_unique<GraphClient>(config.mail, auth.get(), clock);
    }
};

// Hands the sign-in page to the system browser without QtGui (relance-cli links core only). False when there is
// no browser to open (a headless session, no opener installed): the printed address is then the way.
// RELANCE_BROWSER names another program (called with the address as its only argument), e.g. a text browser.
bool openInBrowser(const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    const QString custom = qEnvironmentVariable("RELANCE_BROWSER");
    if (!custom.isEmpty())
        return QProcess::startDetached(custom, {address});
#if defined(Q_OS_WIN)
    // Not "cmd /c start": cmd would cut the address at its first '&'.
    return QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), address});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {address});
#else
    // A graphical session is needed for a browser to appear where the user sits (not over SSH).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    return QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
}

int login(CliContext& ctx, const QCommandLineParser& args)
{
    auto* run = new MailRun(ctx.config);
    run->connectGraph();
    auto done = [&ctx](Result<void> r) {
        if (!r) {
            ctx.finish(ctx.failWith(exitCodeFor(r.error()), r.error().toString()));
            return;
        }
        ctx.out << "Signed in to Microsoft 365; the sign-in is kept in the system keychain." << Qt::endl;
        ctx.finish(kOk);
    };
    if (args.isSet(QStringLiteral("browser"))) {
        auto url = run->auth->signInWithBrowser(run, done);
        if (!url)
            return ctx.failWith(exitCodeFor(url.error()), url.error().toString());
        const bool opened = openInBrowser(*url);
        ctx.out << (opened ? "Your browser was asked to open the sign-in page. If it did not, open this address in a "
                             "browser on this computer:\n"
                           : "Open this address in a browser on this computer to sign in:\n")
                << url->toString(QUrl::FullyEncoded) << Qt::endl;
        // Nobody came back: do not wait for ever.
        QTimer::singleShot(std::chrono::minutes(10), run, [&ctx] {
            ctx.finish(ctx.failWith(kFailed, QStringLiteral("sign-in timed out: the browser did not come back within 10 minutes")));
        });
        return kRunsAsync;
    }
    run->auth->signInWithDeviceCode(
        run, [&ctx](DeviceCodePrompt p) {
            ctx.out << (p.message.isEmpty() ? QStringLiteral("Open %1 and enter the code %2").arg(p.verificationUri, p.userCode)
                                            : p.message)
                    << Qt::endl;
        },
        done);
    return kRunsAsync;
}

// The same I/O worker as the workstation's "Send now", driven here on the main thread with direct calls.
struct SendRun : QObject
{
    SendRun() : QObject(QCoreApplication::instance()) {}
    std::unique_ptr<SecretStore> secrets;
    worker::IoWorker worker;
};

int send(CliContext& ctx, const QCommandLineParser& args)
{
    auto* run = new SendRun;
    const bool json = args.isSet(QStringLiteral("json"));
    QObject::connect(&run->worker, &worker::IoWorker::sendFinished, run, [&ctx, json](const SendReport& r) {
        if (json) {
            ctx.out << r.toJson() << Qt::endl;
        } else {
            ctx.out << QStringLiteral("sent %1, cancelled (paid) %2, back to review %3, failed %4, flagged for a person %5, "
                                      "waiting %6, left for recovery %7, not sent %8")
                           .arg(r.sent).arg(r.cancelled).arg(r.review).arg(r.failed).arg(r.ambiguous).arg(r.waiting)
                           .arg(r.pending).arg(r.released)
                    << Qt::endl;
            for (const SendItem& i : r.items)
                if (i.outcome != mail::SendOutcome::Sent)
                    ctx.out << QStringLiteral("  reminder %1: %2: %3").arg(i.reminderId).arg(toString(i.outcome), i.reason) << Qt::endl;
            if (r.signInRequired)
                ctx.err << "relance-cli: sign in again with: relance-cli login" << Qt::endl;
            if (!r.stopReason.isEmpty())
                ctx.err << "relance-cli: stopped: " << r.stopReason << Qt::endl;
        }
        ctx.finish(r.clean() && !r.signInRequired ? kOk : kFailed);
    });
    QObject::connect(&run->worker, &worker::IoWorker::sendFailed, run, [&ctx](const Error& e) {
        ctx.finish(ctx.failWith(exitCodeFor(e), e.toString()));
    });
    worker::WorkerSetup setup;
    setup.config = ctx.config;
    setup.databaseUrl = ctx.databaseUrl;
    setup.scheduled = false;
    // RELANCE_KEYCHAIN_SERVICE scopes the keychain entries (a test's own, never the user's sign-in).
    setup.keychainService = qEnvironmentVariable("RELANCE_KEYCHAIN_SERVICE", QStringLiteral("Relance"));
    auto start = [&ctx, run, setup]() -> int {
        if (auto ok = run->worker.configure(setup); !ok)
            return ctx.failWith(exitCodeFor(ok.error()) == kUsage ? kUsage : kDatabase, ok.error().toString());
        run->worker.send(osUser(), ctx.config);
        return kRunsAsync;
    };
    // [accounting] source=odata: the invoices are asked for at the source right before sending, with the sync's key
    // (environment variable first, else the keychain), read the way `relance-cli sync` reads it.
    if (ctx.config.accounting.source == AccountingSource::OData && ctx.config.accounting.auth != HttpAuth::None) {
        run->secrets = std::make_unique<SecretStore>();
        run->secrets->read(Secret::AccountingApiKey, run, [&ctx, run, setup](Result<QString> v) mutable {
            if (v)
                setup.credentials.accountingSecret = *v; // a missing key stops the run, naming where to put it
            if (auto ok = run->worker.configure(setup); !ok) {
                ctx.finish(ctx.failWith(exitCodeFor(ok.error()) == kUsage ? kUsage : kDatabase, ok.error().toString()));
                return;
            }
            run->worker.send(osUser(), ctx.config);
        });
        return kRunsAsync;
    }
    return start();
}

int pollReplies(CliContext& ctx, const QCommandLineParser& args)
{
    if (ctx.config.mail.transport != MailTransport::Graph)
        return ctx.failWith(kUsage, QStringLiteral("poll-replies needs [mail] transport=graph (the outbox folder has no inbox)"));
    int code = kOk;
    auto* run = new MailRun(ctx.config);
    run->db = ctx.openDatabase(&code);
    if (!run->db)
        return code;
    run->connectGraph();
    run->poller = std::make_unique<ReplyPoller>(*run->db, ctx.config, run->clock, run->graph.get(), QStringLiteral("system"));
    const bool json = args.isSet(QStringLiteral("json"));
    QObject::connect(run->poller.get(), &ReplyPoller::finished, run, [&ctx, json](const ReplyReport& r) {
        if (json)
            ctx.out << r.toJson() << Qt::endl;
        else {
            ctx.out << QStringLiteral("%1 new message(s): %2 repl(ies) to reminders, %3 task(s) created, %4 unmatched")
                           .arg(r.seen).arg(r.matched).arg(r.tasks).arg(r.unmatched)
                    << Qt::endl;
            for (const ReplyItem& i : r.items)
                if (i.reminderId)
                    ctx.out << QStringLiteral("  %1 replied to reminder %2 (%3)%4")
                                   .arg(i.from).arg(i.reminderId).arg(i.matchedBy,
                                        i.alreadyKnown ? QStringLiteral(", already recorded") : QString())
                            << Qt::endl;
            if (r.resynced)
                ctx.out << "  the inbox delta link had expired: the inbox was read again" << Qt::endl;
        }
        if (!r.error.isEmpty())
            ctx.err << "relance-cli: " << (r.signInRequired ? QStringLiteral("sign in again (relance-cli login): ") : QString())
                    << r.error << Qt::endl;
        ctx.finish(r.error.isEmpty() ? kOk : kFailed);
    });
    run->poller->run();
    return kRunsAsync;
}

int tasks(CliContext& ctx, const QCommandLineParser& args)
{
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    auto list = store.tasks();
    if (!list)
        return ctx.failWith(kDatabase, list.error().toString());
    const bool all = args.isSet(QStringLiteral("all"));
    if (args.isSet(QStringLiteral("json"))) {
        nlohmann::json arr = nlohmann::json::array();
        for (const Task& t : *list)
            if (all || !t.done)
                arr.push_back({{"id", t.id}, {"clientId", t.clientId}, {"reminderId", t.reminderId},
                               {"title", t.title.toStdString()}, {"body", t.body.toStdString()},
                               {"assignee", t.assignee.toStdString()}, {"due", t.dueDate.toString(Qt::ISODate).toStdString()},
                               {"done", t.done}, {"externalId", t.externalId.toStdString()}});
        ctx.out << QString::fromStdString(arr.dump()) << Qt::endl;
        return kOk;
    }
    int shown = 0;
    for (const Task& t : *list) {
        if (!all && t.done)
            continue;
        ++shown;
        ctx.out << QStringLiteral("%1  %2  %3  %4%5")
                       .arg(t.id, 5)
                       .arg(t.dueDate.toString(Qt::ISODate), -10)
                       .arg(t.assignee.isEmpty() ? QStringLiteral("-") : t.assignee, -12)
                       .arg(t.title, t.done ? QStringLiteral("  (done)") : QString())
                << Qt::endl;
    }
    if (shown == 0)
        ctx.out << "no open tasks" << Qt::endl;
    return kOk;
}
} // namespace

void addMailCommands(QList<Command>& commands)
{
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object for scripts."));
    commands.push_back({QStringLiteral("login"), QStringLiteral("Sign in to Microsoft 365 (device code; --browser for the browser)"),
                        [](QCommandLineParser& p) {
                            p.addOption({QStringLiteral("browser"),
                                         QStringLiteral("Sign in through a browser on this computer (loopback redirect).")});
                        },
                        login});
    commands.push_back({QStringLiteral("send"), QStringLiteral("Send the approved reminders, each exactly once"),
                        [jsonOpt](QCommandLineParser& p) { p.addOption(jsonOpt); }, send});
    commands.push_back({QStringLiteral("poll-replies"), QStringLiteral("Read new client replies; each becomes a task"),
                        [jsonOpt](QCommandLineParser& p) { p.addOption(jsonOpt); }, pollReplies});
    commands.push_back({QStringLiteral("tasks"), QStringLiteral("List the open follow-up tasks"),
                        [jsonOpt](QCommandLineParser& p) {
                            p.addOption(jsonOpt);
                            p.addOption({QStringLiteral("all"), QStringLiteral("Include tasks that are done.")});
                        },
                        tasks});
}

} // namespace relance::cli
