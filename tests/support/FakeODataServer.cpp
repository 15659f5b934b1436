#include "FakeODataServer.h"

#include "domain/Money.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace relance::test {

namespace {

void appendJsonString(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray u = s.toUtf8();
    for (char c : u) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

FakeODataServer::FakeODataServer(QObject* parent) : FakeHttpServer(parent)
{
    setHandler([this](const FakeRequest& r) { return handle(r); });
}

QUrl FakeODataServer::serviceRoot() const { return baseUrl().resolved(QUrl(options.root)); }

void FakeODataServer::upsert(const FakeInvoice& inv)
{
    QMutexLocker lock(&m_dataMutex);
    FakeInvoice copy = inv;
    copy.version = ++m_version;
    if (!copy.lastModified.isValid())
        copy.lastModified = QDateTime::currentDateTimeUtc();
    m_invoices.insert(copy.number, copy);
    m_removed.remove(copy.number);
    m_jsonCache.remove(copy.number);
}

void FakeODataServer::remove(const QString& number)
{
    QMutexLocker lock(&m_dataMutex);
    if (m_invoices.remove(number))
        m_removed.insert(number, ++m_version);
}

QList<FakeInvoice> FakeODataServer::invoices() const
{
    QMutexLocker lock(&m_dataMutex);
    return m_invoices.values();
}

void FakeODataServer::expireDeltaTokens()
{
    QMutexLocker lock(&m_dataMutex);
    m_minDeltaToken = ++m_version;
}

FakeInvoice FakeODataServer::makeInvoice(int i, QDate asOf)
{
    static const char* const langs[] = {"fr", "de", "en", "fr", "de"};
    static const char* const mandates[] = {"bookkeeping", "payroll", "tax", "audit", "advisory"};
    FakeInvoice inv;
    inv.number = QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0'));
    const int client = 1 + (i * 7) % std::max(10, i / 6 + 10);
    inv.customerNo = QStringLiteral("K-%1").arg(client, 5, 10, QLatin1Char('0'));
    inv.customerName = client % 3 ? QStringLiteral("Fiduciaire Müller & Fils %1").arg(client)
                                  : QStringLiteral("Atelier d'O'Brien \"Léman\" %1").arg(client);
    inv.email = QStringLiteral("compta%1@example.ch").arg(client);
    inv.language = QString::fromLatin1(langs[client % 5]);
    inv.mandateType = QString::fromLatin1(mandates[client % 5]);
    inv.currency = i % 17 == 0 ? QStringLiteral("EUR") : QStringLiteral("CHF");
    inv.amountMinor = 5000 + qint64(i) * 7919 % 900000;
    inv.openMinor = i % 5 == 0 ? inv.amountMinor / 2 + 5 : inv.amountMinor;
    inv.dueDate = asOf.addDays(30 - (i * 13) % 120);
    inv.invoiceDate = inv.dueDate.addDays(-30);
    inv.lastModified = QDateTime(asOf.addDays(-(i % 40)), QTime(8, 0), Qt::UTC);
    return inv;
}

void FakeODataServer::generate(int count, QDate asOf)
{
    QMutexLocker lock(&m_dataMutex);
    for (int i = 1; i <= count; ++i) {
        FakeInvoice inv = makeInvoice(i, asOf);
        inv.version = m_version;
        m_invoices.insert(inv.number, inv);
    }
}

QByteArray FakeODataServer::entityJson(const FakeInvoice& inv, const QSet<QString>& select) const
{
    QByteArray out = "{";
    bool first = true;
    const auto add = [&](const char* field, auto&& writer) {
        const QString name = prop(QString::fromLatin1(field));
        if (!select.isEmpty() && !select.contains(name))
            return;
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ':';
        writer();
    };
    const auto str = [&](const QString& s) { return [&out, s] { appendJsonString(out, s); }; };
    const auto money = [&](qint64 minor) {
        return [this, &out, minor, &inv] {
            const QByteArray d = toDecimalString(minor, inv.currency).toLatin1();
            if (options.decimalsAsNumbers)
                out += d;
            else
                out += '"' + d + '"';
        };
    };
    add("InvoiceNo", str(inv.sentNumber.isEmpty() ? inv.number : inv.sentNumber));
    add("CustomerNo", str(inv.customerNo));
    add("CustomerName", str(inv.customerName));
    add("Email", str(inv.email));
    add("Language", str(inv.language));
    add("MandateType", str(inv.mandateType));
    add("Currency", str(inv.currency));
    add("Amount", money(inv.amountMinor));
    if (inv.rawOpenAmount.isEmpty())
        add("OpenAmount", money(inv.openMinor));
    else
        add("OpenAmount", [&] { out += inv.rawOpenAmount; });
    add("InvoiceDate", [&] { out += inv.invoiceDate.isValid() ? '"' + inv.invoiceDate.toString(Qt::ISODate).toLatin1() + '"' : QByteArray("null"); });
    add("DueDate", [&] { out += inv.dueDate.isValid() ? '"' + inv.dueDate.toString(Qt::ISODate).toLatin1() + '"' : QByteArray("null"); });
    add("LastModified", [&] { out += '"' + inv.lastModified.toUTC().toString(Qt::ISODate).toLatin1() + '"'; });
    out += '}';
    return out;
}

FakeResponse FakeODataServer::handle(const FakeRequest& r)
{
    if (!options.apiKeyHeader.isEmpty() && r.header(options.apiKeyHeader) != options.apiKey)
        return {401, R"({"error":{"code":"Unauthorized","message":"missing or wrong API key"}})", {}};
    if (!options.bearer.isEmpty() && r.header("authorization") != "Bearer " + options.bearer)
        return {401, R"({"error":{"code":"Unauthorized","message":"missing or wrong token"}})", {}};
    if (r.header("odata-version") != "4.0" || !r.header("accept").contains("application/json"))
        return {400, R"({"error":{"code":"BadRequest","message":"OData-Version 4.0 and Accept application/json required"}})", {}};
    if (r.url.path() != options.root + options.entitySet)
        return {404, R"({"error":{"code":"NotFound","message":"no such entity set"}})", {}};

    const QUrlQuery query(r.url);
    const QByteArray prefer = r.header("prefer");
    int pageSize = options.maxPageSize;
    static const QRegularExpression sizeRe(QStringLiteral("odata\\.maxpagesize=(\\d+)"));
    if (auto m = sizeRe.match(QString::fromLatin1(prefer)); m.hasMatch())
        pageSize = std::min(pageSize, m.captured(1).toInt());
    const bool track = prefer.contains("odata.track-changes") && options.offerDelta;

    QSet<QString> select;
    if (query.hasQueryItem(QStringLiteral("$select"))) {
        const QStringList known{prop(QStringLiteral("InvoiceNo")), prop(QStringLiteral("CustomerNo")),
                                prop(QStringLiteral("CustomerName")), prop(QStringLiteral("Email")),
                                prop(QStringLiteral("Language")), prop(QStringLiteral("MandateType")),
                                prop(QStringLiteral("Currency")), prop(QStringLiteral("Amount")),
                                prop(QStringLiteral("OpenAmount")), prop(QStringLiteral("InvoiceDate")),
                                prop(QStringLiteral("DueDate")), prop(QStringLiteral("LastModified"))};
        for (const QString& s : query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded).split(u',')) {
            if (!known.contains(s))
                return {400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Could not find a property named '" +
                                 s.toUtf8() + "'\"}}",
                        {}};
            select.insert(s);
        }
    }
    QDateTime modifiedSince;
    const QString filter = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    // "InvoiceNo eq 'A' or InvoiceNo eq 'B''s'": the sender's lookup of given invoices by number.
    QSet<QString> onlyNumbers;
    bool byNumber = false;
    if (!filter.isEmpty() && filter.startsWith(prop(QStringLiteral("InvoiceNo")) + QStringLiteral(" eq '"))) {
        static const QRegularExpression termRe(QStringLiteral("^(\\w+) eq '((?:[^']|'')*)'$"));
        for (const QString& term : filter.split(QStringLiteral(" or "))) {
            const auto m = termRe.match(term);
            if (!m.hasMatch() || m.captured(1) != prop(QStringLiteral("InvoiceNo")))
                return {400, R"({"error":{"code":"BadRequest","message":"unsupported $filter"}})", {}};
            onlyNumbers.insert(m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'")));
        }
        byNumber = true;
    } else if (!filter.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^(\\w+) gt (\\S+)$"));
        const auto m = re.match(filter);
        if (!m.hasMatch() || m.captured(1) != prop(QStringLiteral("LastModified")))
            return {400, R"({"error":{"code":"BadRequest","message":"unsupported $filter"}})", {}};
        modifiedSince = QDateTime::fromString(m.captured(2), Qt::ISODateWithMs);
        if (!modifiedSince.isValid() || m.captured(2).startsWith(u'\''))
            return {400, R"({"error":{"code":"BadRequest","message":"bad DateTimeOffset literal"}})", {}};
    }
    const QString skip = query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    const bool isDelta = query.hasQueryItem(QStringLiteral("$deltatoken"));

    QMutexLocker lock(&m_dataMutex);
    int token = -1;
    if (isDelta) {
        token = query.queryItemValue(QStringLiteral("$deltatoken")).toInt();
        if (token < m_minDeltaToken)
            return {410, R"({"error":{"code":"Gone","message":"the delta token has expired"}})", {}};
        if (skip.isEmpty())
            ++m_deltaReads;
    } else if (skip.isEmpty()) {
        ++m_fullReads;
    }
    if (!skip.isEmpty() && !options.leavesBeforePage2.isEmpty()) {
        const QString number = std::exchange(options.leavesBeforePage2, QString());
        if (m_invoices.remove(number))
            m_removed.insert(number, ++m_version);
    }
    // The version this read started at travels in the nextLinks, so the delta link covers changes made while paging.
    const int startVersion = query.hasQueryItem(QStringLiteral("dv")) ? query.queryItemValue(QStringLiteral("dv")).toInt()
                                                                     : m_version;

    QByteArray body = "{\"@odata.context\":\"" + serviceRoot().toEncoded() + "$metadata#" + options.entitySet.toUtf8() +
                      (isDelta ? "/$delta" : "") + "\",\"value\":[";
    // Entities render the same until they change: keep them (keyed by what shapes them).
    const QByteArray cacheKey = query.queryItemValue(QStringLiteral("$select")).toUtf8() + '|' +
                                char('0' + options.decimalsAsNumbers);
    if (cacheKey != m_jsonCacheKey) {
        m_jsonCache.clear();
        m_jsonCacheKey = cacheKey;
    }
    int n = 0;
    QString last;
    bool more = false;
    // Entities and removals in key order, after the skip token.
    const bool byOffset = options.offsetPaging && !isDelta;
    const int offset = byOffset ? skip.toInt() : 0;
    auto it = skip.isEmpty() ? m_invoices.constBegin() : byOffset ? std::next(m_invoices.constBegin(), std::min<qsizetype>(offset, m_invoices.size()))
                                                                  : m_invoices.upperBound(skip);
    auto rit = skip.isEmpty() ? m_removed.constBegin() : m_removed.upperBound(skip);
    while (it != m_invoices.constEnd() || (isDelta && rit != m_removed.constEnd())) {
        const bool takeRemoved = isDelta && rit != m_removed.constEnd() &&
                                 (it == m_invoices.constEnd() || rit.key() < it.key());
        if (takeRemoved) {
            if (rit.value() > token) {
                if (n == pageSize) {
                    more = true;
                    break;
                }
                if (n++)
                    body += ',';
                if (options.removedAs401) {
                    body += "{\"@removed\":{\"reason\":\"deleted\"},\"@id\":\"" + options.entitySet.toUtf8() + "('" +
                            rit.key().toUtf8() + "')\"}";
                } else {
                    body += "{\"@odata.context\":\"" + serviceRoot().toEncoded() + "$metadata#" +
                            options.entitySet.toUtf8() + "/$deletedEntity\",\"id\":\"" + options.entitySet.toUtf8() +
                            "('" + QString(rit.key()).replace(u'\'', QStringLiteral("''")).toUtf8() +
                            "')\",\"reason\":\"deleted\"}";
                }
                last = rit.key();
            }
            ++rit;
            continue;
        }
        const FakeInvoice& inv = *it;
        const bool wanted = (!byNumber || onlyNumbers.contains(inv.number)) && (!isDelta || inv.version > token) &&
                            (!modifiedSince.isValid() || inv.lastModified > modifiedSince);
        if (wanted) {
            if (n == pageSize) {
                more = true;
                break;
            }
            if (n++)
                body += ',';
            auto cached = m_jsonCache.find(inv.number);
            if (cached == m_jsonCache.end())
                cached = m_jsonCache.insert(inv.number, entityJson(inv, select));
            body += *cached;
            last = it.key();
        }
        ++it;
    }
    body += ']';
    QList<QPair<QByteArray, QByteArray>> headers;
    if (prefer.contains("odata.maxpagesize"))
        headers.push_back({"Preference-Applied", "odata.maxpagesize=" + QByteArray::number(pageSize) +
                                                     (track ? ",odata.track-changes" : "")});
    headers.push_back({"OData-Version", "4.0"});
    const auto link = [&](const QUrlQuery& q) {
        const QByteArray rel = options.entitySet.toUtf8() + '?' + q.toString(QUrl::FullyEncoded).toUtf8();
        return options.absoluteNextLinks ? serviceRoot().toEncoded() + rel : rel;
    };
    if (more) {
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.removeAllQueryItems(QStringLiteral("dv"));
        next.addQueryItem(QStringLiteral("dv"), QString::number(startVersion));
        next.addQueryItem(QStringLiteral("$skiptoken"), byOffset ? QString::number(offset + n)
                                                                 : QString::fromUtf8(QUrl::toPercentEncoding(last)));
        if (options.loopNextLink && !skip.isEmpty())
            next = QUrlQuery(r.url); // the same page again, for ever
        body += ",\"@odata.nextLink\":\"" + link(next) + '"';
    } else if (track || isDelta) {
        QUrlQuery delta;
        delta.addQueryItem(QStringLiteral("$deltatoken"), QString::number(startVersion));
        body += ",\"@odata.deltaLink\":\"" + link(delta) + '"';
    }
    body += '}';
    return {200, body, headers};
}

} // namespace relance::test
