#include "drafting/DraftingService.h"

#include "net/Clock.h"

#include "aging/Aging.h"
#include "drafting/Candidates.h"
#include "workflow/Lifecycle.h"
#include "drafting/Templates.h"
#include "drafting/Validator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace relance {

struct DraftingService::Job
{
    qint64 reminderId = 0;
    DraftFacts facts;
    Prompt prompt;
    int attempts = 0;
    int promptTokens = 0;        // tokens spent on attempts so far
    int completionTokens = 0;
    QString actor;
    // regenerate only
    bool regenerate = false;
    int expectedVersion = 0;
    QPointer<QObject> context;
    std::function<void(Result<Reminder>)> done;
    bool settled = false;
    ResponseMode sentMode = ResponseMode::JsonSchema;
};

namespace {
QString detailJson(std::initializer_list<std::pair<const char*, QString>> fields)
{
    nlohmann::json o = nlohmann::json::object();
    for (const auto& [k, v] : fields)
        o[k] = v.toStdString();
    return QString::fromStdString(o.dump());
}
// What an auditor asks of a draft: which model and deployment, which prompt (its version: a hash of the instructions,
// and of the whole prompt as sent), and the facts it was made from, as the ledger gave them.
QString draftedDetail(const DraftFacts& facts, const Prompt& prompt, int promptTokens, int completionTokens,
                      const QString& provider, const QString& model, const QString& deployment, qsizetype findings,
                      int blocking)
{
    auto sha = [](const QString& text) {
        return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().toStdString();
    };
    nlohmann::json invoices = nlohmann::json::array();
    for (const ReminderLine& l : facts.lines)
        invoices.push_back({{"number", l.invoiceNumber.toStdString()},
                            {"openMinor", l.openMinor},
                            {"currency", l.currency.toStdString()},
                            {"issueDate", facts.issueDates.value(l.invoiceNumber).toString(Qt::ISODate).toStdString()},
                            {"dueDate", l.dueDate.toString(Qt::ISODate).toStdString()},
                            {"daysLate", l.daysLate}});
    const bool llm = !prompt.system.isEmpty();
    nlohmann::json toneIds = nlohmann::json::array();
    for (qint64 id : prompt.toneExampleIds)
        toneIds.push_back(id);
    nlohmann::json d{{"provider", provider.toStdString()},
                     {"model", model.toStdString()},
                     {"deployment", deployment.toStdString()},
                     {"promptVersion", llm ? "sha256:" + sha(prompt.system).substr(0, 16) : std::string("none")},
                     {"promptSha256", llm ? sha(prompt.system + QLatin1Char('\n') + prompt.user) : std::string()},
                     {"toneExampleIds", toneIds},
                     {"facts",
                      {{"client", facts.client.number.toStdString()},
                       {"asOf", facts.asOf.toString(Qt::ISODate).toStdString()},
                       {"paymentDeadline", facts.paymentDeadline.toString(Qt::ISODate).toStdString()},
                       {"bucket", agingBucketName(facts.bucket).toStdString()},
                       {"language", languageCode(facts.language).toStdString()},
                       {"previousReminders", facts.previousReminders},
                       {"invoices", invoices}}},
                     {"findings", QString::number(findings).toStdString()},
                     {"blocking", QString::number(blocking).toStdString()},
                     {"promptTokens", QString::number(promptTokens).toStdString()},
                     {"completionTokens", QString::number(completionTokens).toStdString()}};
    return QString::fromStdString(d.dump());
}
} // namespace

DraftingService::DraftingService(Store& store, Config config, QString apiKey, QObject* parent)
    : DraftingService(store, std::move(config), std::move(apiKey), Tuning{}, parent)
{
}

DraftingService::DraftingService(Store& store, Config config, QString apiKey, Tuning tuning, QObject* parent)
    : QObject(parent), m_store(store), m_config(std::move(config)), m_apiKey(std::move(apiKey)), m_tuning(std::move(tuning))
{
    qRegisterMetaType<relance::DraftRunSummary>();
    m_scheduler = std::make_unique<RequestScheduler>(
        RateLimits{m_config.llm.maxConcurrency, m_config.llm.requestsPerMinute, m_config.llm.tokensPerMinute},
        m_tuning.clock);
}

DraftingService::~DraftingService()
{
    if (m_client)
        m_client->abortAll();
}

QString DraftingService::provider() const
{
    return choiceName(m_config.llm.provider);
}

Result<void> DraftingService::prepareLlm()
{
    if (m_config.llm.provider == LlmProvider::Template || m_client)
        return {};
    auto endpoint = resolveLlmEndpoint(m_config.llm, m_apiKey);
    if (!endpoint)
        return std::unexpected(endpoint.error());
    m_client = new LlmClient(*endpoint, this);
    m_mode = m_config.llm.responseFormat == LlmResponseFormat::JsonObject ? ResponseMode::JsonObject : ResponseMode::JsonSchema;
    return {};
}

void DraftingService::run(const DraftRunOptions& options)
{
    if (m_running) {
        DraftRunSummary s;
        s.error = Error{ErrorCode::Conflict, QStringLiteral("a drafting run is already going on")};
        QTimer::singleShot(0, this, [this, s] { Q_EMIT finished(s); });
        return;
    }
    m_running = true;
    m_stopped = false;
    m_llmDown = false;
    m_summary = {};
    m_pending = m_total = m_done = 0;
    m_waiting.clear();
    m_startedAt = m_scheduler->now();
    const QDate asOf = options.asOf.isValid() ? options.asOf : m_store.clock().today();
    auto failRun = [this](const Error& e) {
        m_summary.error = e;
        QTimer::singleShot(0, this, [this] { finishRun(); });
    };

    if (auto ok = prepareLlm(); !ok)
        return failRun(ok.error());
    if (auto r = cancelStaleDrafts(m_store, m_tuning.staleDraftMinutes, options.actor); !r)
        return failRun(r.error());
    if (auto r = wakeSnoozedReminders(m_store, asOf, options.actor); !r)
        return failRun(r.error());
    auto candidates = selectDraftCandidates(m_store, {.asOf = asOf, .intervalDays = m_config.reminders.intervalDays,
                                                      .limit = options.limit});
    if (!candidates)
        return failRun(candidates.error());
    auto tone = m_store.toneExamples();
    if (!tone)
        return failRun(tone.error());
    m_summary.candidates = int(candidates->size());

    // Build every job, then reserve all rows in one transaction: a client is either reserved or not.
    QList<std::shared_ptr<Job>> jobs;
    for (const DraftCandidate& c : *candidates) {
        auto job = std::make_shared<Job>();
        job->actor = options.actor;
        DraftFacts& f = job->facts;
        f.client = c.client;
        f.language = c.client.language;
        f.asOf = asOf;
        f.reminders = m_config.reminders;
        f.paymentDeadline = asOf.addDays(m_config.reminders.paymentDeadlineDays);
        f.previousReminders = c.previousReminders;
        f.lastReminderDate = c.lastReminderDate;
        for (const Invoice& inv : c.invoices) {
            ReminderLine l;
            l.invoiceId = inv.id;
            l.invoiceNumber = inv.number;
            l.openMinor = inv.openMinor;
            l.currency = inv.currency;
            l.dueDate = inv.dueDate;
            l.daysLate = inv.daysLate(asOf);
            f.lines << l;
            f.issueDates.insert(inv.number, inv.issueDate);
        }
        f.bucket = bucketFor(f.maxDaysLate(), AgingPolicy{m_config.aging.light, m_config.aging.moderate});
        if (m_client) {
            auto interactions = m_store.interactions(c.client.id);
            if (!interactions)
                return failRun(interactions.error());
            job->prompt = buildPrompt({.facts = f, .toneExamples = *tone, .interactions = *interactions});
        }
        jobs << job;
    }
    auto reserved = m_store.database().transaction([&]() -> Result<void> {
        for (const auto& job : jobs) {
            Reminder r;
            r.clientId = job->facts.client.id;
            r.lines = job->facts.lines;
            r.bucket = job->facts.bucket;
            r.language = job->facts.language;
            r.provider = provider();
            r.createdBy = job->actor;
            r.updatedBy = job->actor;
            if (auto ok = lifecycle::create(m_store, r,
                                            {.actor = job->actor,
                                             .action = QStringLiteral("created"),
                                             .detail = detailJson({{"state", QStringLiteral("drafted")},
                                                                   {"provider", provider()},
                                                                   {"bucket", agingBucketName(r.bucket)},
                                                                   {"asOf", asOf.toString(Qt::ISODate)},
                                                                   {"invoices", QString::number(r.lines.size())}})});
                !ok)
                return ok;
            job->reminderId = r.id;
        }
        return {};
    });
    if (!reserved)
        return failRun(reserved.error());

    m_total = m_pending = int(jobs.size());
    if (jobs.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finishRun(); });
        return;
    }
    // Start from the event loop, so the caller has connected its slots and returned first.
    QTimer::singleShot(0, this, [this, jobs] {
        for (const auto& job : jobs)
            startJob(job);
    });
}

void DraftingService::regenerate(qint64 reminderId, int expectedVersion, const QString& instruction,
                                 const QString& actor, QObject* context, std::function<void(Result<Reminder>)> done)
{
    QPointer<QObject> guard(context);
    auto failLater = [this, guard, done](Error e) {
        QTimer::singleShot(0, this, [guard, done, e] {
            if (guard)
                done(std::unexpected(e));
        });
    };
    auto r = m_store.reminder(reminderId);
    if (!r)
        return failLater(r.error());
    if (!*r)
        return failLater(Error{ErrorCode::NotFound, QStringLiteral("reminder %1 does not exist").arg(reminderId)});
    if ((*r)->version != expectedVersion)
        return failLater(Error{ErrorCode::Conflict, QStringLiteral("reminder %1 was changed by someone else (version %2, expected %3)")
                                                        .arg(reminderId).arg((*r)->version).arg(expectedVersion)});
    if ((*r)->state != ReminderState::NeedsReview)
        return failLater(Error{ErrorCode::InvalidArgument, QStringLiteral("reminder %1 is %2: only a draft in review can be rewritten")
                                                               .arg(reminderId).arg(reminderStateName((*r)->state))});
    if (auto ok = prepareLlm(); !ok)
        return failLater(ok.error());
    const QDate today = m_store.clock().today();
    auto facts = factsForReminder(m_store, **r, m_config.reminders, today);
    if (!facts)
        return failLater(facts.error());
    facts->asOf = today;
    facts->paymentDeadline = today.addDays(m_config.reminders.paymentDeadlineDays);
    auto job = std::make_shared<Job>();
    job->reminderId = reminderId;
    job->facts = *facts;
    job->actor = actor;
    job->regenerate = true;
    job->expectedVersion = expectedVersion;
    job->context = context;
    job->done = std::move(done);
    if (m_client) {
        auto tone = m_store.toneExamples();
        auto interactions = m_store.interactions((*r)->clientId);
        if (!tone || !interactions)
            return failLater(!tone ? tone.error() : interactions.error());
        job->prompt = buildPrompt({.facts = job->facts, .toneExamples = *tone, .interactions = *interactions,
                                   .reviewerInstruction = instruction});
    }
    QTimer::singleShot(0, this, [this, job] { startJob(job); });
}

void DraftingService::startJob(const std::shared_ptr<Job>& job)
{
    if (m_stopped && !job->regenerate)
        return cancelJob(job, m_summary.error ? m_summary.error->detail : QStringLiteral("the batch stopped"));
    if (!m_client)
        return writeWithTemplate(job, {}, {});
    if (m_llmDown)
        return writeWithTemplate(job, m_llmDownReason, QStringLiteral("llm-unreachable"));
    m_waiting << job;
    const qint64 cost = estimateTokens(job->prompt.system) + estimateTokens(job->prompt.user) + m_config.llm.maxCompletionTokens;
    m_scheduler->submit(cost, [this, job] { sendJob(job); }, job->attempts > 0);
}

void DraftingService::sendJob(const std::shared_ptr<Job>& job)
{
    m_waiting.removeOne(job);
    if ((m_stopped && !job->regenerate) || m_llmDown) {
        m_scheduler->finished();
        if (m_llmDown && !m_stopped)
            return writeWithTemplate(job, m_llmDownReason, QStringLiteral("llm-unreachable"));
        return cancelJob(job, m_summary.error ? m_summary.error->detail : QStringLiteral("the batch stopped"));
    }
    ++job->attempts;
    ++m_summary.llmRequests;
    ChatRequest req;
    req.system = job->prompt.system;
    req.user = job->prompt.user;
    req.maxCompletionTokens = m_config.llm.maxCompletionTokens;
    req.temperature = m_config.llm.temperature;
    req.mode = m_mode;
    job->sentMode = m_mode;
    m_client->send(req, this, [this, job](const LlmOutcome& o) {
        // The outcome first: a 401 must stop the batch before the freed slot starts the next request.
        handleOutcome(job, o);
        m_scheduler->finished();
    });
}

qint64 DraftingService::backoffMs(int attempt) const
{
    const qint64 exp = qMin(m_tuning.backoffMaxMs, m_tuning.backoffBaseMs << qMin(attempt - 1, 16));
    // Full jitter over the upper half: spreads clients that were refused together.
    return exp / 2 + qint64(QRandomGenerator::global()->bounded(quint32(qMax<qint64>(1, exp / 2))));
}

void DraftingService::retryLater(const std::shared_ptr<Job>& job, qint64 delayMs, bool global)
{
    if (global) {
        // A server-given time (or a 429 without one) applies to every request on this deployment.
        m_scheduler->holdFor(delayMs);
        startJob(job);
    } else {
        QTimer::singleShot(int(delayMs), this, [this, job] { startJob(job); });
    }
}

void DraftingService::handleOutcome(const std::shared_ptr<Job>& job, const LlmOutcome& o)
{
    job->promptTokens += o.reply.promptTokens;
    job->completionTokens += o.reply.completionTokens;
    if (m_stopped && !job->regenerate)
        return cancelJob(job, m_summary.error ? m_summary.error->detail : QStringLiteral("the batch stopped"));
    const bool canRetry = job->attempts < m_tuning.maxAttempts;
    switch (o.failure) {
    case LlmFailure::None: {
        const QString model = o.reply.model.isEmpty() ? m_client->endpoint().modelLabel : o.reply.model;
        return store(job, o.reply.subject, o.reply.body, m_client->endpoint().provider, model, {});
    }
    case LlmFailure::Auth:
        if (job->regenerate) {
            job->settled = true;
            if (job->context)
                job->done(std::unexpected(Error{ErrorCode::AuthRejected, o.detail}));
            return;
        }
        stopBatch(Error{ErrorCode::AuthRejected, o.detail});
        return cancelJob(job, o.detail);
    case LlmFailure::RateLimited:
        if (canRetry)
            return retryLater(job, o.retryAfterMs >= 0 ? o.retryAfterMs : backoffMs(job->attempts), true);
        return writeWithTemplate(job, o.detail, QStringLiteral("llm-rate-limited"));
    case LlmFailure::Server:
    case LlmFailure::Timeout:
        if (canRetry && job->attempts < 3)
            return retryLater(job, o.retryAfterMs >= 0 ? o.retryAfterMs : backoffMs(job->attempts), o.retryAfterMs >= 0);
        return writeWithTemplate(job, o.detail, QStringLiteral("llm-") + llmFailureName(o.failure));
    case LlmFailure::Network:
        if (canRetry && job->attempts < 2 && !m_llmDown)
            return retryLater(job, backoffMs(job->attempts), false);
        m_llmDown = true;
        m_llmDownReason = o.detail;
        return writeWithTemplate(job, o.detail, QStringLiteral("llm-unreachable"));
    case LlmFailure::SchemaUnsupported:
        if (job->sentMode == ResponseMode::JsonSchema) {
            if (m_mode == ResponseMode::JsonSchema)
                spdlog::info("LLM server refused response_format json_schema: falling back to json_object");
            m_mode = ResponseMode::JsonObject;
            --job->attempts;
            return startJob(job);
        }
        return writeWithTemplate(job, o.detail, QStringLiteral("llm-bad-request"));
    case LlmFailure::ContentFilter:
    case LlmFailure::Truncated:
    case LlmFailure::BadReply:
    case LlmFailure::BadRequest:
        return writeWithTemplate(job, o.detail, QStringLiteral("llm-") + llmFailureName(o.failure));
    }
}

void DraftingService::writeWithTemplate(const std::shared_ptr<Job>& job, const QString& why, const QString& code)
{
    QList<Finding> extra;
    if (!why.isEmpty()) {
        extra << Finding{code, FindingSeverity::Warning,
                         QStringLiteral("the AI draft could not be used (%1): this text comes from the built-in template").arg(why),
                         QStringLiteral("body")};
        ++m_summary.templateFallbacks;
    }
    if (!hasTemplateLanguage(job->facts.language)) {
        extra << Finding{QStringLiteral("template-language-fallback"), FindingSeverity::Warning,
                         QStringLiteral("no built-in template in '%1': written in French").arg(languageCode(job->facts.language)),
                         QStringLiteral("body")};
        job->facts.language = Language::French;
    }
    const DraftText t = templateDraft(job->facts);
    store(job, t.subject, t.body, QStringLiteral("template"), QStringLiteral("builtin"), extra);
}

void DraftingService::store(const std::shared_ptr<Job>& job, const QString& subject, const QString& body,
                            const QString& providerName, const QString& model, QList<Finding> extra)
{
    const QString s = fillPlaceholders(subject, job->facts).simplified();
    const QString b = fillPlaceholders(body, job->facts).trimmed();
    QList<Finding> findings = extra;
    findings << validateDraft(s, b, job->facts, {.untrustedTexts = job->prompt.untrustedTexts});
    Reminder saved;
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        auto r = m_store.reminder(job->reminderId);
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 disappeared while drafting").arg(job->reminderId));
        Reminder rem = **r;
        if (job->regenerate && rem.version != job->expectedVersion)
            return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 was changed by someone else while it was being rewritten")
                                                 .arg(rem.id));
        const ReminderState before = rem.state;
        if (!job->regenerate && before != ReminderState::Drafted)
            return fail(ErrorCode::Conflict, QStringLiteral("reminder %1 is %2, no longer being drafted")
                                                 .arg(rem.id).arg(reminderStateName(before)));
        rem.subject = s;
        rem.body = b;
        rem.findings = findings;
        rem.language = job->facts.language;
        rem.provider = providerName;
        rem.model = model;
        rem.promptTokens = job->promptTokens;
        rem.completionTokens = job->completionTokens;
        rem.updatedBy = job->actor;
        int blocking = 0;
        for (const auto& f : findings)
            blocking += f.severity == FindingSeverity::Blocking;
        // A rewrite keeps the reminder in review: its audit entry says "regenerated", not a state change.
        const QString action = job->regenerate ? QStringLiteral("regenerated")
                                               : lifecycle::transitionAction(before, ReminderState::NeedsReview);
        if (auto t = lifecycle::transition(m_store, rem, ReminderState::NeedsReview,
                                           {.actor = job->actor,
                                            .action = action,
                                            .detail = draftedDetail(job->facts, job->prompt, job->promptTokens,
                                                                    job->completionTokens, providerName, model,
                                                                    providerName == u"azure" ? m_config.llm.deployment
                                                                                             : QString(),
                                                                    findings.size(), blocking)});
            !t)
            return t;
        saved = rem;
        return {};
    });
    if (job->regenerate) {
        job->settled = true;
        if (job->context)
            job->done(ok ? Result<Reminder>(saved) : Result<Reminder>(std::unexpected(ok.error())));
        return;
    }
    if (!ok) {
        spdlog::error("storing draft {} failed: {}", job->reminderId, ok.error().toString().toStdString());
        if (!m_summary.error)
            m_summary.error = ok.error();
    } else {
        ++m_summary.drafted;
        m_summary.reminderIds << saved.id;
        m_summary.promptTokens += saved.promptTokens;
        m_summary.completionTokens += saved.completionTokens;
        if (saved.hasBlockingFinding())
            ++m_summary.withBlockingFindings;
        Q_EMIT draftStored(saved.id);
    }
    jobDone(job);
}

void DraftingService::cancelJob(const std::shared_ptr<Job>& job, const QString& reason)
{
    if (job->settled)
        return;
    m_waiting.removeOne(job);
    if (job->regenerate) {
        job->settled = true;
        if (job->context)
            job->done(std::unexpected(Error{ErrorCode::Cancelled, reason}));
        return;
    }
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        auto r = m_store.reminder(job->reminderId);
        if (!r)
            return std::unexpected(r.error());
        if (!*r || (*r)->state != ReminderState::Drafted)
            return {};
        Reminder rem = **r;
        rem.reason = reason;
        rem.updatedBy = job->actor;
        rem.promptTokens = job->promptTokens;
        rem.completionTokens = job->completionTokens;
        return lifecycle::transition(m_store, rem, ReminderState::Cancelled,
                                     {.actor = job->actor, .detail = detailJson({{"why", reason}})});
    });
    if (!ok && !m_summary.error)
        m_summary.error = ok.error();
    ++m_summary.cancelled;
    jobDone(job);
}

void DraftingService::jobDone(const std::shared_ptr<Job>& job)
{
    if (job->settled)
        return;
    job->settled = true;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (--m_pending == 0)
        finishRun();
}

void DraftingService::stopBatch(const Error& error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_summary.error = error;
    spdlog::error("drafting stopped: {}", error.toString().toStdString());
    // Jobs waiting for the scheduler never get their start(): cancel them here.
    m_scheduler->clearQueue();
    const auto waiting = m_waiting;
    for (const auto& job : waiting)
        cancelJob(job, error.detail);
}

void DraftingService::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.elapsedMs = m_scheduler->now() - m_startedAt;
    Q_EMIT finished(m_summary);
}

} // namespace relance
