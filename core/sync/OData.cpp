#include "sync/OData.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <nlohmann/json.hpp>

namespace relance::sync {

QString odataString(const QString& s)
{
    QString out = s;
    out.replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

QString odataDate(QDate d) { return d.toString(Qt::ISODate); }

QString odataDateTime(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    return u.time().msec() ? u.toString(Qt::ISODateWithMs) : u.toString(Qt::ISODate);
}

QString keyFromEntityId(const QString& id)
{
    // OpenInvoices('R-1'), OpenInvoices(InvoiceNo='R-1'), http://host/odata/OpenInvoices('R-1'), OpenInvoices(42)
    static const QRegularExpression re(QStringLiteral(R"(\((?:[A-Za-z_][A-Za-z0-9_]*=)?('(?:[^']|'')*'|[^)]*)\)\s*$)"));
    const auto m = re.match(id);
    if (!m.hasMatch())
        return {};
    QString key = m.captured(1);
    if (key.startsWith(u'\'') && key.endsWith(u'\'') && key.size() >= 2)
        key = key.mid(1, key.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return key;
}

namespace {

using json = nlohmann::json;

// SAX handler: builds rows directly, keeping numbers as their JSON text (exact decimals) and skipping what is not asked.
class PageSax
{
public:
    enum class Frame { Top, Value, Entity, Skip };

    PageSax(const std::unordered_map<std::string, int>& index, std::size_t slots, ODataPage& page)
        : m_index(index), m_slots(slots), m_page(page)
    {
    }

    bool null() { return scalar(ODataValue::Type::Null, {}); }
    bool boolean(bool v) { return scalar(ODataValue::Type::Bool, v ? QStringLiteral("true") : QStringLiteral("false")); }
    bool number_integer(json::number_integer_t v) { return scalar(ODataValue::Type::Number, QString::number(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(ODataValue::Type::Number, QString::number(v)); }
    bool number_float(json::number_float_t, const json::string_t& raw)
    {
        return scalar(ODataValue::Type::Number, QString::fromStdString(raw));
    }
    bool string(json::string_t& v) { return scalar(ODataValue::Type::String, QString::fromUtf8(v.data(), qsizetype(v.size()))); }
    bool binary(json::binary_t&) { return true; }
    bool key(json::string_t& k)
    {
        m_key = k;
        return true;
    }
    bool start_object(std::size_t)
    {
        if (m_stack.empty()) {
            m_stack.push_back(Frame::Top);
        } else if (m_stack.back() == Frame::Value) {
            m_stack.push_back(Frame::Entity);
            m_row = ODataRow{};
            m_row.values.resize(m_slots);
        } else {
            if (m_stack.back() == Frame::Entity && m_key == "@removed")
                m_row.removed = true;
            m_stack.push_back(Frame::Skip);
        }
        return true;
    }
    bool end_object()
    {
        if (m_stack.back() == Frame::Entity)
            m_page.rows.push_back(std::move(m_row));
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        if (m_stack.empty()) {
            m_error = QStringLiteral("the page is a JSON array, not an OData object with \"value\"");
            return false;
        }
        if (m_stack.back() == Frame::Top && m_key == "value") {
            m_stack.push_back(Frame::Value);
            m_sawValue = true;
        } else {
            m_stack.push_back(Frame::Skip);
        }
        return true;
    }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
    {
        m_error = QStringLiteral("malformed JSON at byte %1: %2").arg(position).arg(QString::fromUtf8(ex.what()));
        return false;
    }

    QString error() const { return m_error; }
    bool sawValue() const { return m_sawValue; }

private:
    bool scalar(ODataValue::Type type, QString text)
    {
        if (m_stack.empty()) {
            m_error = QStringLiteral("the page is not a JSON object");
            return false;
        }
        switch (m_stack.back()) {
        case Frame::Top:
            if (m_key == "@odata.nextLink" || m_key == "@nextLink")
                m_page.nextLink = text;
            else if (m_key == "@odata.deltaLink" || m_key == "@deltaLink")
                m_page.deltaLink = text;
            else if (m_key == "@odata.count" || m_key == "@count")
                m_page.count = text.toLongLong();
            return true;
        case Frame::Value:
            m_error = QStringLiteral("\"value\" holds a %1 where an entity was expected").arg(text.left(20));
            return false;
        case Frame::Entity: {
            const auto it = m_index.find(m_key);
            if (it != m_index.end()) {
                m_row.values[std::size_t(it->second)] = ODataValue{type, std::move(text)};
            } else if (m_key == "@odata.context" || m_key == "@context") {
                if (text.contains(QLatin1StringView("$deletedEntity")))
                    m_row.removed = true;
            } else if (m_key == "id" || m_key == "@odata.id" || m_key == "@id") {
                m_row.removedId = text;
            }
            return true;
        }
        case Frame::Skip:
            return true;
        }
        return true;
    }

    const std::unordered_map<std::string, int>& m_index;
    std::size_t m_slots;
    ODataPage& m_page;
    std::vector<Frame> m_stack;
    std::string m_key;
    ODataRow m_row;
    QString m_error;
    bool m_sawValue = false;
};

} // namespace

Result<ODataPage> parseODataPage(const QByteArray& body, const QStringList& properties)
{
    std::unordered_map<std::string, int> index;
    // One facade property may feed several fields ([accounting] field.Amount=OpenAmount for a facade without a
    // separate invoiced amount): the first slot is parsed, the others are copies of it.
    std::vector<std::pair<std::size_t, std::size_t>> copies; // (slot, slot it copies)
    for (int i = 0; i < properties.size(); ++i)
        if (!properties[i].isEmpty()) { // "": a property the server does not have; its slot stays absent
            const auto [it, inserted] = index.emplace(properties[i].toStdString(), i);
            if (!inserted)
                copies.emplace_back(std::size_t(i), std::size_t(it->second));
        }
    ODataPage page;
    page.rows.reserve(1024);
    PageSax sax(index, std::size_t(properties.size()), page);
    const bool ok = json::sax_parse(body.begin(), body.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (!ok)
        return fail(ErrorCode::Parse, sax.error().isEmpty() ? QStringLiteral("malformed JSON") : sax.error());
    if (!sax.sawValue())
        return fail(ErrorCode::Parse, QStringLiteral("the page has no \"value\" array"));
    for (ODataRow& row : page.rows)
        for (const auto& [slot, from] : copies)
            row.values[slot] = row.values[from];
    return page;
}

QUrl odataCollectionUrl(const QUrl& serviceRoot, const QString& entitySet, const QStringList& select,
                        const QString& filter, const QString& orderBy)
{
    QUrl root = serviceRoot;
    if (!root.path().endsWith(u'/'))
        root.setPath(root.path() + u'/');
    QUrl url = root.resolved(QUrl(entitySet));
    QUrlQuery q;
    if (!select.isEmpty())
        q.addQueryItem(QStringLiteral("$select"), select.join(u','));
    if (!filter.isEmpty())
        q.addQueryItem(QStringLiteral("$filter"), filter);
    if (!orderBy.isEmpty())
        q.addQueryItem(QStringLiteral("$orderby"), orderBy);
    url.setQuery(q);
    return url;
}

ODataReader::ODataReader(QNetworkAccessManager* nam, ODataSource source, BackoffPolicy policy, QObject* parent)
    : QObject(parent), m_source(std::move(source)), m_http(nam, policy, this)
{
}

void ODataReader::read(const QUrl& first, const QStringList& properties, bool trackChanges, QString what,
                       PageHandler onPage, DoneHandler onDone)
{
    m_properties = properties;
    m_trackChanges = trackChanges;
    m_what = std::move(what);
    m_onPage = std::move(onPage);
    m_onDone = std::move(onDone);
    m_seen.clear();
    m_end = {};
    m_cancelled = false;
    m_retriesAtStart = m_http.retries();
    fetch(first);
}

void ODataReader::cancel()
{
    m_cancelled = true;
    m_http.cancel();
}

void ODataReader::finish(Result<ODataReadEnd> r)
{
    m_end.retries = m_http.retries() - m_retriesAtStart;
    if (r)
        r->retries = m_end.retries;
    auto done = std::move(m_onDone);
    m_onDone = nullptr;
    m_onPage = nullptr;
    if (done)
        done(std::move(r));
}

Result<void> ODataReader::checkNext(const QUrl& url, int pageNumber) const
{
    if (pageNumber > m_maxPages)
        return fail(ErrorCode::Server, QStringLiteral("%1: more than %2 pages; the server's paging does not end")
                                           .arg(m_what).arg(m_maxPages));
    if (m_seen.contains(QString::fromLatin1(url.toEncoded())))
        return fail(ErrorCode::Server, QStringLiteral("%1: page %2 links back to a page already read (%3): the "
                                                      "server's nextLink loops")
                                           .arg(m_what).arg(pageNumber).arg(describeUrl(url)));
    return {};
}

void ODataReader::fetch(const QUrl& url)
{
    const int pageNumber = m_end.pages + 1;
    if (auto ok = checkNext(url, pageNumber); !ok) {
        finish(std::unexpected(ok.error()));
        return;
    }
    const QString key = QString::fromLatin1(url.toEncoded());

    HttpGet get;
    get.url = url;
    get.timeoutMs = m_source.timeoutMs;
    get.what = QStringLiteral("%1 page %2").arg(m_what).arg(pageNumber);
    get.headers = {{"OData-Version", "4.0"},
                   {"OData-MaxVersion", "4.0"},
                   {"Accept", "application/json;odata.metadata=minimal;IEEE754Compatible=true"}};
    QByteArray prefer = "odata.maxpagesize=" + QByteArray::number(m_source.pageSize);
    if (m_trackChanges)
        prefer += ",odata.track-changes";
    if (!m_source.extraPrefer.isEmpty())
        prefer += ',' + m_source.extraPrefer;
    get.headers.push_back({"Prefer", prefer});
    if (m_source.auth == ODataAuth::ApiKey)
        get.headers.push_back({m_source.apiKeyHeader, m_source.secret.toUtf8()});
    else if (m_source.auth == ODataAuth::Bearer)
        get.headers.push_back({"Authorization", "Bearer " + m_source.secret.toUtf8()});

    m_http.get(get, [this, url, pageNumber, key](Result<HttpResponse> r) {
        if (m_abandoning)
            return; // a prefetch given up because the page before it was refused
        if (!r) {
            finish(std::unexpected(r.error()));
            return;
        }
        const QString where = QStringLiteral("%1 page %2 (%3)").arg(m_what).arg(pageNumber).arg(describeUrl(url));
        if (r->status == 410) {
            ODataReadEnd end = m_end;
            end.gone = true;
            finish(end);
            return;
        }
        if (r->status < 200 || r->status >= 300) {
            // 400/404 usually mean a wrong entity set or property name: the server's message says which.
            const ErrorCode code = r->status == 404 ? ErrorCode::NotFound
                                   : r->status == 400 ? ErrorCode::InvalidArgument
                                                      : ErrorCode::Server;
            finish(fail(code, QStringLiteral("%1: HTTP %2 %3").arg(where).arg(r->status)
                                  .arg(QString::fromUtf8(r->body.left(300)).simplified())));
            return;
        }
        auto page = parseODataPage(r->body, m_properties);
        r->body.clear();
        if (!page) {
            // A page cut off mid-body by a proxy is worth one more try; the same garbage twice is the server's.
            if (m_parseRetries < 2 && !m_cancelled) {
                ++m_parseRetries;
                QTimer::singleShot(0, this, [this, url] { fetch(url); });
                return;
            }
            finish(fail(ErrorCode::Parse, QStringLiteral("%1: %2").arg(where, page.error().detail)));
            return;
        }
        m_parseRetries = 0;
        m_seen.insert(key);
        ++m_end.pages;
        m_end.rows += qint64(page->rows.size());

        QUrl next;
        if (!page->nextLink.isEmpty()) {
            // Verbatim: an opaque link; a relative one resolves against the page that carried it.
            next = url.resolved(QUrl::fromEncoded(page->nextLink.toUtf8(), QUrl::TolerantMode));
            if (!next.isValid() || (next.scheme() != u"http" && next.scheme() != u"https")) {
                finish(fail(ErrorCode::Parse,
                            QStringLiteral("%1: unusable @odata.nextLink '%2'").arg(where, page->nextLink.left(200))));
                return;
            }
            if (auto ok = checkNext(next, pageNumber + 1); !ok) {
                finish(std::unexpected(ok.error()));
                return;
            }
            // Ask for the next page now: the server prepares it while this one is handed over.
            fetch(next);
        }
        if (m_onPage) {
            if (auto ok = m_onPage(*page, pageNumber, url); !ok) {
                if (next.isValid()) {
                    m_abandoning = true;
                    m_http.cancel();
                    m_abandoning = false;
                }
                finish(std::unexpected(ok.error()));
                return;
            }
        }
        if (next.isValid())
            return; // the prefetch carries on
        if (m_cancelled) {
            finish(fail(ErrorCode::Cancelled, QStringLiteral("%1: cancelled").arg(m_what)));
            return;
        }
        if (!page->deltaLink.isEmpty())
            m_end.deltaLink = QString::fromUtf8(
                url.resolved(QUrl::fromEncoded(page->deltaLink.toUtf8(), QUrl::TolerantMode)).toEncoded());
        finish(m_end);
    });
}

} // namespace relance::sync
