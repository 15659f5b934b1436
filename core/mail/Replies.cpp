#include "mail/Replies.h"

#include "mail/GraphClient.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <spdlog/spdlog.h>

namespace relance::mail {

namespace {
std::string s8(const QString& s) { return s.toStdString(); }
QString q8(const nlohmann::json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>())
                                                                    : QString();
}
const QString kDeltaKey = QStringLiteral("mail.inboxDeltaLink");
// The drivers bind a null QString as SQL NULL, and the text columns are NOT NULL.
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace

QString ReplyReport::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const ReplyItem& i : items)
        list.push_back({{"internetMessageId", s8(i.internetMessageId)}, {"from", s8(i.from)}, {"subject", s8(i.subject)},
                        {"reminderId", i.reminderId}, {"matchedBy", s8(i.matchedBy)}, {"taskId", i.taskId},
                        {"alreadyKnown", i.alreadyKnown}});
    nlohmann::json j{{"seen", seen}, {"matched", matched}, {"unmatched", unmatched}, {"tasks", tasks},
                     {"todoTasks", todoTasks}, {"resynced", resynced}, {"signInRequired", signInRequired},
                     {"error", s8(error)}, {"items", list}};
    return QString::fromStdString(j.dump());
}

QStringList messageIdsIn(const QString& headerValue)
{
    static const QRegularExpression re(QStringLiteral("<[^<>\\s]+>"));
    QStringList out;
    for (auto it = re.globalMatch(headerValue); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

ReplyPoller::ReplyPoller(Database& db, const Config& config, Clock& clock, GraphClient* graph, QString actor, QObject* parent)
    : QObject(parent), m_db(db), m_config(config), m_clock(clock), m_graph(graph), m_outbox(db, outboxOptions(config, actor)),
      m_actor(std::move(actor))
{
    qRegisterMetaType<relance::mail::ReplyReport>();
}

QString ReplyPoller::deltaStart()
{
    return QStringLiteral("/mailFolders('inbox')/messages/delta?$select=subject,from,receivedDateTime,conversationId,"
                          "internetMessageId,bodyPreview,webLink");
}

void ReplyPoller::run()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_incoming.clear();
    m_newDeltaLink.clear();
    if (!m_graph) {
        QTimer::singleShot(0, this, [this] {
            finish(QStringLiteral("replies need [mail] transport=graph: the outbox-dir transport has no inbox"));
        });
        return;
    }
    auto link = m_outbox.store().syncValue(kDeltaKey);
    if (!link) {
        const QString why = link.error().toString();
        QTimer::singleShot(0, this, [this, why] { finish(why); });
        return;
    }
    fetch(*link && !(*link)->isEmpty() ? **link : deltaStart());
}

void ReplyPoller::fetch(const QString& url)
{
    GraphRequest req{"GET", url, {}, {{"Prefer", "odata.maxpagesize=50"}}, true};
    m_graph->send(req, this, [this](Result<GraphResponse> r) {
        if (!r) {
            m_report.signInRequired = r.error().code == ErrorCode::AuthRejected;
            finish(r.error().toString());
            return;
        }
        if (r->status == 410 && !m_report.resynced) {
            // The delta link expired: forget it and read the inbox again. Known replies are skipped when recorded.
            m_report.resynced = true;
            m_incoming.clear();
            if (auto ok = m_db.transaction([&] { return m_outbox.store().setSyncValue(kDeltaKey, QStringLiteral("")); }); !ok) {
                finish(ok.error().toString());
                return;
            }
            fetch(deltaStart());
            return;
        }
        if (!r->ok()) {
            finish(QStringLiteral("inbox delta: ") + r->errorText());
            return;
        }
        const auto j = r->json();
        if (!j.is_object() || !j.contains("value") || !j["value"].is_array()) {
            finish(QStringLiteral("inbox delta: an answer without a value array"));
            return;
        }
        for (const auto& m : j["value"]) {
            if (!m.is_object() || m.contains("@removed"))
                continue;
            Incoming in;
            in.id = q8(m, "id");
            in.internetMessageId = q8(m, "internetMessageId");
            in.conversationId = q8(m, "conversationId");
            in.subject = q8(m, "subject");
            in.preview = q8(m, "bodyPreview");
            in.webLink = q8(m, "webLink");
            if (m.contains("from") && m["from"].is_object() && m["from"].contains("emailAddress"))
                in.from = q8(m["from"]["emailAddress"], "address");
            in.received = QDateTime::fromString(q8(m, "receivedDateTime"), Qt::ISODate).toUTC();
            if (!in.received.isValid())
                in.received = m_clock.nowUtc();
            if (!in.id.isEmpty())
                m_incoming << in;
        }
        const QString next = q8(j, "@odata.nextLink");
        if (!next.isEmpty()) {
            fetch(next);
            return;
        }
        m_newDeltaLink = q8(j, "@odata.deltaLink");
        m_report.seen = int(m_incoming.size());
        processNext();
    });
}

void ReplyPoller::processNext()
{
    if (m_incoming.isEmpty()) {
        // Every message of this round is recorded: only now move the delta link on.
        if (!m_newDeltaLink.isEmpty())
            if (auto ok = m_db.transaction([&] { return m_outbox.store().setSyncValue(kDeltaKey, m_newDeltaLink); }); !ok) {
                finish(ok.error().toString());
                return;
            }
        finish();
        return;
    }
    const Incoming m = m_incoming.takeFirst();
    GraphRequest req{"GET",
                     QStringLiteral("/messages/%1?$select=internetMessageHeaders").arg(QString::fromLatin1(QUrl::toPercentEncoding(m.id))),
                     {}, {}, true};
    m_graph->send(req, this, [this, m](Result<GraphResponse> r) {
        QStringList inReplyTo, references;
        if (r && r->ok()) {
            const auto j = r->json();
            if (j.is_object() && j.contains("internetMessageHeaders") && j["internetMessageHeaders"].is_array())
                for (const auto& h : j["internetMessageHeaders"]) {
                    const QString name = q8(h, "name").toLower();
                    if (name == u"in-reply-to")
                        inReplyTo << messageIdsIn(q8(h, "value"));
                    else if (name == u"references")
                        references << messageIdsIn(q8(h, "value"));
                }
        } else if (!r || r->status != 404) {
            // Cannot read the headers now: stop without moving the delta link, the next poll sees it again.
            finish(QStringLiteral("reading the headers of a reply: ") + (r ? r->errorText() : r.error().toString()));
            return;
        }
        match(m, inReplyTo, references);
    });
}

void ReplyPoller::match(const Incoming& m, const QStringList& inReplyTo, const QStringList& references)
{
    qint64 reminderId = 0;
    QString by;
    auto find = [&](const QStringList& ids, const QString& how) -> Result<void> {
        for (auto it = ids.crbegin(); it != ids.crend() && reminderId == 0; ++it) {
            auto found = m_outbox.reminderByInternetMessageId(*it);
            if (!found)
                return std::unexpected(found.error());
            if (*found) {
                reminderId = **found;
                by = how;
            }
        }
        return {};
    };
    Result<void> ok = find(inReplyTo, QStringLiteral("in-reply-to"));
    if (ok && reminderId == 0)
        ok = find(references, QStringLiteral("references"));
    if (ok && reminderId == 0) {
        auto conv = m_outbox.reminderByConversationId(m.conversationId);
        if (!conv)
            ok = std::unexpected(conv.error());
        else if (*conv) {
            reminderId = **conv;
            by = QStringLiteral("conversation");
        }
    }
    if (!ok) {
        finish(ok.error().toString());
        return;
    }
    if (reminderId == 0) {
        ++m_report.unmatched;
        m_report.items.push_back({m.internetMessageId, m.from, m.subject, 0, {}, 0, false});
        processNext();
        return;
    }
    auto item = record(m, reminderId, by);
    if (!item) {
        finish(item.error().toString());
        return;
    }
    ++m_report.matched;
    m_report.items.push_back(*item);
    if (item->taskId != 0 && m_config.mail.todoTasks) {
        createTodo(m, *item, m.subject);
        return;
    }
    processNext();
}

Result<ReplyItem> ReplyPoller::record(const Incoming& m, qint64 reminderId, const QString& matchedBy)
{
    ReplyItem item{m.internetMessageId, m.from, m.subject, reminderId, matchedBy, 0, false};
    Store& store = m_outbox.store();
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto rem = store.reminder(reminderId);
        if (!rem)
            return std::unexpected(rem.error());
        if (!*rem)
            return fail(ErrorCode::NotFound, QStringLiteral("reminder %1 of a reply does not exist").arg(reminderId));
        auto client = store.client((*rem)->clientId);
        if (!client)
            return std::unexpected(client.error());
        if (!*client)
            return fail(ErrorCode::NotFound, QStringLiteral("client of reminder %1 does not exist").arg(reminderId));
        const QString externalId = m.internetMessageId.isEmpty() ? QStringLiteral("graph:") + m.id : m.internetMessageId;
        auto known = m_db.prepare(QStringLiteral("SELECT count(*) FROM interactions WHERE external_id = ?"),
                                  QStringLiteral("checking for a known reply"));
        if (!known)
            return std::unexpected(known.error());
        known->addBindValue(externalId);
        if (auto r = m_db.run(*known, QStringLiteral("checking for a known reply")); !r)
            return r;
        if (known->next() && known->value(0).toLongLong() > 0) {
            item.alreadyKnown = true;
            return {};
        }
        known->finish();

        // The client's history.
        QList<Interaction> history{Interaction{0, (*client)->id, externalId, InteractionKind::Email, m.received,
                                               nn(m.subject), nn(m.preview), Direction::Inbound, nn(m.from)}};
        if (auto r = store.upsertInteractions(history); !r)
            return r;
        // Chasing pauses for this client until a person has answered.
        Client c = **client;
        if (!c.doNotChase) {
            c.doNotChase = true;
            c.doNotChaseReason = QStringLiteral("replied on %1 to reminder %2: %3")
                                     .arg(m.received.date().toString(Qt::ISODate))
                                     .arg(reminderId)
                                     .arg(m.subject);
            c.doNotChaseUntil = m_clock.nowUtc().date().addDays(m_config.mail.replyPauseDays);
            QList<Client> one{c};
            if (auto r = store.upsertClients(one); !r)
                return r;
        }
        QStringList invoices;
        for (const ReminderLine& l : (*rem)->lines)
            invoices << l.invoiceNumber;
        Task t;
        t.clientId = c.id;
        t.reminderId = reminderId;
        t.title = QStringLiteral("Reply from %1 about %2").arg(c.name, invoices.join(u", "));
        t.body = QStringLiteral("From: %1\nReceived: %2\nSubject: %3\n\n%4")
                     .arg(m.from, m.received.toString(Qt::ISODate), m.subject, m.preview);
        t.assignee = c.accountant;
        t.dueDate = m_clock.nowUtc().date().addDays(2);
        t.externalId = externalId;
        if (auto r = store.insertTask(t); !r)
            return r;
        item.taskId = t.id;
        AuditEvent e;
        e.actor = m_actor;
        e.entity = QStringLiteral("reminder");
        e.entityId = QString::number(reminderId);
        e.action = QStringLiteral("reply-received");
        e.detail = QString::fromStdString(nlohmann::json{{"internetMessageId", s8(m.internetMessageId)},
                                                         {"matchedBy", s8(matchedBy)},
                                                         {"taskId", t.id},
                                                         {"chasePausedUntil", s8(c.doNotChaseUntil.toString(Qt::ISODate))}}
                                              .dump());
        return store.appendAudit(e);
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (item.taskId)
        ++m_report.tasks;
    return item;
}

void ReplyPoller::createTodo(const Incoming& m, const ReplyItem& item, const QString& title)
{
    auto post = [this, m, item, title](const QString& listId) {
        nlohmann::json body{
            {"title", s8(QStringLiteral("Reply: ") + title)},
            {"importance", "high"},
            {"body", {{"contentType", "text"}, {"content", s8(QStringLiteral("From %1: %2").arg(m.from, m.preview))}}},
            {"dueDateTime",
             {{"dateTime", s8(m_clock.nowUtc().date().addDays(2).toString(Qt::ISODate) + QStringLiteral("T09:00:00"))},
              {"timeZone", "W. Europe Standard Time"}}},
            {"linkedResources", nlohmann::json::array({{{"webUrl", s8(m.webLink)},
                                                        {"applicationName", "Relance"},
                                                        {"displayName", "Client reply"},
                                                        {"externalId", s8(m.internetMessageId)}}})}};
        GraphRequest req{"POST", QStringLiteral("/todo/lists/%1/tasks").arg(QString::fromLatin1(QUrl::toPercentEncoding(listId))),
                         QByteArray::fromStdString(body.dump()), {}, false};
        m_graph->send(req, this, [this](Result<GraphResponse> r) {
            if (r && r->ok())
                ++m_report.todoTasks;
            else // The workstation task exists either way; To Do is a convenience.
                spdlog::warn("To Do task not created: {}", s8(r ? r->errorText() : r.error().toString()));
            processNext();
        });
    };
    if (!m_todoListId.isEmpty()) {
        post(m_todoListId);
        return;
    }
    m_graph->send(GraphRequest{"GET", QStringLiteral("/todo/lists"), {}, {}, true}, this, [this, post](Result<GraphResponse> r) {
        if (r && r->ok()) {
            const auto j = r->json();
            if (j.is_object() && j.contains("value") && j["value"].is_array())
                for (const auto& l : j["value"])
                    if (q8(l, "wellknownListName") == u"defaultList")
                        m_todoListId = q8(l, "id");
        }
        if (m_todoListId.isEmpty()) {
            spdlog::warn("To Do: no default task list found");
            processNext();
            return;
        }
        post(m_todoListId);
    });
}

void ReplyPoller::finish(const QString& error)
{
    m_running = false;
    m_report.error = error;
    const ReplyReport report = m_report;
    Q_EMIT finished(report);
}

} // namespace relance::mail
