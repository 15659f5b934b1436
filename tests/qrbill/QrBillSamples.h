#pragma once
// A reminder to a client with CHF and EUR invoices, shared by the rendering test and the benchmark.
#include "documents/ReminderDocument.h"
#include "qrbill/ReminderReference.h"

namespace relance::testing {

inline qrbill::Address sampleFirm()
{
    return {QStringLiteral("Fiduciaire Muster & Söhne SA"),
            QStringLiteral("Rue du Lac"),
            QStringLiteral("1268"),
            QStringLiteral("2501"),
            QStringLiteral("Biel"),
            QStringLiteral("CH")};
}

inline qrbill::Address sampleClient()
{
    return {QStringLiteral("Pia-Maria Rutschmann-Schnyder"),
            QStringLiteral("Grosse Marktgasse"),
            QStringLiteral("28"),
            QStringLiteral("9400"),
            QStringLiteral("Rorschach"),
            QStringLiteral("CH")};
}

inline qrbill::QrBill sampleBill(const QString& account, const QString& currency, qint64 amount, qint64 reminderId)
{
    qrbill::QrBill b;
    b.account = account;
    b.creditor = sampleFirm();
    b.amountMinor = amount;
    b.currency = currency;
    b.debtor = sampleClient();
    const auto ref = qrbill::reminderReference(account, QStringLiteral("C00042"), reminderId);
    b.referenceType = ref->type;
    b.reference = ref->reference;
    b.unstructuredMessage = QStringLiteral("Rappel / Mahnung RE-2026-00240");
    return b;
}

inline documents::ReminderDocument sampleDocument(Language language, qint64 reminderId = 240)
{
    documents::ReminderDocument d;
    d.language = language;
    d.firm = sampleFirm();
    d.firmContact = {QStringLiteral("+41 32 000 00 00"), QStringLiteral("debiteurs@muster.example")};
    d.client = sampleClient();
    d.place = QStringLiteral("Biel");
    d.date = QDate(2026, 12, 6);
    d.subject = QStringLiteral("Zahlungserinnerung – offene Rechnungen");
    d.body =
        QStringLiteral("Sehr geehrte Frau Rutschmann\n\nBei der Durchsicht unserer Buchhaltung haben wir festgestellt, "
                       "dass die folgenden Rechnungen noch offen sind. Sicher handelt es sich um ein Versehen. Wir "
                       "bitten Sie, den Betrag mit dem beiliegenden Zahlteil innert 10 Tagen zu begleichen.\n\n"
                       "Freundliche Grüsse\nFiduciaire Muster & Söhne SA");
    d.invoices = {{QStringLiteral("RE-2026-00240"), QDate(2026, 10, 31), 194975, QStringLiteral("CHF")},
                  {QStringLiteral("RE-2026-00251"), QDate(2026, 11, 15), 32000, QStringLiteral("CHF")},
                  {QStringLiteral("RE-2026-00262"), QDate(2026, 11, 20), 120050, QStringLiteral("EUR")}};
    d.extras = {{QStringLiteral("Mahngebühr"), 2000, QStringLiteral("CHF")}};
    d.bills = {sampleBill(QStringLiteral("CH44 3199 9123 0008 8901 2"), QStringLiteral("CHF"), 194975 + 32000 + 2000,
                          reminderId),
               sampleBill(QStringLiteral("CH44 3199 9123 0008 8901 2"), QStringLiteral("EUR"), 120050, reminderId)};
    return d;
}

} // namespace relance::testing
