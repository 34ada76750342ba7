<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>PasswordPolicyNote</name>
    <message>
        <source>at least {MIN_LENGTH} characters</source>
        <translation>mindestens {MIN_LENGTH} Zeichen</translation>
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
    <name>TableValidator</name>
    <message>
        <source>Line {number}</source>
        <translation>Zeile {number}</translation>
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
</TS>
