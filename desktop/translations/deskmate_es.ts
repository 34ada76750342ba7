<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdvancedJson</name>
    <message>
        <source>Advanced: show the proposal as data (JSON)</source>
        <translation>Avanzado: mostrar la propuesta como datos (JSON)</translation>
    </message>
    <message>
        <source>For the owner: see and edit every value of the proposal, including internal ids</source>
        <translation>Para el propietario: ver y editar todos los valores de la propuesta, incluidos los identificadores internos</translation>
    </message>
    <message>
        <source>the proposal is not valid JSON: {problem} (line {line})</source>
        <translation>la propuesta no es un JSON válido: {problem} (línea {line})</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Building the demo shop: products, 18 months of sales, staff, customers and invoices…</source>
        <extracomment>The desktop entry&apos;s id (packaging/deskmate.desktop is installed as DESKTOP_ID.desktop).</extracomment>
        <translation>Creando la tienda de demostración: productos, 18 meses de ventas, personal, clientes y facturas…</translation>
    </message>
    <message>
        <source>Deskmate demo shop</source>
        <translation>Tienda de demostración de Deskmate</translation>
    </message>
    <message>
        <source>{base_text}
{value:.0f} s — usually under a minute.</source>
        <translation>{base_text}
{value:.0f} s — normalmente menos de un minuto.</translation>
    </message>
    <message>
        <source>The demo shop could not be built</source>
        <translation>No se pudo crear la tienda de demostración</translation>
    </message>
    <message>
        <source>This is the demo shop, with made-up data: log in as owner, sam (staff) or bea (bookkeeper); every demo password is {password}.</source>
        <translation>Esta es la tienda de demostración, con datos inventados: inicie sesión como owner, sam (personal) o bea (contabilidad); la contraseña de demostración es siempre {password}.</translation>
    </message>
    <message>
        <source>Demo shop: you are the owner. Log out (Ctrl+Shift+L) to try &apos;sam&apos; (staff) or &apos;bea&apos; (bookkeeper); every demo password is demo1234.</source>
        <translation>Tienda de demostración: usted es el propietario. Cierre la sesión (Ctrl+Mayús+L) para probar &apos;sam&apos; (personal) o &apos;bea&apos; (contabilidad); la contraseña de demostración es siempre demo1234.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La copia de seguridad no se restauró</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The shop&apos;s data was restored from {path}.</source>
        <translation>Los datos de la tienda se restauraron desde {path}.</translation>
    </message>
    <message>
        <source>The data it replaced was kept as {kept}. </source>
        <translation>Los datos reemplazados se guardaron como {kept}. </translation>
    </message>
    <message>
        <source>Deskmate will now close; start it again to continue.</source>
        <translation>Deskmate se cerrará ahora; ábralo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>This backup&apos;s audit log shows tampering</source>
        <translation>El registro de auditoría de esta copia muestra manipulaciones</translation>
    </message>
    <message>
        <source>The backup was not restored: its audit log was changed outside Deskmate.</source>
        <translation>La copia de seguridad no se restauró: su registro de auditoría se modificó fuera de Deskmate.</translation>
    </message>
    <message>
        <source>{details}

Restore it only if you know why (for example, it is the only copy left). The restore will be recorded as forced, naming what was found, as the first entry after it.</source>
        <translation>{details}

Restáurela solo si sabe por qué (por ejemplo, si es la única copia que queda). La restauración quedará registrada como forzada, con lo encontrado, como primera entrada posterior.</translation>
    </message>
    <message>
        <source>I understand that this backup&apos;s history was changed outside Deskmate</source>
        <translation>Entiendo que el historial de esta copia se modificó fuera de Deskmate</translation>
    </message>
    <message>
        <source>Restore anyway and close Deskmate</source>
        <translation>Restaurar de todos modos y cerrar Deskmate</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>no se pudo iniciar</translation>
    </message>
    <message>
        <source>Automation did not start: {exc}</source>
        <translation>La automatización no se inició: {exc}</translation>
    </message>
    <message>
        <source>Deskmate cannot open the shop&apos;s data</source>
        <translation>Deskmate no puede abrir los datos de la tienda</translation>
    </message>
    <message>
        <source>The shop&apos;s server holds an older version of its data than this Deskmate. Ask whoever looks after the server to run &apos;deskmate server init --db-url &lt;the owner&apos;s URL&gt;&apos; once (it upgrades the shop for every computer), then start Deskmate again.</source>
        <translation>El servidor de la tienda tiene una versión de los datos más antigua que este Deskmate. Pida a quien administra el servidor que ejecute una vez &apos;deskmate server init --db-url &lt;the owner&apos;s URL&gt;&apos; (actualiza la tienda para todos los equipos) y vuelva a abrir Deskmate.</translation>
    </message>
    <message>
        <source>Nothing was changed. If this is a backup from a newer Deskmate, update Deskmate; if the file is damaged, restore a backup with &apos;deskmate restore FILE&apos;; to use another folder start Deskmate with --data-dir FOLDER.</source>
        <translation>No se cambió nada. Si es una copia de un Deskmate más reciente, actualice Deskmate; si el archivo está dañado, restaure una copia con &apos;deskmate restore FILE&apos;; para usar otra carpeta, inicie Deskmate con --data-dir FOLDER.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Colour {name} — click to choose another</source>
        <translation>Color {name}: haga clic para elegir otro</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Deskmate</source>
        <translation>Bienvenido a Deskmate</translation>
    </message>
    <message>
        <source>Deskmate drafts the routine work of a small shop — reorders, rosters, invoices — and you decide every draft in the Review Inbox.</source>
        <translation>Deskmate prepara el trabajo rutinario de una tienda pequeña (pedidos, cuadrantes de turnos, facturas) y usted decide cada borrador en la bandeja de revisión.</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>Abrir la tienda de demostración</translation>
    </message>
    <message>
        <source>A made-up bakery and deli with 18 months of history to explore. It lives in a temporary folder and is removed when you quit: your own data stays untouched.</source>
        <translation>Una panadería y charcutería inventada con 18 meses de historial para explorar. Está en una carpeta temporal y se elimina al salir: sus propios datos no se tocan.</translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation>Configurar mi tienda</translation>
    </message>
    <message>
        <source>A few questions: name and address, currency, taxes, opening hours and your owner account. About two minutes; everything can be changed later in Settings.</source>
        <translation>Unas pocas preguntas: nombre y dirección, moneda, impuestos, horario de apertura y su cuenta de propietario. Unos dos minutos; todo se puede cambiar después en Configuración.</translation>
    </message>
    <message>
        <source>Your shop&apos;s data will be kept in {data_dir}</source>
        <translation>Los datos de su tienda se guardarán en {data_dir}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>not a valid value</source>
        <translation>no es un valor válido</translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation>Corrija primero:</translation>
    </message>
</context>
<context>
    <name>GenericEditor</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Valor propuesto</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a valid value: {text!r}</source>
        <translation>&apos;{field}&apos; no es un valor válido: {text!r}</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Why / how does this work?</source>
        <translation>¿Por qué / cómo funciona?</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>a CSV or XLSX file</source>
        <translation>un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Import the valid rows and skip invalid ones</source>
        <translation>Importar las filas válidas y omitir las no válidas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Comprobar archivo</translation>
    </message>
    <message>
        <source>Read the file and list every problem; nothing is written</source>
        <translation>Lee el archivo y enumera todos los problemas; no se escribe nada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fidelity report: rows read, imported and skipped, with their totals</source>
        <translation>Informe de fidelidad: filas leídas, importadas y omitidas, con sus totales</translation>
    </message>
    <message>
        <source>optional: {mapping_hint}</source>
        <translation>opcional: {mapping_hint}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Import: {what}</source>
        <translation>Importar: {what}</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tablas (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Primero elija un archivo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>{number} row(s) could not be read: their quantity and money are not in the totals.</source>
        <translation>
            <numerusform>{number} fila no se pudo leer: su cantidad e importe no están en los totales.</numerusform>
            <numerusform>{number} filas no se pudieron leer: sus cantidades e importes no están en los totales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxForms</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>as described</source>
        <translation>como se describe</translation>
    </message>
    <message>
        <source>Apply the suggested fix ({how})</source>
        <translation>Aplicar la corrección sugerida ({how})</translation>
    </message>
    <message>
        <source>Only record that someone looked at it</source>
        <translation>Solo registrar que alguien lo revisó</translation>
    </message>
    <message>
        <source>safety factor</source>
        <translation>factor de seguridad</translation>
    </message>
    <message>
        <source>minimum stock</source>
        <translation>existencias mínimas</translation>
    </message>
    <message>
        <source>maximum stock</source>
        <translation>existencias máximas</translation>
    </message>
    <message>
        <source>Safety factor</source>
        <translation>Factor de seguridad</translation>
    </message>
    <message>
        <source>Minimum / maximum stock</source>
        <translation>Existencias mínimas / máximas</translation>
    </message>
    <message>
        <source>{setting}: now {value}</source>
        <translation>{setting}: ahora {value}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Approving grants the time off as asked; rejecting refuses it. The dates are the person&apos;s own request: ask them to send a new one to change them.</source>
        <translation>Aprobar concede la ausencia tal como se pidió; rechazar la deniega. Las fechas son las de la solicitud de la persona: para cambiarlas, pídale que envíe una nueva.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Approving swaps the two people&apos;s shifts that day in the roster; rejecting keeps the roster as it is.</source>
        <translation>Aprobar intercambia los turnos de las dos personas ese día en el cuadrante; rechazar deja el cuadrante como está.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Approving confirms the booking; rejecting cancels it and frees the slot.</source>
        <translation>Aprobar confirma la reserva; rechazar la cancela y libera el hueco.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation>La dirección de correo del cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Approving sends the message (or writes it to the outbox folder when no mail server is set).</source>
        <translation>Aprobar envía el mensaje (o lo guarda en la carpeta de salida si no hay servidor de correo configurado).</translation>
    </message>
    <message>
        <source>Shift to spare them</source>
        <translation>Turno que se le evita</translation>
    </message>
    <message>
        <source>How strongly</source>
        <translation>Con qué fuerza</translation>
    </message>
    <message>
        <source>Higher means future rosters avoid giving them this shift more firmly</source>
        <translation>Cuanto más alto, más firmemente evitarán los futuros cuadrantes asignarle este turno</translation>
    </message>
    <message>
        <source>Approving adds a &apos;rather not&apos; wish for this shift; future drafts weigh it.</source>
        <translation>Aprobar añade un deseo de &apos;mejor no&apos; para este turno; los futuros borradores lo tienen en cuenta.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Deseo</translation>
    </message>
    <message>
        <source>Wants this shift</source>
        <translation>Quiere este turno</translation>
    </message>
    <message>
        <source>Would rather not work it</source>
        <translation>Preferiría no trabajarlo</translation>
    </message>
    <message>
        <source>How much it counts</source>
        <translation>Cuánto cuenta</translation>
    </message>
    <message>
        <source>Approving records the wish; future drafts weigh it.</source>
        <translation>Aprobar registra el deseo; los futuros borradores lo tienen en cuenta.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Corrección sugerida</translation>
    </message>
    <message>
        <source>When approved</source>
        <translation>Al aprobar</translation>
    </message>
    <message>
        <source>Approving applies the fix chosen above, or records that someone looked at it.</source>
        <translation>Aprobar aplica la corrección elegida arriba o registra que alguien lo revisó.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Approving records that you dealt with it; the next backup runs as scheduled.</source>
        <translation>Aprobar registra que se ocupó de ello; la próxima copia de seguridad se hará según lo previsto.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Approving changes the product&apos;s setting; use Advanced to change the proposed value.</source>
        <translation>Aprobar cambia el ajuste del producto; use Avanzado para cambiar el valor propuesto.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Deskmate&apos;s log</source>
        <translation>Registro de Deskmate</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>Log lines, newest last</source>
        <translation>Líneas del registro, las más recientes al final</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar todo</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Nothing has been logged yet: no job failed and nothing unexpected happened.</source>
        <translation>Aún no se ha registrado nada: ninguna tarea falló y no ocurrió nada inesperado.</translation>
    </message>
    <message>
        <source>The log could not be read: {exc}</source>
        <translation>No se pudo leer el registro: {exc}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demo shop — Deskmate</source>
        <translation>Iniciar sesión — Tienda de demostración — Deskmate</translation>
    </message>
    <message>
        <source>Log in — Deskmate</source>
        <translation>Iniciar sesión — Deskmate</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Demo shop — made-up data, shared demo passwords</source>
        <translation>Tienda de demostración: datos inventados, contraseñas de demostración compartidas</translation>
    </message>
    <message>
        <source>Log in with your own user name so your changes are recorded as yours.</source>
        <translation>Inicie sesión con su propio nombre de usuario para que sus cambios queden registrados a su nombre.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Escriba su usuario y contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again (the owner can reset a forgotten password on the Settings page).</source>
        <translation>Usuario o contraseña incorrectos. Compruebe ambos e inténtelo de nuevo (el propietario puede restablecer una contraseña olvidada en la página Configuración).</translation>
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
&lt;h3&gt;Cómo funciona Deskmate&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;La máquina prepara borradores, una persona decide.&lt;/b&gt; La automatización revisa sus ventas, existencias, citas y
facturas y &lt;i&gt;prepara borradores&lt;/i&gt; de trabajo (una orden de compra, un cuadrante, un recordatorio de pago) en la
&lt;b&gt;bandeja de revisión&lt;/b&gt;. No se pide, envía, publica ni emite nada hasta que alguien lo aprueba, y
cada automatización se puede desactivar en la página Automatización. Todo lo que prepara también se puede hacer
a mano.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Cada sugerencia se explica:&lt;/b&gt; los números que usó, el periodo de datos, la fórmula
con las cifras y su grado de confianza. Con poco historial lo dice en lugar de
adivinar.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Aprende de usted:&lt;/b&gt; cuando cambia un borrador, se guardan la diferencia y su motivo, y
más adelante Deskmate puede proponer ajustar sus propios parámetros, como una sugerencia que se revisa como cualquier otra.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Rinde cuentas:&lt;/b&gt; cada cambio, hecho a mano o al aprobar un borrador, queda en el
&lt;b&gt;registro de auditoría&lt;/b&gt;, que solo admite añadidos, con quién, cuándo y los valores antes y después.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;No se pierde nada:&lt;/b&gt; los datos erróneos se rechazan con un mensaje que indica el archivo, la fila y el campo,
y no se guarda nada a medias. Haga una copia de seguridad desde el menú Archivo cuando quiera, incluso mientras trabaja.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Aún no hay páginas</translation>
    </message>
    <message>
        <source>This installation of Deskmate has no pages for your role. Ask the shop&apos;s owner which parts of Deskmate you should see.</source>
        <translation>Esta instalación de Deskmate no tiene páginas para su rol. Pregunte al propietario de la tienda qué partes de Deskmate debería ver.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{value})</source>
        <translation>{title} (Ctrl+{value})</translation>
    </message>
    <message>
        <source>Automation: off</source>
        <translation>Automatización: desactivada</translation>
    </message>
    <message>
        <source>Automation state</source>
        <translation>Estado de la automatización</translation>
    </message>
    <message>
        <source>Automation only drafts into the Review Inbox; switch jobs on or off on the Automation page.</source>
        <translation>La automatización solo prepara borradores en la bandeja de revisión; las tareas se activan o desactivan en la página Automatización.</translation>
    </message>
    <message>
        <source>Logged in as {username} ({role})</source>
        <translation>Sesión de {username} ({role})</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Move the shop to another database…</source>
        <translation>&amp;Trasladar la tienda a otra base de datos…</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Exportar el registro de auditoría…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation>&amp;Cerrar sesión / cambiar de usuario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Buscar en esta página</translation>
    </message>
    <message>
        <source>&amp;Refresh this page</source>
        <translation>&amp;Actualizar esta página</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Why / how does Deskmate work?</source>
        <translation>¿&amp;Por qué / cómo funciona Deskmate?</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar el &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Acerca de Deskmate</translation>
    </message>
    <message>
        <source>That page is not available to {username}.</source>
        <translation>Esa página no está disponible para {username}.</translation>
    </message>
    <message>
        <source>{title} could not be opened</source>
        <translation>No se pudo abrir {title}</translation>
    </message>
    <message>
        <source>Deskmate hit an internal problem building this page ({error}: {exc}). The other pages work; please report this.</source>
        <translation>Deskmate encontró un problema interno al crear esta página ({error}: {exc}). Las demás páginas funcionan; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>{name} (demo shop)</source>
        <translation>{name} (tienda de demostración)</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>{name} — Deskmate</source>
        <translation>{name} — Deskmate</translation>
    </message>
    <message>
        <source>Automation: {state}</source>
        <translation>Automatización: {state}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes on {pages} that are not saved yet.</source>
        <translation>Hay cambios en {pages} que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Discard them, or go back and save them first?</source>
        <translation>¿Descartarlos, o volver y guardarlos antes?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back up the shop&apos;s data</source>
        <translation>Hacer una copia de seguridad de los datos de la tienda</translation>
    </message>
    <message>
        <source>Deskmate backups (*{suffix});;All files (*)</source>
        <translation>Copias de seguridad de Deskmate (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written to {written}</source>
        <translation>Copia de seguridad guardada en {written}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Restore the shop&apos;s data from a backup</source>
        <translation>Restaurar los datos de la tienda desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Deskmate backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Copias de seguridad de Deskmate (*.sqlite3 *.pgdump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>¿Restaurar desde una copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace ALL of the shop&apos;s current data with the backup
{path}?</source>
        <translation>¿Reemplazar TODOS los datos actuales de la tienda por la copia
{path}?</translation>
    </message>
    <message>
        <source>Everything entered since that backup was taken will no longer be in Deskmate. The current data is first kept as a copy next to the database, so this can be undone. Deskmate closes after the restore; start it again to continue.</source>
        <translation>Todo lo introducido desde que se hizo esa copia dejará de estar en Deskmate. Los datos actuales se guardan antes como copia junto a la base de datos, así que se puede deshacer. Deskmate se cierra tras la restauración; ábralo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Restore and close Deskmate</source>
        <translation>Restaurar y cerrar Deskmate</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to {path}</source>
        <translation>
            <numerusform>%n entrada de auditoría guardada en {path}</numerusform>
            <numerusform>%n entradas de auditoría guardadas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation>El registro de auditoría no se exportó</translation>
    </message>
    <message>
        <source>Why / how does Deskmate work?</source>
        <translation>¿Por qué / cómo funciona Deskmate?</translation>
    </message>
    <message>
        <source>Find on this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Refresh this page</source>
        <translation>Actualizar esta página</translation>
    </message>
    <message>
        <source>How Deskmate works</source>
        <translation>Cómo funciona Deskmate</translation>
    </message>
    <message>
        <source>Log out / switch user</source>
        <translation>Cerrar sesión / cambiar de usuario</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>(in its list, not while typing)</source>
        <translation>(en su lista, no mientras se escribe)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Scheduling, inventory, invoicing and a review inbox for small shops.</source>
        <translation>Turnos, inventario, facturación y una bandeja de revisión para tiendas pequeñas.</translation>
    </message>
    <message>
        <source>The machine drafts, a person decides.</source>
        <translation>La máquina prepara borradores, una persona decide.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>About Deskmate</source>
        <translation>Acerca de Deskmate</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Copy every record of this shop into a &lt;b&gt;new, empty&lt;/b&gt; database: a PostgreSQL database on your server, so that several computers share the shop, or a new Deskmate file. The copy is checked (rows, money and quantity totals, the audit log) before it is kept; if anything differs, or you cancel, the new database is left empty. &lt;b&gt;This shop&apos;s database is not changed.&lt;/b&gt;</source>
        <translation>Copia todos los registros de esta tienda en una base de datos &lt;b&gt;nueva y vacía&lt;/b&gt;: una base de datos PostgreSQL en su servidor, para que varios equipos compartan la tienda, o un archivo nuevo de Deskmate. La copia se comprueba (filas, totales de importes y cantidades, el registro de auditoría) antes de conservarla; si algo no coincide, o se cancela, la base de datos nueva queda vacía. &lt;b&gt;La base de datos de esta tienda no se modifica.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move the shop to another database</source>
        <extracomment>The MoveReport, or the exception (including cancellation) once the move has ended.</extracomment>
        <translation>Trasladar la tienda a otra base de datos</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/shop   or   a new file</source>
        <extracomment>The full URL (password included) the shop was last moved to: what &quot;Use…&quot; saves.</extracomment>
        <translation>postgresql+psycopg://user@server/shop   o   un archivo nuevo</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Trasladar a</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Archivo nuevo…</translation>
    </message>
    <message>
        <source>the server user&apos;s password, if it needs one</source>
        <translation>la contraseña del usuario del servidor, si la necesita</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>Use the moved database on this computer</source>
        <translation>Usar la base de datos trasladada en este equipo</translation>
    </message>
    <message>
        <source>Deskmate on this computer opens the moved shop from its next start (as Settings → Database does)</source>
        <translation>Deskmate en este equipo abrirá la tienda trasladada desde el próximo inicio (como Configuración → Base de datos)</translation>
    </message>
    <message>
        <source>Move and check</source>
        <translation>Trasladar y comprobar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Move the shop to a new file</source>
        <translation>Trasladar la tienda a un archivo nuevo</translation>
    </message>
    <message>
        <source>Deskmate databases (*.sqlite3);;All files (*)</source>
        <translation>Bases de datos de Deskmate (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Say where to move the shop: a PostgreSQL URL or a new file.</source>
        <translation>Indique adónde trasladar la tienda: una URL de PostgreSQL o un archivo nuevo.</translation>
    </message>
    <message>
        <source>Creating the tables…</source>
        <translation>Creando las tablas…</translation>
    </message>
    <message>
        <source>Moved and checked: {rows:,} records in {count} tables. Open the moved shop with  deskmate --db-url &apos;{target}&apos;</source>
        <translation>Trasladada y comprobada: {rows:,} registros en {count} tablas. Abra la tienda trasladada con  deskmate --db-url &apos;{target}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n rows</source>
        <translation>
            <numerusform>{table}: %n fila</numerusform>
            <numerusform>{table}: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>; totals {sums}</source>
        <translation>; totales {sums}</translation>
    </message>
    <message>
        <source>Shop moved to {target}</source>
        <translation>Tienda trasladada a {target}</translation>
    </message>
    <message>
        <source>✓ {message}. Restart Deskmate to work in the moved shop: until then this window still shows the shop it opened with.</source>
        <translation>✓ {message}. Reinicie Deskmate para trabajar en la tienda trasladada: hasta entonces esta ventana sigue mostrando la tienda con la que se abrió.</translation>
    </message>
    <message>
        <source>The moved database is saved for this computer: restart Deskmate to use it</source>
        <translation>La base de datos trasladada se guardó para este equipo: reinicie Deskmate para usarla</translation>
    </message>
    <message>
        <source>The moved database was not saved for this computer</source>
        <translation>La base de datos trasladada no se guardó para este equipo</translation>
    </message>
    <message>
        <source>Cancelled: the new database was left empty and nothing was moved.</source>
        <translation>Cancelado: la base de datos nueva quedó vacía y no se trasladó nada.</translation>
    </message>
    <message>
        <source>What differed:</source>
        <translation>Qué no coincidía:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>PasswordPolicyNote</name>
    <message>
        <source>at least {MIN_LENGTH} characters</source>
        <translation>al menos {MIN_LENGTH} caracteres</translation>
    </message>
</context>
<context>
    <name>ReasonCard</name>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source>Data window:</source>
        <translation>Periodo de datos:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
</context>
<context>
    <name>ReasonCardView</name>
    <message>
        <source>Why this suggestion</source>
        <translation>Por qué esta sugerencia</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up my shop — Deskmate</source>
        <translation>Configurar mi tienda — Deskmate</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Su tienda</translation>
    </message>
    <message>
        <source>Printed on invoices, rosters and exports.</source>
        <translation>Aparece en facturas, cuadrantes y exportaciones.</translation>
    </message>
    <message>
        <source>Money and region</source>
        <translation>Moneda y región</translation>
    </message>
    <message>
        <source>How amounts, dates and &apos;today&apos; are shown and counted.</source>
        <translation>Cómo se muestran y cuentan los importes, las fechas y el &apos;hoy&apos;.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos de impuesto</translation>
    </message>
    <message>
        <source>Products and invoice lines refer to one of these codes. Keep a 0 % rate for exempt items.</source>
        <translation>Los productos y las líneas de factura remiten a uno de estos códigos. Mantenga un tipo del 0 % para los artículos exentos.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Appointments are offered and rosters are planned inside these hours.</source>
        <translation>Las citas se ofrecen y los cuadrantes se planifican dentro de este horario.</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>Crear mi tienda</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Could not create the shop</source>
        <translation>No se pudo crear la tienda</translation>
    </message>
</context>
<context>
    <name>TableValidator</name>
    <message>
        <source>Line {number}</source>
        <translation>Línea {number}</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Give your shop a name; it is printed on invoices.</source>
        <translation>Dé un nombre a su tienda; aparece en las facturas.</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Your owner account</source>
        <translation>Su cuenta de propietario</translation>
    </message>
    <message>
        <source>The owner manages users and settings. Everyone else gets their own account later, on the Settings page, so the audit log shows who did what.</source>
        <translation>El propietario gestiona los usuarios y la configuración. Los demás reciben más adelante su propia cuenta en la página Configuración, para que el registro de auditoría muestre quién hizo qué.</translation>
    </message>
    <message>
        <source>e.g. Olivia Baker</source>
        <translation>p. ej. Olivia Panadero</translation>
    </message>
    <message>
        <source>Single-user shop: open Deskmate without asking for a password</source>
        <translation>Tienda de un solo usuario: abrir Deskmate sin pedir contraseña</translation>
    </message>
    <message>
        <source>Only tick this if you alone use this computer&apos;s Deskmate. You can change it later in Settings.</source>
        <translation>Marque esto solo si nadie más usa Deskmate en este equipo. Se puede cambiar después en Configuración.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>A user name is one word without spaces, e.g. &apos;olivia&apos;.</source>
        <translation>Un nombre de usuario es una sola palabra sin espacios, p. ej. &apos;olivia&apos;.</translation>
    </message>
    <message>
        <source>Choose another password: see the message under the field.</source>
        <translation>Elija otra contraseña: vea el mensaje bajo el campo.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <source>table of {columns}</source>
        <translation>tabla de {columns}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}.
Replace it with this export?</source>
        <translation>{name} ya existe en {parent}.
¿Reemplazarlo por esta exportación?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>{reason}. Ask the shop&apos;s owner if you need it.</source>
        <translation>{reason}. Pida permiso al propietario de la tienda si lo necesita.</translation>
    </message>
    <message>
        <source>Some values need fixing.</source>
        <translation>Hay valores que corregir.</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
    <message>
        <source>The shop&apos;s data could not be opened.</source>
        <translation>No se pudieron abrir los datos de la tienda.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>No funcionó.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate.</source>
        <translation>Algo falló dentro de Deskmate.</translation>
    </message>
    <message>
        <source>Nothing you did caused this. Your data is safe: the change was not saved. Try again; if it happens again, send the details below to whoever looks after Deskmate.</source>
        <translation>No es culpa suya. Sus datos están a salvo: el cambio no se guardó. Inténtelo de nuevo; si vuelve a ocurrir, envíe los detalles de abajo a quien se ocupa de Deskmate.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
</context>
</TS>
