#pragma once
// The rows the views show, read with one aggregate query each (fast for 100,000 invoices and 10,000 drafts).
// Bodies, histories and lines are read only for the selected draft or client.
#include "aging/Aging.h"
#include "domain/Domain.h"
#include "storage/Store.h"

namespace relance {

struct QueueRow
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString invoiceNumbers;       // "F-1001, F-1002"
    int invoiceCount = 0;
    qint64 openMinor = 0;
    QString currency = QStringLiteral("CHF");
    int daysLate = 0;             // the oldest line
    AgingBucket bucket = AgingBucket::Light;
    Language language = Language::French;
    ReminderState state = ReminderState::Drafted;
    int findings = 0;
    int blockingFindings = 0;
    int version = 1;
    QDate snoozedUntil;
};

struct InvoiceRow
{
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    QString clientName;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    QString currency;
    bool disputed = false;
};

struct ClientRow
{
    qint64 id = 0;
    QString number;
    QString name;
    Language language = Language::French;
    MandateType mandate = MandateType::Other;
    QString accountant;
    int openInvoices = 0;
    qint64 openMinor = 0;         // in the base currency
    int maxDaysLate = 0;
    bool doNotChase = false;
    QDate doNotChaseUntil;
};

struct TaskRow
{
    Task task;
    QString clientName;
};

struct ClientTotal
{
    qint64 clientId = 0;
    QString name;
    qint64 overdueMinor = 0;
    int maxDaysLate = 0;
    double trendDays = 0;         // growing delay: recent minus earlier average days late
    double recentDaysLate = 0;
};

struct DashboardData
{
    AgingSummary summary;
    QList<DsoPoint> trend;
    QList<ClientTotal> topOverdue;    // by overdue amount
    QList<ClientTotal> slowingDown;   // payment delay growing
    qint64 draftsWaiting = 0;
    qint64 sentThisWeek = 0;
    qint64 repliesWaiting = 0;
    QString lastSync;                 // ISO UTC, empty when never
};

Result<QList<QueueRow>> loadQueue(Database& db, QDate asOf, const AgingPolicy& policy);
Result<QueueRow> loadQueueRow(Database& db, qint64 reminderId, QDate asOf, const AgingPolicy& policy);
Result<QList<InvoiceRow>> loadInvoices(Database& db, qint64 clientId = 0, bool openOnly = false);
Result<QList<ClientRow>> loadClients(Database& db, QDate asOf, const QString& baseCurrency);
Result<QList<TaskRow>> loadTasks(Database& db);
// Drafts waiting for a reviewer (drafted or needs-review): the status bar's count.
Result<qint64> countDraftsToReview(Database& db);
Result<DashboardData> loadDashboard(Store& store, QDate asOf, const AgingPolicy& policy, const QString& baseCurrency,
                                    int dsoWindowDays);

} // namespace relance
