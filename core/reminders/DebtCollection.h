#pragma once
// The hand-over to debt collection: what a debt-collection request (Betreibungsbegehren, Art. 67 SchKG) needs —
// creditor, debtor with address, each claim in CHF with its interest rate and start, the reason (the invoice) —
// with the reminder history as evidence, exported as CSV and plain text. The official fee of the payment order
// (GebV SchKG Art. 16) is shown as information only.
#include "reminders/Interest.h"
#include "reminders/ReminderHistory.h"

namespace relance {

struct Party
{
    QString name;
    QStringList address; // street, postcode and town, country: one line each
    QString number;      // customer number (debtor) or the firm's UID (creditor); may be empty
};

// A rate a person entered for converting a foreign currency into CHF, kept as an exact decimal (never a double):
// 1 unit of `currency` = `scaled` / 10^6 CHF.
struct ChfRate
{
    QString currency;
    qint64 scaled = 0; // CHF per unit, times 1,000,000
    QString text;      // as entered, normalised ("0.9412")
};
// Positive, at most 6 decimals ("0.9412", "0,9412"). Refused with InvalidArgument naming the currency.
Result<ChfRate> parseChfRate(const QString& currency, QStringView text);
// minor units of rate.currency to Rappen, rounded half-up to the Rappen (both currencies with 2 minor digits).
qint64 convertToChf(qint64 minor, const ChfRate& rate);

// One invoice handed over, with what the history and interest say about it.
struct DebtInvoice
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate issueDate;
    QDate dueDate;
    qint64 openMinor = 0;
    QString currency = QStringLiteral("CHF");
    InterestResult interest; // from computeInterest(); its rate and start go into the request
    InvoiceHistory history;
};

struct DebtClaim
{
    QString invoiceNumber;
    QDate issueDate;
    QDate dueDate;
    QString currency;     // the invoice's
    qint64 openMinor = 0; // in the invoice's currency
    QString rateText;     // "0.9412" for EUR, empty for CHF
    qint64 claimChfMinor = 0;
    int interestRateHundredths = 0; // 0: no interest claimed
    QDate interestFrom;
    QString reason; // "Invoice 2026-0042 of 12.06.2026"
};

struct DebtHistoryEntry
{
    QString invoiceNumber;
    int level = 0;
    QDate sentOn;
    QString messageId;
    bool imported = false;
};

struct DebtCollectionSummary
{
    Party creditor;
    Party debtor;
    QDate preparedOn;
    QList<DebtClaim> claims;
    QList<DebtHistoryEntry> history; // by invoice, oldest first
    DayCount dayCount = DayCount::Act365;
    qint64 totalChfMinor = 0;       // sum of the claims (principal) in CHF
    qint64 officialFeeChfMinor = 0; // GebV SchKG Art. 16 for totalChfMinor, information only
};

// The fee of the payment order for a claim of `claimChfMinor` Rappen (GebV SchKG Art. 16 para. 1):
// CHF 7 up to 100, 20 up to 500, 40 up to 1,000, 60 up to 10,000, 90 up to 100,000, 190 up to 1,000,000, 400 above.
qint64 officialFeeMinor(qint64 claimChfMinor);

// Builds the summary. Every non-CHF invoice needs its rate in `rates`; missing one: InvalidArgument naming the
// invoice and currency. Invoices with nothing open are left out.
Result<DebtCollectionSummary> buildDebtCollectionSummary(const Party& creditor, const Party& debtor,
                                                         const QList<DebtInvoice>& invoices,
                                                         const QList<ChfRate>& rates, QDate preparedOn,
                                                         DayCount dayCount);

// One row per claim (RFC 4180, comma, CRLF, header row); the reminder history of each invoice in one column.
// A cell starting with = + - @ is prefixed with ' so a spreadsheet does not run it.
QString debtCollectionCsv(const DebtCollectionSummary& summary);
// The summary as plain text in English (the request form itself is filled in by a person).
QString debtCollectionText(const DebtCollectionSummary& summary);

} // namespace relance
