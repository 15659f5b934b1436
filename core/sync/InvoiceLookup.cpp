#include "sync/InvoiceLookup.h"

#include "net/Clock.h"

#include "sync/AccountingSync.h"

#include <QTimer>

namespace relance::sync {

ODataSource odataSourceFor(const AccountingConfig& config, const QString& secret)
{
    return ODataSource{.serviceRoot = QUrl(config.url),
                       .auth = config.auth == HttpAuth::ApiKey  ? ODataAuth::ApiKey
                               : config.auth == HttpAuth::Bearer ? ODataAuth::Bearer
                                                          : ODataAuth::None,
                       .apiKeyHeader = config.apiKeyHeader.toLatin1(),
                       .secret = secret,
                       .pageSize = config.pageSize,
                       .timeoutMs = config.timeoutSeconds * 1000,
                       .extraPrefer = {}};
}

QString invoiceNumberFilter(const QString& invoiceNoProperty, const QStringList& numbers)
{
    QStringList terms;
    terms.reserve(numbers.size());
    for (const QString& n : numbers)
        terms << QStringLiteral("%1 eq %2").arg(invoiceNoProperty, odataString(n));
    return terms.join(QStringLiteral(" or "));
}

bool isUnreachable(const Error& e)
{
    return e.code == ErrorCode::Network || e.code == ErrorCode::Timeout || e.code == ErrorCode::Server ||
           e.code == ErrorCode::RateLimited;
}

InvoiceLookup::InvoiceLookup(QNetworkAccessManager* nam, AccountingConfig config, QString secret, BackoffPolicy policy,
                             QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_source(odataSourceFor(m_config, secret)),
      m_reader(nam, m_source, policy, this), m_fields(facadeFieldNames(m_config))
{
}

void InvoiceLookup::fetch(const QStringList& numbers, DoneFn done)
{
    m_done = std::move(done);
    m_result = std::make_unique<LookupResult>();
    m_result->snapshot.source = QStringLiteral("odata");
    m_result->snapshot.complete = false;
    m_result->snapshot.allowReplace = true;
    m_seen.clear();
    m_numbers.clear();
    QSet<QString> unique;
    for (const QString& n : numbers)
        if (!n.isEmpty() && !unique.contains(n)) {
            unique.insert(n);
            m_numbers << n;
        }
    m_next = 0;
    if (m_config.url.isEmpty()) {
        finish(fail(ErrorCode::Config, QStringLiteral("[accounting] url is empty: the OData service root is needed")));
        return;
    }
    if (m_source.auth != ODataAuth::None && m_source.secret.isEmpty()) {
        finish(fail(ErrorCode::AuthRejected,
                    QStringLiteral("[accounting] auth=%1 but no key is stored (keychain entry accounting-api-key or "
                                   "RELANCE_ACCOUNTING_API_KEY)")
                        .arg(choiceName(m_config.auth))));
        return;
    }
    for (Field f : {Field::InvoiceNo, Field::CustomerNo, Field::Amount, Field::OpenAmount, Field::InvoiceDate, Field::DueDate})
        if (m_fields[int(f)].isEmpty()) {
            finish(fail(ErrorCode::Config, QStringLiteral("[accounting] field.%1 is empty, but %1 is required").arg(fieldName(f))));
            return;
        }
    nextChunk();
}

void InvoiceLookup::nextChunk()
{
    if (m_next >= m_numbers.size()) {
        // Asked for and not in the open-items set: paid (or written off), exactly as a sync would see it.
        for (const QString& n : std::as_const(m_numbers))
            if (!m_seen.contains(n)) {
                m_result->snapshot.addRemoved(n);
                m_result->paid.insert(n);
            }
        finish(std::move(*m_result));
        return;
    }
    const QStringList chunk = m_numbers.mid(m_next, kNumbersPerRequest);
    m_next += chunk.size();
    ++m_result->requests;
    QStringList select;
    for (const QString& f : std::as_const(m_fields))
        if (!f.isEmpty())
            select << f;
    const QUrl url = odataCollectionUrl(m_source.serviceRoot, m_config.entitySet, select,
                                        invoiceNumberFilter(m_fields[int(Field::InvoiceNo)], chunk));
    const QSet<QString> asked(chunk.cbegin(), chunk.cend());
    auto onPage = [this, asked](const ODataPage& page, int pageNumber, const QUrl&) -> Result<void> {
        Record record;
        int entity = 0;
        for (const ODataRow& row : page.rows) {
            ++entity;
            if (row.removed)
                continue; // not a delta read: absence is what counts
            for (int f = 0; f < kFieldCount; ++f) {
                const ODataValue& v = row.values[std::size_t(f)];
                record[std::size_t(f)] = v.present() ? std::optional<QString>(v.text) : std::nullopt;
            }
            const QString where = QStringLiteral("%1 (invoices by number) page %2, entity %3")
                                      .arg(m_config.entitySet).arg(pageNumber).arg(entity);
            const QString number = record[std::size_t(Field::InvoiceNo)].value_or(QString());
            if (!asked.contains(number))
                continue; // a facade that ignores part of the filter: only what was asked is applied
            if (auto ok = m_result->snapshot.add(record, RecordFormat::OData, where); !ok)
                return ok;
            m_seen.insert(number);
            if (m_result->snapshot.invoices.back().openMinor == 0)
                m_result->paid.insert(number);
        }
        return {};
    };
    m_reader.read(url, m_fields, false, m_config.entitySet, onPage, [this](Result<ODataReadEnd> end) {
        if (!end) {
            finish(std::unexpected(end.error()));
            return;
        }
        m_result->retries += end->retries;
        if (end->gone) {
            finish(fail(ErrorCode::Server, QStringLiteral("%1: HTTP 410 Gone for a plain read").arg(m_config.entitySet)));
            return;
        }
        // Not from inside the reader's own callback: it may still be unwinding.
        QTimer::singleShot(0, this, [this] { nextChunk(); });
    });
}

void InvoiceLookup::finish(Result<LookupResult> r)
{
    m_result.reset();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

Result<ApplyReport> applyLookup(Database& db, LookupResult& result, QDate paidOn)
{
    return applyAccounting(db, result.snapshot, paidOn.isValid() ? paidOn : db.clock().today(), {});
}

} // namespace relance::sync
