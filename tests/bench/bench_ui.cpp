// The workstation under load: 100,000 invoices and 10,000 drafts in SQLite. Prints one JSON object:
// time until the main window is shown, until the dashboard and queue are loaded, queue sort and filter times,
// moving to the next draft, and memory. Targets: shown < 1 s, sort/filter < 100 ms, next draft < 50 ms, < 400 MB.
#include "MainWindow.h"
#include "Prompter.h"
#include "ReviewSession.h"
#include "models/QueueModel.h"
#include "models/SortFilterProxy.h"
#include "views/DashboardView.h"
#include "views/InvoicesView.h"
#include "views/QueueView.h"

#include <QSignalSpy>
#include "../ui/DemoDrafts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace relance;
using namespace relance::ui;

namespace {
double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

long statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLong();
    return -1;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int invoices = argc > 1 ? atoi(argv[1]) : 100'000;
    const int drafts = argc > 2 ? atoi(argv[2]) : 10'000;
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db"));
    const QDate asOf(2026, 3, 31);

    QElapsedTimer seedTimer;
    seedTimer.start();
    int made = 0;
    {
        auto db = Database::openAndMigrate(url);
        if (!db)
            return fprintf(stderr, "%s\n", qPrintable(db.error().toString())), 1;
        Store store(**db);
        // The demo data set and real template drafts from the drafting service (as `relance --demo`).
        auto n = test::seedDemoDrafts(store, asOf, invoices, drafts, 1800000);
        if (!n)
            return fprintf(stderr, "%s\n", qPrintable(n.error().toString())), 1;
        made = *n;
    }
    const double seedMs = ms(seedTimer);
    const long rssBefore = statusKb("VmRSS:");

    // "Start": open the database, build the window, show it.
    QElapsedTimer start;
    start.start();
    auto db = Database::openAndMigrate(url);
    if (!db)
        return 1;
    Config config;
    auto session = ReviewSession::create(config, **db, QStringLiteral("bench"), asOf);
    session->databaseUrl = url;
    ScriptedPrompter prompter;
    session->prompter = &prompter;
    MainWindow window(*session);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double shownMs = ms(start);
    window.loadInitialData();
    const double queueLoadedMs = ms(start);
    QSignalSpy dashboardLoaded(window.dashboard(), &DashboardView::loaded);
    if (!window.dashboard()->isLoaded() && !dashboardLoaded.wait(30000))
        return fprintf(stderr, "dashboard did not load\n"), 1;
    const double loadedMs = ms(start);

    window.showPage(MainWindow::Page::Queue);
    QueueView* queue = window.queue();
    SortFilterProxy* proxy = queue->proxy();
    const int rows = proxy->rowCount();

    double sortMax = 0;
    for (int column : {int(QueueModel::OpenCol), int(QueueModel::ClientCol), int(QueueModel::DaysLateCol), int(QueueModel::BucketCol)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            queue->table()->sortByColumn(column, order);
            sortMax = std::max(sortMax, ms(t));
        }
    }
    double filterMax = 0;
    auto timeFilter = [&](auto&& apply) {
        QElapsedTimer t;
        t.start();
        apply();
        filterMax = std::max(filterMax, ms(t));
    };
    timeFilter([&] { proxy->setSearchText(QStringLiteral("Garage")); });
    const int searchRows = proxy->rowCount();
    timeFilter([&] { proxy->setSearchText(QString()); });
    timeFilter([&] { proxy->setBucket(int(AgingBucket::Light)); });
    timeFilter([&] { proxy->setLanguage(int(Language::German)); });
    timeFilter([&] { proxy->setBucket(-1); });
    timeFilter([&] { proxy->setLanguage(-1); });

    queue->selectRow(0);
    double nextMax = 0, nextTotal = 0;
    const int steps = std::min(100, std::max(0, proxy->rowCount() - 1));
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer t;
        t.start();
        queue->nextDraft();
        const double d = ms(t);
        nextMax = std::max(nextMax, d);
        nextTotal += d;
    }
    // Approving moves to the next draft too: time it as the reviewer feels it (save, approve, reload the row, show the next).
    double approveMax = 0;
    for (int i = 0; i < 20; ++i) {
        prompter.answers << QStringLiteral("bench");
        QElapsedTimer t;
        t.start();
        queue->approveCurrent();
        approveMax = std::max(approveMax, ms(t));
    }
    QElapsedTimer invoicesTimer;
    invoicesTimer.start();
    QSignalSpy invoicesLoaded(window.invoices(), &InvoicesView::loaded);
    window.showPage(MainWindow::Page::Invoices);
    const double invoicesShownMs = ms(invoicesTimer);
    if (!invoicesLoaded.wait(30000))
        return fprintf(stderr, "invoices did not load\n"), 1;
    const double invoicesMs = ms(invoicesTimer);

    const long rss = statusKb("VmRSS:");
    const long hwm = statusKb("VmHWM:");
    printf("{\"invoices\": %d, \"drafts\": %d, \"queue_rows\": %d, \"seed_ms\": %.0f, "
           "\"window_shown_ms\": %.1f, \"queue_loaded_ms\": %.1f, \"dashboard_loaded_in_background_ms\": %.1f, "
           "\"sort_max_ms\": %.1f, \"filter_max_ms\": %.1f, \"search_rows\": %d, "
           "\"next_draft_avg_ms\": %.2f, \"next_draft_max_ms\": %.2f, \"approve_and_next_max_ms\": %.1f, "
           "\"invoice_view_switch_ms\": %.1f, \"invoices_loaded_in_background_ms\": %.1f, \"rss_mb\": %.1f, \"peak_rss_mb\": %.1f, \"rss_before_window_mb\": %.1f}\n",
           invoices, made, rows, seedMs, shownMs, queueLoadedMs, loadedMs, sortMax, filterMax, searchRows, steps ? nextTotal / steps : 0.0,
           nextMax, approveMax, invoicesShownMs, invoicesMs, rss / 1024.0, hwm / 1024.0, rssBefore / 1024.0);
    return 0;
}
