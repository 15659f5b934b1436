// Foundation benchmark: seeds the demo data set into a fresh SQLite file, then times the aging summary in-process
// and through the real `relance-cli aging --json`. Prints one JSON object of figures. Usage:
//   bench_foundation [--invoices N] [--keep DIR]
#include "aging/Aging.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "BenchSupport.h"

#include <cstdio>
#include <ctime>

using namespace relance;
using relance::bench::cpuSeconds;
using relance::bench::peakRssMb;

namespace {
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}
double round2(double v)
{
    return double(qRound64(v * 100)) / 100;
}
int failWith(const QString& what)
{
    std::fprintf(stderr, "bench_foundation: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the JSON line is the output
    int invoices = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--invoices")); i > 0 && i + 1 < args.size())
        invoices = args[i + 1].toInt();

    QTemporaryDir dir;
    if (!dir.isValid())
        return failWith(QStringLiteral("cannot create a temporary folder"));
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db"));
    const QDate asOf(2026, 3, 31);
    nlohmann::json out;
    out["invoices"] = invoices;

    // 1. Seeding, as `relance-cli demo-seed` does it: open, migrate, generate, store in one transaction.
    out["loadAverageBefore"] = loadAverage().toStdString();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    {
        auto db = Database::openAndMigrate(url);
        if (!db)
            return failWith(db.error().toString());
        Store store(**db);
        auto report = seedDemoData(store, DemoOptions{invoices, 42, asOf}, false);
        if (!report)
            return failWith(report.error().toString());
        out["clients"] = report->clients;
        out["interactions"] = report->interactions;
    }
    out["seedSeconds"] = round2(double(timer.nsecsElapsed()) / 1e9);
    out["seedCpuSeconds"] = round2(cpuSeconds() - cpuBefore);
    out["dbFileMb"] = round2(double(QFile(dir.filePath(QStringLiteral("bench.db"))).size()) / (1024.0 * 1024.0));

    // 2. Aging summary and DSO in-process, on a fresh connection (cold statement cache, warm OS cache).
    {
        timer.restart();
        auto db = Database::openAndMigrate(url);
        if (!db)
            return failWith(db.error().toString());
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        Store store(**db);
        timer.restart();
        const double cpuAging = cpuSeconds();
        auto summary = agingSummary(store, asOf, AgingPolicy{}, QStringLiteral("CHF"), 90);
        if (!summary)
            return failWith(summary.error().toString());
        out["agingMs"] = round2(double(timer.nsecsElapsed()) / 1e6);
        out["agingCpuMs"] = round2((cpuSeconds() - cpuAging) * 1000);
        out["openMs"] = round2(openMs);
        qint64 openCount = 0;
        for (const BucketTotals& b : summary->buckets)
            openCount += b.count;
        out["openInvoices"] = openCount;
        timer.restart();
        auto trend = dsoTrend(store, asOf, 12, QStringLiteral("CHF"));
        if (!trend)
            return failWith(trend.error().toString());
        out["dsoTrend12Ms"] = round2(double(timer.nsecsElapsed()) / 1e6);
    }

    // 3. The real command line, wall time including process start.
    {
        QProcess cli;
        timer.restart();
        cli.start(QStringLiteral(RELANCE_CLI_PATH),
                  {QStringLiteral("--database"), url, QStringLiteral("aging"), QStringLiteral("--as-of"),
                   asOf.toString(Qt::ISODate), QStringLiteral("--json")});
        const bool finished = cli.waitForFinished(60000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const QByteArray stdoutText = cli.readAllStandardOutput();
        const auto parsed = nlohmann::json::parse(stdoutText.toStdString(), nullptr, false);
        if (finished && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0 && parsed.is_object()) {
            out["cliAgingMs"] = round2(ms);
        } else {
            out["cliAgingMs"] = nullptr;
            out["cliAgingNote"] = QStringLiteral("relance-cli aging --json did not succeed (exit %1): %2")
                                      .arg(cli.exitCode())
                                      .arg(QString::fromUtf8(cli.readAllStandardError()).trimmed())
                                      .toStdString();
        }
    }

    out["peakRssMb"] = round2(peakRssMb());
    out["targets"] = {{"seedSeconds", 5}, {"agingMs", 200}};
    std::printf("%s\n", out.dump().c_str());
    return 0;
}
