#include "FakeGraph.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <nlohmann/json.hpp>

namespace relance::test {

using nlohmann::json;

namespace {
std::string s8(const QString& s) { return s.toStdString(); }
QString q8(const json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}
FakeResponse jsonResponse(int status, const json& j)
{
    FakeResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(j.dump());
    r.headers.push_back({"Content-Type", "application/json"});
    return r;
}
FakeResponse graphError(int status, const char* code, const char* message)
{
    return jsonResponse(status, {{"error", {{"code", code}, {"message", message}}}});
}
FakeResponse oauthError(const char* error, const char* description)
{
    return jsonResponse(400, {{"error", error}, {"error_description", description}});
}
} // namespace

FakeGraph::FakeGraph(QObject* parent) : HttpWireServer(parent) { setTrailer("Connection: keep-alive"); }
FakeGraph::~FakeGraph() = default;

QString FakeGraph::graphUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port()); }
QString FakeGraph::authority() const { return QStringLiteral("http://127.0.0.1:%1/tenant").arg(port()); }

void FakeGraph::setLatencyMs(int ms) { QMutexLocker l(&m_mutex); m_latency = ms; }
void FakeGraph::addFault(const Fault& f) { QMutexLocker l(&m_mutex); m_faults.push_back(f); }
void FakeGraph::clearFaults() { QMutexLocker l(&m_mutex); m_faults.clear(); }
void FakeGraph::addRefreshToken(const QString& token) { QMutexLocker l(&m_mutex); m_refreshTokens.insert(token); }
void FakeGraph::setRotateRefreshTokens(bool on) { QMutexLocker l(&m_mutex); m_rotate = on; }
void FakeGraph::revokeAccessTokens() { QMutexLocker l(&m_mutex); m_accessTokens.clear(); }
void FakeGraph::setRefuseAllAccessTokens(bool on) { QMutexLocker l(&m_mutex); m_refuseAll = on; }
void FakeGraph::setDevicePendingPolls(int n) { QMutexLocker l(&m_mutex); m_devicePending = n; m_devicePolls = 0; }
void FakeGraph::setDeviceOutcome(const QString& e) { QMutexLocker l(&m_mutex); m_deviceOutcome = e; }
void FakeGraph::setDeltaPageSize(int n) { QMutexLocker l(&m_mutex); m_pageSize = n; }
void FakeGraph::expireDeltaLinks() { QMutexLocker l(&m_mutex); m_deltaExpired = true; }
void FakeGraph::setSentItemsVisible(bool on) { QMutexLocker l(&m_mutex); m_sentVisible = on; }

QString FakeGraph::issueAuthCode(const QString& challenge)
{
    QMutexLocker l(&m_mutex);
    const QString code = QStringLiteral("code-%1").arg(++m_counter);
    m_authCodes.insert(code, challenge);
    return code;
}

QString FakeGraph::addInboxMessage(FakeMessage m)
{
    QMutexLocker l(&m_mutex);
    m.id = QStringLiteral("in-%1").arg(++m_counter);
    m.folder = QStringLiteral("inbox");
    m.isDraft = false;
    m.seq = ++m_seq;
    if (!m.received.isValid())
        m.received = QDateTime::currentDateTimeUtc();
    m_messages.push_back(m);
    return m.id;
}

int FakeGraph::deliveredCount(const QString& tag) const { QMutexLocker l(&m_mutex); return m_delivered.value(tag); }
QMap<QString, int> FakeGraph::deliveries() const { QMutexLocker l(&m_mutex); return m_delivered; }
QList<QByteArray> FakeGraph::todoTasks() const { QMutexLocker l(&m_mutex); return m_todo; }
QList<QDateTime> FakeGraph::sendTimes() const { QMutexLocker l(&m_mutex); return m_sendTimes; }
int FakeGraph::peakConcurrent() const { return peakAnswersInFlight(); }
QString FakeGraph::lastRefreshTokenIssued() const { QMutexLocker l(&m_mutex); return m_lastRefresh; }
QStringList FakeGraph::tokenGrants() const { QMutexLocker l(&m_mutex); return m_grants; }

QList<FakeMessage> FakeGraph::messages(const QString& folder) const
{
    QMutexLocker l(&m_mutex);
    QList<FakeMessage> out;
    for (const FakeMessage& m : m_messages)
        if (folder.isEmpty() || m.folder == folder)
            out << m;
    return out;
}

int FakeGraph::requestCount(const QString& pathContains) const
{
    QMutexLocker l(&m_mutex);
    int n = 0;
    for (const QString& p : m_requestLog)
        if (pathContains.isEmpty() || p.contains(pathContains))
            ++n;
    return n;
}

void FakeGraph::onRequest(QTcpSocket* socket, const wire::Request& w)
{
    FakeRequest r;
    r.method = w.method;
    r.target = w.target;
    for (auto it = w.headers.cbegin(); it != w.headers.cend(); ++it)
        r.headers.insert(it.key(), it.value());
    r.body = w.body;
    FakeResponse resp;
    int latency = 0;
    {
        QMutexLocker l(&m_mutex);
        m_requestLog << QString::fromLatin1(r.method) + u' ' + QUrl::fromPercentEncoding(r.target);
        resp = handle(r);
        latency = m_latency;
    }
    wire::Answer a;
    a.status = resp.status;
    a.headers = resp.headers;
    a.body = resp.body;
    a.hang = resp.hang;
    a.delayMs = latency;
    respond(socket, a);
}

FakeResponse FakeGraph::handle(const FakeRequest& r)
{
    const QString decoded = QUrl::fromPercentEncoding(r.target);
    const QString path = decoded.section(u'?', 0, 0);
    const QString query = decoded.section(u'?', 1);

    // Faults first.
    std::optional<Fault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& f = m_faults[i];
        if ((f.method.isEmpty() || f.method == r.method) && path.contains(f.pathContains)) {
            fault = f;
            if (--f.times <= 0)
                m_faults.removeAt(i);
            break;
        }
    }
    if (fault) {
        switch (fault->kind) {
        case FaultKind::Status: return graphError(fault->status, "InjectedFault", "injected by the test");
        case FaultKind::Hang: return FakeResponse{0, {}, {}, true};
        case FaultKind::Throttle: {
            FakeResponse t = graphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.");
            t.headers.push_back({"Retry-After", QByteArray::number(fault->retryAfter)});
            return t;
        }
        default: break;
        }
    }

    FakeResponse resp;
    if (path.contains(QStringLiteral("/oauth2/v2.0/")))
        resp = handleToken(r);
    else if (path.startsWith(QStringLiteral("/v1.0/"))) {
        const QString auth = QString::fromLatin1(r.headers.value("authorization"));
        if (m_refuseAll || !auth.startsWith(QStringLiteral("Bearer ")) || !m_accessTokens.contains(auth.mid(7)))
            return graphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.");
        static const QRegularExpression root(QStringLiteral("^/v1\\.0/(me|users/[^/]+)"));
        const auto m = root.match(path);
        if (!m.hasMatch())
            return graphError(404, "ResourceNotFound", "no such resource");
        if (m.captured(1).startsWith(QStringLiteral("users/")) && m.captured(1) != u"users/reminders@firm.example")
            return graphError(404, "ErrorInvalidUser", "The requested user is invalid.");
        resp = handleGraph(r, path.mid(m.capturedLength()), query);
    } else
        resp = graphError(404, "ResourceNotFound", "no such resource");

    if (fault && fault->kind == FaultKind::AcceptThen504)
        return graphError(504, "GatewayTimeout", "the gateway timed out (after the request was carried out)");
    if (fault && fault->kind == FaultKind::AcceptWithRetryAfter)
        resp.headers.push_back({"Retry-After", QByteArray::number(fault->retryAfter)});
    return resp;
}

namespace {
QString v8(const QUrlQuery& q, const char* key) { return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); }
} // namespace

int FakeGraph::authorizePages() const
{
    QMutexLocker lock(&m_mutex);
    return m_authorizePages;
}

void FakeGraph::setAccount(const QString& upn)
{
    QMutexLocker lock(&m_mutex);
    m_account = upn;
}

QString FakeGraph::idToken() const
{
    // An unsigned JWT shape: header.payload.signature, base64url. The account is in preferred_username, as Entra ID puts it.
    const auto b64 = [](const QByteArray& b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    json payload = json::object();
    if (!m_account.isEmpty())
        payload = {{"preferred_username", s8(m_account)}, {"name", "Anna Buchhalterin"}, {"tid", "tenant"}};
    return QString::fromLatin1(b64(R"({"alg":"none","typ":"JWT"})") + '.' + b64(QByteArray::fromStdString(payload.dump())) + ".sig");
}

FakeResponse FakeGraph::handleToken(const FakeRequest& r)
{
    if (r.method == "GET" && QString::fromLatin1(r.target).section(u'?', 0, 0).endsWith(QStringLiteral("/authorize"))) {
        // The sign-in page, with a user who signs in at once: back to the app's redirect URI with a code and the state.
        const QUrlQuery q(QUrl(QStringLiteral("http://x") + QString::fromLatin1(r.target)));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        if (!redirect.isValid() || redirect.host() != u"127.0.0.1" || v8(q, "code_challenge_method") != u"S256")
            return oauthError("invalid_request", "AADSTS50011: the redirect URI or the PKCE method is not acceptable.");
        const QString code = QStringLiteral("code-%1").arg(++m_counter);
        m_authCodes.insert(code, v8(q, "code_challenge"));
        QUrl back = redirect;
        QUrlQuery bq;
        bq.addQueryItem(QStringLiteral("code"), code);
        bq.addQueryItem(QStringLiteral("state"), v8(q, "state"));
        back.setQuery(bq);
        FakeResponse resp;
        resp.status = 302;
        resp.headers.push_back({"Location", back.toEncoded()});
        ++m_authorizePages;
        return resp;
    }
    if (r.method != "POST")
        return graphError(405, "MethodNotAllowed", "POST only");
    const QUrlQuery form(QString::fromLatin1(r.body));
    auto v = [&](const char* k) { return form.queryItemValue(QString::fromLatin1(k), QUrl::FullyDecoded); };
    if (v("client_id").isEmpty())
        return oauthError("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'client_id'.");
    auto issue = [this](bool newRefresh) {
        const QString access = QStringLiteral("at-%1").arg(++m_counter);
        m_accessTokens.insert(access);
        json j{{"token_type", "Bearer"}, {"scope", "Mail.Send Mail.ReadWrite Tasks.ReadWrite"}, {"expires_in", 3599},
               {"access_token", s8(access)}, {"id_token", s8(idToken())}};
        if (newRefresh) {
            m_lastRefresh = QStringLiteral("rt-%1").arg(++m_counter);
            m_refreshTokens.insert(m_lastRefresh);
            j["refresh_token"] = s8(m_lastRefresh);
        }
        return jsonResponse(200, j);
    };
    if (r.target.endsWith("/devicecode")) {
        if (!v("scope").contains(QStringLiteral("offline_access")))
            return oauthError("invalid_scope", "offline_access missing");
        return jsonResponse(200, {{"device_code", "dc-1"}, {"user_code", "FAKE-CODE"},
                                  {"verification_uri", "https://microsoft.com/devicelogin"}, {"expires_in", 900},
                                  {"interval", 1},
                                  {"message", "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate."}});
    }
    const QString grant = v("grant_type");
    m_grants << grant;
    if (grant == u"refresh_token") {
        if (!m_refreshTokens.contains(v("refresh_token")))
            return oauthError("invalid_grant", "AADSTS70000: The provided value for the refresh token is not valid.");
        return issue(m_rotate);
    }
    if (grant == u"authorization_code") {
        const QString code = v("code");
        const QString challenge = m_authCodes.take(code);
        const QString fromVerifier = QString::fromLatin1(
            QCryptographicHash::hash(v("code_verifier").toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (challenge.isEmpty() || challenge != fromVerifier || v("redirect_uri").isEmpty())
            return oauthError("invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge.");
        return issue(true);
    }
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code") {
        if (v("device_code") != u"dc-1")
            return oauthError("bad_verification_code", "unknown device code");
        if (++m_devicePolls <= m_devicePending)
            return oauthError("authorization_pending", "AADSTS70016: pending");
        if (!m_deviceOutcome.isEmpty())
            return oauthError(m_deviceOutcome.toLatin1().constData(), "the user did not finish");
        return issue(true);
    }
    return oauthError("unsupported_grant_type", "unsupported grant");
}

namespace {
json messageJson(const FakeMessage& m, const QString& base)
{
    json headers = json::array();
    for (const auto& [k, v] : m.headers)
        headers.push_back({{"name", s8(k)}, {"value", s8(v)}});
    return {{"id", s8(m.id)},
            {"subject", s8(m.subject)},
            {"isDraft", m.isDraft},
            {"internetMessageId", s8(m.internetMessageId)},
            {"conversationId", s8(m.conversationId)},
            {"receivedDateTime", s8(m.received.toString(Qt::ISODate))},
            {"bodyPreview", s8(m.body.left(255))},
            {"webLink", s8(base + QStringLiteral("/owa/?ItemID=") + m.id)},
            {"from", {{"emailAddress", {{"address", s8(m.from)}}}}},
            {"internetMessageHeaders", headers}};
}
} // namespace

FakeResponse FakeGraph::handleGraph(const FakeRequest& r, const QString& path, const QString& query)
{
    static const QRegularExpression messageRe(QStringLiteral("^/messages/([^/]+)$"));
    static const QRegularExpression sendRe(QStringLiteral("^/messages/([^/]+)/send$"));
    static const QRegularExpression folderRe(QStringLiteral("^/mailFolders\\('(\\w+)'\\)/messages$"));
    static const QRegularExpression tagRe(QStringLiteral("ep/value eq '([^']*)'"));
    static const QRegularExpression imidRe(QStringLiteral("internetMessageId eq '([^']*)'"));
    static const QRegularExpression taskRe(QStringLiteral("^/todo/lists/([^/]+)/tasks$"));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port());

    auto find = [this](const QString& id) -> FakeMessage* {
        for (FakeMessage& m : m_messages)
            if (m.id == id)
                return &m;
        return nullptr;
    };

    if (r.method == "POST" && path == u"/messages") {
        const json j = json::parse(r.body.toStdString(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return graphError(400, "RequestBodyRead", "invalid JSON");
        FakeMessage m;
        m.id = QStringLiteral("draft-%1").arg(++m_counter);
        m.folder = QStringLiteral("drafts");
        m.subject = q8(j, "subject");
        if (j.contains("body")) {
            m.body = q8(j["body"], "content");
            m.bodyType = q8(j["body"], "contentType");
            if (m.bodyType.compare(QStringLiteral("text"), Qt::CaseInsensitive) != 0 && m.bodyType.compare(QStringLiteral("html"), Qt::CaseInsensitive) != 0)
                return graphError(400, "ErrorInvalidRequest", "body.contentType must be Text or HTML");
        }
        if (j.contains("toRecipients") && j["toRecipients"].is_array() && !j["toRecipients"].empty())
            m.to = q8(j["toRecipients"][0]["emailAddress"], "address");
        if (j.contains("ccRecipients") && j["ccRecipients"].is_array())
            for (const auto& c : j["ccRecipients"])
                m.cc << q8(c["emailAddress"], "address");
        QString headerTag, propTag;
        if (j.contains("internetMessageHeaders") && j["internetMessageHeaders"].is_array())
            for (const auto& h : j["internetMessageHeaders"]) {
                const QString name = q8(h, "name");
                if (!name.toLower().startsWith(QStringLiteral("x-")))
                    return graphError(400, "InvalidInternetMessageHeader",
                                      "The internet message header name should start with 'x-' or 'X-'.");
                m.headers.push_back({name, q8(h, "value")});
                if (name.toLower() == u"x-reminder-id")
                    headerTag = q8(h, "value");
            }
        if (j.contains("singleValueExtendedProperties") && j["singleValueExtendedProperties"].is_array())
            for (const auto& p : j["singleValueExtendedProperties"])
                propTag = q8(p, "value");
        if (headerTag != propTag)
            return graphError(400, "TestMismatch", "x-reminder-id and the extended property differ");
        m.tag = propTag;
        m.internetMessageId = QStringLiteral("<fake-%1@graph.test>").arg(m_counter);
        m.conversationId = QStringLiteral("conv-%1").arg(m_counter);
        m_messages.push_back(m);
        return jsonResponse(201, messageJson(m, base));
    }
    if (auto s = sendRe.match(path); s.hasMatch() && r.method == "POST") {
        FakeMessage* m = find(s.captured(1));
        if (!m)
            return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        if (!m->isDraft)
            return graphError(400, "ErrorInvalidRequest", "the message was already sent");
        m->isDraft = false;
        m->folder = QStringLiteral("sentitems");
        m->id = QStringLiteral("sent-%1").arg(++m_counter); // a sent message gets a new id
        m_delivered[m->tag] += 1;
        m_sendTimes << QDateTime::currentDateTimeUtc();
        return FakeResponse{202, {}, {}, false};
    }
    if (auto f = folderRe.match(path); f.hasMatch() && r.method == "GET") {
        const QString folder = f.captured(1).toLower();
        const auto t = tagRe.match(query);
        const auto i = imidRe.match(query);
        json list = json::array();
        for (const FakeMessage& m : m_messages) {
            if (m.folder != folder || (folder == u"sentitems" && !m_sentVisible))
                continue;
            if ((t.hasMatch() && m.tag == t.captured(1)) || (i.hasMatch() && m.internetMessageId == i.captured(1)))
                list.push_back(messageJson(m, base));
        }
        return jsonResponse(200, {{"value", list}});
    }
    if (path == u"/mailFolders('inbox')/messages/delta" && r.method == "GET") {
        const QUrlQuery q(query);
        int token = 0, offset = 0;
        if (q.hasQueryItem(QStringLiteral("$deltatoken"))) {
            if (m_deltaExpired)
                return graphError(410, "SyncStateNotFound", "The sync state generation is not found.");
            token = q.queryItemValue(QStringLiteral("$deltatoken")).toInt();
        } else if (q.hasQueryItem(QStringLiteral("$skiptoken"))) {
            const QStringList parts = q.queryItemValue(QStringLiteral("$skiptoken")).split(u'_');
            token = parts.value(0).toInt();
            offset = parts.value(1).toInt();
        } else {
            m_deltaExpired = false; // a fresh start makes new links
        }
        int pageSize = m_pageSize;
        const QByteArray prefer = r.headers.value("prefer");
        if (prefer.startsWith("odata.maxpagesize="))
            pageSize = qMin(pageSize, prefer.mid(18).toInt());
        QList<FakeMessage> changed;
        int maxSeq = token;
        for (const FakeMessage& m : m_messages)
            if (m.folder == u"inbox") {
                maxSeq = qMax(maxSeq, m.seq);
                if (m.seq > token)
                    changed << m;
            }
        json list = json::array();
        for (const FakeMessage& m : changed.mid(offset, pageSize))
            list.push_back(messageJson(m, base));
        json out{{"value", list}};
        const QString link = base + QStringLiteral("/v1.0/me/mailFolders('inbox')/messages/delta?");
        if (offset + pageSize < changed.size())
            out["@odata.nextLink"] = s8(link + QStringLiteral("$skiptoken=%1_%2").arg(token).arg(offset + pageSize));
        else
            out["@odata.deltaLink"] = s8(link + QStringLiteral("$deltatoken=%1").arg(maxSeq));
        return jsonResponse(200, out);
    }
    if (auto m = messageRe.match(path); m.hasMatch()) {
        FakeMessage* msg = find(m.captured(1));
        if (!msg)
            return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        if (r.method == "GET")
            return jsonResponse(200, messageJson(*msg, base));
        if (r.method == "DELETE") {
            m_messages.removeIf([&](const FakeMessage& x) { return x.id == m.captured(1); });
            return FakeResponse{204, {}, {}, false};
        }
    }
    if (path == u"/todo/lists" && r.method == "GET")
        return jsonResponse(200, {{"value", json::array({{{"id", "list-tasks"}, {"displayName", "Tasks"},
                                                          {"wellknownListName", "defaultList"}},
                                                         {{"id", "list-other"}, {"displayName", "Other"},
                                                          {"wellknownListName", "none"}}})}});
    if (auto t = taskRe.match(path); t.hasMatch() && r.method == "POST") {
        if (t.captured(1) != u"list-tasks")
            return graphError(404, "ErrorItemNotFound", "no such list");
        const json j = json::parse(r.body.toStdString(), nullptr, false);
        if (j.is_discarded() || q8(j, "title").isEmpty())
            return graphError(400, "invalidRequest", "title missing");
        m_todo << r.body;
        json created = j;
        created["id"] = s8(QStringLiteral("task-%1").arg(++m_counter));
        return jsonResponse(201, created);
    }
    return graphError(404, "ResourceNotFound", "no such resource in the fake");
}

} // namespace relance::test
