#include "sync/AccountingSync.h"

#include "net/Clock.h"

#include "storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace relance::sync {

QStringList facadeFieldNames(const AccountingConfig& config)
{
    QStringList out;
    for (int f = 0; f < kFieldCount; ++f) {
        const QString name = fieldName(Field(f));
        out << config.fieldMap.value(name, name);
    }
    return out;
}

ODataAccountingSync::ODataAccountingSync(Database& db, QNetworkAccessManager* nam, AccountingSyncOptions options,
                                         QObject* parent)
    : QObject(parent), m_db(db), m_options(std::move(options)), m_source(odataSourceFor(m_options.config, m_options.secret)),
      m_reader(nam, m_source, m_options.backoff, this), m_fields(facadeFieldNames(m_options.config)), m_nam(nam)
{
}

QStringList ODataAccountingSync::selectList() const
{
    // A field mapped to "" is one the facade does not have: not asked for, treated as absent. A property that feeds
    // two fields is asked for once (some servers refuse a $select naming the same property twice).
    QStringList out;
    for (const QString& f : m_fields)
        if (!f.isEmpty() && !out.contains(f))
            out << f;
    return out;
}

void ODataAccountingSync::cancel()
{
    m_cancelled = true;
    m_reader.cancel();
}

void ODataAccountingSync::run(ProgressFn progress, DoneFn done)
{
    m_progress = std::move(progress);
    m_done = std::move(done);
    if (m_options.config.url.isEmpty()) {
        finish(fail(ErrorCode::Config, QStringLiteral("[accounting] url is empty: the OData service root is needed")));
        return;
    }
    if (m_source.auth != ODataAuth::None && m_source.secret.isEmpty()) {
        finish(fail(ErrorCode::AuthRejected,
                    QStringLiteral("[accounting] auth=%1 but no key is stored (keychain entry accounting-api-key or "
                                   "RELANCE_ACCOUNTING_API_KEY)")
                        .arg(choiceName(m_options.config.auth))));
        return;
    }
    for (Field f : {Field::InvoiceNo, Field::CustomerNo, Field::Amount, Field::OpenAmount, Field::InvoiceDate, Field::DueDate})
        if (m_fields[int(f)].isEmpty()) {
            finish(fail(ErrorCode::Config, QStringLiteral("[accounting] field.%1 is empty, but %1 is required").arg(fieldName(f))));
            return;
        }
    Store store(m_db);
    auto deltaLink = store.syncValue(kDeltaLinkKey);
    auto watermark = store.syncValue(kWatermarkKey);
    auto lastFull = store.syncValue(kLastFullSyncKey);
    if (!deltaLink || !watermark || !lastFull) {
        finish(std::unexpected(!deltaLink ? deltaLink.error() : !watermark ? watermark.error() : lastFull.error()));
        return;
    }
    if (*watermark)
        m_watermark = timeFrom(**watermark);
    const DeltaMode mode = m_options.config.deltaMode;
    if (!m_options.forceFull && (mode == DeltaMode::Auto || mode == DeltaMode::Delta) && *deltaLink && !(*deltaLink)->isEmpty()) {
        // Only a link into the configured service: after [accounting] url changes, start over with a full read.
        const QUrl link = QUrl::fromEncoded((*deltaLink)->toUtf8());
        const QUrl& root = m_source.serviceRoot;
        if (link.scheme() == root.scheme() && link.host() == root.host() && link.port() == root.port() &&
            link.path().startsWith(root.path().endsWith(u'/') ? root.path() : root.path() + u'/')) {
            start(Mode::Delta, link);
            return;
        }
    }
    if (!m_options.forceFull && mode == DeltaMode::ModifiedSince && *watermark && *lastFull) {
        const QDateTime since = timeFrom(**watermark);
        const QDateTime full = timeFrom(**lastFull);
        if (since.isValid() && full.isValid() &&
            full.secsTo(m_db.clock().nowUtc()) < qint64(m_options.fullSyncMaxAgeHours) * 3600) {
            const QString filter = QStringLiteral("%1 gt %2").arg(m_fields[int(Field::LastModified)], odataDateTime(since));
            if (m_fields[int(Field::LastModified)].isEmpty()) {
                finish(fail(ErrorCode::Config, QStringLiteral("[accounting] deltaMode=modified-since needs field.LastModified")));
                return;
            }
            start(Mode::ModifiedSince, odataCollectionUrl(m_source.serviceRoot, m_options.config.entitySet, selectList(), filter));
            return;
        }
    }
    start(Mode::Full, odataCollectionUrl(m_source.serviceRoot, m_options.config.entitySet, selectList()));
}

void ODataAccountingSync::start(Mode mode, const QUrl& url)
{
    m_snapshot = std::make_unique<AccountingSnapshot>();
    m_snapshot->source = QStringLiteral("odata");
    m_snapshot->complete = mode == Mode::Full;
    m_snapshot->allowReplace = mode != Mode::Full;
    m_result.mode = mode == Mode::Full ? QStringLiteral("full") : mode == Mode::Delta ? QStringLiteral("delta")
                                                                                       : QStringLiteral("modified-since");
    m_result.fetched = 0;
    m_result.removed = 0;
    if (mode == Mode::Full)
        m_watermark = {};
    const bool track = mode == Mode::Full && (m_options.config.deltaMode == DeltaMode::Auto || m_options.config.deltaMode == DeltaMode::Delta);
    const int invoiceNoIndex = int(Field::InvoiceNo);
    if (m_progress)
        m_progress(QStringLiteral("accounting"), 0, 0);

    auto onPage = [this, invoiceNoIndex](const ODataPage& page, int pageNumber, const QUrl&) -> Result<void> {
        if (page.count)
            m_total = page.count;
        Record record;
        int entity = 0;
        for (const ODataRow& row : page.rows) {
            ++entity;
            if (row.removed) {
                if (m_snapshot->complete)
                    continue; // a full read has no deletions to apply: absence is what counts
                QString number = row.values[std::size_t(invoiceNoIndex)].present() ? row.values[std::size_t(invoiceNoIndex)].text
                                                                                   : keyFromEntityId(row.removedId);
                if (number.isEmpty())
                    return fail(ErrorCode::Parse, QStringLiteral("%1 page %2, entity %3: a deleted entry without a key")
                                                      .arg(m_options.config.entitySet).arg(pageNumber).arg(entity));
                m_snapshot->addRemoved(number);
                ++m_result.removed;
                continue;
            }
            for (int f = 0; f < kFieldCount; ++f) {
                const ODataValue& v = row.values[std::size_t(f)];
                record[std::size_t(f)] = v.present() ? std::optional<QString>(v.text) : std::nullopt;
            }
            const QString where = QStringLiteral("%1 page %2, entity %3").arg(m_options.config.entitySet).arg(pageNumber).arg(entity);
            if (auto ok = m_snapshot->add(record, RecordFormat::OData, where); !ok)
                return ok;
            const QDateTime& lm = m_snapshot->invoices.isEmpty() ? QDateTime() : m_snapshot->invoices.back().lastModified;
            if (lm.isValid() && (!m_watermark.isValid() || lm > m_watermark))
                m_watermark = lm;
            ++m_result.fetched;
        }
        if (m_progress)
            m_progress(QStringLiteral("accounting"), m_result.fetched, m_total.value_or(0));
        return {};
    };

    auto onDone = [this, mode](Result<ODataReadEnd> end) {
        if (!end) {
            finish(std::unexpected(end.error()));
            return;
        }
        m_result.pages += end->pages;
        m_result.retries += end->retries;
        if (end->gone) {
            if (mode != Mode::Delta || m_result.resyncedAfterGone) {
                finish(fail(ErrorCode::Server, QStringLiteral("%1: HTTP 410 Gone outside a delta read").arg(m_options.config.entitySet)));
                return;
            }
            // The server forgot our delta token: read everything again (the stored data stays as it is meanwhile).
            spdlog::info("accounting delta link expired (410 Gone): full resync");
            m_result.resyncedAfterGone = true;
            start(Mode::Full, odataCollectionUrl(m_source.serviceRoot, m_options.config.entitySet, selectList()));
            return;
        }
        if (m_progress)
            m_progress(QStringLiteral("saving"), m_result.fetched, m_result.fetched);
        const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
        QList<SyncValue> values{{kLastSyncKey, now}};
        if (mode == Mode::Full)
            values.push_back({kLastFullSyncKey, now});
        if (mode == Mode::Full || !end->deltaLink.isEmpty())
            values.push_back({kDeltaLinkKey, end->deltaLink}); // empty clears a stale one
        if (m_watermark.isValid())
            values.push_back({kWatermarkKey, odataDateTime(m_watermark)});
        auto apply = [this, values] {
            const QDate day = m_options.syncDate.isValid() ? m_options.syncDate : m_db.clock().today();
            auto applied = applyAccounting(m_db, *m_snapshot, day, values);
            m_snapshot.reset();
            if (!applied) {
                finish(std::unexpected(applied.error()));
                return;
            }
            m_result.applied = *applied;
            finish(m_result);
        };
        if (m_snapshot->complete)
            confirmAbsentThenApply(apply);
        else
            apply();
    };

    m_reader.read(url, m_fields, track, m_options.config.entitySet, onPage, onDone);
}

void ODataAccountingSync::confirmAbsentThenApply(std::function<void()> apply)
{
    QStringList absent;
    {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT number FROM invoices WHERE open_minor <> 0"))) {
            finish(std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading the open invoices"))));
            return;
        }
        while (q.next()) {
            const QString number = q.value(0).toString();
            if (!m_snapshot->whereSeen.contains(number))
                absent << number;
        }
    }
    if (absent.isEmpty()) {
        apply();
        return;
    }
    m_lookup = std::make_unique<InvoiceLookup>(m_nam, m_options.config, m_options.secret, m_options.backoff);
    m_lookup->fetch(absent, [this, apply](Result<LookupResult> r) {
        m_lookup.release()->deleteLater(); // we are inside its callback
        if (!r) {
            // Unsure whether they were paid: keep the last good data rather than mark open invoices paid.
            finish(fail(r.error().code, QStringLiteral("%1: could not confirm the invoices missing from the full read, "
                                                       "nothing changed: %2")
                                            .arg(m_options.config.entitySet, r.error().detail)));
            return;
        }
        for (const Invoice& inv : std::as_const(r->snapshot.invoices)) {
            if (inv.openMinor == 0 || m_snapshot->whereSeen.contains(inv.number))
                continue;
            m_snapshot->invoices.push_back(inv);
            m_snapshot->whereSeen.insert(inv.number, QStringLiteral("confirmed by number"));
            if (!m_snapshot->clients.contains(inv.clientNumber) && r->snapshot.clients.contains(inv.clientNumber))
                m_snapshot->clients.insert(inv.clientNumber, r->snapshot.clients.value(inv.clientNumber));
            ++m_result.confirmedStillOpen;
        }
        if (m_result.confirmedStillOpen > 0)
            spdlog::warn("{} invoice(s) missing from the full read were still open at the source (its paging shifted): "
                         "kept open", m_result.confirmedStillOpen);
        apply();
    });
}

void ODataAccountingSync::finish(Result<AccountingResult> r)
{
    m_snapshot.reset();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(r));
}

} // namespace relance::sync
