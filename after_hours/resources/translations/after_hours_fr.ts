<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name goes into the replies you send; the region chooses crisis lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam Rivera, MSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Three short steps, about two minutes: who you are, your working hours, and (if you like) your work mailbox. Everything stays on this computer, and every answer can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hours are kept in this zone: 09:00 stays 09:00 across daylight-saving changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Communication agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client does in a crisis outside your hours, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as my replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage of replies and handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made every day the app runs; the last 7 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the app with %s? What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients, those needing attention first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or edit the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement for a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;handout (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client handout to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients appear here once a contact or an agreement names them (pseudonyms only). A contact by a channel outside the agreement counts as a boundary event on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d agreement reviews are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d clients contact you off hours without an agreement: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement with %s? Their contacts stay in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual for the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names or message text, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>The channel&apos;s default minutes (none were logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;off hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only possible &amp;crises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a message... (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact with the quick-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport these contacts to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* the channel&apos;s usual minutes (none were logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts behind: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* minutes not logged: the channel&apos;s usual is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d contacts are selected; delete at most %d at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %d contacts from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d were already in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was not imported; the log is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %d contacts to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Possible crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, with matched phrases marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched phrases and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (negated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message text was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the client (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did, e.g. sent the crisis reply; called on-call team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;self-check...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check &amp;history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week against your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-check yet: %d questions about the last few weeks, about 3 minutes. Your answers stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check scores (0-100); the latest on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Add an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away (holiday, leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working (extra day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last supervision on {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last supervision (none recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (charts, tables and discussion prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (two files: contacts and weekly figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified: Client A, B, ... (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pseudonyms I use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include notes (pseudonyms in them are replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record today ({0}) as my last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to After Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>After-hours contacts by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Your working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to add or resize; hatched windows are on call. Outside them you are off hours. Or import your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .ics or .toml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon-Fri &amp;9-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %s (%d exceptions, zone %s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadChartWidget</name>
    <message>
        <source>After-hours contacts by week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxPage</name>
    <message>
        <source>Work mailbox (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Hours can watch a work mailbox for messages off hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect a mailbox, run `after-hours mail add --host HOST --port PORT --user USER` and map your clients&apos; addresses with `after-hours mail senders add ADDRESS PSEUDONYM` (docs/mail.md). While After Hours runs it then logs each client message, opens the crisis panel for crisis language and offers the expectation-setting reply off hours. The password stays in your system keyring, or is asked for once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, log messages and calls from the tray with Log a contact...; the text you paste is checked for crisis language and then discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>After Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesGroup</name>
    <message>
        <source>Minutes counted when none are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %s min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnLineDialog</name>
    <message>
        <source>Add a crisis line of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mobile crisis team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HELP to 12345 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnLines</name>
    <message>
        <source>Your own crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the crisis lines of your region are shown. Add a mobile crisis team or your nearest emergency department here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the message to check it for crisis language. It is not stored: only matched phrases are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual for the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these %d contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contacts behind: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Region for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before my hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before my hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind-down reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Reminders follow the new settings from now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTraySection</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: paste it into your reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export for supervision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, CSV or Markdown summary of a period; clients de-identified by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week against your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual (median of 8 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures describe your own load from what you logged; they are not a diagnosis. Export for supervision makes a PDF, CSV or Markdown summary of any period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;exception...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the grid to add a window, drag its edge to resize, right-click to switch or delete. The list under the grid does the same by keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions: holidays, leave, extra days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the hours in force now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New contacts are judged by these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %s: check it, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>Burnout self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions from the %2, about 3 minutes. Think of the last few weeks. Skip any question you prefer not to answer: a scale is scored when at least half of its questions are answered. Your answers stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Tab moves to the next question, arrows between options, Space or 1-5 chooses, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers yet to score: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least half the questions of one part to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckHistory</name>
    <message>
        <source>Self-check history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores 0-100. Bands are a convention (50 to under 75 moderate, 75 or more high, as used by the UK GMC); the authors set no cut-offs. Not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckResults</name>
    <message>
        <source>Self-check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: fewer than half of its questions were answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (50 to under 75)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (75 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this sounds heavy. It may help to talk it over with your supervisor or someone you trust, and to look at your after-hours load with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth keeping an eye on: compare it with your next self-check and with your weekly after-hours figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for checking in. Doing this about once a month shows the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-check is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from 0 to 100. The bands are a convention (50 to under 75 moderate, 75 or more high, as used by the UK General Medical Council); the inventory&apos;s authors set no cut-offs. This is a self-monitoring aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start After Hours when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time After Hours starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of replies to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s agreement can name another language for that client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s on-call procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call the on-call supervisor at 555-0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (used in replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (crisis lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to clients &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;on-call procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own crisis lines
(shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings keeps the fields above; start at login and your own lines apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer, in %s (backups in its backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Add one with `after-hours mail add` (docs/mail.md); it is then watched while After Hours runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s at %s, watched while After Hours runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so After Hours stays a normal window: closing it quits, and notifications appear here as banners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request from %s logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-hours message from %s logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply that sets expectations is ready to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from %s, off hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is not being watched: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellReminders</name>
    <message>
        <source>Next reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsGroup</name>
    <message>
        <source>Risk level thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A week with at least...&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;elevated&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;high&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;default&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times your usual that counts as elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;thresholds to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are starting points, not validated cut-offs: no study gives a number of after-hours contacts that means burnout. Tune them to your own work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>your usual: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;crisis panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact... (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible crisis not yet marked as handled: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly hours yet: set them on the Schedule page, or import an .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement review overdue: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-hours contact in the last %d days but no agreement: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hours are kept in %s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: reminders and mail alerts stay quiet. Contacts you log still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s h of regular hours and %s h on call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time away: %s%s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>After Hours menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open After Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis panel: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Self-check scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-checks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate, 50 to under 75 (a convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high, 75 or more (a convention)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>Next reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders coming up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>New windows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regular hours (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;call (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly hours grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move; Enter adds an hour; Shift+Up or Down resizes; O switches regular and on call; Delete removes. The list below has the same windows as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch regular / on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time (at or before the start: the next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Windows as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No windows yet: you are off hours all week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
