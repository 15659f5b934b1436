#include "documents/Labels.h"

namespace relance::documents {

const Labels& labels(Language language)
{
    static const Labels de{QStringLiteral("Empfangsschein"),
                           QStringLiteral("Zahlteil"),
                           QStringLiteral("Konto / Zahlbar an"),
                           QStringLiteral("Referenz"),
                           QStringLiteral("Zusätzliche Informationen"),
                           QStringLiteral("Zahlbar durch"),
                           QStringLiteral("Zahlbar durch (Name/Adresse)"),
                           QStringLiteral("Währung"),
                           QStringLiteral("Betrag"),
                           QStringLiteral("Annahmestelle"),
                           QStringLiteral("Rechnung"),
                           QStringLiteral("Fällig am"),
                           QStringLiteral("Offener Betrag"),
                           QStringLiteral("Total")};
    static const Labels fr{QStringLiteral("Récépissé"),
                           QStringLiteral("Section paiement"),
                           QStringLiteral("Compte / Payable à"),
                           QStringLiteral("Référence"),
                           QStringLiteral("Informations supplémentaires"),
                           QStringLiteral("Payable par"),
                           QStringLiteral("Payable par (nom/adresse)"),
                           QStringLiteral("Monnaie"),
                           QStringLiteral("Montant"),
                           QStringLiteral("Point de dépôt"),
                           QStringLiteral("Facture"),
                           QStringLiteral("Échéance"),
                           QStringLiteral("Montant ouvert"),
                           QStringLiteral("Total")};
    static const Labels it{QStringLiteral("Ricevuta"),
                           QStringLiteral("Sezione pagamento"),
                           QStringLiteral("Conto / Pagabile a"),
                           QStringLiteral("Riferimento"),
                           QStringLiteral("Informazioni supplementari"),
                           QStringLiteral("Pagabile da"),
                           QStringLiteral("Pagabile da (nome/indirizzo)"),
                           QStringLiteral("Valuta"),
                           QStringLiteral("Importo"),
                           QStringLiteral("Punto di accettazione"),
                           QStringLiteral("Fattura"),
                           QStringLiteral("Scadenza"),
                           QStringLiteral("Importo aperto"),
                           QStringLiteral("Totale")};
    static const Labels en{QStringLiteral("Receipt"),
                           QStringLiteral("Payment part"),
                           QStringLiteral("Account / Payable to"),
                           QStringLiteral("Reference"),
                           QStringLiteral("Additional information"),
                           QStringLiteral("Payable by"),
                           QStringLiteral("Payable by (name/address)"),
                           QStringLiteral("Currency"),
                           QStringLiteral("Amount"),
                           QStringLiteral("Acceptance point"),
                           QStringLiteral("Invoice"),
                           QStringLiteral("Due date"),
                           QStringLiteral("Open amount"),
                           QStringLiteral("Total")};
    switch (language) {
    case Language::German:
        return de;
    case Language::French:
        return fr;
    case Language::Italian:
        return it;
    case Language::English:
        break;
    }
    return en;
}

} // namespace relance::documents
