// demo-seed, aging, invoices, clients: what is stored, for people and scripts.
#include "Cli.h"

#include "aging/Aging.h"
#include "demo/DemoData.h"
#include "storage/Store.h"

#include <QElapsedTimer>
#include <nlohmann/json.hpp>

namespace relance::cli {

namespace {

using nlohmann::json;

std::string s(const QString& q) { return q.toStdString(); }

// --as-of YYYY-MM-DD, default today. Returns an invalid date (and prints why) when the text is not a date.
QDate asOfOption(CliContext& ctx, const QCommandLineParser& p, int* code)
{
    *code = kOk;
    if (!p.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!d.isValid())
        *code = ctx.failWith(kUsage, QStringLiteral("--as-of '%1' is not a date (expected YYYY-MM-DD)")
                                         .arg(p.value(QStringLiteral("as-of"))));
    return d;
}

const QCommandLineOption kAsOf(QStringLiteral("as-of"), QStringLiteral("Compute as of DATE (YYYY-MM-DD); default today."),
                               QStringLiteral("DATE"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));

int demoSeed(CliContext& ctx, const QCommandLineParser& p)
{
    DemoOptions options;
    if (p.isSet(QStringLiteral("invoices"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("invoices")).toLongLong(&ok);
        if (!ok)
            return ctx.failWith(kUsage, QStringLiteral("--invoices '%1' is not a whole number")
                                            .arg(p.value(QStringLiteral("invoices"))));
        if (n < 1 || n > kMaxDemoInvoices)
            return ctx.failWith(kUsage, QStringLiteral("--invoices must be from 1 to %1, not %2")
                                            .arg(kMaxDemoInvoices)
                                            .arg(n));
        options.invoices = int(n);
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.failWith(kUsage,
                                QStringLiteral("--seed '%1' is not a whole number").arg(p.value(QStringLiteral("seed"))));
    }
    int code = kOk;
    options.asOf = asOfOption(ctx, p, &code);
    if (code != kOk)
        return code;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    QElapsedTimer timer;
    timer.start();
    auto report = seedDemoData(store, options, p.isSet(QStringLiteral("replace")));
    if (!report)
        return ctx.failWith(exitCodeFor(report.error()), report.error().detail);
    const double seconds = timer.elapsed() / 1000.0;
    if (p.isSet(kJson)) {
        ctx.out << QString::fromStdString(json{{"clients", report->clients},
                                               {"invoices", report->invoices},
                                               {"interactions", report->interactions},
                                               {"toneExamples", report->toneExamples},
                                               {"seed", options.seed},
                                               {"asOf", s(options.asOf.toString(Qt::ISODate))},
                                               {"seconds", seconds}}
                                              .dump())
                << Qt::endl;
    } else {
        ctx.out << QStringLiteral("Seeded %1 clients, %2 invoices, %3 interactions and %4 tone examples into %5 in %6 s")
                       .arg(report->clients)
                       .arg(report->invoices)
                       .arg(report->interactions)
                       .arg(report->toneExamples)
                       .arg(db->url().redacted())
                       .arg(seconds, 0, 'f', 2)
                << Qt::endl;
    }
    return kOk;
}

json dsoJson(const DsoFigures& d)
{
    auto days = [](const std::optional<double>& v) -> json {
        if (!v)
            return nullptr;
        return std::round(*v * 10.0) / 10.0; // days, not money
    };
    return json{{"currency", s(d.currency)},
                {"windowDays", d.windowDays},
                {"countback", days(d.countback)},
                {"simple", days(d.simple)},
                {"receivables", s(toDecimalString(d.receivablesMinor, d.currency))},
                {"sales", s(toDecimalString(d.salesMinor, d.currency))}};
}

int aging(CliContext& ctx, const QCommandLineParser& p)
{
    int code = kOk;
    const QDate asOf = asOfOption(ctx, p, &code);
    if (code != kOk)
        return code;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    const AgingPolicy policy{ctx.config.aging.light, ctx.config.aging.moderate};
    auto summary = agingSummary(store, asOf, policy, ctx.config.aging.baseCurrency, ctx.config.aging.dsoWindowDays);
    if (!summary)
        return ctx.failWith(exitCodeFor(summary.error()), summary.error().detail);

    if (p.isSet(kJson)) {
        json buckets = json::array();
        for (const BucketTotals& b : summary->buckets) {
            json open = json::object();
            for (auto it = b.openMinorByCurrency.cbegin(); it != b.openMinorByCurrency.cend(); ++it)
                open[s(it.key())] = s(toDecimalString(it.value(), it.key()));
            buckets.push_back({{"name", s(agingBucketName(b.bucket))}, {"count", b.count}, {"open", open}});
        }
        const json out{{"asOf", s(asOf.toString(Qt::ISODate))},
                       {"thresholds", {{"light", policy.lightMaxDays}, {"moderate", policy.moderateMaxDays}}},
                       {"buckets", buckets},
                       {"dso", dsoJson(summary->dso)}};
        ctx.out << QString::fromStdString(out.dump()) << Qt::endl;
        return kOk;
    }
    const QLocale locale = QLocale::system();
    ctx.out << QStringLiteral("Aging as of %1 (light 1-%2 days late, moderate %3-%4, serious over %4)")
                   .arg(locale.toString(asOf, QLocale::ShortFormat))
                   .arg(policy.lightMaxDays)
                   .arg(policy.lightMaxDays + 1)
                   .arg(policy.moderateMaxDays)
            << Qt::endl;
    for (const BucketTotals& b : summary->buckets) {
        QStringList amounts;
        for (auto it = b.openMinorByCurrency.cbegin(); it != b.openMinorByCurrency.cend(); ++it)
            amounts << formatMoney(it.value(), it.key(), locale);
        ctx.out << QStringLiteral("  %1 %2  %3")
                       .arg(agingBucketName(b.bucket).leftJustified(10))
                       .arg(b.count, 8)
                       .arg(amounts.isEmpty() ? QStringLiteral("-") : amounts.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    const DsoFigures& d = summary->dso;
    auto days = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 1) : QStringLiteral("n/a"); };
    ctx.out << QStringLiteral("DSO (%1): countback %2 days, simple over %3 days %4 days")
                   .arg(d.currency, days(d.countback))
                   .arg(d.windowDays)
                   .arg(days(d.simple))
            << Qt::endl;
    return kOk;
}

int invoices(CliContext& ctx, const QCommandLineParser& p)
{
    int code = kOk;
    const QDate asOf = asOfOption(ctx, p, &code);
    if (code != kOk)
        return code;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    InvoiceQuery query;
    query.openOnly = p.isSet(QStringLiteral("open"));
    auto list = store.invoices(query);
    if (!list)
        return ctx.failWith(exitCodeFor(list.error()), list.error().detail);
    const AgingPolicy policy{ctx.config.aging.light, ctx.config.aging.moderate};
    if (p.isSet(kJson)) {
        json arr = json::array();
        for (const Invoice& i : *list) {
            const int late = daysLate(i.dueDate, asOf);
            arr.push_back({{"number", s(i.number)},
                           {"client", s(i.clientNumber)},
                           {"issueDate", s(i.issueDate.toString(Qt::ISODate))},
                           {"dueDate", s(i.dueDate.toString(Qt::ISODate))},
                           {"currency", s(i.currency)},
                           {"amount", s(toDecimalString(i.amountMinor, i.currency))},
                           {"open", s(toDecimalString(i.openMinor, i.currency))},
                           {"status", s(invoiceStatusName(i.status()))},
                           {"daysLate", i.openMinor > 0 ? json(late) : json(nullptr)},
                           {"bucket", i.openMinor > 0 ? json(s(agingBucketName(bucketFor(late, policy)))) : json(nullptr)},
                           {"paidOn", i.paidOn.isValid() ? json(s(i.paidOn.toString(Qt::ISODate))) : json(nullptr)},
                           {"disputed", i.disputed}});
        }
        ctx.out << QString::fromStdString(arr.dump()) << Qt::endl;
        return kOk;
    }
    const QLocale locale = QLocale::system();
    for (const Invoice& i : *list) {
        ctx.out << QStringLiteral("%1  %2  due %3  %4  open %5  %6")
                       .arg(i.number.leftJustified(16), i.clientNumber.leftJustified(8),
                            i.dueDate.toString(Qt::ISODate), formatMoney(i.amountMinor, i.currency, locale).rightJustified(16),
                            formatMoney(i.openMinor, i.currency, locale).rightJustified(16), invoiceStatusName(i.status()))
                << Qt::endl;
    }
    ctx.out << QStringLiteral("%1 invoice(s)").arg(list->size()) << Qt::endl;
    return kOk;
}

int clients(CliContext& ctx, const QCommandLineParser& p)
{
    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Store store(*db);
    auto list = store.clients();
    if (!list)
        return ctx.failWith(exitCodeFor(list.error()), list.error().detail);
    if (p.isSet(kJson)) {
        json arr = json::array();
        for (const Client& c : *list) {
            json emails = json::array();
            for (const QString& e : c.reminderEmails)
                emails.push_back(s(e));
            arr.push_back({{"number", s(c.number)},
                           {"name", s(c.name)},
                           {"language", s(languageCode(c.language))},
                           {"reminderEmails", emails},
                           {"invoiceEmail", s(c.invoiceEmail)},
                           {"contactPerson", s(c.contactPerson)},
                           {"mandateType", s(mandateTypeName(c.mandateType))},
                           {"accountant", s(c.accountant)},
                           {"doNotChase", c.doNotChase},
                           {"doNotChaseReason", s(c.doNotChaseReason)},
                           {"doNotChaseUntil", c.doNotChaseUntil.isValid()
                                                   ? json(s(c.doNotChaseUntil.toString(Qt::ISODate)))
                                                   : json(nullptr)}});
        }
        ctx.out << QString::fromStdString(arr.dump()) << Qt::endl;
        return kOk;
    }
    for (const Client& c : *list) {
        ctx.out << QStringLiteral("%1  %2  %3  %4%5")
                       .arg(c.number.leftJustified(8), c.name.leftJustified(36), languageCode(c.language),
                            mandateTypeName(c.mandateType).leftJustified(12),
                            c.doNotChase ? QStringLiteral("  do-not-chase: ") + c.doNotChaseReason : QString())
                << Qt::endl;
    }
    ctx.out << QStringLiteral("%1 client(s)").arg(list->size()) << Qt::endl;
    return kOk;
}

} // namespace

void addDataCommands(QList<Command>& commands)
{
    commands.push_back(
        {QStringLiteral("demo-seed"), QStringLiteral("Fill the database with the demo data set."),
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("invoices"), QStringLiteral("How many invoices (default 600)."), QStringLiteral("N")});
             p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("S")});
             p.addOption(kAsOf);
             p.addOption({QStringLiteral("replace"), QStringLiteral("Replace what the database holds.")});
             p.addOption(kJson);
         },
         demoSeed});
    commands.push_back({QStringLiteral("aging"), QStringLiteral("Print the aging summary and DSO."),
                        [](QCommandLineParser& p) {
                            p.addOption(kAsOf);
                            p.addOption(kJson);
                        },
                        aging});
    commands.push_back({QStringLiteral("invoices"), QStringLiteral("List the stored invoices."),
                        [](QCommandLineParser& p) {
                            p.addOption(kAsOf);
                            p.addOption({QStringLiteral("open"), QStringLiteral("Only invoices with an open amount.")});
                            p.addOption(kJson);
                        },
                        invoices});
    commands.push_back({QStringLiteral("clients"), QStringLiteral("List the stored clients."),
                        [](QCommandLineParser& p) { p.addOption(kJson); }, clients});
}

} // namespace relance::cli
