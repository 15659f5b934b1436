#pragma once
// Reads and writes the domain on one Database. Writers that change several rows expect to be called inside
// Database::transaction(); the Store itself never commits half of anything.
#include "domain/Domain.h"
#include "storage/Database.h"

#include <optional>

namespace relance {

// Open amount per due date and currency: what aging needs, small even for 100,000 invoices.
struct OpenAmountRow
{
    QDate dueDate;
    QString currency;
    qint64 count = 0;
    qint64 openMinor = 0;
};

// Invoiced amount per issue date and currency: what DSO needs.
struct SalesRow
{
    QDate issueDate;
    QString currency;
    qint64 amountMinor = 0;
};

struct PaidInvoiceRow
{
    qint64 clientId = 0;
    QDate issueDate;
    QDate dueDate;
    QDate paidOn;
};

struct InvoiceQuery
{
    bool openOnly = false;
    qint64 clientId = 0;           // 0: all clients
};

// Formatting of dates and times as stored.
QVariant dateValue(const QDate& d);              // "YYYY-MM-DD" or NULL
QVariant timeValue(const QDateTime& t);          // ISO 8601 UTC or NULL
QDate dateFrom(const QVariant& v);
QDateTime timeFrom(const QVariant& v);

class Store
{
public:
    explicit Store(Database& db) : m_db(db) {}
    Database& database() { return m_db; }
    // The database's clock (Database::clock): what the Store and everything built on it stamps rows with.
    const net::Clock& clock() const { return m_db.clock(); }

    // Clients, keyed by number. Sets each client's id.
    Result<void> upsertClients(QList<Client>& clients);
    Result<QList<Client>> clients();
    Result<std::optional<Client>> client(qint64 id);
    Result<std::optional<Client>> clientByNumber(const QString& number);
    Result<qint64> countRows(const QString& table);

    // Invoices, keyed by number. Each needs clientId, or clientNumber of a stored client. Sets ids.
    Result<void> upsertInvoices(QList<Invoice>& invoices);
    Result<QList<Invoice>> invoices(const InvoiceQuery& query = {});
    Result<std::optional<Invoice>> invoiceByNumber(const QString& number);

    // Aggregates for aging and DSO.
    Result<QList<OpenAmountRow>> openAmountsByDueDate();
    Result<QList<SalesRow>> salesByIssueDate(QDate from, QDate to);
    Result<QList<PaidInvoiceRow>> paidInvoices(QDate paidFrom, QDate paidTo);

    // CRM history, keyed by external id when there is one.
    Result<void> upsertInteractions(QList<Interaction>& interactions);
    Result<QList<Interaction>> interactions(qint64 clientId);

    Result<void> insertToneExample(ToneExample& example);
    Result<QList<ToneExample>> toneExamples();

    // Reminders with their invoice lines.
    Result<void> insertReminder(Reminder& reminder);
    // Saves every field; refuses with ErrorCode::Conflict when the stored version is not reminder.version
    // (someone else changed it meanwhile). Increments reminder.version on success.
    // In core a change of reminder.state goes through workflow/Lifecycle, which checks it and calls this; other callers
    // save the state the row was loaded in (tests set up rows with it).
    Result<void> updateReminder(Reminder& reminder);
    Result<std::optional<Reminder>> reminder(qint64 id);
    Result<QList<Reminder>> reminders(std::optional<ReminderState> state = std::nullopt);

    Result<void> insertTask(Task& task);
    Result<void> setTaskDone(qint64 id, bool done);
    Result<QList<Task>> tasks();

    // Append-only: there is no update or delete for audit events. Each entry is chained to the one before it
    // (seq, prev_hash, hash: core/audit/README.md); the detail is stored as canonical JSON (sorted keys, compact).
    // Runs in the caller's transaction, or in its own when there is none.
    Result<void> appendAudit(AuditEvent event);
    Result<QList<AuditEvent>> auditEvents(const QString& entity = {}, const QString& entityId = {});

    Result<std::optional<QString>> syncValue(const QString& name);
    Result<void> setSyncValue(const QString& name, const QString& value);

    // Deletes every row of the domain tables (demo re-seed). Call inside a transaction.
    Result<void> clearAll();

private:
    Result<void> loadLines(QList<Reminder>& reminders);
    Result<void> saveLines(const Reminder& reminder);

    Database& m_db;
};

} // namespace relance
