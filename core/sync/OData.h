#pragma once
// A generic OData v4 reader: literals for $filter, a page parser that keeps decimals as their exact text (money never
// passes through a double), and a pager that follows @odata.nextLink verbatim until the last page or a delta link.
#include "sync/Http.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace relance::sync {

// $filter literals: strings quoted with '' escaping, dates and timestamps unquoted.
QString odataString(const QString& s);          // O'Brien -> 'O''Brien'
QString odataDate(QDate d);                     // 2025-01-31
QString odataDateTime(const QDateTime& t);      // 2025-01-31T08:00:00Z (UTC, milliseconds when present)

struct ODataValue
{
    enum class Type : quint8 { Absent, Null, String, Number, Bool };
    Type type = Type::Absent;
    QString text;       // strings as sent; numbers as their exact JSON text; bools "true"/"false"
    bool present() const { return type == Type::String || type == Type::Number || type == Type::Bool; }
};

struct ODataRow
{
    std::vector<ODataValue> values;   // one per requested property, in the order given to the parser
    bool removed = false;             // a $deletedEntity (4.0) or @removed (4.01) entry of a delta response
    QString removedId;                // its id / @id, e.g. "OpenInvoices('R-1')"
};

struct ODataPage
{
    std::vector<ODataRow> rows;
    QString nextLink;
    QString deltaLink;
    std::optional<qint64> count;
};

// Parses one JSON page ({"value":[...], "@odata.nextLink": ...}) keeping the listed properties of each entity.
// Also reads "<property>@OData.Community.Display.V1.FormattedValue" annotations when listed as properties.
Result<ODataPage> parseODataPage(const QByteArray& json, const QStringList& properties);

// The key of an entity id such as "OpenInvoices('R-1')" or "OpenInvoices(InvoiceNo='R-1')": R-1.
QString keyFromEntityId(const QString& id);

enum class ODataAuth { None, ApiKey, Bearer };

struct ODataSource
{
    QUrl serviceRoot;                 // https://host/odata/
    ODataAuth auth = ODataAuth::None;
    QByteArray apiKeyHeader = "x-functions-key";
    QString secret;                   // API key or bearer token; never logged
    int pageSize = 1000;              // Prefer: odata.maxpagesize
    int timeoutMs = 30'000;
    QByteArray extraPrefer;           // e.g. odata.include-annotations="..."
};

// The request URL of an entity set with $select/$filter/$orderby. The filter is given already built with the literals above.
QUrl odataCollectionUrl(const QUrl& serviceRoot, const QString& entitySet, const QStringList& select,
                        const QString& filter = {}, const QString& orderBy = {});

struct ODataReadEnd
{
    QString deltaLink;                // empty when the server offered none
    int pages = 0;
    qint64 rows = 0;
    int retries = 0;
    bool gone = false;                // 410 Gone on a delta link: the caller must resync in full
};

// Reads a collection page by page. Each page goes to onPage before the next one is requested (memory stays flat);
// onPage may refuse a page, which stops the read with its error. A nextLink seen before (a loop), a page that is not
// JSON after the retries, or more than maxPages pages stop the read with an error naming the page.
class ODataReader : public QObject
{
    Q_OBJECT
public:
    using PageHandler = std::function<Result<void>(const ODataPage& page, int pageNumber, const QUrl& pageUrl)>;
    using DoneHandler = std::function<void(Result<ODataReadEnd>)>;

    ODataReader(QNetworkAccessManager* nam, ODataSource source, BackoffPolicy policy, QObject* parent = nullptr);

    void setMaxPages(int n) { m_maxPages = n; }
    // trackChanges adds Prefer: odata.track-changes (ask for a delta link at the end).
    void read(const QUrl& first, const QStringList& properties, bool trackChanges, QString what, PageHandler onPage,
              DoneHandler onDone);
    void cancel();

private:
    void fetch(const QUrl& url);
    void finish(Result<ODataReadEnd> r);
    Result<void> checkNext(const QUrl& url, int pageNumber) const;

    ODataSource m_source;
    HttpFetcher m_http;
    QStringList m_properties;
    bool m_trackChanges = false;
    QString m_what;
    PageHandler m_onPage;
    DoneHandler m_onDone;
    QSet<QString> m_seen;
    ODataReadEnd m_end;
    int m_maxPages = 100'000;
    int m_parseRetries = 0;
    int m_retriesAtStart = 0;
    bool m_cancelled = false;
    bool m_abandoning = false;
};

} // namespace relance::sync
