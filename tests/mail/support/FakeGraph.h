#pragma once
// A local server speaking Microsoft Graph's and Entra ID's wire shapes for the mail layer: token endpoint (refresh,
// authorization code with PKCE, device code), drafts, send, Sent Items / Drafts filters on the reminder's extended
// property, message lookup, inbox delta (pages, delta links, 410), To Do. Faults on demand: any status, "accepted
// then 504", "202 with Retry-After", 429 with Retry-After, hanging, latency. Thread-safe: it may run in its own thread.
// Built on the tests' one fake HTTP server base (tests/support/HttpWire.h).
#include "HttpWire.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace relance::test {

// An inline namespace gives these two their own linker names: tests/support/FakeODataHttp.h defines structs of the same
// names, and a test linking both (test_send_fresh) had the one-definition rule broken: ASan caught one's destructor
// freeing the other's members (alloc-dealloc-mismatch). Source code still names them relance::test::FakeRequest.
inline namespace graph_wire {
struct FakeRequest
{
    QByteArray method;
    QByteArray target;            // path and query, percent-decoded
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hang = false;            // never answer
};
} // namespace graph_wire

enum class FaultKind {
    Status,                       // answer `status` without doing anything
    AcceptThen504,                // do it, then answer 504
    AcceptWithRetryAfter,         // do it, answer normally with Retry-After: retryAfter
    Throttle,                     // answer 429 with Retry-After: retryAfter, do nothing
    Hang,                         // never answer
};

struct Fault
{
    QByteArray method;            // "" = any
    QString pathContains;
    FaultKind kind = FaultKind::Status;
    int status = 500;
    qint64 retryAfter = 0;        // seconds (a broken server may send 99999999999999)
    int times = 1;
};

struct FakeMessage
{
    QString id;
    QString folder;               // drafts | sentitems | inbox
    bool isDraft = true;
    QString tag;                  // x-reminder-id / extended property value
    QString internetMessageId;
    QString conversationId;
    QString subject;
    QString to;
    QStringList cc;
    QString body;
    QString bodyType;             // body.contentType as sent: Text | HTML
    QString from;
    QDateTime received;
    QList<std::pair<QString, QString>> headers; // internetMessageHeaders
    int seq = 0;                  // order of arrival, for delta
};

class FakeGraph : public HttpWireServer
{
    Q_OBJECT
public:
    explicit FakeGraph(QObject* parent = nullptr);
    ~FakeGraph() override;

    // listen(port = 0) on 127.0.0.1 and port() come from the base: call listen in the thread the server lives in.
    QString graphUrl() const;     // http://127.0.0.1:PORT/v1.0
    QString authority() const;    // http://127.0.0.1:PORT/tenant

    // Behaviour.
    void setLatencyMs(int ms);
    void addFault(const Fault& f);
    void clearFaults();
    void addRefreshToken(const QString& token);   // a refresh token the token endpoint accepts
    void setRotateRefreshTokens(bool on);         // answer each refresh with a new refresh token
    void revokeAccessTokens();                    // every issued access token is refused from now on (401)
    void setRefuseAllAccessTokens(bool on);       // even fresh ones (a mailbox that never accepts us)
    void setDevicePendingPolls(int n);            // authorization_pending this many times before success
    void setDeviceOutcome(const QString& error);  // "" success, else the error after the pending polls
    QString issueAuthCode(const QString& codeChallenge);
    void setAccount(const QString& upn);
    // GET {authority}/oauth2/v2.0/authorize: a user who signs in at once (302 to the redirect URI with code and state).
    int authorizePages() const;          // the id_token names this account (preferred_username) // a code the token endpoint exchanges with the right verifier
    void setDeltaPageSize(int n);
    void expireDeltaLinks();                      // every stored delta link answers 410
    void setSentItemsVisible(bool on);            // off: sent messages do not show in Sent Items (index lag)

    // Inbox.
    QString addInboxMessage(FakeMessage m);       // returns its id; fills id, seq, folder
    // Observations.
    int deliveredCount(const QString& tag) const; // how many times a message with this tag was sent
    QMap<QString, int> deliveries() const;
    QList<FakeMessage> messages(const QString& folder) const;
    QList<QByteArray> todoTasks() const;          // bodies of created To Do tasks
    QList<QDateTime> sendTimes() const;           // wall clock of each accepted send
    int requestCount(const QString& pathContains = {}) const;
    int peakConcurrent() const;
    QString lastRefreshTokenIssued() const;
    QStringList tokenGrants() const;              // grant_type of every token request

protected:
    void onRequest(QTcpSocket* socket, const wire::Request& request) override;

private:
    FakeResponse handle(const FakeRequest& r);
    FakeResponse handleToken(const FakeRequest& r);
    FakeResponse handleGraph(const FakeRequest& r, const QString& path, const QString& query);
    QString idToken() const;

    mutable QMutex m_mutex;
    int m_latency = 0;
    QList<Fault> m_faults;
    QSet<QString> m_refreshTokens;
    bool m_rotate = false;
    QSet<QString> m_accessTokens;
    bool m_refuseAll = false;
    int m_devicePending = 0;
    int m_devicePolls = 0;
    QString m_deviceOutcome;
    QHash<QString, QString> m_authCodes;          // code -> challenge
    int m_pageSize = 50;
    bool m_deltaExpired = false;
    bool m_sentVisible = true;
    QList<FakeMessage> m_messages;
    QMap<QString, int> m_delivered;
    QList<QByteArray> m_todo;
    QList<QDateTime> m_sendTimes;
    QStringList m_grants;
    QString m_lastRefresh;
    QString m_account;
    int m_authorizePages = 0;
    int m_counter = 0;
    int m_seq = 0;
    QList<QString> m_requestLog;
};

} // namespace relance::test
