#include "mail/Sender.h"

#include "mail/Eml.h"
#include "mail/GraphClient.h"
#include "sync/InvoiceLookup.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace relance::mail {

namespace {
std::string s8(const QString& s) { return s.toStdString(); }
}

QString reminderPropertyId() { return QStringLiteral("String {6f1c0b8e-3d2a-4b7c-9e51-2a4d8c7f0b13} Name ReminderId"); }

Result<QString> databaseInstance(Store& store)
{
    auto v = store.syncValue(QStringLiteral("mail.instance"));
    if (!v)
        return std::unexpected(v.error());
    if (*v && !(*v)->isEmpty())
        return **v;
    QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto ok = store.database().transaction([&]() -> Result<void> {
        // Another process may have created it meanwhile: the first one wins.
        auto again = store.syncValue(QStringLiteral("mail.instance"));
        if (!again)
            return std::unexpected(again.error());
        if (*again && !(*again)->isEmpty()) {
            id = **again;
            return {};
        }
        return store.setSyncValue(QStringLiteral("mail.instance"), id);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

static QString throttledReason(const QString& errorText)
{
    return QStringLiteral("Graph is busy or throttling the mailbox (%1): left for the next run").arg(errorText);
}

QString toString(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Sent: return QStringLiteral("sent");
    case SendOutcome::Cancelled: return QStringLiteral("cancelled");
    case SendOutcome::Review: return QStringLiteral("review");
    case SendOutcome::Failed: return QStringLiteral("failed");
    case SendOutcome::Ambiguous: return QStringLiteral("ambiguous");
    case SendOutcome::Waiting: return QStringLiteral("waiting");
    case SendOutcome::Pending: return QStringLiteral("pending");
    case SendOutcome::Released: return QStringLiteral("released");
    }
    return {};
}

QString SendReport::toJson() const
{
    nlohmann::json j{{"sent", sent},           {"cancelled", cancelled}, {"review", review},
                     {"failed", failed},       {"ambiguous", ambiguous}, {"waiting", waiting},
                     {"pending", pending},     {"released", released},   {"signInRequired", signInRequired},
                     {"stopReason", s8(stopReason)}, {"elapsedMs", elapsedMs},
                     {"accountingRequests", accountingRequests}, {"accountingUnreachable", s8(accountingUnreachable)}};
    nlohmann::json list = nlohmann::json::array();
    for (const SendItem& i : items)
        list.push_back({{"reminderId", i.reminderId}, {"outcome", s8(toString(i.outcome))}, {"reason", s8(i.reason)}});
    j["items"] = list;
    return QString::fromStdString(j.dump());
}

Sender::Sender(Database& db, const Config& config, Clock& clock, GraphClient* graph, QString actor, QObject* parent)
    : QObject(parent), m_db(db), m_config(config), m_clock(clock), m_graph(graph),
      m_outbox(db, outboxOptions(config, std::move(actor)))
{
    qRegisterMetaType<relance::mail::SendReport>();
    m_accountingBackoff.maxAttempts = 2; // one retry: a source that is down falls back to the last sync quickly
}

Sender::~Sender() = default;

QString Sender::outboxDir() const
{
    if (!m_config.mail.outboxDir.isEmpty())
        return m_config.mail.outboxDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox");
}

void Sender::run()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_sendAttempts.clear();
    m_startedMs = m_clock.msecs();
    m_noMoreApproved = m_stopped = false;
    m_leaseRenewedAt = m_clock.msecs();
    // One sender per database: two would both "recover" the same row.
    QString holder;
    auto lease = m_outbox.acquireLease(m_clock.nowUtc(), &holder);
    if (!lease || !*lease) {
        const QString why = !lease ? lease.error().toString() : QStringLiteral("another sender is running (%1)").arg(holder);
        m_stopped = true;
        m_report.stopReason = why;
        QTimer::singleShot(0, this, [this] { finishIfIdle(); });
        return;
    }
    m_holdsLease = true;
    m_confirmedReminders.clear();
    m_sourceDownUntil = 0;
    // Without a service root there is nothing to ask: the last sync's age decides, as with a CSV source.
    if (m_config.accounting.source == AccountingSource::OData && !m_config.accounting.url.isEmpty() && !m_lookup) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_lookup = std::make_unique<sync::InvoiceLookup>(m_nam.get(), m_config.accounting, m_accountingSecret,
                                                         m_accountingBackoff);
    }
    if (m_config.mail.transport == MailTransport::OutboxDir) {
        QTimer::singleShot(0, this, [this] { runOutboxDir(); });
        return;
    }
    if (!m_graph) {
        QTimer::singleShot(0, this, [this] { stop(QStringLiteral("no Graph client: [mail] transport=graph needs one")); });
        return;
    }
    auto instance = databaseInstance(m_outbox.store());
    auto stuck = instance ? m_outbox.inSending() : Result<QList<Claim>>(std::unexpected(instance.error()));
    if (!stuck) {
        const QString why = stuck.error().toString();
        QTimer::singleShot(0, this, [this, why] { stop(why); });
        return;
    }
    m_instance = *instance;
    m_bucket = std::make_unique<net::Pacer>(
        net::RateLimits{.requestsPerMinute = m_config.mail.sendsPerMinute, .requestBurst = 1}, m_clock);
    for (const Claim& c : *stuck)
        m_recoveries.push_back(c);
    QTimer::singleShot(0, this, [this] {
        // Rows left in `sending` are re-checked before their draft goes out: ask the source about them first.
        if (!startSourceCheck(ReminderState::Sending, [this] { pump(); }))
            pump();
    });
}

// ---- the accounting source, right before sending ----------------------------------------------------------------

bool Sender::startSourceCheck(ReminderState state, std::function<void()> then)
{
    if (!m_lookup || m_sourceBusy || m_stopped)
        return false;
    const qint64 nowMs = m_clock.msecs();
    const auto fresh = [&](qint64 id) {
        const auto it = m_confirmedReminders.constFind(id);
        return it != m_confirmedReminders.cend() && nowMs - *it <= qint64(kSourceFreshSeconds) * 1000;
    };
    if (state == ReminderState::Approved) {
        auto next = m_outbox.nextApprovedId();
        if (!next) {
            stop(next.error().toString());
            return false;
        }
        if (*next == 0 || fresh(*next))
            return false;
    }
    if (nowMs < m_sourceDownUntil)
        return false; // unreachable a moment ago: the last sync decides (the report says so)
    auto list = m_outbox.candidates(state, kLookupBatchNumbers);
    if (!list) {
        stop(list.error().toString());
        return false;
    }
    // The next reminders not confirmed lately, up to kLookupBatchNumbers invoice numbers.
    QList<Outbox::Candidate> batch;
    QStringList numbers;
    for (const Outbox::Candidate& c : std::as_const(*list)) {
        if (fresh(c.reminderId))
            continue;
        if (!batch.isEmpty() && numbers.size() + c.invoiceNumbers.size() > kLookupBatchNumbers)
            break;
        batch << c;
        numbers << c.invoiceNumbers;
    }
    if (batch.isEmpty())
        return false;
    if (numbers.isEmpty()) {
        for (const Outbox::Candidate& c : std::as_const(batch))
            m_confirmedReminders.insert(c.reminderId, nowMs); // nothing to ask: the re-check decides
        return false;
    }
    m_sourceBusy = true;
    m_lookup->fetch(numbers, [this, batch, then = std::move(then)](Result<sync::LookupResult> r) {
        m_sourceBusy = false;
        const qint64 atMs = m_clock.msecs();
        const QDateTime at = m_clock.nowUtc();
        if (!r) {
            const Error& e = r.error();
            if (e.code == ErrorCode::AuthRejected) {
                // No retry storm: nothing is claimed, the run ends here.
                stop(QStringLiteral("accounting credentials rejected: %1").arg(e.detail));
            } else if (sync::isUnreachable(e)) {
                // Fall back to the existing rule: the last sync, if recent enough, decides; else the reminder waits.
                spdlog::warn("accounting source unreachable before sending, using the last sync: {}", s8(e.toString()));
                m_report.accountingUnreachable = e.detail;
                m_sourceDownUntil = atMs + qint64(kSourceFreshSeconds) * 1000;
            } else {
                stop(QStringLiteral("checking the invoices at the accounting source: %1").arg(e.toString()));
            }
            then();
            return;
        }
        m_report.accountingRequests += r->requests;
        auto applied = sync::applyLookup(m_db, *r, at.toLocalTime().date());
        if (!applied) {
            stop(QStringLiteral("applying the accounting source's answer: %1").arg(applied.error().toString()));
            then();
            return;
        }
        for (const Outbox::Candidate& c : batch) {
            m_confirmedReminders.insert(c.reminderId, atMs);
            for (const QString& n : c.invoiceNumbers)
                m_outbox.confirmAtSource(n, at);
            QStringList paid;
            for (const QString& n : c.invoiceNumbers)
                if (r->paid.contains(n))
                    paid << n;
            if (paid.isEmpty())
                continue;
            // Cancelled "paid" by the apply, like a sync would (a row in `sending` is cancelled by its re-check).
            auto rem = m_outbox.store().reminder(c.reminderId);
            if (rem && *rem && (*rem)->state == ReminderState::Cancelled)
                done(c.reminderId, SendOutcome::Cancelled,
                     QStringLiteral("paid: %1 no longer open at the accounting source").arg(paid.join(u", ")));
        }
        then();
    });
    return true;
}

QString Sender::fallbackNote(qint64 reminderId, const QString& reason) const
{
    if (m_report.accountingUnreachable.isEmpty() || m_confirmedReminders.contains(reminderId))
        return reason;
    const QString note = QStringLiteral("accounting source unreachable (%1): checked against the last sync")
                             .arg(m_report.accountingUnreachable);
    return reason.isEmpty() ? note : reason + QStringLiteral("; ") + note;
}

// ---- outbox-dir ----------------------------------------------------------------------------------------------

Result<void> Sender::writeEml(const Claim& c, QString* messageId)
{
    const QString path = QDir(outboxDir()).filePath(QStringLiteral("reminder-%1.eml").arg(c.reminder.id));
    MailMessage m;
    m.reminderId = c.reminder.id;
    m.fromName = m_config.reminders.firmName;
    m.fromAddress = !m_config.mail.fromAddress.isEmpty() ? m_config.mail.fromAddress
                    : !m_config.mail.mailbox.isEmpty()   ? m_config.mail.mailbox
                                                         : QStringLiteral("reminders@relance.invalid");
    m.to = c.recipients.to;
    m.toName = c.client.contactPerson.isEmpty() ? c.client.name : c.client.contactPerson;
    m.cc = c.recipients.cc;
    m.subject = c.reminder.subject;
    m.body = c.reminder.body;
    m.messageId = newMessageId(c.reminder.id, m.fromAddress.section(u'@', 1));
    m.date = m_clock.nowUtc();
    // QSaveFile writes a temporary file and renames it on commit: a crash never leaves half a message.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(buildEml(m));
    if (!f.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    *messageId = m.messageId;
    return {};
}

Result<void> Sender::deliverEml(const Claim& c)
{
    const QString path = QDir(outboxDir()).filePath(QStringLiteral("reminder-%1.eml").arg(c.reminder.id));
    if (QFileInfo::exists(path)) {
        // Written before a crash, not yet recorded: the file is the proof of sending.
        auto ids = readEmlIds(path);
        if (!ids)
            return std::unexpected(ids.error());
        if (auto ok = m_outbox.markSent(c.reminder.id, QFileInfo(path).lastModified().toUTC(),
                                        QStringLiteral("recovered: file found in the outbox folder"), ids->messageId);
            !ok)
            return ok;
        done(c.reminder.id, SendOutcome::Sent, QStringLiteral("recovered"));
        return {};
    }
    QString messageId;
    if (auto ok = writeEml(c, &messageId); !ok)
        return ok;
    if (auto ok = m_outbox.markSent(c.reminder.id, m_clock.nowUtc(), QStringLiteral("written to the outbox folder"),
                                    messageId);
        !ok)
        return ok;
    done(c.reminder.id, SendOutcome::Sent, fallbackNote(c.reminder.id, {}));
    return {};
}

void Sender::runOutboxDir()
{
    if (!QDir().mkpath(outboxDir())) {
        stop(QStringLiteral("cannot create the outbox folder %1").arg(outboxDir()));
        return;
    }
    if (!startSourceCheck(ReminderState::Sending, [this] { outboxDirRecover(); }))
        outboxDirRecover();
}

void Sender::outboxDirRecover()
{
    if (m_stopped) {
        finishIfIdle();
        return;
    }
    auto stuck = m_outbox.inSending();
    if (!stuck) {
        stop(stuck.error().toString());
        return;
    }
    for (const Claim& c : *stuck) {
        const QString path = QDir(outboxDir()).filePath(QStringLiteral("reminder-%1.eml").arg(c.reminder.id));
        if (!QFileInfo::exists(path)) {
            auto check = m_outbox.recheckSending(c.reminder.id, m_clock.nowUtc());
            if (!check) {
                stop(check.error().toString());
                return;
            }
            if (check->verdict == Verdict::Wait) {
                done(c.reminder.id, SendOutcome::Waiting, fallbackNote(c.reminder.id, check->reason));
                continue;
            }
            if (check->verdict != Verdict::Send) {
                done(c.reminder.id, check->verdict == Verdict::Cancel   ? SendOutcome::Cancelled
                                    : check->verdict == Verdict::Review ? SendOutcome::Review
                                                                        : SendOutcome::Failed,
                     check->reason);
                continue;
            }
        }
        if (auto ok = deliverEml(c); !ok) {
            stop(ok.error().toString());
            return;
        }
    }
    outboxDirLoop();
}

void Sender::outboxDirLoop()
{
    for (;;) {
        if (m_stopped) {
            finishIfIdle();
            return;
        }
        // The source's word on the next reminders' invoices, before each claim that needs it (batched).
        if (startSourceCheck(ReminderState::Approved, [this] { outboxDirLoop(); }))
            return;
        if (m_stopped)
            continue;
        auto claim = m_outbox.claimNext(m_clock.nowUtc());
        if (!claim) {
            stop(claim.error().toString());
            return;
        }
        if (claim->empty())
            break;
        if (!claim->claim) {
            const Verdict v = claim->recheck.verdict;
            const QString reason = v == Verdict::Wait ? fallbackNote(claim->stoppedId, claim->recheck.reason)
                                                      : claim->recheck.reason;
            done(claim->stoppedId,
                 v == Verdict::Wait     ? SendOutcome::Waiting
                 : v == Verdict::Cancel ? SendOutcome::Cancelled
                 : v == Verdict::Review ? SendOutcome::Review
                                        : SendOutcome::Failed,
                 reason);
            if (v == Verdict::Wait) {
                stop(reason);
                return;
            }
            continue;
        }
        if (auto ok = deliverEml(*claim->claim); !ok) {
            // The row stays `sending`; the next run finds the file or writes it.
            done(claim->claim->reminder.id, SendOutcome::Pending, ok.error().toString());
            stop(ok.error().toString());
            return;
        }
    }
    m_noMoreApproved = true;
    finishIfIdle();
}

// ---- bookkeeping -----------------------------------------------------------------------------------------------

void Sender::done(qint64 reminderId, SendOutcome outcome, const QString& reason)
{
    m_report.items.push_back({reminderId, outcome, reason});
    switch (outcome) {
    case SendOutcome::Sent: ++m_report.sent; break;
    case SendOutcome::Cancelled: ++m_report.cancelled; break;
    case SendOutcome::Review: ++m_report.review; break;
    case SendOutcome::Failed: ++m_report.failed; break;
    case SendOutcome::Ambiguous: ++m_report.ambiguous; break;
    case SendOutcome::Waiting: ++m_report.waiting; break;
    case SendOutcome::Pending: ++m_report.pending; break;
    case SendOutcome::Released: ++m_report.released; break;
    }
    if (outcome != SendOutcome::Sent)
        spdlog::warn("reminder {}: {} ({})", reminderId, s8(toString(outcome)), s8(reason));
    Q_EMIT progress(reminderId, toString(outcome));
}

void Sender::stop(const QString& reason)
{
    if (!m_stopped && m_report.stopReason.isEmpty())
        m_report.stopReason = reason;
    m_stopped = true;
    finishIfIdle();
}

void Sender::finishIfIdle()
{
    if (!m_running || m_active > 0 || m_sourceBusy)
        return;
    if (!m_stopped && !(m_noMoreApproved && m_recoveries.empty()))
        return;
    for (const Claim& c : m_recoveries)
        done(c.reminder.id, SendOutcome::Pending, QStringLiteral("not recovered in this run: ") + m_report.stopReason);
    m_recoveries.clear();
    if (m_holdsLease) {
        if (auto ok = m_outbox.releaseLease(); !ok)
            spdlog::warn("sender lease not released: {}", s8(ok.error().toString()));
        m_holdsLease = false;
    }
    m_running = false;
    m_report.elapsedMs = m_clock.msecs() - m_startedMs;
    if (m_graph)
        m_report.peakInFlight = m_graph->peakInFlight();
    const SendReport report = m_report;
    Q_EMIT finished(report);
}

// ---- Graph -----------------------------------------------------------------------------------------------------

void Sender::pump()
{
    m_pumpScheduled = false;
    while (!m_stopped && m_active < GraphClient::kMaxInFlight) {
        if (!m_recoveries.empty()) {
            Claim c = m_recoveries.front();
            m_recoveries.pop_front();
            ++m_active;
            startRecovery(c, 0);
            continue;
        }
        if (m_noMoreApproved)
            break;
        if (m_sourceBusy)
            return; // the lookup's answer calls pump() again
        // Before the claim: the source's word on the next reminders' invoices (the claim stays one short transaction).
        if (startSourceCheck(ReminderState::Approved, [this] { pump(); }))
            return;
        if (m_stopped)
            break;
        const qint64 wait = m_bucket->tryTake();
        if (wait > 0) {
            // Do not wait for a token when there is nothing left to send.
            auto any = m_outbox.hasApproved();
            if (!any) {
                stop(any.error().toString());
                return;
            }
            if (!*any) {
                m_noMoreApproved = true;
                break;
            }
            if (!m_pumpScheduled) {
                m_pumpScheduled = true;
                m_clock.after(wait, this, [this] { pump(); });
            }
            return;
        }
        if (m_clock.msecs() - m_leaseRenewedAt > Outbox::kLeaseSeconds * 1000 / 3) {
            if (auto ok = m_outbox.renewLease(m_clock.nowUtc()); !ok) {
                stop(ok.error().toString());
                return;
            }
            m_leaseRenewedAt = m_clock.msecs();
        }
        auto claim = m_outbox.claimNext(m_clock.nowUtc());
        if (!claim) {
            stop(claim.error().toString());
            return;
        }
        if (claim->empty()) {
            m_noMoreApproved = true;
            break;
        }
        if (!claim->claim) {
            const Verdict v = claim->recheck.verdict;
            const QString reason = v == Verdict::Wait ? fallbackNote(claim->stoppedId, claim->recheck.reason)
                                                      : claim->recheck.reason;
            done(claim->stoppedId,
                 v == Verdict::Wait     ? SendOutcome::Waiting
                 : v == Verdict::Cancel ? SendOutcome::Cancelled
                 : v == Verdict::Review ? SendOutcome::Review
                                        : SendOutcome::Failed,
                 reason);
            if (v == Verdict::Wait) {
                stop(reason);
                return;
            }
            continue;
        }
        ++m_active;
        createDraft(*claim->claim);
    }
    finishIfIdle();
}

QByteArray Sender::draftJson(const Claim& c) const
{
    const QString tag = m_instance + u'-' + QString::number(c.reminder.id);
    nlohmann::json to = nlohmann::json::array();
    to.push_back({{"emailAddress", {{"address", s8(c.recipients.to)},
                                    {"name", s8(c.client.contactPerson.isEmpty() ? c.client.name : c.client.contactPerson)}}}});
    nlohmann::json cc = nlohmann::json::array();
    for (const QString& a : c.recipients.cc)
        cc.push_back({{"emailAddress", {{"address", s8(a)}}}});
    nlohmann::json j{{"subject", s8(c.reminder.subject)},
                     {"body", {{"contentType", "HTML"}, {"content", s8(htmlBody(c.reminder.body))}}},
                     {"toRecipients", to},
                     {"ccRecipients", cc},
                     {"internetMessageHeaders", nlohmann::json::array({{{"name", "x-reminder-id"}, {"value", s8(tag)}}})},
                     {"singleValueExtendedProperties",
                      nlohmann::json::array({{{"id", s8(reminderPropertyId())}, {"value", s8(tag)}}})}};
    return QByteArray::fromStdString(j.dump());
}

QString Sender::sentItemsLookupPath(const QString& folder, qint64 reminderId) const
{
    return QStringLiteral("/mailFolders('%1')/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '%2' and "
                          "ep/value eq '%3')&$select=id,internetMessageId,conversationId,isDraft")
        .arg(folder, reminderPropertyId(), m_instance + u'-' + QString::number(reminderId));
}

void Sender::createDraft(Claim claim)
{
    GraphRequest req{"POST", QStringLiteral("/messages"), draftJson(claim), {}, false};
    m_graph->send(req, this, [this, claim](Result<GraphResponse> r) {
        const qint64 id = claim.reminder.id;
        if (!r) {
            if (r.error().code == ErrorCode::AuthRejected) {
                // The server refused us before creating anything: nothing can have been sent.
                if (auto ok = m_outbox.release(id, r.error().detail); !ok)
                    spdlog::error("reminder {}: {}", id, s8(ok.error().toString()));
                m_report.signInRequired = true;
                done(id, SendOutcome::Released, r.error().detail);
                --m_active;
                stop(r.error().detail);
                return;
            }
            // Timeout or network: a draft may exist. Look it up.
            m_outbox.noteAttemptProblem(id, QStringLiteral("creating the draft: ") + r.error().toString());
            startRecovery(claim, 0);
            return;
        }
        if (r->status == 201 || r->status == 200) {
            const auto j = r->json();
            const QString messageId = j.is_object() ? QString::fromStdString(j.value("id", std::string())) : QString();
            if (messageId.isEmpty()) {
                startRecovery(claim, 0);
                return;
            }
            const QString imid = QString::fromStdString(j.value("internetMessageId", std::string()));
            const QString conv = QString::fromStdString(j.value("conversationId", std::string()));
            if (auto ok = m_outbox.recordDraft(id, messageId, imid, conv); !ok) {
                // Not recorded: the draft stays unsent; the next run finds it in Drafts by its property.
                done(id, SendOutcome::Pending, ok.error().toString());
                --m_active;
                stop(ok.error().toString());
                return;
            }
            Claim next = claim;
            next.reminder.messageId = messageId;
            next.reminder.internetMessageId = imid;
            sendDraft(next);
            return;
        }
        if (r->status >= 500) {
            m_outbox.noteAttemptProblem(id, QStringLiteral("creating the draft: ") + r->errorText());
            startRecovery(claim, 0);
            return;
        }
        if (r->status == 404 || r->status == 403) {
            const QString why = r->status == 404 ? QStringLiteral("mailbox not found (%1): check [mail] mailbox").arg(r->errorText())
                                                 : QStringLiteral("access denied (%1): check the mailbox permissions").arg(r->errorText());
            m_outbox.release(id, why);
            done(id, SendOutcome::Released, why);
            --m_active;
            stop(why);
            return;
        }
        if (r->status == 429 || r->status == 408) {
            // Throttled (or timed out before reading the request) beyond the retry budget: nothing was created, so
            // the reminder goes back to approved with the reason, for the next run. The mailbox is busy: stop here.
            const QString why = throttledReason(r->errorText());
            if (auto ok = m_outbox.release(id, why); !ok)
                spdlog::error("reminder {}: {}", id, s8(ok.error().toString()));
            done(id, SendOutcome::Released, why);
            --m_active;
            stop(why);
            return;
        }
        const QString why = QStringLiteral("refused by Graph: ") + r->errorText();
        m_outbox.markFailed(id, why);
        done(id, SendOutcome::Failed, why);
        --m_active;
        pump();
    });
}

void Sender::sendDraft(Claim claim)
{
    // A server that keeps failing the send (each failure looked up first) is left for a later run.
    if (++m_sendAttempts[claim.reminder.id] > kMaxSendAttempts) {
        const QString why = QStringLiteral("the send failed %1 times; the draft is kept for the next run").arg(kMaxSendAttempts);
        done(claim.reminder.id, SendOutcome::Pending, why);
        --m_active;
        stop(why);
        return;
    }
    GraphRequest req{"POST", QStringLiteral("/messages/%1/send").arg(QString::fromLatin1(QUrl::toPercentEncoding(claim.reminder.messageId))),
                     {}, {}, false};
    m_graph->send(req, this, [this, claim](Result<GraphResponse> r) {
        const qint64 id = claim.reminder.id;
        if (!r && r.error().code == ErrorCode::AuthRejected) {
            // The draft exists and is recorded: the next run recovers it after sign-in.
            m_report.signInRequired = true;
            done(id, SendOutcome::Pending, r.error().detail);
            --m_active;
            stop(r.error().detail);
            return;
        }
        if (r && r->ok()) {
            if (auto ok = m_outbox.markSent(id, m_clock.nowUtc(), QStringLiteral("sent"), claim.reminder.internetMessageId); !ok) {
                done(id, SendOutcome::Pending, ok.error().toString());
                --m_active;
                stop(ok.error().toString());
                return;
            }
            done(id, SendOutcome::Sent, fallbackNote(id, {}));
            --m_active;
            pump();
            return;
        }
        if (r && r->status == 429) {
            // Throttled beyond the retry budget: not sent. The recorded draft stays; the next run's recovery re-checks
            // it and sends that same draft.
            const QString why = throttledReason(r->errorText());
            m_outbox.noteAttemptProblem(id, QStringLiteral("sending: ") + r->errorText());
            done(id, SendOutcome::Pending, why);
            --m_active;
            stop(why);
            return;
        }
        if (r && r->status >= 400 && r->status < 500 && r->status != 404 && r->status != 408 && r->status != 409) {
            const QString why = QStringLiteral("send refused by Graph: ") + r->errorText();
            m_outbox.markFailed(id, why);
            done(id, SendOutcome::Failed, why);
            --m_active;
            pump();
            return;
        }
        // Timeout, 5xx, 404: it may have gone out. Never send again without looking.
        m_outbox.noteAttemptProblem(id, QStringLiteral("sending: ") + (r ? r->errorText() : r.error().toString()));
        startRecovery(claim, 0);
    });
}

void Sender::startRecovery(Claim claim, int round)
{
    const qint64 id = claim.reminder.id;
    if (claim.reminder.messageId.isEmpty() || round == 0) {
        // Re-read: a crashed run may have recorded the draft id.
        if (auto fresh = m_outbox.loadClaim(id); fresh && *fresh)
            claim = **fresh;
    }
    GraphRequest req{"GET", sentItemsLookupPath(QStringLiteral("sentitems"), claim.reminder.id), {}, {}, true};
    m_graph->send(req, this, [this, claim, round](Result<GraphResponse> r) {
        const qint64 id = claim.reminder.id;
        if (!r || !r->ok()) {
            const QString why = QStringLiteral("recovery lookup failed, left for the next run: ") +
                                (r ? r->errorText() : r.error().toString());
            if (!r && r.error().code == ErrorCode::AuthRejected)
                m_report.signInRequired = true;
            done(id, SendOutcome::Pending, why);
            --m_active;
            stop(why);
            return;
        }
        const auto j = r->json();
        if (j.is_object() && j.contains("value") && j["value"].is_array() && !j["value"].empty()) {
            const auto& m = j["value"][0];
            const QString imid = QString::fromStdString(m.value("internetMessageId", std::string()));
            if (auto ok = m_outbox.markSent(id, m_clock.nowUtc(), QStringLiteral("recovered: found in Sent Items"), imid); !ok)
                done(id, SendOutcome::Pending, ok.error().toString());
            else
                done(id, SendOutcome::Sent, QStringLiteral("recovered: found in Sent Items"));
            --m_active;
            pump();
            return;
        }
        if (!claim.reminder.messageId.isEmpty()) {
            lookupDraftById(claim, round);
            return;
        }
        // No draft id recorded: nothing was ever sent. Adopt a draft created before a crash, else make one.
        GraphRequest drafts{"GET", sentItemsLookupPath(QStringLiteral("drafts"), claim.reminder.id), {}, {}, true};
        m_graph->send(drafts, this, [this, claim](Result<GraphResponse> d) {
            const qint64 id = claim.reminder.id;
            if (!d || !d->ok()) {
                const QString why = QStringLiteral("draft lookup failed, left for the next run: ") +
                                    (d ? d->errorText() : d.error().toString());
                done(id, SendOutcome::Pending, why);
                --m_active;
                stop(why);
                return;
            }
            const auto dj = d->json();
            if (dj.is_object() && dj.contains("value") && dj["value"].is_array() && !dj["value"].empty()) {
                const auto& m = dj["value"][0];
                Claim adopted = claim;
                adopted.reminder.messageId = QString::fromStdString(m.value("id", std::string()));
                adopted.reminder.internetMessageId = QString::fromStdString(m.value("internetMessageId", std::string()));
                if (auto ok = m_outbox.recordDraft(id, adopted.reminder.messageId, adopted.reminder.internetMessageId,
                                                   QString::fromStdString(m.value("conversationId", std::string())));
                    !ok) {
                    done(id, SendOutcome::Pending, ok.error().toString());
                    --m_active;
                    stop(ok.error().toString());
                    return;
                }
                afterRecheck(adopted, [this](Claim c) { sendDraft(c); });
                return;
            }
            afterRecheck(claim, [this](Claim c) { createDraft(c); });
        });
    });
}

void Sender::lookupDraftById(Claim claim, int round)
{
    GraphRequest req{"GET",
                     QStringLiteral("/messages/%1?$select=id,isDraft,internetMessageId")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(claim.reminder.messageId))),
                     {}, {}, true};
    m_graph->send(req, this, [this, claim, round](Result<GraphResponse> r) {
        const qint64 id = claim.reminder.id;
        if (r && r->ok()) {
            const auto j = r->json();
            const bool isDraft = j.is_object() && j.value("isDraft", true);
            if (!isDraft) {
                if (auto ok = m_outbox.markSent(id, m_clock.nowUtc(), QStringLiteral("recovered: no longer a draft"));
                    !ok)
                    done(id, SendOutcome::Pending, ok.error().toString());
                else
                    done(id, SendOutcome::Sent, QStringLiteral("recovered: the message is no longer a draft"));
                --m_active;
                pump();
                return;
            }
            afterRecheck(claim, [this](Claim c) { sendDraft(c); });
            return;
        }
        if (r && r->status == 404) {
            // Sent messages get a new id; Sent Items may lag behind. Look again before handing it to a person.
            if (round < 2) {
                m_clock.after(m_lookupDelayMs, this, [this, claim, round] { startRecovery(claim, round + 1); });
                return;
            }
            const QString why = QStringLiteral("the draft %1 is gone and no message with this reminder is in Sent Items: "
                                               "check the mailbox before sending it again")
                                    .arg(claim.reminder.messageId);
            m_outbox.markAmbiguous(id, why);
            done(id, SendOutcome::Ambiguous, why);
            --m_active;
            pump();
            return;
        }
        const QString why = QStringLiteral("draft lookup failed, left for the next run: ") +
                            (r ? r->errorText() : r.error().toString());
        done(id, SendOutcome::Pending, why);
        --m_active;
        stop(why);
    });
}

void Sender::afterRecheck(Claim claim, std::function<void(Claim)> next)
{
    const qint64 id = claim.reminder.id;
    auto check = m_outbox.recheckSending(id, m_clock.nowUtc());
    if (!check) {
        done(id, SendOutcome::Pending, check.error().toString());
        --m_active;
        stop(check.error().toString());
        return;
    }
    switch (check->verdict) {
    case Verdict::Send:
        next(claim);
        return;
    case Verdict::Wait: {
        const QString reason = fallbackNote(id, check->reason);
        done(id, SendOutcome::Waiting, reason);
        --m_active;
        stop(reason);
        return;
    }
    default:
        if (!claim.reminder.messageId.isEmpty())
            deleteDraft(claim.reminder.messageId);
        done(id, check->verdict == Verdict::Cancel   ? SendOutcome::Cancelled
                 : check->verdict == Verdict::Review ? SendOutcome::Review
                                                     : SendOutcome::Failed,
             check->reason);
        --m_active;
        pump();
    }
}

void Sender::deleteDraft(const QString& messageId)
{
    // Best effort: an unsent draft left behind is untidy, not harmful.
    GraphRequest req{"DELETE", QStringLiteral("/messages/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(messageId))),
                     {}, {}, true};
    m_graph->send(req, this, [](Result<GraphResponse>) {});
}

} // namespace relance::mail
