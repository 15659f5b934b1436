// bench_qrbill --png FILE: writes the sample's CHF payment part (German, 150 dpi) as the picture in
// core/qrbill/README.md. bench_qrbill [count]: renders `count` (default 1000) reminder PDFs, each a letter and two
// payment parts (CHF and EUR), on two threads, and prints the figures as JSON. Targets: under 50 ms per PDF on average,
// under 100 KB each.
#include "../qrbill/QrBillSamples.h"
#include "BenchSupport.h"
#include "documents/PaymentPart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace relance;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--pdf") == 0) {
        const Result<QByteArray> pdf = documents::renderPdf(testing::sampleDocument(Language::German));
        QFile out(QString::fromLocal8Bit(argv[2]));
        return pdf && out.open(QIODevice::WriteOnly) && out.write(*pdf) == pdf->size() ? 0 : 1;
    }
    if (argc > 2 && qstrcmp(argv[1], "--png") == 0) {
        constexpr int dpi = 150;
        const Result<QList<QImage>> pages = documents::renderImages(testing::sampleDocument(Language::German), dpi);
        if (!pages)
            return 1;
        const int top = qRound((documents::slip::kTopOnA4 - 3) * dpi / 25.4); // the scissors stand out above the line
        return pages->at(1)
                       .copy(0, top, pages->at(1).width(), pages->at(1).height() - top)
                       .save(QString::fromLocal8Bit(argv[2]))
                   ? 0
                   : 1;
    }
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    constexpr int kThreads = 2;
    const Language languages[] = {Language::German, Language::French, Language::Italian, Language::English};

    std::atomic<int> next{0};
    std::atomic<qint64> totalBytes{0}, maxBytes{0};
    std::atomic<int> failures{0};
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = bench::cpuSeconds();
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                const Result<QByteArray> pdf =
                    documents::renderPdf(testing::sampleDocument(languages[i % 4], 1000 + i));
                if (!pdf) {
                    ++failures;
                    continue;
                }
                totalBytes += pdf->size();
                qint64 seen = maxBytes.load();
                while (pdf->size() > seen && !maxBytes.compare_exchange_weak(seen, pdf->size())) {
                }
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpu = bench::cpuSeconds() - cpuBefore;
    const double msEach = seconds * 1000 / count;
    // Wall time depends on what else runs on the machine: the load average says how shared it was, and CPU time
    // per PDF is the figure that does not depend on it.
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QByteArray load =
        loadFile.open(QIODevice::ReadOnly) ? loadFile.readAll().split(' ').value(0) : QByteArray("-1");
    const double bytesEach = double(totalBytes) / std::max(1, count - failures.load());
    std::printf("{\"benchmark\":\"qrbill\",\"pdfs\":%d,\"threads\":%d,\"pagesEach\":3,\"failures\":%d,"
                "\"wallSeconds\":%.2f,\"msPerPdf\":%.2f,\"cpuMsPerPdf\":%.2f,\"bytesPerPdf\":%.0f,\"maxBytes\":%lld,"
                "\"peakRssMb\":%.1f,\"loadAverage\":%s,\"targets\":{\"msPerPdf\":50,\"bytesPerPdf\":102400},"
                "\"withinTargets\":%s}\n",
                count, kThreads, failures.load(), seconds, msEach, cpu * 1000 / count, bytesEach,
                static_cast<long long>(maxBytes.load()), bench::peakRssMb(), load.constData(),
                (msEach < 50 && bytesEach < 102400 && failures == 0) ? "true" : "false");
    return failures == 0 ? 0 : 1;
}
