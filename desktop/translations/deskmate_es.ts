<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivitySection</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>No changes in this period</source>
        <translation>No hay cambios en este periodo</translation>
    </message>
    <message>
        <source>Every change anyone makes — by hand or by approving an automated draft — is counted here per person and area. Pick a longer period, or make a change to see it.</source>
        <translation>Cada cambio, hecho a mano o al aprobar un borrador automático, se cuenta aquí por persona y área. Elija un periodo más largo o haga un cambio para verlo.</translation>
    </message>
    <message>
        <source>Activity is for the owner and the bookkeeper</source>
        <translation>La actividad es para el propietario y la contabilidad</translation>
    </message>
    <message>
        <source>This report is built from the audit log, which your role does not read. Ask the shop&apos;s owner if you need it.</source>
        <translation>Este informe se basa en el registro de auditoría, que su rol no puede leer. Pídalo al propietario de la tienda si lo necesita.</translation>
    </message>
    <message numerus="yes">
        <source>{number} change(s)</source>
        <translation>
            <numerusform>{number} cambio</numerusform>
            <numerusform>{number} cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person or job(s)</source>
        <translation>
            <numerusform>%n persona o tarea</numerusform>
            <numerusform>%n personas o tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>{changes} from {start} to {end} by {who}</source>
        <translation>{changes} del {start} al {end} por {who}</translation>
    </message>
    <message>
        <source>Changes per day</source>
        <translation>Cambios por día</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>one word, e.g. sam</source>
        <translation>una palabra, p. ej. sam</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>R&amp;epetir contraseña</translation>
    </message>
    <message>
        <source>Tell the person their password; they can change it themselves from the File menu after logging in.</source>
        <translation>Comunique la contraseña a la persona; después de iniciar sesión puede cambiarla desde el menú Archivo.</translation>
    </message>
    <message>
        <source>A user name is one word without spaces.</source>
        <translation>Un nombre de usuario es una sola palabra sin espacios.</translation>
    </message>
</context>
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
    <name>AgingSection</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vencido</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Open receivables as of {date}: {total} (%n customers)</source>
        <translation>
            <numerusform>Cobros pendientes a {date}: {total} (%n cliente)</numerusform>
            <numerusform>Cobros pendientes a {date}: {total} (%n clientes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New recurring agreement</source>
        <translation>Nuevo acuerdo periódico</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>First invoice on</source>
        <translation>Primera factura el</translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation>hay que corregir una línea (vea la tabla)</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>añada al menos una línea</translation>
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
    <name>AppointmentsTab</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Elegir un cliente…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>Nuevo servicio…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Registrar respuesta…</translation>
    </message>
    <message>
        <source>choose a service</source>
        <translation>elija un servicio</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>elija un cliente de la lista</translation>
    </message>
    <message>
        <source>no free slot: try another day</source>
        <translation>no hay huecos libres: pruebe otro día</translation>
    </message>
    <message>
        <source>{name} ({duration_minutes} min)</source>
        <translation>{name} ({duration_minutes} min)</translation>
    </message>
    <message>
        <source>no free slot</source>
        <translation>no hay huecos libres</translation>
    </message>
    <message>
        <source>working (roster minus breaks and time off)</source>
        <translation>trabajando (cuadrante menos descansos y ausencias)</translation>
    </message>
    <message>
        <source>{day} {hm} {service_name} — {customer_name} with {staff_name} [{state}]</source>
        <translation>{day} {hm} {service_name} — {customer_name} con {staff_name} [{state}]</translation>
    </message>
    <message>
        <source>Select a completed appointment to record how the customer rated it</source>
        <translation>Seleccione una cita completada para registrar cómo la valoró el cliente</translation>
    </message>
    <message>
        <source>Your role does not book or change appointments</source>
        <translation>Su rol no reserva ni cambia citas</translation>
    </message>
    <message>
        <source>Select an appointment in the list first</source>
        <translation>Primero seleccione una cita en la lista</translation>
    </message>
    <message>
        <source>Confirm the booking first: only a confirmed appointment can be marked completed (and billed)</source>
        <translation>Confirme primero la reserva: solo una cita confirmada se puede marcar como completada (y facturar)</translation>
    </message>
    <message>
        <source>This appointment is {state}</source>
        <translation>Esta cita está {state}</translation>
    </message>
    <message>
        <source>This appointment is {replace}</source>
        <translation type="vanished">Esta cita está {replace}</translation>
    </message>
    <message>
        <source>Choose a service, a customer and a free slot.</source>
        <translation>Elija un servicio, un cliente y un hueco libre.</translation>
    </message>
    <message>
        <source>booked (pending) #{id}</source>
        <translation>reservada (pendiente) n.º {id}</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>wrote {path} (%n appointments)</source>
        <translation>
            <numerusform>escrito {path} (%n cita)</numerusform>
            <numerusform>escrito {path} (%n citas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreasOffEditor</name>
    <message>
        <source>{area} automation runs on schedule</source>
        <translation>La automatización de {area} se ejecuta según lo previsto</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>(approving an automated draft)</source>
        <translation>(al aprobar un borrador automático)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No values recorded for this action.</source>
        <translation>No se registraron valores para esta acción.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The audit log — why and how</source>
        <translation>El registro de auditoría: por qué y cómo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change, by whom and when, with the values before and after. Nothing here can be edited or deleted.</source>
        <translation>Cada cambio, quién y cuándo, con los valores antes y después. Aquí no se puede editar ni borrar nada.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Search text, records, values (Ctrl+F)</source>
        <translation>Buscar texto, registros, valores (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>approved an automated draft</source>
        <translation>aprobó un borrador automático</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6b7c&apos;&gt;Select an entry to see what changed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5b6b7c&apos;&gt;Seleccione una entrada para ver qué cambió.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation>Ninguna entrada coincide con estos filtros</translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text. Every change anyone makes in Deskmate appears here as soon as it is saved.</source>
        <translation>Pruebe otra persona, área o periodo, o borre el texto de búsqueda. Cada cambio en Deskmate aparece aquí en cuanto se guarda.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Audit chain: checking…</source>
        <translation>Cadena de auditoría: comprobando…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that each follows the one before</source>
        <translation>Recalcular el hash de cada entrada y comprobar que cada una sigue a la anterior</translation>
    </message>
    <message numerus="yes">
        <source>{number} entries match the filters</source>
        <translation>
            <numerusform>{number} entrada coincide con los filtros</numerusform>
            <numerusform>{number} entradas coinciden con los filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} entries in the log</source>
        <translation>
            <numerusform>{number} entrada en el registro</numerusform>
            <numerusform>{number} entradas en el registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to {path}</source>
        <translation>
            <numerusform>%n entrada de auditoría exportada a {path}</numerusform>
            <numerusform>%n entradas de auditoría exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Try another person, area or period, or clear the search text.</source>
        <translation>Pruebe otra persona, área o periodo, o borre el texto de búsqueda.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Every change anyone makes — a setting, a product, an approved suggestion — appears here as soon as it is saved. Change something on the Settings page to see it.</source>
        <translation>Cada cambio (un ajuste, un producto, una sugerencia aprobada) aparece aquí en cuanto se guarda. Cambie algo en la página Configuración para verlo.</translation>
    </message>
    <message>
        <source>Audit chain: {summary}</source>
        <translation>Cadena de auditoría: {summary}</translation>
    </message>
    <message>
        <source>Someone changed, removed or reordered entries outside Deskmate. Run &apos;deskmate check&apos; for details and compare with a backup kept elsewhere.</source>
        <translation>Alguien cambió, eliminó o reordenó entradas fuera de Deskmate. Ejecute &apos;deskmate check&apos; para ver los detalles y compare con una copia de seguridad guardada en otro lugar.</translation>
    </message>
    <message>
        <source>Each entry holds a hash of its content and of the entry before it, so an entry changed, removed or reordered outside Deskmate shows here and in &apos;deskmate check&apos;.</source>
        <translation>Cada entrada guarda un hash de su contenido y de la entrada anterior, así que una entrada cambiada, eliminada o reordenada fuera de Deskmate se ve aquí y en &apos;deskmate check&apos;.</translation>
    </message>
    <message>
        <source>Audit chain: could not be checked</source>
        <translation>Cadena de auditoría: no se pudo comprobar</translation>
    </message>
    <message>
        <source>Export the audit log to Excel</source>
        <translation>Exportar el registro de auditoría a Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation>El registro de auditoría no se exportó</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <source>Daily 06:00</source>
        <translation>Diario 06:00</translation>
    </message>
    <message>
        <source>Daily 07:00</source>
        <translation>Diario 07:00</translation>
    </message>
    <message>
        <source>Weekdays 06:00</source>
        <translation>Laborables 06:00</translation>
    </message>
    <message>
        <source>Mondays 06:00</source>
        <translation>Lunes 06:00</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Automation: {job_title} running…</source>
        <translation>Automatización: {job_title} en marcha…</translation>
    </message>
    <message>
        <source>Automation — why and how</source>
        <translation>Automatización: por qué y cómo</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Jobs that draft work into the Review Inbox — when they run, who is responsible, and what came of it.</source>
        <translation>Tareas que preparan trabajo en la bandeja de revisión: cuándo se ejecutan, quién es responsable y qué resultó.</translation>
    </message>
    <message>
        <source>Scheduler: off</source>
        <translation>Planificador: desactivado</translation>
    </message>
    <message>
        <source>Areas (switch all of an area&apos;s automation on or off)</source>
        <translation>Áreas (activar o desactivar toda la automatización de un área)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Tarea seleccionada</translation>
    </message>
    <message>
        <source>cron:0 6 * * *  or  interval:3600</source>
        <translation>cron:0 6 * * *  o  interval:3600</translation>
    </message>
    <message>
        <source>Schedule presets</source>
        <translation>Horarios predefinidos</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Predefinidos…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Pilot: the job drafts as usual, but its drafts stay out of the inbox; its payoff compares them with what people did by hand, so you switch it on only when it would have helped</source>
        <translation>Piloto: la tarea prepara borradores como siempre, pero quedan fuera de la bandeja; su rendimiento los compara con lo que las personas hicieron a mano, para que la active solo cuando habría ayudado</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>Run for another day:</source>
        <translation>Ejecutar para otro día:</translation>
    </message>
    <message>
        <source>Run as if it were that day (e.g. an occurrence that was missed)</source>
        <translation>Ejecutar como si fuera ese día (p. ej. una ejecución que se perdió)</translation>
    </message>
    <message>
        <source>Worth it?</source>
        <translation>¿Merece la pena?</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituidos</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Notes / error</source>
        <translation>Notas / error</translation>
    </message>
    <message>
        <source>Only the selected job</source>
        <translation>Solo la tarea seleccionada</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Mediana hasta la decisión</translation>
    </message>
    <message>
        <source>Learning: how people decided</source>
        <translation>Aprendizaje: cómo decidieron las personas</translation>
    </message>
    <message>
        <source>As drafted</source>
        <translation>Tal como se preparó</translation>
    </message>
    <message>
        <source>Edit to qty</source>
        <translation>Cambio de cantidad</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Edit to qty: the median change people made to the order quantity of the drafts they edited</source>
        <translation>Cambio de cantidad: la mediana del cambio que las personas hicieron en la cantidad pedida de los borradores que editaron</translation>
    </message>
    <message>
        <source>Payoff per job</source>
        <translation>Rendimiento por tarea</translation>
    </message>
    <message>
        <source>Payoff: last {PAYOFF_WEEKS} weeks</source>
        <translation>Rendimiento: últimas {PAYOFF_WEEKS} semanas</translation>
    </message>
    <message>
        <source>Who may approve, edit, reject or snooze each kind of inbox item. The owner always may; escalated items wait for the owner. Kinds with a value limit (e.g. reorder lines) can be approved by others only up to that amount (Settings › Inbox).</source>
        <translation>Quién puede aprobar, editar, rechazar o posponer cada tipo de elemento de la bandeja. El propietario siempre puede; los elementos escalados esperan al propietario. Los tipos con límite de valor (p. ej. líneas de pedido) solo los pueden aprobar otros hasta ese importe (Configuración › Bandeja).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Bookkeeper</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Fijado por</translation>
    </message>
    <message>
        <source>Value limit</source>
        <translation>Límite de valor</translation>
    </message>
    <message>
        <source>Routed to (stand-in)</source>
        <translation>Asignado a (suplente)</translation>
    </message>
    <message>
        <source>Back to the default for the selected kind</source>
        <translation>Volver al valor predeterminado para el tipo seleccionado</translation>
    </message>
    <message>
        <source>Route to this person</source>
        <translation>Asignar a esta persona</translation>
    </message>
    <message>
        <source>Decide by role again</source>
        <translation>Volver a decidir por rol</translation>
    </message>
    <message>
        <source>Selected kind for</source>
        <translation>Tipo seleccionado para</translation>
    </message>
    <message>
        <source>stand-in while away</source>
        <translation>suplente en ausencia</translation>
    </message>
    <message>
        <source>(by role)</source>
        <translation>(según el rol)</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Quién decide qué</translation>
    </message>
    <message>
        <source>Only the owner changes jobs</source>
        <translation>Solo el propietario cambia las tareas</translation>
    </message>
    <message>
        <source>Switched off with its area</source>
        <translation>Desactivada con su área</translation>
    </message>
    <message>
        <source>Runs on its schedule</source>
        <translation>Se ejecuta según su horario</translation>
    </message>
    <message>
        <source>  (area off)</source>
        <translation>  (área desactivada)</translation>
    </message>
    <message>
        <source>  (pilot)</source>
        <translation>  (piloto)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{value:.1f} days</source>
        <translation>{value:.1f} días</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;drafts nothing people decide&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;no prepara nada que las personas decidan&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select a job to see how people decided its drafts</source>
        <translation>Seleccione una tarea para ver cómo se decidieron sus borradores</translation>
    </message>
    <message>
        <source>{job_title}: decisions by week, %</source>
        <translation>{job_title}: decisiones por semana, %</translation>
    </message>
    <message>
        <source>as drafted</source>
        <translation>tal como se preparó</translation>
    </message>
    <message>
        <source>No decisions on its drafts in these weeks</source>
        <translation>Sin decisiones sobre sus borradores en estas semanas</translation>
    </message>
    <message>
        <source>{person} ({standin})</source>
        <translation>{person} ({standin})</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Select the kind to route first</source>
        <translation>Seleccione primero el tipo que quiere asignar</translation>
    </message>
    <message>
        <source>Choose the person who decides it first</source>
        <translation>Elija primero la persona que lo decide</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; routed</source>
        <translation>«{kind}» asignado</translation>
    </message>
    <message>
        <source>Who decides &apos;{kind}&apos; changed</source>
        <translation>Se cambió quién decide &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>nothing (it reports only in its run history)</source>
        <translation>nada (solo informa en su historial de ejecuciones)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {description}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Drafts: {kinds}. Default schedule: {describe}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {description}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;Prepara: {kinds}. Horario predeterminado: {describe}.</translation>
    </message>
    <message>
        <source> One run per missed occurrence.</source>
        <translation> Una ejecución por cada vez perdida.</translation>
    </message>
    <message>
        <source>Deskmate cannot yet compare this job&apos;s drafts with what people do by hand</source>
        <translation>Deskmate aún no puede comparar los borradores de esta tarea con lo que las personas hacen a mano</translation>
    </message>
    <message>
        <source>(default: first active {owner_role})</source>
        <translation>(predeterminado: el primer {owner_role} activo)</translation>
    </message>
    <message>
        <source>{title}: {mode}, {schedule_text}, responsible {owner_name}</source>
        <translation>{title}: {mode}, {schedule_text}, responsable {owner_name}</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>Ejecutando {title}…</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {outcome}, %n new suggestion(s)</source>
        <translation>
            <numerusform>{title}: {outcome}, %n sugerencia nueva</numerusform>
            <numerusform>{title}: {outcome}, %n sugerencias nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduler: {state}</source>
        <translation>Planificador: {state}</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>standby (another copy runs the jobs)</source>
        <translation>en espera (otra copia ejecuta las tareas)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
</context>
<context>
    <name>CashflowSection</name>
    <message>
        <source>Cash flow</source>
        <translation>Flujo de caja</translation>
    </message>
    <message>
        <source>Money expected in: every open invoice on its due date, moved by that customer&apos;s average days late on paid invoices (overdue ones count this week). Money going out: purchase orders sent to suppliers, on their expected delivery date.</source>
        <translation>Cobros previstos: cada factura abierta en su fecha de vencimiento, desplazada por el retraso medio de ese cliente en las facturas pagadas (las vencidas cuentan esta semana). Pagos: órdenes de compra enviadas a proveedores, en su fecha de entrega prevista.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation>Cobros previstos</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>Pagos previstos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>nothing expected</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation>Próximas 8 semanas</translation>
    </message>
    <message>
        <source>expected in</source>
        <translation>cobros</translation>
    </message>
    <message>
        <source>due out</source>
        <translation>pagos</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt; — prices with or without tax, one tax code each</source>
        <translation>&lt;b&gt;Catálogo&lt;/b&gt;: precios con o sin impuestos, un código de impuesto cada uno</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price incl. tax</source>
        <translation>Precio con impuestos</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Código de impuesto</translation>
    </message>
    <message>
        <source>Double-click a price to change it (invoices already written keep theirs)</source>
        <translation>Haga doble clic en un precio para cambiarlo (las facturas ya hechas conservan el suyo)</translation>
    </message>
    <message>
        <source>price without tax</source>
        <translation>precio sin impuestos</translation>
    </message>
    <message>
        <source>price includes tax</source>
        <translation>el precio incluye impuestos</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recurring agreements&lt;/b&gt; — one invoice draft per week / month / year, each occurrence exactly once</source>
        <translation>&lt;b&gt;Acuerdos periódicos&lt;/b&gt;: un borrador de factura por semana / mes / año, cada vez exactamente una vez</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
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
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>Pause / resume selected agreement</source>
        <translation>Pausar / reanudar el acuerdo seleccionado</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a price.</source>
        <translation>&apos;{text}&apos; no es un precio.</translation>
    </message>
    <message>
        <source>item {code} added</source>
        <translation>artículo {code} añadido</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Cambiar precio</translation>
    </message>
    <message>
        <source>New price of {code} {name}</source>
        <translation>Nuevo precio de {code} {name}</translation>
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
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Contact details, what each customer was invoiced and paid, their appointments and notes; privacy export and erasure.</source>
        <translation>Datos de contacto, lo facturado y pagado por cada cliente, sus citas y notas; exportación de privacidad y borrado.</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, tax id or contact</source>
        <translation>Buscar nombre, correo, teléfono, NIF o contacto</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Idioma de la tienda</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documentos en</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Privacy export…</source>
        <translation>Exportación de privacidad…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete a customer entered by mistake (only without invoices or appointments)</source>
        <translation>Eliminar un cliente creado por error (solo sin facturas ni citas)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Invoiced {money} · open {money2} · overdue {money3} · credit {money4}</source>
        <translation>Facturado {money} · pendiente {money2} · vencido {money3} · saldo a favor {money4}</translation>
    </message>
    <message>
        <source> · pays on average {late:+.0f} days after the due date</source>
        <translation> · paga de media {late:+.0f} días después del vencimiento</translation>
    </message>
    <message>
        <source> · no payment record yet</source>
        <translation> · aún sin pagos registrados</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name} añadido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on {name}</source>
        <translation>Nota sobre {name}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Name, role, e-mail, phone (separated by commas)</source>
        <translation>Nombre, rol, correo, teléfono (separados por comas)</translation>
    </message>
    <message>
        <source>Write the customer&apos;s data to</source>
        <translation>Escribir los datos del cliente en</translation>
    </message>
    <message>
        <source>written {sheet} and {json}</source>
        <translation>escritos {sheet} y {json}</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data? Issued invoices are kept as the law requires. Record the request (who asked, when, how):</source>
        <translation>¿Borrar los datos personales de {name}? Las facturas emitidas se conservan como exige la ley. Registre la solicitud (quién la pidió, cuándo, cómo):</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>This computer uses {kind}: &lt;b&gt;{where}&lt;/b&gt;</source>
        <translation>Este equipo usa {kind}: &lt;b&gt;{where}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To share one shop between several computers, enter the URL your server&apos;s administrator gave you (&lt;i&gt;deskmate server init&lt;/i&gt; prints it), test it, then use it. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Para compartir una tienda entre varios equipos, escriba la URL que le dio quien administra el servidor (&lt;i&gt;deskmate server init&lt;/i&gt; la muestra), pruébela y luego úsela. La contraseña se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can connect this computer to another database.</source>
        <translation>Solo el propietario de la tienda puede conectar este equipo a otra base de datos.</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Use on this computer</source>
        <translation>Usar en este equipo</translation>
    </message>
    <message>
        <source>Deskmate opens this database from its next start</source>
        <translation>Deskmate abrirá esta base de datos desde el próximo inicio</translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file</source>
        <translation>Usar el archivo de la carpeta de datos</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Testing the connection before using it…</source>
        <translation>Probando la conexión antes de usarla…</translation>
    </message>
    <message>
        <source>Deskmate will open this database from its next start.</source>
        <translation>Deskmate abrirá esta base de datos desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Database connection saved for this computer</source>
        <translation>Conexión a la base de datos guardada para este equipo</translation>
    </message>
    <message>
        <source>Use the data folder&apos;s file?</source>
        <translation>¿Usar el archivo de la carpeta de datos?</translation>
    </message>
    <message>
        <source>From its next start, Deskmate on this computer will open the SQLite file in its data folder instead of the server. The server&apos;s data stays where it is.</source>
        <translation>Desde el próximo inicio, Deskmate en este equipo abrirá el archivo SQLite de su carpeta de datos en lugar del servidor. Los datos del servidor se quedan donde están.</translation>
    </message>
    <message>
        <source>Deskmate will open the data folder&apos;s file from its next start.</source>
        <translation>Deskmate abrirá el archivo de la carpeta de datos desde el próximo inicio.</translation>
    </message>
    <message>
        <source>The connection was not tested</source>
        <translation>La conexión no se probó</translation>
    </message>
</context>
<context>
    <name>DecideRolesEditor</name>
    <message>
        <source>Who decides: {title}</source>
        <translation>Quién decide: {title}</translation>
    </message>
    <message>
        <source>As usual ({roles})</source>
        <translation>Lo habitual ({roles})</translation>
    </message>
    <message>
        <source>Staff decide only up to the order limit set below; above it the owner.</source>
        <translation>El personal decide solo hasta el límite de pedido fijado abajo; por encima, el propietario.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the bookkeeper</source>
        <translation>Exportación para la contabilidad</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
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
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>.xlsx</source>
        <translation>.xlsx</translation>
    </message>
    <message>
        <source>Not exported: choose another file name.</source>
        <translation>No se exportó: elija otro nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}</source>
        <translation>
            <numerusform>%n fila escrita en {path}</numerusform>
            <numerusform>%n filas escritas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>Last weeks:</source>
        <translation>Últimas semanas:</translation>
    </message>
    <message>
        <source>Counts come from published rosters only. A flag means the person had the most of something in most weeks, far fewer hours than contracted, or few preferences honoured; the weekly fairness job then drafts a suggestion.</source>
        <translation>Los datos provienen solo de cuadrantes publicados. Una marca indica que la persona tuvo lo máximo de algo la mayoría de las semanas, muchas menos horas de las contratadas o pocas preferencias atendidas; la tarea semanal de equidad prepara entonces una sugerencia.</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import historic invoices</source>
        <translation>Importar facturas históricas</translation>
    </message>
    <message>
        <source>One row per invoice line; rows with the same number form one invoice, whose number is kept. All-negative invoices become credit notes. Columns are found by their headers (InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, tax rate...). Invoices that name no customer go to the cash-sales customer.</source>
        <translation>Una fila por línea de factura; las filas con el mismo número forman una factura, que conserva su número. Las facturas totalmente negativas pasan a ser notas de crédito. Las columnas se reconocen por sus encabezados (InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, tipo de impuesto...). Las facturas sin cliente van al cliente de ventas al contado.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
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
    <name>ImportTab</name>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Recuentos de existencias</translation>
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
    <message>
        <source>Price now</source>
        <translation>Precio actual</translation>
    </message>
    <message>
        <source>Marked-down price</source>
        <translation>Precio rebajado</translation>
    </message>
    <message>
        <source>For days</source>
        <translation>Durante días</translation>
    </message>
    <message>
        <source>Approving changes the price for these days; it then returns to the price now.</source>
        <translation>Al aprobar, el precio cambia durante estos días; después vuelve al precio actual.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Review Inbox — why and how</source>
        <translation>Bandeja de revisión: por qué y cómo</translation>
    </message>
    <message>
        <source>Review Inbox</source>
        <translation>Bandeja de revisión</translation>
    </message>
    <message>
        <source>Automation drafts; you decide. Nothing here has happened until someone approves it.</source>
        <translation>La automatización prepara borradores; usted decide. Nada de esto ha ocurrido hasta que alguien lo aprueba.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>Search titles and subjects (Ctrl+F)</source>
        <translation>Buscar títulos y asuntos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Items I may decide</source>
        <translation>Lo que puedo decidir</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>De cualquiera</translation>
    </message>
    <message>
        <source>For {role}</source>
        <translation>Para {role}</translation>
    </message>
    <message>
        <source>Kind of suggestion</source>
        <translation>Tipo de sugerencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job that drafted it</source>
        <translation>Tarea que lo preparó</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Quién puede decidir</translation>
    </message>
    <message>
        <source>Drafted when</source>
        <translation>Cuándo se preparó</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>Nada pendiente para usted</translation>
    </message>
    <message>
        <source>When automation drafts a reorder, a roster, an invoice or finds a problem in your data, it appears here for you to decide. Jobs and their schedules are on the Automation page.</source>
        <translation>Cuando la automatización prepara un pedido, un cuadrante o una factura, o encuentra un problema en sus datos, aparece aquí para que decida. Las tareas y sus horarios están en la página Automatización.</translation>
    </message>
    <message>
        <source>Open the Automation page</source>
        <translation>Abrir la página Automatización</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Seleccione un elemento</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Aprobar (A)</translation>
    </message>
    <message>
        <source>Apply the proposal as drafted</source>
        <translation>Aplicar la propuesta tal como se preparó</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; apply (E)</source>
        <translation>&amp;Editar y aplicar (E)</translation>
    </message>
    <message>
        <source>Apply your edited version</source>
        <translation>Aplicar su versión editada</translation>
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation>&amp;Rechazar… (R)</translation>
    </message>
    <message>
        <source>Close it without applying, with a reason</source>
        <translation>Cerrar sin aplicar, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Snooze… (S)</source>
        <translation>&amp;Posponer… (S)</translation>
    </message>
    <message>
        <source>Hide it until a day</source>
        <translation>Ocultar hasta un día</translation>
    </message>
    <message>
        <source>Escalate (&amp;X)</source>
        <translation>Escalar (&amp;X)</translation>
    </message>
    <message>
        <source>Send it to the owner</source>
        <translation>Enviar al propietario</translation>
    </message>
    <message>
        <source>All kinds ({sum})</source>
        <translation>Todos los tipos ({sum})</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source> — waiting:
{text}</source>
        <translation>: pendiente:
{text}</translation>
    </message>
    <message>
        <source>: nothing waiting</source>
        <translation>: nada pendiente</translation>
    </message>
    <message numerus="yes">
        <source>{number} items</source>
        <translation>
            <numerusform>{number} elemento</numerusform>
            <numerusform>{number} elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>state &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>estado &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n items?</source>
        <translation>
            <numerusform>¿{verb} %n elemento?</numerusform>
            <numerusform>¿{verb} %n elementos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n items rejected?</source>
        <translation>
            <numerusform>¿Por qué se rechaza este elemento?</numerusform>
            <numerusform>¿Por qué se rechazan estos %n elementos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n stayed open: </source>
        <translation>
            <numerusform>; %n quedó abierto: </numerusform>
            <numerusform>; %n quedaron abiertos: </numerusform>
        </translation>
    </message>
    <message>
        <source>A/R/S/X decide them all at once (you&apos;ll be asked to confirm).</source>
        <translation>A/R/S/X deciden todos a la vez (se pedirá confirmación).</translation>
    </message>
    <message>
        <source>drafted by the job “{job_title}”</source>
        <translation>preparado por la tarea «{job_title}»</translation>
    </message>
    <message>
        <source>drafted by automation</source>
        <translation>preparado por la automatización</translation>
    </message>
    <message>
        <source>entered by a person</source>
        <translation>introducido por una persona</translation>
    </message>
    <message>
        <source>waiting for the {assigned_role}</source>
        <translation>esperando a: {assigned_role}</translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation>pospuesto hasta {date}</translation>
    </message>
    <message>
        <source>value {money}</source>
        <translation>valor {money}</translation>
    </message>
    <message>
        <source>Could not be applied: {last_error}</source>
        <translation>No se pudo aplicar: {last_error}</translation>
    </message>
    <message>
        <source>Applied version (edited)</source>
        <translation>Versión aplicada (editada)</translation>
    </message>
    <message>
        <source>Decided by {deciders}</source>
        <translation>Decidido por {deciders}</translation>
    </message>
    <message>
        <source>Still working on the last decision…</source>
        <translation>Aún se está procesando la última decisión…</translation>
    </message>
    <message>
        <source>Change the proposal on the right, then press E again or Ctrl+Enter.</source>
        <translation>Cambie la propuesta de la derecha y pulse de nuevo E o Ctrl+Intro.</translation>
    </message>
    <message>
        <source>Apply your edit</source>
        <translation>Aplicar su cambio</translation>
    </message>
    <message>
        <source>What did you change, and why? (optional — kept with the decision and used to tune the automation)</source>
        <translation>¿Qué cambió y por qué? (opcional; se guarda con la decisión y sirve para ajustar la automatización)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why is this rejected? (kept with the decision and used to tune the automation)</source>
        <translation>¿Por qué se rechaza? (se guarda con la decisión y sirve para ajustar la automatización)</translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation>Escalar al propietario</translation>
    </message>
    <message>
        <source>Anything the owner should know? (optional)</source>
        <translation>¿Algo que deba saber el propietario? (opcional)</translation>
    </message>
    <message>
        <source>Edits are made one item at a time: select a single item.</source>
        <translation>Se edita un elemento cada vez: seleccione uno solo.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>{ok} of {count} done</source>
        <translation>{ok} de {count} hechos</translation>
    </message>
</context>
<context>
    <name>InventoryKpis</name>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>último %n día</numerusform>
            <numerusform>últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>not enough sales yet</source>
        <translation>aún no hay suficientes ventas</translation>
    </message>
    <message>
        <source>{number} times</source>
        <translation>{number} veces</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>historial insuficiente</translation>
    </message>
    <message>
        <source>{percent} of what was sold (guessed {value} by {percent2} on balance)</source>
        <translation>{percent} de lo vendido (estimado {value} en un {percent2} en conjunto)</translation>
    </message>
    <message>
        <source>too high</source>
        <translation>demasiado alto</translation>
    </message>
    <message>
        <source>too low</source>
        <translation>demasiado bajo</translation>
    </message>
    <message>
        <source>{percent} of what was sold (no lean either way)</source>
        <translation>{percent} de lo vendido (sin tendencia en ningún sentido)</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Products and their stock, suppliers, purchase orders, stocktakes and imports.</source>
        <translation>Productos y sus existencias, proveedores, órdenes de compra, recuentos e importaciones.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Órdenes de compra</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Prueba de la política</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Select an invoice</source>
        <translation>Seleccione una factura</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imp.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Editar borrador</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Emitir…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>issued {date}, due {date2}</source>
        <translation>emitida el {date}, vence el {date2}</translation>
    </message>
    <message numerus="yes">
        <source> (%n days overdue)</source>
        <translation>
            <numerusform> (%n día de retraso)</numerusform>
            <numerusform> (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>credits invoice {credit_of_number}</source>
        <translation>abona la factura {credit_of_number}</translation>
    </message>
    <message>
        <source>void: {void_reason}</source>
        <translation>anulada: {void_reason}</translation>
    </message>
    <message>
        <source>machine-drafted: check it, then issue</source>
        <translation>preparada automáticamente: revísela y luego emítala</translation>
    </message>
    <message>
        <source>Tax {rate}: {tax} on {net}</source>
        <translation>Impuesto {rate}: {tax} sobre {net}</translation>
    </message>
    <message>
        <source>{taxes}&lt;br&gt;Net {money} · Tax {money2} · &lt;b&gt;Total {money3}&lt;/b&gt;</source>
        <translation>{taxes}&lt;br&gt;Neto {money} · Impuestos {money2} · &lt;b&gt;Total {money3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · paid {money} · &lt;b&gt;open {money2}&lt;/b&gt;</source>
        <translation> · pagado {money} · &lt;b&gt;pendiente {money2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments: </source>
        <translation>Pagos: </translation>
    </message>
    <message>
        <source>{label} issued: {money}</source>
        <translation>{label} emitida: {money}</translation>
    </message>
    <message>
        <source>Delete {label}?</source>
        <translation>¿Eliminar {label}?</translation>
    </message>
    <message>
        <source>draft deleted</source>
        <translation>borrador eliminado</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Draft a credit note for all of {label}? You can change its lines before issuing it.</source>
        <translation>¿Preparar una nota de crédito por todo {label}? Puede cambiar sus líneas antes de emitirla.</translation>
    </message>
    <message>
        <source>{label} drafted</source>
        <translation>{label} preparada</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>Why is {label} void? (kept with its number)</source>
        <translation>¿Por qué se anula {label}? (se guarda con su número)</translation>
    </message>
    <message>
        <source>{label} voided</source>
        <translation>{label} anulada</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado {path}</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Edit {label}</source>
        <translation>Editar {label}</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Credit note (negative quantities)</source>
        <translation>Nota de crédito (cantidades negativas)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation>Guardar y emitir…</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>elija un cliente de la lista</translation>
    </message>
    <message>
        <source>a line needs fixing (see the table)</source>
        <translation>hay que corregir una línea (vea la tabla)</translation>
    </message>
    <message>
        <source>fix the invoice first</source>
        <translation>corrija primero la factura</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Elija un cliente.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Issue now? It gets the next number and can no longer be changed (corrections are credit notes).</source>
        <translation>¿Emitir ahora? Recibe el siguiente número y ya no se puede cambiar (las correcciones son notas de crédito).</translation>
    </message>
    <message>
        <source>{label} saved: {money}</source>
        <translation>{label} guardada: {money}</translation>
    </message>
</context>
<context>
    <name>InvoiceProposalEditor</name>
    <message>
        <source>Issue on approval (gives the next invoice number; cannot be undone)</source>
        <translation>Emitir al aprobar (asigna el siguiente número de factura; no se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Drafts, issued and overdue invoices, the catalogue and recurring agreements.</source>
        <translation>Borradores, facturas emitidas y vencidas, el catálogo y los acuerdos periódicos.</translation>
    </message>
    <message>
        <source>Catalogue &amp;&amp; agreements</source>
        <translation>Catálogo y acuerdos</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Search number, customer or notes (Ctrl+F)</source>
        <translation>Buscar número, cliente o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>New invoice (Ctrl+N)</source>
        <translation>Nueva factura (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export for the bookkeeper…</source>
        <translation>Exportar para la contabilidad…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import historic invoices from a previous system (CSV or XLSX)</source>
        <translation>Importar facturas históricas de un sistema anterior (CSV o XLSX)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>draft #{id}</source>
        <translation>borrador n.º {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>No invoices here</source>
        <translation>No hay facturas aquí</translation>
    </message>
    <message>
        <source>Drafts appear when you write an invoice or approve one the automation prepared in the inbox.</source>
        <translation>Los borradores aparecen al escribir una factura o al aprobar en la bandeja de revisión una que preparó la automatización.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message numerus="yes">
        <source>{number} invoice(s)</source>
        <translation>
            <numerusform>{number} factura</numerusform>
            <numerusform>{number} facturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Issue {label} to {customer_name} for {amount}?

It gets the next number and can no longer be changed; corrections are credit notes.</source>
        <translation>¿Emitir {label} a {customer_name} por {amount}?

Recibe el siguiente número y ya no se puede cambiar; las correcciones son notas de crédito.</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Numbers follow dates: an invoice cannot be dated before the latest one issued in its series, and a date far from today is asked about first.</source>
        <translation>Los números siguen las fechas: una factura no puede tener fecha anterior a la última emitida de su serie, y una fecha lejana a hoy se pregunta antes.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Issue with this date?</source>
        <translation>¿Emitir con esta fecha?</translation>
    </message>
    <message>
        <source>Issue dated {date}</source>
        <translation>Emitir con fecha {date}</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>no es un JSON válido (línea {lineno}, columna {colno}: {msg})</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>The language of Deskmate&apos;s screens on this computer, for you. Letters and invoices to customers are written in each customer&apos;s own language.</source>
        <translation>El idioma de las pantallas de Deskmate en este equipo, para usted. Las cartas y facturas a los clientes se escriben en el idioma de cada cliente.</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Deskmate shows {language} now.</source>
        <translation>Deskmate se muestra ahora en {language}.</translation>
    </message>
    <message>
        <source>The language was not saved</source>
        <translation>No se guardó el idioma</translation>
    </message>
    <message>
        <source>Saved. Deskmate already shows {language}.</source>
        <translation>Guardado. Deskmate ya se muestra en {language}.</translation>
    </message>
    <message>
        <source>Saved: Deskmate shows {language} from its next start.</source>
        <translation>Guardado: Deskmate se mostrará en {language} desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Restart Deskmate?</source>
        <translation>¿Reiniciar Deskmate?</translation>
    </message>
    <message>
        <source>Restart Deskmate to use the new language.</source>
        <translation>Reinicie Deskmate para usar el nuevo idioma.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Save or discard the changes on {pages} first, then restart Deskmate.</source>
        <translation>Guarde o descarte primero los cambios en {pages} y luego reinicie Deskmate.</translation>
    </message>
</context>
<context>
    <name>LettersEditor</name>
    <message>
        <source>Letter {number}</source>
        <translation>Carta {number}</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> días de retraso</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Enviar cuando</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add from catalogue…</source>
        <translation>Añadir del catálogo…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>Net {money}   Tax {money2}   Total {money3}</source>
        <translation>Neto {money}   Impuestos {money2}   Total {money3}</translation>
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
        <source>{kind}: {headline}</source>
        <translation>{kind}: {headline}</translation>
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
    <name>MyAccount</name>
    <message>
        <source>You are logged in as &lt;b&gt;{username}&lt;/b&gt; ({value}).</source>
        <translation>Ha iniciado sesión como &lt;b&gt;{username}&lt;/b&gt; ({value}).</translation>
    </message>
    <message>
        <source>Your role may:</source>
        <translation>Su rol puede:</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner adds people, changes roles and resets forgotten passwords.</source>
        <translation>Solo el propietario de la tienda añade personas, cambia roles y restablece contraseñas olvidadas.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Cambiar mi contraseña…</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>name@example.com (for invoices and reminders)</source>
        <translation>nombre@ejemplo.com (para facturas y recordatorios)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Añadir cliente</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New purchase order</source>
        <translation>Nueva orden de compra</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation>Notas para el proveedor</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Crear orden</translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nueva orden…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Recibir mercancía…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Open the order as PDF in your viewer to print it</source>
        <translation>Abrir la orden como PDF en el visor para imprimirla</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From inbox</source>
        <translation>De la bandeja</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Goods received: {number} is now {status}</source>
        <translation>Mercancía recibida: {number} está ahora {status}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation>Exportar orden de compra</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Restablecer la contraseña de {username}</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>R&amp;epetir</translation>
    </message>
    <message>
        <source>The automation account has no password.</source>
        <translation>La cuenta de automatización no tiene contraseña.</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Escriba primero su contraseña actual.</translation>
    </message>
    <message>
        <source>desktop app, to change the password</source>
        <translation>aplicación de escritorio, para cambiar la contraseña</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password of {username} reset</source>
        <translation>Contraseña de {username} restablecida</translation>
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
    <name>PaymentDialog</name>
    <message>
        <source>Payment for {label}</source>
        <translation>Pago de {label}</translation>
    </message>
    <message>
        <source>{customer_name}: total {money}, open {money2}</source>
        <translation>{customer_name}: total {money}, pendiente {money2}</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>&apos;{text}&apos; no es un importe</translation>
    </message>
    <message>
        <source>{money} more than is open: kept as the customer&apos;s credit</source>
        <translation>{money} más de lo pendiente: queda como saldo a favor del cliente</translation>
    </message>
    <message>
        <source>part payment: {money} stays open</source>
        <translation>pago parcial: quedan {money} pendientes</translation>
    </message>
    <message>
        <source>pays the invoice in full</source>
        <translation>paga la factura por completo</translation>
    </message>
    <message>
        <source>payment {money} recorded on {invoice_number}</source>
        <translation>pago de {money} registrado en {invoice_number}</translation>
    </message>
    <message>
        <source>; {money} kept as credit</source>
        <translation>; {money} queda como saldo a favor</translation>
    </message>
</context>
<context>
    <name>PolicyCheckTab</name>
    <message>
        <source>Run backtest</source>
        <translation>Ejecutar la prueba</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replay from</source>
        <translation>Reproducir desde</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Prueba de la política</translation>
    </message>
    <message>
        <source>Learns from your sales before the date, then replays every later day: Deskmate&apos;s policy at several fill-rate targets against a hand-set min/max rule (min = average daily sales × lead time, max = 2 × min) and a careful owner&apos;s min/max (re-set every month from the last 8 weeks, with safety stock). Unmet demand is lost. Pick the fill-rate target whose cost in stock you accept.</source>
        <translation>Aprende de sus ventas anteriores a la fecha y luego reproduce cada día posterior: la política de Deskmate con varios objetivos de nivel de servicio frente a una regla mín./máx. fijada a mano (mín. = ventas diarias medias × plazo de entrega, máx. = 2 × mín.) y el mín./máx. de un propietario cuidadoso (recalculado cada mes con las últimas 8 semanas, con stock de seguridad). La demanda no atendida se pierde. Elija el objetivo de nivel de servicio cuyo coste en existencias acepte.</translation>
    </message>
    <message>
        <source>Run the backtest to see how the policy would have done on your sales.</source>
        <translation>Ejecute la prueba para ver cómo habría funcionado la política con sus ventas.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Fill rate target</source>
        <translation>Objetivo de nivel de servicio</translation>
    </message>
    <message>
        <source>Fill rate reached</source>
        <translation>Nivel de servicio alcanzado</translation>
    </message>
    <message>
        <source>Stockout product-days</source>
        <translation>Días-producto sin existencias</translation>
    </message>
    <message>
        <source>Avg stock value</source>
        <translation>Valor medio de existencias</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Reproduciendo…</translation>
    </message>
    <message>
        <source>Replaying… {text}</source>
        <translation>Reproduciendo… {text}</translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Deskmate reaches that fill rate with {money} ({percent} less stock).</source>
        <translation>Deskmate alcanza ese nivel de servicio con {money} ({percent} menos de existencias).</translation>
    </message>
    <message>
        <source>With the same stock it serves {pct} ({fill_rate_gain_points:+} points).</source>
        <translation>Con las mismas existencias atiende el {pct} ({fill_rate_gain_points:+} puntos).</translation>
    </message>
    <message>
        <source>It lies outside the range Deskmate&apos;s targets reach: compare the points in the chart.</source>
        <translation>Queda fuera del rango que alcanzan los objetivos de Deskmate: compare los puntos del gráfico.</translation>
    </message>
    <message>
        <source>Replayed {date} to {date2} ({days} days, {products} products). Baseline: fill rate {pct} with stock worth {money}.</source>
        <translation>Reproducido del {date} al {date2} ({days} días, {products} productos). Referencia: nivel de servicio {pct} con existencias por valor de {money}.</translation>
    </message>
    <message>
        <source>A careful owner&apos;s min/max (re-set monthly, with safety stock): fill rate {pct} with stock worth {money}.</source>
        <translation>Mín./máx. de un propietario cuidadoso (recalculado cada mes, con stock de seguridad): nivel de servicio {pct} con existencias por valor de {money}.</translation>
    </message>
    <message>
        <source>Assumptions: </source>
        <translation>Supuestos: </translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <source>Select a product</source>
        <translation>Seleccione un producto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>+/- qty</source>
        <translation>+/- cant.</translation>
    </message>
    <message>
        <source>reason (damaged, found...)</source>
        <translation>motivo (dañado, encontrado...)</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Historial de existencias</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source> &lt;b&gt;Not enough history: owner&apos;s min/max used.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Historial insuficiente: se usa el mín./máx. del propietario.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How it sells: {demand_explained}.
Forecast from {method_words}.</source>
        <translation>Cómo se vende: {demand_explained}.
Previsión según {method_words}.</translation>
    </message>
    <message>
        <source>Stock (closing), daily sales and forecast</source>
        <translation>Existencias (al cierre), ventas diarias y previsión</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En almacén</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamaño del paquete</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Pedido mínimo</translation>
    </message>
    <message>
        <source>Fill rate target (0.5–0.999)</source>
        <translation>Objetivo de nivel de servicio (0,5–0,999)</translation>
    </message>
    <message>
        <source>Min stock (fallback)</source>
        <translation>Existencias mínimas (alternativa)</translation>
    </message>
    <message>
        <source>Max stock (fallback)</source>
        <translation>Existencias máximas (alternativa)</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <source>blank: it keeps</source>
        <translation>en blanco: no caduca</translation>
    </message>
    <message>
        <source>Days a unit can be sold after it is received (bread 1, milk 7). Markdown suggestions work such products by day, on the stock that will expire; blank for a product that keeps.</source>
        <translation>Días en que una unidad puede venderse después de recibirla (pan 1, leche 7). Las sugerencias de rebaja tratan estos productos por días, sobre las existencias que caducarán; en blanco para un producto que no caduca.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Supplier&apos;s code</source>
        <translation>Código del proveedor</translation>
    </message>
    <message>
        <source>Supplier&apos;s price</source>
        <translation>Precio del proveedor</translation>
    </message>
    <message>
        <source>Supplier&apos;s pack size</source>
        <translation>Tamaño de paquete del proveedor</translation>
    </message>
    <message>
        <source>as the product</source>
        <translation>como el producto</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Guardar producto</translation>
    </message>
    <message>
        <source>supplier&apos;s {field}</source>
        <translation>{field} del proveedor</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Saved {sku}</source>
        <translation>{sku} guardado</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search SKU, name or category (Ctrl+F)</source>
        <translation>Buscar SKU, nombre o categoría (Ctrl+F)</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nuevo producto…</translation>
    </message>
    <message>
        <source>Reorder points</source>
        <translation>Puntos de pedido</translation>
    </message>
    <message>
        <source>Each product&apos;s reorder point is the demand forecast over the lead time plus safety stock for its service level. Products with too little sales history use your min/max and are listed under &apos;Not enough history&apos;.</source>
        <translation>El punto de pedido de cada producto es la previsión de demanda durante el plazo de entrega más el stock de seguridad para su nivel de servicio. Los productos con poco historial de ventas usan su mín./máx. y aparecen en &apos;Historial insuficiente&apos;.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En almacén</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message numerus="yes">
        <source>{number} products</source>
        <translation>
            <numerusform>{number} producto</numerusform>
            <numerusform>{number} productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrders</name>
    <message>
        <source>open</source>
        <extracomment>A purchase order&apos;s status in words (the stored value stays the key).</extracomment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>partly received</source>
        <translation>recibida en parte</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Record the customer&apos;s answer</source>
        <translation>Registrar la respuesta del cliente</translation>
    </message>
    <message>
        <source>Rating (1 poor – 5 excellent)</source>
        <translation>Valoración (1 mal – 5 excelente)</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijo</translation>
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
    <name>ReceiveDialog</name>
    <message>
        <source>Receive {number} from {supplier}</source>
        <translation>Recibir {number} de {supplier}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Recibido antes</translation>
    </message>
    <message>
        <source>Receiving now</source>
        <translation>Recibido ahora</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Enter numbers in &apos;Receiving now&apos;.</source>
        <translation>Escriba cantidades en &apos;Recibido ahora&apos;.</translation>
    </message>
</context>
<context>
    <name>ReminderProposalEditor</name>
    <message>
        <source>no e-mail: the letter goes to the outbox folder for sending by hand</source>
        <translation>sin correo: la carta va a la carpeta de salida para enviarla a mano</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>a reminder needs a subject and a letter</source>
        <translation>un recordatorio necesita un asunto y una carta</translation>
    </message>
</context>
<context>
    <name>ReorderEditor</name>
    <message>
        <source>order quantity</source>
        <translation>cantidad del pedido</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), order value {money}</source>
        <translation>
            <numerusform>%n línea, valor del pedido {money}</numerusform>
            <numerusform>%n líneas, valor del pedido {money}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: order quantity {problem}</source>
        <translation>{sku}: cantidad del pedido {problem}</translation>
    </message>
    <message>
        <source>{sku}: &apos;{text}&apos; is not a quantity</source>
        <translation>{sku}: &apos;{text}&apos; no es una cantidad</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports — why and how</source>
        <translation>Informes: por qué y cómo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Figures from every part of the shop, each with how it was worked out.</source>
        <translation>Cifras de cada parte de la tienda, cada una con cómo se calculó.</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Aún no hay informes</translation>
    </message>
    <message>
        <source>Reports appear here as the parts of Deskmate that produce them are in use: stock and forecast accuracy from Inventory, cover and hours from the Schedule, amounts owed and overdue from Invoices, and how automated drafts were decided from the Inbox. Start by adding products or opening the demo shop.</source>
        <translation>Los informes aparecen aquí cuando se usan las partes de Deskmate que los producen: existencias y precisión de las previsiones desde Inventario, cobertura y horas desde Horarios, importes pendientes y vencidos desde Facturas, y cómo se decidieron los borradores automáticos desde la bandeja. Empiece añadiendo productos o abriendo la tienda de demostración.</translation>
    </message>
    <message>
        <source>{title} could not be shown</source>
        <translation>No se pudo mostrar {title}</translation>
    </message>
    <message>
        <source>An internal problem stopped this report ({name}: {exc}).</source>
        <translation>Un problema interno impidió este informe ({name}: {exc}).</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Edit {username}</source>
        <translation>Editar a {username}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Mover aquí</translation>
    </message>
    <message>
        <source>Ctrl+X on a shift, then Ctrl+V (or this button) on the target cell</source>
        <translation>Ctrl+X en un turno, luego Ctrl+V (o este botón) en la celda de destino</translation>
    </message>
    <message>
        <source>Or type the first letter of a shift code in the grid; &apos;-&apos; makes a day off</source>
        <translation>O escriba la primera letra de un código de turno en la cuadrícula; &apos;-&apos; pone un día libre</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Turno:</translation>
    </message>
    <message>
        <source>Rule checks (hard rules):</source>
        <translation>Comprobaciones (reglas obligatorias):</translation>
    </message>
    <message>
        <source>What lowers the score (cover, wishes, fairness):</source>
        <translation>Qué empeora la puntuación (cobertura, deseos, equidad):</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>; {number}–{number2} h per week</source>
        <translation>; {number}–{number2} h por semana</translation>
    </message>
    <message>
        <source>{role}; skills: {skills}</source>
        <translation>{role}; habilidades: {skills}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>You — </source>
        <translation>Usted — </translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>sin habilidad</translation>
    </message>
    <message>
        <source>{name} ({code}) {hours}; needs {skills}</source>
        <translation>{name} ({code}) {hours}; necesita {skills}</translation>
    </message>
    <message>
        <source>People on each shift that day; ⚠ marks a shift still short of people (hover for who)</source>
        <translation>Personas en cada turno ese día; ⚠ marca un turno al que aún le falta gente (pase el ratón para ver quién)</translation>
    </message>
    <message>
        <source>no penalties</source>
        <translation>sin penalizaciones</translation>
    </message>
    <message>
        <source>✓ every hard rule holds</source>
        <translation>✓ se cumplen todas las reglas obligatorias</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>◀ Week</source>
        <translation>◀ Semana</translation>
    </message>
    <message>
        <source>Week ▶</source>
        <translation>Semana ▶</translation>
    </message>
    <message>
        <source>Draft with optimiser</source>
        <translation>Preparar con el optimizador</translation>
    </message>
    <message>
        <source>New empty roster</source>
        <translation>Nuevo cuadrante vacío</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Request swap…</source>
        <translation>Pedir cambio…</translation>
    </message>
    <message>
        <source>Ask for the selected shift to go to a colleague (decided in the inbox)</source>
        <translation>Pedir que el turno seleccionado pase a un compañero (se decide en la bandeja de revisión)</translation>
    </message>
    <message>
        <source>Why this draft?</source>
        <translation>¿Por qué este borrador?</translation>
    </message>
    <message>
        <source>How rosters work</source>
        <translation>Cómo funcionan los cuadrantes</translation>
    </message>
    <message>
        <source>Week {week:%V} ({date})</source>
        <translation>Semana {week:%V} ({date})</translation>
    </message>
    <message>
        <source>Select a shift in the grid first.</source>
        <translation>Primero seleccione un turno en la cuadrícula.</translation>
    </message>
    <message>
        <source>Shift swap</source>
        <translation>Cambio de turno</translation>
    </message>
    <message>
        <source>Give this shift to:</source>
        <translation>Dar este turno a:</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <source>swap request sent to the inbox</source>
        <translation>solicitud de cambio enviada a la bandeja de revisión</translation>
    </message>
    <message>
        <source>This roster was made by hand: see the rule checks and penalties below the grid.</source>
        <translation>Este cuadrante se hizo a mano: vea las comprobaciones y penalizaciones bajo la cuadrícula.</translation>
    </message>
    <message>
        <source>Create or draft a roster for this week first</source>
        <translation>Primero cree o prepare un cuadrante para esta semana</translation>
    </message>
    <message>
        <source>score {number} → {number2} (lower is better)</source>
        <translation>puntuación {number} → {number2} (menos es mejor)</translation>
    </message>
    <message>
        <source>Stopping: the draft keeps the best roster found so far…</source>
        <translation>Deteniendo: el borrador conserva el mejor cuadrante encontrado hasta ahora…</translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation>Detener la planificación</translation>
    </message>
    <message>
        <source>Planning the week…</source>
        <translation>Planificando la semana…</translation>
    </message>
    <message>
        <source>Draft roster {roster} is in the inbox for approval</source>
        <translation>El borrador de cuadrante {roster} está en la bandeja para su aprobación</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito {path}</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar cuadrante</translation>
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
        <translation>Horarios</translation>
    </message>
    <message>
        <source>The week&apos;s roster, appointments, staff and their availability, time off, and the shifts the shop needs covered.</source>
        <translation>El cuadrante de la semana, las citas, el personal y su disponibilidad, las ausencias y los turnos que la tienda necesita cubrir.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Shifts &amp;&amp; cover</source>
        <translation>Turnos y cobertura</translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>new value (empty to remove)</source>
        <translation>nuevo valor (vacío para quitarlo)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>… and {more} more</source>
        <translation>… y {more} más</translation>
    </message>
    <message>
        <source>

Click to open it</source>
        <translation>

Haga clic para abrirlo</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New appointment service</source>
        <translation>Nuevo servicio con cita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Buffer before (min)</source>
        <translation>Margen antes (min)</translation>
    </message>
    <message>
        <source>Buffer after (min)</source>
        <translation>Margen después (min)</translation>
    </message>
    <message>
        <source>Skill needed (optional)</source>
        <translation>Habilidad necesaria (opcional)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Añadir servicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>Margen antes</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>Margen después</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Placeholders you can use:
</source>
        <translation>Marcadores que puede usar:
</translation>
    </message>
    <message>
        <source>Placeholders for {label}</source>
        <translation>Marcadores para {label}</translation>
    </message>
    <message>
        <source>{label}: the version for customers who read</source>
        <translation>{label}: la versión para los clientes que leen en</translation>
    </message>
    <message>
        <source>{label} for customers who read {language}</source>
        <translation>{label} para los clientes que leen en {language}</translation>
    </message>
    <message>
        <source>Customers who read the language chosen get this version; left empty, they get the one above.</source>
        <translation>Los clientes que leen el idioma elegido reciben esta versión; si se deja vacía, reciben la de arriba.</translation>
    </message>
    <message>
        <source>{label}, per language</source>
        <translation>{label}, por idioma</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is not one of the choices</source>
        <translation>&apos;{v}&apos; no es una de las opciones</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>not one of the choices</source>
        <translation type="vanished">no es una de las opciones</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings — why and how</source>
        <translation>Configuración: por qué y cómo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your shop&apos;s details, how Deskmate counts money and time, and who may use it.</source>
        <translation>Los datos de su tienda, cómo cuenta Deskmate el dinero y el tiempo, y quién puede usarlo.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Forget unsaved changes and show the saved values again</source>
        <translation>Olvidar los cambios sin guardar y volver a mostrar los valores guardados</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only the shop&apos;s owner can change these settings.</source>
        <translation>Solo el propietario de la tienda puede cambiar estos ajustes.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <translation>Corrija los campos marcados en rojo para guardar.</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>Unsaved changes kept; press Revert to reload the saved settings.</source>
        <translation>Los cambios sin guardar se mantienen; pulse Revertir para volver a cargar la configuración guardada.</translation>
    </message>
    <message>
        <source>Settings reverted to the saved values</source>
        <translation>Configuración revertida a los valores guardados</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red first.</source>
        <translation>No se guardó nada: corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nada que guardar: no se cambió ningún ajuste.</translation>
    </message>
    <message numerus="yes">
        <source>%n settings saved</source>
        <translation>
            <numerusform>%n ajuste guardado</numerusform>
            <numerusform>%n ajustes guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were not saved</source>
        <translation>La configuración no se guardó</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Shift types</source>
        <translation>Tipos de turno</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Not followed by</source>
        <translation>No seguido de</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Add shift type…</source>
        <translation>Añadir tipo de turno…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cover: how many people each shift needs, per weekday</source>
        <translation>Cobertura: cuántas personas necesita cada turno, por día de la semana</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Deseado</translation>
    </message>
    <message>
        <source>Mandatory minimum</source>
        <translation>Mínimo obligatorio</translation>
    </message>
    <message>
        <source>Cost per person short</source>
        <translation>Coste por persona que falta</translation>
    </message>
    <message>
        <source>Cost per person extra</source>
        <translation>Coste por persona de más</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>skill (optional)</source>
        <translation>habilidad (opcional)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>{hm} {break_minutes} min</source>
        <translation>{hm} {break_minutes} min</translation>
    </message>
    <message>
        <source>The roster grid shows {code} in this colour ({color})</source>
        <translation>La cuadrícula del cuadrante muestra {code} en este color ({color})</translation>
    </message>
    <message>
        <source>colour {color}</source>
        <translation>color {color}</translation>
    </message>
    <message>
        <source>Add a shift type first.</source>
        <translation>Primero añada un tipo de turno.</translation>
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
    <name>ShiftTypeDialog</name>
    <message>
        <source>Shift type</source>
        <translation>Tipo de turno</translation>
    </message>
    <message>
        <source>closes the shop</source>
        <translation>cierra la tienda</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Length (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Break after (min)</source>
        <translation>Descanso tras (min)</translation>
    </message>
    <message>
        <source>Break length (min)</source>
        <translation>Duración del descanso (min)</translation>
    </message>
    <message>
        <source>Skills needed (comma separated)</source>
        <translation>Habilidades necesarias (separadas por comas)</translation>
    </message>
    <message>
        <source>May not be followed next day by (codes)</source>
        <translation>No puede ir seguido al día siguiente de (códigos)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message numerus="yes">
        <source>these %n items</source>
        <translation>
            <numerusform>este elemento</numerusform>
            <numerusform>estos %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide {what} until (it comes back as new that morning):</source>
        <translation>Ocultar {what} hasta (vuelve como nuevo esa mañana):</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Linked login: that user may then request time off and swaps only for themselves</source>
        <translation>Inicio de sesión vinculado: esa persona podrá pedir ausencias y cambios solo para sí misma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Skills (comma separated)</source>
        <translation>Habilidades (separadas por comas)</translation>
    </message>
    <message>
        <source>Min hours / week</source>
        <translation>Horas mín. / semana</translation>
    </message>
    <message>
        <source>Max hours / week</source>
        <translation>Horas máx. / semana</translation>
    </message>
    <message>
        <source>Contract (target) hours</source>
        <translation>Horas de contrato (objetivo)</translation>
    </message>
    <message>
        <source>Max days in a row</source>
        <translation>Máx. días seguidos</translation>
    </message>
    <message>
        <source>Max weekends in 4 weeks</source>
        <translation>Máx. fines de semana en 4 semanas</translation>
    </message>
    <message>
        <source>Min rest between shifts (h)</source>
        <translation>Descanso mín. entre turnos (h)</translation>
    </message>
    <message>
        <source>Hourly cost ({currency_symbol})</source>
        <translation>Coste por hora ({currency_symbol})</translation>
    </message>
    <message>
        <source>Login account</source>
        <translation>Cuenta de acceso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Availability
(blank = any time)</source>
        <translation>Disponibilidad
(vacío = siempre)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
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
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>wants</source>
        <translation>quiere</translation>
    </message>
    <message>
        <source>rather not</source>
        <translation>mejor no</translation>
    </message>
    <message>
        <source>Add wish</source>
        <translation>Añadir deseo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Shift wishes</source>
        <translation>Deseos de turno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Añadir miembro del personal</translation>
    </message>
    <message>
        <source>availability needs fixing</source>
        <translation>hay que corregir la disponibilidad</translation>
    </message>
    <message>
        <source>Only the owner changes staff details</source>
        <translation>Solo el propietario cambia los datos del personal</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Write times like 09:00.</source>
        <translation>Escriba las horas así: 09:00.</translation>
    </message>
    <message>
        <source>saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <source>Filter products to count, then Enter (SKU, name or category)</source>
        <translation>Filtrar los productos a contar y pulsar Intro (SKU, nombre o categoría)</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Registrar recuento</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Fila {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n contado</numerusform>
            <numerusform>%n contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock count recorded for %n product(s), variance {variance}</source>
        <translation>
            <numerusform>Recuento registrado para %n producto, diferencia {variance}</numerusform>
            <numerusform>Recuento registrado para %n productos, diferencia {variance}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Edit supplier</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>ju</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sá</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>do</translation>
    </message>
    <message>
        <source>e.g. Mon, Thu (empty = any day)</source>
        <translation>p. ej. lu, ju (vacío = cualquier día)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation>Días de pedido</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Ordering days</source>
        <translation>Días de pedido</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Nuevo proveedor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>ju</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sá</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>do</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
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
    <name>TaxRatesEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tipo %</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Añadir tipo</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
</context>
<context>
    <name>TimeOffTab</name>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Request time off</source>
        <translation>Pedir ausencia</translation>
    </message>
    <message>
        <source>choose a person</source>
        <translation>elija una persona</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requests are decided by the owner in the inbox.</source>
        <translation>Las solicitudes las decide el propietario en la bandeja de revisión.</translation>
    </message>
    <message>
        <source>Your login is not linked to a staff member yet: the owner links it under Schedule › Staff.</source>
        <translation>Su inicio de sesión aún no está vinculado a ningún miembro del personal: el propietario lo vincula en Horarios › Personal.</translation>
    </message>
    <message>
        <source>request sent to the inbox</source>
        <translation>solicitud enviada a la bandeja de revisión</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What needs you today.</source>
        <translation>Lo que hoy le espera.</translation>
    </message>
    <message>
        <source>Today — what is on it</source>
        <translation>Hoy: qué contiene</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Look again (F5)</source>
        <translation>Volver a mirar (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Today could not be loaded.</source>
        <translation>No se pudo cargar Hoy.</translation>
    </message>
    <message>
        <source>What needs you today, {day}.</source>
        <translation>Lo que hoy le espera, {day}.</translation>
    </message>
</context>
<context>
    <name>TrendReportSection</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Period {label}</source>
        <translation>Periodo {label}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>An Excel workbook (the weeks, the figures, the tables, how it was worked out and an About sheet) or a PDF with the chart to print or send</source>
        <translation>Un libro de Excel (las semanas, las cifras, las tablas, cómo se calculó y una hoja &apos;Acerca de&apos;) o un PDF con el gráfico para imprimir o enviar</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Figures against the previous period</source>
        <translation>Cifras frente al periodo anterior</translation>
    </message>
    <message>
        <source>{date} to {date2}, compared with {date3} to {date4}</source>
        <translation>del {date} al {date2}, comparado con del {date3} al {date4}</translation>
    </message>
    <message>
        <source>{change} ({verdict})</source>
        <translation type="vanished">{change} ({verdict})</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>{title} (none)</source>
        <translation>{title} (ninguno)</translation>
    </message>
    <message>
        <source>Not shown: {what}.</source>
        <translation>No se muestra: {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it was worked out&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{how}&lt;/ul&gt;{hidden}</source>
        <translation>&lt;b&gt;Cómo se calculó&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{how}&lt;/ul&gt;{hidden}</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Saved {out}</source>
        <translation>Guardado {out}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Edit name and role…</source>
        <translation>Editar nombre y rol…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Let this person log in again now, after failed logins slowed down or locked their account</source>
        <translation>Permitir que esta persona vuelva a iniciar sesión ahora, tras intentos fallidos que ralentizaron o bloquearon su cuenta</translation>
    </message>
    <message>
        <source>Only you so far</source>
        <translation>Por ahora solo usted</translation>
    </message>
    <message>
        <source>Give everyone who works in the shop their own login, so the audit log shows who did what and each person sees what their role needs: staff handle stock, orders and bookings; a bookkeeper handles invoices, payments and exports.</source>
        <translation>Dé a cada persona que trabaja en la tienda su propio acceso, para que el registro de auditoría muestre quién hizo qué y cada uno vea lo que necesita su rol: el personal lleva existencias, pedidos y reservas; la contabilidad, facturas, pagos y exportaciones.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Añadir un usuario…</translation>
    </message>
    <message>
        <source>&lt;br&gt;Deactivated people cannot log in; their past work stays in the audit log.</source>
        <translation>&lt;br&gt;Las personas desactivadas no pueden iniciar sesión; su trabajo anterior sigue en el registro de auditoría.</translation>
    </message>
    <message>
        <source>{failed_logins} failed logins in a row. After 5 each next try must wait (30 seconds, then 1, 2, 4 and 8 minutes); after 10 the account locks for 15 minutes.</source>
        <translation>{failed_logins} intentos fallidos seguidos. Tras 5, cada nuevo intento debe esperar (30 segundos, luego 1, 2, 4 y 8 minutos); tras 10, la cuenta se bloquea 15 minutos.</translation>
    </message>
    <message>
        <source> Next try possible at {time}.</source>
        <translation> Próximo intento posible a las {time}.</translation>
    </message>
    <message>
        <source> Unlock lets them try again now.</source>
        <translation> Desbloquear le permite volver a intentarlo ahora.</translation>
    </message>
    <message>
        <source>{username} may log in again</source>
        <translation>{username} puede volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>User {username} added as {role}</source>
        <translation>Usuario {username} añadido como {role}</translation>
    </message>
    <message>
        <source>Deactivate user?</source>
        <translation>¿Desactivar el usuario?</translation>
    </message>
    <message>
        <source>{username} will no longer be able to log in. Their past work stays in the audit log, and you can reactivate them at any time.</source>
        <translation>{username} ya no podrá iniciar sesión. Su trabajo anterior sigue en el registro de auditoría y puede reactivarlo en cualquier momento.</translation>
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
    <name>appointment state</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <source>Automation</source>
        <extracomment>The areas of the shop as people name them (an area&apos;s key is an identifier).</extracomment>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Review inbox</source>
        <translation>Bandeja de revisión</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>customer history</name>
    <message>
        <source>appointments</source>
        <extracomment>The areas of a customer&apos;s history (``HistoryEvent.area``), and what each area&apos;s kind is.</extracomment>
        <translation>citas</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>recordatorios</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>customer note</name>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio de pago</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>privacidad</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>win-back</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
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
    <name>invoice status</name>
    <message>
        <source>draft</source>
        <extracomment>The same English word can need two words in another language (&quot;open&quot;: a purchase order still being worked on is &quot;abierta&quot; in Spanish, an unpaid invoice &quot;pendiente&quot;), so each kind of record keeps its states in its own translation context.</extracomment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente de pago</translation>
    </message>
    <message>
        <source>part paid</source>
        <translation>pagada en parte</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
&lt;p&gt;El &lt;b&gt;registro de auditoría&lt;/b&gt; recoge cada cambio hecho en Deskmate (por una persona, o por una persona
que aprueba un borrador preparado por la automatización) con &lt;b&gt;quién&lt;/b&gt;, &lt;b&gt;cuándo&lt;/b&gt;, &lt;b&gt;qué&lt;/b&gt; (la
acción y el registro) y los valores &lt;b&gt;antes y después&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;Solo admite añadidos: las entradas no se pueden editar ni borrar, ni siquiera el propietario, y la propia base de datos
lo impide. Eso lo hace útil para una gestoría o una inspección.&lt;/p&gt;
&lt;p&gt;Cada entrada guarda además un &lt;b&gt;hash&lt;/b&gt; de su contenido y de la entrada anterior: una cadena. Si alguien
cambia, elimina o reordena entradas fuera de Deskmate (con herramientas de base de datos), la cadena se rompe, y
la línea al pie de esta página (y &lt;code&gt;deskmate check&lt;/code&gt;) indica la primera entrada
afectada. La cadena no impide que alguien con el archivo de la base de datos reescriba toda la historia:
para eso sirve una copia de seguridad guardada en otro lugar.&lt;/p&gt;
&lt;p&gt;Filtre por persona, área, periodo o cualquier texto (un nombre de producto, un número de factura, un ajuste),
seleccione una entrada para ver exactamente qué cambió y use &lt;b&gt;Exportar a Excel&lt;/b&gt; para entregar lo que muestran los
filtros.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>job “{job}”</source>
        <translation>tarea «{job}»</translation>
    </message>
    <message>
        <source>the automation runner</source>
        <translation>el ejecutor de automatizaciones</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Valores registrados</translation>
    </message>
    <message>
        <source>Values before</source>
        <translation>Valores anteriores</translation>
    </message>
</context>
<context>
    <name>pages.audit.reports</name>
    <message>
        <source>last 7 days</source>
        <translation>últimos 7 días</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 días</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>últimos 90 días</translation>
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
&lt;p&gt;&lt;b&gt;La automatización solo prepara borradores.&lt;/b&gt; Cada tarea revisa sus datos según su horario y deja lo que
encuentra en la &lt;b&gt;bandeja de revisión&lt;/b&gt;; no se pide, envía ni emite nada hasta que una persona lo aprueba.&lt;/p&gt;
&lt;p&gt;Las &lt;b&gt;tareas&lt;/b&gt; tienen un horario (p. ej. &lt;code&gt;cron:0 6 * * *&lt;/code&gt; = cada día a las 06:00 en la
zona horaria de la tienda, &lt;code&gt;interval:3600&lt;/code&gt; = cada hora), una persona responsable y un interruptor.
Se pueden desactivar áreas enteras de una vez. &lt;b&gt;Ejecutar ahora&lt;/b&gt; ejecuta una tarea al momento; ejecutarla dos veces
nunca crea la misma sugerencia dos veces.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;¿Cerrado o en reposo?&lt;/b&gt; Al iniciar Deskmate, una tarea cuya hora pasó mientras estaba cerrado se ejecuta
una vez e indica &quot;catch-up: missed N runs&quot; en su historial; las tareas que generan una cosa por día (como las
facturas periódicas) se ejecutan una vez por cada día perdido.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Varias copias:&lt;/b&gt; cuando varios Deskmate (o &lt;code&gt;deskmate worker&lt;/code&gt;) comparten los datos, exactamente
uno ejecuta las tareas; los demás esperan y toman el relevo en menos de un minuto si ese desaparece.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;¿Merece la pena una tarea?&lt;/b&gt; Junto a cada tarea, y en la pestaña Rendimiento: cómo decidieron las personas sus borradores
en las últimas 13 semanas completas (aprobados tal cual, tras una edición, rechazados), los motivos de
rechazo más frecuentes, cuánto movieron las ediciones sus cantidades pedidas y un veredicto en palabras claras. Con menos de
10 decisiones dice &quot;aún no hay suficientes decisiones&quot;. Informes › Automatización muestra lo mismo para cualquier periodo.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Aprendizaje:&lt;/b&gt; la última pestaña muestra, por tarea y tipo, con qué frecuencia las personas aceptaron, editaron o
rechazaron los borradores y cuánto esperaron una decisión.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A job&apos;s modes as the form offers them.</extracomment>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Pilot (kept out of the inbox)</source>
        <translation>Piloto (fuera de la bandeja)</translation>
    </message>
    <message>
        <source>On (drafts to the inbox)</source>
        <translation>Activa (prepara borradores en la bandeja)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Change or switch off</source>
        <translation>Cambiar o desactivar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Too few decisions</source>
        <translation>Muy pocas decisiones</translation>
    </message>
    <message>
        <source>In pilot</source>
        <translation>En piloto</translation>
    </message>
</context>
<context>
    <name>pages.customers.page</name>
    <message>
        <source>One list of customers for appointments and invoices. The history shows everything the shop did with a customer: appointments, invoices, payments, reminders and notes. Payment terms set here are used for the customer&apos;s next invoices. &apos;Privacy export&apos; writes everything Deskmate holds about the customer to a spreadsheet and a JSON file; &apos;Erase personal data&apos; removes it on request, keeping issued invoices as the law requires (the request is recorded). A customer entered by mistake can be deleted while they have no invoices or appointments.</source>
        <translation>Una sola lista de clientes para citas y facturas. El historial muestra todo lo que la tienda hizo con un cliente: citas, facturas, pagos, recordatorios y notas. Las condiciones de pago fijadas aquí se usan en las próximas facturas del cliente. &apos;Exportación de privacidad&apos; escribe todo lo que Deskmate guarda sobre el cliente en una hoja de cálculo y un archivo JSON; &apos;Borrar datos personales&apos; lo elimina a petición, conservando las facturas emitidas como exige la ley (la solicitud queda registrada). Un cliente creado por error se puede eliminar mientras no tenga facturas ni citas.</translation>
    </message>
</context>
<context>
    <name>pages.inbox.dialogs</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>apply each proposal as drafted, through the area that owns it</source>
        <translation>aplicar cada propuesta tal como se preparó, a través del área a la que pertenece</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>close each without applying it, keeping your reason</source>
        <translation>cerrar cada una sin aplicarla, guardando su motivo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>hide each until the chosen day, then bring it back as new</source>
        <translation>ocultar cada una hasta el día elegido y luego devolverla como nueva</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>send each to the owner to decide</source>
        <translation>enviar cada una al propietario para que decida</translation>
    </message>
    <message>
        <source>Please say why: the reason is kept with the decision and teaches the automation.</source>
        <translation>Indique el motivo: se guarda con la decisión y enseña a la automatización.</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n item(s) ({parts}): {effect}</source>
        <translation>
            <numerusform>{verb} %n elemento ({parts}): {effect}</numerusform>
            <numerusform>{verb} %n elementos ({parts}): {effect}</numerusform>
        </translation>
    </message>
    <message>
        <source> on {date_text}</source>
        <translation> el {date_text}</translation>
    </message>
    <message>
        <source>
Reason kept with each: “{reason}”.</source>
        <translation>
Motivo guardado con cada uno: «{reason}».</translation>
    </message>
    <message>
        <source>
Each item is decided on its own: if one cannot be applied, it stays open with the error shown and the others go ahead.</source>
        <translation>
Cada elemento se decide por separado: si uno no se puede aplicar, queda abierto con el error y los demás siguen adelante.</translation>
    </message>
    <message>
        <source>
{not_allowed} of them you may not decide; those will be refused and stay open.</source>
        <translation>
{not_allowed} de ellos no puede decidirlos usted; se rechazarán y quedarán abiertos.</translation>
    </message>
</context>
<context>
    <name>pages.inbox.keys</name>
    <message>
        <source>Approve the selected item(s) as drafted</source>
        <translation>Aprobar los elementos seleccionados tal como se prepararon</translation>
    </message>
    <message>
        <source>Apply your edited version of the proposal</source>
        <translation>Aplicar su versión editada de la propuesta</translation>
    </message>
    <message>
        <source>Reject, with a reason</source>
        <translation>Rechazar, con un motivo</translation>
    </message>
    <message>
        <source>Snooze until a day</source>
        <translation>Posponer hasta un día</translation>
    </message>
    <message>
        <source>Escalate to the owner</source>
        <translation>Escalar al propietario</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento siguiente</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento anterior</translation>
    </message>
    <message>
        <source>Apply the edited proposal (while editing it)</source>
        <translation>Aplicar la propuesta editada (mientras se edita)</translation>
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
&lt;p&gt;La &lt;b&gt;bandeja de revisión&lt;/b&gt; contiene todo lo que preparó la automatización de Deskmate: líneas de pedido, cuadrantes,
facturas, recordatorios, problemas de calidad de datos, cambios de parámetros propuestos. &lt;b&gt;Nada de esto ha
ocurrido todavía&lt;/b&gt;: cada elemento espera a una persona.&lt;/p&gt;
&lt;p&gt;Seleccione un elemento para ver &lt;b&gt;por qué&lt;/b&gt; se preparó (las cifras usadas, el periodo de datos, la
fórmula con los números y su grado de confianza) y la propuesta en sí.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;A&lt;/b&gt; aprobar: aplicar la propuesta tal como se preparó, a través de la parte de Deskmate a la que pertenece.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;E&lt;/b&gt; editar: cambiar la propuesta de la derecha y pulsar de nuevo E (o Ctrl+Intro) para aplicar
su versión. Se guardan ambas versiones.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;R&lt;/b&gt; rechazar, con un motivo; los motivos enseñan a la automatización.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;S&lt;/b&gt; posponer hasta un día; &lt;b&gt;X&lt;/b&gt; escalar al propietario.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; o las flechas mueven; Mayús/Ctrl+clic selecciona varios para una sola decisión.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Si aplicar falla (las existencias cambiaron, un número ya no está libre) no se aplica nada y el
elemento queda abierto con el error. Qué roles deciden cada tipo de elemento es un ajuste del
propietario.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Esperando una decisión</translation>
    </message>
    <message>
        <source>Open, incl. snoozed</source>
        <translation>Abiertos, incl. pospuestos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestos</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituidos</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Más urgentes primero</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pages.inventory.kpis</name>
    <message>
        <source>Days a product was sold out</source>
        <extracomment>(key, plain label, what the figure is and how it is counted — shown on hover)</extracomment>
        <translation>Días en que un producto estuvo agotado</translation>
    </message>
    <message>
        <source>Stockout product-days: for every product, the days it had nothing on the shelf, added up over the period (one product out for 3 days = 3).</source>
        <translation>Días-producto sin existencias: para cada producto, los días que no tuvo nada en la estantería, sumados en el periodo (un producto agotado 3 días = 3).</translation>
    </message>
    <message>
        <source>Money in stock beyond what is needed</source>
        <translation>Dinero en existencias por encima de lo necesario</translation>
    </message>
    <message>
        <source>Stock value above max / order-up-to: what the stock above each product&apos;s upper level is worth at cost — money tied up that a smaller order would have kept free.</source>
        <translation>Valor de existencias por encima del máximo: lo que vale, a coste, el stock por encima del nivel superior de cada producto; dinero inmovilizado que un pedido menor habría dejado libre.</translation>
    </message>
    <message>
        <source>Stock value (at cost)</source>
        <translation>Valor de existencias (a coste)</translation>
    </message>
    <message>
        <source>What everything on the shelves cost to buy.</source>
        <translation>Lo que costó comprar todo lo que hay en las estanterías.</translation>
    </message>
    <message>
        <source>Times the stock sells through in a year</source>
        <translation>Veces que se renuevan las existencias en un año</translation>
    </message>
    <message>
        <source>Inventory turnover: the cost of a year&apos;s sales divided by the average stock value; higher means stock sits on the shelf for less time.</source>
        <translation>Rotación de inventario: el coste de las ventas de un año dividido entre el valor medio de las existencias; más alto significa que la mercancía pasa menos tiempo en la estantería.</translation>
    </message>
    <message>
        <source>How far forecasts were off, last 28 days</source>
        <translation>Cuánto fallaron las previsiones, últimos 28 días</translation>
    </message>
    <message>
        <source>Weighted MAPE: the forecast&apos;s misses, in units, as a share of what was sold; the bias says whether it guessed too high (+) or too low (−) on balance.</source>
        <translation>MAPE ponderado: los errores de la previsión, en unidades, como parte de lo vendido; el sesgo indica si en conjunto estimó demasiado alto (+) o demasiado bajo (−).</translation>
    </message>
    <message>
        <source>Reorder suggestions approved / edited / rejected</source>
        <translation>Sugerencias de pedido aprobadas / editadas / rechazadas</translation>
    </message>
    <message>
        <source>How people decided the reorder suggestions drafted in the period.</source>
        <translation>Cómo se decidieron las sugerencias de pedido preparadas en el periodo.</translation>
    </message>
</context>
<context>
    <name>pages.inventory.policy_check</name>
    <message>
        <source>Fill rate (%) against average stock value</source>
        <translation>Nivel de servicio (%) frente al valor medio de existencias</translation>
    </message>
    <message>
        <source>Deskmate (one point per fill-rate target)</source>
        <translation>Deskmate (un punto por objetivo de nivel de servicio)</translation>
    </message>
    <message>
        <source>Baseline min/max</source>
        <translation>Mín./máx. de referencia</translation>
    </message>
    <message>
        <source>Careful min/max (monthly, with safety stock)</source>
        <translation>Mín./máx. cuidadoso (mensual, con stock de seguridad)</translation>
    </message>
    <message>
        <source>Baseline fill rate</source>
        <translation>Nivel de servicio de referencia</translation>
    </message>
</context>
<context>
    <name>pages.inventory.products</name>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>Below reorder point</source>
        <translation>Bajo el punto de pedido</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Historial insuficiente</translation>
    </message>
</context>
<context>
    <name>pages.inventory.reorder_editor</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Cant. pedida</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Why changed</source>
        <translation>Por qué se cambió</translation>
    </message>
</context>
<context>
    <name>pages.invoices</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n venc.</numerusform>
            <numerusform>%n venc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages.invoices.dialogs</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
</context>
<context>
    <name>pages.invoices.editor</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>Con imp.</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Tax amt</source>
        <translation>Imp. importe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>line {value}: &apos;{text}&apos; is not a {what}</source>
        <translation>línea {value}: &apos;{text}&apos; no es un valor válido de {what}</translation>
    </message>
</context>
<context>
    <name>pages.invoices.page</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Open (issued, not paid)</source>
        <translation>Pendientes (emitidas, sin pagar)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Deskmate drafts invoices from completed appointments and recurring agreements into the Review Inbox; approving one creates a draft here. Nothing is issued by itself: issuing gives the next number of the series (e.g. 2026-0042), gapless even when two people issue at once, and freezes the invoice. Corrections are credit notes referencing the original, or a void with a reason (the number stays used). Payments may be partial; anything paid beyond what is open becomes the customer&apos;s credit. Overdue invoices get reminder drafts (three levels, editable in Settings) that you approve in the inbox.</source>
        <translation>Deskmate prepara facturas a partir de citas completadas y acuerdos periódicos en la bandeja de revisión; al aprobar una se crea aquí un borrador. Nada se emite solo: emitir asigna el siguiente número de la serie (p. ej. 2026-0042), sin huecos aunque dos personas emitan a la vez, y congela la factura. Las correcciones son notas de crédito que remiten al original, o una anulación con motivo (el número queda usado). Los pagos pueden ser parciales; lo pagado por encima de lo pendiente pasa a ser saldo a favor del cliente. Las facturas vencidas reciben borradores de recordatorio (tres niveles, editables en Configuración) que usted aprueba en la bandeja.</translation>
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
&lt;p&gt;Los &lt;b&gt;informes&lt;/b&gt; reúnen las cifras que lleva cada parte de Deskmate: cómo rotan las existencias y qué tan buenas fueron las
previsiones de demanda, cómo cubrieron los cuadrantes el horario de apertura, qué está pendiente y vencido, y con qué
frecuencia se aprobaron, editaron o rechazaron los borradores automáticos.&lt;/p&gt;
&lt;p&gt;Cada cifra se calcula con los mismos datos que ve en las demás páginas; no se estima nada
sin decirlo. Donde hay poco historial, el informe dice &quot;historial insuficiente&quot; en lugar
de mostrar un número.&lt;/p&gt;
&lt;p&gt;Pulse &lt;b&gt;F5&lt;/b&gt; para recalcular la sección que está viendo.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>pages.reports.trend</name>
    <message>
        <source>Last 8 weeks to today</source>
        <extracomment>(weeks, label): whole weeks to last Sunday; negative: that many weeks with this one so far; 0: the dates.</extracomment>
        <translation>Últimas 8 semanas hasta hoy</translation>
    </message>
    <message>
        <source>Last 4 whole weeks</source>
        <translation>Últimas 4 semanas completas</translation>
    </message>
    <message>
        <source>Last 8 whole weeks</source>
        <translation>Últimas 8 semanas completas</translation>
    </message>
    <message>
        <source>Last 13 whole weeks</source>
        <translation>Últimas 13 semanas completas</translation>
    </message>
    <message>
        <source>Last 26 whole weeks</source>
        <translation>Últimas 26 semanas completas</translation>
    </message>
    <message>
        <source>Last 52 whole weeks</source>
        <translation>Últimas 52 semanas completas</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>better</source>
        <translation type="vanished">mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="vanished">peor</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>The file dialog&apos;s choices: the suffix in each decides what is written.</extracomment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF with the chart (*.pdf)</source>
        <translation>PDF con el gráfico (*.pdf)</translation>
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
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Contract h</source>
        <translation>Contrato h</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Tardes</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Preferences honoured</source>
        <translation>Preferencias atendidas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>pages.schedule.grid</name>
    <message>
        <source>— off —</source>
        <translation>— libre —</translation>
    </message>
    <message>
        <source>; {short} more needed</source>
        <translation>; faltan {short}</translation>
    </message>
</context>
<context>
    <name>pages.schedule.page</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Draft with optimiser&lt;/b&gt; plans the week with OR-Tools CP-SAT: contract rules (hours, days in a row, days off, rest between shifts, weekends, skills, availability, time off) must hold; cover, preferences and a fair spread of weekends, evenings, closings and hours are weighed by their penalties (Settings → scheduling). The draft goes to the inbox; approving publishes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Editing&lt;/b&gt;: select a cell, choose a shift and press Assign (or double-click); Delete removes; Ctrl+X then Ctrl+V moves a shift. Every edit is checked at once: warnings name the rule and the person, and the penalty shows what changed. Edits to a published roster are recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Preparar con el optimizador&lt;/b&gt; planifica la semana con OR-Tools CP-SAT: las reglas del contrato (horas, días seguidos, días libres, descanso entre turnos, fines de semana, habilidades, disponibilidad, ausencias) deben cumplirse; la cobertura, las preferencias y un reparto justo de fines de semana, tardes, cierres y horas se ponderan por sus penalizaciones (Configuración → horarios). El borrador va a la bandeja de revisión; al aprobarlo se publica.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Edición&lt;/b&gt;: seleccione una celda, elija un turno y pulse Asignar (o haga doble clic); Supr lo quita; Ctrl+X y luego Ctrl+V mueve un turno. Cada cambio se comprueba al momento: los avisos indican la regla y la persona, y la penalización muestra qué cambió. Los cambios en un cuadrante publicado quedan en el registro de auditoría.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pages.settings.database</name>
    <message>
        <source>the SQLite file in the data folder</source>
        <translation>el archivo SQLite de la carpeta de datos</translation>
    </message>
    <message>
        <source>a database on a PostgreSQL server</source>
        <translation>una base de datos en un servidor PostgreSQL</translation>
    </message>
</context>
<context>
    <name>pages.settings.fields</name>
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
        <source>Owner only</source>
        <translation>Solo el propietario</translation>
    </message>
    <message>
        <source>Owner and staff</source>
        <translation>Propietario y personal</translation>
    </message>
    <message>
        <source>Owner and bookkeeper</source>
        <translation>Propietario y contabilidad</translation>
    </message>
    <message>
        <source>Owner, staff and bookkeeper</source>
        <translation>Propietario, personal y contabilidad</translation>
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
&lt;p&gt;La &lt;b&gt;configuración&lt;/b&gt; son los datos de su tienda que usa cada parte de Deskmate: el nombre y la
dirección que aparecen en las facturas, la moneda, los tipos de impuesto a los que remiten productos y líneas de factura, la
zona horaria que decide qué es &quot;hoy&quot; para la automatización y el horario de apertura usado para los huecos de
citas y la cobertura de los cuadrantes.&lt;/p&gt;
&lt;p&gt;Cada ajuste se comprueba antes de guardar nada; un problema se muestra bajo el campo y
no se escribe nada hasta que todo está bien. Cada cambio queda en el &lt;b&gt;registro de auditoría&lt;/b&gt; con el
valor antes y después.&lt;/p&gt;
&lt;p&gt;Solo el propietario cambia la configuración de la tienda y gestiona los usuarios. Los roles los impone el propio Deskmate,
no solo esta página: un miembro del personal tampoco puede cambiarlos desde la línea de comandos.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Tienda de un solo usuario&lt;/b&gt; omite el inicio de sesión en una tienda con una sola persona; cada cambio se sigue
registrando como del propietario.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>pages.settings.users</name>
    <message>
        <source>Owner — everything, including users, settings and backups</source>
        <translation>Propietario — todo, incluidos usuarios, configuración y copias de seguridad</translation>
    </message>
    <message>
        <source>Staff — stock, orders, bookings, customers, the inbox</source>
        <translation>Personal — existencias, pedidos, reservas, clientes, la bandeja de revisión</translation>
    </message>
    <message>
        <source>Bookkeeper — invoices, payments, exports, the audit log</source>
        <translation>Contabilidad — facturas, pagos, exportaciones, el registro de auditoría</translation>
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
&lt;p&gt;&lt;b&gt;Hoy&lt;/b&gt; reúne lo que le espera hoy, de cada parte de Deskmate con la que trabaja su rol:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Decisiones pendientes&lt;/b&gt;: elementos de la bandeja que puede decidir, una línea por tipo, el más
urgente primero.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Las citas de hoy&lt;/b&gt; y &lt;b&gt;quién está de turno&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Huecos de cobertura esta semana&lt;/b&gt;: turnos con menos personas de las que necesita la tienda.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Se agotará antes de la próxima entrega&lt;/b&gt;: productos cuyas existencias, con las ventas previstas,
se acaban antes de que pueda llegar un pedido.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Facturas vencidas&lt;/b&gt; y cuánto queda pendiente, y &lt;b&gt;tareas fallidas&lt;/b&gt;.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Haga clic en una línea (o selecciónela y pulse Intro) para abrir la página donde se resuelve, con ese
elemento seleccionado. La página se actualiza sola cuando algo cambia.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>payment method</name>
    <message>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Activity (audit log)</source>
        <translation>Actividad (registro de auditoría)</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Cash flow (next 8 weeks)</source>
        <translation>Flujo de caja (próximas 8 semanas)</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Antigüedad de los cobros pendientes</translation>
    </message>
    <message>
        <source>Roster fairness</source>
        <translation>Equidad del cuadrante</translation>
    </message>
</context>
<context>
    <name>time-off state</name>
    <message>
        <source>pending</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
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
<context>
    <name>widgets.message_bar</name>
    <message>
        <source>Error</source>
        <extracomment>What a screen reader says before the headline.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>owner</source>
        <extracomment>Stored keys in the words a person reads (translated where shown, context &quot;words&quot;).</extracomment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>contabilidad</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>pagada en parte</translation>
    </message>
</context>
</TS>
