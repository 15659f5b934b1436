// draft, queue, approve: AI drafting and the review queue, for scripts and scheduled runs.
#include "Cli.h"

#include "domain/Money.h"
#include "drafting/DraftingService.h"
#include "secrets/SecretStore.h"
#include "worker/IoWorker.h"
#include "storage/Store.h"
#include "workflow/ReviewActions.h"
#include "workflow/Roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relance::cli {

namespace {

QString osUser() { return osUserName(QStringLiteral("cli")); }

QJsonObject reminderJson(const Reminder& r, const QString& clientName)
{
    QJsonArray lines;
    for (const auto& l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("invoice"), l.invoiceNumber},
                                 {QStringLiteral("open"), toDecimalString(l.openMinor, l.currency)},
                                 {QStringLiteral("currency"), l.currency},
                                 {QStringLiteral("dueDate"), l.dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("daysLate"), l.daysLate}});
    QJsonArray findings;
    for (const auto& f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("severity"), f.severity == FindingSeverity::Blocking ? QStringLiteral("blocking")
                                                                                                         : QStringLiteral("warning")},
                                    {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("field"), f.field},
                                    {QStringLiteral("start"), f.start},
                                    {QStringLiteral("length"), f.length}});
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("clientId"), r.clientId},
                       {QStringLiteral("client"), clientName},
                       {QStringLiteral("state"), reminderStateName(r.state)},
                       {QStringLiteral("bucket"), agingBucketName(r.bucket)},
                       {QStringLiteral("language"), languageCode(r.language)},
                       {QStringLiteral("provider"), r.provider},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("promptTokens"), r.promptTokens},
                       {QStringLiteral("completionTokens"), r.completionTokens},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("body"), r.body},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("findings"), findings}};
}

// State shared by the asynchronous draft command until it finishes: the same I/O worker as the workstation's,
// driven here on the main thread with direct calls.
struct DraftRun
{
    worker::IoWorker worker;
    SecretStore* secrets = nullptr;
};

int runDraft(CliContext& ctx, const QCommandLineParser& args)
{
    bool ok = true;
    const int limit = args.isSet(QStringLiteral("limit")) ? args.value(QStringLiteral("limit")).toInt(&ok) : 0;
    if (!ok || limit < 0)
        return ctx.failWith(kUsage, QStringLiteral("draft: --limit needs a whole number >= 0"));
    QDate asOf;
    if (args.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(args.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return ctx.failWith(kUsage, QStringLiteral("draft: --as-of needs a date YYYY-MM-DD"));
    }
    const bool json = args.isSet(QStringLiteral("json"));
    auto run = std::make_shared<DraftRun>();

    auto start = [&ctx, run, limit, asOf, json](const QString& apiKey) -> int {
        worker::WorkerSetup setup;
        setup.config = ctx.config;
        setup.databaseUrl = ctx.databaseUrl;
        setup.llmApiKey = apiKey;
        setup.scheduled = false;
        if (auto ok = run->worker.configure(setup); !ok)
            return ctx.failWith(exitCodeFor(ok.error()) == kUsage ? kUsage : kDatabase, ok.error().toString());
        QObject::connect(&run->worker, &worker::IoWorker::draftFinished, qApp, [&ctx, run, json](const DraftRunSummary& s) {
            if (json) {
                QJsonArray ids;
                for (qint64 id : s.reminderIds)
                    ids.append(id);
                QJsonObject o{{QStringLiteral("candidates"), s.candidates},
                              {QStringLiteral("drafted"), s.drafted},
                              {QStringLiteral("withBlockingFindings"), s.withBlockingFindings},
                              {QStringLiteral("templateFallbacks"), s.templateFallbacks},
                              {QStringLiteral("cancelled"), s.cancelled},
                              {QStringLiteral("llmRequests"), s.llmRequests},
                              {QStringLiteral("promptTokens"), s.promptTokens},
                              {QStringLiteral("completionTokens"), s.completionTokens},
                              {QStringLiteral("elapsedMs"), s.elapsedMs},
                              {QStringLiteral("provider"), run->worker.draftingProvider()},
                              {QStringLiteral("reminderIds"), ids}};
                if (s.error)
                    o.insert(QStringLiteral("error"), s.error->toString());
                ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                ctx.out << QStringLiteral("%1 client(s) due, %2 draft(s) written (%3 with blocking findings, %4 from the "
                                          "template after an unusable AI answer), %5 cancelled; %6 tokens in, %7 out.")
                               .arg(s.candidates).arg(s.drafted).arg(s.withBlockingFindings).arg(s.templateFallbacks)
                               .arg(s.cancelled).arg(s.promptTokens).arg(s.completionTokens)
                        << Qt::endl;
            }
            ctx.out.flush();
            if (s.error) {
                ctx.failWith(kFailed, s.error->code == ErrorCode::AuthRejected
                                          ? QStringLiteral("the LLM server refused the API key: drafting stopped (%1)").arg(s.error->detail)
                                          : s.error->toString());
                ctx.finish(exitCodeFor(*s.error));
                return;
            }
            ctx.finish(kOk);
        });
        run->worker.draft({.asOf = asOf, .limit = limit, .actor = osUser()});
        return kRunsAsync;
    };

    if (ctx.config.llm.provider == LlmProvider::Template || ctx.config.llm.auth == LlmAuth::None)
        return start(QString());
    run->secrets = new SecretStore(QStringLiteral("Relance"), qApp);
    run->secrets->read(Secret::LlmApiKey, qApp, [&ctx, start](Result<QString> key) {
        // No key: the service reports the missing key clearly (unless the server needs none).
        if (const int code = start(key ? *key : QString()); code != kRunsAsync)
            ctx.finish(code);
    });
    return kRunsAsync;
}

int runQueue(CliContext& ctx, const QCommandLineParser& args)
{
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    std::optional<ReminderState> state;
    if (args.isSet(QStringLiteral("state"))) {
        state = reminderStateFromName(args.value(QStringLiteral("state")));
        if (!state)
            return ctx.failWith(kUsage, QStringLiteral("queue: unknown state '%1'").arg(args.value(QStringLiteral("state"))));
    }
    auto reminders = store.reminders(state);
    auto clients = store.clients();
    if (!reminders || !clients)
        return ctx.failWith(kDatabase, (!reminders ? reminders.error() : clients.error()).toString());
    QHash<qint64, QString> names;
    for (const auto& c : *clients)
        names.insert(c.id, c.name);
    QList<Reminder> shown;
    for (const auto& r : *reminders)
        if (state || r.state == ReminderState::NeedsReview || r.state == ReminderState::Drafted || r.state == ReminderState::Approved)
            shown << r;
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& r : shown)
            arr.append(reminderJson(r, names.value(r.clientId)));
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const auto& r : shown) {
        int blocking = 0;
        for (const auto& f : r.findings)
            blocking += f.severity == FindingSeverity::Blocking;
        ctx.out << QStringLiteral("#%1 v%2 %3 %4 %5 %6 [%7] %8 finding(s), %9 blocking\n  %10\n")
                       .arg(r.id).arg(r.version)
                       .arg(reminderStateName(r.state), agingBucketName(r.bucket), languageCode(r.language), names.value(r.clientId), r.provider)
                       .arg(r.findings.size()).arg(blocking).arg(r.subject);
        for (const auto& f : r.findings)
            ctx.out << QStringLiteral("  - %1 %2: %3\n").arg(f.severity == FindingSeverity::Blocking ? QStringLiteral("BLOCKING") : QStringLiteral("warning"), f.code, f.detail);
    }
    ctx.out << QStringLiteral("%1 reminder(s)").arg(shown.size()) << Qt::endl;
    return kOk;
}

int runApprove(CliContext& ctx, const QCommandLineParser& args)
{
    const QStringList ids = args.positionalArguments(); // the command name is the sub-parser's program name
    const bool all = args.isSet(QStringLiteral("all-without-findings"));
    if (ids.isEmpty() == !all)
        return ctx.failWith(kUsage, QStringLiteral("approve: give reminder ids, or --all-without-findings"));
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    // Scripted approvals run as the OS user and need a role in the database like the workstation (core checks each
    // approval again; asking once first gives one clear answer instead of one refusal per reminder).
    auto who = Roles(store).resolve(osUser());
    if (!who)
        return ctx.failWith(kDatabase, who.error().toString());
    if (!who->canAct())
        return ctx.failWith(kFailed, noRoleDetail(osUser(), QStringLiteral("approving"), who->user.has_value()));
    ReviewActions review(store, ctx.config, osUser());
    QList<qint64> targets;
    if (all) {
        auto pending = store.reminders(ReminderState::NeedsReview);
        if (!pending)
            return ctx.failWith(kDatabase, pending.error().toString());
        for (const auto& r : *pending)
            if (r.findings.isEmpty())
                targets << r.id;
    } else {
        for (const QString& s : ids) {
            bool ok = false;
            const qint64 id = s.toLongLong(&ok);
            if (!ok)
                return ctx.failWith(kUsage, QStringLiteral("approve: '%1' is not a reminder id").arg(s));
            targets << id;
        }
    }
    const QString overrideReason = args.value(QStringLiteral("override"));
    int failed = 0;
    for (qint64 id : targets) {
        auto r = store.reminder(id);
        if (!r || !*r) {
            ctx.err << QStringLiteral("relance-cli: reminder %1 does not exist").arg(id) << Qt::endl;
            ++failed;
            continue;
        }
        auto approved = review.approve(id, (*r)->version, overrideReason);
        if (!approved) {
            ctx.err << QStringLiteral("relance-cli: reminder %1 not approved: %2").arg(id).arg(approved.error().detail) << Qt::endl;
            ++failed;
        } else {
            ctx.out << QStringLiteral("reminder %1 approved").arg(id) << Qt::endl;
        }
    }
    return failed ? kFailed : kOk;
}

} // namespace

void addDraftCommands(QList<Command>& commands)
{
    commands.push_back(Command{
        QStringLiteral("draft"), QStringLiteral("Draft reminders for what is due (AI or built-in templates)."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")});
            p.addOption({QStringLiteral("limit"), QStringLiteral("Draft for at most N clients, the most overdue first."), QStringLiteral("N")});
            p.addOption({QStringLiteral("as-of"), QStringLiteral("Count days late as of DATE (YYYY-MM-DD)."), QStringLiteral("DATE")});
        },
        runDraft});
    commands.push_back(Command{
        QStringLiteral("queue"), QStringLiteral("List the drafts waiting for review, with their findings."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("json"), QStringLiteral("Print the drafts as JSON.")});
            p.addOption({QStringLiteral("state"), QStringLiteral("Only reminders in STATE (needs-review, approved, ...)."), QStringLiteral("STATE")});
        },
        runQueue});
    commands.push_back(Command{
        QStringLiteral("approve"), QStringLiteral("Approve drafts by id, or all without findings."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("Reminder ids."), QStringLiteral("ID..."));
            p.addOption({QStringLiteral("all-without-findings"), QStringLiteral("Approve every draft in review that has no finding.")});
            p.addOption({QStringLiteral("override"), QStringLiteral("Approve despite blocking findings, for REASON (audited)."), QStringLiteral("REASON")});
        },
        runApprove});
}

} // namespace relance::cli
