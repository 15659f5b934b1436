#pragma once
// Reminder levels from the real history: per invoice, the reminders actually sent (or imported from the accounting's
// dunning level), its level, whether a new one may go, and when it is ready for debt collection. Also the true
// wording of that history for templates and the prompt. Pure functions: the database reader is HistoryReader.h.
#include "domain/Domain.h"

#include <QHash>

namespace relance {

// One reminder that went out for one invoice (a reminder groups several invoices: one record per invoice).
struct SentReminder
{
    qint64 reminderId = 0; // 0 for an imported one
    qint64 invoiceId = 0;
    QDate sentOn;          // the local date it was sent; may be null for an imported level without a date
    int level = 0;         // 0: not known yet, assembleHistories() numbers it
    QString messageId;     // the Internet Message-ID (or the mail system's id) of the sent mail; empty when imported
    bool imported = false; // sent before Relance was used (the accounting's DunningLevel / LastDunningDate)
};

struct InvoiceHistory
{
    qint64 invoiceId = 0;
    QList<SentReminder> sent; // oldest first, levels ascending

    int level() const { return sent.isEmpty() ? 0 : sent.constLast().level; } // 0 before any reminder
    QDate lastSentOn() const;
    QDate firstSentOn() const; // the first dated one
};

// Groups records per invoice, sorts them by date (undated imported ones first) and numbers the levels: an imported
// record keeps its level, each reminder sent after it is one level higher than the one before.
QHash<qint64, InvoiceHistory> assembleHistories(QList<SentReminder> records);

struct LevelPolicy
{
    int intervalDays = 10; // [reminders] intervalDays: minimum days between two levels
    int maxLevel = 3;      // [reminders] maxLevel; 0: no maximum
    int deadlineDays = 10; // [reminders] paymentDeadlineDays: the deadline each reminder gives
};

struct LevelStatus
{
    int level = 0; // the current level: 0 before any reminder
    QDate lastSentOn;
    int nextLevel = 1;   // the level a reminder sent now would have
    bool maySend = true; // interval passed and maximum not reached
    QDate nextAllowedOn; // first day a new level may be sent (null when no more levels)
    bool maxLevelReached = false;
    QDate finalDeadline;                 // the last level's payment deadline (null until the maximum is reached)
    bool readyForDebtCollection = false; // maximum reached and its deadline passed
};

LevelStatus levelStatus(const InvoiceHistory& history, QDate asOf, const LevelPolicy& policy);

// Swiss date format, the same in every language: 12.11.2026.
QString swissDate(QDate date);
// "first reminder" / "premier rappel" / "1. Mahnung" / "primo sollecito"; "second reminder", ...
QString levelLabel(int level, Language language);

// The true history of one invoice in words, for the reminder about to be sent.
struct HistoryWording
{
    int level = 1;      // the level of the reminder about to be sent
    bool first = true;  // nothing was sent before
    QString levelLabel; // of `level`: "second reminder"
    QString previous;   // "our reminder of 12.11.2026", "nos rappels du 12.11.2026 et du 26.11.2026"; empty if first
    QStringList previousDates; // dd.MM.yyyy of each earlier dated reminder
};
HistoryWording historyWording(const InvoiceHistory& history, Language language);

// The accounting's dunning columns for one invoice, checked before they seed the history.
struct ImportedDunning
{
    QString invoiceNumber;
    int level = 0;
    QDate lastDate; // may be null when the accounting knows the level only
};
// `level` empty or "0" means none. Refused (ErrorCode::Parse, subject = the invoice number) naming the row: a level
// that is not a whole number from 0 to 9, a date that is not YYYY-MM-DD or dd.MM.yyyy, a date after `today`,
// a date without a level.
Result<ImportedDunning> validateImportedDunning(const QString& invoiceNumber, QStringView level, QStringView lastDate,
                                                QDate today);
SentReminder importedReminder(const ImportedDunning& dunning, qint64 invoiceId);

} // namespace relance
