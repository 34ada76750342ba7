<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivitySection</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>No changes in this period</source>
        <translation>Keine Änderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Every change anyone makes — by hand or by approving an automated draft — is counted here per person and area. Pick a longer period, or make a change to see it.</source>
        <translation>Jede Änderung — von Hand oder durch Freigabe eines automatischen Entwurfs — wird hier pro Person und Bereich gezählt. Wählen Sie einen längeren Zeitraum oder ändern Sie etwas, um es zu sehen.</translation>
    </message>
    <message>
        <source>Activity is for the owner and the bookkeeper</source>
        <translation>Aktivität ist für den Inhaber und die Buchhaltung</translation>
    </message>
    <message>
        <source>This report is built from the audit log, which your role does not read. Ask the shop&apos;s owner if you need it.</source>
        <translation>Dieser Bericht beruht auf dem Prüfprotokoll, das Ihre Rolle nicht lesen darf. Fragen Sie den Inhaber des Geschäfts, wenn Sie ihn brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>{number} change(s)</source>
        <translation>
            <numerusform>{number} Änderung</numerusform>
            <numerusform>{number} Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person or job(s)</source>
        <translation>
            <numerusform>%n Person oder Aufgabe</numerusform>
            <numerusform>%n Personen oder Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>{changes} from {start} to {end} by {who}</source>
        <translation>{changes} von {start} bis {end} durch {who}</translation>
    </message>
    <message>
        <source>Changes per day</source>
        <translation>Änderungen pro Tag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>one word, e.g. sam</source>
        <translation>ein Wort, z. B. sam</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Tell the person their password; they can change it themselves from the File menu after logging in.</source>
        <translation>Teilen Sie der Person ihr Passwort mit; sie kann es nach der Anmeldung selbst über das Menü Datei ändern.</translation>
    </message>
    <message>
        <source>A user name is one word without spaces.</source>
        <translation>Ein Benutzername ist ein Wort ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>AdvancedJson</name>
    <message>
        <source>Advanced: show the proposal as data (JSON)</source>
        <translation>Erweitert: den Vorschlag als Daten (JSON) zeigen</translation>
    </message>
    <message>
        <source>For the owner: see and edit every value of the proposal, including internal ids</source>
        <translation>Für den Inhaber: jeden Wert des Vorschlags sehen und bearbeiten, einschließlich interner IDs</translation>
    </message>
    <message>
        <source>the proposal is not valid JSON: {problem} (line {line})</source>
        <translation>Der Vorschlag ist kein gültiges JSON: {problem} (Zeile {line})</translation>
    </message>
</context>
<context>
    <name>AgingSection</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>Open receivables as of {date}: {total} (%n customers)</source>
        <translation>
            <numerusform>Offene Forderungen zum {date}: {total} (%n Kunde)</numerusform>
            <numerusform>Offene Forderungen zum {date}: {total} (%n Kunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New recurring agreement</source>
        <translation>Neue wiederkehrende Vereinbarung</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>First invoice on</source>
        <translation>Erste Rechnung am</translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation>eine Zeile muss korrigiert werden (siehe Tabelle)</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>fügen Sie mindestens eine Zeile hinzu</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Building the demo shop: products, 18 months of sales, staff, customers and invoices…</source>
        <extracomment>The desktop entry&apos;s id (packaging/deskmate.desktop is installed as DESKTOP_ID.desktop).</extracomment>
        <translation>Der Demo-Laden wird angelegt: Produkte, 18 Monate Verkäufe, Personal, Kunden und Rechnungen…</translation>
    </message>
    <message>
        <source>Deskmate demo shop</source>
        <translation>Deskmate-Demo-Laden</translation>
    </message>
    <message>
        <source>{base_text}
{value:.0f} s — usually under a minute.</source>
        <translation>{base_text}
{value:.0f} s — meist unter einer Minute.</translation>
    </message>
    <message>
        <source>The demo shop could not be built</source>
        <translation>Der Demo-Laden konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>This is the demo shop, with made-up data: log in as owner, sam (staff) or bea (bookkeeper); every demo password is {password}.</source>
        <translation>Dies ist der Demo-Laden mit erfundenen Daten: Melden Sie sich als owner, sam (Mitarbeiter) oder bea (Buchhaltung) an; jedes Demo-Passwort lautet {password}.</translation>
    </message>
    <message>
        <source>Demo shop: you are the owner. Log out (Ctrl+Shift+L) to try &apos;sam&apos; (staff) or &apos;bea&apos; (bookkeeper); every demo password is demo1234.</source>
        <translation>Demo-Laden: Sie sind der Inhaber. Melden Sie sich ab (Strg+Umschalt+L), um &apos;sam&apos; (Mitarbeiter) oder &apos;bea&apos; (Buchhaltung) auszuprobieren; jedes Demo-Passwort lautet demo1234.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The shop&apos;s data was restored from {path}.</source>
        <translation>Die Daten des Geschäfts wurden aus {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The data it replaced was kept as {kept}. </source>
        <translation>Die ersetzten Daten wurden als {kept} aufbewahrt. </translation>
    </message>
    <message>
        <source>Deskmate will now close; start it again to continue.</source>
        <translation>Deskmate wird jetzt geschlossen; starten Sie es erneut, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>This backup&apos;s audit log shows tampering</source>
        <translation>Das Prüfprotokoll dieser Sicherung wurde manipuliert</translation>
    </message>
    <message>
        <source>The backup was not restored: its audit log was changed outside Deskmate.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: Ihr Prüfprotokoll wurde außerhalb von Deskmate verändert.</translation>
    </message>
    <message>
        <source>{details}

Restore it only if you know why (for example, it is the only copy left). The restore will be recorded as forced, naming what was found, as the first entry after it.</source>
        <translation>{details}

Stellen Sie sie nur wieder her, wenn Sie den Grund kennen (zum Beispiel, weil sie die einzige verbliebene Kopie ist). Die Wiederherstellung wird als erzwungen protokolliert, mit dem Befund, als erster Eintrag danach.</translation>
    </message>
    <message>
        <source>I understand that this backup&apos;s history was changed outside Deskmate</source>
        <translation>Mir ist bewusst, dass der Verlauf dieser Sicherung außerhalb von Deskmate verändert wurde</translation>
    </message>
    <message>
        <source>Restore anyway and close Deskmate</source>
        <translation>Trotzdem wiederherstellen und Deskmate schließen</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <source>Automation did not start: {exc}</source>
        <translation>Die Automatisierung wurde nicht gestartet: {exc}</translation>
    </message>
    <message>
        <source>Deskmate cannot open the shop&apos;s data</source>
        <translation>Deskmate kann die Daten des Geschäfts nicht öffnen</translation>
    </message>
    <message>
        <source>The shop&apos;s server holds an older version of its data than this Deskmate. Ask whoever looks after the server to run &apos;deskmate server init --db-url &lt;the owner&apos;s URL&gt;&apos; once (it upgrades the shop for every computer), then start Deskmate again.</source>
        <translation>Der Server des Geschäfts enthält eine ältere Version der Daten als dieses Deskmate. Bitten Sie die für den Server zuständige Person, einmal &apos;deskmate server init --db-url &lt;the owner&apos;s URL&gt;&apos; auszuführen (das aktualisiert das Geschäft für jeden Computer), und starten Sie Deskmate dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed. If this is a backup from a newer Deskmate, update Deskmate; if the file is damaged, restore a backup with &apos;deskmate restore FILE&apos;; to use another folder start Deskmate with --data-dir FOLDER.</source>
        <translation>Es wurde nichts geändert. Stammt die Datei aus einem neueren Deskmate, aktualisieren Sie Deskmate; ist sie beschädigt, stellen Sie eine Sicherung mit &apos;deskmate restore FILE&apos; wieder her; für einen anderen Ordner starten Sie Deskmate mit --data-dir FOLDER.</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Kunden wählen…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>Neue Leistung…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Antwort erfassen…</translation>
    </message>
    <message>
        <source>choose a service</source>
        <translation>wählen Sie eine Leistung</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>wählen Sie einen Kunden aus der Liste</translation>
    </message>
    <message>
        <source>no free slot: try another day</source>
        <translation>kein freies Zeitfenster: versuchen Sie einen anderen Tag</translation>
    </message>
    <message>
        <source>{name} ({duration_minutes} min)</source>
        <translation>{name} ({duration_minutes} Min.)</translation>
    </message>
    <message>
        <source>no free slot</source>
        <translation>kein freies Zeitfenster</translation>
    </message>
    <message>
        <source>working (roster minus breaks and time off)</source>
        <translation>im Dienst (Dienstplan abzüglich Pausen und Abwesenheiten)</translation>
    </message>
    <message>
        <source>{day} {hm} {service_name} — {customer_name} with {staff_name} [{state}]</source>
        <translation>{day} {hm} {service_name} — {customer_name} bei {staff_name} [{state}]</translation>
    </message>
    <message>
        <source>Select a completed appointment to record how the customer rated it</source>
        <translation>Wählen Sie einen abgeschlossenen Termin, um die Bewertung des Kunden zu erfassen</translation>
    </message>
    <message>
        <source>Your role does not book or change appointments</source>
        <translation>Ihre Rolle bucht oder ändert keine Termine</translation>
    </message>
    <message>
        <source>Select an appointment in the list first</source>
        <translation>Wählen Sie zuerst einen Termin in der Liste</translation>
    </message>
    <message>
        <source>Confirm the booking first: only a confirmed appointment can be marked completed (and billed)</source>
        <translation>Bestätigen Sie zuerst die Buchung: Nur ein bestätigter Termin kann als erledigt markiert (und abgerechnet) werden</translation>
    </message>
    <message>
        <source>This appointment is {state}</source>
        <translation>Dieser Termin ist {state}</translation>
    </message>
    <message>
        <source>This appointment is {replace}</source>
        <translation type="vanished">Dieser Termin ist {replace}</translation>
    </message>
    <message>
        <source>Choose a service, a customer and a free slot.</source>
        <translation>Wählen Sie eine Leistung, einen Kunden und ein freies Zeitfenster.</translation>
    </message>
    <message>
        <source>booked (pending) #{id}</source>
        <translation>gebucht (ausstehend) #{id}</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Termine exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>wrote {path} (%n appointments)</source>
        <translation>
            <numerusform>{path} geschrieben (%n Termin)</numerusform>
            <numerusform>{path} geschrieben (%n Termine)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasOffEditor</name>
    <message>
        <source>{area} automation runs on schedule</source>
        <translation>Automatisierung ({area}) läuft nach Zeitplan</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>(approving an automated draft)</source>
        <translation>(bei Freigabe eines automatischen Entwurfs)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No values recorded for this action.</source>
        <translation>Für diese Aktion wurden keine Werte erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The audit log — why and how</source>
        <translation>Das Prüfprotokoll — warum und wie</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change, by whom and when, with the values before and after. Nothing here can be edited or deleted.</source>
        <translation>Jede Änderung, von wem und wann, mit den Werten vorher und nachher. Hier kann nichts bearbeitet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Search text, records, values (Ctrl+F)</source>
        <translation>Text, Datensätze, Werte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>approved an automated draft</source>
        <translation>hat einen automatischen Entwurf freigegeben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6b7c&apos;&gt;Select an entry to see what changed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5b6b7c&apos;&gt;Wählen Sie einen Eintrag, um zu sehen, was sich geändert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation>Keine Einträge passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text. Every change anyone makes in Deskmate appears here as soon as it is saved.</source>
        <translation>Versuchen Sie eine andere Person, einen anderen Bereich oder Zeitraum oder leeren Sie den Suchtext. Jede Änderung in Deskmate erscheint hier, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Audit chain: checking…</source>
        <translation>Prüfkette: wird geprüft…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that each follows the one before</source>
        <translation>Den Hash jedes Eintrags neu berechnen und prüfen, dass jeder auf den vorherigen folgt</translation>
    </message>
    <message numerus="yes">
        <source>{number} entries match the filters</source>
        <translation>
            <numerusform>{number} Eintrag passt zu den Filtern</numerusform>
            <numerusform>{number} Einträge passen zu den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} entries in the log</source>
        <translation>
            <numerusform>{number} Eintrag im Protokoll</numerusform>
            <numerusform>{number} Einträge im Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to {path}</source>
        <translation>
            <numerusform>%n Protokolleintrag nach {path} exportiert</numerusform>
            <numerusform>%n Protokolleinträge nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text.</source>
        <translation>Versuchen Sie eine andere Person, einen anderen Bereich oder Zeitraum oder leeren Sie den Suchtext.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <source>Every change anyone makes — a setting, a product, an approved suggestion — appears here as soon as it is saved. Change something on the Settings page to see it.</source>
        <translation>Jede Änderung — eine Einstellung, ein Produkt, ein freigegebener Vorschlag — erscheint hier, sobald sie gespeichert ist. Ändern Sie etwas auf der Seite Einstellungen, um es zu sehen.</translation>
    </message>
    <message>
        <source>Audit chain: {summary}</source>
        <translation>Prüfkette: {summary}</translation>
    </message>
    <message>
        <source>Someone changed, removed or reordered entries outside Deskmate. Run &apos;deskmate check&apos; for details and compare with a backup kept elsewhere.</source>
        <translation>Jemand hat Einträge außerhalb von Deskmate geändert, entfernt oder umsortiert. Führen Sie &apos;deskmate check&apos; für Details aus und vergleichen Sie mit einer anderswo aufbewahrten Sicherung.</translation>
    </message>
    <message>
        <source>Each entry holds a hash of its content and of the entry before it, so an entry changed, removed or reordered outside Deskmate shows here and in &apos;deskmate check&apos;.</source>
        <translation>Jeder Eintrag enthält einen Hash seines Inhalts und des Eintrags davor; ein außerhalb von Deskmate geänderter, entfernter oder umsortierter Eintrag zeigt sich daher hier und in &apos;deskmate check&apos;.</translation>
    </message>
    <message>
        <source>Audit chain: could not be checked</source>
        <translation>Prüfkette: konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Export the audit log to Excel</source>
        <translation>Prüfprotokoll nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Prüfprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation>Das Prüfprotokoll wurde nicht exportiert</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <source>Daily 06:00</source>
        <translation>Täglich 06:00</translation>
    </message>
    <message>
        <source>Daily 07:00</source>
        <translation>Täglich 07:00</translation>
    </message>
    <message>
        <source>Weekdays 06:00</source>
        <translation>Werktags 06:00</translation>
    </message>
    <message>
        <source>Mondays 06:00</source>
        <translation>Montags 06:00</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Automation: {job_title} running…</source>
        <translation>Automatisierung: {job_title} läuft…</translation>
    </message>
    <message>
        <source>Automation — why and how</source>
        <translation>Automatisierung — warum und wie</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Jobs that draft work into the Review Inbox — when they run, who is responsible, and what came of it.</source>
        <translation>Aufgaben, die Arbeit in den Posteingang entwerfen — wann sie laufen, wer zuständig ist und was dabei herauskam.</translation>
    </message>
    <message>
        <source>Scheduler: off</source>
        <translation>Planer: aus</translation>
    </message>
    <message>
        <source>Areas (switch all of an area&apos;s automation on or off)</source>
        <translation>Bereiche (die gesamte Automatisierung eines Bereichs ein- oder ausschalten)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Gewählte Aufgabe</translation>
    </message>
    <message>
        <source>cron:0 6 * * *  or  interval:3600</source>
        <translation>cron:0 6 * * *  oder  interval:3600</translation>
    </message>
    <message>
        <source>Schedule presets</source>
        <translation>Zeitplan-Vorlagen</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Pilot: the job drafts as usual, but its drafts stay out of the inbox; its payoff compares them with what people did by hand, so you switch it on only when it would have helped</source>
        <translation>Pilot: Die Aufgabe entwirft wie gewohnt, aber ihre Entwürfe bleiben aus dem Posteingang heraus; ihr Nutzen vergleicht sie mit dem, was Menschen von Hand getan haben, sodass Sie sie erst einschalten, wenn sie geholfen hätte</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run for another day:</source>
        <translation>Für einen anderen Tag ausführen:</translation>
    </message>
    <message>
        <source>Run as if it were that day (e.g. an occurrence that was missed)</source>
        <translation>So ausführen, als wäre dieser Tag (z. B. ein verpasster Termin)</translation>
    </message>
    <message>
        <source>Worth it?</source>
        <translation>Lohnt es sich?</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes / error</source>
        <translation>Hinweise / Fehler</translation>
    </message>
    <message>
        <source>Only the selected job</source>
        <translation>Nur die gewählte Aufgabe</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Median bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Learning: how people decided</source>
        <translation>Lernen: wie Menschen entschieden haben</translation>
    </message>
    <message>
        <source>As drafted</source>
        <translation>Wie entworfen</translation>
    </message>
    <message>
        <source>Edit to qty</source>
        <translation>Änderung der Menge</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Edit to qty: the median change people made to the order quantity of the drafts they edited</source>
        <translation>Änderung der Menge: die mittlere Änderung, die Menschen an der Bestellmenge der von ihnen bearbeiteten Entwürfe vorgenommen haben</translation>
    </message>
    <message>
        <source>Payoff per job</source>
        <translation>Nutzen je Aufgabe</translation>
    </message>
    <message>
        <source>Payoff: last {PAYOFF_WEEKS} weeks</source>
        <translation>Nutzen: letzte {PAYOFF_WEEKS} Wochen</translation>
    </message>
    <message>
        <source>Who may approve, edit, reject or snooze each kind of inbox item. The owner always may; escalated items wait for the owner. Kinds with a value limit (e.g. reorder lines) can be approved by others only up to that amount (Settings › Inbox).</source>
        <translation>Wer jede Art von Posteingangseintrag freigeben, bearbeiten, ablehnen oder zurückstellen darf. Der Inhaber darf es immer; weitergeleitete Einträge warten auf den Inhaber. Arten mit Wertgrenze (z. B. Nachbestellzeilen) dürfen andere nur bis zu diesem Betrag freigeben (Einstellungen › Posteingang).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Bookkeeper</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>Value limit</source>
        <translation>Wertgrenze</translation>
    </message>
    <message>
        <source>Routed to (stand-in)</source>
        <translation>Zugewiesen an (Vertretung)</translation>
    </message>
    <message>
        <source>Back to the default for the selected kind</source>
        <translation>Für die gewählte Art auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Route to this person</source>
        <translation>Dieser Person zuweisen</translation>
    </message>
    <message>
        <source>Decide by role again</source>
        <translation>Wieder nach Rolle entscheiden</translation>
    </message>
    <message>
        <source>Selected kind for</source>
        <translation>Ausgewählte Art für</translation>
    </message>
    <message>
        <source>stand-in while away</source>
        <translation>Vertretung bei Abwesenheit</translation>
    </message>
    <message>
        <source>(by role)</source>
        <translation>(nach Rolle)</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Wer was entscheidet</translation>
    </message>
    <message>
        <source>Only the owner changes jobs</source>
        <translation>Nur der Inhaber ändert Aufgaben</translation>
    </message>
    <message>
        <source>Switched off with its area</source>
        <translation>Mit seinem Bereich ausgeschaltet</translation>
    </message>
    <message>
        <source>Runs on its schedule</source>
        <translation>Läuft nach Zeitplan</translation>
    </message>
    <message>
        <source>  (area off)</source>
        <translation>  (Bereich aus)</translation>
    </message>
    <message>
        <source>  (pilot)</source>
        <translation>  (Pilot)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{value:.1f} days</source>
        <translation>{value:.1f} Tage</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;drafts nothing people decide&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;entwirft nichts, worüber Menschen entscheiden&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select a job to see how people decided its drafts</source>
        <translation>Wählen Sie eine Aufgabe, um zu sehen, wie über ihre Entwürfe entschieden wurde</translation>
    </message>
    <message>
        <source>{job_title}: decisions by week, %</source>
        <translation>{job_title}: Entscheidungen pro Woche, %</translation>
    </message>
    <message>
        <source>as drafted</source>
        <translation>wie entworfen</translation>
    </message>
    <message>
        <source>No decisions on its drafts in these weeks</source>
        <translation>Keine Entscheidungen über ihre Entwürfe in diesen Wochen</translation>
    </message>
    <message>
        <source>{person} ({standin})</source>
        <translation>{person} ({standin})</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Select the kind to route first</source>
        <translation>Wählen Sie zuerst die Art, die zugewiesen werden soll</translation>
    </message>
    <message>
        <source>Choose the person who decides it first</source>
        <translation>Wählen Sie zuerst die Person, die darüber entscheidet</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; routed</source>
        <translation>„{kind}“ zugewiesen</translation>
    </message>
    <message>
        <source>Who decides &apos;{kind}&apos; changed</source>
        <translation>Wer über &apos;{kind}&apos; entscheidet, wurde geändert</translation>
    </message>
    <message>
        <source>nothing (it reports only in its run history)</source>
        <translation>nichts (sie meldet sich nur in ihrem Laufverlauf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {description}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Drafts: {kinds}. Default schedule: {describe}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {description}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Entwirft: {kinds}. Standardzeitplan: {describe}.</translation>
    </message>
    <message>
        <source> One run per missed occurrence.</source>
        <translation> Ein Lauf je verpasstem Termin.</translation>
    </message>
    <message>
        <source>Deskmate cannot yet compare this job&apos;s drafts with what people do by hand</source>
        <translation>Deskmate kann die Entwürfe dieser Aufgabe noch nicht mit dem vergleichen, was Menschen von Hand tun</translation>
    </message>
    <message>
        <source>(default: first active {owner_role})</source>
        <translation>(Standard: erster aktiver {owner_role})</translation>
    </message>
    <message>
        <source>{title}: {mode}, {schedule_text}, responsible {owner_name}</source>
        <translation>{title}: {mode}, {schedule_text}, zuständig {owner_name}</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>{title} läuft…</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {outcome}, %n new suggestion(s)</source>
        <translation>
            <numerusform>{title}: {outcome}, %n neuer Vorschlag</numerusform>
            <numerusform>{title}: {outcome}, %n neue Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduler: {state}</source>
        <translation>Planer: {state}</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>standby (another copy runs the jobs)</source>
        <translation>Bereitschaft (eine andere Kopie führt die Aufgaben aus)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>CashflowSection</name>
    <message>
        <source>Cash flow</source>
        <translation>Zahlungsfluss</translation>
    </message>
    <message>
        <source>Money expected in: every open invoice on its due date, moved by that customer&apos;s average days late on paid invoices (overdue ones count this week). Money going out: purchase orders sent to suppliers, on their expected delivery date.</source>
        <translation>Erwartete Eingänge: jede offene Rechnung an ihrem Fälligkeitstag, verschoben um die durchschnittliche Verspätung des Kunden bei bezahlten Rechnungen (überfällige zählen in dieser Woche). Ausgänge: an Lieferanten gesendete Bestellungen zum erwarteten Liefertermin.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation>Erwartete Eingänge</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>Fällige Ausgänge</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>nothing expected</source>
        <translation>nichts erwartet</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation>Nächste 8 Wochen</translation>
    </message>
    <message>
        <source>expected in</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>due out</source>
        <translation>Ausgänge</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt; — prices with or without tax, one tax code each</source>
        <translation>&lt;b&gt;Katalog&lt;/b&gt; — Preise mit oder ohne Steuer, je ein Steuercode</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price incl. tax</source>
        <translation>Preis inkl. Steuer</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>Double-click a price to change it (invoices already written keep theirs)</source>
        <translation>Doppelklicken Sie auf einen Preis, um ihn zu ändern (bereits geschriebene Rechnungen behalten ihren)</translation>
    </message>
    <message>
        <source>price without tax</source>
        <translation>Preis ohne Steuer</translation>
    </message>
    <message>
        <source>price includes tax</source>
        <translation>Preis enthält Steuer</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recurring agreements&lt;/b&gt; — one invoice draft per week / month / year, each occurrence exactly once</source>
        <translation>&lt;b&gt;Wiederkehrende Vereinbarungen&lt;/b&gt; — ein Rechnungsentwurf pro Woche / Monat / Jahr, jedes Vorkommen genau einmal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Pause / resume selected agreement</source>
        <translation>Gewählte Vereinbarung pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a price.</source>
        <translation>&apos;{text}&apos; ist kein Preis.</translation>
    </message>
    <message>
        <source>item {code} added</source>
        <translation>Artikel {code} hinzugefügt</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>New price of {code} {name}</source>
        <translation>Neuer Preis für {code} {name}</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Colour {name} — click to choose another</source>
        <translation>Farbe {name} — klicken, um eine andere zu wählen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contact details, what each customer was invoiced and paid, their appointments and notes; privacy export and erasure.</source>
        <translation>Kontaktdaten, was jedem Kunden berechnet wurde und was er bezahlt hat, seine Termine und Notizen; Datenschutzexport und Löschung.</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, tax id or contact</source>
        <translation>Name, E-Mail, Telefon, Steuernummer oder Kontakt suchen</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsanschrift</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Sprache des Geschäfts</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokumente auf</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Privacy export…</source>
        <translation>Datenschutzexport…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete a customer entered by mistake (only without invoices or appointments)</source>
        <translation>Einen versehentlich angelegten Kunden löschen (nur ohne Rechnungen oder Termine)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Invoiced {money} · open {money2} · overdue {money3} · credit {money4}</source>
        <translation>Berechnet {money} · offen {money2} · überfällig {money3} · Guthaben {money4}</translation>
    </message>
    <message>
        <source> · pays on average {late:+.0f} days after the due date</source>
        <translation> · zahlt im Schnitt {late:+.0f} Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source> · no payment record yet</source>
        <translation> · noch keine Zahlung erfasst</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Note on {name}</source>
        <translation>Notiz zu {name}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Name, role, e-mail, phone (separated by commas)</source>
        <translation>Name, Rolle, E-Mail, Telefon (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Write the customer&apos;s data to</source>
        <translation>Daten des Kunden schreiben nach</translation>
    </message>
    <message>
        <source>written {sheet} and {json}</source>
        <translation>{sheet} und {json} geschrieben</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data? Issued invoices are kept as the law requires. Record the request (who asked, when, how):</source>
        <translation>Die personenbezogenen Daten von {name} löschen? Ausgestellte Rechnungen bleiben wie gesetzlich vorgeschrieben erhalten. Halten Sie den Antrag fest (wer hat gefragt, wann, wie):</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>This computer uses {kind}: &lt;b&gt;{where}&lt;/b&gt;</source>
        <translation>Dieser Computer verwendet {kind}: &lt;b&gt;{where}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To share one shop between several computers, enter the URL your server&apos;s administrator gave you (&lt;i&gt;deskmate server init&lt;/i&gt; prints it), test it, then use it. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Um ein Geschäft auf mehreren Computern zu teilen, geben Sie die URL ein, die Sie von der Serververwaltung erhalten haben (&lt;i&gt;deskmate server init&lt;/i&gt; gibt sie aus), testen Sie sie und verwenden Sie sie dann. Das Passwort liegt im Schlüsselbund dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can connect this computer to another database.</source>
        <translation>Nur der Inhaber des Geschäfts kann diesen Computer mit einer anderen Datenbank verbinden.</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Use on this computer</source>
        <translation>Auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Deskmate opens this database from its next start</source>
        <translation>Deskmate öffnet diese Datenbank ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file</source>
        <translation>Datei im Datenordner verwenden</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Testing the connection before using it…</source>
        <translation>Verbindung wird vor der Verwendung getestet…</translation>
    </message>
    <message>
        <source>Deskmate will open this database from its next start.</source>
        <translation>Deskmate öffnet diese Datenbank ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Database connection saved for this computer</source>
        <translation>Datenbankverbindung für diesen Computer gespeichert</translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file?</source>
        <translation>Datei im Datenordner verwenden?</translation>
    </message>
    <message>
        <source>From its next start, Deskmate on this computer will open the SQLite file in its data folder instead of the server. The server&apos;s data stays where it is.</source>
        <translation>Ab dem nächsten Start öffnet Deskmate auf diesem Computer die SQLite-Datei im Datenordner statt des Servers. Die Daten auf dem Server bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Deskmate will open the data folder&apos;s file from its next start.</source>
        <translation>Deskmate öffnet ab dem nächsten Start die Datei im Datenordner.</translation>
    </message>
    <message>
        <source>The connection was not tested</source>
        <translation>Die Verbindung wurde nicht getestet</translation>
    </message>
</context>
<context>
    <name>DecideRolesEditor</name>
    <message>
        <source>Who decides: {title}</source>
        <translation>Wer entscheidet: {title}</translation>
    </message>
    <message>
        <source>As usual ({roles})</source>
        <translation>Wie üblich ({roles})</translation>
    </message>
    <message>
        <source>Staff decide only up to the order limit set below; above it the owner.</source>
        <translation>Mitarbeiter entscheiden nur bis zum unten festgelegten Bestelllimit; darüber der Inhaber.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the bookkeeper</source>
        <translation>Export für die Buchhaltung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>.xlsx</source>
        <translation>.xlsx</translation>
    </message>
    <message>
        <source>Not exported: choose another file name.</source>
        <translation>Nicht exportiert: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}</source>
        <translation>
            <numerusform>%n Zeile nach {path} geschrieben</numerusform>
            <numerusform>%n Zeilen nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>Last weeks:</source>
        <translation>Letzte Wochen:</translation>
    </message>
    <message>
        <source>Counts come from published rosters only. A flag means the person had the most of something in most weeks, far fewer hours than contracted, or few preferences honoured; the weekly fairness job then drafts a suggestion.</source>
        <translation>Die Zahlen stammen nur aus veröffentlichten Dienstplänen. Eine Markierung heißt: Die Person hatte in den meisten Wochen am meisten von etwas, weit weniger Stunden als vereinbart oder wenige berücksichtigte Wünsche; die wöchentliche Fairness-Aufgabe entwirft dann einen Vorschlag.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Deskmate</source>
        <translation>Willkommen bei Deskmate</translation>
    </message>
    <message>
        <source>Deskmate drafts the routine work of a small shop — reorders, rosters, invoices — and you decide every draft in the Review Inbox.</source>
        <translation>Deskmate entwirft die Routinearbeit eines kleinen Geschäfts — Nachbestellungen, Dienstpläne, Rechnungen — und Sie entscheiden jeden Entwurf im Posteingang.</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>Demo-Laden öffnen</translation>
    </message>
    <message>
        <source>A made-up bakery and deli with 18 months of history to explore. It lives in a temporary folder and is removed when you quit: your own data stays untouched.</source>
        <translation>Eine erfundene Bäckerei mit Feinkost und 18 Monaten Verlauf zum Ausprobieren. Sie liegt in einem temporären Ordner und wird beim Beenden gelöscht: Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation>Mein Geschäft einrichten</translation>
    </message>
    <message>
        <source>A few questions: name and address, currency, taxes, opening hours and your owner account. About two minutes; everything can be changed later in Settings.</source>
        <translation>Ein paar Fragen: Name und Anschrift, Währung, Steuern, Öffnungszeiten und Ihr Inhaberkonto. Etwa zwei Minuten; alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your shop&apos;s data will be kept in {data_dir}</source>
        <translation>Die Daten Ihres Geschäfts werden in {data_dir} gespeichert</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>not a valid value</source>
        <translation>kein gültiger Wert</translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation>Zuerst korrigieren:</translation>
    </message>
</context>
<context>
    <name>GenericEditor</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Vorgeschlagener Wert</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a valid value: {text!r}</source>
        <translation>&apos;{field}&apos; ist kein gültiger Wert: {text!r}</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Why / how does this work?</source>
        <translation>Warum / wie funktioniert das?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import historic invoices</source>
        <translation>Alte Rechnungen importieren</translation>
    </message>
    <message>
        <source>One row per invoice line; rows with the same number form one invoice, whose number is kept. All-negative invoices become credit notes. Columns are found by their headers (InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, tax rate...). Invoices that name no customer go to the cash-sales customer.</source>
        <translation>Eine Zeile pro Rechnungsposition; Zeilen mit derselben Nummer bilden eine Rechnung, deren Nummer erhalten bleibt. Vollständig negative Rechnungen werden zu Gutschriften. Spalten werden an ihren Überschriften erkannt (InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, Steuersatz...). Rechnungen ohne Kunde gehen an den Barverkaufskunden.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>number=Ref, unit_price=Each</source>
        <translation>number=Ref, unit_price=Each</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>a CSV or XLSX file</source>
        <translation>eine CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Import the valid rows and skip invalid ones</source>
        <translation>Gültige Zeilen importieren, ungültige überspringen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Read the file and list every problem; nothing is written</source>
        <translation>Liest die Datei und listet jedes Problem auf; es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fidelity report: rows read, imported and skipped, with their totals</source>
        <translation>Prüfbericht: gelesene, importierte und übersprungene Zeilen mit ihren Summen</translation>
    </message>
    <message>
        <source>optional: {mapping_hint}</source>
        <translation>optional: {mapping_hint}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Import: {what}</source>
        <translation>Importieren: {what}</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>{number} row(s) could not be read: their quantity and money are not in the totals.</source>
        <translation>
            <numerusform>{number} Zeile konnte nicht gelesen werden: Ihre Menge und ihr Betrag fehlen in den Summen.</numerusform>
            <numerusform>{number} Zeilen konnten nicht gelesen werden: Ihre Mengen und Beträge fehlen in den Summen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Sales history</source>
        <translation>Verkaufshistorie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Bestandszählungen</translation>
    </message>
</context>
<context>
    <name>InboxForms</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>as described</source>
        <translation>wie beschrieben</translation>
    </message>
    <message>
        <source>Apply the suggested fix ({how})</source>
        <translation>Vorgeschlagene Korrektur anwenden ({how})</translation>
    </message>
    <message>
        <source>Only record that someone looked at it</source>
        <translation>Nur festhalten, dass es sich jemand angesehen hat</translation>
    </message>
    <message>
        <source>safety factor</source>
        <translation>Sicherheitsfaktor</translation>
    </message>
    <message>
        <source>minimum stock</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>maximum stock</source>
        <translation>Höchstbestand</translation>
    </message>
    <message>
        <source>Safety factor</source>
        <translation>Sicherheitsfaktor</translation>
    </message>
    <message>
        <source>Minimum / maximum stock</source>
        <translation>Mindest- / Höchstbestand</translation>
    </message>
    <message>
        <source>{setting}: now {value}</source>
        <translation>{setting}: derzeit {value}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Approving grants the time off as asked; rejecting refuses it. The dates are the person&apos;s own request: ask them to send a new one to change them.</source>
        <translation>Freigeben gewährt die Abwesenheit wie beantragt; Ablehnen lehnt sie ab. Die Daten stammen aus dem Antrag der Person: Bitten Sie sie um einen neuen Antrag, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Approving swaps the two people&apos;s shifts that day in the roster; rejecting keeps the roster as it is.</source>
        <translation>Freigeben tauscht die Schichten der beiden an diesem Tag im Dienstplan; Ablehnen lässt den Dienstplan, wie er ist.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Approving confirms the booking; rejecting cancels it and frees the slot.</source>
        <translation>Freigeben bestätigt die Buchung; Ablehnen storniert sie und gibt den Termin frei.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation>Die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Approving sends the message (or writes it to the outbox folder when no mail server is set).</source>
        <translation>Freigeben sendet die Nachricht (oder legt sie im Postausgangsordner ab, wenn kein Mailserver eingerichtet ist).</translation>
    </message>
    <message>
        <source>Shift to spare them</source>
        <translation>Schicht, die ihnen erspart werden soll</translation>
    </message>
    <message>
        <source>How strongly</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>Higher means future rosters avoid giving them this shift more firmly</source>
        <translation>Je höher, desto entschiedener vermeiden künftige Dienstpläne, ihnen diese Schicht zu geben</translation>
    </message>
    <message>
        <source>Approving adds a &apos;rather not&apos; wish for this shift; future drafts weigh it.</source>
        <translation>Freigeben fügt für diese Schicht den Wunsch &apos;lieber nicht&apos; hinzu; künftige Entwürfe berücksichtigen ihn.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Wants this shift</source>
        <translation>Möchte diese Schicht</translation>
    </message>
    <message>
        <source>Would rather not work it</source>
        <translation>Würde sie lieber nicht arbeiten</translation>
    </message>
    <message>
        <source>How much it counts</source>
        <translation>Wie viel er zählt</translation>
    </message>
    <message>
        <source>Approving records the wish; future drafts weigh it.</source>
        <translation>Freigeben hält den Wunsch fest; künftige Entwürfe berücksichtigen ihn.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>When approved</source>
        <translation>Bei Freigabe</translation>
    </message>
    <message>
        <source>Approving applies the fix chosen above, or records that someone looked at it.</source>
        <translation>Freigeben wendet die oben gewählte Korrektur an oder hält fest, dass es sich jemand angesehen hat.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Approving records that you dealt with it; the next backup runs as scheduled.</source>
        <translation>Freigeben hält fest, dass Sie sich darum gekümmert haben; die nächste Sicherung läuft wie geplant.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Approving changes the product&apos;s setting; use Advanced to change the proposed value.</source>
        <translation>Freigeben ändert die Einstellung des Produkts; mit Erweitert ändern Sie den vorgeschlagenen Wert.</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Preis jetzt</translation>
    </message>
    <message>
        <source>Marked-down price</source>
        <translation>Reduzierter Preis</translation>
    </message>
    <message>
        <source>For days</source>
        <translation>Für Tage</translation>
    </message>
    <message>
        <source>Approving changes the price for these days; it then returns to the price now.</source>
        <translation>Mit der Freigabe gilt der Preis für diese Tage; danach gilt wieder der jetzige Preis.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Review Inbox — why and how</source>
        <translation>Posteingang — warum und wie</translation>
    </message>
    <message>
        <source>Review Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Automation drafts; you decide. Nothing here has happened until someone approves it.</source>
        <translation>Die Automatisierung entwirft, Sie entscheiden. Nichts hiervon ist geschehen, bevor es jemand freigibt.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Search titles and subjects (Ctrl+F)</source>
        <translation>Titel und Betreffe durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Items I may decide</source>
        <translation>Was ich entscheiden darf</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Von allen</translation>
    </message>
    <message>
        <source>For {role}</source>
        <translation>Für {role}</translation>
    </message>
    <message>
        <source>Kind of suggestion</source>
        <translation>Art des Vorschlags</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job that drafted it</source>
        <translation>Aufgabe, die ihn entworfen hat</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Wer entscheiden darf</translation>
    </message>
    <message>
        <source>Drafted when</source>
        <translation>Entworfen wann</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>Nichts wartet auf Sie</translation>
    </message>
    <message>
        <source>When automation drafts a reorder, a roster, an invoice or finds a problem in your data, it appears here for you to decide. Jobs and their schedules are on the Automation page.</source>
        <translation>Wenn die Automatisierung eine Nachbestellung, einen Dienstplan oder eine Rechnung entwirft oder ein Problem in Ihren Daten findet, erscheint es hier zur Entscheidung. Aufgaben und ihre Zeitpläne finden Sie auf der Seite Automatisierung.</translation>
    </message>
    <message>
        <source>Open the Automation page</source>
        <translation>Seite Automatisierung öffnen</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Freigeben (A)</translation>
    </message>
    <message>
        <source>Apply the proposal as drafted</source>
        <translation>Den Vorschlag wie entworfen anwenden</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; apply (E)</source>
        <translation>&amp;Bearbeiten &amp;&amp; anwenden (E)</translation>
    </message>
    <message>
        <source>Apply your edited version</source>
        <translation>Ihre bearbeitete Fassung anwenden</translation>
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation>A&amp;blehnen… (R)</translation>
    </message>
    <message>
        <source>Close it without applying, with a reason</source>
        <translation>Ohne Anwenden schließen, mit Begründung</translation>
    </message>
    <message>
        <source>&amp;Snooze… (S)</source>
        <translation>&amp;Zurückstellen… (S)</translation>
    </message>
    <message>
        <source>Hide it until a day</source>
        <translation>Bis zu einem Tag ausblenden</translation>
    </message>
    <message>
        <source>Escalate (&amp;X)</source>
        <translation>Weiterleiten (&amp;X)</translation>
    </message>
    <message>
        <source>Send it to the owner</source>
        <translation>An den Inhaber senden</translation>
    </message>
    <message>
        <source>All kinds ({sum})</source>
        <translation>Alle Arten ({sum})</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source> — waiting:
{text}</source>
        <translation> — wartet:
{text}</translation>
    </message>
    <message>
        <source>: nothing waiting</source>
        <translation>: nichts wartet</translation>
    </message>
    <message numerus="yes">
        <source>{number} items</source>
        <translation>
            <numerusform>{number} Eintrag</numerusform>
            <numerusform>{number} Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Eintrag ausgewählt</numerusform>
            <numerusform>%n Einträge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>state &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Status &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n items?</source>
        <translation>
            <numerusform>{verb}: %n Eintrag?</numerusform>
            <numerusform>{verb}: %n Einträge?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n items rejected?</source>
        <translation>
            <numerusform>Warum wird dieser Eintrag abgelehnt?</numerusform>
            <numerusform>Warum werden diese %n Einträge abgelehnt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n stayed open: </source>
        <translation>
            <numerusform>; %n blieb offen: </numerusform>
            <numerusform>; %n blieben offen: </numerusform>
        </translation>
    </message>
    <message>
        <source>A/R/S/X decide them all at once (you&apos;ll be asked to confirm).</source>
        <translation>A/R/S/X entscheiden alle auf einmal (Sie werden um Bestätigung gebeten).</translation>
    </message>
    <message>
        <source>drafted by the job “{job_title}”</source>
        <translation>entworfen von der Aufgabe „{job_title}“</translation>
    </message>
    <message>
        <source>drafted by automation</source>
        <translation>von der Automatisierung entworfen</translation>
    </message>
    <message>
        <source>entered by a person</source>
        <translation>von einer Person erfasst</translation>
    </message>
    <message>
        <source>waiting for the {assigned_role}</source>
        <translation>wartet auf: {assigned_role}</translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation>zurückgestellt bis {date}</translation>
    </message>
    <message>
        <source>value {money}</source>
        <translation>Wert {money}</translation>
    </message>
    <message>
        <source>Could not be applied: {last_error}</source>
        <translation>Konnte nicht angewendet werden: {last_error}</translation>
    </message>
    <message>
        <source>Applied version (edited)</source>
        <translation>Angewendete Fassung (bearbeitet)</translation>
    </message>
    <message>
        <source>Decided by {deciders}</source>
        <translation>Entschieden von {deciders}</translation>
    </message>
    <message>
        <source>Still working on the last decision…</source>
        <translation>Die letzte Entscheidung wird noch verarbeitet…</translation>
    </message>
    <message>
        <source>Change the proposal on the right, then press E again or Ctrl+Enter.</source>
        <translation>Ändern Sie den Vorschlag rechts und drücken Sie dann erneut E oder Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Apply your edit</source>
        <translation>Ihre Änderung anwenden</translation>
    </message>
    <message>
        <source>What did you change, and why? (optional — kept with the decision and used to tune the automation)</source>
        <translation>Was haben Sie geändert und warum? (optional — wird mit der Entscheidung aufbewahrt und zum Abstimmen der Automatisierung genutzt)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is this rejected? (kept with the decision and used to tune the automation)</source>
        <translation>Warum wird das abgelehnt? (wird mit der Entscheidung aufbewahrt und zum Abstimmen der Automatisierung genutzt)</translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation>An den Inhaber weiterleiten</translation>
    </message>
    <message>
        <source>Anything the owner should know? (optional)</source>
        <translation>Sollte der Inhaber etwas wissen? (optional)</translation>
    </message>
    <message>
        <source>Edits are made one item at a time: select a single item.</source>
        <translation>Bearbeitet wird ein Eintrag nach dem anderen: Wählen Sie einen einzelnen Eintrag.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>{ok} of {count} done</source>
        <translation>{ok} von {count} erledigt</translation>
    </message>
</context>
<context>
    <name>InventoryKpis</name>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>not enough sales yet</source>
        <translation>noch nicht genug Verkäufe</translation>
    </message>
    <message>
        <source>{number} times</source>
        <translation>{number}-mal</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>nicht genug Verlauf</translation>
    </message>
    <message>
        <source>{percent} of what was sold (guessed {value} by {percent2} on balance)</source>
        <translation>{percent} des Verkauften (im Saldo um {percent2} {value} geschätzt)</translation>
    </message>
    <message>
        <source>too high</source>
        <translation>zu hoch</translation>
    </message>
    <message>
        <source>too low</source>
        <translation>zu niedrig</translation>
    </message>
    <message>
        <source>{percent} of what was sold (no lean either way)</source>
        <translation>{percent} des Verkauften (ohne Tendenz in eine Richtung)</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Products and their stock, suppliers, purchase orders, stocktakes and imports.</source>
        <translation>Produkte und ihr Bestand, Lieferanten, Bestellungen, Inventuren und Importe.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Richtlinienprüfung</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Select an invoice</source>
        <translation>Wählen Sie eine Rechnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rab. %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ausstellen…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>issued {date}, due {date2}</source>
        <translation>ausgestellt {date}, fällig {date2}</translation>
    </message>
    <message numerus="yes">
        <source> (%n days overdue)</source>
        <translation>
            <numerusform> (%n Tag überfällig)</numerusform>
            <numerusform> (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>credits invoice {credit_of_number}</source>
        <translation>schreibt Rechnung {credit_of_number} gut</translation>
    </message>
    <message>
        <source>void: {void_reason}</source>
        <translation>storniert: {void_reason}</translation>
    </message>
    <message>
        <source>machine-drafted: check it, then issue</source>
        <translation>maschinell entworfen: prüfen, dann ausstellen</translation>
    </message>
    <message>
        <source>Tax {rate}: {tax} on {net}</source>
        <translation>Steuer {rate}: {tax} auf {net}</translation>
    </message>
    <message>
        <source>{taxes}&lt;br&gt;Net {money} · Tax {money2} · &lt;b&gt;Total {money3}&lt;/b&gt;</source>
        <translation>{taxes}&lt;br&gt;Netto {money} · Steuer {money2} · &lt;b&gt;Gesamt {money3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · paid {money} · &lt;b&gt;open {money2}&lt;/b&gt;</source>
        <translation> · bezahlt {money} · &lt;b&gt;offen {money2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments: </source>
        <translation>Zahlungen: </translation>
    </message>
    <message>
        <source>{label} issued: {money}</source>
        <translation>{label} ausgestellt: {money}</translation>
    </message>
    <message>
        <source>Delete {label}?</source>
        <translation>{label} löschen?</translation>
    </message>
    <message>
        <source>draft deleted</source>
        <translation>Entwurf gelöscht</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Draft a credit note for all of {label}? You can change its lines before issuing it.</source>
        <translation>Eine Gutschrift über den gesamten Betrag von {label} entwerfen? Sie können ihre Zeilen vor dem Ausstellen ändern.</translation>
    </message>
    <message>
        <source>{label} drafted</source>
        <translation>{label} entworfen</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Why is {label} void? (kept with its number)</source>
        <translation>Warum wird {label} storniert? (wird mit der Nummer aufbewahrt)</translation>
    </message>
    <message>
        <source>{label} voided</source>
        <translation>{label} storniert</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Edit {label}</source>
        <translation>{label} bearbeiten</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note (negative quantities)</source>
        <translation>Gutschrift (negative Mengen)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation>Speichern und ausstellen…</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>wählen Sie einen Kunden aus der Liste</translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation>eine Zeile muss korrigiert werden (siehe Tabelle)</translation>
    </message>
    <message>
        <source>fix the invoice first</source>
        <translation>korrigieren Sie zuerst die Rechnung</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <source>Issue now? It gets the next number and can no longer be changed (corrections are credit notes).</source>
        <translation>Jetzt ausstellen? Sie erhält die nächste Nummer und kann danach nicht mehr geändert werden (Korrekturen sind Gutschriften).</translation>
    </message>
    <message>
        <source>{label} saved: {money}</source>
        <translation>{label} gespeichert: {money}</translation>
    </message>
</context>
<context>
    <name>InvoiceProposalEditor</name>
    <message>
        <source>Issue on approval (gives the next invoice number; cannot be undone)</source>
        <translation>Bei Freigabe ausstellen (vergibt die nächste Rechnungsnummer; nicht rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Drafts, issued and overdue invoices, the catalogue and recurring agreements.</source>
        <translation>Entwürfe, ausgestellte und überfällige Rechnungen, der Katalog und wiederkehrende Vereinbarungen.</translation>
    </message>
    <message>
        <source>Catalogue &amp;&amp; agreements</source>
        <translation>Katalog &amp;&amp; Vereinbarungen</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Search number, customer or notes (Ctrl+F)</source>
        <translation>Nummer, Kunde oder Notizen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>New invoice (Ctrl+N)</source>
        <translation>Neue Rechnung (Strg+N)</translation>
    </message>
    <message>
        <source>Export for the bookkeeper…</source>
        <translation>Export für die Buchhaltung…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import historic invoices from a previous system (CSV or XLSX)</source>
        <translation>Alte Rechnungen aus einem früheren System importieren (CSV oder XLSX)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>draft #{id}</source>
        <translation>Entwurf #{id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>No invoices here</source>
        <translation>Keine Rechnungen hier</translation>
    </message>
    <message>
        <source>Drafts appear when you write an invoice or approve one the automation prepared in the inbox.</source>
        <translation>Entwürfe erscheinen, wenn Sie eine Rechnung schreiben oder eine von der Automatisierung vorbereitete im Posteingang freigeben.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message numerus="yes">
        <source>{number} invoice(s)</source>
        <translation>
            <numerusform>{number} Rechnung</numerusform>
            <numerusform>{number} Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <source>Issue {label} to {customer_name} for {amount}?

It gets the next number and can no longer be changed; corrections are credit notes.</source>
        <translation>{label} an {customer_name} über {amount} ausstellen?

Sie erhält die nächste Nummer und kann danach nicht mehr geändert werden; Korrekturen sind Gutschriften.</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Numbers follow dates: an invoice cannot be dated before the latest one issued in its series, and a date far from today is asked about first.</source>
        <translation>Nummern folgen den Daten: Eine Rechnung kann nicht vor der zuletzt ausgestellten ihrer Serie datiert werden, und ein Datum weit weg von heute wird zuerst nachgefragt.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Issue with this date?</source>
        <translation>Mit diesem Datum ausstellen?</translation>
    </message>
    <message>
        <source>Issue dated {date}</source>
        <translation>Mit Datum {date} ausstellen</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg})</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>The language of Deskmate&apos;s screens on this computer, for you. Letters and invoices to customers are written in each customer&apos;s own language.</source>
        <translation>Die Sprache der Bildschirme von Deskmate auf diesem Computer, für Sie. Briefe und Rechnungen an Kunden werden in der Sprache des jeweiligen Kunden geschrieben.</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Deskmate shows {language} now.</source>
        <translation>Deskmate zeigt jetzt {language}.</translation>
    </message>
    <message>
        <source>The language was not saved</source>
        <translation>Die Sprache wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved. Deskmate already shows {language}.</source>
        <translation>Gespeichert. Deskmate zeigt bereits {language}.</translation>
    </message>
    <message>
        <source>Saved: Deskmate shows {language} from its next start.</source>
        <translation>Gespeichert: Deskmate zeigt ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>Restart Deskmate?</source>
        <translation>Deskmate neu starten?</translation>
    </message>
    <message>
        <source>Restart Deskmate to use the new language.</source>
        <translation>Starten Sie Deskmate neu, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Save or discard the changes on {pages} first, then restart Deskmate.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen auf {pages} und starten Sie Deskmate dann neu.</translation>
    </message>
</context>
<context>
    <name>LettersEditor</name>
    <message>
        <source>Letter {number}</source>
        <translation>Brief {number}</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> Tage überfällig</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Senden, wenn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add from catalogue…</source>
        <translation>Aus dem Katalog hinzufügen…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Gesamt: —</translation>
    </message>
    <message>
        <source>Net {money}   Tax {money2}   Total {money3}</source>
        <translation>Netto {money}   Steuer {money2}   Gesamt {money3}</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Deskmate&apos;s log</source>
        <translation>Deskmate-Protokoll</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>Log lines, newest last</source>
        <translation>Protokollzeilen, neueste zuletzt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Nothing has been logged yet: no job failed and nothing unexpected happened.</source>
        <translation>Noch nichts protokolliert: Keine Aufgabe ist fehlgeschlagen und nichts Unerwartetes ist passiert.</translation>
    </message>
    <message>
        <source>The log could not be read: {exc}</source>
        <translation>Das Protokoll konnte nicht gelesen werden: {exc}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demo shop — Deskmate</source>
        <translation>Anmelden — Demo-Laden — Deskmate</translation>
    </message>
    <message>
        <source>Log in — Deskmate</source>
        <translation>Anmelden — Deskmate</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Demo shop — made-up data, shared demo passwords</source>
        <translation>Demo-Laden — erfundene Daten, gemeinsame Demo-Passwörter</translation>
    </message>
    <message>
        <source>Log in with your own user name so your changes are recorded as yours.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Benutzernamen an, damit Ihre Änderungen als Ihre erfasst werden.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Geben Sie Benutzernamen und Passwort ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again (the owner can reset a forgotten password on the Settings page).</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut (der Inhaber kann ein vergessenes Passwort auf der Seite Einstellungen zurücksetzen).</translation>
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
        <translation>
&lt;h3&gt;So arbeitet Deskmate&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Die Maschine entwirft, ein Mensch entscheidet.&lt;/b&gt; Die Automatisierung sieht sich Ihre Verkäufe, Ihren Bestand, Ihre Termine und
Rechnungen an und &lt;i&gt;entwirft&lt;/i&gt; Arbeit — eine Bestellung, einen Dienstplan, eine Zahlungserinnerung — in den
&lt;b&gt;Posteingang&lt;/b&gt;. Nichts wird bestellt, versendet, veröffentlicht oder ausgestellt, bevor es jemand freigibt, und
jede Automatisierung lässt sich auf der Seite Automatisierung abschalten. Alles, was sie entwirft, können Sie auch
von Hand erledigen.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Jeder Vorschlag erklärt sich selbst:&lt;/b&gt; die verwendeten Zahlen, den Datenzeitraum, die Formel
mit eingesetzten Werten und wie sicher er ist. Bei zu wenig Verlauf sagt er das, statt
zu raten.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Es lernt von Ihnen:&lt;/b&gt; Wenn Sie einen Entwurf ändern, werden der Unterschied und Ihr Grund aufbewahrt, und
später schlägt Deskmate vielleicht vor, seine eigenen Parameter anzupassen — als Vorschlag, den Sie wie jeden anderen prüfen.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Nachvollziehbar:&lt;/b&gt; Jede Änderung, ob von Hand oder durch Freigabe eines Entwurfs, steht im
unveränderlichen &lt;b&gt;Prüfprotokoll&lt;/b&gt;, mit wer, wann und den Werten vorher und nachher.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Nichts geht verloren:&lt;/b&gt; Fehlerhafte Eingaben werden mit einer Meldung abgelehnt, die Datei, Zeile und Feld nennt,
und nichts Halbfertiges wird behalten. Sichern Sie jederzeit über das Menü Datei, auch während der Arbeit.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Noch keine Seiten</translation>
    </message>
    <message>
        <source>This installation of Deskmate has no pages for your role. Ask the shop&apos;s owner which parts of Deskmate you should see.</source>
        <translation>Diese Deskmate-Installation hat keine Seiten für Ihre Rolle. Fragen Sie den Inhaber des Geschäfts, welche Bereiche von Deskmate Sie sehen sollen.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{value})</source>
        <translation>{title} (Strg+{value})</translation>
    </message>
    <message>
        <source>Automation: off</source>
        <translation>Automatisierung: aus</translation>
    </message>
    <message>
        <source>Automation state</source>
        <translation>Status der Automatisierung</translation>
    </message>
    <message>
        <source>Automation only drafts into the Review Inbox; switch jobs on or off on the Automation page.</source>
        <translation>Die Automatisierung entwirft nur in den Posteingang; Aufgaben schalten Sie auf der Seite Automatisierung ein oder aus.</translation>
    </message>
    <message>
        <source>Logged in as {username} ({role})</source>
        <translation>Angemeldet als {username} ({role})</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Move the shop to another database…</source>
        <translation>Geschäft in eine andere Datenbank &amp;umziehen…</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>Prüfprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation>&amp;Abmelden / Benutzer wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>Auf dieser Seite &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh this page</source>
        <translation>Diese Seite &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Why / how does Deskmate work?</source>
        <translation>&amp;Warum / wie funktioniert Deskmate?</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Deskmate</source>
        <translation>Ü&amp;ber Deskmate</translation>
    </message>
    <message>
        <source>That page is not available to {username}.</source>
        <translation>Diese Seite ist für {username} nicht verfügbar.</translation>
    </message>
    <message>
        <source>{title} could not be opened</source>
        <translation>{title} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Deskmate hit an internal problem building this page ({error}: {exc}). The other pages work; please report this.</source>
        <translation>Deskmate ist beim Aufbau dieser Seite auf ein internes Problem gestoßen ({error}: {exc}). Die anderen Seiten funktionieren; bitte melden Sie das.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>{name} (demo shop)</source>
        <translation>{name} (Demo-Laden)</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo-Laden</translation>
    </message>
    <message>
        <source>{name} — Deskmate</source>
        <translation>{name} — Deskmate</translation>
    </message>
    <message>
        <source>Automation: {state}</source>
        <translation>Automatisierung: {state}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes on {pages} that are not saved yet.</source>
        <translation>Sie haben Änderungen auf {pages}, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Discard them, or go back and save them first?</source>
        <translation>Verwerfen oder zurückgehen und zuerst speichern?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back up the shop&apos;s data</source>
        <translation>Daten des Geschäfts sichern</translation>
    </message>
    <message>
        <source>Deskmate backups (*{suffix});;All files (*)</source>
        <translation>Deskmate-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backup written to {written}</source>
        <translation>Sicherung geschrieben nach {written}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore the shop&apos;s data from a backup</source>
        <translation>Daten des Geschäfts aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Deskmate backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Deskmate-Sicherungen (*.sqlite3 *.pgdump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Aus einer Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace ALL of the shop&apos;s current data with the backup
{path}?</source>
        <translation>ALLE aktuellen Daten des Geschäfts durch die Sicherung
{path} ersetzen?</translation>
    </message>
    <message>
        <source>Everything entered since that backup was taken will no longer be in Deskmate. The current data is first kept as a copy next to the database, so this can be undone. Deskmate closes after the restore; start it again to continue.</source>
        <translation>Alles, was seit dieser Sicherung erfasst wurde, ist danach nicht mehr in Deskmate. Die aktuellen Daten werden zuerst als Kopie neben der Datenbank aufbewahrt, das lässt sich also rückgängig machen. Deskmate wird nach der Wiederherstellung geschlossen; starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Restore and close Deskmate</source>
        <translation>Wiederherstellen und Deskmate schließen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Prüfprotokoll wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to {path}</source>
        <translation>
            <numerusform>%n Protokolleintrag nach {path} geschrieben</numerusform>
            <numerusform>%n Protokolleinträge nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation>Das Prüfprotokoll wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Why / how does Deskmate work?</source>
        <translation>Warum / wie funktioniert Deskmate?</translation>
    </message>
    <message>
        <source>Find on this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Refresh this page</source>
        <translation>Diese Seite aktualisieren</translation>
    </message>
    <message>
        <source>How Deskmate works</source>
        <translation>So arbeitet Deskmate</translation>
    </message>
    <message>
        <source>Log out / switch user</source>
        <translation>Abmelden / Benutzer wechseln</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>(in its list, not while typing)</source>
        <translation>(in der Liste, nicht beim Tippen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Scheduling, inventory, invoicing and a review inbox for small shops.</source>
        <translation>Dienstplanung, Lager, Rechnungen und ein Posteingang zur Prüfung für kleine Geschäfte.</translation>
    </message>
    <message>
        <source>The machine drafts, a person decides.</source>
        <translation>Die Maschine entwirft, ein Mensch entscheidet.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>About Deskmate</source>
        <translation>Über Deskmate</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>{kind}: {headline}</source>
        <translation>{kind}: {headline}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Copy every record of this shop into a &lt;b&gt;new, empty&lt;/b&gt; database: a PostgreSQL database on your server, so that several computers share the shop, or a new Deskmate file. The copy is checked (rows, money and quantity totals, the audit log) before it is kept; if anything differs, or you cancel, the new database is left empty. &lt;b&gt;This shop&apos;s database is not changed.&lt;/b&gt;</source>
        <translation>Kopiert jeden Datensatz dieses Geschäfts in eine &lt;b&gt;neue, leere&lt;/b&gt; Datenbank: eine PostgreSQL-Datenbank auf Ihrem Server, damit mehrere Computer das Geschäft teilen, oder eine neue Deskmate-Datei. Die Kopie wird geprüft (Zeilen, Geld- und Mengensummen, das Prüfprotokoll), bevor sie behalten wird; weicht etwas ab oder brechen Sie ab, bleibt die neue Datenbank leer. &lt;b&gt;Die Datenbank dieses Geschäfts wird nicht verändert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move the shop to another database</source>
        <extracomment>The MoveReport, or the exception (including cancellation) once the move has ended.</extracomment>
        <translation>Geschäft in eine andere Datenbank umziehen</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/shop   or   a new file</source>
        <extracomment>The full URL (password included) the shop was last moved to: what &quot;Use…&quot; saves.</extracomment>
        <translation>postgresql+psycopg://user@server/shop   oder   eine neue Datei</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Umziehen nach</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Neue Datei…</translation>
    </message>
    <message>
        <source>the server user&apos;s password, if it needs one</source>
        <translation>das Passwort des Server-Benutzers, falls eines nötig ist</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Use the moved database on this computer</source>
        <translation>Die umgezogene Datenbank auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Deskmate on this computer opens the moved shop from its next start (as Settings → Database does)</source>
        <translation>Deskmate auf diesem Computer öffnet ab dem nächsten Start das umgezogene Geschäft (wie Einstellungen → Datenbank)</translation>
    </message>
    <message>
        <source>Move and check</source>
        <translation>Umziehen und prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Move the shop to a new file</source>
        <translation>Geschäft in eine neue Datei umziehen</translation>
    </message>
    <message>
        <source>Deskmate databases (*.sqlite3);;All files (*)</source>
        <translation>Deskmate-Datenbanken (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Say where to move the shop: a PostgreSQL URL or a new file.</source>
        <translation>Geben Sie an, wohin das Geschäft umziehen soll: eine PostgreSQL-URL oder eine neue Datei.</translation>
    </message>
    <message>
        <source>Creating the tables…</source>
        <translation>Tabellen werden angelegt…</translation>
    </message>
    <message>
        <source>Moved and checked: {rows:,} records in {count} tables. Open the moved shop with  deskmate --db-url &apos;{target}&apos;</source>
        <translation>Umgezogen und geprüft: {rows:,} Datensätze in {count} Tabellen. Öffnen Sie das umgezogene Geschäft mit  deskmate --db-url &apos;{target}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n rows</source>
        <translation>
            <numerusform>{table}: %n Zeile</numerusform>
            <numerusform>{table}: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>; totals {sums}</source>
        <translation>; Summen {sums}</translation>
    </message>
    <message>
        <source>Shop moved to {target}</source>
        <translation>Geschäft umgezogen nach {target}</translation>
    </message>
    <message>
        <source>✓ {message}. Restart Deskmate to work in the moved shop: until then this window still shows the shop it opened with.</source>
        <translation>✓ {message}. Starten Sie Deskmate neu, um im umgezogenen Geschäft zu arbeiten: Bis dahin zeigt dieses Fenster noch das Geschäft, mit dem es geöffnet wurde.</translation>
    </message>
    <message>
        <source>The moved database is saved for this computer: restart Deskmate to use it</source>
        <translation>Die umgezogene Datenbank ist für diesen Computer gespeichert: Starten Sie Deskmate neu, um sie zu verwenden</translation>
    </message>
    <message>
        <source>The moved database was not saved for this computer</source>
        <translation>Die umgezogene Datenbank wurde für diesen Computer nicht gespeichert</translation>
    </message>
    <message>
        <source>Cancelled: the new database was left empty and nothing was moved.</source>
        <translation>Abgebrochen: Die neue Datenbank blieb leer, es wurde nichts umgezogen.</translation>
    </message>
    <message>
        <source>What differed:</source>
        <translation>Was abwich:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>MyAccount</name>
    <message>
        <source>You are logged in as &lt;b&gt;{username}&lt;/b&gt; ({value}).</source>
        <translation>Sie sind angemeldet als &lt;b&gt;{username}&lt;/b&gt; ({value}).</translation>
    </message>
    <message>
        <source>Your role may:</source>
        <translation>Ihre Rolle darf:</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner adds people, changes roles and resets forgotten passwords.</source>
        <translation>Nur der Inhaber des Geschäfts fügt Personen hinzu, ändert Rollen und setzt vergessene Passwörter zurück.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mein Passwort ändern…</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>name@example.com (for invoices and reminders)</source>
        <translation>name@beispiel.de (für Rechnungen und Mahnungen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsanschrift</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunde hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New purchase order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation>Hinweise für den Lieferanten</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Bestellung anlegen</translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Neue Bestellung…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Wareneingang…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Open the order as PDF in your viewer to print it</source>
        <translation>Die Bestellung als PDF im Betrachter öffnen, um sie zu drucken</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>From inbox</source>
        <translation>Aus dem Posteingang</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Zeilensumme</translation>
    </message>
    <message>
        <source>Goods received: {number} is now {status}</source>
        <translation>Wareneingang: {number} ist jetzt {status}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation>Bestellung exportieren</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Passwort von {username} zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The automation account has no password.</source>
        <translation>Das Automatisierungskonto hat kein Passwort.</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Geben Sie zuerst Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>desktop app, to change the password</source>
        <translation>Desktop-App, um das Passwort zu ändern</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password of {username} reset</source>
        <translation>Passwort von {username} zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>PasswordPolicyNote</name>
    <message>
        <source>at least {MIN_LENGTH} characters</source>
        <translation>mindestens {MIN_LENGTH} Zeichen</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for {label}</source>
        <translation>Zahlung für {label}</translation>
    </message>
    <message>
        <source>{customer_name}: total {money}, open {money2}</source>
        <translation>{customer_name}: gesamt {money}, offen {money2}</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>&apos;{text}&apos; ist kein Betrag</translation>
    </message>
    <message>
        <source>{money} more than is open: kept as the customer&apos;s credit</source>
        <translation>{money} mehr als offen: wird als Guthaben des Kunden aufbewahrt</translation>
    </message>
    <message>
        <source>part payment: {money} stays open</source>
        <translation>Teilzahlung: {money} bleiben offen</translation>
    </message>
    <message>
        <source>pays the invoice in full</source>
        <translation>begleicht die Rechnung vollständig</translation>
    </message>
    <message>
        <source>payment {money} recorded on {invoice_number}</source>
        <translation>Zahlung {money} für {invoice_number} erfasst</translation>
    </message>
    <message>
        <source>; {money} kept as credit</source>
        <translation>; {money} als Guthaben aufbewahrt</translation>
    </message>
</context>
<context>
    <name>PolicyCheckTab</name>
    <message>
        <source>Run backtest</source>
        <translation>Rückrechnung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replay from</source>
        <translation>Nachspielen ab</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Richtlinienprüfung</translation>
    </message>
    <message>
        <source>Learns from your sales before the date, then replays every later day: Deskmate&apos;s policy at several fill-rate targets against a hand-set min/max rule (min = average daily sales × lead time, max = 2 × min) and a careful owner&apos;s min/max (re-set every month from the last 8 weeks, with safety stock). Unmet demand is lost. Pick the fill-rate target whose cost in stock you accept.</source>
        <translation>Lernt aus Ihren Verkäufen vor dem Datum und spielt dann jeden späteren Tag nach: Deskmates Richtlinie bei mehreren Lieferbereitschaftszielen gegen eine von Hand gesetzte Min/Max-Regel (Min = durchschnittlicher Tagesverkauf × Lieferzeit, Max = 2 × Min) und das Min/Max eines sorgfältigen Inhabers (jeden Monat aus den letzten 8 Wochen neu gesetzt, mit Sicherheitsbestand). Nicht gedeckte Nachfrage ist verloren. Wählen Sie das Lieferbereitschaftsziel, dessen Kosten im Bestand Sie akzeptieren.</translation>
    </message>
    <message>
        <source>Run the backtest to see how the policy would have done on your sales.</source>
        <translation>Starten Sie die Rückrechnung, um zu sehen, wie sich die Richtlinie bei Ihren Verkäufen geschlagen hätte.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Fill rate target</source>
        <translation>Lieferbereitschaftsziel</translation>
    </message>
    <message>
        <source>Fill rate reached</source>
        <translation>Erreichte Lieferbereitschaft</translation>
    </message>
    <message>
        <source>Stockout product-days</source>
        <translation>Fehlbestandstage (Produkt-Tage)</translation>
    </message>
    <message>
        <source>Avg stock value</source>
        <translation>Ø Bestandswert</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Wird nachgespielt…</translation>
    </message>
    <message>
        <source>Replaying… {text}</source>
        <translation>Wird nachgespielt… {text}</translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation>Rückrechnung abgebrochen.</translation>
    </message>
    <message>
        <source>Deskmate reaches that fill rate with {money} ({percent} less stock).</source>
        <translation>Deskmate erreicht diese Lieferbereitschaft mit {money} ({percent} weniger Bestand).</translation>
    </message>
    <message>
        <source>With the same stock it serves {pct} ({fill_rate_gain_points:+} points).</source>
        <translation>Mit demselben Bestand bedient es {pct} ({fill_rate_gain_points:+} Punkte).</translation>
    </message>
    <message>
        <source>It lies outside the range Deskmate&apos;s targets reach: compare the points in the chart.</source>
        <translation>Sie liegt außerhalb des Bereichs, den Deskmates Ziele erreichen: Vergleichen Sie die Punkte im Diagramm.</translation>
    </message>
    <message>
        <source>Replayed {date} to {date2} ({days} days, {products} products). Baseline: fill rate {pct} with stock worth {money}.</source>
        <translation>Nachgespielt vom {date} bis {date2} ({days} Tage, {products} Produkte). Basis: Lieferbereitschaft {pct} mit einem Bestand im Wert von {money}.</translation>
    </message>
    <message>
        <source>A careful owner&apos;s min/max (re-set monthly, with safety stock): fill rate {pct} with stock worth {money}.</source>
        <translation>Min/Max eines sorgfältigen Inhabers (monatlich neu gesetzt, mit Sicherheitsbestand): Lieferbereitschaft {pct} mit einem Bestand im Wert von {money}.</translation>
    </message>
    <message>
        <source>Assumptions: </source>
        <translation>Annahmen: </translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <source>Select a product</source>
        <translation>Wählen Sie ein Produkt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>+/- qty</source>
        <translation>+/- Menge</translation>
    </message>
    <message>
        <source>reason (damaged, found...)</source>
        <translation>Grund (beschädigt, gefunden...)</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand anpassen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Bestandsverlauf</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source> &lt;b&gt;Not enough history: owner&apos;s min/max used.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Nicht genug Verlauf: Min/Max des Inhabers verwendet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How it sells: {demand_explained}.
Forecast from {method_words}.</source>
        <translation>So verkauft es sich: {demand_explained}.
Prognose nach {method_words}.</translation>
    </message>
    <message>
        <source>Stock (closing), daily sales and forecast</source>
        <translation>Bestand (Tagesende), Tagesverkäufe und Prognose</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Mindestbestellmenge</translation>
    </message>
    <message>
        <source>Fill rate target (0.5–0.999)</source>
        <translation>Lieferbereitschaftsziel (0,5–0,999)</translation>
    </message>
    <message>
        <source>Min stock (fallback)</source>
        <translation>Mindestbestand (Ersatz)</translation>
    </message>
    <message>
        <source>Max stock (fallback)</source>
        <translation>Höchstbestand (Ersatz)</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Haltbarkeit (Tage)</translation>
    </message>
    <message>
        <source>blank: it keeps</source>
        <translation>leer: unbegrenzt haltbar</translation>
    </message>
    <message>
        <source>Days a unit can be sold after it is received (bread 1, milk 7). Markdown suggestions work such products by day, on the stock that will expire; blank for a product that keeps.</source>
        <translation>Tage, an denen eine Einheit nach dem Wareneingang verkauft werden kann (Brot 1, Milch 7). Preissenkungsvorschläge behandeln solche Artikel tageweise, am Bestand, der verfallen wird; leer für einen Artikel, der sich hält.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Supplier&apos;s code</source>
        <translation>Artikelnummer des Lieferanten</translation>
    </message>
    <message>
        <source>Supplier&apos;s price</source>
        <translation>Preis des Lieferanten</translation>
    </message>
    <message>
        <source>Supplier&apos;s pack size</source>
        <translation>Packungsgröße des Lieferanten</translation>
    </message>
    <message>
        <source>as the product</source>
        <translation>wie das Produkt</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Produkt speichern</translation>
    </message>
    <message>
        <source>supplier&apos;s {field}</source>
        <translation>{field} des Lieferanten</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source>Saved {sku}</source>
        <translation>{sku} gespeichert</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search SKU, name or category (Ctrl+F)</source>
        <translation>Art.-Nr., Name oder Kategorie suchen (Strg+F)</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <source>Reorder points</source>
        <translation>Meldebestände</translation>
    </message>
    <message>
        <source>Each product&apos;s reorder point is the demand forecast over the lead time plus safety stock for its service level. Products with too little sales history use your min/max and are listed under &apos;Not enough history&apos;.</source>
        <translation>Der Meldebestand jedes Produkts ist die Nachfrageprognose über die Lieferzeit plus Sicherheitsbestand für seinen Servicegrad. Produkte mit zu wenig Verkaufshistorie verwenden Ihr Min/Max und stehen unter &apos;Nicht genug Verlauf&apos;.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message numerus="yes">
        <source>{number} products</source>
        <translation>
            <numerusform>{number} Produkt</numerusform>
            <numerusform>{number} Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrders</name>
    <message>
        <source>open</source>
        <extracomment>A purchase order&apos;s status in words (the stored value stays the key).</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>partly received</source>
        <translation>teilweise erhalten</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Record the customer&apos;s answer</source>
        <translation>Antwort des Kunden erfassen</translation>
    </message>
    <message>
        <source>Rating (1 poor – 5 excellent)</source>
        <translation>Bewertung (1 schlecht – 5 ausgezeichnet)</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
</context>
<context>
    <name>ReasonCard</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Data window:</source>
        <translation>Datenzeitraum:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>ReasonCardView</name>
    <message>
        <source>Why this suggestion</source>
        <translation>Warum dieser Vorschlag</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive {number} from {supplier}</source>
        <translation>{number} von {supplier} empfangen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Bisher erhalten</translation>
    </message>
    <message>
        <source>Receiving now</source>
        <translation>Jetzt erhalten</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Enter numbers in &apos;Receiving now&apos;.</source>
        <translation>Tragen Sie Zahlen unter &apos;Jetzt erhalten&apos; ein.</translation>
    </message>
</context>
<context>
    <name>ReminderProposalEditor</name>
    <message>
        <source>no e-mail: the letter goes to the outbox folder for sending by hand</source>
        <translation>keine E-Mail: Der Brief geht zum Versand von Hand in den Postausgangsordner</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>a reminder needs a subject and a letter</source>
        <translation>eine Mahnung braucht einen Betreff und einen Brief</translation>
    </message>
</context>
<context>
    <name>ReorderEditor</name>
    <message>
        <source>order quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), order value {money}</source>
        <translation>
            <numerusform>%n Zeile, Bestellwert {money}</numerusform>
            <numerusform>%n Zeilen, Bestellwert {money}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: order quantity {problem}</source>
        <translation>{sku}: Bestellmenge {problem}</translation>
    </message>
    <message>
        <source>{sku}: &apos;{text}&apos; is not a quantity</source>
        <translation>{sku}: &apos;{text}&apos; ist keine Menge</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports — why and how</source>
        <translation>Berichte — warum und wie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Figures from every part of the shop, each with how it was worked out.</source>
        <translation>Zahlen aus jedem Teil des Geschäfts, jeweils mit ihrer Herleitung.</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Noch keine Berichte</translation>
    </message>
    <message>
        <source>Reports appear here as the parts of Deskmate that produce them are in use: stock and forecast accuracy from Inventory, cover and hours from the Schedule, amounts owed and overdue from Invoices, and how automated drafts were decided from the Inbox. Start by adding products or opening the demo shop.</source>
        <translation>Berichte erscheinen hier, sobald die Teile von Deskmate, die sie liefern, genutzt werden: Bestand und Prognosegüte aus dem Lager, Besetzung und Stunden aus der Dienstplanung, Forderungen und Überfälliges aus den Rechnungen und wie über automatische Entwürfe im Posteingang entschieden wurde. Legen Sie zuerst Produkte an oder öffnen Sie den Demo-Laden.</translation>
    </message>
    <message>
        <source>{title} could not be shown</source>
        <translation>{title} konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>An internal problem stopped this report ({name}: {exc}).</source>
        <translation>Ein internes Problem hat diesen Bericht verhindert ({name}: {exc}).</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit {username}</source>
        <translation>{username} bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>Hierher &amp;verschieben</translation>
    </message>
    <message>
        <source>Ctrl+X on a shift, then Ctrl+V (or this button) on the target cell</source>
        <translation>Strg+X auf einer Schicht, dann Strg+V (oder diese Schaltfläche) auf der Zielzelle</translation>
    </message>
    <message>
        <source>Or type the first letter of a shift code in the grid; &apos;-&apos; makes a day off</source>
        <translation>Oder tippen Sie den ersten Buchstaben eines Schichtcodes ins Raster; &apos;-&apos; setzt einen freien Tag</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Rule checks (hard rules):</source>
        <translation>Regelprüfungen (harte Regeln):</translation>
    </message>
    <message>
        <source>What lowers the score (cover, wishes, fairness):</source>
        <translation>Was die Bewertung senkt (Abdeckung, Wünsche, Fairness):</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>; {number}–{number2} h per week</source>
        <translation>; {number}–{number2} Std. pro Woche</translation>
    </message>
    <message>
        <source>{role}; skills: {skills}</source>
        <translation>{role}; Fähigkeiten: {skills}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>You — </source>
        <translation>Sie — </translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>keine Fähigkeit</translation>
    </message>
    <message>
        <source>{name} ({code}) {hours}; needs {skills}</source>
        <translation>{name} ({code}) {hours}; braucht {skills}</translation>
    </message>
    <message>
        <source>People on each shift that day; ⚠ marks a shift still short of people (hover for who)</source>
        <translation>Personen je Schicht an diesem Tag; ⚠ markiert eine Schicht, der noch Leute fehlen (Mauszeiger zeigt, wer)</translation>
    </message>
    <message>
        <source>no penalties</source>
        <translation>keine Abzüge</translation>
    </message>
    <message>
        <source>✓ every hard rule holds</source>
        <translation>✓ jede harte Regel ist erfüllt</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>◀ Week</source>
        <translation>◀ Woche</translation>
    </message>
    <message>
        <source>Week ▶</source>
        <translation>Woche ▶</translation>
    </message>
    <message>
        <source>Draft with optimiser</source>
        <translation>Mit Optimierer entwerfen</translation>
    </message>
    <message>
        <source>New empty roster</source>
        <translation>Neuer leerer Dienstplan</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Request swap…</source>
        <translation>Tausch anfragen…</translation>
    </message>
    <message>
        <source>Ask for the selected shift to go to a colleague (decided in the inbox)</source>
        <translation>Bitten, dass die gewählte Schicht an eine Kollegin oder einen Kollegen geht (wird im Posteingang entschieden)</translation>
    </message>
    <message>
        <source>Why this draft?</source>
        <translation>Warum dieser Entwurf?</translation>
    </message>
    <message>
        <source>How rosters work</source>
        <translation>So funktionieren Dienstpläne</translation>
    </message>
    <message>
        <source>Week {week:%V} ({date})</source>
        <translation>KW {week:%V} ({date})</translation>
    </message>
    <message>
        <source>Select a shift in the grid first.</source>
        <translation>Wählen Sie zuerst eine Schicht im Raster.</translation>
    </message>
    <message>
        <source>Shift swap</source>
        <translation>Schichttausch</translation>
    </message>
    <message>
        <source>Give this shift to:</source>
        <translation>Diese Schicht geben an:</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Grund (optional):</translation>
    </message>
    <message>
        <source>swap request sent to the inbox</source>
        <translation>Tauschanfrage an den Posteingang gesendet</translation>
    </message>
    <message>
        <source>This roster was made by hand: see the rule checks and penalties below the grid.</source>
        <translation>Dieser Dienstplan wurde von Hand erstellt: siehe Regelprüfungen und Abzüge unter dem Raster.</translation>
    </message>
    <message>
        <source>Create or draft a roster for this week first</source>
        <translation>Legen Sie zuerst einen Dienstplan für diese Woche an oder entwerfen Sie einen</translation>
    </message>
    <message>
        <source>score {number} → {number2} (lower is better)</source>
        <translation>Bewertung {number} → {number2} (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Stopping: the draft keeps the best roster found so far…</source>
        <translation>Wird beendet: Der Entwurf behält den besten bisher gefundenen Dienstplan…</translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation>Planung beenden</translation>
    </message>
    <message>
        <source>Planning the week…</source>
        <translation>Die Woche wird geplant…</translation>
    </message>
    <message>
        <source>Draft roster {roster} is in the inbox for approval</source>
        <translation>Dienstplanentwurf {roster} liegt zur Freigabe im Posteingang</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Dienstplan exportieren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;PDF (*.pdf);;iCalendar (*.ics)</source>
        <translation>Excel (*.xlsx);;PDF (*.pdf);;iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Dienstplanung</translation>
    </message>
    <message>
        <source>The week&apos;s roster, appointments, staff and their availability, time off, and the shifts the shop needs covered.</source>
        <translation>Der Dienstplan der Woche, Termine, Personal und seine Verfügbarkeit, Abwesenheiten und die Schichten, die das Geschäft besetzt braucht.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Shifts &amp;&amp; cover</source>
        <translation>Schichten &amp;&amp; Besetzung</translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>new value (empty to remove)</source>
        <translation>neuer Wert (leer zum Entfernen)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>… and {more} more</source>
        <translation>… und {more} weitere</translation>
    </message>
    <message>
        <source>

Click to open it</source>
        <translation>

Klicken, um es zu öffnen</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New appointment service</source>
        <translation>Neue Terminleistung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <source>Buffer before (min)</source>
        <translation>Puffer vorher (Min.)</translation>
    </message>
    <message>
        <source>Buffer after (min)</source>
        <translation>Puffer nachher (Min.)</translation>
    </message>
    <message>
        <source>Skill needed (optional)</source>
        <translation>Benötigte Fähigkeit (optional)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Leistung hinzufügen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>Puffer vorher</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>Puffer nachher</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Placeholders you can use:
</source>
        <translation>Platzhalter, die Sie verwenden können:
</translation>
    </message>
    <message>
        <source>Placeholders for {label}</source>
        <translation>Platzhalter für {label}</translation>
    </message>
    <message>
        <source>{label}: the version for customers who read</source>
        <translation>{label}: die Fassung für Kunden, die lesen auf</translation>
    </message>
    <message>
        <source>{label} for customers who read {language}</source>
        <translation>{label} für Kunden, die {language} lesen</translation>
    </message>
    <message>
        <source>Customers who read the language chosen get this version; left empty, they get the one above.</source>
        <translation>Kunden, die die gewählte Sprache lesen, erhalten diese Fassung; bleibt sie leer, erhalten sie die obige.</translation>
    </message>
    <message>
        <source>{label}, per language</source>
        <translation>{label}, je Sprache</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is not one of the choices</source>
        <translation>&apos;{v}&apos; ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>not one of the choices</source>
        <translation type="vanished">keine der Auswahlmöglichkeiten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings — why and how</source>
        <translation>Einstellungen — warum und wie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your shop&apos;s details, how Deskmate counts money and time, and who may use it.</source>
        <translation>Die Angaben zu Ihrem Geschäft, wie Deskmate Geld und Zeit zählt und wer es benutzen darf.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget unsaved changes and show the saved values again</source>
        <translation>Ungespeicherte Änderungen verwerfen und die gespeicherten Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can change these settings.</source>
        <translation>Nur der Inhaber des Geschäfts kann diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <translation>Korrigieren Sie die rot markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Unsaved changes kept; press Revert to reload the saved settings.</source>
        <translation>Ungespeicherte Änderungen bleiben erhalten; mit Zurücksetzen laden Sie die gespeicherten Einstellungen neu.</translation>
    </message>
    <message>
        <source>Settings reverted to the saved values</source>
        <translation>Einstellungen auf die gespeicherten Werte zurückgesetzt</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red first.</source>
        <translation>Nichts gespeichert: Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nichts zu speichern: Keine Einstellung wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n settings saved</source>
        <translation>
            <numerusform>%n Einstellung gespeichert</numerusform>
            <numerusform>%n Einstellungen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were not saved</source>
        <translation>Die Einstellungen wurden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Shift types</source>
        <translation>Schichtarten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Not followed by</source>
        <translation>Nicht gefolgt von</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließdienst</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Add shift type…</source>
        <translation>Schichtart hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cover: how many people each shift needs, per weekday</source>
        <translation>Besetzung: wie viele Personen jede Schicht braucht, je Wochentag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Mandatory minimum</source>
        <translation>Pflichtminimum</translation>
    </message>
    <message>
        <source>Cost per person short</source>
        <translation>Kosten je fehlender Person</translation>
    </message>
    <message>
        <source>Cost per person extra</source>
        <translation>Kosten je zusätzlicher Person</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>skill (optional)</source>
        <translation>Fähigkeit (optional)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>{hm} {break_minutes} min</source>
        <translation>{hm} {break_minutes} Min.</translation>
    </message>
    <message>
        <source>The roster grid shows {code} in this colour ({color})</source>
        <translation>Das Dienstplanraster zeigt {code} in dieser Farbe ({color})</translation>
    </message>
    <message>
        <source>colour {color}</source>
        <translation>Farbe {color}</translation>
    </message>
    <message>
        <source>Add a shift type first.</source>
        <translation>Legen Sie zuerst eine Schichtart an.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up my shop — Deskmate</source>
        <translation>Mein Geschäft einrichten — Deskmate</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Printed on invoices, rosters and exports.</source>
        <translation>Erscheint auf Rechnungen, Dienstplänen und Exporten.</translation>
    </message>
    <message>
        <source>Money and region</source>
        <translation>Geld und Region</translation>
    </message>
    <message>
        <source>How amounts, dates and &apos;today&apos; are shown and counted.</source>
        <translation>Wie Beträge, Datumsangaben und &apos;heute&apos; angezeigt und gezählt werden.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Products and invoice lines refer to one of these codes. Keep a 0 % rate for exempt items.</source>
        <translation>Produkte und Rechnungszeilen verweisen auf einen dieser Codes. Behalten Sie einen Satz von 0 % für steuerfreie Artikel.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Appointments are offered and rosters are planned inside these hours.</source>
        <translation>Termine werden innerhalb dieser Zeiten angeboten und Dienstpläne darin geplant.</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>Mein Geschäft anlegen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Could not create the shop</source>
        <translation>Das Geschäft konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ShiftTypeDialog</name>
    <message>
        <source>Shift type</source>
        <translation>Schichtart</translation>
    </message>
    <message>
        <source>closes the shop</source>
        <translation>schließt das Geschäft</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Length (min)</source>
        <translation>Länge (Min.)</translation>
    </message>
    <message>
        <source>Break after (min)</source>
        <translation>Pause nach (Min.)</translation>
    </message>
    <message>
        <source>Break length (min)</source>
        <translation>Pausenlänge (Min.)</translation>
    </message>
    <message>
        <source>Skills needed (comma separated)</source>
        <translation>Benötigte Fähigkeiten (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>May not be followed next day by (codes)</source>
        <translation>Darf am nächsten Tag nicht gefolgt werden von (Codes)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message numerus="yes">
        <source>these %n items</source>
        <translation>
            <numerusform>diesen Eintrag</numerusform>
            <numerusform>diese %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide {what} until (it comes back as new that morning):</source>
        <translation>{what} ausblenden bis (kommt an diesem Morgen als neu zurück):</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Linked login: that user may then request time off and swaps only for themselves</source>
        <translation>Verknüpfte Anmeldung: Diese Person kann dann Abwesenheiten und Tausche nur für sich selbst anfragen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Skills (comma separated)</source>
        <translation>Fähigkeiten (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Min hours / week</source>
        <translation>Min. Stunden / Woche</translation>
    </message>
    <message>
        <source>Max hours / week</source>
        <translation>Max. Stunden / Woche</translation>
    </message>
    <message>
        <source>Contract (target) hours</source>
        <translation>Vertrags-(Soll-)Stunden</translation>
    </message>
    <message>
        <source>Max days in a row</source>
        <translation>Max. Tage am Stück</translation>
    </message>
    <message>
        <source>Max weekends in 4 weeks</source>
        <translation>Max. Wochenenden in 4 Wochen</translation>
    </message>
    <message>
        <source>Min rest between shifts (h)</source>
        <translation>Min. Ruhezeit zwischen Schichten (Std.)</translation>
    </message>
    <message>
        <source>Hourly cost ({currency_symbol})</source>
        <translation>Stundenkosten ({currency_symbol})</translation>
    </message>
    <message>
        <source>Login account</source>
        <translation>Anmeldekonto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Availability
(blank = any time)</source>
        <translation>Verfügbarkeit
(leer = jederzeit)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>wants</source>
        <translation>möchte</translation>
    </message>
    <message>
        <source>rather not</source>
        <translation>lieber nicht</translation>
    </message>
    <message>
        <source>Add wish</source>
        <translation>Wunsch hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Shift wishes</source>
        <translation>Schichtwünsche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>availability needs fixing</source>
        <translation>Verfügbarkeit muss korrigiert werden</translation>
    </message>
    <message>
        <source>Only the owner changes staff details</source>
        <translation>Nur der Inhaber ändert Personaldaten</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source>Write times like 09:00.</source>
        <translation>Schreiben Sie Zeiten wie 09:00.</translation>
    </message>
    <message>
        <source>saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <source>Filter products to count, then Enter (SKU, name or category)</source>
        <translation>Zu zählende Produkte filtern, dann Eingabe (Art.-Nr., Name oder Kategorie)</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Zählung erfassen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n gezählt</numerusform>
            <numerusform>%n gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock count recorded for %n product(s), variance {variance}</source>
        <translation>
            <numerusform>Bestandszählung für %n Produkt erfasst, Abweichung {variance}</numerusform>
            <numerusform>Bestandszählung für %n Produkte erfasst, Abweichung {variance}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Edit supplier</source>
        <translation>Lieferant bearbeiten</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>e.g. Mon, Thu (empty = any day)</source>
        <translation>z. B. Mo, Do (leer = jeder Tag)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation>Bestelltage</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lieferzeit</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation>Bestelltage</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Neuer Lieferant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
</context>
<context>
    <name>TableValidator</name>
    <message>
        <source>Line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
</context>
<context>
    <name>TaxRatesEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
</context>
<context>
    <name>TimeOffTab</name>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Request time off</source>
        <translation>Abwesenheit beantragen</translation>
    </message>
    <message>
        <source>choose a person</source>
        <translation>wählen Sie eine Person</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requests are decided by the owner in the inbox.</source>
        <translation>Anträge entscheidet der Inhaber im Posteingang.</translation>
    </message>
    <message>
        <source>Your login is not linked to a staff member yet: the owner links it under Schedule › Staff.</source>
        <translation>Ihre Anmeldung ist noch mit keinem Mitarbeiter verknüpft: Der Inhaber verknüpft sie unter Dienstplanung › Personal.</translation>
    </message>
    <message>
        <source>request sent to the inbox</source>
        <translation>Antrag an den Posteingang gesendet</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>What needs you today.</source>
        <translation>Was heute ansteht.</translation>
    </message>
    <message>
        <source>Today — what is on it</source>
        <translation>Heute — was hier steht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look again (F5)</source>
        <translation>Erneut ansehen (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Today could not be loaded.</source>
        <translation>Heute konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>What needs you today, {day}.</source>
        <translation>Was heute ansteht, {day}.</translation>
    </message>
</context>
<context>
    <name>TrendReportSection</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period {label}</source>
        <translation>Zeitraum {label}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>An Excel workbook (the weeks, the figures, the tables, how it was worked out and an About sheet) or a PDF with the chart to print or send</source>
        <translation>Eine Excel-Arbeitsmappe (die Wochen, die Zahlen, die Tabellen, die Herleitung und ein Blatt &apos;Über&apos;) oder ein PDF mit dem Diagramm zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Figures against the previous period</source>
        <translation>Zahlen im Vergleich zum vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>{date} to {date2}, compared with {date3} to {date4}</source>
        <translation>{date} bis {date2}, verglichen mit {date3} bis {date4}</translation>
    </message>
    <message>
        <source>{change} ({verdict})</source>
        <translation type="vanished">{change} ({verdict})</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>{title} (none)</source>
        <translation>{title} (keine)</translation>
    </message>
    <message>
        <source>Not shown: {what}.</source>
        <translation>Nicht gezeigt: {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it was worked out&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{how}&lt;/ul&gt;{hidden}</source>
        <translation>&lt;b&gt;Wie es berechnet wurde&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{how}&lt;/ul&gt;{hidden}</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Saved {out}</source>
        <translation>{out} gespeichert</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Edit name and role…</source>
        <translation>Name und Rolle bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Let this person log in again now, after failed logins slowed down or locked their account</source>
        <translation>Diese Person sich jetzt wieder anmelden lassen, nachdem Fehlversuche ihr Konto verlangsamt oder gesperrt haben</translation>
    </message>
    <message>
        <source>Only you so far</source>
        <translation>Bisher nur Sie</translation>
    </message>
    <message>
        <source>Give everyone who works in the shop their own login, so the audit log shows who did what and each person sees what their role needs: staff handle stock, orders and bookings; a bookkeeper handles invoices, payments and exports.</source>
        <translation>Geben Sie allen, die im Geschäft arbeiten, eine eigene Anmeldung, damit das Prüfprotokoll zeigt, wer was getan hat, und jede Person sieht, was ihre Rolle braucht: Mitarbeiter kümmern sich um Lager, Bestellungen und Buchungen; die Buchhaltung um Rechnungen, Zahlungen und Exporte.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;br&gt;Deactivated people cannot log in; their past work stays in the audit log.</source>
        <translation>&lt;br&gt;Deaktivierte Personen können sich nicht anmelden; ihre bisherige Arbeit bleibt im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>{failed_logins} failed logins in a row. After 5 each next try must wait (30 seconds, then 1, 2, 4 and 8 minutes); after 10 the account locks for 15 minutes.</source>
        <translation>{failed_logins} fehlgeschlagene Anmeldungen in Folge. Nach 5 muss jeder weitere Versuch warten (30 Sekunden, dann 1, 2, 4 und 8 Minuten); nach 10 wird das Konto für 15 Minuten gesperrt.</translation>
    </message>
    <message>
        <source> Next try possible at {time}.</source>
        <translation> Nächster Versuch möglich um {time}.</translation>
    </message>
    <message>
        <source> Unlock lets them try again now.</source>
        <translation> Mit Entsperren kann die Person es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>{username} may log in again</source>
        <translation>{username} kann sich wieder anmelden</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>User {username} added as {role}</source>
        <translation>Benutzer {username} als {role} hinzugefügt</translation>
    </message>
    <message>
        <source>Deactivate user?</source>
        <translation>Benutzer deaktivieren?</translation>
    </message>
    <message>
        <source>{username} will no longer be able to log in. Their past work stays in the audit log, and you can reactivate them at any time.</source>
        <translation>{username} kann sich dann nicht mehr anmelden. Die bisherige Arbeit bleibt im Prüfprotokoll, und Sie können die Person jederzeit reaktivieren.</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Give your shop a name; it is printed on invoices.</source>
        <translation>Geben Sie Ihrem Geschäft einen Namen; er steht auf den Rechnungen.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Your owner account</source>
        <translation>Ihr Inhaberkonto</translation>
    </message>
    <message>
        <source>The owner manages users and settings. Everyone else gets their own account later, on the Settings page, so the audit log shows who did what.</source>
        <translation>Der Inhaber verwaltet Benutzer und Einstellungen. Alle anderen erhalten später ein eigenes Konto auf der Seite Einstellungen, damit das Prüfprotokoll zeigt, wer was getan hat.</translation>
    </message>
    <message>
        <source>e.g. Olivia Baker</source>
        <translation>z. B. Olivia Becker</translation>
    </message>
    <message>
        <source>Single-user shop: open Deskmate without asking for a password</source>
        <translation>Einzelbenutzer-Geschäft: Deskmate ohne Passwortabfrage öffnen</translation>
    </message>
    <message>
        <source>Only tick this if you alone use this computer&apos;s Deskmate. You can change it later in Settings.</source>
        <translation>Kreuzen Sie das nur an, wenn Sie allein Deskmate auf diesem Computer nutzen. Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>A user name is one word without spaces, e.g. &apos;olivia&apos;.</source>
        <translation>Ein Benutzername ist ein Wort ohne Leerzeichen, z. B. &apos;olivia&apos;.</translation>
    </message>
    <message>
        <source>Choose another password: see the message under the field.</source>
        <translation>Wählen Sie ein anderes Passwort: siehe Hinweis unter dem Feld.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <source>table of {columns}</source>
        <translation>Tabelle mit {columns}</translation>
    </message>
</context>
<context>
    <name>appointment state</name>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <source>Automation</source>
        <extracomment>The areas of the shop as people name them (an area&apos;s key is an identifier).</extracomment>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Review inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Dienstplanung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>customer history</name>
    <message>
        <source>appointments</source>
        <extracomment>The areas of a customer&apos;s history (``HistoryEvent.area``), and what each area&apos;s kind is.</extracomment>
        <translation>Termine</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>customer note</name>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}.
Replace it with this export?</source>
        <translation>{name} gibt es in {parent} bereits.
Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>invoice status</name>
    <message>
        <source>draft</source>
        <extracomment>The same English word can need two words in another language (&quot;open&quot;: a purchase order still being worked on is &quot;abierta&quot; in Spanish, an unpaid invoice &quot;pendiente&quot;), so each kind of record keeps its states in its own translation context.</extracomment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen (unbezahlt)</translation>
    </message>
    <message>
        <source>part paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Dienstplanung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
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
        <translation>
&lt;p&gt;Das &lt;b&gt;Prüfprotokoll&lt;/b&gt; erfasst jede Änderung in Deskmate — durch eine Person oder durch eine Person,
die einen von der Automatisierung vorbereiteten Entwurf freigibt — mit &lt;b&gt;wer&lt;/b&gt;, &lt;b&gt;wann&lt;/b&gt;, &lt;b&gt;was&lt;/b&gt; (die
Aktion und der Datensatz) und den Werten &lt;b&gt;vorher und nachher&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;Es wird nur ergänzt: Einträge lassen sich nicht bearbeiten oder löschen, nicht einmal vom Inhaber, und die Datenbank
selbst verweigert es. Das macht es für die Buchhaltung oder eine Prüfung nützlich.&lt;/p&gt;
&lt;p&gt;Jeder Eintrag enthält außerdem einen &lt;b&gt;Hash&lt;/b&gt; seines Inhalts und des Eintrags davor: eine Kette. Ändert, entfernt
oder sortiert jemand Einträge außerhalb von Deskmate um (mit Datenbankwerkzeugen), reißt die Kette, und
die Zeile unten auf dieser Seite — und &lt;code&gt;deskmate check&lt;/code&gt; — nennt den ersten betroffenen
Eintrag. Die Kette kann niemanden mit der Datenbankdatei daran hindern, den ganzen Verlauf neu zu schreiben:
Das zeigt nur eine anderswo aufbewahrte Sicherung.&lt;/p&gt;
&lt;p&gt;Filtern Sie nach Person, Bereich, Zeitraum oder beliebigem Text (ein Produktname, eine Rechnungsnummer, eine Einstellung),
wählen Sie einen Eintrag, um genau zu sehen, was sich geändert hat, und &lt;b&gt;Nach Excel exportieren&lt;/b&gt;, um weiterzugeben, was die
Filter zeigen.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Zwischen zwei Daten…</translation>
    </message>
    <message>
        <source>job “{job}”</source>
        <translation>Aufgabe „{job}“</translation>
    </message>
    <message>
        <source>the automation runner</source>
        <translation>der Automatisierungsdienst</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Erfasste Werte</translation>
    </message>
    <message>
        <source>Values before</source>
        <translation>Werte vorher</translation>
    </message>
</context>
<context>
    <name>pages.audit.reports</name>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
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
        <translation>
&lt;p&gt;&lt;b&gt;Die Automatisierung entwirft nur.&lt;/b&gt; Jede Aufgabe sieht sich Ihre Daten nach ihrem Zeitplan an und legt, was sie
findet, in den &lt;b&gt;Posteingang&lt;/b&gt;; nichts wird bestellt, versendet oder ausgestellt, bevor eine Person es freigibt.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Aufgaben&lt;/b&gt; haben einen Zeitplan (z. B. &lt;code&gt;cron:0 6 * * *&lt;/code&gt; = jeden Tag um 06:00 in der
Zeitzone des Geschäfts, &lt;code&gt;interval:3600&lt;/code&gt; = stündlich), eine zuständige Person und einen Ein/Aus-Schalter.
Ganze Bereiche lassen sich auf einmal ausschalten. &lt;b&gt;Jetzt ausführen&lt;/b&gt; startet eine Aufgabe sofort; zweimal ausgeführt,
entsteht derselbe Vorschlag trotzdem nie doppelt.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Geschlossen oder im Ruhezustand?&lt;/b&gt; Beim Start von Deskmate läuft eine Aufgabe, deren Zeit verstrichen ist, während es geschlossen war,
einmal und vermerkt &quot;catch-up: missed N runs&quot; in ihrem Verlauf; Aufgaben, die eine Sache pro Tag erzeugen (etwa
wiederkehrende Rechnungen), laufen einmal für jeden verpassten Tag.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Mehrere Kopien:&lt;/b&gt; Wenn mehrere Deskmates (oder &lt;code&gt;deskmate worker&lt;/code&gt;) dieselben Daten teilen, führt genau
eine die Aufgaben aus; die anderen warten und übernehmen innerhalb einer Minute, falls sie verschwindet.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Lohnt sich eine Aufgabe?&lt;/b&gt; Neben jeder Aufgabe und im Reiter Nutzen: wie Menschen über ihre Entwürfe
in den letzten 13 ganzen Wochen entschieden haben (wie entworfen freigegeben, nach einer Änderung, abgelehnt), die häufigsten
Ablehnungsgründe, wie weit Änderungen ihre Bestellmengen verschoben haben, und ein Urteil in klaren Worten. Unter
10 Entscheidungen heißt es &quot;noch nicht genug Entscheidungen&quot;. Berichte › Automatisierung zeigt dasselbe für jeden Zeitraum.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Lernen:&lt;/b&gt; Der letzte Reiter zeigt je Aufgabe und Art, wie oft Menschen die Entwürfe angenommen, bearbeitet oder
abgelehnt haben und wie lange sie auf eine Entscheidung gewartet haben.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A job&apos;s modes as the form offers them.</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Pilot (kept out of the inbox)</source>
        <translation>Pilot (bleibt aus dem Posteingang heraus)</translation>
    </message>
    <message>
        <source>On (drafts to the inbox)</source>
        <translation>Ein (entwirft in den Posteingang)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Change or switch off</source>
        <translation>Ändern oder ausschalten</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Too few decisions</source>
        <translation>Zu wenige Entscheidungen</translation>
    </message>
    <message>
        <source>In pilot</source>
        <translation>Im Pilotbetrieb</translation>
    </message>
</context>
<context>
    <name>pages.customers.page</name>
    <message>
        <source>One list of customers for appointments and invoices. The history shows everything the shop did with a customer: appointments, invoices, payments, reminders and notes. Payment terms set here are used for the customer&apos;s next invoices. &apos;Privacy export&apos; writes everything Deskmate holds about the customer to a spreadsheet and a JSON file; &apos;Erase personal data&apos; removes it on request, keeping issued invoices as the law requires (the request is recorded). A customer entered by mistake can be deleted while they have no invoices or appointments.</source>
        <translation>Eine Kundenliste für Termine und Rechnungen. Der Verlauf zeigt alles, was das Geschäft mit einem Kunden getan hat: Termine, Rechnungen, Zahlungen, Mahnungen und Notizen. Hier festgelegte Zahlungsziele gelten für die nächsten Rechnungen des Kunden. &apos;Datenschutzexport&apos; schreibt alles, was Deskmate über den Kunden speichert, in eine Tabelle und eine JSON-Datei; &apos;Personenbezogene Daten löschen&apos; entfernt es auf Antrag, wobei ausgestellte Rechnungen wie gesetzlich vorgeschrieben erhalten bleiben (der Antrag wird festgehalten). Ein versehentlich angelegter Kunde kann gelöscht werden, solange er keine Rechnungen oder Termine hat.</translation>
    </message>
</context>
<context>
    <name>pages.inbox.dialogs</name>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>apply each proposal as drafted, through the area that owns it</source>
        <translation>jeden Vorschlag wie entworfen anwenden, über den Bereich, zu dem er gehört</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>close each without applying it, keeping your reason</source>
        <translation>jeden ohne Anwenden schließen, mit Ihrer Begründung</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>hide each until the chosen day, then bring it back as new</source>
        <translation>jeden bis zum gewählten Tag ausblenden und dann als neu zurückbringen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>send each to the owner to decide</source>
        <translation>jeden an den Inhaber zur Entscheidung senden</translation>
    </message>
    <message>
        <source>Please say why: the reason is kept with the decision and teaches the automation.</source>
        <translation>Bitte nennen Sie einen Grund: Er wird mit der Entscheidung aufbewahrt und lehrt die Automatisierung.</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n item(s) ({parts}): {effect}</source>
        <translation>
            <numerusform>{verb}: %n Eintrag ({parts}): {effect}</numerusform>
            <numerusform>{verb}: %n Einträge ({parts}): {effect}</numerusform>
        </translation>
    </message>
    <message>
        <source> on {date_text}</source>
        <translation> am {date_text}</translation>
    </message>
    <message>
        <source>
Reason kept with each: “{reason}”.</source>
        <translation>
Bei jedem aufbewahrter Grund: „{reason}“.</translation>
    </message>
    <message>
        <source>
Each item is decided on its own: if one cannot be applied, it stays open with the error shown and the others go ahead.</source>
        <translation>
Jeder Eintrag wird für sich entschieden: Lässt sich einer nicht anwenden, bleibt er mit dem Fehler offen, und die anderen gehen durch.</translation>
    </message>
    <message>
        <source>
{not_allowed} of them you may not decide; those will be refused and stay open.</source>
        <translation>
{not_allowed} davon dürfen Sie nicht entscheiden; sie werden abgelehnt und bleiben offen.</translation>
    </message>
</context>
<context>
    <name>pages.inbox.keys</name>
    <message>
        <source>Approve the selected item(s) as drafted</source>
        <translation>Die gewählten Einträge wie entworfen freigeben</translation>
    </message>
    <message>
        <source>Apply your edited version of the proposal</source>
        <translation>Ihre bearbeitete Fassung des Vorschlags anwenden</translation>
    </message>
    <message>
        <source>Reject, with a reason</source>
        <translation>Ablehnen, mit Begründung</translation>
    </message>
    <message>
        <source>Snooze until a day</source>
        <translation>Bis zu einem Tag zurückstellen</translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation>An den Inhaber weiterleiten</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>Apply the edited proposal (while editing it)</source>
        <translation>Den bearbeiteten Vorschlag anwenden (beim Bearbeiten)</translation>
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
        <translation>
&lt;p&gt;Der &lt;b&gt;Posteingang&lt;/b&gt; enthält alles, was die Automatisierung von Deskmate entworfen hat: Nachbestellzeilen, Dienstpläne,
Rechnungen, Mahnungen, Datenqualitätsbefunde, vorgeschlagene Parameteränderungen. &lt;b&gt;Nichts davon ist
bisher geschehen&lt;/b&gt;: Jeder Eintrag wartet auf eine Person.&lt;/p&gt;
&lt;p&gt;Wählen Sie einen Eintrag, um zu sehen, &lt;b&gt;warum&lt;/b&gt; er entworfen wurde — die verwendeten Zahlen, den Datenzeitraum, die
Formel mit eingesetzten Werten und wie sicher er ist — und den Vorschlag selbst.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;A&lt;/b&gt; freigeben: den Vorschlag wie entworfen anwenden, über den Teil von Deskmate, zu dem er gehört.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;E&lt;/b&gt; bearbeiten: den Vorschlag rechts ändern, dann erneut E (oder Strg+Eingabe) drücken, um
Ihre Fassung anzuwenden. Beide Fassungen werden aufbewahrt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;R&lt;/b&gt; ablehnen, mit Begründung — Begründungen lehren die Automatisierung.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;S&lt;/b&gt; bis zu einem Tag zurückstellen; &lt;b&gt;X&lt;/b&gt; an den Inhaber weiterleiten.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; oder die Pfeiltasten bewegen; Umschalt-/Strg-Klick wählt mehrere für eine Entscheidung.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Schlägt das Anwenden fehl (der Bestand hat sich geändert, eine Nummer ist nicht mehr frei), wird nichts angewendet und der
Eintrag bleibt mit dem Fehler offen. Welche Rollen welche Art von Eintrag entscheiden, ist eine Einstellung des
Inhabers.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Open, incl. snoozed</source>
        <translation>Offen, inkl. zurückgestellt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Dringendste zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pages.inventory.kpis</name>
    <message>
        <source>Days a product was sold out</source>
        <extracomment>(key, plain label, what the figure is and how it is counted — shown on hover)</extracomment>
        <translation>Tage, an denen ein Produkt ausverkauft war</translation>
    </message>
    <message>
        <source>Stockout product-days: for every product, the days it had nothing on the shelf, added up over the period (one product out for 3 days = 3).</source>
        <translation>Fehlbestands-Produkttage: Für jedes Produkt die Tage ohne Ware im Regal, über den Zeitraum addiert (ein Produkt 3 Tage ausverkauft = 3).</translation>
    </message>
    <message>
        <source>Money in stock beyond what is needed</source>
        <translation>Geld im Bestand über den Bedarf hinaus</translation>
    </message>
    <message>
        <source>Stock value above max / order-up-to: what the stock above each product&apos;s upper level is worth at cost — money tied up that a smaller order would have kept free.</source>
        <translation>Bestandswert über Max / Auffüllmenge: Was der Bestand über der Obergrenze jedes Produkts zu Einkaufspreisen wert ist — gebundenes Geld, das eine kleinere Bestellung freigehalten hätte.</translation>
    </message>
    <message>
        <source>Stock value (at cost)</source>
        <translation>Bestandswert (zu Einkaufspreisen)</translation>
    </message>
    <message>
        <source>What everything on the shelves cost to buy.</source>
        <translation>Was alles in den Regalen im Einkauf gekostet hat.</translation>
    </message>
    <message>
        <source>Times the stock sells through in a year</source>
        <translation>Wie oft sich der Bestand im Jahr umschlägt</translation>
    </message>
    <message>
        <source>Inventory turnover: the cost of a year&apos;s sales divided by the average stock value; higher means stock sits on the shelf for less time.</source>
        <translation>Lagerumschlag: die Einkaufskosten der Verkäufe eines Jahres geteilt durch den durchschnittlichen Bestandswert; höher heißt, Ware liegt kürzer im Regal.</translation>
    </message>
    <message>
        <source>How far forecasts were off, last 28 days</source>
        <translation>Wie weit die Prognosen danebenlagen, letzte 28 Tage</translation>
    </message>
    <message>
        <source>Weighted MAPE: the forecast&apos;s misses, in units, as a share of what was sold; the bias says whether it guessed too high (+) or too low (−) on balance.</source>
        <translation>Gewichteter MAPE: die Fehler der Prognose in Stück, als Anteil am Verkauften; die Tendenz sagt, ob sie im Saldo zu hoch (+) oder zu niedrig (−) geschätzt hat.</translation>
    </message>
    <message>
        <source>Reorder suggestions approved / edited / rejected</source>
        <translation>Nachbestellvorschläge freigegeben / bearbeitet / abgelehnt</translation>
    </message>
    <message>
        <source>How people decided the reorder suggestions drafted in the period.</source>
        <translation>Wie über die im Zeitraum entworfenen Nachbestellvorschläge entschieden wurde.</translation>
    </message>
</context>
<context>
    <name>pages.inventory.policy_check</name>
    <message>
        <source>Fill rate (%) against average stock value</source>
        <translation>Lieferbereitschaft (%) im Verhältnis zum durchschnittlichen Bestandswert</translation>
    </message>
    <message>
        <source>Deskmate (one point per fill-rate target)</source>
        <translation>Deskmate (ein Punkt je Lieferbereitschaftsziel)</translation>
    </message>
    <message>
        <source>Baseline min/max</source>
        <translation>Basis-Min/Max</translation>
    </message>
    <message>
        <source>Careful min/max (monthly, with safety stock)</source>
        <translation>Sorgfältiges Min/Max (monatlich, mit Sicherheitsbestand)</translation>
    </message>
    <message>
        <source>Baseline fill rate</source>
        <translation>Basis-Lieferbereitschaft</translation>
    </message>
</context>
<context>
    <name>pages.inventory.products</name>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Below reorder point</source>
        <translation>Unter Meldebestand</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Kein Lieferant</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Nicht genug Verlauf</translation>
    </message>
</context>
<context>
    <name>pages.inventory.reorder_editor</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Packung</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Why changed</source>
        <translation>Warum geändert</translation>
    </message>
</context>
<context>
    <name>pages.invoices</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überf.</numerusform>
            <numerusform>%n überf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages.invoices.dialogs</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
</context>
<context>
    <name>pages.invoices.editor</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>Inkl. Steuer</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rab. %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax amt</source>
        <translation>Steuerbetrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>line {value}: &apos;{text}&apos; is not a {what}</source>
        <translation>Zeile {value}: &apos;{text}&apos; ist kein gültiger Wert für {what}</translation>
    </message>
</context>
<context>
    <name>pages.invoices.page</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Open (issued, not paid)</source>
        <translation>Offen (ausgestellt, nicht bezahlt)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Deskmate drafts invoices from completed appointments and recurring agreements into the Review Inbox; approving one creates a draft here. Nothing is issued by itself: issuing gives the next number of the series (e.g. 2026-0042), gapless even when two people issue at once, and freezes the invoice. Corrections are credit notes referencing the original, or a void with a reason (the number stays used). Payments may be partial; anything paid beyond what is open becomes the customer&apos;s credit. Overdue invoices get reminder drafts (three levels, editable in Settings) that you approve in the inbox.</source>
        <translation>Deskmate entwirft Rechnungen aus erledigten Terminen und wiederkehrenden Vereinbarungen in den Posteingang; die Freigabe legt hier einen Entwurf an. Nichts wird von selbst ausgestellt: Das Ausstellen vergibt die nächste Nummer der Serie (z. B. 2026-0042), lückenlos auch wenn zwei Personen gleichzeitig ausstellen, und friert die Rechnung ein. Korrekturen sind Gutschriften mit Bezug auf das Original oder eine Stornierung mit Begründung (die Nummer bleibt verbraucht). Zahlungen dürfen Teilzahlungen sein; was über den offenen Betrag hinaus gezahlt wird, wird Guthaben des Kunden. Für überfällige Rechnungen gibt es Mahnungsentwürfe (drei Stufen, in den Einstellungen bearbeitbar), die Sie im Posteingang freigeben.</translation>
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
        <translation>
&lt;p&gt;&lt;b&gt;Berichte&lt;/b&gt; sammeln die Zahlen, die jeder Teil von Deskmate führt: wie sich der Bestand umschlägt und wie gut die
Nachfrageprognosen waren, wie gut Dienstpläne die Öffnungszeiten abgedeckt haben, was offen und überfällig ist und wie
oft automatische Entwürfe freigegeben, bearbeitet oder abgelehnt wurden.&lt;/p&gt;
&lt;p&gt;Jede Zahl wird aus denselben Daten berechnet, die Sie auf den anderen Seiten sehen — nichts wird geschätzt,
ohne dass es dabeisteht. Wo zu wenig Verlauf da ist, sagt ein Bericht &quot;nicht genug Verlauf&quot;, statt
eine Zahl zu zeigen.&lt;/p&gt;
&lt;p&gt;Drücken Sie &lt;b&gt;F5&lt;/b&gt;, um den angezeigten Abschnitt neu zu berechnen.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>pages.reports.trend</name>
    <message>
        <source>Last 8 weeks to today</source>
        <extracomment>(weeks, label): whole weeks to last Sunday; negative: that many weeks with this one so far; 0: the dates.</extracomment>
        <translation>Letzte 8 Wochen bis heute</translation>
    </message>
    <message>
        <source>Last 4 whole weeks</source>
        <translation>Letzte 4 ganze Wochen</translation>
    </message>
    <message>
        <source>Last 8 whole weeks</source>
        <translation>Letzte 8 ganze Wochen</translation>
    </message>
    <message>
        <source>Last 13 whole weeks</source>
        <translation>Letzte 13 ganze Wochen</translation>
    </message>
    <message>
        <source>Last 26 whole weeks</source>
        <translation>Letzte 26 ganze Wochen</translation>
    </message>
    <message>
        <source>Last 52 whole weeks</source>
        <translation>Letzte 52 ganze Wochen</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Daten…</translation>
    </message>
    <message>
        <source>better</source>
        <translation type="vanished">besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="vanished">schlechter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>The file dialog&apos;s choices: the suffix in each decides what is written.</extracomment>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF with the chart (*.pdf)</source>
        <translation>PDF mit dem Diagramm (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pages.schedule.fairness</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Contract h</source>
        <translation>Vertrag Std.</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Abende</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>Schließdienste</translation>
    </message>
    <message>
        <source>Preferences honoured</source>
        <translation>Berücksichtigte Wünsche</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>pages.schedule.grid</name>
    <message>
        <source>— off —</source>
        <translation>— frei —</translation>
    </message>
    <message>
        <source>; {short} more needed</source>
        <translation>; {short} fehlen noch</translation>
    </message>
</context>
<context>
    <name>pages.schedule.page</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Draft with optimiser&lt;/b&gt; plans the week with OR-Tools CP-SAT: contract rules (hours, days in a row, days off, rest between shifts, weekends, skills, availability, time off) must hold; cover, preferences and a fair spread of weekends, evenings, closings and hours are weighed by their penalties (Settings → scheduling). The draft goes to the inbox; approving publishes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Editing&lt;/b&gt;: select a cell, choose a shift and press Assign (or double-click); Delete removes; Ctrl+X then Ctrl+V moves a shift. Every edit is checked at once: warnings name the rule and the person, and the penalty shows what changed. Edits to a published roster are recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mit Optimierer entwerfen&lt;/b&gt; plant die Woche mit OR-Tools CP-SAT: Vertragsregeln (Stunden, Tage am Stück, freie Tage, Ruhezeit zwischen Schichten, Wochenenden, Fähigkeiten, Verfügbarkeit, Abwesenheiten) müssen gelten; Besetzung, Wünsche und eine faire Verteilung von Wochenenden, Abenden, Schließdiensten und Stunden werden nach ihren Abzügen gewichtet (Einstellungen → Dienstplanung). Der Entwurf geht in den Posteingang; die Freigabe veröffentlicht ihn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bearbeiten&lt;/b&gt;: Zelle wählen, Schicht auswählen und Zuweisen drücken (oder doppelklicken); Entf entfernt; Strg+X, dann Strg+V verschiebt eine Schicht. Jede Änderung wird sofort geprüft: Warnungen nennen die Regel und die Person, und der Abzug zeigt, was sich geändert hat. Änderungen an einem veröffentlichten Dienstplan werden im Prüfprotokoll festgehalten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pages.settings.database</name>
    <message>
        <source>the SQLite file in the data folder</source>
        <translation>die SQLite-Datei im Datenordner</translation>
    </message>
    <message>
        <source>a database on a PostgreSQL server</source>
        <translation>eine Datenbank auf einem PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>pages.settings.fields</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Nur Inhaber</translation>
    </message>
    <message>
        <source>Owner and staff</source>
        <translation>Inhaber und Mitarbeiter</translation>
    </message>
    <message>
        <source>Owner and bookkeeper</source>
        <translation>Inhaber und Buchhaltung</translation>
    </message>
    <message>
        <source>Owner, staff and bookkeeper</source>
        <translation>Inhaber, Mitarbeiter und Buchhaltung</translation>
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
        <translation>
&lt;p&gt;&lt;b&gt;Einstellungen&lt;/b&gt; sind die Angaben zu Ihrem Geschäft, die jeder Teil von Deskmate verwendet: Name und
Anschrift auf den Rechnungen, die Währung, die Steuersätze, auf die Produkte und Rechnungszeilen verweisen, die
Zeitzone, die bestimmt, was „heute“ für die Automatisierung ist, und die Öffnungszeiten für Termin-
fenster und Dienstplanbesetzung.&lt;/p&gt;
&lt;p&gt;Jede Einstellung wird geprüft, bevor etwas gespeichert wird; ein Problem wird unter dem Feld angezeigt, und
nichts wird geschrieben, bevor alles stimmt. Jede Änderung wird im &lt;b&gt;Prüfprotokoll&lt;/b&gt; mit dem
Wert vorher und nachher festgehalten.&lt;/p&gt;
&lt;p&gt;Nur der Inhaber ändert Geschäftseinstellungen und verwaltet Benutzer. Rollen setzt Deskmate selbst durch,
nicht nur diese Seite: Ein Mitarbeiter kann sie auch über die Kommandozeile nicht ändern.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Einzelbenutzer-Geschäft&lt;/b&gt; überspringt die Anmeldung für ein Geschäft mit einer Person; jede Änderung wird trotzdem
als die des Inhabers festgehalten.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Dienstplanung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>pages.settings.users</name>
    <message>
        <source>Owner — everything, including users, settings and backups</source>
        <translation>Inhaber — alles, einschließlich Benutzer, Einstellungen und Sicherungen</translation>
    </message>
    <message>
        <source>Staff — stock, orders, bookings, customers, the inbox</source>
        <translation>Mitarbeiter — Lager, Bestellungen, Buchungen, Kunden, der Posteingang</translation>
    </message>
    <message>
        <source>Bookkeeper — invoices, payments, exports, the audit log</source>
        <translation>Buchhaltung — Rechnungen, Zahlungen, Exporte, das Prüfprotokoll</translation>
    </message>
    <message>
        <source>Choose another password: see the message under the field.</source>
        <translation>Wählen Sie ein anderes Passwort: siehe Hinweis unter dem Feld.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.</translation>
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
        <translation>
&lt;p&gt;&lt;b&gt;Heute&lt;/b&gt; sammelt, was heute ansteht, aus jedem Teil von Deskmate, mit dem Ihre Rolle arbeitet:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Entscheidungen, die auf Sie warten&lt;/b&gt;: Posteingangseinträge, die Sie entscheiden dürfen, eine Zeile je Art, die
dringendste Art zuerst.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Heutige Termine&lt;/b&gt; und &lt;b&gt;wer Dienst hat&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Besetzungslücken diese Woche&lt;/b&gt;: Schichten mit weniger Personen, als das Geschäft braucht.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Vor der nächsten Lieferung aufgebraucht&lt;/b&gt;: Produkte, deren Bestand bei den prognostizierten Verkäufen
endet, bevor eine Bestellung eintreffen könnte.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Überfällige Rechnungen&lt;/b&gt; und wie viel offen ist, sowie &lt;b&gt;fehlgeschlagene Aufgaben&lt;/b&gt;.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Klicken Sie auf eine Zeile (oder wählen Sie sie und drücken Sie Eingabe), um die Seite zu öffnen, auf der sie erledigt wird, mit diesem
Eintrag ausgewählt. Die Seite aktualisiert sich selbst, wenn sich etwas ändert.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>payment method</name>
    <message>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Activity (audit log)</source>
        <translation>Aktivität (Prüfprotokoll)</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Cash flow (next 8 weeks)</source>
        <translation>Zahlungsfluss (nächste 8 Wochen)</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <source>Roster fairness</source>
        <translation>Fairness im Dienstplan</translation>
    </message>
</context>
<context>
    <name>time-off state</name>
    <message>
        <source>pending</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>{reason}. Ask the shop&apos;s owner if you need it.</source>
        <translation>{reason}. Fragen Sie den Inhaber des Geschäfts, wenn Sie das brauchen.</translation>
    </message>
    <message>
        <source>Some values need fixing.</source>
        <translation>Einige Werte müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Die Datei wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The shop&apos;s data could not be opened.</source>
        <translation>Die Daten des Geschäfts konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Das hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate.</source>
        <translation>In Deskmate ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Nothing you did caused this. Your data is safe: the change was not saved. Try again; if it happens again, send the details below to whoever looks after Deskmate.</source>
        <translation>Sie haben das nicht verursacht. Ihre Daten sind sicher: Die Änderung wurde nicht gespeichert. Versuchen Sie es erneut; passiert es wieder, senden Sie die Details unten an die Person, die sich um Deskmate kümmert.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
</context>
<context>
    <name>widgets.message_bar</name>
    <message>
        <source>Error</source>
        <extracomment>What a screen reader says before the headline.</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>owner</source>
        <extracomment>Stored keys in the words a person reads (translated where shown, context &quot;words&quot;).</extracomment>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
</context>
</TS>
