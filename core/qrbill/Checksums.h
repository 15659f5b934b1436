#pragma once
// Check digits of the QR-bill's account and references: IBAN (ISO 13616, mod 97), the QR reference (recursive
// modulo 10, SIX IG annex) and the creditor reference (ISO 11649, "RF" and mod 97).
#include <QString>
#include <QStringView>

namespace relance::qrbill {

// Remainder modulo 97 of the digits, letters counting A=10 ... Z=35 (as IBAN and ISO 11649 define it);
// -1 when `text` holds anything but digits and upper-case letters.
int mod97(QStringView text);

// A syntactically valid IBAN with correct check digits (no spaces, upper case).
bool isValidIban(QStringView iban);
// A Swiss or Liechtenstein QR-IBAN: its institution id (positions 5 to 9) lies in 30000 to 31999.
bool isQrIban(QStringView iban);

// The recursive modulo-10 check digit of 26 digits, or -1 when `digits` is not 26 digits.
int qrReferenceCheckDigit(QStringView digits);
// 27 digits, not all zero, the last one the check digit of the other 26.
bool isValidQrReference(QStringView reference);

// The two check digits ("02" to "98") of an ISO 11649 reference with this body (1 to 21 letters and digits,
// upper case), or an empty string when the body is not one.
QString creditorReferenceCheckDigits(QStringView body);
// "RF" + check digits + body; empty when the body is not valid.
QString makeCreditorReference(QStringView body);
// "RF", two digits, 1 to 21 letters and digits, and the whole ≡ 1 (mod 97) once its first four characters move to the
// end.
bool isValidCreditorReference(QStringView reference);

} // namespace relance::qrbill
