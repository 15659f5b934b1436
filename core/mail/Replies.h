#pragma once
// Client replies: a delta poll of the inbox (stored delta link; 410 means it expired: start again), each new message
// matched to a reminder by In-Reply-To / References against the stored internetMessageId, then by conversationId.
// A matched reply is recorded in the client's history, pauses chasing for the client, and becomes a task for the
// responsible accountant in the workstation (and in Microsoft To Do when [mail] todoTasks is on).
// Re-reading messages after a crash or a resync is harmless: a reply already recorded is skipped.
#include "config/Config.h"
#include "mail/Clock.h"
#include "mail/Outbox.h"

#include <QObject>

namespace relance::mail {

class GraphClient;

struct ReplyItem
{
    QString internetMessageId;
    QString from;
    QString subject;
    qint64 reminderId = 0;        // 0: matched nothing
    QString matchedBy;            // "in-reply-to" | "references" | "conversation" | ""
    qint64 taskId = 0;
    bool alreadyKnown = false;
};

struct ReplyReport
{
    int seen = 0;
    int matched = 0;
    int unmatched = 0;
    int tasks = 0;
    int todoTasks = 0;
    bool resynced = false;        // the delta link had expired (410)
    bool signInRequired = false;
    QString error;                // empty when the poll completed
    QList<ReplyItem> items;
    QString toJson() const;
};

// Message ids in an In-Reply-To or References header value: "<a@b> <c@d>".
QStringList messageIdsIn(const QString& headerValue);

class ReplyPoller : public QObject
{
    Q_OBJECT
public:
    ReplyPoller(Database& db, const Config& config, Clock& clock, GraphClient* graph,
                QString actor = QStringLiteral("system"), QObject* parent = nullptr);
    void run();
    static QString deltaStart();

Q_SIGNALS:
    void finished(const relance::mail::ReplyReport& report);

private:
    struct Incoming
    {
        QString id;
        QString internetMessageId;
        QString conversationId;
        QString subject;
        QString from;
        QString preview;
        QString webLink;
        QDateTime received;
    };
    void fetch(const QString& url);
    void processNext();
    void match(const Incoming& m, const QStringList& inReplyTo, const QStringList& references);
    Result<ReplyItem> record(const Incoming& m, qint64 reminderId, const QString& matchedBy);
    void createTodo(const Incoming& m, const ReplyItem& item, const QString& title);
    void finish(const QString& error = {});

    Database& m_db;
    Config m_config;
    Clock& m_clock;
    GraphClient* m_graph;
    Outbox m_outbox;
    QString m_actor;
    QList<Incoming> m_incoming;
    QString m_newDeltaLink;
    QString m_todoListId;
    ReplyReport m_report;
    bool m_running = false;
};

} // namespace relance::mail

Q_DECLARE_METATYPE(relance::mail::ReplyReport)
