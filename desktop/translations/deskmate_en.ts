<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitySection</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change anyone makes — by hand or by approving an automated draft — is counted here per person and area. Pick a longer period, or make a change to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity is for the owner and the bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is built from the audit log, which your role does not read. Ask the shop&apos;s owner if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} change(s)</source>
        <translation>
            <numerusform>{number} change</numerusform>
            <numerusform>{number} changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person or job(s)</source>
        <translation>
            <numerusform>%n person or job</numerusform>
            <numerusform>%n people or jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>{changes} from {start} to {end} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one word, e.g. sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the person their password; they can change it themselves from the File menu after logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is one word without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AgingSection</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open receivables as of {date}: {total} (%n customers)</source>
        <translation>
            <numerusform>Open receivables as of {date}: {total} (%n customer)</numerusform>
            <numerusform>Open receivables as of {date}: {total} (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New recurring agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First invoice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one line</source>
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
    <name>AppointmentsTab</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free slot: try another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({duration_minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working (roster minus breaks and time off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {hm} {service_name} — {customer_name} with {staff_name} [{state}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a completed appointment to record how the customer rated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not book or change appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the booking first: only a confirmed appointment can be marked completed (and billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service, a customer and a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked (pending) #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote {path} (%n appointments)</source>
        <translation>
            <numerusform>wrote {path} (%n appointment)</numerusform>
            <numerusform>wrote {path} (%n appointments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasOffEditor</name>
    <message>
        <source>{area} automation runs on schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>(approving an automated draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values recorded for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The audit log — why and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, by whom and when, with the values before and after. Nothing here can be edited or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text, records, values (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved an automated draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6b7c&apos;&gt;Select an entry to see what changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text. Every change anyone makes in Deskmate appears here as soon as it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that each follows the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} entries match the filters</source>
        <translation>
            <numerusform>{number} entry matches the filters</numerusform>
            <numerusform>{number} entries match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} entries in the log</source>
        <translation>
            <numerusform>{number} entry in the log</numerusform>
            <numerusform>{number} entries in the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to {path}</source>
        <translation>
            <numerusform>%n audit entry exported to {path}</numerusform>
            <numerusform>%n audit entries exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change anyone makes — a setting, a product, an approved suggestion — appears here as soon as it is saved. Change something on the Settings page to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed, removed or reordered entries outside Deskmate. Run &apos;deskmate check&apos; for details and compare with a backup kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry holds a hash of its content and of the entry before it, so an entry changed, removed or reordered outside Deskmate shows here and in &apos;deskmate check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log to Excel</source>
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
    <message>
        <source>The audit log was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <source>Daily 06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily 07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays 06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondays 06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation: {job_title} running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation — why and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that draft work into the Review Inbox — when they run, who is responsible, and what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas (switch all of an area&apos;s automation on or off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron:0 6 * * *  or  interval:3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot: the job drafts as usual, but its drafts stay out of the inbox; its payoff compares them with what people did by hand, so you switch it on only when it would have helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for another day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if it were that day (e.g. an occurrence that was missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: how people decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit to qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit to qty: the median change people made to the order quantity of the drafts they edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payoff per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payoff: last {PAYOFF_WEEKS} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may approve, edit, reject or snooze each kind of inbox item. The owner always may; escalated items wait for the owner. Kinds with a value limit (e.g. reorder lines) can be approved by others only up to that amount (Settings › Inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to (stand-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default for the selected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by role again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected kind for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand-in while away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner changes jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off with its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (area off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (pilot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.1f} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;drafts nothing people decide&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see how people decided its drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{job_title}: decisions by week, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions on its drafts in these weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} ({standin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the kind to route first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who decides it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides &apos;{kind}&apos; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (it reports only in its run history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {description}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Drafts: {kinds}. Default schedule: {describe}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> One run per missed occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate cannot yet compare this job&apos;s drafts with what people do by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: first active {owner_role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {mode}, {schedule_text}, responsible {owner_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: {outcome}, %n new suggestion(s)</source>
        <translation>
            <numerusform>{title}: {outcome}, %n new suggestion</numerusform>
            <numerusform>{title}: {outcome}, %n new suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduler: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby (another copy runs the jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashflowSection</name>
    <message>
        <source>Cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money expected in: every open invoice on its due date, moved by that customer&apos;s average days late on paid invoices (overdue ones count this week). Money going out: purchase orders sent to suppliers, on their expected delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt; — prices with or without tax, one tax code each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price incl. tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a price to change it (invoices already written keep theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price includes tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recurring agreements&lt;/b&gt; — one invoice draft per week / month / year, each occurrence exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
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
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {code} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price of {code} {name}</source>
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
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details, what each customer was invoiced and paid, their appointments and notes; privacy export and erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, tax id or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a customer entered by mistake (only without invoices or appointments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced {money} · open {money2} · overdue {money3} · credit {money4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pays on average {late:+.0f} days after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no payment record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role, e-mail, phone (separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customer&apos;s data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {sheet} and {json}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data? Issued invoices are kept as the law requires. Record the request (who asked, when, how):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>This computer uses {kind}: &lt;b&gt;{where}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share one shop between several computers, enter the URL your server&apos;s administrator gave you (&lt;i&gt;deskmate server init&lt;/i&gt; prints it), test it, then use it. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can connect this computer to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate opens this database from its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection before using it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate will open this database from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection saved for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From its next start, Deskmate on this computer will open the SQLite file in its data folder instead of the server. The server&apos;s data stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate will open the data folder&apos;s file from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not tested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideRolesEditor</name>
    <message>
        <source>Who decides: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff decide only up to the order limit set below; above it the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
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
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}</source>
        <translation>
            <numerusform>%n row written to {path}</numerusform>
            <numerusform>%n rows written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>Last weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts come from published rosters only. A flag means the person had the most of something in most weeks, far fewer hours than contracted, or few preferences honoured; the weekly fairness job then drafts a suggestion.</source>
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
    <name>ImportDialog</name>
    <message>
        <source>Import historic invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per invoice line; rows with the same number form one invoice, whose number is kept. All-negative invoices become credit notes. Columns are found by their headers (InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, tax rate...). Invoices that name no customer go to the cash-sales customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number=Ref, unit_price=Each</source>
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
    <name>ImportTab</name>
    <message>
        <source>Sales history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked-down price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving changes the price for these days; it then returns to the price now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Review Inbox — why and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation drafts; you decide. Nothing here has happened until someone approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and subjects (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items I may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job that drafted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When automation drafts a reorder, a roster, an invoice or finds a problem in your data, it appears here for you to decide. Jobs and their schedules are on the Automation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Automation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the proposal as drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; apply (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it without applying, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it until a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate (&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds ({sum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — waiting:
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} items</source>
        <translation>
            <numerusform>{number} item</numerusform>
            <numerusform>{number} items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <source>state &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n items?</source>
        <translation>
            <numerusform>{verb} %n item?</numerusform>
            <numerusform>{verb} %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n items rejected?</source>
        <translation>
            <numerusform>Why is this item rejected?</numerusform>
            <numerusform>Why are these %n items rejected?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n stayed open: </source>
        <translation>
            <numerusform>; %n stayed open: </numerusform>
            <numerusform>; %n stayed open: </numerusform>
        </translation>
    </message>
    <message>
        <source>A/R/S/X decide them all at once (you&apos;ll be asked to confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted by the job “{job_title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted by automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the {assigned_role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be applied: {last_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied version (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by {deciders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on the last decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the proposal on the right, then press E again or Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you change, and why? (optional — kept with the decision and used to tune the automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this rejected? (kept with the decision and used to tune the automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the owner should know? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits are made one item at a time: select a single item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} of {count} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryKpis</name>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough sales yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} of what was sold (guessed {value} by {percent2} on balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} of what was sold (no lean either way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and their stock, suppliers, purchase orders, stocktakes and imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Select an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued {date}, due {date2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n days overdue)</source>
        <translation>
            <numerusform> (%n day overdue)</numerusform>
            <numerusform> (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>credits invoice {credit_of_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: {void_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-drafted: check it, then issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax {rate}: {tax} on {net}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taxes}&lt;br&gt;Net {money} · Tax {money2} · &lt;b&gt;Total {money3}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid {money} · &lt;b&gt;open {money2}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} issued: {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {label}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a credit note for all of {label}? You can change its lines before issuing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {label} void? (kept with its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Edit {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note (negative quantities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the invoice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue now? It gets the next number and can no longer be changed (corrections are credit notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} saved: {money}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceProposalEditor</name>
    <message>
        <source>Issue on approval (gives the next invoice number; cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts, issued and overdue invoices, the catalogue and recurring agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue &amp;&amp; agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Search number, customer or notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the bookkeeper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import historic invoices from a previous system (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts appear when you write an invoice or approve one the automation prepared in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} invoice(s)</source>
        <translation>
            <numerusform>{number} invoice</numerusform>
            <numerusform>{number} invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {label} to {customer_name} for {amount}?

It gets the next number and can no longer be changed; corrections are credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers follow dates: an invoice cannot be dated before the latest one issued in its series, and a date far from today is asked about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue with this date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue dated {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>The language of Deskmate&apos;s screens on this computer, for you. Letters and invoices to customers are written in each customer&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate shows {language} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Deskmate already shows {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: Deskmate shows {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Deskmate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Deskmate to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes on {pages} first, then restart Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersEditor</name>
    <message>
        <source>Letter {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add from catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net {money}   Tax {money2}   Total {money3}</source>
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
        <source>{kind}: {headline}</source>
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
    <name>MyAccount</name>
    <message>
        <source>You are logged in as &lt;b&gt;{username}&lt;/b&gt; ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner adds people, changes roles and resets forgotten passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com (for invoices and reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order as PDF in your viewer to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received: {number} is now {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automation account has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop app, to change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {username} reset</source>
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
    <name>PaymentDialog</name>
    <message>
        <source>Payment for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer_name}: total {money}, open {money2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} more than is open: kept as the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part payment: {money} stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pays the invoice in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment {money} recorded on {invoice_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {money} kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCheckTab</name>
    <message>
        <source>Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from your sales before the date, then replays every later day: Deskmate&apos;s policy at several fill-rate targets against a hand-set min/max rule (min = average daily sales × lead time, max = 2 × min) and a careful owner&apos;s min/max (re-set every month from the last 8 weeks, with safety stock). Unmet demand is lost. Pick the fill-rate target whose cost in stock you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the backtest to see how the policy would have done on your sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockout product-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying… {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate reaches that fill rate with {money} ({percent} less stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the same stock it serves {pct} ({fill_rate_gain_points:+} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lies outside the range Deskmate&apos;s targets reach: compare the points in the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed {date} to {date2} ({days} days, {products} products). Baseline: fill rate {pct} with stock worth {money}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A careful owner&apos;s min/max (re-set monthly, with safety stock): fill rate {pct} with stock worth {money}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <source>Select a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+/- qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason (damaged, found...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;Not enough history: owner&apos;s min/max used.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it sells: {demand_explained}.
Forecast from {method_words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock (closing), daily sales and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate target (0.5–0.999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min stock (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max stock (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: it keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a unit can be sold after it is received (bread 1, milk 7). Markdown suggestions work such products by day, on the stock that will expire; blank for a product that keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier&apos;s {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {sku}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search SKU, name or category (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each product&apos;s reorder point is the demand forecast over the lead time plus safety stock for its service level. Products with too little sales history use your min/max and are listed under &apos;Not enough history&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} products</source>
        <translation>
            <numerusform>{number} product</numerusform>
            <numerusform>{number} products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrders</name>
    <message>
        <source>open</source>
        <extracomment>A purchase order&apos;s status in words (the stored value stays the key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Record the customer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (1 poor – 5 excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
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
    <name>ReceiveDialog</name>
    <message>
        <source>Receive {number} from {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter numbers in &apos;Receiving now&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderProposalEditor</name>
    <message>
        <source>no e-mail: the letter goes to the outbox folder for sending by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder needs a subject and a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderEditor</name>
    <message>
        <source>order quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), order value {money}</source>
        <translation>
            <numerusform>%n line, order value {money}</numerusform>
            <numerusform>%n lines, order value {money}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: order quantity {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: &apos;{text}&apos; is not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports — why and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from every part of the shop, each with how it was worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports appear here as the parts of Deskmate that produce them are in use: stock and forecast accuracy from Inventory, cover and hours from the Schedule, amounts owed and overdue from Invoices, and how automated drafts were decided from the Inbox. Start by adding products or opening the demo shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal problem stopped this report ({name}: {exc}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+X on a shift, then Ctrl+V (or this button) on the target cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the first letter of a shift code in the grid; &apos;-&apos; makes a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule checks (hard rules):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What lowers the score (cover, wishes, fairness):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {number}–{number2} h per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}; skills: {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}) {hours}; needs {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on each shift that day; ⚠ marks a shift still short of people (hover for who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ every hard rule holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>◀ Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft with optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New empty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the selected shift to go to a colleague (decided in the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rosters work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week:%V} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a shift in the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this shift to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap request sent to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roster was made by hand: see the rule checks and penalties below the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or draft a roster for this week first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {number} → {number2} (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the draft keeps the best roster found so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft roster {roster} is in the inbox for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;PDF (*.pdf);;iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s roster, appointments, staff and their availability, time off, and the shifts the shop needs covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts &amp;&amp; cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>new value (empty to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>… and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New appointment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill needed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Placeholders you can use:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the version for customers who read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} for customers who read {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who read the language chosen get this version; left empty, they get the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings — why and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s details, how Deskmate counts money and time, and who may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget unsaved changes and show the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept; press Revert to reload the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings reverted to the saved values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settings saved</source>
        <translation>
            <numerusform>%n setting saved</numerusform>
            <numerusform>%n settings saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Shift types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shift type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: how many people each shift needs, per weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per person short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per person extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hm} {break_minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster grid shows {code} in this colour ({color})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour {color}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shift type first.</source>
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
    <name>ShiftTypeDialog</name>
    <message>
        <source>Shift type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break after (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break length (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills needed (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May not be followed next day by (codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>these %n items</source>
        <translation>
            <numerusform>this item</numerusform>
            <numerusform>these %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide {what} until (it comes back as new that morning):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked login: that user may then request time off and swaps only for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min hours / week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max hours / week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract (target) hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max weekends in 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min rest between shifts (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly cost ({currency_symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login account</source>
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
        <source>Availability
(blank = any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
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
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rather not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner changes staff details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write times like 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <source>Filter products to count, then Enter (SKU, name or category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n counted</numerusform>
            <numerusform>%n counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock count recorded for %n product(s), variance {variance}</source>
        <translation>
            <numerusform>Stock count recorded for %n product, variance {variance}</numerusform>
            <numerusform>Stock count recorded for %n products, variance {variance}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Edit supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mon, Thu (empty = any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
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
    <name>TaxRatesEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeOffTab</name>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are decided by the owner in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is not linked to a staff member yet: the owner links it under Schedule › Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request sent to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — what is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs you today, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendReportSection</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (the weeks, the figures, the tables, how it was worked out and an About sheet) or a PDF with the chart to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} to {date2}, compared with {date3} to {date4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How it was worked out&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{how}&lt;/ul&gt;{hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name and role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this person log in again now, after failed logins slowed down or locked their account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give everyone who works in the shop their own login, so the audit log shows who did what and each person sees what their role needs: staff handle stock, orders and bookings; a bookkeeper handles invoices, payments and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Deactivated people cannot log in; their past work stays in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed_logins} failed logins in a row. After 5 each next try must wait (30 seconds, then 1, 2, 4 and 8 minutes); after 10 the account locks for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next try possible at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Unlock lets them try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} may log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {username} added as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} will no longer be able to log in. Their past work stays in the audit log, and you can reactivate them at any time.</source>
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
    <name>appointment state</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <source>Automation</source>
        <extracomment>The areas of the shop as people name them (an area&apos;s key is an identifier).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer history</name>
    <message>
        <source>appointments</source>
        <extracomment>The areas of a customer&apos;s history (``HistoryEvent.area``), and what each area&apos;s kind is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer note</name>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
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
    <name>invoice status</name>
    <message>
        <source>draft</source>
        <extracomment>The same English word can need two words in another language (&quot;open&quot;: a purchase order still being worked on is &quot;abierta&quot; in Spanish, an unpaid invoice &quot;pendiente&quot;), so each kind of record keeps its states in its own translation context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.audit.page</name>
    <message>
        <source>
&lt;p&gt;The &lt;b&gt;audit log&lt;/b&gt; records every change made in Deskmate — by a person, or by a person
approving a draft that automation prepared — with &lt;b&gt;who&lt;/b&gt;, &lt;b&gt;when&lt;/b&gt;, &lt;b&gt;what&lt;/b&gt; (the
action and the record) and the values &lt;b&gt;before and after&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;It is append-only: entries can&apos;t be edited or deleted, not even by the owner, and the database
itself refuses it. That is what makes it useful to a bookkeeper or an inspector.&lt;/p&gt;
&lt;p&gt;Each entry also holds a &lt;b&gt;hash&lt;/b&gt; of its content and of the entry before it: a chain. If anyone
changes, removes or reorders entries outside Deskmate (with database tools), the chain breaks, and
the line at the bottom of this page — and &lt;code&gt;deskmate check&lt;/code&gt; — names the first entry
affected. The chain cannot stop someone with the database file from rewriting the whole history:
a backup kept somewhere else is what shows that.&lt;/p&gt;
&lt;p&gt;Filter by person, area, period or any text (a product name, an invoice number, a setting),
select an entry to see exactly what changed, and &lt;b&gt;Export to Excel&lt;/b&gt; to hand over what the
filters show.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job “{job}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automation runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.audit.reports</name>
    <message>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.automation.page</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Automation only drafts.&lt;/b&gt; Each job looks at your data on its schedule and puts what it
finds into the &lt;b&gt;Review Inbox&lt;/b&gt;; nothing is ordered, sent or issued until a person approves it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Jobs&lt;/b&gt; have a schedule (e.g. &lt;code&gt;cron:0 6 * * *&lt;/code&gt; = every day at 06:00 in the shop&apos;s
time zone, &lt;code&gt;interval:3600&lt;/code&gt; = every hour), a person responsible and an on/off switch.
Whole areas can be switched off at once. &lt;b&gt;Run now&lt;/b&gt; runs a job immediately; running it twice
never creates the same suggestion twice.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Closed or asleep?&lt;/b&gt; When Deskmate starts, a job whose time passed while it was closed runs
once and says &quot;catch-up: missed N runs&quot; in its history; jobs that make one thing per day (such as
recurring invoices) run once for each missed day.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Several copies:&lt;/b&gt; when several Deskmates (or &lt;code&gt;deskmate worker&lt;/code&gt;) share the data, exactly
one runs the jobs; the others wait and take over within a minute if it goes away.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Is a job worth it?&lt;/b&gt; Beside each job, and in the Payoff tab: how people decided its drafts
over the last 13 whole weeks (approved as drafted, after an edit, rejected), the most common
rejection reasons, how far edits moved its order quantities, and a verdict in plain words. Below
10 decisions it says &quot;not enough decisions yet&quot;. Reports › Automation shows the same over any period.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Learning:&lt;/b&gt; the last tab shows, per job and kind, how often people accepted, edited or
rejected the drafts and how long they waited for a decision.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A job&apos;s modes as the form offers them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot (kept out of the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (drafts to the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pilot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.customers.page</name>
    <message>
        <source>One list of customers for appointments and invoices. The history shows everything the shop did with a customer: appointments, invoices, payments, reminders and notes. Payment terms set here are used for the customer&apos;s next invoices. &apos;Privacy export&apos; writes everything Deskmate holds about the customer to a spreadsheet and a JSON file; &apos;Erase personal data&apos; removes it on request, keeping issued invoices as the law requires (the request is recorded). A customer entered by mistake can be deleted while they have no invoices or appointments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inbox.dialogs</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply each proposal as drafted, through the area that owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close each without applying it, keeping your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide each until the chosen day, then bring it back as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send each to the owner to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why: the reason is kept with the decision and teaches the automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n item(s) ({parts}): {effect}</source>
        <translation>
            <numerusform>{verb} %n item ({parts}): {effect}</numerusform>
            <numerusform>{verb} %n items ({parts}): {effect}</numerusform>
        </translation>
    </message>
    <message>
        <source> on {date_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Reason kept with each: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Each item is decided on its own: if one cannot be applied, it stays open with the error shown and the others go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{not_allowed} of them you may not decide; those will be refused and stay open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inbox.keys</name>
    <message>
        <source>Approve the selected item(s) as drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your edited version of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the edited proposal (while editing it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inbox.page</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;The Review Inbox&lt;/b&gt; holds everything Deskmate&apos;s automation drafted: reorder lines, rosters,
invoices, reminders, data-quality findings, proposed parameter changes. &lt;b&gt;Nothing here has
happened yet&lt;/b&gt;: each item waits for a person.&lt;/p&gt;
&lt;p&gt;Select an item to see &lt;b&gt;why&lt;/b&gt; it was drafted — the figures used, the period of data, the
formula with the numbers filled in and how confident it is — and the proposal itself.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;A&lt;/b&gt; approve: apply the proposal as drafted, through the part of Deskmate that owns it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;E&lt;/b&gt; edit: change the proposal on the right, then press E again (or Ctrl+Enter) to apply
your version. Both versions are kept.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;R&lt;/b&gt; reject, with a reason — reasons teach the automation.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;S&lt;/b&gt; snooze until a day; &lt;b&gt;X&lt;/b&gt; escalate to the owner.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; or the arrow keys move; Shift/Ctrl-click selects several for one decision.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;If applying fails (the stock changed, a number is no longer free) nothing is applied and the
item stays open with the error shown. Which roles may decide which kind of item is an owner
setting.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, incl. snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inventory.kpis</name>
    <message>
        <source>Days a product was sold out</source>
        <extracomment>(key, plain label, what the figure is and how it is counted — shown on hover)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockout product-days: for every product, the days it had nothing on the shelf, added up over the period (one product out for 3 days = 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in stock beyond what is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value above max / order-up-to: what the stock above each product&apos;s upper level is worth at cost — money tied up that a smaller order would have kept free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value (at cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What everything on the shelves cost to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the stock sells through in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory turnover: the cost of a year&apos;s sales divided by the average stock value; higher means stock sits on the shelf for less time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far forecasts were off, last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted MAPE: the forecast&apos;s misses, in units, as a share of what was sold; the bias says whether it guessed too high (+) or too low (−) on balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder suggestions approved / edited / rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people decided the reorder suggestions drafted in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inventory.policy_check</name>
    <message>
        <source>Fill rate (%) against average stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate (one point per fill-rate target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline min/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful min/max (monthly, with safety stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline fill rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inventory.products</name>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.inventory.reorder_editor</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.invoices</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages.invoices.dialogs</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.invoices.editor</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {value}: &apos;{text}&apos; is not a {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.invoices.page</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (issued, not paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate drafts invoices from completed appointments and recurring agreements into the Review Inbox; approving one creates a draft here. Nothing is issued by itself: issuing gives the next number of the series (e.g. 2026-0042), gapless even when two people issue at once, and freezes the invoice. Corrections are credit notes referencing the original, or a void with a reason (the number stays used). Payments may be partial; anything paid beyond what is open becomes the customer&apos;s credit. Overdue invoices get reminder drafts (three levels, editable in Settings) that you approve in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.reports.page</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Reports&lt;/b&gt; gather the figures each part of Deskmate keeps: how stock turns and how good the
demand forecasts were, how well rosters covered opening hours, what is owed and overdue, and how
often automated drafts were approved, edited or rejected.&lt;/p&gt;
&lt;p&gt;Every figure is computed from the same data you see on the other pages — nothing is estimated
without saying so. Where there is too little history, a report says &quot;not enough history&quot; instead
of showing a number.&lt;/p&gt;
&lt;p&gt;Press &lt;b&gt;F5&lt;/b&gt; to recompute the section you are looking at.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.reports.trend</name>
    <message>
        <source>Last 8 weeks to today</source>
        <extracomment>(weeks, label): whole weeks to last Sunday; negative: that many weeks with this one so far; 0: the dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 13 whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 52 whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>The file dialog&apos;s choices: the suffix in each decides what is written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with the chart (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.schedule.fairness</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.schedule.grid</name>
    <message>
        <source>— off —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {short} more needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.schedule.page</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Draft with optimiser&lt;/b&gt; plans the week with OR-Tools CP-SAT: contract rules (hours, days in a row, days off, rest between shifts, weekends, skills, availability, time off) must hold; cover, preferences and a fair spread of weekends, evenings, closings and hours are weighed by their penalties (Settings → scheduling). The draft goes to the inbox; approving publishes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Editing&lt;/b&gt;: select a cell, choose a shift and press Assign (or double-click); Delete removes; Ctrl+X then Ctrl+V moves a shift. Every edit is checked at once: warnings name the rule and the person, and the penalty shows what changed. Edits to a published roster are recorded in the audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.settings.database</name>
    <message>
        <source>the SQLite file in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.settings.fields</name>
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
        <source>Owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, staff and bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.settings.page</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Settings&lt;/b&gt; are the facts about your shop that every part of Deskmate uses: the name and
address printed on invoices, the currency, the tax rates products and invoice lines refer to, the
time zone that decides what &quot;today&quot; is for automation, and the opening hours used for appointment
slots and roster cover.&lt;/p&gt;
&lt;p&gt;Each setting is checked before anything is saved; a problem is shown under the field and
nothing is written until all are fine. Every change is recorded in the &lt;b&gt;Audit&lt;/b&gt; log with the
value before and after.&lt;/p&gt;
&lt;p&gt;Only the owner changes shop settings and manages users. Roles are enforced by Deskmate itself,
not just by this page: a staff member cannot change them from the command line either.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Single-user shop&lt;/b&gt; skips the login for a shop with one person; every change is still
recorded as the owner&apos;s.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.settings.users</name>
    <message>
        <source>Owner — everything, including users, settings and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff — stock, orders, bookings, customers, the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeper — invoices, payments, exports, the audit log</source>
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
    <name>pages.today.page</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Today&lt;/b&gt; gathers what needs you today, from every part of Deskmate your role works with:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Decisions waiting for you&lt;/b&gt;: inbox items you may decide, one line per kind, the most
urgent kind first.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Today&apos;s appointments&lt;/b&gt; and &lt;b&gt;who is on shift&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cover gaps this week&lt;/b&gt;: shifts with fewer people than the shop needs.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Running out before the next delivery&lt;/b&gt;: products whose stock, at their forecast sales,
ends before an order could arrive.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Overdue invoices&lt;/b&gt; and how much is open, and &lt;b&gt;failed jobs&lt;/b&gt;.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Click a line (or select it and press Enter) to open the page where it is dealt with, with that
item selected. The page updates itself when something changes.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>payment method</name>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Activity (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flow (next 8 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster fairness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>time-off state</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
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
<context>
    <name>widgets.message_bar</name>
    <message>
        <source>Error</source>
        <extracomment>What a screen reader says before the headline.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>owner</source>
        <extracomment>Stored keys in the words a person reads (translated where shown, context &quot;words&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
