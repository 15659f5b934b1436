// Benchmark: reminder levels, default interest, fees and totals for 100,000 invoices of 2,000 clients, 2,000 of
// them getting a reminder now, plus the history wording and the history-claim check for those 2,000 reminders, and
// reading the history of 2,000 sent reminders (10,000 lines) from a SQLite database. Prints one JSON object (ms).
// bench_reminders [invoices] [reminders]
#include "BenchSupport.h"
#include "reminders/HistoryClaims.h"
#include "reminders/HistoryReader.h"
#include "reminders/Interest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace relance;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

Result<double> readFromDatabase(int reminders, int linesPerReminder)
{
    QTemporaryDir dir;
    auto db = Database::openAndMigrate(QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("bench.db")));
    if (!db)
        return std::unexpected(db.error());
    Store store(**db);
    auto seeded = store.database().transaction([&]() -> Result<void> {
        QList<Client> clients(reminders);
        for (int i = 0; i < reminders; ++i) {
            clients[i].number = QStringLiteral("K%1").arg(i);
            clients[i].name = QStringLiteral("Client %1").arg(i);
        }
        if (auto r = store.upsertClients(clients); !r)
            return r;
        QList<Invoice> invoices(qsizetype(reminders) * linesPerReminder);
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            invoices[i].number = QStringLiteral("R-%1").arg(i);
            invoices[i].clientId = clients[i / linesPerReminder].id;
            invoices[i].issueDate = QDate(2026, 1, 1);
            invoices[i].dueDate = QDate(2026, 1, 31);
            invoices[i].amountMinor = invoices[i].openMinor = 100000;
        }
        if (auto r = store.upsertInvoices(invoices); !r)
            return r;
        for (int i = 0; i < reminders; ++i) {
            Reminder rem;
            rem.clientId = clients[i].id;
            rem.state = ReminderState::Sent;
            rem.sentAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
            rem.internetMessageId = QStringLiteral("<r%1@firm.ch>").arg(i);
            for (int l = 0; l < linesPerReminder; ++l) {
                const Invoice& inv = invoices[qsizetype(i) * linesPerReminder + l];
                rem.lines.append(ReminderLine{inv.id, inv.number, inv.openMinor, inv.currency, inv.dueDate, 29});
            }
            if (auto r = store.insertReminder(rem); !r)
                return r;
        }
        return {};
    });
    if (!seeded)
        return std::unexpected(seeded.error());
    QElapsedTimer t;
    t.start();
    auto h = readReminderHistory(store);
    if (!h)
        return std::unexpected(h.error());
    if (h->size() != reminders * linesPerReminder)
        return fail(ErrorCode::Internal, QStringLiteral("read %1 histories").arg(h->size()));
    return ms(t);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const int invoiceCount = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int reminderCount = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    const QDate asOf(2026, 12, 1);
    QRandomGenerator rng(13);

    // The ledger: every invoice 1-200 days late, a third of them reminded 1-3 times already, every tenth in EUR.
    struct Row
    {
        qint64 id;
        int client;
        QDate issue;
        QDate due;
        qint64 open;
        QString currency;
    };
    QList<Row> rows;
    rows.reserve(invoiceCount);
    QList<SentReminder> sent;
    for (int i = 0; i < invoiceCount; ++i) {
        const QDate due = asOf.addDays(-1 - int(rng.bounded(200)));
        rows.append({i + 1, i % reminderCount, due.addDays(-30), due, 10000 + qint64(rng.bounded(5000000)),
                     i % 10 == 0 ? QStringLiteral("EUR") : QStringLiteral("CHF")});
        if (i % 3 == 0) {
            const int times = 1 + int(rng.bounded(3));
            for (int k = 0; k < times; ++k) {
                SentReminder s;
                s.invoiceId = i + 1;
                s.reminderId = qint64(i) * 4 + k;
                s.sentOn = due.addDays(5 + 14 * k);
                s.messageId = QStringLiteral("<m%1@firm.ch>").arg(s.reminderId);
                sent.append(s);
            }
        }
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    const QHash<qint64, InvoiceHistory> histories = assembleHistories(sent);
    const double assembleMs = ms(t);

    t.restart();
    const LevelPolicy policy{10, 3, 10};
    QList<LevelStatus> status;
    status.reserve(rows.size());
    int ready = 0;
    for (const Row& r : rows) {
        status.append(levelStatus(histories.value(r.id), asOf, policy));
        ready += status.constLast().readyForDebtCollection ? 1 : 0;
    }
    const double levelsMs = ms(t);

    t.restart();
    const InterestConfig interest{true, 500, DayCount::Act365, InterestStart::DueDate, 100};
    QList<qint64> interestMinor(rows.size());
    qint64 interestSum = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const auto res = computeInterest(
            interest, {QString(), r.issue, r.due, r.open, r.currency, histories.value(r.id).firstSentOn(), asOf});
        interestMinor[i] = res ? res->interestMinor : 0;
        interestSum += interestMinor[i];
    }
    const double interestMs = ms(t);

    // The 2,000 reminders: each client's invoices, the fee of the highest next level, totals per currency, and the
    // history wording of each line.
    t.restart();
    FeesConfig fees;
    fees.levelMinor = {0, 2000, 3000};
    fees.basis = QStringLiteral("general terms, clause 7");
    QList<QList<qsizetype>> byClient(reminderCount);
    for (qsizetype i = 0; i < rows.size(); ++i)
        byClient[rows[i].client].append(i);
    qint64 feeSum = 0;
    qsizetype wordingChars = 0;
    QStringList texts;
    texts.reserve(reminderCount);
    for (int c = 0; c < reminderCount; ++c) {
        QList<ChargeLine> lines;
        int level = 0;
        QString text;
        for (qsizetype i : std::as_const(byClient[c])) {
            const Row& r = rows[i];
            lines.append({QString::number(r.id), r.currency, r.open, interestMinor[i]});
            level = std::max(level, status[i].nextLevel);
            const HistoryWording w = historyWording(histories.value(r.id), Language(c % 3));
            wordingChars += w.previous.size() + w.levelLabel.size();
            text += w.previous + QLatin1Char(' ');
        }
        const auto fee = reminderFee(fees, level, QStringLiteral("CHF"));
        const QList<CurrencyTotal> totals = totalsDue(lines, fee);
        feeSum += fee ? fee->amountMinor : 0;
        texts.append(text);
        Q_UNUSED(totals);
    }
    const double remindersMs = ms(t);

    t.restart();
    qsizetype claims = 0;
    for (const QString& text : std::as_const(texts))
        claims += findHistoryClaims(text).size();
    const double claimsMs = ms(t);
    const double computeMs = ms(total);

    const auto dbMs = readFromDatabase(reminderCount, 5);

    QJsonObject o;
    o[QStringLiteral("invoices")] = invoiceCount;
    o[QStringLiteral("reminders")] = reminderCount;
    o[QStringLiteral("sent_records")] = int(sent.size());
    o[QStringLiteral("assemble_histories_ms")] = assembleMs;
    o[QStringLiteral("levels_ms")] = levelsMs;
    o[QStringLiteral("interest_ms")] = interestMs;
    o[QStringLiteral("fees_totals_wording_ms")] = remindersMs;
    o[QStringLiteral("history_claims_ms")] = claimsMs;
    o[QStringLiteral("compute_total_ms")] = computeMs;
    o[QStringLiteral("read_history_sqlite_ms")] = dbMs ? *dbMs : -1;
    o[QStringLiteral("read_history_rows")] = reminderCount * 5;
    o[QStringLiteral("ready_for_debt_collection")] = ready;
    o[QStringLiteral("interest_sum_minor")] = double(interestSum);
    o[QStringLiteral("fees_sum_minor")] = double(feeSum);
    o[QStringLiteral("claims_found")] = int(claims);
    o[QStringLiteral("wording_chars")] = int(wordingChars);
    o[QStringLiteral("peak_rss_mb")] = bench::peakRssMb();
    o[QStringLiteral("cpu_s")] = bench::cpuSeconds();
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    if (!dbMs)
        std::fprintf(stderr, "%s\n", qPrintable(dbMs.error().toString()));
    return dbMs ? 0 : 1;
}
