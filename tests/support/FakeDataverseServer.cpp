#include "FakeDataverseServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace relance::test {

FakeDataverseServer::FakeDataverseServer(QObject* parent) : FakeHttpServer(parent)
{
    setHandler([this](const FakeRequest& r) { return handle(r); });
}

QUrl FakeDataverseServer::apiRoot() const { return baseUrl().resolved(QUrl(QStringLiteral("/api/data/v9.2/"))); }

FakeResponse FakeDataverseServer::handle(const FakeRequest& r)
{
    if (r.header("authorization") != "Bearer " + token)
        return {401, R"({"error":{"code":"0x80072560","message":"The user is not a member of the organization."}})", {}};
    const QString prefix = QStringLiteral("/api/data/v9.2/");
    if (!r.url.path().startsWith(prefix))
        return {404, R"({"error":{"code":"0x80060888","message":"Resource not found"}})", {}};
    const QString set = r.url.path().mid(prefix.size());
    if (set != u"phonecalls" && set != u"emails" && set != u"appointments" && set != u"annotations")
        return {404, R"({"error":{"code":"0x80060888","message":"Resource not found for the segment"}})", {}};
    const QUrlQuery q(r.url);
    if (q.hasQueryItem(QStringLiteral("$skip")))
        return {400, R"({"error":{"code":"0x0","message":"The query parameter $skip is not supported"}})", {}};
    const QString filter = q.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    const QString regardingField = set == u"annotations" ? QStringLiteral("_objectid_value") : QStringLiteral("_regardingobjectid_value");
    QSet<QString> accounts;
    static const QRegularExpression eq(QStringLiteral("(_\\w+_value) eq ([0-9a-fA-F-]{36}|'[^']*')"));
    for (auto it = eq.globalMatch(filter); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) != regardingField)
            return {400, "{\"error\":{\"code\":\"0x0\",\"message\":\"Could not find a property named '" +
                             m.captured(1).toUtf8() + "'\"}}", {}};
        QString v = m.captured(2);
        if (v.startsWith(u'\''))
            v = v.mid(1, v.size() - 2);
        accounts.insert(v.toLower());
    }
    QDateTime since;
    static const QRegularExpression ge(QStringLiteral("createdon ge (\\S+)"));
    if (auto m = ge.match(filter); m.hasMatch()) {
        since = QDateTime::fromString(m.captured(1).remove(u')'), Qt::ISODateWithMs);
        if (!since.isValid())
            return {400, R"({"error":{"code":"0x0","message":"bad date literal"}})", {}};
    }
    int pageSize = maxPageSize;
    static const QRegularExpression sizeRe(QStringLiteral("odata\\.maxpagesize=(\\d+)"));
    if (auto m = sizeRe.match(QString::fromLatin1(r.header("prefer"))); m.hasMatch())
        pageSize = std::min(pageSize, m.captured(1).toInt());
    const bool formatted = r.header("prefer").contains("OData.Community.Display.V1.FormattedValue");

    QList<FakeActivity> matching;
    for (const FakeActivity& a : activities)
        if (a.entitySet == set && accounts.contains(a.regarding.toLower()) && (!since.isValid() || a.createdOn >= since))
            matching << a;
    std::sort(matching.begin(), matching.end(), [](const FakeActivity& a, const FakeActivity& b) { return a.createdOn > b.createdOn; });
    // Dataverse's paging cookie is opaque; ours carries the offset.
    int offset = 0;
    const QString skip = q.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    static const QRegularExpression cookie(QStringLiteral("pagenumber=\"(\\d+)\""));
    if (auto m = cookie.match(skip); m.hasMatch())
        offset = (m.captured(1).toInt() - 1) * pageSize;

    QJsonArray value;
    for (int i = offset; i < std::min<int>(offset + pageSize, int(matching.size())); ++i) {
        const FakeActivity& a = matching[i];
        QJsonObject o;
        const bool note = set == u"annotations";
        o.insert(note ? QStringLiteral("annotationid") : QStringLiteral("activityid"), a.id);
        o.insert(regardingField, a.regarding);
        o.insert(QStringLiteral("subject"), a.subject);
        o.insert(note ? QStringLiteral("notetext") : QStringLiteral("description"), a.description);
        o.insert(QStringLiteral("createdon"), a.createdOn.toUTC().toString(Qt::ISODate));
        if (!note) {
            o.insert(QStringLiteral("actualend"), a.actualEnd.isValid() ? QJsonValue(a.actualEnd.toUTC().toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("scheduledend"), QJsonValue());
        }
        if (set == u"phonecalls" || set == u"emails")
            o.insert(QStringLiteral("directioncode"), a.outgoing ? QJsonValue(*a.outgoing) : QJsonValue());
        if (formatted)
            o.insert(QStringLiteral("_ownerid_value@OData.Community.Display.V1.FormattedValue"), a.owner);
        value.append(o);
    }
    QJsonObject page{{QStringLiteral("@odata.context"), QString(apiRoot().toString() + QStringLiteral("$metadata#") + set)},
                     {QStringLiteral("value"), value}};
    if (offset + pageSize < matching.size()) {
        QUrl next = baseUrl().resolved(QUrl::fromEncoded(r.target));
        QUrlQuery nq(next);
        nq.removeAllQueryItems(QStringLiteral("$skiptoken"));
        const int pageNo = offset / pageSize + 2;
        nq.addQueryItem(QStringLiteral("$skiptoken"),
                        QString::fromLatin1(QUrl::toPercentEncoding(
                            QStringLiteral("<cookie pagenumber=\"%1\" pagingcookie=\"%%253ccookie%%253e\" istracking=\"False\" />")
                                .arg(pageNo))));
        next.setQuery(nq);
        page.insert(QStringLiteral("@odata.nextLink"), QString::fromLatin1(next.toEncoded()));
    }
    return {200, QJsonDocument(page).toJson(QJsonDocument::Compact), {{"OData-Version", "4.0"}}};
}

} // namespace relance::test
