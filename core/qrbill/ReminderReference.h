#pragma once
// The payment reference of one reminder, derived from the client number and the reminder id so that an incoming
// payment can be matched back to both; and its inverse.
//
// QR reference (when the account is a QR-IBAN), 26 digits and the check digit:
//   digit 1       scheme: 1 = the client number is a number (no leading zero, at most 14 digits),
//                         2 = the client number is 1 to 7 letters/digits, each written as two digits (10 + its
//                             position in 0-9, A-Z, a-z), padded on the left with "00"
//   digits 2-15   the client number (scheme 1: zero-padded; scheme 2: coded)
//   digits 16-26  the reminder id, zero-padded (1 to 99,999,999,999)
// Creditor reference (ISO 11649, ordinary IBAN): "RF", check digits, then the reminder id in decimal, "K", and the
// client number (upper-case letters and digits only; at most 21 characters after the check digits).
#include "domain/Error.h"
#include "qrbill/QrBill.h"

#include <QString>

namespace relance::qrbill {

struct PaymentReference
{
    ReferenceType type = ReferenceType::Non;
    QString reference;
};

struct ReminderKey
{
    QString clientNumber;
    qint64 reminderId = 0;
    friend bool operator==(const ReminderKey&, const ReminderKey&) = default;
};

// QRR for a QR-IBAN, SCOR otherwise. Errors name "account", "clientNumber" or "reminderId".
Result<PaymentReference> reminderReference(const QString& account, const QString& clientNumber, qint64 reminderId);

// The client number and reminder id a reference of reminderReference() carries (spaces ignored); an Error with
// subject "reference" for anything else (a wrong check digit included).
Result<ReminderKey> parseReminderReference(const QString& reference);

} // namespace relance::qrbill
