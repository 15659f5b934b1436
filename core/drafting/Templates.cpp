#include "drafting/Templates.h"

namespace relance {

bool hasTemplateLanguage(Language l)
{
    return l == Language::French || l == Language::German || l == Language::English;
}

namespace {

DraftText french(const DraftFacts& f, bool several, bool iban, bool link)
{
    DraftText t;
    const QString greet = QStringLiteral("Bonjour {{contact_person}},\n\n");
    const QString pay = iban ? QStringLiteral("sur notre compte IBAN {{iban}}") : QStringLiteral("sur notre compte habituel");
    const QString linkLine = link ? QStringLiteral("\nVous pouvez aussi régler en ligne : {{payment_link}}\n") : QString();
    const QString list = QStringLiteral("\n\n{{invoice_list}}\n\nMontant total ouvert : {{amount}}.\n\n");
    const QString sign = QStringLiteral("\nAvec nos meilleures salutations,\n{{firm_name}}");
    switch (f.bucket) {
    case AgingBucket::Current:
    case AgingBucket::Light:
        t.subject = several ? QStringLiteral("Rappel amical : factures {{invoice_number}}")
                            : QStringLiteral("Rappel amical : facture {{invoice_number}}");
        t.body = greet +
                 (several ? QStringLiteral("Sauf erreur de notre part, le règlement des factures suivantes ne nous est pas encore parvenu :")
                          : QStringLiteral("Sauf erreur de notre part, le règlement de la facture suivante ne nous est pas encore parvenu :")) +
                 list +
                 QStringLiteral("Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir effectuer le versement "
                                "d'ici au {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nSi votre paiement a croisé ce message, nous vous prions de ne pas en tenir compte.\n") + sign;
        break;
    case AgingBucket::Moderate:
        t.subject = QStringLiteral("Deuxième rappel : paiement en attente ({{invoice_number}})");
        t.body = greet +
                 QStringLiteral("Malgré notre précédent message, nous constatons que les montants ci-dessous restent ouverts :") + list +
                 QStringLiteral("Conformément aux conditions de notre mandat, nos honoraires sont payables à l'échéance indiquée sur la facture. "
                                "Nous vous prions de bien vouloir régler ce montant d'ici au {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nSi une difficulté vous empêche de payer, n'hésitez pas à nous contacter : nous trouverons ensemble une solution.\n") + sign;
        break;
    case AgingBucket::Serious:
        t.subject = QStringLiteral("Dernier rappel avant mesures : {{invoice_number}}");
        t.body = greet +
                 QStringLiteral("Nos rappels précédents sont restés sans suite et les montants suivants sont toujours impayés :") + list +
                 QStringLiteral("Nous vous demandons de régler ce montant d'ici au {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nSans paiement ou nouvelles de votre part d'ici là, nous serons contraints de suspendre nos prestations "
                                "et de transmettre le dossier au recouvrement, voire d'engager une procédure de poursuite.\n") +
                 (f.reminders.offerPaymentPlan
                      ? QStringLiteral("\nSi vous rencontrez des difficultés passagères, nous sommes disposés à convenir d'un plan de paiement. "
                                       "Contactez-nous simplement.\n")
                      : QString()) +
                 sign;
        break;
    }
    return t;
}

DraftText german(const DraftFacts& f, bool several, bool iban, bool link)
{
    DraftText t;
    const QString greet = QStringLiteral("Guten Tag {{contact_person}}\n\n");
    const QString pay = iban ? QStringLiteral("auf unser Konto IBAN {{iban}}") : QStringLiteral("auf unser bekanntes Konto");
    const QString linkLine = link ? QStringLiteral("\nSie können auch online bezahlen: {{payment_link}}\n") : QString();
    const QString list = QStringLiteral("\n\n{{invoice_list}}\n\nOffener Gesamtbetrag: {{amount}}.\n\n");
    const QString sign = QStringLiteral("\nFreundliche Grüsse\n{{firm_name}}");
    switch (f.bucket) {
    case AgingBucket::Current:
    case AgingBucket::Light:
        t.subject = several ? QStringLiteral("Freundliche Erinnerung: Rechnungen {{invoice_number}}")
                            : QStringLiteral("Freundliche Erinnerung: Rechnung {{invoice_number}}");
        t.body = greet +
                 (several ? QStringLiteral("Nach unseren Unterlagen sind die folgenden Rechnungen noch nicht beglichen:")
                          : QStringLiteral("Nach unseren Unterlagen ist die folgende Rechnung noch nicht beglichen:")) +
                 list +
                 QStringLiteral("Vermutlich handelt es sich um ein Versehen. Wir bitten Sie, den Betrag bis zum {{payment_deadline}} ") + pay +
                 QStringLiteral(" zu überweisen.\n") + linkLine +
                 QStringLiteral("\nSollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie es bitte als gegenstandslos.\n") + sign;
        break;
    case AgingBucket::Moderate:
        t.subject = QStringLiteral("Zweite Erinnerung: offene Zahlung ({{invoice_number}})");
        t.body = greet +
                 QStringLiteral("Trotz unserer letzten Nachricht sind die folgenden Beträge weiterhin offen:") + list +
                 QStringLiteral("Gemäss den Bedingungen unseres Mandats sind unsere Honorare bis zum Fälligkeitsdatum der Rechnung zahlbar. "
                                "Wir bitten Sie, den Betrag bis zum {{payment_deadline}} ") + pay +
                 QStringLiteral(" zu begleichen.\n") + linkLine +
                 QStringLiteral("\nFalls Sie Schwierigkeiten haben, melden Sie sich bitte bei uns: Wir finden gemeinsam eine Lösung.\n") + sign;
        break;
    case AgingBucket::Serious:
        t.subject = QStringLiteral("Letzte Mahnung: {{invoice_number}}");
        t.body = greet +
                 QStringLiteral("Unsere bisherigen Erinnerungen sind unbeantwortet geblieben, und die folgenden Beträge sind weiterhin unbezahlt:") + list +
                 QStringLiteral("Wir fordern Sie auf, den Betrag bis zum {{payment_deadline}} ") + pay +
                 QStringLiteral(" zu bezahlen.\n") + linkLine +
                 QStringLiteral("\nErhalten wir bis dahin weder Zahlung noch Nachricht, müssen wir unsere Leistungen einstellen und die Forderung "
                                "dem Inkasso übergeben beziehungsweise die Betreibung einleiten.\n") +
                 (f.reminders.offerPaymentPlan
                      ? QStringLiteral("\nBei vorübergehenden Engpässen sind wir bereit, eine Ratenzahlung zu vereinbaren. Kontaktieren Sie uns einfach.\n")
                      : QString()) +
                 sign;
        break;
    }
    return t;
}

DraftText english(const DraftFacts& f, bool several, bool iban, bool link)
{
    DraftText t;
    const QString greet = QStringLiteral("Dear {{contact_person}},\n\n");
    const QString pay = iban ? QStringLiteral("to our account IBAN {{iban}}") : QStringLiteral("to our usual account");
    const QString linkLine = link ? QStringLiteral("\nYou can also pay online: {{payment_link}}\n") : QString();
    const QString list = QStringLiteral("\n\n{{invoice_list}}\n\nTotal outstanding: {{amount}}.\n\n");
    const QString sign = QStringLiteral("\nKind regards,\n{{firm_name}}");
    switch (f.bucket) {
    case AgingBucket::Current:
    case AgingBucket::Light:
        t.subject = several ? QStringLiteral("Friendly reminder: invoices {{invoice_number}}")
                            : QStringLiteral("Friendly reminder: invoice {{invoice_number}}");
        t.body = greet +
                 (several ? QStringLiteral("According to our records, the following invoices have not been paid yet:")
                          : QStringLiteral("According to our records, the following invoice has not been paid yet:")) +
                 list +
                 QStringLiteral("This is most likely an oversight. We would be grateful if you could transfer the amount by {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nIf your payment has crossed with this message, please disregard it.\n") + sign;
        break;
    case AgingBucket::Moderate:
        t.subject = QStringLiteral("Second reminder: payment outstanding ({{invoice_number}})");
        t.body = greet +
                 QStringLiteral("Despite our previous message, the following amounts are still outstanding:") + list +
                 QStringLiteral("Under the terms of our engagement, our fees are payable by the due date shown on the invoice. "
                                "We kindly ask you to settle the amount by {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nIf something prevents you from paying, please get in touch with us and we will find a solution together.\n") + sign;
        break;
    case AgingBucket::Serious:
        t.subject = QStringLiteral("Final reminder: {{invoice_number}}");
        t.body = greet +
                 QStringLiteral("Our previous reminders have remained unanswered and the following amounts are still unpaid:") + list +
                 QStringLiteral("We ask you to pay the amount by {{payment_deadline}} ") + pay +
                 QStringLiteral(".\n") + linkLine +
                 QStringLiteral("\nWithout payment or word from you by then, we will have to suspend our services and hand the file over "
                                "to debt collection.\n") +
                 (f.reminders.offerPaymentPlan
                      ? QStringLiteral("\nIf you are facing temporary difficulties, we are willing to agree on a payment plan. Simply contact us.\n")
                      : QString()) +
                 sign;
        break;
    }
    return t;
}

} // namespace

DraftText templateDraft(const DraftFacts& f)
{
    const bool several = f.lines.size() > 1;
    const bool iban = !normalizeIban(f.reminders.paymentIban).isEmpty();
    const bool link = !f.reminders.allowedLinks.isEmpty();
    switch (f.language) {
    case Language::German: return german(f, several, iban, link);
    case Language::English: return english(f, several, iban, link);
    case Language::French:
    case Language::Italian:
        break;
    }
    return french(f, several, iban, link);
}

} // namespace relance
