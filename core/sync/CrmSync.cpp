#include "sync/CrmSync.h"

#include "net/Clock.h"

#include "storage/Store.h"

#include <QRegularExpression>

namespace relance::sync {

namespace {

const QString kOwner = QStringLiteral("_ownerid_value@OData.Community.Display.V1.FormattedValue");

bool isGuid(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

QString plainText(QString s)
{
    // Dataverse e-mail descriptions are HTML: keep the words, not the markup.
    if (s.contains(u'<')) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        s.replace(tags, QStringLiteral(" "));
        s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        s.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    }
    s = s.simplified();
    return s.size() > 2000 ? s.left(2000) + u'…' : s;
}

QStringList properties(const DataverseCrmSync::Query& q)
{
    QStringList p{q.idField, q.regardingField, q.subjectField, q.bodyField, QStringLiteral("createdon"), kOwner};
    if (q.kind != InteractionKind::Note)
        p << QStringLiteral("actualend") << QStringLiteral("scheduledend");
    if (q.hasDirection)
        p << QStringLiteral("directioncode");
    return p;
}

} // namespace

QList<DataverseCrmSync::Query> DataverseCrmSync::queries()
{
    return {
        {QStringLiteral("phonecalls"), QStringLiteral("activityid"), QStringLiteral("_regardingobjectid_value"),
         QStringLiteral("subject"), QStringLiteral("description"), InteractionKind::Call, true},
        {QStringLiteral("emails"), QStringLiteral("activityid"), QStringLiteral("_regardingobjectid_value"),
         QStringLiteral("subject"), QStringLiteral("description"), InteractionKind::Email, true},
        {QStringLiteral("appointments"), QStringLiteral("activityid"), QStringLiteral("_regardingobjectid_value"),
         QStringLiteral("subject"), QStringLiteral("description"), InteractionKind::Meeting, false},
        {QStringLiteral("annotations"), QStringLiteral("annotationid"), QStringLiteral("_objectid_value"),
         QStringLiteral("subject"), QStringLiteral("notetext"), InteractionKind::Note, false},
    };
}

DataverseCrmSync::DataverseCrmSync(Database& db, QNetworkAccessManager* nam, CrmSyncOptions options, QObject* parent)
    : QObject(parent), m_db(db), m_options(std::move(options)),
      m_reader(nam,
               ODataSource{.serviceRoot = QUrl(m_options.config.url),
                           .auth = ODataAuth::Bearer,
                           .apiKeyHeader = {},
                           .secret = m_options.token,
                           .pageSize = m_options.config.pageSize,
                           .timeoutMs = m_options.config.timeoutSeconds * 1000,
                           .extraPrefer = "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""},
               m_options.backoff, this)
{
}

void DataverseCrmSync::cancel()
{
    m_cancelled = true;
    m_reader.cancel();
}

void DataverseCrmSync::run(ProgressFn progress, DoneFn done)
{
    m_progress = std::move(progress);
    m_done = std::move(done);
    if (m_options.config.url.isEmpty()) {
        finish(fail(ErrorCode::Config, QStringLiteral("[crm] url is empty: the Dataverse Web API root is needed")));
        return;
    }
    if (m_options.token.isEmpty()) {
        finish(fail(ErrorCode::AuthRejected, QStringLiteral("no CRM access token (keychain entry crm-access-token or "
                                                            "RELANCE_CRM_ACCESS_TOKEN)")));
        return;
    }
    const QString field = m_options.config.accountField;
    if (field != u"crm_account_id" && field != u"number") {
        finish(fail(ErrorCode::Config, QStringLiteral("[crm] accountField '%1': use crm_account_id or number").arg(field)));
        return;
    }
    auto clients = Store(m_db).clients();
    if (!clients) {
        finish(std::unexpected(clients.error()));
        return;
    }
    QStringList accounts;
    for (const Client& c : *clients) {
        const QString key = (field == u"number" ? c.number : c.crmAccountId).trimmed();
        if (key.isEmpty() || m_clientByAccount.contains(key.toLower()))
            continue;
        m_clientByAccount.insert(key.toLower(), c.id);
        accounts << key;
    }
    m_result.clients = int(accounts.size());
    const QList<Query> qs = queries();
    for (int qi = 0; qi < qs.size(); ++qi)
        for (qsizetype i = 0; i < accounts.size(); i += m_options.accountsPerQuery)
            m_jobs.push_back({qi, accounts.mid(i, m_options.accountsPerQuery)});
    const QDateTime now = m_options.now.isValid() ? m_options.now : m_db.clock().nowUtc();
    m_since = now.toUTC().addMonths(-m_options.config.historyMonths);
    next();
}

void DataverseCrmSync::next()
{
    if (m_progress)
        m_progress(QStringLiteral("crm"), m_job, m_jobs.size());
    if (m_job >= m_jobs.size()) {
        if (m_progress)
            m_progress(QStringLiteral("saving"), m_result.fetched, m_result.fetched);
        auto ok = m_db.transaction([&]() -> Result<void> {
            Store store(m_db);
            if (auto r = store.upsertInteractions(m_staged); !r)
                return r;
            return store.setSyncValue(kCrmLastSyncKey, store.clock().nowUtc().toString(Qt::ISODateWithMs));
        });
        if (!ok) {
            finish(std::unexpected(ok.error()));
            return;
        }
        m_result.saved = m_staged.size();
        finish(m_result);
        return;
    }
    const auto& [qi, accounts] = m_jobs[m_job];
    const Query q = queries()[qi];
    QStringList ors;
    for (const QString& a : accounts)
        ors << QStringLiteral("%1 eq %2").arg(q.regardingField, isGuid(a) ? a : odataString(a));
    const QString filter = QStringLiteral("(%1) and createdon ge %2").arg(ors.join(QStringLiteral(" or ")), odataDateTime(m_since));
    QStringList select = properties(q);
    select.removeAll(kOwner); // annotations are not selectable; they come with Prefer: include-annotations
    const QUrl url = odataCollectionUrl(QUrl(m_options.config.url), q.entitySet, select, filter,
                                        QStringLiteral("createdon desc"));
    ++m_result.requests;
    m_reader.read(
        url, properties(q), false, q.entitySet,
        [this, q](const ODataPage& page, int pageNumber, const QUrl&) { return takePage(q, page, pageNumber); },
        [this](Result<ODataReadEnd> end) {
            if (!end) {
                finish(std::unexpected(end.error()));
                return;
            }
            m_result.retries += end->retries;
            ++m_job;
            next();
        });
}

Result<void> DataverseCrmSync::takePage(const Query& q, const ODataPage& page, int pageNumber)
{
    int entity = 0;
    for (const ODataRow& row : page.rows) {
        ++entity;
        ++m_result.fetched;
        const auto value = [&](int i) { return row.values[std::size_t(i)].present() ? row.values[std::size_t(i)].text : QString(); };
        const QString where = QStringLiteral("%1 page %2, entity %3").arg(q.entitySet).arg(pageNumber).arg(entity);
        const auto skip = [&](const QString& why) {
            ++m_result.failed;
            if (m_result.problems.size() < 10)
                m_result.problems << QStringLiteral("%1: %2").arg(where, why);
        };
        Interaction i;
        i.externalId = value(0);
        if (i.externalId.isEmpty()) {
            skip(QStringLiteral("no %1").arg(q.idField));
            continue;
        }
        if (m_seenIds.contains(i.externalId))
            continue;
        const QString account = value(1).toLower();
        i.clientId = m_clientByAccount.value(account);
        if (!i.clientId) {
            skip(QStringLiteral("regards '%1', which is no client's account").arg(value(1)));
            continue;
        }
        i.kind = q.kind;
        i.subject = value(2).simplified();
        i.summary = plainText(value(3));
        QString when;
        if (q.kind != InteractionKind::Note)
            when = !value(6).isEmpty() ? value(6) : value(7);
        if (when.isEmpty())
            when = value(4);
        i.occurredAt = QDateTime::fromString(when, Qt::ISODateWithMs).toUTC();
        if (!i.occurredAt.isValid()) {
            skip(QStringLiteral("no readable date ('%1')").arg(when.left(40)));
            continue;
        }
        i.author = value(5);
        i.direction = Direction::Internal;
        if (q.hasDirection) {
            const int d = q.kind == InteractionKind::Note ? -1 : 8;
            if (d >= 0 && row.values[std::size_t(d)].present())
                i.direction = row.values[std::size_t(d)].text == u"true" ? Direction::Outbound : Direction::Inbound;
        }
        m_seenIds.insert(i.externalId);
        m_staged.push_back(i);
    }
    return {};
}

void DataverseCrmSync::finish(Result<CrmResult> r)
{
    m_staged.clear();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

} // namespace relance::sync
