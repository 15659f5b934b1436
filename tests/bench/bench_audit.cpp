// Audit chain benchmark: appends N entries (default 100,000) to a fresh database through Store::appendAudit, in
// transactions of 1,000 as a busy day's work would, then verifies the whole chain and exports it. Prints one JSON
// object of figures (wall and CPU time, peak memory: verify streams, so memory should not grow with N). Usage:
//   bench_audit [--entries N] [--database URL]   (default: a temporary SQLite file)
#include "audit/AuditVerify.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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

int die(const Error& e)
{
    std::fprintf(stderr, "bench_audit: %s\n", qPrintable(e.toString()));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    int entries = 100000;
    QString url;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--entries")
            entries = args[i + 1].toInt();
        else if (args[i] == u"--database")
            url = args[i + 1];
    }
    QTemporaryDir dir;
    if (url.isEmpty())
        url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench-audit.db"));
    auto db = Database::openAndMigrate(url);
    if (!db)
        return die(db.error());
    Store store(**db);

    QElapsedTimer t;
    t.start();
    double cpu0 = cpuSeconds();
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    for (int done = 0; done < entries;) {
        const int batch = qMin(1000, entries - done);
        auto ok = (*db)->transaction([&]() -> Result<void> {
            for (int i = 0; i < batch; ++i) {
                const int n = done + i;
                AuditEvent e{0, start.addSecs(n * 30), n % 3 ? QStringLiteral("m.rochat") : QStringLiteral("system"),
                             QStringLiteral("reminder"), QString::number(n / 6),
                             n % 6 == 0 ? QStringLiteral("created") : QStringLiteral("edited"),
                             QStringLiteral(R"({"model":"gpt-4o","promptVersion":"v3","invoices":[{"number":"RE-2026-%1",)"
                                            R"("openMinor":%2,"dueDate":"2026-01-31"}],"diff":"@@ -1 +1 @@\n-Madame\n+Chère Madame"})")
                                 .arg(n, 5, 10, QLatin1Char('0'))
                                 .arg(100000 + n)};
                if (auto r = store.appendAudit(e); !r)
                    return r;
            }
            return {};
        });
        if (!ok)
            return die(ok.error());
        done += batch;
    }
    const double appendMs = t.elapsed();
    const double appendCpu = cpuSeconds() - cpu0;
    const double rssAfterAppend = peakRssMb();

    t.restart();
    cpu0 = cpuSeconds();
    auto rep = audit::verifyChain(**db);
    if (!rep)
        return die(rep.error());
    const double verifyMs = t.elapsed();
    const double verifyCpu = cpuSeconds() - cpu0;
    const double rssAfterVerify = peakRssMb();

    QFile sink(QStringLiteral("/dev/null"));
    sink.open(QIODevice::WriteOnly);
    t.restart();
    auto sum = audit::exportAudit(**db, start.date(), start.date().addYears(1), audit::ExportFormat::JsonLines, sink);
    if (!sum)
        return die(sum.error());
    const double exportMs = t.elapsed();

    const nlohmann::json out{
        {"backend", (*db)->dialect() == Dialect::SQLite ? "sqlite" : "postgresql"},
        {"entries", entries},
        {"appendMs", appendMs},
        {"appendCpuS", appendCpu},
        {"appendsPerSecond", appendMs > 0 ? entries * 1000.0 / appendMs : 0},
        {"verifyMs", verifyMs},
        {"verifyCpuS", verifyCpu},
        {"verifiedEntries", rep->entries},
        {"intact", rep->intact},
        {"exportMs", exportMs},
        {"exportedEntries", sum->entries},
        {"peakRssMbAfterAppend", rssAfterAppend},
        {"peakRssMbAfterVerify", rssAfterVerify},
    };
    std::printf("%s\n", out.dump(2).c_str());
    return rep->intact && rep->entries == entries ? 0 : 1;
}
