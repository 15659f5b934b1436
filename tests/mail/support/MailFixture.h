#pragma once
// A database with clients, open invoices and approved reminders, for the mail tests and the send benchmark.
#include "config/Config.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QTemporaryDir>
#include <memory>

namespace relance::test {

class FakeGraph;

struct MailFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    QString url;

    // Opens (and migrates) a SQLite file in a temporary folder, or the given URL.
    Result<void> open(const QString& databaseUrl = {});
    Result<Client> addClient(const QString& number, const QStringList& emails, const QString& accountant = QStringLiteral("anna"));
    Result<Invoice> addInvoice(const Client& client, const QString& number, qint64 openMinor, int daysLate = 10);
    // A reminder over the given invoices, in `state` (approved: approved 1 hour ago by "reviewer").
    Result<Reminder> addReminder(const Client& client, const QList<Invoice>& invoices,
                                 ReminderState state = ReminderState::Approved, AgingBucket bucket = AgingBucket::Light);
    // n clients with one invoice and one approved reminder each, in one transaction. Returns the reminder ids.
    Result<QList<qint64>> addApprovedBatch(int n, const QString& prefix = QStringLiteral("C"));
    Result<Reminder> reminder(qint64 id);

    // A configuration for Graph on the fake server (demo accounting: no sync age check), or the outbox-dir transport.
    Config graphConfig(const FakeGraph& graph) const;
    Config outboxDirConfig() const;
};

} // namespace relance::test
