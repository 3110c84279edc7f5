<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CareTab</name>
    <message>
        <source>peer meeting</source>
        <translation>reunión con el par</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>clínica</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>vivienda</translation>
    </message>
    <message>
        <source>court</source>
        <translation>juzgado</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>beneficios sociales</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Peer goes along</source>
        <translation>El par acompaña</translation>
    </message>
    <message>
        <source>Transport arranged</source>
        <translation>Transporte organizado</translation>
    </message>
    <message>
        <source>Reminder made</source>
        <translation>Recordatorio hecho</translation>
    </message>
    <message>
        <source>Appointments, soonest first</source>
        <translation>Citas, las más próximas primero</translation>
    </message>
    <message>
        <source>Peer goes along</source>
        <comment>column heading</comment>
        <translation>Va el par</translation>
    </message>
    <message>
        <source>Transport arranged</source>
        <comment>column heading</comment>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Reminder made</source>
        <comment>column heading</comment>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Transport arranged for the chosen appointment</source>
        <translation>Transporte organizado para la cita elegida</translation>
    </message>
    <message>
        <source>Reminder made for the chosen appointment</source>
        <translation>Recordatorio hecho para la cita elegida</translation>
    </message>
    <message>
        <source>appointment date</source>
        <translation>fecha de la cita</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Appointment message</source>
        <translation>Mensaje sobre la cita</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>For the chosen appointment:</source>
        <translation>Para la cita elegida:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Service or resource</source>
        <translation>Servicio o recurso</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Referrals, newest first</source>
        <translation>Derivaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Status of the chosen referral</source>
        <translation>Estado de la derivación elegida</translation>
    </message>
    <message>
        <source>Status of the new referral</source>
        <translation>Estado de la nueva derivación</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>fecha de la derivación</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Agregar derivación</translation>
    </message>
    <message>
        <source>Referral message</source>
        <translation>Mensaje sobre la derivación</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Chosen referral&apos;s status</source>
        <translation>Estado de la elegida</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>No se agregó: {0}</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Contactos, los más recientes primero</translation>
    </message>
    <message>
        <source>Log a contact (Ctrl+N)</source>
        <translation>Registrar un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <source>contact date</source>
        <translation>fecha del contacto</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>housing; sleep; family</source>
        <translation>vivienda; sueño; familia</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>Notas del contacto</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>fecha de seguimiento</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Contact message</source>
        <translation>Mensaje sobre el contacto</translation>
    </message>
    <message>
        <source>Contact save status</source>
        <translation>Estado del guardado del contacto</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>Fecha de &amp;seguimiento</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <source>Saved the contact of {0}. Ctrl+N logs another.</source>
        <translation>Se guardó el contacto del {0}. Ctrl+N registra otro.</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals, milestones and notes</source>
        <translation>Metas, hitos y notas</translation>
    </message>
    <message>
        <source>Goal, milestone or note</source>
        <translation>Meta, hito o nota</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>En sus propias palabras</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Choose a goal in the list to add to it.</source>
        <translation>Elija una meta de la lista para agregarle algo.</translation>
    </message>
    <message>
        <source>Chosen goal</source>
        <translation>Meta elegida</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Un pequeño paso siguiente</translation>
    </message>
    <message>
        <source>milestone due date</source>
        <translation>fecha prevista del hito</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Agregar hito</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Status of the chosen goal</source>
        <translation>Estado de la meta elegida</translation>
    </message>
    <message>
        <source>Goals message</source>
        <translation>Mensaje sobre las metas</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>The chosen goal</source>
        <translation>La meta elegida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tick a milestone (Space) when it&apos;s done; it is saved straight away.</source>
        <translation>Marque un hito (Espacio) cuando esté hecho; se guarda en el momento.</translation>
    </message>
    <message>
        <source>set {0} · {1}</source>
        <translation>fijada el {0} · {1}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>hecho el {0}</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>todavía pendiente</translation>
    </message>
    <message>
        <source>due {0} · {1}</source>
        <translation>para el {0} · {1}</translation>
    </message>
    <message>
        <source>Chosen: {0}</source>
        <translation>Elegida: {0}</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>guardando…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Record history, newest first</source>
        <translation>Historial del expediente, lo más reciente primero</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Actualizar el historial</translation>
    </message>
    <message>
        <source>Every time this record was opened or changed, newest first. The history can&apos;t be edited.</source>
        <translation>Cada vez que se abrió o se cambió este expediente, lo más reciente primero. El historial no se puede editar.</translation>
    </message>
    <message>
        <source>(recovery key)</source>
        <translation>(clave de recuperación)</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>fecha de aplicación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Measure message</source>
        <translation>Mensaje sobre la medición</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation>Resultados, los más recientes primero</translation>
    </message>
    <message>
        <source>Enter a result</source>
        <translation>Ingresar un resultado</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrumento</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>&amp;Fecha de aplicación</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Statement {0}: {1}</source>
        <translation>Afirmación {0}: {1}</translation>
    </message>
    <message>
        <source>{0} statements</source>
        <translation>Afirmaciones de {0}</translation>
    </message>
    <message>
        <source>Rating: {0} of {1}</source>
        <translation>Valoración: {0} de {1}</translation>
    </message>
    <message>
        <source>Choose a rating from {0} to {1}.</source>
        <translation>Elija una valoración de {0} a {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} statements answered. The total shows when all are.</source>
        <translation>{0} de {1} afirmaciones respondidas. El total aparece cuando estén todas.</translation>
    </message>
    <message>
        <source>Total: {0} of {1}</source>
        <translation>Total: {0} de {1}</translation>
    </message>
    <message>
        <source> — at or above the cut-off of {0}</source>
        <translation> — igual o por encima del punto de corte de {0}</translation>
    </message>
    <message>
        <source> — below the cut-off of {0}</source>
        <translation> — por debajo del punto de corte de {0}</translation>
    </message>
    <message>
        <source>: the original study linked {0} or more with sustained recovery</source>
        <translation>: el estudio original asoció {0} o más con recuperación sostenida</translation>
    </message>
    <message>
        <source>Cut-off {0}</source>
        <translation>Corte en {0}</translation>
    </message>
    <message>
        <source>{0} over time</source>
        <translation>{0} a lo largo del tiempo</translation>
    </message>
    <message>
        <source>at or above the cut-off of {0}</source>
        <translation>igual o por encima del punto de corte de {0}</translation>
    </message>
    <message>
        <source>below the cut-off of {0}</source>
        <translation>por debajo del punto de corte de {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} needs an answer to every statement.</source>
        <translation>No se guardó: {0} necesita una respuesta para cada afirmación.</translation>
    </message>
    <message>
        <source>Not saved: choose a rating first.</source>
        <translation>No se guardó: primero elija una valoración.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation>Guardado. {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Acercamiento comunitario</translation>
    </message>
    <message>
        <source>Accompanied appointment</source>
        <translation>Acompañamiento a una cita</translation>
    </message>
    <message>
        <source>Group follow-up</source>
        <translation>Seguimiento de grupo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no se necesita</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation>Desvinculado</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Added the participant</source>
        <translation>Agregó al participante</translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation>Abrió el expediente</translation>
    </message>
    <message>
        <source>Changed the record</source>
        <translation>Cambió el expediente</translation>
    </message>
    <message>
        <source>Changed the status</source>
        <translation>Cambió el estado</translation>
    </message>
    <message>
        <source>Changed the assigned peer</source>
        <translation>Cambió el par asignado</translation>
    </message>
    <message>
        <source>Erased the record</source>
        <translation>Borró el expediente</translation>
    </message>
    <message>
        <source>Logged a contact</source>
        <translation>Registró un contacto</translation>
    </message>
    <message>
        <source>Deleted a contact</source>
        <translation>Eliminó un contacto</translation>
    </message>
    <message>
        <source>Added an appointment</source>
        <translation>Agregó una cita</translation>
    </message>
    <message>
        <source>Changed an appointment</source>
        <translation>Cambió una cita</translation>
    </message>
    <message>
        <source>Added a referral</source>
        <translation>Agregó una derivación</translation>
    </message>
    <message>
        <source>Changed a referral</source>
        <translation>Cambió una derivación</translation>
    </message>
    <message>
        <source>Added a goal</source>
        <translation>Agregó una meta</translation>
    </message>
    <message>
        <source>Changed a goal</source>
        <translation>Cambió una meta</translation>
    </message>
    <message>
        <source>Recorded a measure</source>
        <translation>Registró una medición</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportó</translation>
    </message>
    <message>
        <source>Printed a report</source>
        <translation>Imprimió un informe</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>AAAA-MM-DD o vacío</translation>
    </message>
    <message>
        <source>A date written as year-month-day; Up and Down step</source>
        <translation>Una fecha escrita como año-mes-día; las flechas Arriba y Abajo la cambian de a un día</translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation>Escriba la {0}, por favor.</translation>
    </message>
    <message>
        <source>Type the {0} as year-month-day, for example {1}.</source>
        <translation>Escriba la {0} como año-mes-día, por ejemplo {1}.</translation>
    </message>
    <message>
        <source>Chart of results over time</source>
        <translation>Gráfico de los resultados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>{0}, from {1} to {2}. {3}</source>
        <translation>{0}, de {1} a {2}. {3}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Todavía no hay resultados.</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>No results yet. Enter one to start the chart.</source>
        <translation>Todavía no hay resultados. Ingrese uno para empezar el gráfico.</translation>
    </message>
    <message>
        <source>Participant — PeerDesk[*]</source>
        <translation>Participante — PeerDesk[*]</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Abriendo el expediente…</translation>
    </message>
    <message>
        <source>Status and assigned peer</source>
        <translation>Estado y par asignado</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Partes del expediente</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Appointments &amp;&amp; referrals</source>
        <translation>Citas &amp;&amp; derivaciones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Consents &amp;&amp; safety</source>
        <translation>Consentimientos &amp;&amp; seguridad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+{0}: parts of the record · Ctrl+N: log a contact · Ctrl+Enter or Ctrl+S: save what you&apos;re typing · Ctrl+W: close</source>
        <translation>Ctrl+1 a Ctrl+{0}: partes del expediente · Ctrl+N: registrar un contacto · Ctrl+Enter o Ctrl+S: guardar lo que está escribiendo · Ctrl+W: cerrar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>This record can&apos;t be shown.</source>
        <translation>No se puede mostrar este expediente.</translation>
    </message>
    <message>
        <source>Can&apos;t open this record</source>
        <translation>No se puede abrir este expediente</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(sin nombre visible)</translation>
    </message>
    <message>
        <source>{0} — PeerDesk[*]</source>
        <translation>{0} — PeerDesk[*]</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} desde {1}</translation>
    </message>
    <message>
        <source>Peer: {0}</source>
        <translation>Par: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Program id: {0}</source>
        <translation>ID del programa: {0}</translation>
    </message>
    <message>
        <source>⚠ Crisis plan in place. The safety plan, key contacts and local crisis resources are under Consents &amp; safety (Ctrl+6).</source>
        <translation>⚠ Tiene un plan de crisis. El plan de seguridad, los contactos clave y los recursos locales para crisis están en Consentimientos &amp; seguridad (Ctrl+6).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that aren&apos;t saved. Close anyway?</source>
        <translation>Tiene cambios sin guardar. ¿Quiere cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile message</source>
        <translation>Mensaje sobre el perfil</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Program id</source>
        <translation>ID del programa</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivación de</translation>
    </message>
    <message>
        <source>The name rosters show</source>
        <translation>El nombre que aparece en las listas</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>fecha de ingreso</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation>Separe las etiquetas con ;</translation>
    </message>
    <message>
        <source>Needs transport</source>
        <translation>Necesita transporte</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Cultural or spiritual needs</source>
        <translation>Necesidades culturales o espirituales</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cultural or spiritual</source>
        <translation>Culturales o espirituales</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S o Ctrl+Enter</translation>
    </message>
    <message>
        <source>Profile save status</source>
        <translation>Estado del guardado del perfil</translation>
    </message>
    <message>
        <source>Ways to reach them safely</source>
        <translation>Formas seguras de comunicarse con la persona</translation>
    </message>
    <message>
        <source>No phone, email or address yet.</source>
        <translation>Todavía no hay teléfono, correo electrónico ni dirección.</translation>
    </message>
    <message>
        <source>Kind of contact method</source>
        <translation>Tipo de medio de contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone, email or address</source>
        <translation>Teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>Number, email or address</source>
        <translation>Número, correo o dirección</translation>
    </message>
    <message>
        <source>OK to text</source>
        <translation>Acepta mensajes de texto</translation>
    </message>
    <message>
        <source>OK to voicemail</source>
        <translation>Acepta mensajes de voz</translation>
    </message>
    <message>
        <source>OK to mail</source>
        <translation>Acepta correo postal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add contact method</source>
        <translation>Agregar medio de contacto</translation>
    </message>
    <message>
        <source>Contact method message</source>
        <translation>Mensaje sobre el medio de contacto</translation>
    </message>
    <message>
        <source>Add a way to reach them:</source>
        <translation>Agregar una forma de comunicarse:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>OK to mail: {0}</source>
        <translation>Acepta correo postal: {0}</translation>
    </message>
    <message>
        <source>OK to text: {0} · OK to voicemail: {1}</source>
        <translation>Acepta mensajes de texto: {0} · Acepta mensajes de voz: {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>No se agregó: {0}</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Consents to peer support services</source>
        <translation>Da su consentimiento para el apoyo entre pares</translation>
    </message>
    <message>
        <source>Consents to their record being synced</source>
        <translation>Da su consentimiento para que se sincronice su expediente</translation>
    </message>
    <message>
        <source>Crisis plan in place</source>
        <translation>Tiene un plan de crisis</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Save consents and safety plan</source>
        <translation>Guardar consentimientos y plan de seguridad</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S o Ctrl+Enter</translation>
    </message>
    <message>
        <source>Safety plan save status</source>
        <translation>Estado del guardado del plan de seguridad</translation>
    </message>
    <message>
        <source>Safety plan message</source>
        <translation>Mensaje sobre el plan de seguridad</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Consents to share information</source>
        <translation>Consentimientos para compartir información</translation>
    </message>
    <message>
        <source>A named person or service</source>
        <translation>El nombre de una persona o un servicio</translation>
    </message>
    <message>
        <source>date consent was given</source>
        <translation>fecha en que dio el consentimiento</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>Add consent to share</source>
        <translation>Agregar consentimiento para compartir</translation>
    </message>
    <message>
        <source>Sharing consent message</source>
        <translation>Mensaje sobre el consentimiento para compartir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation>Contactos clave</translation>
    </message>
    <message>
        <source>Key contact&apos;s name</source>
        <translation>Nombre del contacto clave</translation>
    </message>
    <message>
        <source>Key contact&apos;s phone</source>
        <translation>Teléfono del contacto clave</translation>
    </message>
    <message>
        <source>Add key contact</source>
        <translation>Agregar contacto clave</translation>
    </message>
    <message>
        <source>Key contact message</source>
        <translation>Mensaje sobre el contacto clave</translation>
    </message>
    <message>
        <source>No local crisis resources have been set up yet. A coordinator can add them in Settings.</source>
        <translation>Todavía no se configuraron recursos locales para crisis. Un coordinador puede agregarlos en Configuración.</translation>
    </message>
    <message>
        <source>Local crisis resources</source>
        <translation>Recursos locales para crisis</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Consents to share information:</source>
        <translation>Consentimientos para compartir información:</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Safety plan, in their words:</source>
        <translation>Plan de seguridad, en sus palabras:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>No se agregó: {0}</translation>
    </message>
</context>
</TS>
