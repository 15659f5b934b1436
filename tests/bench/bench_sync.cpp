// Benchmark: full sync of 100,000 open invoices served in pages of 1,000 by a local fake OData server (in its own
// process, so peak_rss_mb is the sync's own), against the floor measured in the same run: fetching the same pages
// without parsing plus inserting the same rows into SQLite in one transaction. Then an incremental (delta) sync of 100 changed invoices. Prints one JSON object.
#include "BenchSupport.h"
#include "FakeODataServer.h"
#include "storage/Store.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>
#include <cstdlib>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;
using relance::bench::cpuSeconds;
using relance::bench::peakRssMb;

namespace {

void waitFor(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

double loadAverage()
{
    double l[1] = {0};
    return getloadavg(l, 1) == 1 ? l[0] : -1;
}

std::unique_ptr<Database> freshDb(const QTemporaryDir& dir, const QString& name)
{
    auto db = Database::openAndMigrate(QStringLiteral("sqlite://") + dir.filePath(name));
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(*db);
}

// Fetch every page, following nextLink found by a plain search (no JSON parsing). Returns bytes read.
qint64 fetchAllRaw(QNetworkAccessManager& nam, const QUrl& first, int pageSize, int* pages)
{
    qint64 bytes = 0;
    QUrl url = first;
    *pages = 0;
    while (url.isValid()) {
        QNetworkRequest req(url);
        req.setRawHeader("OData-Version", "4.0");
        req.setRawHeader("OData-MaxVersion", "4.0");
        req.setRawHeader("Accept", "application/json;odata.metadata=minimal;IEEE754Compatible=true");
        req.setRawHeader("Prefer", "odata.maxpagesize=" + QByteArray::number(pageSize));
        req.setTransferTimeout(30000);
        QNetworkReply* reply = nam.get(req);
        waitFor([reply] { return reply->isFinished(); });
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        bytes += body.size();
        ++*pages;
        const qsizetype at = body.lastIndexOf("\"@odata.nextLink\":\"");
        if (at < 0)
            break;
        const qsizetype start = at + 19;
        const QByteArray link = body.mid(start, body.indexOf('"', start) - start);
        url = url.resolved(QUrl::fromEncoded(link));
    }
    return bytes;
}

const QDate asOf(2025, 3, 31);
constexpr int kPageSize = 1000;

// The fake server in its own process (as a real one would be): prints its port, then obeys stdin commands.
int serve(int count)
{
    FakeODataServer server;
    server.options.maxPageSize = kPageSize;
    if (!server.listen())
        return 1;
    server.generate(count, asOf);
    QTextStream(stdout) << server.port() << Qt::endl;
    QSocketNotifier in(0, QSocketNotifier::Read);
    QObject::connect(&in, &QSocketNotifier::activated, &server, [&] {
        char line[64] = {};
        if (!fgets(line, sizeof line, stdin)) {
            QCoreApplication::quit();
            return;
        }
        if (qstrncmp(line, "change", 6) == 0) {
            // 100 invoices change: partly paid, modified a day later.
            for (int k = 0; k < 100; ++k) {
                FakeInvoice inv = FakeODataServer::makeInvoice(1 + k * (count / 100), asOf);
                inv.openMinor = inv.openMinor / 2;
                inv.lastModified = QDateTime(asOf.addDays(1), QTime(9, 0), Qt::UTC);
                server.upsert(inv);
            }
        }
        QTextStream(stdout) << "ok" << Qt::endl;
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--serve") == 0)
        return serve(QByteArray(argv[2]).toInt());
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int pageSize = kPageSize;
    QTemporaryDir dir;

    QProcess serverProcess;
    serverProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    serverProcess.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), QString::number(count)});
    if (!serverProcess.waitForStarted() || !serverProcess.waitForReadyRead(120000))
        qFatal("the fake server did not start");
    const int port = serverProcess.readLine().trimmed().toInt();
    const QUrl root(QStringLiteral("http://127.0.0.1:%1/odata/").arg(port));

    Config config;
    config.accounting.source = AccountingSource::OData;
    config.accounting.url = root.toString();
    config.accounting.pageSize = pageSize;
    config.crm.source = CrmSource::None;
    const QStringList fields = facadeFieldNames(config.accounting);
    const QUrl first = odataCollectionUrl(root, config.accounting.entitySet, fields);

    QNetworkAccessManager nam;
    // Warm up the connection and the server's code paths.
    int pages = 0;
    fetchAllRaw(nam, first, pageSize, &pages);

    // Floor, part 1: the same pages, no parsing.
    QElapsedTimer t;
    t.start();
    const qint64 bytes = fetchAllRaw(nam, first, pageSize, &pages);
    const double fetchSeconds = t.nsecsElapsed() / 1e9;

    // Floor, part 2: the same rows into SQLite, one plain INSERT per row, one transaction.
    // The same rows the server holds (the generator is deterministic).
    QList<FakeInvoice> rows;
    rows.reserve(count);
    for (int i = 1; i <= count; ++i)
        rows << FakeODataServer::makeInvoice(i, asOf);
    double insertSeconds = 0;
    {
        auto db = freshDb(dir, QStringLiteral("floor.db"));
        QList<Client> clients;
        QSet<QString> seen;
        for (const FakeInvoice& i : rows)
            if (!seen.contains(i.customerNo)) {
                seen.insert(i.customerNo);
                Client c;
                c.number = i.customerNo;
                c.name = i.customerName;
                for (QString* s : {&c.invoiceEmail, &c.contactPerson, &c.accountant, &c.crmAccountId, &c.doNotChaseReason})
                    *s = QStringLiteral("");
                c.reminderEmails = {QStringLiteral(""), QStringLiteral("")};
                clients << c;
            }
        Store store(*db);
        QHash<QString, qint64> ids;
        if (auto r = db->transaction([&] { return store.upsertClients(clients); }); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        for (const Client& c : clients)
            ids.insert(c.number, c.id);
        t.restart();
        auto ok = db->transaction([&]() -> Result<void> {
            auto q = db->prepare(QStringLiteral("INSERT INTO invoices (number, client_id, issue_date, due_date, amount_minor, "
                                                "open_minor, currency, paid_on, disputed, source, last_modified) "
                                                "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                                 QStringLiteral("floor insert"));
            if (!q)
                return std::unexpected(q.error());
            for (const FakeInvoice& i : rows) {
                q->bindValue(0, i.number);
                q->bindValue(1, ids.value(i.customerNo));
                q->bindValue(2, i.invoiceDate.toString(Qt::ISODate));
                q->bindValue(3, i.dueDate.toString(Qt::ISODate));
                q->bindValue(4, i.amountMinor);
                q->bindValue(5, i.openMinor);
                q->bindValue(6, i.currency);
                q->bindValue(7, QVariant());
                q->bindValue(8, 0);
                q->bindValue(9, QStringLiteral("odata"));
                q->bindValue(10, i.lastModified.toString(Qt::ISODateWithMs));
                if (auto r = db->run(*q, QStringLiteral("floor insert")); !r)
                    return r;
            }
            return {};
        });
        insertSeconds = t.nsecsElapsed() / 1e9;
        if (!ok)
            qFatal("%s", qPrintable(ok.error().toString()));
    }
    const double floorSeconds = fetchSeconds + insertSeconds;

    // Store::upsertInvoices (one statement per row with RETURNING), for comparison with the bulk path.
    double storeUpsertSeconds = 0;
    {
        auto db = freshDb(dir, QStringLiteral("store.db"));
        QList<Client> clients;
        QSet<QString> seen;
        QList<Invoice> invoices;
        for (const FakeInvoice& i : rows) {
            if (!seen.contains(i.customerNo)) {
                seen.insert(i.customerNo);
                Client c;
                c.number = i.customerNo;
                c.name = i.customerName;
                for (QString* s : {&c.invoiceEmail, &c.contactPerson, &c.accountant, &c.crmAccountId, &c.doNotChaseReason})
                    *s = QStringLiteral("");
                c.reminderEmails = {QStringLiteral(""), QStringLiteral("")};
                clients << c;
            }
            Invoice inv;
            inv.number = i.number;
            inv.clientNumber = i.customerNo;
            inv.issueDate = i.invoiceDate;
            inv.dueDate = i.dueDate;
            inv.amountMinor = i.amountMinor;
            inv.openMinor = i.openMinor;
            inv.currency = i.currency;
            inv.source = QStringLiteral("odata");
            inv.lastModified = i.lastModified;
            invoices << inv;
        }
        Store store(*db);
        if (auto r = db->transaction([&] { return store.upsertClients(clients); }); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        t.restart();
        auto ok = db->transaction([&] { return store.upsertInvoices(invoices); });
        storeUpsertSeconds = t.nsecsElapsed() / 1e9;
        if (!ok)
            qFatal("%s", qPrintable(ok.error().toString()));
    }
    rows.clear();
    rows.squeeze();

    // The full sync.
    auto db = freshDb(dir, QStringLiteral("relance.db"));
    double lastCpu = 0;
    const auto runOnce = [&](bool full) -> std::pair<double, SyncReport> {
        const double cpu0 = cpuSeconds();
        SyncEngine engine(*db, &nam, config, {});
        std::optional<Result<SyncReport>> out;
        QElapsedTimer clock;
        clock.start();
        engine.run({.forceFull = full, .accounting = true, .crm = true}, {}, [&](Result<SyncReport> r) { out = std::move(r); });
        waitFor([&] { return out.has_value(); });
        const double s = clock.nsecsElapsed() / 1e9;
        lastCpu = cpuSeconds() - cpu0;
        if (!*out)
            qFatal("%s", qPrintable(out->error().toString()));
        QCoreApplication::processEvents();
        return {s, **out};
    };
    const auto [fullSeconds, fullReport] = runOnce(true);
    const double fullCpu = lastCpu;

    // 100 invoices change on the server; the next sync follows the delta link.
    serverProcess.write("change\n");
    if (!serverProcess.waitForReadyRead(30000))
        qFatal("the fake server did not answer");
    serverProcess.readAll();
    const auto [deltaSeconds, deltaReport] = runOnce(false);
    const double deltaCpu = lastCpu;

    // A second full sync over the stored data (nothing new: compares and writes only changes).
    const auto [refullSeconds, refullReport] = runOnce(true);

    QJsonObject o{
        {QStringLiteral("invoices"), count},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("floor_fetch_seconds"), fetchSeconds},
        {QStringLiteral("floor_insert_seconds"), insertSeconds},
        {QStringLiteral("floor_seconds"), floorSeconds},
        {QStringLiteral("full_sync_seconds"), fullSeconds},
        {QStringLiteral("full_sync_vs_floor"), fullSeconds / floorSeconds},
        {QStringLiteral("full_sync_created"), fullReport.created},
        {QStringLiteral("full_sync_cpu_seconds"), fullCpu},
        {QStringLiteral("delta_sync_cpu_seconds"), deltaCpu},
        {QStringLiteral("load_average_1min"), loadAverage()},
        {QStringLiteral("store_upsert_invoices_seconds"), storeUpsertSeconds},
        {QStringLiteral("delta_sync_seconds"), deltaSeconds},
        {QStringLiteral("delta_sync_mode"), deltaReport.accountingMode},
        {QStringLiteral("delta_sync_changed"), deltaReport.changed},
        {QStringLiteral("refull_sync_seconds"), refullSeconds},
        {QStringLiteral("refull_sync_unchanged"), refullReport.unchanged},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("full_sync_seconds_max"), 5.0},
                                                {QStringLiteral("full_sync_vs_floor_max"), 1.5},
                                                {QStringLiteral("delta_sync_seconds_max"), 0.3},
                                                {QStringLiteral("peak_rss_mb_max"), 300.0}}},
        {QStringLiteral("met"), fullSeconds < 5.0 && fullSeconds / floorSeconds <= 1.5 && deltaSeconds < 0.3 &&
                                    peakRssMb() < 300.0},
    };
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;

    serverProcess.closeWriteChannel();
    if (!serverProcess.waitForFinished(10000))
        serverProcess.kill();
    return 0;
}
