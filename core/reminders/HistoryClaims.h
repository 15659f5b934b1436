#pragma once
// Finds, in a reminder's text, the places where it claims an earlier contact: previous reminders, letters, calls,
// a numbered or "final" reminder. The validator compares each claim with the invoice's reminder history and the CRM:
// a claim neither shows is a blocking finding. French, German, English and Italian wording.
#include "domain/Domain.h"

namespace relance {

enum class HistoryClaimKind
{
    PreviousReminder, // "our previous reminders", "nos rappels du", "unsere Mahnungen vom", "despite our reminders"
    NumberedReminder, // "second reminder", "2. Mahnung", "deuxième rappel": `ordinal` says which
    FinalReminder,    // "final reminder", "Letzte Mahnung", "dernier rappel": implies earlier ones
    Letter,           // "our letter of", "unser Schreiben vom", "nos courriers", "we have written to you"
    Call,             // "as discussed on the phone", "notre entretien téléphonique", "wie telefonisch besprochen"
};
QString historyClaimKindName(HistoryClaimKind k); // "previous-reminder", "numbered-reminder", ...

struct HistoryClaim
{
    HistoryClaimKind kind = HistoryClaimKind::PreviousReminder;
    Language language = Language::English; // the language of the phrase that matched
    int start = 0;                         // UTF-16 offset in the text
    int length = 0;
    QString phrase;     // the matched text
    int ordinal = 0;    // NumberedReminder: 2 for "second reminder"
    QList<QDate> dates; // dd.MM.yyyy dates named right after the phrase ("vom 12.11.2026")

    friend bool operator==(const HistoryClaim&, const HistoryClaim&) = default;
};

// Claims in order of position, never overlapping. A text that names no earlier contact gives none;
// "first reminder", "1. Mahnung" and "Zahlungserinnerung" alone are not claims.
QList<HistoryClaim> findHistoryClaims(QStringView text);

} // namespace relance
