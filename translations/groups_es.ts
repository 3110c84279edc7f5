<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Entering a past session</source>
        <translation>Registro de una sesión pasada</translation>
    </message>
    <message>
        <source>Mark all present (Alt+P)</source>
        <translation>Marcar a todos presentes (Alt+P)</translation>
    </message>
    <message>
        <source>Everyone not yet marked becomes present (Alt+P)</source>
        <translation>Quienes aún no tienen marca quedan como presentes (Alt+P)</translation>
    </message>
    <message>
        <source>Undo last mark (Ctrl+Z)</source>
        <translation>Deshacer la última marca (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Type a name to jump to it…</source>
        <translation>Escriba un nombre para ir a él…</translation>
    </message>
    <message>
        <source>Jump to a name</source>
        <translation>Ir a un nombre</translation>
    </message>
    <message>
        <source>Roster and marks</source>
        <translation>Lista y marcas</translation>
    </message>
    <message>
        <source>Someone not on the list? Type their name</source>
        <translation>¿Alguien que no está en la lista? Escriba su nombre</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>Nombre de la persona nueva</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Agregar persona &amp;nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Delete&lt;/b&gt; clears · type a name to jump to it (press &lt;b&gt;/&lt;/b&gt; first for names starting with P, L, E or A) · &lt;b&gt;Ctrl+N&lt;/b&gt; adds a walk-in</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;L&lt;/b&gt; tarde · &lt;b&gt;E&lt;/b&gt; justificada · &lt;b&gt;A&lt;/b&gt; ausente · &lt;b&gt;Supr&lt;/b&gt; borra · escriba un nombre para ir a él (presione &lt;b&gt;/&lt;/b&gt; antes si el nombre empieza con P, L, E o A) · &lt;b&gt;Ctrl+N&lt;/b&gt; agrega a una persona nueva</translation>
    </message>
    <message>
        <source>How many are marked</source>
        <translation>Cuántos tienen marca</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <source>How the group went, what to follow up. Please leave out names.</source>
        <translation>Cómo fue el grupo y a qué dar seguimiento. Por favor, no incluya nombres.</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Notas guardadas</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Attendance — {0} — {1}</source>
        <translation>Asistencia — {0} — {1}</translation>
    </message>
    <message>
        <source>Facilitators: {0}</source>
        <translation>Facilitadores: {0}</translation>
    </message>
    <message>
        <source>This session was on {0}. Enter the marks from the signed sheet.</source>
        <translation>Esta sesión fue el {0}. Registre las marcas de la hoja firmada.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Persona nueva</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n tarde</numerusform>
            <numerusform>%n tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n justificada</numerusform>
            <numerusform>%n justificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {0} of {1}: {2}. Each mark is saved as you make it.</source>
        <translation>Con marca: {0} de {1} ({2}). Cada marca se guarda en cuanto la hace.</translation>
    </message>
    <message>
        <source>Topic and notes saved.</source>
        <translation>Tema y notas guardados.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Add to the roster</source>
        <translation>Agregar a la lista</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Buscar por nombre…</translation>
    </message>
    <message>
        <source>Search people to add</source>
        <translation>Buscar personas para agregar</translation>
    </message>
    <message>
        <source>People who can be added</source>
        <translation>Personas que se pueden agregar</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>The name they go by</source>
        <translation>El nombre que usa</translation>
    </message>
    <message>
        <source>On the roster from</source>
        <translation>En la lista desde</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>There is nobody you can add from a caseload. Type the name of someone new; a peer can complete their record later.</source>
        <translation>No hay nadie que pueda agregar desde los casos asignados. Escriba el nombre de alguien nuevo; un par puede completar su registro más adelante.</translation>
    </message>
    <message>
        <source>Someone &amp;new</source>
        <translation>Alguien &amp;nuevo</translation>
    </message>
    <message>
        <source>On the roster &amp;from</source>
        <translation>En la lista &amp;desde</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>e.g. Recovery group, Women&apos;s group</source>
        <translation>p. ej. Grupo de recuperación, Grupo de mujeres</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Tipo de grupo</translation>
    </message>
    <message>
        <source>e.g. Thursdays 6pm</source>
        <translation>p. ej. jueves 6 p. m.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Co-facilitators</source>
        <translation>Cofacilitadores</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Facilitators (Space ticks)</source>
        <translation>&amp;Facilitadores (Espacio marca)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;All groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todos los grupos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mis grupos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>On roster</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Attendance (last 8)</source>
        <translation>Asistencia (últimas 8)</translation>
    </message>
    <message>
        <source>Attended ÷ marked over the last {0} sessions</source>
        <translation>Asistieron ÷ con marca en las últimas {0} sesiones</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>Edit &amp;group…</source>
        <translation>Editar &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s session</source>
        <translation>&amp;Iniciar la sesión de hoy</translation>
    </message>
    <message>
        <source>Take attendance for today (Ctrl+T)</source>
        <translation>Tomar la asistencia de hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Enter a p&amp;ast session…</source>
        <translation>Registrar una sesión &amp;pasada…</translation>
    </message>
    <message>
        <source>Type in attendance from a signed paper sheet</source>
        <translation>Pasar la asistencia de una hoja de papel firmada</translation>
    </message>
    <message>
        <source>A PDF to print, with the roster&apos;s names</source>
        <translation>Un PDF para imprimir, con los nombres de la lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>On the roster since</source>
        <translation>En la lista desde</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Salió el</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Add to the &amp;roster…</source>
        <translation>Agregar a la &amp;lista…</translation>
    </message>
    <message>
        <source>Take &amp;off the roster…</source>
        <translation>&amp;Quitar de la lista…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Con marca</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Press Enter or double-click a session to see or change its marks.</source>
        <translation>Presione Enter o haga doble clic en una sesión para ver o cambiar sus marcas.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Attendance history</source>
        <translation>Historial de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. P present, L late, E excused, A absent. Rate is attended ÷ marked. In red: missed as many in a row as the at-risk rule in Settings allows, so they count as at risk in Today and Caseload.</source>
        <translation>
            <numerusform>%n sesión. P presente, T tarde, J justificada, A ausente. Tasa = asistieron ÷ con marca. En rojo: faltaron tantas sesiones seguidas como permite la regla de riesgo en Configuración, así que cuentan como en riesgo en Hoy y Casos.</numerusform>
            <numerusform>%n sesiones, la más reciente primero. P presente, T tarde, J justificada, A ausente. Tasa = asistieron ÷ con marca. En rojo: faltaron tantas sesiones seguidas como permite la regla de riesgo en Configuración, así que cuentan como en riesgo en Hoy y Casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in shee&amp;t…</source>
        <translation>&amp;Hoja de firmas…</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Has&amp;ta</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Cargando los grupos…</translation>
    </message>
    <message>
        <source>There are no groups yet. Use “New group…” to add one.</source>
        <translation>Todavía no hay grupos. Use “Nuevo grupo…” para agregar uno.</translation>
    </message>
    <message>
        <source>You aren&apos;t down as a facilitator of any group yet. A coordinator can add you to a group.</source>
        <translation>Todavía no figura como facilitador de ningún grupo. Un coordinador puede agregarle a un grupo.</translation>
    </message>
    <message>
        <source>Loading the group…</source>
        <translation>Cargando el grupo…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Facilitators: {0}</source>
        <translation>Facilitadores: {0}</translation>
    </message>
    <message>
        <source>Continue today&apos;&amp;s session</source>
        <translation>&amp;Continuar la sesión de hoy</translation>
    </message>
    <message>
        <source>Loading the attendance history…</source>
        <translation>Cargando el historial de asistencia…</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Missed in a row</source>
        <translation>Faltas seguidas</translation>
    </message>
    <message>
        <source>P</source>
        <comment>present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Enter a past session</source>
        <translation>Registrar una sesión pasada</translation>
    </message>
    <message>
        <source>Which day was the session on the paper sheet?</source>
        <translation>¿Qué día fue la sesión de la hoja de papel?</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>Print a sheet of the roster&apos;s names for people to sign, for the day:</source>
        <translation>Imprima una hoja con los nombres de la lista para que las personas la firmen, para el día:</translation>
    </message>
    <message>
        <source>Sign-in sheet {0} {1}.pdf</source>
        <translation>Hoja de firmas {0} {1}.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Guardar la hoja de firmas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the sign-in sheet…</source>
        <translation>Preparando la hoja de firmas…</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {0}. It lists names: once the marks are entered, please shred it and delete the file.</source>
        <translation>La hoja de firmas se guardó en {0}. Tiene nombres: cuando haya registrado las marcas, por favor destrúyala y borre el archivo.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation>Agregar a la lista</translation>
    </message>
    <message>
        <source>Choose the person in the roster first.</source>
        <translation>Primero elija a la persona en la lista.</translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Take {0} off this group&apos;s roster from today? Their past attendance stays.</source>
        <translation>¿Quitar a {0} de la lista de este grupo a partir de hoy? Su asistencia anterior se conserva.</translation>
    </message>
</context>
</TS>
