<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CH">
<context>
    <name>ErrorText</name>
    <message>
        <source>The value for %1 cannot be used.</source>
        <translation>The value for %1 cannot be used.</translation>
    </message>
    <message>
        <source>A value given cannot be used.</source>
        <translation>A value given cannot be used.</translation>
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation>%1 is not in the expected format.</translation>
    </message>
    <message>
        <source>The data is not in the expected format.</source>
        <translation>The data is not in the expected format.</translation>
    </message>
    <message>
        <source>The setting %1 is not valid.</source>
        <translation>The setting %1 is not valid.</translation>
    </message>
    <message>
        <source>The configuration is not valid.</source>
        <translation>The configuration is not valid.</translation>
    </message>
    <message>
        <source>The database operation failed (%1).</source>
        <translation>The database operation failed (%1).</translation>
    </message>
    <message>
        <source>The database operation failed.</source>
        <translation>The database operation failed.</translation>
    </message>
    <message>
        <source>Another program is using the database; try again in a moment.</source>
        <translation>Another program is using the database; try again in a moment.</translation>
    </message>
    <message>
        <source>%1 is not a Relance database.</source>
        <translation>%1 is not a Relance database.</translation>
    </message>
    <message>
        <source>The file is not a Relance database.</source>
        <translation>The file is not a Relance database.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Relance; update this workstation.</source>
        <translation>The database was written by a newer version of Relance; update this workstation.</translation>
    </message>
    <message>
        <source>The address %1 is not supported.</source>
        <translation>The address %1 is not supported.</translation>
    </message>
    <message>
        <source>This kind of address is not supported.</source>
        <translation>This kind of address is not supported.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 was not found.</translation>
    </message>
    <message>
        <source>What was asked for was not found.</source>
        <translation>What was asked for was not found.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 could not be reached.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>The server could not be reached.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation>%1 refused the credentials (HTTP %2).</translation>
    </message>
    <message>
        <source>The credentials were refused (HTTP %1).</source>
        <translation>The credentials were refused (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 refused the credentials, or none are stored.</source>
        <translation>%1 refused the credentials, or none are stored.</translation>
    </message>
    <message>
        <source>The credentials were refused, or none are stored.</source>
        <translation>The credentials were refused, or none are stored.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>%1 is busy and asked us to wait; the work stays queued for the next run.</translation>
    </message>
    <message>
        <source>The server is busy and asked us to wait; the work stays queued for the next run.</source>
        <translation>The server is busy and asked us to wait; the work stays queued for the next run.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 answered with an error (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 answered with an error.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>The server answered with an error.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; nothing was overwritten.</source>
        <translation>Someone else changed this meanwhile; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written.</source>
        <translation>The file %1 could not be read or written.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
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
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>aging bucket: 1 to 15 days late</extracomment>
        <translation>Light</translation>
    </message>
    <message>
        <source>Moderate</source>
        <extracomment>aging bucket: 16 to 45 days late</extracomment>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Serious</source>
        <extracomment>aging bucket: over 45 days late</extracomment>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Light (1-15 days)</source>
        <translation>Light (1-15 days)</translation>
    </message>
    <message>
        <source>Moderate (16-45 days)</source>
        <translation>Moderate (16-45 days)</translation>
    </message>
    <message>
        <source>Serious (over 45 days)</source>
        <translation>Serious (over 45 days)</translation>
    </message>
    <message>
        <source>Drafted</source>
        <extracomment>state of a reminder draft</extracomment>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Bookkeeping</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
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
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Pays by</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The amount is not a valid amount in %1.</source>
        <translation>The amount is not a valid amount in %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The configuration %1 could not be read: %2. Defaults are used.</source>
        <translation>The configuration %1 could not be read: %2. Defaults are used.</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1. Defaults are used.</source>
        <translation>Your settings could not be read: %1. Defaults are used.</translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>The demo data could not be prepared: %1</translation>
    </message>
    <message>
        <source>The database could not be opened (%1): %2. The window shows an empty database.</source>
        <translation>The database could not be opened (%1): %2. The window shows an empty database.</translation>
    </message>
    <message>
        <source>--role applies to the demo only: roles are kept in the database (relance-cli users). It was ignored.</source>
        <translation>--role applies to the demo only: roles are kept in the database (relance-cli users). It was ignored.</translation>
    </message>
    <message>
        <source>The demo role could not be set: %1</source>
        <translation>The demo role could not be set: %1</translation>
    </message>
    <message>
        <source>Your role could not be read: %1</source>
        <translation>Your role could not be read: %1</translation>
    </message>
    <message>
        <source>Your account %1 has no role in this database: you can read, but not change anything. Ask an administrator to add you (relance-cli users add %1 --role reviewer).</source>
        <translation>Your account %1 has no role in this database: you can read, but not change anything. Ask an administrator to add you (relance-cli users add %1 --role reviewer).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientModel</name>
    <message>
        <source>Paused until %1</source>
        <translation>Paused until %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: customer number in the accounting system</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <extracomment>column header: days late of the oldest open invoice</extracomment>
        <translation>Oldest (days)</translation>
    </message>
    <message>
        <source>Chasing</source>
        <extracomment>column header: whether the client may be sent reminders</extracomment>
        <translation>Chasing</translation>
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
        <translation>Search name, number or accountant…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message>
        <source>← All clients</source>
        <translation>← All clients</translation>
    </message>
    <message>
        <source>Show drafts</source>
        <translation>Show drafts</translation>
    </message>
    <message>
        <source>Chasing paused until %1</source>
        <translation>Chasing paused until %1</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <source>Chased normally</source>
        <translation>Chased normally</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Reminders to:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Language:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandate:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Accountant:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Chasing:&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Contact:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Reminders to:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Language:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Mandate:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Accountant:&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Chasing:&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; no paid invoice yet.</source>
        <translation>&lt;b&gt;Payment behaviour:&lt;/b&gt; no paid invoice yet.</translation>
    </message>
    <message>
        <source>paying %1 days later than before</source>
        <translation>paying %1 days later than before</translation>
    </message>
    <message>
        <source>paying %1 days earlier than before</source>
        <translation>paying %1 days earlier than before</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Payment behaviour:&lt;/b&gt; %n invoice(s) paid, on average %1 days after the invoice date and %2 days after the due date; recent trend: %3</source>
        <translation><numerusform>&lt;b&gt;Payment behaviour:&lt;/b&gt; %n invoice paid, on average %1 days after the invoice date and %2 days after the due date; recent trend: %3</numerusform><numerusform>&lt;b&gt;Payment behaviour:&lt;/b&gt; %n invoices paid, on average %1 days after the invoice date and %2 days after the due date; recent trend: %3</numerusform></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>No CRM history for this client.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left or Backspace)</source>
        <translation>Back to the list (Alt+Left or Backspace)</translation>
    </message>
    <message>
        <source>Reading the client failed</source>
        <translation>Reading the client failed</translation>
    </message>
    <message>
        <source>Reading the payment history failed</source>
        <translation>Reading the payment history failed</translation>
    </message>
</context>
<context>
    <name>relance::ui::DashboardView</name>
    <message>
        <source>Accounts receivable</source>
        <translation>Accounts receivable</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Open receivables</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>DSO (countback)</source>
        <extracomment>DSO: days sales outstanding</extracomment>
        <translation>DSO (countback)</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>Drafts waiting</translation>
    </message>
    <message>
        <source>Sent this week</source>
        <translation>Sent this week</translation>
    </message>
    <message>
        <source>Replies waiting</source>
        <translation>Replies waiting</translation>
    </message>
    <message>
        <source>Open amount by aging bucket</source>
        <translation>Open amount by aging bucket</translation>
    </message>
    <message>
        <source>Show these invoices</source>
        <translation>Show these invoices</translation>
    </message>
    <message>
        <source>DSO trend (countback, 12 months)</source>
        <translation>DSO trend (countback, 12 months)</translation>
    </message>
    <message>
        <source>Top overdue clients</source>
        <translation>Top overdue clients</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Oldest (days)</translation>
    </message>
    <message>
        <source>Paying later than before</source>
        <translation>Paying later than before</translation>
    </message>
    <message>
        <source>Clients whose average delay in the last 90 days grew by 5 days or more: an early sign of difficulty.</source>
        <translation>Clients whose average delay in the last 90 days grew by 5 days or more: an early sign of difficulty.</translation>
    </message>
    <message>
        <source>Recent delay (days)</source>
        <translation>Recent delay (days)</translation>
    </message>
    <message>
        <source>Change (days)</source>
        <translation>Change (days)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation><numerusform>%n open invoice</numerusform><numerusform>%n open invoices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of open, %n invoice(s)</source>
        <translation><numerusform>%1 % of open, %n invoice</numerusform><numerusform>%1 % of open, %n invoices</numerusform></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>simple: %1 days, window %2 days</source>
        <translation>simple: %1 days, window %2 days</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>since Monday</source>
        <translation>since Monday</translation>
    </message>
    <message>
        <source>open follow-ups</source>
        <translation>open follow-ups</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open invoices yet.&lt;/b&gt; Run a sync from the accounting system (or start with --demo) to see the aging of your receivables.</source>
        <translation>&lt;b&gt;No open invoices yet.&lt;/b&gt; Run a sync from the accounting system (or start with --demo) to see the aging of your receivables.</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <extracomment>chart axis: amounts in thousands of the currency, e.g. "CHF thousands"</extracomment>
        <translation>%1 thousands</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceModel</name>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>column header: amount still open</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>column header: invoice number</extracomment>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>column header: invoice date</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>column header: due date</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Days</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
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
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Search invoice or client…</source>
        <translation>Search invoice or client…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>All buckets</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message>
        <source>Client: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Client: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>relance::ui::MainWindow</name>
    <message>
        <source>Relance – accounts receivable</source>
        <translation>Relance – accounts receivable</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>navigation: the queue of reminder drafts to review</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tone examples</source>
        <translation>Tone examples</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Worker idle</source>
        <translation>Worker idle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous draft</source>
        <translation>Previous draft</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next draft</source>
        <translation>Next draft</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve and go to the next draft</source>
        <translation>Approve and go to the next draft</translation>
    </message>
    <message>
        <source>Approve light</source>
        <translation>Approve light</translation>
    </message>
    <message>
        <source>Approve the selected light drafts without findings</source>
        <translation>Approve the selected light drafts without findings</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Reject with a reason</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Snooze until a date</source>
        <translation>Snooze until a date</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Regenerate with an instruction to the model</source>
        <translation>Regenerate with an instruction to the model</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Mark the client's open invoices disputed</source>
        <translation>Mark the client's open invoices disputed</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Record a promise to pay</source>
        <translation>Record a promise to pay</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <source>Stop chasing this client</source>
        <translation>Stop chasing this client</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to review</source>
        <translation><numerusform>%n draft to review</numerusform><numerusform>%n drafts to review</numerusform></translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>No sync yet</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Drafting reminders… %1 of %2</source>
        <translation>Drafting reminders… %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) written and waiting for review.</source>
        <translation><numerusform>%n draft written and waiting for review.</numerusform><numerusform>%n drafts written and waiting for review.</numerusform></translation>
    </message>
    <message>
        <source>Sync done: %1 invoice(s) read, %2 new, %3 changed, %4 paid.</source>
        <translation>Sync done: %1 invoice(s) read, %2 new, %3 changed, %4 paid.</translation>
    </message>
    <message>
        <source>Next sync %1</source>
        <translation>Next sync %1</translation>
    </message>
    <message>
        <source>Nothing to sync: the accounting source is the demo data set ([accounting] source=demo).</source>
        <translation>Nothing to sync: the accounting source is the demo data set ([accounting] source=demo).</translation>
    </message>
    <message>
        <source>No sync worker is running in this window.</source>
        <translation>No sync worker is running in this window.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Drafting reminders…</source>
        <translation>Drafting reminders…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Read the open invoices and the CRM history now (%1)</source>
        <translation>Read the open invoices and the CRM history now (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Outbox (%1, ⚠ %2)</source>
        <extracomment>navigation, kept short (180 px): %1 waiting to go out, %2 needing a person (flagged or failed)</extracomment>
        <translation>Outbox (%1, ⚠ %2)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Outbox (%1)</translation>
    </message>
    <message>
        <source>%1 waiting, %2 being sent, %3 to check (sent or not?), %4 failed, %5 sent</source>
        <translation>%1 waiting, %2 being sent, %3 to check (sent or not?), %4 failed, %5 sent</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>The data could not be read.</translation>
    </message>
    <message>
        <source>The worker could not open the database</source>
        <translation>The worker could not open the database</translation>
    </message>
    <message>
        <source>Syncing the open invoices…</source>
        <translation>Syncing the open invoices…</translation>
    </message>
    <message>
        <source>Syncing the CRM history…</source>
        <translation>Syncing the CRM history…</translation>
    </message>
    <message>
        <source>Sync: nothing read from the accounting.</source>
        <translation>Sync: nothing read from the accounting.</translation>
    </message>
    <message>
        <source>The sync failed</source>
        <translation>The sync failed</translation>
    </message>
    <message>
        <source>The file %1 was not imported</source>
        <translation>The file %1 was not imported</translation>
    </message>
    <message>
        <source>No worker is running in this window: nothing was drafted.</source>
        <translation>No worker is running in this window: nothing was drafted.</translation>
    </message>
    <message>
        <source>Drafting stopped</source>
        <translation>Drafting stopped</translation>
    </message>
    <message>
        <source>The data could not be read</source>
        <translation>The data could not be read</translation>
    </message>
    <message>
        <source>The counts could not be read</source>
        <translation>The counts could not be read</translation>
    </message>
</context>
<context>
    <name>relance::ui::NotificationArea</name>
    <message>
        <source>Dismiss</source>
        <extracomment>tooltip of the close button of a notification</extracomment>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>outbox: approved, waiting for the sender</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder went out</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>To check: sent or not?</source>
        <extracomment>outbox: the sender could not tell whether the mail went out; a person must check</extracomment>
        <translation>To check: sent or not?</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outbox</comment>
        <extracomment>outbox: the reminder could not be sent</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>outbox column: approved at, sent at or last attempt, depending on the status</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Reason or message id</source>
        <translation>Reason or message id</translation>
    </message>
</context>
<context>
    <name>relance::ui::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Needs a person</translation>
    </message>
    <message>
        <source>Waiting or being sent</source>
        <translation>Waiting or being sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox filter</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>It was sent</translation>
    </message>
    <message>
        <source>You found it in the mailbox's Sent Items, or the client has it: record it as sent</source>
        <translation>You found it in the mailbox's Sent Items, or the client has it: record it as sent</translation>
    </message>
    <message>
        <source>It was not sent: send again</source>
        <translation>It was not sent: send again</translation>
    </message>
    <message>
        <source>You are sure it did not go out: it goes back to the outbox and is sent with the next run</source>
        <translation>You are sure it did not go out: it goes back to the outbox and is sent with the next run</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation><numerusform>%n being sent</numerusform><numerusform>%n being sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation><numerusform>%n sent</numerusform><numerusform>%n sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation><numerusform>%n to check</numerusform><numerusform>%n to check</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>The outbox is empty: approved reminders appear here until they are sent.</source>
        <translation>The outbox is empty: approved reminders appear here until they are sent.</translation>
    </message>
    <message>
        <source>Select a reminder to see the details.</source>
        <translation>Select a reminder to see the details.</translation>
    </message>
    <message>
        <source>Approved %1 by %2; it goes out with the next send run, after a last check against the accounting data.</source>
        <translation>Approved %1 by %2; it goes out with the next send run, after a last check against the accounting data.</translation>
    </message>
    <message>
        <source>Being sent since %1. If the sender stopped, the next run looks it up in the mailbox before doing anything.</source>
        <translation>Being sent since %1. If the sender stopped, the next run looks it up in the mailbox before doing anything.</translation>
    </message>
    <message>
        <source>Sent %1 to %2. Message id: %3</source>
        <translation>Sent %1 to %2. Message id: %3</translation>
    </message>
    <message>
        <source>The sender could not tell whether Microsoft 365 delivered this reminder (%1). Look for it in the mailbox's Sent Items or ask the client, then decide. Sending it again without checking may send it twice.</source>
        <translation>The sender could not tell whether Microsoft 365 delivered this reminder (%1). Look for it in the mailbox's Sent Items or ask the client, then decide. Sending it again without checking may send it twice.</translation>
    </message>
    <message>
        <source>Not sent: %1. Correct the cause (for example the client's e-mail address), then draft the reminder again.</source>
        <translation>Not sent: %1. Correct the cause (for example the client's e-mail address), then draft the reminder again.</translation>
    </message>
    <message>
        <source>Where did you confirm it was sent? (kept in the audit log)</source>
        <translation>Where did you confirm it was sent? (kept in the audit log)</translation>
    </message>
    <message>
        <source>How do you know it was not sent? (kept in the audit log)</source>
        <translation>How do you know it was not sent? (kept in the audit log)</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>Recorded as sent.</translation>
    </message>
    <message>
        <source>Back in the outbox: it is sent again with the next run.</source>
        <translation>Back in the outbox: it is sent again with the next run.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Sends the approved reminders now, at the configured pace, after a last check against the accounting data (otherwise they go out with the next scheduled run)</source>
        <translation>Sends the approved reminders now, at the configured pace, after a last check against the accounting data (otherwise they go out with the next scheduled run)</translation>
    </message>
    <message>
        <source>Nothing was sent: you have no role in this database.</source>
        <translation>Nothing was sent: you have no role in this database.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message numerus="yes">
        <source>Sending the approved reminders at the configured pace (%n a minute)…</source>
        <translation><numerusform>Sending the approved reminders at the configured pace (%n a minute)…</numerusform><numerusform>Sending the approved reminders at the configured pace (%n a minute)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n back to review or cancelled (paid, replied or changed)</source>
        <translation><numerusform>%n back to review or cancelled (paid, replied or changed)</numerusform><numerusform>%n back to review or cancelled (paid, replied or changed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation><numerusform>%n still waiting</numerusform><numerusform>%n still waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to check by a person</source>
        <translation><numerusform>%n to check by a person</numerusform><numerusform>%n to check by a person</numerusform></translation>
    </message>
    <message>
        <source>Send run finished: %1.</source>
        <translation>Send run finished: %1.</translation>
    </message>
    <message>
        <source>Sign in again to Microsoft 365 in Settings.</source>
        <translation>Sign in again to Microsoft 365 in Settings.</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n done</source>
        <extracomment>the Send now button while a send run goes on: %n reminders dealt with so far</extracomment>
        <translation><numerusform>Sending… %n done</numerusform><numerusform>Sending… %n done</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: this window has no worker to send with.</source>
        <translation>Nothing was sent: this window has no worker to send with.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nothing was sent</translation>
    </message>
    <message>
        <source>The run stopped before the outbox was empty; what waits stays waiting for the next run.</source>
        <extracomment>after "Send run finished: …": the sender's own reason (English, technical) is in the banner's tooltip</extracomment>
        <translation>The run stopped before the outbox was empty; what waits stays waiting for the next run.</translation>
    </message>
    <message>
        <source>The outbox could not be read</source>
        <translation>The outbox could not be read</translation>
    </message>
    <message>
        <source>Nothing was changed: the reminder changed meanwhile. The outbox is shown as it is now.</source>
        <translation>Nothing was changed: the reminder changed meanwhile. The outbox is shown as it is now.</translation>
    </message>
    <message>
        <source>The decision could not be saved</source>
        <translation>The decision could not be saved</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <comment>findings</comment>
        <translation><numerusform>%n blocking</numerusform><numerusform>%n blocking</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>findings</comment>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s): %1</source>
        <translation><numerusform>%n invoice: %1</numerusform><numerusform>%n invoices: %1</numerusform></translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>column header (narrow): days past the due date</extracomment>
        <translation>Days</translation>
    </message>
    <message>
        <source>Bucket</source>
        <extracomment>column header: aging bucket</extracomment>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Lang.</source>
        <extracomment>column header: language of the reminder</extracomment>
        <translation>Lang.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Findings</source>
        <extracomment>column header: problems the validator found in the draft</extracomment>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>relance::ui::QueueView</name>
    <message>
        <source>Reminder drafts</source>
        <translation>Reminder drafts</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>label of the e-mail subject field</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>CRM history</source>
        <extracomment>tab: the client's CRM history (calls, e-mails, meetings)</extracomment>
        <translation>CRM history</translation>
    </message>
    <message>
        <source>Reminders and replies</source>
        <translation>Reminders and replies</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <source>Reloading the draft failed</source>
        <translation>Reloading the draft failed</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation><numerusform>%n draft</numerusform><numerusform>%n drafts</numerusform></translation>
    </message>
    <message>
        <source>Search client or invoice…</source>
        <translation>Search client or invoice…</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>All buckets</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No drafts to review.&lt;/b&gt; Drafts appear here after a sync and a drafting run.</source>
        <translation>&lt;b&gt;No drafts to review.&lt;/b&gt; Drafts appear here after a sync and a drafting run.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No draft selected.&lt;/b&gt; Use Alt+Down to go to the next draft.</source>
        <translation>&lt;b&gt;No draft selected.&lt;/b&gt; Use Alt+Down to go to the next draft.</translation>
    </message>
    <message>
        <source>Reading the draft failed</source>
        <translation>Reading the draft failed</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blocking: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>No findings: the figures, IBAN and links match the ledger.</source>
        <translation>No findings: the figures, IBAN and links match the ledger.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>Version %1, last changed by %2 on %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Reading the CRM history failed</source>
        <translation>Reading the CRM history failed</translation>
    </message>
    <message>
        <source>No CRM history for this client.</source>
        <translation>No CRM history for this client.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>No earlier reminders or replies.</source>
        <translation>No earlier reminders or replies.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Broken: chasing resumed</source>
        <translation>Broken: chasing resumed</translation>
    </message>
    <message>
        <source>Chasing paused</source>
        <translation>Chasing paused</translation>
    </message>
    <message>
        <source>No promise to pay recorded.</source>
        <translation>No promise to pay recorded.</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>Pays by</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving the draft failed</source>
        <translation>Saving the draft failed</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Not saved: conflict</source>
        <translation>Not saved: conflict</translation>
    </message>
    <message>
        <source>Approving failed</source>
        <translation>Approving failed</translation>
    </message>
    <message>
        <source>Draft approved: it will be sent with the next run.</source>
        <translation>Draft approved: it will be sent with the next run.</translation>
    </message>
    <message>
        <source>Approve despite findings</source>
        <translation>Approve despite findings</translation>
    </message>
    <message>
        <source>This draft has blocking findings. Why may it be sent anyway?</source>
        <translation>This draft has blocking findings. Why may it be sent anyway?</translation>
    </message>
    <message>
        <source>Not approved: a reason is needed to override blocking findings.</source>
        <translation>Not approved: a reason is needed to override blocking findings.</translation>
    </message>
    <message>
        <source>Select light-bucket drafts without findings to approve them together.</source>
        <translation>Select light-bucket drafts without findings to approve them together.</translation>
    </message>
    <message numerus="yes">
        <source>%n light draft(s) approved.</source>
        <translation><numerusform>%n light draft approved.</numerusform><numerusform>%n light drafts approved.</numerusform></translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Reject draft</translation>
    </message>
    <message>
        <source>Why is this draft rejected?</source>
        <translation>Why is this draft rejected?</translation>
    </message>
    <message>
        <source>Rejecting failed</source>
        <translation>Rejecting failed</translation>
    </message>
    <message>
        <source>Draft rejected.</source>
        <translation>Draft rejected.</translation>
    </message>
    <message>
        <source>Snooze draft</source>
        <translation>Snooze draft</translation>
    </message>
    <message>
        <source>Bring it back on</source>
        <translation>Bring it back on</translation>
    </message>
    <message>
        <source>Snoozing failed</source>
        <translation>Snoozing failed</translation>
    </message>
    <message>
        <source>Draft snoozed until %1.</source>
        <translation>Draft snoozed until %1.</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>Regenerate draft</translation>
    </message>
    <message>
        <source>Instruction to the model (e.g. "shorter", "mention the meeting of 3 March")</source>
        <translation>Instruction to the model (e.g. "shorter", "mention the meeting of 3 March")</translation>
    </message>
    <message>
        <source>Regenerating failed</source>
        <translation>Regenerating failed</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation>Mark disputed</translation>
    </message>
    <message>
        <source>What does the client dispute?</source>
        <translation>What does the client dispute?</translation>
    </message>
    <message>
        <source>Marking disputed failed</source>
        <translation>Marking disputed failed</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) marked disputed: they are not chased.</source>
        <translation><numerusform>%n invoice marked disputed: they are not chased.</numerusform><numerusform>%n invoices marked disputed: they are not chased.</numerusform></translation>
    </message>
    <message>
        <source>Recording the promise failed</source>
        <translation>Recording the promise failed</translation>
    </message>
    <message>
        <source>Promise recorded: chasing paused until %1.</source>
        <translation>Promise recorded: chasing paused until %1.</translation>
    </message>
    <message>
        <source>Do not chase</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <source>Why should this client not be chased?</source>
        <translation>Why should this client not be chased?</translation>
    </message>
    <message>
        <source>Setting do-not-chase failed</source>
        <translation>Setting do-not-chase failed</translation>
    </message>
    <message>
        <source>This client will not be chased until you lift it.</source>
        <translation>This client will not be chased until you lift it.</translation>
    </message>
    <message>
        <source>an amount that is not an open amount or total of this reminder</source>
        <translation>an amount that is not an open amount or total of this reminder</translation>
    </message>
    <message>
        <source>the text does not state the amount due</source>
        <translation>the text does not state the amount due</translation>
    </message>
    <message>
        <source>a number that is not a fact of this reminder (days late, deadline, count)</source>
        <translation>a number that is not a fact of this reminder (days late, deadline, count)</translation>
    </message>
    <message>
        <source>a date that is not a due date or the payment deadline of this reminder</source>
        <translation>a date that is not a due date or the payment deadline of this reminder</translation>
    </message>
    <message>
        <source>an invoice number that is not part of this reminder</source>
        <translation>an invoice number that is not part of this reminder</translation>
    </message>
    <message>
        <source>an invoice of this reminder is not mentioned</source>
        <translation>an invoice of this reminder is not mentioned</translation>
    </message>
    <message>
        <source>an IBAN that is not the firm's</source>
        <translation>an IBAN that is not the firm's</translation>
    </message>
    <message>
        <source>a link that is not one of the configured links</source>
        <translation>a link that is not one of the configured links</translation>
    </message>
    <message>
        <source>an e-mail address in the text: check that it is the right one</source>
        <translation>an e-mail address in the text: check that it is the right one</translation>
    </message>
    <message>
        <source>a placeholder was left in the text</source>
        <translation>a placeholder was left in the text</translation>
    </message>
    <message>
        <source>a percentage that is not part of the reminder policy</source>
        <translation>a percentage that is not part of the reminder policy</translation>
    </message>
    <message>
        <source>text copied from the client's messages or the CRM</source>
        <translation>text copied from the client's messages or the CRM</translation>
    </message>
    <message>
        <source>names a consequence, which only a serious reminder may do</source>
        <translation>names a consequence, which only a serious reminder may do</translation>
    </message>
    <message>
        <source>offers a payment plan, which the policy does not allow</source>
        <translation>offers a payment plan, which the policy does not allow</translation>
    </message>
    <message>
        <source>grants a concession (waiver, discount, extension) nobody authorised</source>
        <translation>grants a concession (waiver, discount, extension) nobody authorised</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>the subject is empty</translation>
    </message>
    <message>
        <source>the subject is too long</source>
        <translation>the subject is too long</translation>
    </message>
    <message>
        <source>the subject has more than one line</source>
        <translation>the subject has more than one line</translation>
    </message>
    <message>
        <source>the text is too short</source>
        <translation>the text is too short</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>the text is too long</translation>
    </message>
    <message>
        <source>the text is not in the client's language</source>
        <translation>the text is not in the client's language</translation>
    </message>
    <message>
        <source>no template in the client's language: written in another language</source>
        <translation>no template in the client's language: written in another language</translation>
    </message>
    <message>
        <source>the model was busy (rate limited): the built-in template wrote this draft</source>
        <translation>the model was busy (rate limited): the built-in template wrote this draft</translation>
    </message>
    <message>
        <source>the model could not be reached: the built-in template wrote this draft</source>
        <translation>the model could not be reached: the built-in template wrote this draft</translation>
    </message>
    <message>
        <source>the model's answer could not be used: the built-in template wrote this draft</source>
        <translation>the model's answer could not be used: the built-in template wrote this draft</translation>
    </message>
    <message>
        <source>Not approved: this draft has blocking findings. Correct the text, or ask an administrator to approve it despite them.</source>
        <translation>Not approved: this draft has blocking findings. Correct the text, or ask an administrator to approve it despite them.</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Regenerating…</translation>
    </message>
    <message>
        <source>Regenerating the draft…</source>
        <translation>Regenerating the draft…</translation>
    </message>
    <message>
        <source>The draft was regenerated.</source>
        <translation>The draft was regenerated.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>%1 changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</translation>
    </message>
    <message>
        <source>%1 changed this draft meanwhile: load their version to see it.</source>
        <translation>%1 changed this draft meanwhile: load their version to see it.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</source>
        <translation>Someone else changed this draft meanwhile. Your text is kept here and has not been saved: load their version or keep yours.</translation>
    </message>
    <message>
        <source>Reading earlier reminders failed</source>
        <translation>Reading earlier reminders failed</translation>
    </message>
</context>
<context>
    <name>relance::ui::SettingsView</name>
    <message>
        <source>Accounting API key</source>
        <translation>Accounting API key</translation>
    </message>
    <message>
        <source>CRM access token</source>
        <translation>CRM access token</translation>
    </message>
    <message>
        <source>LLM API key</source>
        <translation>LLM API key</translation>
    </message>
    <message>
        <source>Mail sign-in (refresh token)</source>
        <translation>Mail sign-in (refresh token)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Saved in your user settings</source>
        <translation>Saved in your user settings</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Accounting (Sage 50)</source>
        <translation>Accounting (Sage 50)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>OData service URL</source>
        <translation>OData service URL</translation>
    </message>
    <message>
        <source>Entity set</source>
        <translation>Entity set</translation>
    </message>
    <message>
        <source>CSV export file</source>
        <translation>CSV export file</translation>
    </message>
    <message>
        <source>CRM (Dynamics 365)</source>
        <translation>CRM (Dynamics 365)</translation>
    </message>
    <message>
        <source>Web API URL</source>
        <translation>Web API URL</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Language model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Application (client) ID</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Outbox folder</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Send light-bucket reminders without review</source>
        <translation>Send light-bucket reminders without review</translation>
    </message>
    <message>
        <source>Light up to</source>
        <translation>Light up to</translation>
    </message>
    <message>
        <source>Moderate up to</source>
        <translation>Moderate up to</translation>
    </message>
    <message>
        <source>DSO window</source>
        <translation>DSO window</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <source>Auto-send cap</source>
        <translation>Auto-send cap</translation>
    </message>
    <message>
        <source>Payment IBAN</source>
        <translation>Payment IBAN</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>enter a new value to replace it</source>
        <translation>enter a new value to replace it</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Store in keychain</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>keychain not available</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>keychain unavailable</translation>
    </message>
    <message>
        <source>storing…</source>
        <translation>storing…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>not stored</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Connected, schema version %1.</source>
        <translation>Connected, schema version %1.</translation>
    </message>
    <message>
        <source>Not saved: the auto-send cap is not an amount in %1.</source>
        <translation>Not saved: the auto-send cap is not an amount in %1.</translation>
    </message>
    <message>
        <source>Not saved: the moderate bucket must end after the light one.</source>
        <translation>Not saved: the moderate bucket must end after the light one.</translation>
    </message>
    <message>
        <source>Settings saved. Aging thresholds apply after a restart.</source>
        <translation>Settings saved. Aging thresholds apply after a restart.</translation>
    </message>
    <message>
        <source>The built-in templates need no connection.</source>
        <translation>The built-in templates need no connection.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected: the model answered (%1).</source>
        <translation>Connected: the model answered (%1).</translation>
    </message>
    <message>
        <source>The outbox folder transport needs no connection.</source>
        <translation>The outbox folder transport needs no connection.</translation>
    </message>
    <message>
        <source>no keychain: the mail sign-in cannot be read</source>
        <translation>no keychain: the mail sign-in cannot be read</translation>
    </message>
    <message>
        <source>Connected: the mail sign-in is valid.</source>
        <translation>Connected: the mail sign-in is valid.</translation>
    </message>
    <message>
        <source>The demo data set needs no connection.</source>
        <translation>The demo data set needs no connection.</translation>
    </message>
    <message>
        <source>no export file is set</source>
        <translation>no export file is set</translation>
    </message>
    <message numerus="yes">
        <source>Readable: %n open invoice(s) in the export.</source>
        <translation><numerusform>Readable: %n open invoice in the export.</numerusform><numerusform>Readable: %n open invoices in the export.</numerusform></translation>
    </message>
    <message>
        <source>Connected: the facade answered.</source>
        <translation>Connected: the facade answered.</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>credentials rejected: %1</translation>
    </message>
    <message>
        <source>No CRM connection is configured (demo history or none).</source>
        <translation>No CRM connection is configured (demo history or none).</translation>
    </message>
    <message>
        <source>Only an administrator may change the settings.</source>
        <translation>Only an administrator may change the settings.</translation>
    </message>
    <message>
        <source>Mail (Microsoft 365)</source>
        <translation>Mail (Microsoft 365)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Sending and replies</source>
        <translation>Sending and replies</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Sending rate</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <source>At most this many reminders a minute; Exchange accepts about 30 a minute from one sender.</source>
        <translation>At most this many reminders a minute; Exchange accepts about 30 a minute from one sender.</translation>
    </message>
    <message>
        <source>Accounting data age</source>
        <translation>Accounting data age</translation>
    </message>
    <message>
        <source> minutes at most</source>
        <translation> minutes at most</translation>
    </message>
    <message>
        <source>Right before sending, the accounting data (the last sync, or the source's own answer) must be no older than this; otherwise the reminder waits.</source>
        <translation>Right before sending, the accounting data (the last sync, or the source's own answer) must be no older than this; otherwise the reminder waits.</translation>
    </message>
    <message>
        <source>Pause after a reply</source>
        <translation>Pause after a reply</translation>
    </message>
    <message>
        <source>When a client answers a reminder, chasing that client pauses this many days and the accountant gets a task.</source>
        <translation>When a client answers a reminder, chasing that client pauses this many days and the accountant gets a task.</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Opens the Microsoft 365 sign-in page in your browser</source>
        <translation>Opens the Microsoft 365 sign-in page in your browser</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Removes the saved sign-in from the keychain</source>
        <translation>Removes the saved sign-in from the keychain</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)</source>
        <translation>Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365; the sign-in is kept in the keychain.</source>
        <translation>Signed in to Microsoft 365; the sign-in is kept in the keychain.</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.</source>
        <translation>Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Waiting for you to sign in in the browser…</translation>
    </message>
    <message>
        <source>If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt; on this computer.</source>
        <translation>If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt; on this computer.</translation>
    </message>
    <message>
        <source>No browser could be opened: use the link under Sign-in on this computer.</source>
        <translation>No browser could be opened: use the link under Sign-in on this computer.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not come back within 10 minutes.</source>
        <translation>Sign-in timed out: the browser did not come back within 10 minutes.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>Signed out: the saved sign-in was removed from the keychain.</source>
        <translation>Signed out: the saved sign-in was removed from the keychain.</translation>
    </message>
    <message>
        <source>Not saved: only an administrator may change the settings.</source>
        <translation>Not saved: only an administrator may change the settings.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The keychain refused %1</source>
        <translation>The keychain refused %1</translation>
    </message>
    <message>
        <source>Connected: the CRM answered.</source>
        <translation>Connected: the CRM answered.</translation>
    </message>
    <message>
        <source>Sign in again: the saved sign-in no longer works.</source>
        <translation>Sign in again: the saved sign-in no longer works.</translation>
    </message>
    <message>
        <source>Signed in, but the account name was not saved</source>
        <translation>Signed in, but the account name was not saved</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft 365 failed</source>
        <translation>The sign-in to Microsoft 365 failed</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>Sign-out failed</translation>
    </message>
</context>
<context>
    <name>relance::ui::TaskModel</name>
    <message>
        <source>Done</source>
        <extracomment>column header: task finished</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>column header: who the task is assigned to</extracomment>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>relance::ui::TasksView</name>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Search task, client or person…</source>
        <translation>Search task, client or person…</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Show done</translation>
    </message>
    <message>
        <source>Space marks the selected task done or not done; F2 assigns it.</source>
        <translation>Space marks the selected task done or not done; F2 assigns it.</translation>
    </message>
    <message>
        <source>Updating the task failed</source>
        <translation>Updating the task failed</translation>
    </message>
    <message>
        <source>Assigning the task failed</source>
        <translation>Assigning the task failed</translation>
    </message>
</context>
<context>
    <name>relance::ui::ToneExamplesView</name>
    <message>
        <source>Tone examples</source>
        <translation>Tone examples</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Preview with</source>
        <extracomment>label: the invoice used to preview the tone example</extracomment>
        <translation>Preview with</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <source>No example yet for this bucket and language: the model uses its defaults.</source>
        <translation>No example yet for this bucket and language: the model uses its defaults.</translation>
    </message>
    <message>
        <source>No overdue invoice to preview with.</source>
        <translation>No overdue invoice to preview with.</translation>
    </message>
    <message>
        <source>Preview for %1 (%2): the drafting engine writes a new text in this tone.</source>
        <translation>Preview for %1 (%2): the drafting engine writes a new text in this tone.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Tone example saved: new drafts use it.</source>
        <translation>Tone example saved: new drafts use it.</translation>
    </message>
    <message>
        <source>The model imitates these examples for each bucket and language. Placeholders: %1. Figures always come from the ledger.</source>
        <translation>The model imitates these examples for each bucket and language. Placeholders: %1. Figures always come from the ledger.</translation>
    </message>
    <message>
        <source>Only an administrator may change the tone examples.</source>
        <translation>Only an administrator may change the tone examples.</translation>
    </message>
    <message>
        <source>Saving the tone example failed</source>
        <translation>Saving the tone example failed</translation>
    </message>
</context>
</TS>