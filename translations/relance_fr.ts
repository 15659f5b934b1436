<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH">
<context>
    <name>ErrorText</name>
    <message>
        <source>The value for %1 cannot be used.</source>
        <translation>La valeur de %1 n’est pas utilisable.</translation>
    </message>
    <message>
        <source>A value given cannot be used.</source>
        <translation>Une valeur indiquée n’est pas utilisable.</translation>
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation>%1 n’est pas au format attendu.</translation>
    </message>
    <message>
        <source>The data is not in the expected format.</source>
        <translation>Les données ne sont pas au format attendu.</translation>
    </message>
    <message>
        <source>The setting %1 is not valid.</source>
        <translation>Le paramètre %1 n’est pas valable.</translation>
    </message>
    <message>
        <source>The configuration is not valid.</source>
        <translation>La configuration n’est pas valable.</translation>
    </message>
    <message>
        <source>The database operation failed (%1).</source>
        <translation>L’opération sur la base de données a échoué (%1).</translation>
    </message>
    <message>
        <source>The database operation failed.</source>
        <translation>L’opération sur la base de données a échoué.</translation>
    </message>
    <message>
        <source>Another program is using the database; try again in a moment.</source>
        <translation>Un autre programme utilise la base de données ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is not a Relance database.</source>
        <translation>%1 n’est pas une base de données Relance.</translation>
    </message>
    <message>
        <source>The file is not a Relance database.</source>
        <translation>Le fichier n’est pas une base de données Relance.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Relance; update this workstation.</source>
        <translation>La base de données a été écrite par une version plus récente de Relance ; mettez ce poste à jour.</translation>
    </message>
    <message>
        <source>The address %1 is not supported.</source>
        <translation>L’adresse %1 n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>This kind of address is not supported.</source>
        <translation>Ce type d’adresse n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>What was asked for was not found.</source>
        <translation>L’élément demandé est introuvable.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation>%1 a refusé les identifiants (HTTP %2).</translation>
    </message>
    <message>
        <source>The credentials were refused (HTTP %1).</source>
        <translation>Les identifiants ont été refusés (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the credentials, or none are stored.</source>
        <translation>%1 a refusé les identifiants, ou aucun n’est enregistré.</translation>
    </message>
    <message>
        <source>The credentials were refused, or none are stored.</source>
        <translation>Les identifiants ont été refusés, ou aucun n’est enregistré.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>%1 est surchargé et demande de patienter ; le travail reste en attente pour la prochaine exécution.</translation>
    </message>
    <message>
        <source>The server is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>Le serveur est surchargé et demande de patienter ; le travail reste en attente pour la prochaine exécution.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 a répondu par une erreur (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 a répondu par une erreur.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Le serveur a répondu par une erreur.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; nothing was overwritten.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps ; rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written.</source>
        <translation>Le fichier %1 n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s’est produite.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>"&lt;what failed&gt;: &lt;why&gt;", e.g. "The sync failed: example.ch did not answer in time."</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not yet due</source>
        <extracomment>aging bucket: invoices not yet due</extracomment>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>aging bucket: 1 to 15 days late</extracomment>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <extracomment>aging bucket: 16 to 45 days late</extracomment>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Serious</source>
        <extracomment>aging bucket: over 45 days late</extracomment>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Light (1-15 days)</source>
        <translation>Léger (1 à 15 jours)</translation>
    </message>
    <message>
        <source>Moderate (16-45 days)</source>
        <translation>Modéré (16 à 45 jours)</translation>
    </message>
    <message>
        <source>Serious (over 45 days)</source>
        <translation>Grave (plus de 45 jours)</translation>
    </message>
    <message>
        <source>Drafted</source>
        <extracomment>state of a reminder draft</extracomment>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Fiscalité</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Paiera d'ici au</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The amount is not a valid amount in %1.</source>
        <translation>Ce montant n'est pas un montant valable en %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The configuration %1 could not be read: %2. Defaults are used.</source>
        <translation>La configuration %1 n'a pas pu être lue : %2. Les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1. Defaults are used.</source>
        <translation>Vos paramètres n'ont pas pu être lus : %1. Les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>Les données de démonstration n'ont pas pu être préparées : %1</translation>
    </message>
    <message>
        <source>The database could not be opened (%1): %2. The window shows an empty database.</source>
        <translation>La base de données n'a pas pu être ouverte (%1) : %2. La fenêtre affiche une base vide.</translation>
    </message>
    <message>
        <source>--role applies to the demo only: roles are kept in the database (relance-cli users). It was ignored.</source>
        <translation>--role ne s’applique qu’à la démonstration : les rôles sont enregistrés dans la base de données (relance-cli users). L’option a été ignorée.</translation>
    </message>
    <message>
        <source>The demo role could not be set: %1</source>
        <translation>Le rôle de démonstration n’a pas pu être défini : %1</translation>
    </message>
    <message>
        <source>Your role could not be read: %1</source>
        <translation>Votre rôle n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Your account %1 has no role in this database: you can read, but not change anything. Ask an administrator to add you (relance-cli users add %1 --role reviewer).</source>
        <translation>Votre compte %1 n’a aucun rôle dans cette base de données : vous pouvez consulter, mais rien modifier. Demandez à un administrateur de vous ajouter (relance-cli users add %1 --role reviewer).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientModel</name>
    <message>
        <source>Paused until %1</source>
        <translation>Suspendu jusqu'au %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Ne pas relancer</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: customer number in the accounting system</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Comptable</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Factures ouvertes</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <extracomment>column header: days late of the oldest open invoice</extracomment>
        <translation>Plus ancienne (jours)</translation>
    </message>
    <message>
        <source>Chasing</source>
        <extracomment>column header: whether the client may be sent reminders</extracomment>
        <translation>Relances</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search name, number or accountant…</source>
        <translation>Rechercher un nom, un numéro ou un comptable…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message>
        <source>← All clients</source>
        <translation>← Tous les clients</translation>
    </message>
    <message>
        <source>Show drafts</source>
        <translation>Voir les projets</translation>
    </message>
    <message>
        <source>Chasing paused until %1</source>
        <translation>Relances suspendues jusqu'au %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Ne pas relancer</translation>
    </message>
    <message>
        <source>Chased normally</source>
        <translation>Relancé normalement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Reminders to:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Language:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandate:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Accountant:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Chasing:&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Contact :&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Rappels à :&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Langue :&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandat :&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Comptable :&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Relances :&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; no paid invoice yet.</source>
        <translation>&lt;b&gt;Comportement de paiement :&lt;/b&gt; aucune facture payée pour l'instant.</translation>
    </message>
    <message>
        <source>paying %1 days later than before</source>
        <translation>paie %1 jours plus tard qu'auparavant</translation>
    </message>
    <message>
        <source>paying %1 days earlier than before</source>
        <translation>paie %1 jours plus tôt qu'auparavant</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; %n invoice(s) paid, on average %1 days after the invoice date and %2 days after the due date; recent trend: %3</source>
        <translation><numerusform>&lt;b&gt;Comportement de paiement :&lt;/b&gt; %n facture payée, en moyenne %1 jours après la date de facture et %2 jours après l'échéance ; tendance récente : %3</numerusform><numerusform>&lt;b&gt;Comportement de paiement :&lt;/b&gt; %n factures payées, en moyenne %1 jours après la date de facture et %2 jours après l'échéance ; tendance récente : %3</numerusform></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>Aucun historique CRM pour ce client.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left or Backspace)</source>
        <translation>Retour à la liste (Alt+Gauche ou Retour arrière)</translation>
    </message>
    <message>
        <source>Reading the client failed</source>
        <translation>La lecture du client a échoué</translation>
    </message>
    <message>
        <source>Reading the payment history failed</source>
        <translation>La lecture de l’historique des paiements a échoué</translation>
    </message>
</context>
<context>
    <name>relance::ui::DashboardView</name>
    <message>
        <source>Accounts receivable</source>
        <translation>Débiteurs</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Créances ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>DSO (countback)</source>
        <extracomment>DSO: days sales outstanding</extracomment>
        <translation>DSO (méthode countback)</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>Projets en attente</translation>
    </message>
    <message>
        <source>Sent this week</source>
        <translation>Envoyés cette semaine</translation>
    </message>
    <message>
        <source>Replies waiting</source>
        <translation>Réponses en attente</translation>
    </message>
    <message>
        <source>Open amount by aging bucket</source>
        <translation>Montant ouvert par classe d'échéance</translation>
    </message>
    <message>
        <source>Show these invoices</source>
        <translation>Afficher ces factures</translation>
    </message>
    <message>
        <source>DSO trend (countback, 12 months)</source>
        <translation>Évolution du DSO (countback, 12 mois)</translation>
    </message>
    <message>
        <source>Top overdue clients</source>
        <translation>Principaux clients en retard</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Plus ancienne (jours)</translation>
    </message>
    <message>
        <source>Paying later than before</source>
        <translation>Paient plus tard qu'avant</translation>
    </message>
    <message>
        <source>Clients whose average delay in the last 90 days grew by 5 days or more: an early sign of difficulty.</source>
        <translation>Clients dont le retard moyen des 90 derniers jours a augmenté de 5 jours ou plus : un signe précoce de difficultés.</translation>
    </message>
    <message>
        <source>Recent delay (days)</source>
        <translation>Retard récent (jours)</translation>
    </message>
    <message>
        <source>Change (days)</source>
        <translation>Écart (jours)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n facture</numerusform><numerusform>%n factures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation><numerusform>%n facture ouverte</numerusform><numerusform>%n factures ouvertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of open, %n invoice(s)</source>
        <translation><numerusform>%1 % de l'ouvert, %n facture</numerusform><numerusform>%1 % de l'ouvert, %n factures</numerusform></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>simple: %1 days, window %2 days</source>
        <translation>simple : %1 jours, période de %2 jours</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à relire</translation>
    </message>
    <message>
        <source>since Monday</source>
        <translation>depuis lundi</translation>
    </message>
    <message>
        <source>open follow-ups</source>
        <translation>suivis ouverts</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open invoices yet.&lt;/b&gt; Run a sync from the accounting system (or start with --demo) to see the aging of your receivables.</source>
        <translation>&lt;b&gt;Aucune facture ouverte pour l'instant.&lt;/b&gt; Lancez une synchronisation avec la comptabilité (ou démarrez avec --demo) pour voir l'échéancier de vos débiteurs.</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <extracomment>chart axis: amounts in thousands of the currency, e.g. "CHF thousands"</extracomment>
        <translation>milliers de %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceModel</name>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>column header: amount still open</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>column header: invoice number</extracomment>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>column header: invoice date</extracomment>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>column header: due date</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoicesView</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Search invoice or client…</source>
        <translation>Rechercher une facture ou un client…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n facture</numerusform><numerusform>%n factures</numerusform></translation>
    </message>
    <message>
        <source>Client: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Client : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>relance::ui::MainWindow</name>
    <message>
        <source>Relance – accounts receivable</source>
        <translation>Relance – débiteurs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>navigation: the queue of reminder drafts to review</extracomment>
        <translation>Projets de rappel</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Tone examples</source>
        <translation>Exemples de ton</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Worker idle</source>
        <translation>Traitement en attente</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous draft</source>
        <translation>Projet précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next draft</source>
        <translation>Projet suivant</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve and go to the next draft</source>
        <translation>Approuver et passer au projet suivant</translation>
    </message>
    <message>
        <source>Approve light</source>
        <translation>Approuver les légers</translation>
    </message>
    <message>
        <source>Approve the selected light drafts without findings</source>
        <translation>Approuver les projets légers sélectionnés sans remarque</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Rejeter en indiquant un motif</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze until a date</source>
        <translation>Reporter à une date</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate with an instruction to the model</source>
        <translation>Régénérer avec une consigne au modèle</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Mark the client's open invoices disputed</source>
        <translation>Marquer les factures ouvertes du client comme contestées</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Record a promise to pay</source>
        <translation>Enregistrer une promesse de paiement</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Ne pas relancer</translation>
    </message>
    <message>
        <source>Stop chasing this client</source>
        <translation>Ne plus relancer ce client</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to review</source>
        <translation><numerusform>%n projet à relire</numerusform><numerusform>%n projets à relire</numerusform></translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Drafting reminders… %1 of %2</source>
        <translation>Rédaction des rappels… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) written and waiting for review.</source>
        <translation><numerusform>%n projet rédigé, en attente de relecture.</numerusform><numerusform>%n projets rédigés, en attente de relecture.</numerusform></translation>
    </message>
    <message>
        <source>Sync done: %1 invoice(s) read, %2 new, %3 changed, %4 paid.</source>
        <translation>Synchronisation terminée : %1 facture(s) lue(s), %2 nouvelle(s), %3 modifiée(s), %4 payée(s).</translation>
    </message>
    <message>
        <source>Next sync %1</source>
        <translation>Prochaine synchronisation %1</translation>
    </message>
    <message>
        <source>Nothing to sync: the accounting source is the demo data set ([accounting] source=demo).</source>
        <translation>Rien à synchroniser : la source comptable est le jeu de démonstration ([accounting] source=demo).</translation>
    </message>
    <message>
        <source>No sync worker is running in this window.</source>
        <translation>Aucun service de synchronisation ne tourne dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Drafting reminders…</source>
        <translation>Rédaction des rappels…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Read the open invoices and the CRM history now (%1)</source>
        <translation>Lire maintenant les factures ouvertes et l'historique CRM (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Outbox (%1, ⚠ %2)</source>
        <extracomment>navigation, kept short (180 px): %1 waiting to go out, %2 needing a person (flagged or failed)</extracomment>
        <translation>Envois (%1, ⚠ %2)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d’envoi (%1)</translation>
    </message>
    <message>
        <source>%1 waiting, %2 being sent, %3 to check (sent or not?), %4 failed, %5 sent</source>
        <translation>%1 en attente, %2 en cours d’envoi, %3 à vérifier (envoyé ou non ?), %4 en échec, %5 envoyés</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Les données n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The worker could not open the database</source>
        <translation>Le processus d’arrière-plan n’a pas pu ouvrir la base de données</translation>
    </message>
    <message>
        <source>Syncing the open invoices…</source>
        <translation>Synchronisation des factures ouvertes…</translation>
    </message>
    <message>
        <source>Syncing the CRM history…</source>
        <translation>Synchronisation de l’historique CRM…</translation>
    </message>
    <message>
        <source>Sync: nothing read from the accounting.</source>
        <translation>Synchronisation : rien n’a été lu dans la comptabilité.</translation>
    </message>
    <message>
        <source>The sync failed</source>
        <translation>La synchronisation a échoué</translation>
    </message>
    <message>
        <source>The file %1 was not imported</source>
        <translation>Le fichier %1 n’a pas été importé</translation>
    </message>
    <message>
        <source>No worker is running in this window: nothing was drafted.</source>
        <translation>Aucun processus d’arrière-plan ne tourne dans cette fenêtre : rien n’a été rédigé.</translation>
    </message>
    <message>
        <source>Drafting stopped</source>
        <translation>La rédaction s’est arrêtée</translation>
    </message>
    <message>
        <source>The data could not be read</source>
        <translation>Les données n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The counts could not be read</source>
        <translation>Les nombres n’ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>relance::ui::NotificationArea</name>
    <message>
        <source>Dismiss</source>
        <extracomment>tooltip of the close button of a notification</extracomment>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>outbox: approved, waiting for the sender</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder went out</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>To check: sent or not?</source>
        <extracomment>outbox: the sender could not tell whether the mail went out; a person must check</extracomment>
        <translation>À vérifier : envoyé ou non ?</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder could not be sent</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>outbox column: approved at, sent at or last attempt, depending on the status</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reason or message id</source>
        <translation>Motif ou ID du message</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Demande une intervention</translation>
    </message>
    <message>
        <source>Waiting or being sent</source>
        <translation>En attente ou en cours d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox filter</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Il a été envoyé</translation>
    </message>
    <message>
        <source>You found it in the mailbox's Sent Items, or the client has it: record it as sent</source>
        <translation>Vous l’avez trouvé dans les éléments envoyés de la boîte aux lettres, ou le client l’a reçu : l’enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>It was not sent: send again</source>
        <translation>Il n’a pas été envoyé : l’envoyer à nouveau</translation>
    </message>
    <message>
        <source>You are sure it did not go out: it goes back to the outbox and is sent with the next run</source>
        <translation>Vous êtes sûr qu’il n’est pas parti : il retourne dans la boîte d’envoi et part avec le prochain envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n en attente</numerusform><numerusform>%n en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation><numerusform>%n en cours d’envoi</numerusform><numerusform>%n en cours d’envoi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation><numerusform>%n envoyé</numerusform><numerusform>%n envoyés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation><numerusform>%n à vérifier</numerusform><numerusform>%n à vérifier</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n en échec</numerusform><numerusform>%n en échec</numerusform></translation>
    </message>
    <message>
        <source>The outbox is empty: approved reminders appear here until they are sent.</source>
        <translation>La boîte d’envoi est vide : les rappels approuvés y figurent jusqu’à leur envoi.</translation>
    </message>
    <message>
        <source>Select a reminder to see the details.</source>
        <translation>Sélectionnez un rappel pour en voir le détail.</translation>
    </message>
    <message>
        <source>Approved %1 by %2; it goes out with the next send run, after a last check against the accounting data.</source>
        <translation>Approuvé le %1 par %2 ; il part avec le prochain envoi, après un dernier contrôle par rapport aux données comptables.</translation>
    </message>
    <message>
        <source>Being sent since %1. If the sender stopped, the next run looks it up in the mailbox before doing anything.</source>
        <translation>En cours d’envoi depuis le %1. Si l’envoi s’est interrompu, le prochain envoi le recherche d’abord dans la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sent %1 to %2. Message id: %3</source>
        <translation>Envoyé le %1 à %2. Identifiant du message : %3</translation>
    </message>
    <message>
        <source>The sender could not tell whether Microsoft 365 delivered this reminder (%1). Look for it in the mailbox's Sent Items or ask the client, then decide. Sending it again without checking may send it twice.</source>
        <translation>L’envoi n’a pas pu établir si Microsoft 365 a remis ce rappel (%1). Cherchez-le dans les éléments envoyés de la boîte aux lettres ou demandez au client, puis décidez. Le renvoyer sans vérifier peut l’envoyer deux fois.</translation>
    </message>
    <message>
        <source>Not sent: %1. Correct the cause (for example the client's e-mail address), then draft the reminder again.</source>
        <translation>Non envoyé : %1. Corrigez la cause (par exemple l’adresse e-mail du client), puis rédigez à nouveau le rappel.</translation>
    </message>
    <message>
        <source>Where did you confirm it was sent? (kept in the audit log)</source>
        <translation>Où avez-vous constaté qu’il a été envoyé ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>How do you know it was not sent? (kept in the audit log)</source>
        <translation>Comment savez-vous qu’il n’a pas été envoyé ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>Enregistré comme envoyé.</translation>
    </message>
    <message>
        <source>Back in the outbox: it is sent again with the next run.</source>
        <translation>De retour dans la boîte d’envoi : il repart avec le prochain envoi.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Sends the approved reminders now, at the configured pace, after a last check against the accounting data (otherwise they go out with the next scheduled run)</source>
        <translation>Envoie maintenant les rappels approuvés, au rythme configuré, après une dernière vérification dans la comptabilité (sinon ils partent lors de la prochaine exécution planifiée)</translation>
    </message>
    <message>
        <source>Nothing was sent: you have no role in this database.</source>
        <translation>Rien n’a été envoyé : vous n’avez pas de rôle dans cette base de données.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Sending the approved reminders at the configured pace (%n a minute)…</source>
        <translation><numerusform>Envoi des rappels approuvés au rythme configuré (%n par minute)…</numerusform><numerusform>Envoi des rappels approuvés au rythme configuré (%n par minute)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n back to review or cancelled (paid, replied or changed)</source>
        <translation><numerusform>%n renvoyé en relecture ou annulé (payé, réponse reçue ou modifié)</numerusform><numerusform>%n renvoyés en relecture ou annulés (payés, réponse reçue ou modifiés)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation><numerusform>%n encore en attente</numerusform><numerusform>%n encore en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check by a person</source>
        <translation><numerusform>%n à vérifier par une personne</numerusform><numerusform>%n à vérifier par une personne</numerusform></translation>
    </message>
    <message>
        <source>Send run finished: %1.</source>
        <translation>Envoi terminé : %1.</translation>
    </message>
    <message>
        <source>Sign in again to Microsoft 365 in Settings.</source>
        <translation>Reconnectez-vous à Microsoft 365 dans les paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n done</source>
        <extracomment>the Send now button while a send run goes on: %n reminders dealt with so far</extracomment>
        <translation><numerusform>Envoi… %n fait</numerusform><numerusform>Envoi… %n faits</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: this window has no worker to send with.</source>
        <translation>Rien n’a été envoyé : cette fenêtre n’a pas de processus d’arrière-plan pour l’envoi.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Rien n’a été envoyé</translation>
    </message>
    <message>
        <source>The run stopped before the outbox was empty; what waits stays waiting for the next run.</source>
        <extracomment>after "Send run finished: …": the sender's own reason (English, technical) is in the banner's tooltip</extracomment>
        <translation>L’envoi s’est arrêté avant que la boîte d’envoi soit vide ; ce qui attend reste en attente pour la prochaine exécution.</translation>
    </message>
    <message>
        <source>The outbox could not be read</source>
        <translation>La boîte d’envoi n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Nothing was changed: the reminder changed meanwhile. The outbox is shown as it is now.</source>
        <translation>Rien n’a été modifié : le rappel a changé entre-temps. La boîte d’envoi est affichée telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>The decision could not be saved</source>
        <translation>La décision n’a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <comment>findings</comment>
        <translation><numerusform>%n bloquante</numerusform><numerusform>%n bloquantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>findings</comment>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s): %1</source>
        <translation><numerusform>%n facture : %1</numerusform><numerusform>%n factures : %1</numerusform></translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Bucket</source>
        <extracomment>column header: aging bucket</extracomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Lang.</source>
        <extracomment>column header: language of the reminder</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Findings</source>
        <extracomment>column header: problems the validator found in the draft</extracomment>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueView</name>
    <message>
        <source>Reminder drafts</source>
        <translation>Projets de rappel</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Charger leur version</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>label of the e-mail subject field</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>CRM history</source>
        <extracomment>tab: the client's CRM history (calls, e-mails, meetings)</extracomment>
        <translation>Historique CRM</translation>
    </message>
    <message>
        <source>Reminders and replies</source>
        <translation>Rappels et réponses</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesses de paiement</translation>
    </message>
    <message>
        <source>Reloading the draft failed</source>
        <translation>Le rechargement du projet a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation><numerusform>%n projet</numerusform><numerusform>%n projets</numerusform></translation>
    </message>
    <message>
        <source>Search client or invoice…</source>
        <translation>Rechercher un client ou une facture…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No drafts to review.&lt;/b&gt; Drafts appear here after a sync and a drafting run.</source>
        <translation>&lt;b&gt;Aucun projet à relire.&lt;/b&gt; Les projets apparaissent ici après une synchronisation et une rédaction.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No draft selected.&lt;/b&gt; Use Alt+Down to go to the next draft.</source>
        <translation>&lt;b&gt;Aucun projet sélectionné.&lt;/b&gt; Alt+Bas passe au projet suivant.</translation>
    </message>
    <message>
        <source>Reading the draft failed</source>
        <translation>La lecture du projet a échoué</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloquant : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>No findings: the figures, IBAN and links match the ledger.</source>
        <translation>Aucune remarque : montants, IBAN et liens correspondent à la comptabilité.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n jour de retard</numerusform><numerusform>%n jours de retard</numerusform></translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>Version %1, modifiée en dernier par %2 le %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Reading the CRM history failed</source>
        <translation>La lecture de l'historique CRM a échoué</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>Aucun historique CRM pour ce client.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No earlier reminders or replies.</source>
        <translation>Aucun rappel ni réponse antérieurs.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Broken: chasing resumed</source>
        <translation>Non tenue : relances reprises</translation>
    </message>
    <message>
        <source>Chasing paused</source>
        <translation>Relances suspendues</translation>
    </message>
    <message>
        <source>No promise to pay recorded.</source>
        <translation>Aucune promesse de paiement enregistrée.</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Paiera d'ici au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving the draft failed</source>
        <translation>L'enregistrement du projet a échoué</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: conflict</source>
        <translation>Non enregistré : conflit</translation>
    </message>
    <message>
        <source>Approving failed</source>
        <translation>L'approbation a échoué</translation>
    </message>
    <message>
        <source>Draft approved: it will be sent with the next run.</source>
        <translation>Projet approuvé : il partira avec le prochain envoi.</translation>
    </message>
    <message>
        <source>Approve despite findings</source>
        <translation>Approuver malgré les remarques</translation>
    </message>
    <message>
        <source>This draft has blocking findings. Why may it be sent anyway?</source>
        <translation>Ce projet comporte des remarques bloquantes. Pourquoi peut-il partir malgré tout ?</translation>
    </message>
    <message>
        <source>Not approved: a reason is needed to override blocking findings.</source>
        <translation>Non approuvé : un motif est nécessaire pour passer outre des remarques bloquantes.</translation>
    </message>
    <message>
        <source>Select light-bucket drafts without findings to approve them together.</source>
        <translation>Sélectionnez des projets légers sans remarque pour les approuver ensemble.</translation>
    </message>
    <message numerus="yes">
        <source>%n light draft(s) approved.</source>
        <translation><numerusform>%n projet léger approuvé.</numerusform><numerusform>%n projets légers approuvés.</numerusform></translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Rejeter le projet</translation>
    </message>
    <message>
        <source>Why is this draft rejected?</source>
        <translation>Pourquoi ce projet est-il rejeté ?</translation>
    </message>
    <message>
        <source>Rejecting failed</source>
        <translation>Le rejet a échoué</translation>
    </message>
    <message>
        <source>Draft rejected.</source>
        <translation>Projet rejeté.</translation>
    </message>
    <message>
        <source>Snooze draft</source>
        <translation>Reporter le projet</translation>
    </message>
    <message>
        <source>Bring it back on</source>
        <translation>Le représenter le</translation>
    </message>
    <message>
        <source>Snoozing failed</source>
        <translation>Le report a échoué</translation>
    </message>
    <message>
        <source>Draft snoozed until %1.</source>
        <translation>Projet reporté au %1.</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>Régénérer le projet</translation>
    </message>
    <message>
        <source>Instruction to the model (e.g. "shorter", "mention the meeting of 3 March")</source>
        <translation>Consigne au modèle (p. ex. « plus court », « mentionner le rendez-vous du 3 mars »)</translation>
    </message>
    <message>
        <source>Regenerating failed</source>
        <translation>La régénération a échoué</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation>Marquer comme contesté</translation>
    </message>
    <message>
        <source>What does the client dispute?</source>
        <translation>Que conteste le client ?</translation>
    </message>
    <message>
        <source>Marking disputed failed</source>
        <translation>Le marquage comme contesté a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) marked disputed: they are not chased.</source>
        <translation><numerusform>%n facture marquée comme contestée : elle n'est pas relancée.</numerusform><numerusform>%n factures marquées comme contestées : elles ne sont pas relancées.</numerusform></translation>
    </message>
    <message>
        <source>Recording the promise failed</source>
        <translation>L'enregistrement de la promesse a échoué</translation>
    </message>
    <message>
        <source>Promise recorded: chasing paused until %1.</source>
        <translation>Promesse enregistrée : relances suspendues jusqu'au %1.</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Ne pas relancer</translation>
    </message>
    <message>
        <source>Why should this client not be chased?</source>
        <translation>Pourquoi ce client ne doit-il pas être relancé ?</translation>
    </message>
    <message>
        <source>Setting do-not-chase failed</source>
        <translation>L'arrêt des relances a échoué</translation>
    </message>
    <message>
        <source>This client will not be chased until you lift it.</source>
        <translation>Ce client ne sera plus relancé jusqu'à ce que vous leviez le blocage.</translation>
    </message>
    <message>
        <source>an amount that is not an open amount or total of this reminder</source>
        <translation>un montant qui n'est ni un montant ouvert ni le total de ce rappel</translation>
    </message>
    <message>
        <source>the text does not state the amount due</source>
        <translation>le texte n'indique pas le montant dû</translation>
    </message>
    <message>
        <source>a number that is not a fact of this reminder (days late, deadline, count)</source>
        <translation>un nombre qui ne correspond à aucun fait de ce rappel (jours de retard, délai, nombre)</translation>
    </message>
    <message>
        <source>a date that is not a due date or the payment deadline of this reminder</source>
        <translation>une date qui n'est ni une échéance ni le délai de paiement de ce rappel</translation>
    </message>
    <message>
        <source>an invoice number that is not part of this reminder</source>
        <translation>un numéro de facture qui ne fait pas partie de ce rappel</translation>
    </message>
    <message>
        <source>an invoice of this reminder is not mentioned</source>
        <translation>une facture de ce rappel n'est pas mentionnée</translation>
    </message>
    <message>
        <source>an IBAN that is not the firm's</source>
        <translation>un IBAN qui n'est pas celui de la fiduciaire</translation>
    </message>
    <message>
        <source>a link that is not one of the configured links</source>
        <translation>un lien qui ne fait pas partie des liens configurés</translation>
    </message>
    <message>
        <source>an e-mail address in the text: check that it is the right one</source>
        <translation>une adresse e-mail dans le texte : vérifiez que c'est la bonne</translation>
    </message>
    <message>
        <source>a placeholder was left in the text</source>
        <translation>un espace réservé est resté dans le texte</translation>
    </message>
    <message>
        <source>a percentage that is not part of the reminder policy</source>
        <translation>un pourcentage qui ne fait pas partie de la politique de relance</translation>
    </message>
    <message>
        <source>text copied from the client's messages or the CRM</source>
        <translation>du texte copié des messages du client ou du CRM</translation>
    </message>
    <message>
        <source>names a consequence, which only a serious reminder may do</source>
        <translation>mentionne une conséquence, ce que seul un rappel grave peut faire</translation>
    </message>
    <message>
        <source>offers a payment plan, which the policy does not allow</source>
        <translation>propose un plan de paiement, ce que la politique n'autorise pas</translation>
    </message>
    <message>
        <source>grants a concession (waiver, discount, extension) nobody authorised</source>
        <translation>accorde une concession (remise, rabais, délai) que personne n'a autorisée</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>l'objet est vide</translation>
    </message>
    <message>
        <source>the subject is too long</source>
        <translation>l'objet est trop long</translation>
    </message>
    <message>
        <source>the subject has more than one line</source>
        <translation>l'objet compte plus d'une ligne</translation>
    </message>
    <message>
        <source>the text is too short</source>
        <translation>le texte est trop court</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>le texte est trop long</translation>
    </message>
    <message>
        <source>the text is not in the client's language</source>
        <translation>le texte n'est pas dans la langue du client</translation>
    </message>
    <message>
        <source>no template in the client's language: written in another language</source>
        <translation>aucun modèle dans la langue du client : rédigé dans une autre langue</translation>
    </message>
    <message>
        <source>the model was busy (rate limited): the built-in template wrote this draft</source>
        <translation>le modèle était surchargé (limite de débit) : le modèle de texte intégré a rédigé ce projet</translation>
    </message>
    <message>
        <source>the model could not be reached: the built-in template wrote this draft</source>
        <translation>le modèle était injoignable : le modèle de texte intégré a rédigé ce projet</translation>
    </message>
    <message>
        <source>the model's answer could not be used: the built-in template wrote this draft</source>
        <translation>la réponse du modèle était inutilisable : le modèle de texte intégré a rédigé ce projet</translation>
    </message>
    <message>
        <source>Not approved: this draft has blocking findings. Correct the text, or ask an administrator to approve it despite them.</source>
        <translation>Non approuvé : ce projet a des remarques bloquantes. Corrigez le texte ou demandez à un administrateur de l'approuver malgré elles.</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Régénération…</translation>
    </message>
    <message>
        <source>Regenerating the draft…</source>
        <translation>Régénération du projet…</translation>
    </message>
    <message>
        <source>The draft was regenerated.</source>
        <translation>Le projet a été régénéré.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>%1 a modifié ce projet entre-temps. Votre texte est conservé ici mais n’a pas été enregistré : chargez leur version ou gardez la vôtre.</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile: load their version to see it.</source>
        <translation>%1 a modifié ce projet entre-temps : chargez leur version pour la voir.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>Quelqu’un d’autre a modifié ce projet entre-temps. Votre texte est conservé ici mais n’a pas été enregistré : chargez leur version ou gardez la vôtre.</translation>
    </message>
    <message>
        <source>Reading earlier reminders failed</source>
        <translation>La lecture des rappels précédents a échoué</translation>
    </message>
</context>
<context>
    <name>relance::ui::SettingsView</name>
    <message>
        <source>Accounting API key</source>
        <translation>Clé API de la comptabilité</translation>
    </message>
    <message>
        <source>CRM access token</source>
        <translation>Jeton d'accès CRM</translation>
    </message>
    <message>
        <source>LLM API key</source>
        <translation>Clé API du modèle de langage</translation>
    </message>
    <message>
        <source>Mail sign-in (refresh token)</source>
        <translation>Connexion messagerie (jeton d'actualisation)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Saved in your user settings</source>
        <translation>Enregistré dans vos paramètres d'utilisateur</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Accounting (Sage 50)</source>
        <translation>Comptabilité (Sage 50)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>OData service URL</source>
        <translation>URL du service OData</translation>
    </message>
    <message>
        <source>Entity set</source>
        <translation>Ensemble d'entités</translation>
    </message>
    <message>
        <source>CSV export file</source>
        <translation>Fichier d'export CSV</translation>
    </message>
    <message>
        <source>CRM (Dynamics 365)</source>
        <translation>CRM (Dynamics 365)</translation>
    </message>
    <message>
        <source>Web API URL</source>
        <translation>URL de l'API Web</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d'application (client)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Dossier d'envoi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>vide : %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Send light-bucket reminders without review</source>
        <translation>Envoyer les rappels légers sans relecture</translation>
    </message>
    <message>
        <source>Light up to</source>
        <translation>Léger jusqu'à</translation>
    </message>
    <message>
        <source>Moderate up to</source>
        <translation>Modéré jusqu'à</translation>
    </message>
    <message>
        <source>DSO window</source>
        <translation>Période du DSO</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Monnaie de base</translation>
    </message>
    <message>
        <source>Auto-send cap</source>
        <translation>Plafond d'envoi automatique</translation>
    </message>
    <message>
        <source>Payment IBAN</source>
        <translation>IBAN de paiement</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>enter a new value to replace it</source>
        <translation>saisir une nouvelle valeur pour la remplacer</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>trousseau non disponible</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>storing…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Connected, schema version %1.</source>
        <translation>Connecté, version du schéma %1.</translation>
    </message>
    <message>
        <source>Not saved: the auto-send cap is not an amount in %1.</source>
        <translation>Non enregistré : le plafond d'envoi automatique n'est pas un montant en %1.</translation>
    </message>
    <message>
        <source>Not saved: the moderate bucket must end after the light one.</source>
        <translation>Non enregistré : la classe modérée doit finir après la classe légère.</translation>
    </message>
    <message>
        <source>Settings saved. Aging thresholds apply after a restart.</source>
        <translation>Paramètres enregistrés. Les seuils d'échéance s'appliquent après un redémarrage.</translation>
    </message>
    <message>
        <source>The built-in templates need no connection.</source>
        <translation>Les modèles de texte intégrés n'ont besoin d'aucune connexion.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: the model answered (%1).</source>
        <translation>Connecté : le modèle a répondu (%1).</translation>
    </message>
    <message>
        <source>The outbox folder transport needs no connection.</source>
        <translation>L'envoi par dossier de sortie n'a besoin d'aucune connexion.</translation>
    </message>
    <message>
        <source>no keychain: the mail sign-in cannot be read</source>
        <translation>pas de trousseau : la connexion à la messagerie ne peut pas être lue</translation>
    </message>
    <message>
        <source>Connected: the mail sign-in is valid.</source>
        <translation>Connecté : la connexion à la messagerie est valide.</translation>
    </message>
    <message>
        <source>The demo data set needs no connection.</source>
        <translation>Le jeu de données de démonstration n’a besoin d’aucune connexion.</translation>
    </message>
    <message>
        <source>no export file is set</source>
        <translation>aucun fichier d’export n’est indiqué</translation>
    </message>
    <message numerus="yes">
        <source>Readable: %n open invoice(s) in the export.</source>
        <translation><numerusform>Lisible : %n facture ouverte dans l’export.</numerusform><numerusform>Lisible : %n factures ouvertes dans l’export.</numerusform></translation>
    </message>
    <message>
        <source>Connected: the facade answered.</source>
        <translation>Connecté : la passerelle comptable a répondu.</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>identifiants refusés : %1</translation>
    </message>
    <message>
        <source>No CRM connection is configured (demo history or none).</source>
        <translation>Aucune connexion CRM n’est configurée (historique de démonstration ou aucun).</translation>
    </message>
    <message>
        <source>Only an administrator may change the settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres.</translation>
    </message>
    <message>
        <source>Mail (Microsoft 365)</source>
        <translation>Messagerie (Microsoft 365)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sending and replies</source>
        <translation>Envoi et réponses</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Cadence d’envoi</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>At most this many reminders a minute; Exchange accepts about 30 a minute from one sender.</source>
        <translation>Au plus ce nombre de rappels par minute ; Exchange accepte environ 30 messages par minute d’un même expéditeur.</translation>
    </message>
    <message>
        <source>Accounting data age</source>
        <translation>Âge des données comptables</translation>
    </message>
    <message>
        <source> minutes at most</source>
        <translation> minutes au plus</translation>
    </message>
    <message>
        <source>Right before sending, the accounting data (the last sync, or the source's own answer) must be no older than this; otherwise the reminder waits.</source>
        <translation>Juste avant l’envoi, les données comptables (la dernière synchronisation, ou la réponse de la source elle-même) ne doivent pas être plus anciennes ; sinon le rappel attend.</translation>
    </message>
    <message>
        <source>Pause after a reply</source>
        <translation>Pause après une réponse</translation>
    </message>
    <message>
        <source>When a client answers a reminder, chasing that client pauses this many days and the accountant gets a task.</source>
        <translation>Quand un client répond à un rappel, les relances de ce client sont suspendues pendant ce nombre de jours et le comptable reçoit une tâche.</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Opens the Microsoft 365 sign-in page in your browser</source>
        <translation>Ouvre la page de connexion Microsoft 365 dans votre navigateur</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Removes the saved sign-in from the keychain</source>
        <translation>Supprime la connexion enregistrée du trousseau</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)</source>
        <translation>Connecté (RELANCE_GRAPH_REFRESH_TOKEN est défini)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365; the sign-in is kept in the keychain.</source>
        <translation>Connecté à Microsoft 365 ; la connexion est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.</source>
        <translation>Connecté à Microsoft 365 en tant que %1 ; la connexion est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt; on this computer.</source>
        <translation>Si aucun navigateur ne s’est ouvert, &lt;a href="%1"&gt;ouvrez la page de connexion&lt;/a&gt; sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No browser could be opened: use the link under Sign-in on this computer.</source>
        <translation>Aucun navigateur n’a pu être ouvert : utilisez le lien sous Connexion sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not come back within 10 minutes.</source>
        <translation>Délai de connexion dépassé : le navigateur n’est pas revenu dans les 10 minutes.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed out: the saved sign-in was removed from the keychain.</source>
        <translation>Déconnecté : la connexion enregistrée a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Not saved: only an administrator may change the settings.</source>
        <translation>Non enregistré : seul un administrateur peut modifier les paramètres.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The keychain refused %1</source>
        <translation>Le trousseau a refusé %1</translation>
    </message>
    <message>
        <source>Connected: the CRM answered.</source>
        <translation>Connecté : le CRM a répondu.</translation>
    </message>
    <message>
        <source>Sign in again: the saved sign-in no longer works.</source>
        <translation>Reconnectez-vous : la connexion enregistrée ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Signed in, but the account name was not saved</source>
        <translation>Connecté, mais le nom du compte n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>La connexion a échoué</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft 365 failed</source>
        <translation>La connexion à Microsoft 365 a échoué</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>La déconnexion a échoué</translation>
    </message>
</context>
<context>
    <name>relance::ui::TaskModel</name>
    <message>
        <source>Done</source>
        <extracomment>column header: task finished</extracomment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>column header: who the task is assigned to</extracomment>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>relance::ui::TasksView</name>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>Search task, client or person…</source>
        <translation>Rechercher une tâche, un client ou une personne…</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Afficher les tâches faites</translation>
    </message>
    <message>
        <source>Space marks the selected task done or not done; F2 assigns it.</source>
        <translation>Espace marque la tâche sélectionnée comme faite ou non ; F2 l'attribue.</translation>
    </message>
    <message>
        <source>Updating the task failed</source>
        <translation>La mise à jour de la tâche a échoué</translation>
    </message>
    <message>
        <source>Assigning the task failed</source>
        <translation>L’attribution de la tâche a échoué</translation>
    </message>
</context>
<context>
    <name>relance::ui::ToneExamplesView</name>
    <message>
        <source>Tone examples</source>
        <translation>Exemples de ton</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Preview with</source>
        <extracomment>label: the invoice used to preview the tone example</extracomment>
        <translation>Aperçu avec</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Modifié en dernier par %1 le %2</translation>
    </message>
    <message>
        <source>No example yet for this bucket and language: the model uses its defaults.</source>
        <translation>Pas encore d'exemple pour cette classe et cette langue : le modèle utilise ses valeurs par défaut.</translation>
    </message>
    <message>
        <source>No overdue invoice to preview with.</source>
        <translation>Aucune facture échue pour l'aperçu.</translation>
    </message>
    <message>
        <source>Preview for %1 (%2): the drafting engine writes a new text in this tone.</source>
        <translation>Aperçu pour %1 (%2) : le moteur de rédaction écrit un nouveau texte dans ce ton.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Tone example saved: new drafts use it.</source>
        <translation>Exemple de ton enregistré : les nouveaux projets l'utilisent.</translation>
    </message>
    <message>
        <source>The model imitates these examples for each bucket and language. Placeholders: %1. Figures always come from the ledger.</source>
        <translation>Le modèle imite ces exemples pour chaque classe et chaque langue. Variables : %1. Les montants viennent toujours de la comptabilité.</translation>
    </message>
    <message>
        <source>Only an administrator may change the tone examples.</source>
        <translation>Seul un administrateur peut modifier les exemples de ton.</translation>
    </message>
    <message>
        <source>Saving the tone example failed</source>
        <translation>L’enregistrement de l’exemple de ton a échoué</translation>
    </message>
</context>
</TS>