#pragma once
// The facts a reminder may state, all taken from the ledger and the configuration, and the placeholders that
// carry them into the text. The model (or a template) writes {{amount}}; only this code turns it into "CHF 1’234.50".
#include "config/Config.h"
#include "domain/Domain.h"

#include <QDate>
#include <QMap>

namespace relance {

struct DraftFacts
{
    Client client;
    QList<ReminderLine> lines;            // oldest due date first
    QMap<QString, QDate> issueDates;      // invoice number -> issue date
    AgingBucket bucket = AgingBucket::Light; // the tone of the oldest invoice
    Language language = Language::French; // the language the reminder is written in (the client's)
    QDate asOf;                           // the drafting day
    QDate paymentDeadline;                // asOf + paymentDeadlineDays
    QList<QDate> extraAllowedDates;       // e.g. deadlines of earlier drafting days when re-validating
    int previousReminders = 0;            // reminders already sent for these invoices
    QDate lastReminderDate;
    RemindersConfig reminders;            // firm name, IBAN, links, payment plan policy

    QLocale locale() const { return clientLocale(language); }
    int maxDaysLate() const;
    QDate oldestDueDate() const;
    // Open total per currency (a client may owe in CHF and EUR).
    QMap<QString, qint64> totals() const;
};

// dd.MM.yyyy: the Swiss form in all three languages.
QString formatReminderDate(QDate d);
// "CH93 0076 2011 6238 5295 7": groups of four.
QString formatIban(const QString& iban);
QString normalizeIban(const QString& iban);

// The placeholder names a draft may use, and their values for these facts.
QStringList placeholderNames();
QMap<QString, QString> placeholderValues(const DraftFacts& facts);
// Replaces every known {{name}} (spaces inside the braces tolerated); unknown ones stay, for the validator to report.
QString fillPlaceholders(const QString& text, const DraftFacts& facts);


// Builds the facts of an existing reminder, for re-validation: the lines as drafted (amounts, days late), the client
// and configuration as they are now. Deadlines of every day from the drafting day to `today` are accepted.
Result<DraftFacts> factsForReminder(class Store& store, const Reminder& reminder, const RemindersConfig& config,
                                    QDate today);

} // namespace relance
