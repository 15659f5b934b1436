#pragma once
// Small helpers for the sync tests.
#include "FakeODataServer.h"
#include "TestSupport.h"
#include "storage/Store.h"
#include "sync/SyncEngine.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QTest>

namespace relance::test {

// The error text of a failed Result, or "" (QVERIFY2 evaluates its message even when the check passes).
template <typename T>
QByteArray why(const Result<T>& r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

inline Config odataConfig(const FakeODataServer& server, int pageSize = 100)
{
    Config c;
    c.accounting.source = AccountingSource::OData;
    c.accounting.url = server.serviceRoot().toString();
    c.accounting.pageSize = pageSize;
    c.accounting.timeoutSeconds = 5;
    c.crm.source = CrmSource::None;
    return c;
}

// Runs one sync on this thread's event loop and waits for it (tests only).
inline Result<sync::SyncReport> runSync(Database& db, const Config& config, sync::SyncCredentials credentials = {},
                                        sync::SyncRequest request = {}, QDate syncDate = {},
                                        sync::BackoffPolicy policy = sync::BackoffPolicy::fast())
{
    QNetworkAccessManager nam;
    sync::SyncEngine engine(db, &nam, config, credentials);
    engine.setBackoff(policy);
    engine.setSyncDate(syncDate);
    std::optional<Result<sync::SyncReport>> out;
    engine.run(request, {}, [&](Result<sync::SyncReport> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return fail(ErrorCode::Timeout, QStringLiteral("test: the sync did not finish"));
    QTest::qWait(0); // let deferred deletes run while the engine is alive
    return *out;
}

// What a person sees of an invoice: the fields that must equal the accounting system's.
struct InvoiceView
{
    QString client;
    qint64 amount = 0;
    qint64 open = 0;
    QString currency;
    QDate issue;
    QDate due;
    friend bool operator==(const InvoiceView&, const InvoiceView&) = default;
};

inline QMap<QString, InvoiceView> storedOpenItems(Database& db)
{
    QMap<QString, InvoiceView> out;
    auto all = Store(db).invoices({.openOnly = false, .clientId = 0});
    if (!all)
        return out;
    for (const Invoice& i : *all)
        if (i.openMinor != 0)
            out.insert(i.number, {i.clientNumber, i.amountMinor, i.openMinor, i.currency, i.issueDate, i.dueDate});
    return out;
}

inline QMap<QString, InvoiceView> serverOpenItems(const FakeODataServer& server)
{
    QMap<QString, InvoiceView> out;
    for (const FakeInvoice& i : server.invoices())
        if (i.openMinor != 0)
            out.insert(i.number, {i.customerNo, i.amountMinor, i.openMinor, i.currency, i.invoiceDate, i.dueDate});
    return out;
}

} // namespace relance::test

// Evaluates its argument once (it is often a whole sync).
#define RL_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& rlResult_ = (expr);                                                                                \
        QVERIFY2(bool(rlResult_), relance::test::why(rlResult_).constData());                                          \
    } while (false)

// RELANCE_REQUIRE_POSTGRES from TestSupport.h, except that the failure message is only built on failure (that macro's
// QVERIFY2 calls error() on a successful Result, which crashes).
#define RL_REQUIRE_POSTGRES(url, name)                                                                                 \
    if (!relance::test::postgresAdminUrl())                                                                            \
        QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");                    \
    auto url##Result = relance::test::freshPostgresDatabase(name);                                                     \
    RL_VERIFY_OK(url##Result);                                                                                         \
    const QString url = *url##Result;
