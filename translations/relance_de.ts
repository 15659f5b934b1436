<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>ErrorText</name>
    <message>
        <source>The value for %1 cannot be used.</source>
        <translation>Der Wert für %1 ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>A value given cannot be used.</source>
        <translation>Ein angegebener Wert ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation>%1 hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The data is not in the expected format.</source>
        <translation>Die Daten haben nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The setting %1 is not valid.</source>
        <translation>Die Einstellung %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The configuration is not valid.</source>
        <translation>Die Konfiguration ist ungültig.</translation>
    </message>
    <message>
        <source>The database operation failed (%1).</source>
        <translation>Der Datenbankvorgang ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The database operation failed.</source>
        <translation>Der Datenbankvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Another program is using the database; try again in a moment.</source>
        <translation>Ein anderes Programm verwendet die Datenbank; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a Relance database.</source>
        <translation>%1 ist keine Relance-Datenbank.</translation>
    </message>
    <message>
        <source>The file is not a Relance database.</source>
        <translation>Die Datei ist keine Relance-Datenbank.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Relance; update this workstation.</source>
        <translation>Die Datenbank wurde von einer neueren Relance-Version geschrieben; aktualisieren Sie diesen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The address %1 is not supported.</source>
        <translation>Die Adresse %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This kind of address is not supported.</source>
        <translation>Diese Art von Adresse wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>What was asked for was not found.</source>
        <translation>Das Gesuchte wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The credentials were refused (HTTP %1).</source>
        <translation>Die Zugangsdaten wurden abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the credentials, or none are stored.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt, oder es sind keine gespeichert.</translation>
    </message>
    <message>
        <source>The credentials were refused, or none are stored.</source>
        <translation>Die Zugangsdaten wurden abgelehnt, oder es sind keine gespeichert.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>%1 ist ausgelastet und bittet zu warten; die Arbeit bleibt für den nächsten Lauf vorgemerkt.</translation>
    </message>
    <message>
        <source>The server is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>Der Server ist ausgelastet und bittet zu warten; die Arbeit bleibt für den nächsten Lauf vorgemerkt.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; nothing was overwritten.</source>
        <translation>Jemand anders hat dies inzwischen geändert; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written.</source>
        <translation>Die Datei %1 konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>"&lt;what failed&gt;: &lt;why&gt;", e.g. "The sync failed: example.ch did not answer in time."</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not yet due</source>
        <extracomment>aging bucket: invoices not yet due</extracomment>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>aging bucket: 1 to 15 days late</extracomment>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <extracomment>aging bucket: 16 to 45 days late</extracomment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Serious</source>
        <extracomment>aging bucket: over 45 days late</extracomment>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Light (1-15 days)</source>
        <translation>Leicht (1–15 Tage)</translation>
    </message>
    <message>
        <source>Moderate (16-45 days)</source>
        <translation>Mittel (16–45 Tage)</translation>
    </message>
    <message>
        <source>Serious (over 45 days)</source>
        <translation>Schwer (über 45 Tage)</translation>
    </message>
    <message>
        <source>Drafted</source>
        <extracomment>state of a reminder draft</extracomment>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Lohnbuchhaltung</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Promise to pay</source>
        <translation>Zahlungsversprechen</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Zahlt bis</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The amount is not a valid amount in %1.</source>
        <translation>Der Betrag ist kein gültiger Betrag in %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The configuration %1 could not be read: %2. Defaults are used.</source>
        <translation>Die Konfiguration %1 konnte nicht gelesen werden: %2. Es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1. Defaults are used.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1. Es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>Die Demodaten konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The database could not be opened (%1): %2. The window shows an empty database.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden (%1): %2. Das Fenster zeigt eine leere Datenbank.</translation>
    </message>
    <message>
        <source>--role applies to the demo only: roles are kept in the database (relance-cli users). It was ignored.</source>
        <translation>--role gilt nur für die Demo: Rollen werden in der Datenbank geführt (relance-cli users). Die Option wurde ignoriert.</translation>
    </message>
    <message>
        <source>The demo role could not be set: %1</source>
        <translation>Die Demorolle konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Your role could not be read: %1</source>
        <translation>Ihre Rolle konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your account %1 has no role in this database: you can read, but not change anything. Ask an administrator to add you (relance-cli users add %1 --role reviewer).</source>
        <translation>Ihr Konto %1 hat in dieser Datenbank keine Rolle: Sie können lesen, aber nichts ändern. Bitten Sie einen Administrator, Sie hinzuzufügen (relance-cli users add %1 --role reviewer).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientModel</name>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Nicht mahnen</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: customer number in the accounting system</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <extracomment>column header: days late of the oldest open invoice</extracomment>
        <translation>Älteste (Tage)</translation>
    </message>
    <message>
        <source>Chasing</source>
        <extracomment>column header: whether the client may be sent reminders</extracomment>
        <translation>Mahnwesen</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search name, number or accountant…</source>
        <translation>Name, Nummer oder Sachbearbeiter suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n Kunde</numerusform><numerusform>%n Kunden</numerusform></translation>
    </message>
    <message>
        <source>← All clients</source>
        <translation>← Alle Kunden</translation>
    </message>
    <message>
        <source>Show drafts</source>
        <translation>Entwürfe anzeigen</translation>
    </message>
    <message>
        <source>Chasing paused until %1</source>
        <translation>Mahnwesen pausiert bis %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Nicht mahnen</translation>
    </message>
    <message>
        <source>Chased normally</source>
        <translation>Normal gemahnt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Reminders to:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Language:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandate:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Accountant:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Chasing:&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Kontakt:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Mahnungen an:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Sprache:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandat:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Sachbearbeiter:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Mahnwesen:&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; no paid invoice yet.</source>
        <translation>&lt;b&gt;Zahlungsverhalten:&lt;/b&gt; noch keine bezahlte Rechnung.</translation>
    </message>
    <message>
        <source>paying %1 days later than before</source>
        <translation>zahlt %1 Tage später als früher</translation>
    </message>
    <message>
        <source>paying %1 days earlier than before</source>
        <translation>zahlt %1 Tage früher als früher</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; %n invoice(s) paid, on average %1 days after the invoice date and %2 days after the due date; recent trend: %3</source>
        <translation><numerusform>&lt;b&gt;Zahlungsverhalten:&lt;/b&gt; %n Rechnung bezahlt, im Schnitt %1 Tage nach Rechnungsdatum und %2 Tage nach Fälligkeit; Trend: %3</numerusform><numerusform>&lt;b&gt;Zahlungsverhalten:&lt;/b&gt; %n Rechnungen bezahlt, im Schnitt %1 Tage nach Rechnungsdatum und %2 Tage nach Fälligkeit; Trend: %3</numerusform></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Zahlungsversprechen</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>Kein CRM-Verlauf für diesen Kunden.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left or Backspace)</source>
        <translation>Zurück zur Liste (Alt+Links oder Rücktaste)</translation>
    </message>
    <message>
        <source>Reading the client failed</source>
        <translation>Das Lesen des Kunden ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the payment history failed</source>
        <translation>Das Lesen des Zahlungsverlaufs ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>relance::ui::DashboardView</name>
    <message>
        <source>Accounts receivable</source>
        <translation>Debitoren</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Offene Forderungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>DSO (countback)</source>
        <extracomment>DSO: days sales outstanding</extracomment>
        <translation>DSO (Countback)</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>Wartende Entwürfe</translation>
    </message>
    <message>
        <source>Sent this week</source>
        <translation>Diese Woche gesendet</translation>
    </message>
    <message>
        <source>Replies waiting</source>
        <translation>Offene Antworten</translation>
    </message>
    <message>
        <source>Open amount by aging bucket</source>
        <translation>Offener Betrag nach Altersklasse</translation>
    </message>
    <message>
        <source>Show these invoices</source>
        <translation>Diese Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>DSO trend (countback, 12 months)</source>
        <translation>DSO-Verlauf (Countback, 12 Monate)</translation>
    </message>
    <message>
        <source>Top overdue clients</source>
        <translation>Grösste überfällige Kunden</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Älteste (Tage)</translation>
    </message>
    <message>
        <source>Paying later than before</source>
        <translation>Zahlen später als früher</translation>
    </message>
    <message>
        <source>Clients whose average delay in the last 90 days grew by 5 days or more: an early sign of difficulty.</source>
        <translation>Kunden, deren durchschnittlicher Verzug in den letzten 90 Tagen um 5 Tage oder mehr gestiegen ist: ein frühes Warnzeichen.</translation>
    </message>
    <message>
        <source>Recent delay (days)</source>
        <translation>Aktueller Verzug (Tage)</translation>
    </message>
    <message>
        <source>Change (days)</source>
        <translation>Veränderung (Tage)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n Rechnung</numerusform><numerusform>%n Rechnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation><numerusform>%n offene Rechnung</numerusform><numerusform>%n offene Rechnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of open, %n invoice(s)</source>
        <translation><numerusform>%1 % des Offenen, %n Rechnung</numerusform><numerusform>%1 % des Offenen, %n Rechnungen</numerusform></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>simple: %1 days, window %2 days</source>
        <translation>einfach: %1 Tage, Zeitraum %2 Tage</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>since Monday</source>
        <translation>seit Montag</translation>
    </message>
    <message>
        <source>open follow-ups</source>
        <translation>offene Nachfassaufgaben</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open invoices yet.&lt;/b&gt; Run a sync from the accounting system (or start with --demo) to see the aging of your receivables.</source>
        <translation>&lt;b&gt;Noch keine offenen Rechnungen.&lt;/b&gt; Starten Sie eine Synchronisation mit der Buchhaltung (oder starten Sie mit --demo), um die Altersstruktur Ihrer Debitoren zu sehen.</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <extracomment>chart axis: amounts in thousands of the currency, e.g. "CHF thousands"</extracomment>
        <translation>Tausend %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceModel</name>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>column header: amount still open</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>column header: invoice number</extracomment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>column header: invoice date</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>column header: due date</extracomment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoicesView</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Search invoice or client…</source>
        <translation>Rechnung oder Kunde suchen…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n Rechnung</numerusform><numerusform>%n Rechnungen</numerusform></translation>
    </message>
    <message>
        <source>Client: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kunde: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>relance::ui::MainWindow</name>
    <message>
        <source>Relance – accounts receivable</source>
        <translation>Relance – Debitoren</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>navigation: the queue of reminder drafts to review</extracomment>
        <translation>Mahnentwürfe</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tone examples</source>
        <translation>Tonbeispiele</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Worker idle</source>
        <translation>Hintergrunddienst bereit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous draft</source>
        <translation>Vorheriger Entwurf</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next draft</source>
        <translation>Nächster Entwurf</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve and go to the next draft</source>
        <translation>Freigeben und zum nächsten Entwurf</translation>
    </message>
    <message>
        <source>Approve light</source>
        <translation>Leichte freigeben</translation>
    </message>
    <message>
        <source>Approve the selected light drafts without findings</source>
        <translation>Ausgewählte leichte Entwürfe ohne Befund freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze until a date</source>
        <translation>Bis zu einem Datum zurückstellen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Regenerate with an instruction to the model</source>
        <translation>Mit einer Anweisung an das Modell neu erstellen</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Mark the client's open invoices disputed</source>
        <translation>Offene Rechnungen des Kunden als bestritten markieren</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Record a promise to pay</source>
        <translation>Zahlungsversprechen erfassen</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Nicht mahnen</translation>
    </message>
    <message>
        <source>Stop chasing this client</source>
        <translation>Diesen Kunden nicht mehr mahnen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to review</source>
        <translation><numerusform>%n Entwurf zu prüfen</numerusform><numerusform>%n Entwürfe zu prüfen</numerusform></translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisation %1</translation>
    </message>
    <message>
        <source>Drafting reminders… %1 of %2</source>
        <translation>Mahnungen werden verfasst… %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) written and waiting for review.</source>
        <translation><numerusform>%n Entwurf verfasst, wartet auf Prüfung.</numerusform><numerusform>%n Entwürfe verfasst, warten auf Prüfung.</numerusform></translation>
    </message>
    <message>
        <source>Sync done: %1 invoice(s) read, %2 new, %3 changed, %4 paid.</source>
        <translation>Synchronisierung abgeschlossen: %1 Rechnung(en) gelesen, %2 neu, %3 geändert, %4 bezahlt.</translation>
    </message>
    <message>
        <source>Next sync %1</source>
        <translation>Nächste Synchronisierung %1</translation>
    </message>
    <message>
        <source>Nothing to sync: the accounting source is the demo data set ([accounting] source=demo).</source>
        <translation>Nichts zu synchronisieren: Die Buchhaltungsquelle sind die Demodaten ([accounting] source=demo).</translation>
    </message>
    <message>
        <source>No sync worker is running in this window.</source>
        <translation>In diesem Fenster läuft kein Synchronisierungsdienst.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Drafting reminders…</source>
        <translation>Mahnungen werden verfasst…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Read the open invoices and the CRM history now (%1)</source>
        <translation>Offene Rechnungen und CRM-Verlauf jetzt lesen (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox (%1, ⚠ %2)</source>
        <extracomment>navigation, kept short (180 px): %1 waiting to go out, %2 needing a person (flagged or failed)</extracomment>
        <translation>Ausgang (%1, ⚠ %2)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>%1 waiting, %2 being sent, %3 to check (sent or not?), %4 failed, %5 sent</source>
        <translation>%1 wartend, %2 werden gesendet, %3 zu prüfen (gesendet oder nicht?), %4 fehlgeschlagen, %5 gesendet</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Die Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The worker could not open the database</source>
        <translation>Der Hintergrundprozess konnte die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Syncing the open invoices…</source>
        <translation>Offene Rechnungen werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing the CRM history…</source>
        <translation>CRM-Verlauf wird synchronisiert…</translation>
    </message>
    <message>
        <source>Sync: nothing read from the accounting.</source>
        <translation>Synchronisation: nichts aus der Buchhaltung gelesen.</translation>
    </message>
    <message>
        <source>The sync failed</source>
        <translation>Die Synchronisation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file %1 was not imported</source>
        <translation>Die Datei %1 wurde nicht importiert</translation>
    </message>
    <message>
        <source>No worker is running in this window: nothing was drafted.</source>
        <translation>In diesem Fenster läuft kein Hintergrundprozess: nichts wurde entworfen.</translation>
    </message>
    <message>
        <source>Drafting stopped</source>
        <translation>Das Entwerfen wurde abgebrochen</translation>
    </message>
    <message>
        <source>The data could not be read</source>
        <translation>Die Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The counts could not be read</source>
        <translation>Die Anzahlen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>relance::ui::NotificationArea</name>
    <message>
        <source>Dismiss</source>
        <extracomment>tooltip of the close button of a notification</extracomment>
        <translation>Schliessen</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>outbox: approved, waiting for the sender</extracomment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder went out</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>To check: sent or not?</source>
        <extracomment>outbox: the sender could not tell whether the mail went out; a person must check</extracomment>
        <translation>Zu prüfen: gesendet oder nicht?</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder could not be sent</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>outbox column: approved at, sent at or last attempt, depending on the status</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason or message id</source>
        <translation>Grund / Nachrichten-ID</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Braucht eine Person</translation>
    </message>
    <message>
        <source>Waiting or being sent</source>
        <translation>Wartend oder wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox filter</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Sie wurde gesendet</translation>
    </message>
    <message>
        <source>You found it in the mailbox's Sent Items, or the client has it: record it as sent</source>
        <translation>Sie haben sie in den gesendeten Elementen des Postfachs gefunden, oder der Kunde hat sie erhalten: als gesendet erfassen</translation>
    </message>
    <message>
        <source>It was not sent: send again</source>
        <translation>Sie wurde nicht gesendet: erneut senden</translation>
    </message>
    <message>
        <source>You are sure it did not go out: it goes back to the outbox and is sent with the next run</source>
        <translation>Sie sind sicher, dass sie nicht versandt wurde: sie kommt zurück in den Postausgang und geht mit dem nächsten Versand hinaus</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n wartend</numerusform><numerusform>%n wartend</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation><numerusform>%n wird gesendet</numerusform><numerusform>%n werden gesendet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation><numerusform>%n gesendet</numerusform><numerusform>%n gesendet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation><numerusform>%n zu prüfen</numerusform><numerusform>%n zu prüfen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <source>The outbox is empty: approved reminders appear here until they are sent.</source>
        <translation>Der Postausgang ist leer: freigegebene Zahlungserinnerungen erscheinen hier, bis sie gesendet sind.</translation>
    </message>
    <message>
        <source>Select a reminder to see the details.</source>
        <translation>Wählen Sie eine Zahlungserinnerung, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Approved %1 by %2; it goes out with the next send run, after a last check against the accounting data.</source>
        <translation>Freigegeben am %1 von %2; sie geht mit dem nächsten Versand hinaus, nach einer letzten Prüfung gegen die Buchhaltungsdaten.</translation>
    </message>
    <message>
        <source>Being sent since %1. If the sender stopped, the next run looks it up in the mailbox before doing anything.</source>
        <translation>Wird seit %1 gesendet. Falls der Versand abbrach, sucht der nächste Lauf sie zuerst im Postfach.</translation>
    </message>
    <message>
        <source>Sent %1 to %2. Message id: %3</source>
        <translation>Gesendet am %1 an %2. Nachrichten-ID: %3</translation>
    </message>
    <message>
        <source>The sender could not tell whether Microsoft 365 delivered this reminder (%1). Look for it in the mailbox's Sent Items or ask the client, then decide. Sending it again without checking may send it twice.</source>
        <translation>Der Versand konnte nicht feststellen, ob Microsoft 365 diese Zahlungserinnerung zugestellt hat (%1). Suchen Sie sie in den gesendeten Elementen des Postfachs oder fragen Sie den Kunden, und entscheiden Sie dann. Erneutes Senden ohne Prüfung kann sie doppelt versenden.</translation>
    </message>
    <message>
        <source>Not sent: %1. Correct the cause (for example the client's e-mail address), then draft the reminder again.</source>
        <translation>Nicht gesendet: %1. Beheben Sie die Ursache (zum Beispiel die E-Mail-Adresse des Kunden) und erstellen Sie die Zahlungserinnerung neu.</translation>
    </message>
    <message>
        <source>Where did you confirm it was sent? (kept in the audit log)</source>
        <translation>Wo haben Sie festgestellt, dass sie gesendet wurde? (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>How do you know it was not sent? (kept in the audit log)</source>
        <translation>Woher wissen Sie, dass sie nicht gesendet wurde? (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>Als gesendet erfasst.</translation>
    </message>
    <message>
        <source>Back in the outbox: it is sent again with the next run.</source>
        <translation>Zurück im Postausgang: sie wird mit dem nächsten Versand erneut gesendet.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Sends the approved reminders now, at the configured pace, after a last check against the accounting data (otherwise they go out with the next scheduled run)</source>
        <translation>Sendet die freigegebenen Mahnungen jetzt, im eingestellten Takt, nach einer letzten Prüfung gegen die Buchhaltung (sonst gehen sie mit dem nächsten geplanten Lauf hinaus)</translation>
    </message>
    <message>
        <source>Nothing was sent: you have no role in this database.</source>
        <translation>Nichts wurde gesendet: Sie haben in dieser Datenbank keine Rolle.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending the approved reminders at the configured pace (%n a minute)…</source>
        <translation><numerusform>Die freigegebenen Mahnungen werden im eingestellten Takt gesendet (%n pro Minute)…</numerusform><numerusform>Die freigegebenen Mahnungen werden im eingestellten Takt gesendet (%n pro Minute)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n back to review or cancelled (paid, replied or changed)</source>
        <translation><numerusform>%n zurück zur Prüfung oder storniert (bezahlt, beantwortet oder geändert)</numerusform><numerusform>%n zurück zur Prüfung oder storniert (bezahlt, beantwortet oder geändert)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation><numerusform>%n wartet noch</numerusform><numerusform>%n warten noch</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check by a person</source>
        <translation><numerusform>%n von einer Person zu prüfen</numerusform><numerusform>%n von einer Person zu prüfen</numerusform></translation>
    </message>
    <message>
        <source>Send run finished: %1.</source>
        <translation>Versandlauf beendet: %1.</translation>
    </message>
    <message>
        <source>Sign in again to Microsoft 365 in Settings.</source>
        <translation>Melden Sie sich in den Einstellungen erneut bei Microsoft 365 an.</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n done</source>
        <extracomment>the Send now button while a send run goes on: %n reminders dealt with so far</extracomment>
        <translation><numerusform>Wird gesendet… %n erledigt</numerusform><numerusform>Wird gesendet… %n erledigt</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: this window has no worker to send with.</source>
        <translation>Nichts wurde gesendet: dieses Fenster hat keinen Hintergrundprozess für den Versand.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nichts wurde gesendet</translation>
    </message>
    <message>
        <source>The run stopped before the outbox was empty; what waits stays waiting for the next run.</source>
        <extracomment>after "Send run finished: …": the sender's own reason (English, technical) is in the banner's tooltip</extracomment>
        <translation>Der Lauf hat angehalten, bevor der Postausgang leer war; was wartet, bleibt für den nächsten Lauf vorgemerkt.</translation>
    </message>
    <message>
        <source>The outbox could not be read</source>
        <translation>Der Postausgang konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing was changed: the reminder changed meanwhile. The outbox is shown as it is now.</source>
        <translation>Nichts wurde geändert: die Mahnung hat sich inzwischen geändert. Der Postausgang wird im jetzigen Stand angezeigt.</translation>
    </message>
    <message>
        <source>The decision could not be saved</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <comment>findings</comment>
        <translation><numerusform>%n blockierend</numerusform><numerusform>%n blockierend</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>findings</comment>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s): %1</source>
        <translation><numerusform>%n Rechnung: %1</numerusform><numerusform>%n Rechnungen: %1</numerusform></translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Bucket</source>
        <extracomment>column header: aging bucket</extracomment>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Lang.</source>
        <extracomment>column header: language of the reminder</extracomment>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <extracomment>column header: problems the validator found in the draft</extracomment>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueView</name>
    <message>
        <source>Reminder drafts</source>
        <translation>Mahnentwürfe</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Deren Fassung laden</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Meinen Text behalten</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>label of the e-mail subject field</extracomment>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>CRM history</source>
        <extracomment>tab: the client's CRM history (calls, e-mails, meetings)</extracomment>
        <translation>CRM-Verlauf</translation>
    </message>
    <message>
        <source>Reminders and replies</source>
        <translation>Mahnungen und Antworten</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Zahlungsversprechen</translation>
    </message>
    <message>
        <source>Reloading the draft failed</source>
        <translation>Neu laden des Entwurfs fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation><numerusform>%n Entwurf</numerusform><numerusform>%n Entwürfe</numerusform></translation>
    </message>
    <message>
        <source>Search client or invoice…</source>
        <translation>Kunde oder Rechnung suchen…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No drafts to review.&lt;/b&gt; Drafts appear here after a sync and a drafting run.</source>
        <translation>&lt;b&gt;Keine Entwürfe zu prüfen.&lt;/b&gt; Entwürfe erscheinen hier nach einer Synchronisation und einem Entwurfslauf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No draft selected.&lt;/b&gt; Use Alt+Down to go to the next draft.</source>
        <translation>&lt;b&gt;Kein Entwurf ausgewählt.&lt;/b&gt; Mit Alt+Pfeil nach unten zum nächsten Entwurf.</translation>
    </message>
    <message>
        <source>Reading the draft failed</source>
        <translation>Lesen des Entwurfs fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blockierend: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No findings: the figures, IBAN and links match the ledger.</source>
        <translation>Keine Befunde: Beträge, IBAN und Links stimmen mit der Buchhaltung überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>Version %1, zuletzt geändert von %2 am %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Reading the CRM history failed</source>
        <translation>Lesen des CRM-Verlaufs fehlgeschlagen</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>Kein CRM-Verlauf für diesen Kunden.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No earlier reminders or replies.</source>
        <translation>Keine früheren Mahnungen oder Antworten.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Broken: chasing resumed</source>
        <translation>Nicht eingehalten: Mahnwesen wieder aktiv</translation>
    </message>
    <message>
        <source>Chasing paused</source>
        <translation>Mahnwesen pausiert</translation>
    </message>
    <message>
        <source>No promise to pay recorded.</source>
        <translation>Kein Zahlungsversprechen erfasst.</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Zahlt bis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving the draft failed</source>
        <translation>Speichern des Entwurfs fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved: conflict</source>
        <translation>Nicht gespeichert: Konflikt</translation>
    </message>
    <message>
        <source>Approving failed</source>
        <translation>Freigabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft approved: it will be sent with the next run.</source>
        <translation>Entwurf freigegeben: Er wird mit dem nächsten Lauf versendet.</translation>
    </message>
    <message>
        <source>Approve despite findings</source>
        <translation>Trotz Befunden freigeben</translation>
    </message>
    <message>
        <source>This draft has blocking findings. Why may it be sent anyway?</source>
        <translation>Dieser Entwurf hat blockierende Befunde. Weshalb darf er trotzdem versendet werden?</translation>
    </message>
    <message>
        <source>Not approved: a reason is needed to override blocking findings.</source>
        <translation>Nicht freigegeben: Um blockierende Befunde zu übergehen, braucht es eine Begründung.</translation>
    </message>
    <message>
        <source>Select light-bucket drafts without findings to approve them together.</source>
        <translation>Wählen Sie leichte Entwürfe ohne Befund, um sie gemeinsam freizugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n light draft(s) approved.</source>
        <translation><numerusform>%n leichter Entwurf freigegeben.</numerusform><numerusform>%n leichte Entwürfe freigegeben.</numerusform></translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Entwurf ablehnen</translation>
    </message>
    <message>
        <source>Why is this draft rejected?</source>
        <translation>Weshalb wird dieser Entwurf abgelehnt?</translation>
    </message>
    <message>
        <source>Rejecting failed</source>
        <translation>Ablehnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft rejected.</source>
        <translation>Entwurf abgelehnt.</translation>
    </message>
    <message>
        <source>Snooze draft</source>
        <translation>Entwurf zurückstellen</translation>
    </message>
    <message>
        <source>Bring it back on</source>
        <translation>Wieder vorlegen am</translation>
    </message>
    <message>
        <source>Snoozing failed</source>
        <translation>Zurückstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft snoozed until %1.</source>
        <translation>Entwurf zurückgestellt bis %1.</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>Entwurf neu erstellen</translation>
    </message>
    <message>
        <source>Instruction to the model (e.g. "shorter", "mention the meeting of 3 March")</source>
        <translation>Anweisung an das Modell (z. B. «kürzer», «Besprechung vom 3. März erwähnen»)</translation>
    </message>
    <message>
        <source>Regenerating failed</source>
        <translation>Neu erstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation>Als bestritten markieren</translation>
    </message>
    <message>
        <source>What does the client dispute?</source>
        <translation>Was bestreitet der Kunde?</translation>
    </message>
    <message>
        <source>Marking disputed failed</source>
        <translation>Markieren als bestritten fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) marked disputed: they are not chased.</source>
        <translation><numerusform>%n Rechnung als bestritten markiert: Sie wird nicht gemahnt.</numerusform><numerusform>%n Rechnungen als bestritten markiert: Sie werden nicht gemahnt.</numerusform></translation>
    </message>
    <message>
        <source>Recording the promise failed</source>
        <translation>Erfassen des Zahlungsversprechens fehlgeschlagen</translation>
    </message>
    <message>
        <source>Promise recorded: chasing paused until %1.</source>
        <translation>Zahlungsversprechen erfasst: Mahnwesen pausiert bis %1.</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Nicht mahnen</translation>
    </message>
    <message>
        <source>Why should this client not be chased?</source>
        <translation>Weshalb soll dieser Kunde nicht gemahnt werden?</translation>
    </message>
    <message>
        <source>Setting do-not-chase failed</source>
        <translation>Mahnsperre setzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>This client will not be chased until you lift it.</source>
        <translation>Dieser Kunde wird nicht gemahnt, bis Sie die Sperre aufheben.</translation>
    </message>
    <message>
        <source>an amount that is not an open amount or total of this reminder</source>
        <translation>ein Betrag, der weder ein offener Betrag noch das Total dieser Mahnung ist</translation>
    </message>
    <message>
        <source>the text does not state the amount due</source>
        <translation>der Text nennt den geschuldeten Betrag nicht</translation>
    </message>
    <message>
        <source>a number that is not a fact of this reminder (days late, deadline, count)</source>
        <translation>eine Zahl, die keine Angabe dieser Mahnung ist (Verzugstage, Frist, Anzahl)</translation>
    </message>
    <message>
        <source>a date that is not a due date or the payment deadline of this reminder</source>
        <translation>ein Datum, das weder eine Fälligkeit noch die Zahlungsfrist dieser Mahnung ist</translation>
    </message>
    <message>
        <source>an invoice number that is not part of this reminder</source>
        <translation>eine Rechnungsnummer, die nicht zu dieser Mahnung gehört</translation>
    </message>
    <message>
        <source>an invoice of this reminder is not mentioned</source>
        <translation>eine Rechnung dieser Mahnung wird nicht erwähnt</translation>
    </message>
    <message>
        <source>an IBAN that is not the firm's</source>
        <translation>eine IBAN, die nicht die der Firma ist</translation>
    </message>
    <message>
        <source>a link that is not one of the configured links</source>
        <translation>ein Link, der keiner der konfigurierten Links ist</translation>
    </message>
    <message>
        <source>an e-mail address in the text: check that it is the right one</source>
        <translation>eine E-Mail-Adresse im Text: prüfen Sie, ob sie stimmt</translation>
    </message>
    <message>
        <source>a placeholder was left in the text</source>
        <translation>ein Platzhalter ist im Text stehen geblieben</translation>
    </message>
    <message>
        <source>a percentage that is not part of the reminder policy</source>
        <translation>ein Prozentsatz, der nicht zu den Mahnregeln gehört</translation>
    </message>
    <message>
        <source>text copied from the client's messages or the CRM</source>
        <translation>aus Nachrichten des Kunden oder dem CRM kopierter Text</translation>
    </message>
    <message>
        <source>names a consequence, which only a serious reminder may do</source>
        <translation>nennt eine Konsequenz, was nur eine schwere Mahnung darf</translation>
    </message>
    <message>
        <source>offers a payment plan, which the policy does not allow</source>
        <translation>bietet einen Zahlungsplan an, was die Regeln nicht erlauben</translation>
    </message>
    <message>
        <source>grants a concession (waiver, discount, extension) nobody authorised</source>
        <translation>gewährt ein Entgegenkommen (Erlass, Rabatt, Aufschub), das niemand bewilligt hat</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>der Betreff ist leer</translation>
    </message>
    <message>
        <source>the subject is too long</source>
        <translation>der Betreff ist zu lang</translation>
    </message>
    <message>
        <source>the subject has more than one line</source>
        <translation>der Betreff hat mehr als eine Zeile</translation>
    </message>
    <message>
        <source>the text is too short</source>
        <translation>der Text ist zu kurz</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>der Text ist zu lang</translation>
    </message>
    <message>
        <source>the text is not in the client's language</source>
        <translation>der Text ist nicht in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>no template in the client's language: written in another language</source>
        <translation>keine Vorlage in der Sprache des Kunden: in einer anderen Sprache verfasst</translation>
    </message>
    <message>
        <source>the model was busy (rate limited): the built-in template wrote this draft</source>
        <translation>das Modell war ausgelastet (Ratenlimit): die eingebaute Vorlage hat diesen Entwurf verfasst</translation>
    </message>
    <message>
        <source>the model could not be reached: the built-in template wrote this draft</source>
        <translation>das Modell war nicht erreichbar: die eingebaute Vorlage hat diesen Entwurf verfasst</translation>
    </message>
    <message>
        <source>the model's answer could not be used: the built-in template wrote this draft</source>
        <translation>die Antwort des Modells war unbrauchbar: die eingebaute Vorlage hat diesen Entwurf verfasst</translation>
    </message>
    <message>
        <source>Not approved: this draft has blocking findings. Correct the text, or ask an administrator to approve it despite them.</source>
        <translation>Nicht freigegeben: Dieser Entwurf hat blockierende Befunde. Korrigieren Sie den Text oder bitten Sie einen Administrator, ihn trotzdem freizugeben.</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Wird neu erstellt…</translation>
    </message>
    <message>
        <source>Regenerating the draft…</source>
        <translation>Der Entwurf wird neu erstellt…</translation>
    </message>
    <message>
        <source>The draft was regenerated.</source>
        <translation>Der Entwurf wurde neu erstellt.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anders</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>%1 hat diesen Entwurf inzwischen geändert. Ihr Text bleibt hier erhalten und wurde nicht gespeichert: Laden Sie dessen Fassung oder behalten Sie Ihre.</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile: load their version to see it.</source>
        <translation>%1 hat diesen Entwurf inzwischen geändert: Laden Sie dessen Fassung, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>Jemand anders hat diesen Entwurf inzwischen geändert. Ihr Text bleibt hier erhalten und wurde nicht gespeichert: Laden Sie dessen Fassung oder behalten Sie Ihre.</translation>
    </message>
    <message>
        <source>Reading earlier reminders failed</source>
        <translation>Das Lesen früherer Mahnungen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>relance::ui::SettingsView</name>
    <message>
        <source>Accounting API key</source>
        <translation>API-Schlüssel der Buchhaltung</translation>
    </message>
    <message>
        <source>CRM access token</source>
        <translation>CRM-Zugriffstoken</translation>
    </message>
    <message>
        <source>LLM API key</source>
        <translation>API-Schlüssel des Sprachmodells</translation>
    </message>
    <message>
        <source>Mail sign-in (refresh token)</source>
        <translation>Mail-Anmeldung (Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved in your user settings</source>
        <translation>In Ihren Benutzereinstellungen gespeichert</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Accounting (Sage 50)</source>
        <translation>Buchhaltung (Sage 50)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>OData service URL</source>
        <translation>URL des OData-Dienstes</translation>
    </message>
    <message>
        <source>Entity set</source>
        <translation>Entitätsmenge</translation>
    </message>
    <message>
        <source>CSV export file</source>
        <translation>CSV-Exportdatei</translation>
    </message>
    <message>
        <source>CRM (Dynamics 365)</source>
        <translation>CRM (Dynamics 365)</translation>
    </message>
    <message>
        <source>Web API URL</source>
        <translation>URL der Web-API</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Ausgangsordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>leer: %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Send light-bucket reminders without review</source>
        <translation>Leichte Zahlungserinnerungen ohne Prüfung senden</translation>
    </message>
    <message>
        <source>Light up to</source>
        <translation>Leicht bis</translation>
    </message>
    <message>
        <source>Moderate up to</source>
        <translation>Mittel bis</translation>
    </message>
    <message>
        <source>DSO window</source>
        <translation>DSO-Zeitraum</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basiswährung</translation>
    </message>
    <message>
        <source>Auto-send cap</source>
        <translation>Obergrenze für automatischen Versand</translation>
    </message>
    <message>
        <source>Payment IBAN</source>
        <translation>Zahlungs-IBAN</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>enter a new value to replace it</source>
        <translation>neuen Wert eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht erreichbar</translation>
    </message>
    <message>
        <source>storing…</source>
        <translation>wird gespeichert…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected, schema version %1.</source>
        <translation>Verbunden, Schemaversion %1.</translation>
    </message>
    <message>
        <source>Not saved: the auto-send cap is not an amount in %1.</source>
        <translation>Nicht gespeichert: Die Obergrenze ist kein Betrag in %1.</translation>
    </message>
    <message>
        <source>Not saved: the moderate bucket must end after the light one.</source>
        <translation>Nicht gespeichert: Die mittlere Klasse muss nach der leichten enden.</translation>
    </message>
    <message>
        <source>Settings saved. Aging thresholds apply after a restart.</source>
        <translation>Einstellungen gespeichert. Die Altersgrenzen gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>The built-in templates need no connection.</source>
        <translation>Die eingebauten Vorlagen brauchen keine Verbindung.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected: the model answered (%1).</source>
        <translation>Verbunden: das Modell hat geantwortet (%1).</translation>
    </message>
    <message>
        <source>The outbox folder transport needs no connection.</source>
        <translation>Der Versand über den Ausgangsordner braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>no keychain: the mail sign-in cannot be read</source>
        <translation>kein Schlüsselbund: die Mail-Anmeldung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Connected: the mail sign-in is valid.</source>
        <translation>Verbunden: die Mail-Anmeldung ist gültig.</translation>
    </message>
    <message>
        <source>The demo data set needs no connection.</source>
        <translation>Der Demodatensatz braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>no export file is set</source>
        <translation>keine Exportdatei angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Readable: %n open invoice(s) in the export.</source>
        <translation><numerusform>Lesbar: %n offene Rechnung im Export.</numerusform><numerusform>Lesbar: %n offene Rechnungen im Export.</numerusform></translation>
    </message>
    <message>
        <source>Connected: the facade answered.</source>
        <translation>Verbunden: die Buchhaltungsschnittstelle hat geantwortet.</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>No CRM connection is configured (demo history or none).</source>
        <translation>Keine CRM-Verbindung eingerichtet (Demoverlauf oder keiner).</translation>
    </message>
    <message>
        <source>Only an administrator may change the settings.</source>
        <translation>Nur ein Administrator darf die Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Mail (Microsoft 365)</source>
        <translation>Mail (Microsoft 365)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sending and replies</source>
        <translation>Versand und Antworten</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Versandrate</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>At most this many reminders a minute; Exchange accepts about 30 a minute from one sender.</source>
        <translation>Höchstens so viele Zahlungserinnerungen pro Minute; Exchange nimmt von einem Absender etwa 30 pro Minute an.</translation>
    </message>
    <message>
        <source>Accounting data age</source>
        <translation>Alter der Buchhaltungsdaten</translation>
    </message>
    <message>
        <source> minutes at most</source>
        <translation> Minuten höchstens</translation>
    </message>
    <message>
        <source>Right before sending, the accounting data (the last sync, or the source's own answer) must be no older than this; otherwise the reminder waits.</source>
        <translation>Unmittelbar vor dem Versand dürfen die Buchhaltungsdaten (die letzte Synchronisation oder die Antwort der Quelle selbst) nicht älter sein; sonst wartet die Zahlungserinnerung.</translation>
    </message>
    <message>
        <source>Pause after a reply</source>
        <translation>Pause nach einer Antwort</translation>
    </message>
    <message>
        <source>When a client answers a reminder, chasing that client pauses this many days and the accountant gets a task.</source>
        <translation>Wenn ein Kunde auf eine Zahlungserinnerung antwortet, wird er so viele Tage nicht gemahnt, und die zuständige Buchhalterin erhält eine Aufgabe.</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Fälligkeitsstufen</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Opens the Microsoft 365 sign-in page in your browser</source>
        <translation>Öffnet die Anmeldeseite von Microsoft 365 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Removes the saved sign-in from the keychain</source>
        <translation>Entfernt die gespeicherte Anmeldung aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)</source>
        <translation>Angemeldet (RELANCE_GRAPH_REFRESH_TOKEN ist gesetzt)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365; the sign-in is kept in the keychain.</source>
        <translation>Bei Microsoft 365 angemeldet; die Anmeldung wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.</source>
        <translation>Bei Microsoft 365 als %1 angemeldet; die Anmeldung wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt; on this computer.</source>
        <translation>Falls sich kein Browser geöffnet hat, &lt;a href="%1"&gt;öffnen Sie die Anmeldeseite&lt;/a&gt; auf diesem Computer.</translation>
    </message>
    <message>
        <source>No browser could be opened: use the link under Sign-in on this computer.</source>
        <translation>Es konnte kein Browser geöffnet werden: verwenden Sie den Link unter Anmeldung auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not come back within 10 minutes.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: der Browser kam nicht innert 10 Minuten zurück.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Signed out: the saved sign-in was removed from the keychain.</source>
        <translation>Abgemeldet: die gespeicherte Anmeldung wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Not saved: only an administrator may change the settings.</source>
        <translation>Nicht gespeichert: Nur ein Administrator darf die Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain refused %1</source>
        <translation>Der Schlüsselbund hat %1 abgelehnt</translation>
    </message>
    <message>
        <source>Connected: the CRM answered.</source>
        <translation>Verbunden: das CRM hat geantwortet.</translation>
    </message>
    <message>
        <source>Sign in again: the saved sign-in no longer works.</source>
        <translation>Melden Sie sich erneut an: die gespeicherte Anmeldung funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Signed in, but the account name was not saved</source>
        <translation>Angemeldet, aber der Kontoname wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft 365 failed</source>
        <translation>Die Anmeldung bei Microsoft 365 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>Die Abmeldung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>relance::ui::TaskModel</name>
    <message>
        <source>Done</source>
        <extracomment>column header: task finished</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>column header: who the task is assigned to</extracomment>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>relance::ui::TasksView</name>
    <message>
        <source>Follow-up tasks</source>
        <translation>Nachfassaufgaben</translation>
    </message>
    <message>
        <source>Search task, client or person…</source>
        <translation>Aufgabe, Kunde oder Person suchen…</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Space marks the selected task done or not done; F2 assigns it.</source>
        <translation>Leertaste markiert die ausgewählte Aufgabe als erledigt oder offen; F2 weist sie zu.</translation>
    </message>
    <message>
        <source>Updating the task failed</source>
        <translation>Das Aktualisieren der Aufgabe ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Assigning the task failed</source>
        <translation>Das Zuweisen der Aufgabe ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>relance::ui::ToneExamplesView</name>
    <message>
        <source>Tone examples</source>
        <translation>Tonbeispiele</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Preview with</source>
        <extracomment>label: the invoice used to preview the tone example</extracomment>
        <translation>Vorschau mit</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message>
        <source>No example yet for this bucket and language: the model uses its defaults.</source>
        <translation>Noch kein Beispiel für diese Klasse und Sprache: Das Modell verwendet seine Standards.</translation>
    </message>
    <message>
        <source>No overdue invoice to preview with.</source>
        <translation>Keine überfällige Rechnung für die Vorschau.</translation>
    </message>
    <message>
        <source>Preview for %1 (%2): the drafting engine writes a new text in this tone.</source>
        <translation>Vorschau für %1 (%2): Die Entwurfsfunktion schreibt einen neuen Text in diesem Ton.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Tone example saved: new drafts use it.</source>
        <translation>Tonbeispiel gespeichert: Neue Entwürfe verwenden es.</translation>
    </message>
    <message>
        <source>The model imitates these examples for each bucket and language. Placeholders: %1. Figures always come from the ledger.</source>
        <translation>Das Modell ahmt diese Beispiele je Klasse und Sprache nach. Platzhalter: %1. Beträge stammen immer aus der Buchhaltung.</translation>
    </message>
    <message>
        <source>Only an administrator may change the tone examples.</source>
        <translation>Nur ein Administrator darf die Tonbeispiele ändern.</translation>
    </message>
    <message>
        <source>Saving the tone example failed</source>
        <translation>Das Speichern des Tonbeispiels ist fehlgeschlagen</translation>
    </message>
</context>
</TS>