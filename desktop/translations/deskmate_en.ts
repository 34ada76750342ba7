<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvancedJson</name>
    <message>
        <source>Advanced: show the proposal as data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the owner: see and edit every value of the proposal, including internal ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal is not valid JSON: {problem} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Building the demo shop: products, 18 months of sales, staff, customers and invoices…</source>
        <extracomment>The desktop entry&apos;s id (packaging/deskmate.desktop is installed as DESKTOP_ID.desktop).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base_text}
{value:.0f} s — usually under a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo shop, with made-up data: log in as owner, sam (staff) or bea (bookkeeper); every demo password is {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop: you are the owner. Log out (Ctrl+Shift+L) to try &apos;sam&apos; (staff) or &apos;bea&apos; (bookkeeper); every demo password is demo1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data was restored from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it replaced was kept as {kept}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate will now close; start it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s audit log shows tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: its audit log was changed outside Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{details}

Restore it only if you know why (for example, it is the only copy left). The restore will be recorded as forced, naming what was found, as the first entry after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this backup&apos;s history was changed outside Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore anyway and close Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation did not start: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate cannot open the shop&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s server holds an older version of its data than this Deskmate. Ask whoever looks after the server to run &apos;deskmate server init --db-url &lt;the owner&apos;s URL&gt;&apos; once (it upgrades the shop for every computer), then start Deskmate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. If this is a backup from a newer Deskmate, update Deskmate; if the file is damaged, restore a backup with &apos;deskmate restore FILE&apos;; to use another folder start Deskmate with --data-dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour {name} — click to choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate drafts the routine work of a small shop — reorders, rosters, invoices — and you decide every draft in the Review Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up bakery and deli with 18 months of history to explore. It lives in a temporary folder and is removed when you quit: your own data stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions: name and address, currency, taxes, opening hours and your owner account. About two minutes; everything can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s data will be kept in {data_dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericEditor</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a valid value: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Why / how does this work?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and skip invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file and list every problem; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity report: rows read, imported and skipped, with their totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: {mapping_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} row(s) could not be read: their quantity and money are not in the totals.</source>
        <translation>
            <numerusform>{number} row could not be read: its quantity and money are not in the totals.</numerusform>
            <numerusform>{number} rows could not be read: their quantity and money are not in the totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxForms</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested fix ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only record that someone looked at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum / maximum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: now {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving grants the time off as asked; rejecting refuses it. The dates are the person&apos;s own request: ask them to send a new one to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving swaps the two people&apos;s shifts that day in the roster; rejecting keeps the roster as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving confirms the booking; rejecting cancels it and frees the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving sends the message (or writes it to the outbox folder when no mail server is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift to spare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher means future rosters avoid giving them this shift more firmly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving adds a &apos;rather not&apos; wish for this shift; future drafts weigh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rather not work it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving records the wish; future drafts weigh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving applies the fix chosen above, or records that someone looked at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving records that you dealt with it; the next backup runs as scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving changes the product&apos;s setting; use Advanced to change the proposed value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Deskmate&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been logged yet: no job failed and nothing unexpected happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demo shop — Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in — Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop — made-up data, shared demo passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your own user name so your changes are recorded as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again (the owner can reset a forgotten password on the Settings page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>
&lt;h3&gt;How Deskmate works&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;The machine drafts, a person decides.&lt;/b&gt; Automation looks at your sales, stock, bookings and
invoices and &lt;i&gt;drafts&lt;/i&gt; work — a purchase order, a roster, a payment reminder — into the
&lt;b&gt;Review Inbox&lt;/b&gt;. Nothing is ordered, sent, published or issued until someone approves it, and
every automation can be switched off on the Automation page. Everything it drafts can also be done
by hand.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Every suggestion explains itself:&lt;/b&gt; the numbers it used, the period of data, the formula
with the figures filled in, and how confident it is. With too little history it says so instead of
guessing.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;It learns from you:&lt;/b&gt; when you change a draft, the difference and your reason are kept, and
later Deskmate may propose adjusting its own parameters — as a suggestion you review like any other.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Accountable:&lt;/b&gt; every change anyone makes, by hand or by approving a draft, is in the
append-only &lt;b&gt;Audit&lt;/b&gt; log with who, when, and the values before and after.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Nothing is lost:&lt;/b&gt; bad input is refused with a message naming the file, row and field,
and nothing half-written is kept. Back up from the File menu at any time, even while working.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of Deskmate has no pages for your role. Ask the shop&apos;s owner which parts of Deskmate you should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Ctrl+{value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation only drafts into the Review Inbox; switch jobs on or off on the Automation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {username} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move the shop to another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why / how does Deskmate work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That page is not available to {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate hit an internal problem building this page ({error}: {exc}). The other pages work; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (demo shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes on {pages} that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them, or go back and save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the shop&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shop&apos;s data from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ALL of the shop&apos;s current data with the backup
{path}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything entered since that backup was taken will no longer be in Deskmate. The current data is first kept as a copy next to the database, so this can be undone. Deskmate closes after the restore; start it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore and close Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to {path}</source>
        <translation>
            <numerusform>%n audit entry written to {path}</numerusform>
            <numerusform>%n audit entries written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / how does Deskmate work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Deskmate works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in its list, not while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling, inventory, invoicing and a review inbox for small shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine drafts, a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Copy every record of this shop into a &lt;b&gt;new, empty&lt;/b&gt; database: a PostgreSQL database on your server, so that several computers share the shop, or a new Deskmate file. The copy is checked (rows, money and quantity totals, the audit log) before it is kept; if anything differs, or you cancel, the new database is left empty. &lt;b&gt;This shop&apos;s database is not changed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the shop to another database</source>
        <extracomment>The MoveReport, or the exception (including cancellation) once the move has ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/shop   or   a new file</source>
        <extracomment>The full URL (password included) the shop was last moved to: what &quot;Use…&quot; saves.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server user&apos;s password, if it needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the moved database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate on this computer opens the moved shop from its next start (as Settings → Database does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the shop to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate databases (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to move the shop: a PostgreSQL URL or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and checked: {rows:,} records in {count} tables. Open the moved shop with  deskmate --db-url &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n rows</source>
        <translation>
            <numerusform>{table}: %n row</numerusform>
            <numerusform>{table}: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>; totals {sums}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop moved to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {message}. Restart Deskmate to work in the moved shop: until then this window still shows the shop it opened with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moved database is saved for this computer: restart Deskmate to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moved database was not saved for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the new database was left empty and nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicyNote</name>
    <message>
        <source>at least {MIN_LENGTH} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonCard</name>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonCardView</name>
    <message>
        <source>Why this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up my shop — Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on invoices, rosters and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts, dates and &apos;today&apos; are shown and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and invoice lines refer to one of these codes. Keep a 0 % rate for exempt items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments are offered and rosters are planned inside these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableValidator</name>
    <message>
        <source>Line {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Give your shop a name; it is printed on invoices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Your owner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner manages users and settings. Everyone else gets their own account later, on the Settings page, so the audit log shows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Olivia Baker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-user shop: open Deskmate without asking for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tick this if you alone use this computer&apos;s Deskmate. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is one word without spaces, e.g. &apos;olivia&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another password: see the message under the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table of {columns}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}.
Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Ask the shop&apos;s owner if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values need fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you did caused this. Your data is safe: the change was not saved. Try again; if it happens again, send the details below to whoever looks after Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
