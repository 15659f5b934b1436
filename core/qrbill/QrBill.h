#pragma once
// The Swiss QR-bill's data and its payload, exactly as SIX "Swiss Implementation Guidelines for the QR-bill" 2.3,
// section 4, defines them. Every rule of the guidelines is checked by normalized(); a broken rule is an Error whose
// `subject` names the field ("account", "creditor.name", "reference", ...). See core/qrbill/README.md.
#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace relance::qrbill {

// A structured address ("S"), the only kind IG 2.3 allows.
struct Address
{
    QString name;           // 1-70, mandatory
    QString street;         // 0-70 (street or P.O. box)
    QString buildingNumber; // 0-16
    QString postalCode;     // 1-16, mandatory
    QString town;           // 1-35, mandatory
    QString country;        // ISO 3166-1 alpha-2, mandatory

    bool isEmpty() const;
    friend bool operator==(const Address&, const Address&) = default;
};

enum class ReferenceType
{
    Qrr,
    Scor,
    Non
};
QString referenceTypeCode(ReferenceType type); // "QRR", "SCOR", "NON"

// IG 4.1.4: the elements are separated by a line feed or by carriage return and line feed.
enum class LineSeparator
{
    Lf,
    CrLf
};

struct QrBill
{
    QString account; // IBAN or QR-IBAN, CH or LI; spaces allowed on input
    Address creditor;
    std::optional<qint64> amountMinor; // in Rappen/cents; empty: the payer enters the amount
    QString currency = QStringLiteral("CHF");
    std::optional<Address> debtor; // empty (or all fields empty): a QR-bill without debtor
    ReferenceType referenceType = ReferenceType::Non;
    QString reference;              // QRR: 27 digits; SCOR: RF...; NON: empty. Spaces allowed on input
    QString unstructuredMessage;    // 0-140
    QString billingInformation;     // 0-140, together with the message at most 140
    QStringList alternativeSchemes; // at most 2, each 1-100

    friend bool operator==(const QrBill&, const QrBill&) = default;
};

// Limits of IG 2.3 section 4.3.
inline constexpr qint64 kMaxAmountMinor = 99'999'999'999; // 999,999,999.99
inline constexpr int kMaxPayloadCharacters = 997;
// IG 4.1: at most QR code version 25 with error correction M, which holds 1273 bytes in byte mode. Only text with
// many two-byte characters (ä, ł, ...) reaches it: 997 ASCII characters need fewer bytes.
inline constexpr int kMaxPayloadBytes = 1273;

// The bill with every rule checked and every value in the form the payload carries: account and reference without
// spaces, upper case, text composed and trimmed with typographic look-alikes replaced (CharacterSet.h), an all-empty
// debtor dropped. The first broken rule is returned as an Error whose subject names the field.
Result<QrBill> normalized(const QrBill& bill);

// The payload (UTF-8) of the Swiss QR Code: header, creditor, 7 empty ultimate-creditor lines, amount, currency,
// debtor (or 7 empty lines), reference, message, "EPD", then billing information and alternative schemes only when
// present. No separator after the last element.
Result<QByteArray> payload(const QrBill& bill, LineSeparator separator = LineSeparator::Lf);

// The amount as the payload writes it: "1949.75".
QString payloadAmount(qint64 minor);

// For the printed payment part (IG 3.5): "CH44 3199 9123 0008 8901 2"; a QR reference in blocks of five from the
// right ("21 00000 00003 13947 14300 09017"); a creditor reference in blocks of four ("RF18 5390 0754 7034");
// the amount with a space between thousands and a point before the two decimals ("1 949.75").
QString displayIban(QStringView iban);
QString displayReference(QStringView reference);
QString displayAmount(qint64 minor);

} // namespace relance::qrbill
