<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Access</name>
    <message>
        <source>Only a coordinator can {doing}. Nothing was changed.</source>
        <translation>Solo un coordinador puede {doing}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Sign in as a person to do this.</source>
        <translation>Para hacer esto, inicie sesión con su nombre de usuario.</translation>
    </message>
    <message>
        <source>Facilitators see groups and attendance, not caseloads. Nothing was changed.</source>
        <translation>Los facilitadores ven los grupos y la asistencia, no los casos asignados. No se cambió nada.</translation>
    </message>
    <message>
        <source>You can only work with the groups you facilitate.</source>
        <translation>Solo puede trabajar con los grupos que usted facilita.</translation>
    </message>
    <message>
        <source>That participant isn&apos;t in your caseload, so their record can&apos;t be opened.</source>
        <translation>Ese participante no está en sus casos asignados, así que no se puede abrir su expediente.</translation>
    </message>
    <message>
        <source>reassign participants</source>
        <translation>reasignar participantes</translation>
    </message>
    <message>
        <source>erase a participant</source>
        <translation>borrar a un participante</translation>
    </message>
    <message>
        <source>create groups</source>
        <translation>crear grupos</translation>
    </message>
    <message>
        <source>change groups</source>
        <translation>cambiar grupos</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>importar participantes</translation>
    </message>
    <message>
        <source>import groups</source>
        <translation>importar grupos</translation>
    </message>
    <message>
        <source>import rosters</source>
        <translation>importar las listas de los grupos</translation>
    </message>
    <message>
        <source>see a record&apos;s history</source>
        <translation>ver el historial de un expediente</translation>
    </message>
    <message>
        <source>set required trainings</source>
        <translation>fijar las capacitaciones requeridas</translation>
    </message>
    <message>
        <source>change required trainings</source>
        <translation>cambiar las capacitaciones requeridas</translation>
    </message>
    <message>
        <source>set training hour rules</source>
        <translation>fijar las reglas de horas de capacitación</translation>
    </message>
    <message>
        <source>change training hour rules</source>
        <translation>cambiar las reglas de horas de capacitación</translation>
    </message>
    <message>
        <source>set supervision targets</source>
        <translation>fijar los objetivos de supervisión</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>agregar usuarios</translation>
    </message>
    <message>
        <source>change another person&apos;s passphrase</source>
        <translation>cambiar la frase de contraseña de otra persona</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>cambiar roles</translation>
    </message>
    <message>
        <source>remove users</source>
        <translation>quitar usuarios</translation>
    </message>
    <message>
        <source>change the program&apos;s settings</source>
        <comment>Only a coordinator can …</comment>
        <translation>cambiar la configuración del programa</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Expires within 60 days</source>
        <translation>Vence en menos de 60 días</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Vence en menos de 30 días</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>You can only see your own training record.</source>
        <translation>Solo puede ver su propio registro de capacitación.</translation>
    </message>
</context>
<context>
    <name>CsvFiles</name>
    <message>
        <source>The file isn&apos;t saved as UTF-8, so it was read as Windows-1252. Check that accented letters look right.</source>
        <translation>El archivo no está guardado como UTF-8, así que se leyó como Windows-1252. Revise que las letras con tilde se vean bien.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The dates mix day-first and month-first order. Use one order in the whole file.</source>
        <translation>Las fechas mezclan dos órdenes: primero el día y primero el mes. Use un solo orden en todo el archivo.</translation>
    </message>
    <message>
        <source>The file has {count} problems; nothing was imported.</source>
        <translation>El archivo tiene {count} problemas; no se importó nada.</translation>
    </message>
    <message>
        <source>The file has some problems; nothing was imported.</source>
        <translation>El archivo tiene algunos problemas; no se importó nada.</translation>
    </message>
    <message>
        <source>The first line should name the columns, but none of its names are ones PeerDesk uses. The file needs these columns: {columns}.</source>
        <translation>La primera línea debería tener los nombres de las columnas, pero ninguno de sus nombres es de los que usa PeerDesk. El archivo necesita estas columnas: {columns}.</translation>
    </message>
    <message>
        <source>Line {line} has more cells than the header has columns.</source>
        <translation>La línea {line} tiene más celdas que columnas tiene el encabezado.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; isn&apos;t used by PeerDesk and was ignored.</source>
        <translation>PeerDesk no usa la columna “{column}”, así que no se tuvo en cuenta.</translation>
    </message>
    <message>
        <source>Column {number} ({letter}) has data but no name in the header. Give it a name, or delete the column.</source>
        <translation>La columna {number} ({letter}) tiene datos pero no tiene nombre en el encabezado. Póngale un nombre o borre la columna.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; appears more than once. Keep one and rename or delete the others.</source>
        <translation>La columna “{column}” aparece más de una vez. Deje una y cambie el nombre de las demás o bórrelas.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is missing.</source>
        <translation>Falta la columna “{column}”.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. In your spreadsheet program, use Save As and choose CSV (CSV UTF-8 if it&apos;s offered).</source>
        <translation>Este es un libro de hoja de cálculo, no un archivo CSV. En su programa de hojas de cálculo, use Guardar como y elija CSV (CSV UTF-8 si aparece esa opción).</translation>
    </message>
    <message>
        <source>The file says it is saved as UTF-16 but can&apos;t be read that way. Save it from your spreadsheet as CSV UTF-8 and try again.</source>
        <translation>El archivo dice que está guardado como UTF-16, pero no se puede leer así. Guárdelo desde su hoja de cálculo como CSV UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a CSV file, because parts of it aren&apos;t text. Save it from your spreadsheet as CSV and try again.</source>
        <translation>Esto no parece un archivo CSV, porque partes de él no son texto. Guárdelo desde su hoja de cálculo como CSV e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line {line} starts a quoted cell that never ends, so the rest of the file couldn&apos;t be read. Check that line for a stray quote mark (&quot;).</source>
        <translation>La línea {line} abre una celda entre comillas que nunca se cierra, así que no se pudo leer el resto del archivo. Busque en esa línea unas comillas (&quot;) que sobren.</translation>
    </message>
    <message>
        <source>is empty but needs a date</source>
        <translation>está vacía pero necesita una fecha</translation>
    </message>
    <message>
        <source>needs a four-digit year</source>
        <translation>necesita un año de cuatro cifras</translation>
    </message>
    <message>
        <source>isn&apos;t a date in the form {form}</source>
        <translation>no tiene una fecha con la forma {form}</translation>
    </message>
    <message>
        <source>isn&apos;t a real date</source>
        <translation>tiene una fecha que no existe</translation>
    </message>
    <message>
        <source>should be yes or no</source>
        <translation>debe decir “yes” o “no”</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>debe tener un número entero</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <translation>tiene un número demasiado grande</translation>
    </message>
    <message>
        <source>should be between {low} and {high}</source>
        <translation>debe tener un número entre {low} y {high}</translation>
    </message>
    <message>
        <source>should be {low} or more</source>
        <translation>debe tener un número de {low} o más</translation>
    </message>
    <message>
        <source>should be {high} or less</source>
        <translation>debe tener un número de {high} o menos</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Taking attendance…</source>
        <translation>Tomando asistencia…</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}. Choose an empty folder for the demo.</source>
        <translation>Ya hay una bóveda en {folder}. Elija una carpeta vacía para la demostración.</translation>
    </message>
    <message>
        <source>A demo can have from 0 to {most} participants.</source>
        <translation>Una demostración puede tener de 0 a {most} participantes.</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Creando la bóveda de demostración…</translation>
    </message>
    <message>
        <source>Adding staff…</source>
        <translation>Agregando al personal…</translation>
    </message>
    <message>
        <source>Adding participants…</source>
        <translation>Agregando participantes…</translation>
    </message>
    <message>
        <source>Adding appointments, referrals and goal notes…</source>
        <translation>Agregando citas, derivaciones y notas de metas…</translation>
    </message>
    <message>
        <source>Setting up groups…</source>
        <translation>Preparando los grupos…</translation>
    </message>
    <message>
        <source>Adding training and supervision records…</source>
        <translation>Agregando registros de capacitación y supervisión…</translation>
    </message>
    <message>
        <source>The demo vault is ready.</source>
        <translation>La bóveda de demostración está lista.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Sign in as a person to keep drafts.</source>
        <translation>Para guardar borradores, inicie sesión con su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>Encounters</name>
    <message>
        <source>The follow-up date can&apos;t be before the contact.</source>
        <translation>La fecha de seguimiento no puede ser anterior al contacto.</translation>
    </message>
    <message>
        <source>The follow-up date should be within a year of the contact.</source>
        <translation>La fecha de seguimiento debe estar dentro del año siguiente al contacto.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Esa cita ya no existe.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Esa derivación ya no existe.</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message numerus="yes">
        <source>No contact or group attendance for %n day(s)</source>
        <translation>
            <numerusform>Sin contacto ni asistencia a grupos desde hace %n día</numerusform>
            <numerusform>Sin contacto ni asistencia a grupos desde hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact or group attendance since intake, %n day(s) ago</source>
        <translation>
            <numerusform>Sin contacto ni asistencia a grupos desde el ingreso, hace %n día</numerusform>
            <numerusform>Sin contacto ni asistencia a grupos desde el ingreso, hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed the last %n group session(s) in a row</source>
        <translation>
            <numerusform>Faltó a la última sesión de grupo</numerusform>
            <numerusform>Faltó a las últimas %n sesiones de grupo seguidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erased participant</source>
        <translation>Participante borrado</translation>
    </message>
    <message>
        <source>That participant doesn&apos;t exist or was already erased.</source>
        <translation>Ese participante no existe o ya fue borrado.</translation>
    </message>
    <message>
        <source>No participant has the id &apos;{id}&apos;.</source>
        <translation>Ningún participante tiene el ID “{id}”.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>PeerDesk couldn&apos;t write to the disk, so nothing was saved. Check that the disk isn&apos;t full (and a USB stick is still plugged in) and try again.</source>
        <translation>PeerDesk no pudo escribir en el disco, así que no se guardó nada. Revise que el disco no esté lleno (y que la memoria USB siga conectada) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PeerDesk can&apos;t export &apos;{kind}&apos;. It exports: {kinds}.</source>
        <translation>PeerDesk no puede exportar “{kind}”. Puede exportar: {kinds}.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} ya existe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder {path} doesn&apos;t exist.</source>
        <translation>La carpeta {path} no existe.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Esa meta ya no existe.</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>Ese hito ya no existe.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>There is already a group called &apos;{name}&apos;.</source>
        <translation>Ya hay un grupo llamado “{name}”.</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <source>There&apos;s no user called &apos;{name}&apos; to facilitate.</source>
        <translation>No hay ningún usuario llamado “{name}” que pueda facilitar.</translation>
    </message>
    <message>
        <source>The exit date can&apos;t be before the enrolment date.</source>
        <translation>La fecha de salida no puede ser anterior a la fecha de inscripción.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>Ese participante ya no existe.</translation>
    </message>
    <message>
        <source>That person isn&apos;t on this group&apos;s roster.</source>
        <translation>Esa persona no está en la lista de este grupo.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <source>Only people on the group&apos;s roster can be marked. Add them to the roster first, or add them as a walk-in.</source>
        <translation>Solo se puede marcar a las personas que están en la lista del grupo. Primero agréguelas a la lista, o agréguelas como personas nuevas.</translation>
    </message>
    <message>
        <source>The end of the range can&apos;t be before its start.</source>
        <translation>El final del intervalo no puede ser anterior a su inicio.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>{count} added</source>
        <translation>agregadas: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>actualizadas: {count}</translation>
    </message>
    <message>
        <source>{count} already there and skipped</source>
        <translation>ya estaban y se omitieron: {count}</translation>
    </message>
    <message>
        <source>Checked {rows} {kind} rows: {parts}. Nothing was saved (dry run).</source>
        <translation>Filas de {kind} revisadas: {rows} ({parts}). No se guardó nada (fue una prueba).</translation>
    </message>
    <message>
        <source>Imported {rows} {kind} rows: {parts}.</source>
        <translation>Filas de {kind} importadas: {rows} ({parts}).</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>the {column} is empty.</source>
        <translation>la columna {column} está vacía.</translation>
    </message>
    <message>
        <source>the {column} is longer than {limit} characters.</source>
        <translation>la columna {column} tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>the {column} is empty but needs a date.</source>
        <translation>la columna {column} está vacía pero necesita una fecha.</translation>
    </message>
    <message>
        <source>the {column} {reason}.</source>
        <translation>la columna {column} {reason}.</translation>
    </message>
    <message>
        <source>the {column} is in the future.</source>
        <translation>la columna {column} tiene una fecha futura.</translation>
    </message>
    <message>
        <source>the {column} should be a number of hours, like 1.5.</source>
        <translation>la columna {column} debe tener un número de horas, como 1.5.</translation>
    </message>
    <message>
        <source>the {column} should be from 0 to 1000.</source>
        <translation>la columna {column} debe tener un número de 0 a 1000.</translation>
    </message>
    <message>
        <source>the {column} should be one of: {options}.</source>
        <translation>la columna {column} debe tener uno de estos valores: {options}.</translation>
    </message>
    <message>
        <source>The dates in this file could be day-first or month-first. Import it again and say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY.</source>
        <translation>Las fechas de este archivo podrían tener primero el día o primero el mes. Vuelva a importarlo e indique cuál con --date-format DD/MM/YYYY o --date-format MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>PeerDesk can&apos;t import &apos;{kind}&apos;. It imports: {kinds}.</source>
        <translation>PeerDesk no puede importar “{kind}”. Puede importar: {kinds}.</translation>
    </message>
    <message>
        <source>the participant_id isn&apos;t one PeerDesk knows. Import the participants first.</source>
        <translation>la columna participant_id tiene un ID que PeerDesk no conoce. Importe primero los participantes.</translation>
    </message>
    <message>
        <source>that participant isn&apos;t in your caseload.</source>
        <translation>ese participante no está en sus casos asignados.</translation>
    </message>
    <message>
        <source>the assigned_peer isn&apos;t a PeerDesk user.</source>
        <translation>la columna assigned_peer no tiene un usuario de PeerDesk.</translation>
    </message>
    <message>
        <source>the assigned_peer is a facilitator; only peers and coordinators have caseloads.</source>
        <translation>la columna assigned_peer tiene a un facilitador; solo los pares y los coordinadores tienen casos asignados.</translation>
    </message>
    <message>
        <source>the participant_id is also on line {line}.</source>
        <translation>el mismo participant_id también está en la línea {line}.</translation>
    </message>
    <message>
        <source>the date_of_birth is after the intake_date.</source>
        <translation>la fecha de date_of_birth es posterior a la de intake_date.</translation>
    </message>
    <message>
        <source>the staff isn&apos;t a PeerDesk user.</source>
        <translation>la columna staff no tiene un usuario de PeerDesk.</translation>
    </message>
    <message>
        <source>the follow_up_date is before the date.</source>
        <translation>la fecha de follow_up_date es anterior a la de date.</translation>
    </message>
    <message>
        <source>a name in facilitators isn&apos;t a PeerDesk user.</source>
        <translation>un nombre de la columna facilitators no es un usuario de PeerDesk.</translation>
    </message>
    <message>
        <source>the group is also on line {line}.</source>
        <translation>el mismo grupo también está en la línea {line}.</translation>
    </message>
    <message>
        <source>the exited_on date is before the enrolled_on date.</source>
        <translation>la fecha de exited_on es anterior a la de enrolled_on.</translation>
    </message>
    <message>
        <source>the group isn&apos;t one PeerDesk knows. Import the groups first.</source>
        <translation>la columna group tiene un grupo que PeerDesk no conoce. Importe primero los grupos.</translation>
    </message>
    <message>
        <source>you don&apos;t facilitate that group.</source>
        <translation>usted no facilita ese grupo.</translation>
    </message>
    <message>
        <source>the same person and session are also on line {line}.</source>
        <translation>la misma persona y la misma sesión también están en la línea {line}.</translation>
    </message>
    <message>
        <source>the instrument should be one of: {options}.</source>
        <translation>la columna instrument debe tener uno de estos valores: {options}.</translation>
    </message>
    <message>
        <source>the total should be from {low} to {high} for {instrument}.</source>
        <translation>la columna total debe tener un número de {low} a {high} para {instrument}.</translation>
    </message>
    <message>
        <source>the total doesn&apos;t match the items.</source>
        <translation>el total no coincide con la suma de los ítems.</translation>
    </message>
    <message>
        <source>{instrument} needs all of item1 to item{count}, or none.</source>
        <translation>{instrument} necesita todas las columnas de item1 a item{count}, o ninguna.</translation>
    </message>
    <message>
        <source>you can only import your own trainings.</source>
        <translation>solo puede importar sus propias capacitaciones.</translation>
    </message>
    <message>
        <source>the expires_on date is before the completed_on date.</source>
        <translation>la fecha de expires_on es anterior a la de completed_on.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>{instrument} needs an answer to each of its {count} items; {given} were given.</source>
        <translation>{instrument} necesita una respuesta para cada uno de sus {count} ítems; se dieron {given}.</translation>
    </message>
    <message>
        <source>{instrument} item {number} must be from {low} to {high}.</source>
        <translation>El ítem {number} de {instrument} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>A {instrument} total must be from {low} to {high}.</source>
        <translation>El total de {instrument} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not an instrument PeerDesk knows ({known}).</source>
        <translation>“{typed}” no es un instrumento que PeerDesk conozca ({known}).</translation>
    </message>
    <message>
        <source>The {instrument} total doesn&apos;t match its items (they add up to {sum}).</source>
        <translation>El total de {instrument} no coincide con sus ítems (suman {sum}).</translation>
    </message>
    <message>
        <source>A {instrument} result needs a total or its items.</source>
        <translation>Un resultado de {instrument} necesita un total o sus ítems.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>(no peer)</source>
        <translation>(sin par)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <source>Only a coordinator can see the program metrics: they cover every caseload.</source>
        <translation>Solo un coordinador puede ver los indicadores del programa, porque abarcan todos los casos asignados.</translation>
    </message>
    <message>
        <source>The end of the period can&apos;t be before its start.</source>
        <translation>El final del período no puede ser anterior a su inicio.</translation>
    </message>
    <message>
        <source>Metrics can be broken down by {choices}, not &apos;{typed}&apos;.</source>
        <translation>Los indicadores se pueden desglosar por {choices}, no por “{typed}”.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>There&apos;s no user called &apos;{name}&apos; to assign.</source>
        <translation>No hay ningún usuario llamado “{name}” para asignar.</translation>
    </message>
    <message>
        <source>{name} is a facilitator; only peers and coordinators have caseloads.</source>
        <translation>{name} es facilitador; solo los pares y los coordinadores tienen casos asignados.</translation>
    </message>
    <message>
        <source>The date of birth must be before the intake date.</source>
        <translation>La fecha de nacimiento debe ser anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <source>Another participant already has that participant id.</source>
        <translation>Otro participante ya tiene ese ID del programa.</translation>
    </message>
    <message>
        <source>A contact method is a phone, email or address.</source>
        <translation>Un medio de contacto es un teléfono, un correo electrónico o una dirección.</translation>
    </message>
    <message>
        <source>A consent can&apos;t expire before it was given.</source>
        <translation>Un consentimiento no puede vencer antes de haberse otorgado.</translation>
    </message>
    <message>
        <source>No participant in your caseload has the id &apos;{id}&apos;.</source>
        <translation>Ningún participante de sus casos asignados tiene el ID “{id}”.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>There&apos;s no group called &apos;{name}&apos; that you can see.</source>
        <translation>No hay ningún grupo llamado “{name}” que usted pueda ver.</translation>
    </message>
    <message>
        <source>Attendance: {0}</source>
        <translation>Asistencia: {0}</translation>
    </message>
    <message>
        <source>You can print your own caseload only. Nothing was saved.</source>
        <translation>Solo puede imprimir sus propios casos asignados. No se guardó nada.</translation>
    </message>
    <message>
        <source>There&apos;s no peer called &apos;{name}&apos;.</source>
        <translation>No hay ningún par llamado “{name}”.</translation>
    </message>
    <message>
        <source>That participant was erased; there is nothing to print.</source>
        <translation>Ese participante fue borrado; no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>That group no longer exists, or it isn&apos;t one of yours.</source>
        <translation>Ese grupo ya no existe o no es uno de sus grupos.</translation>
    </message>
    <message>
        <source>Sign-in sheet: {group}, {date}</source>
        <translation>Hoja de firmas: {group}, {date}</translation>
    </message>
    <message>
        <source>{date} is still to come. Choose today or an earlier date.</source>
        <translation>El {date} todavía no llegó. Elija hoy o una fecha anterior.</translation>
    </message>
    <message>
        <source>{title}, as of {date}</source>
        <translation>{title}, al {date}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes before PeerDesk locks</source>
        <translation>Minutos antes de que PeerDesk se bloquee</translation>
    </message>
    <message>
        <source>crisis resources</source>
        <translation>Recursos para crisis</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>days without contact</source>
        <translation>Días sin contacto</translation>
    </message>
    <message>
        <source>missed sessions in a row</source>
        <translation>Sesiones perdidas seguidas</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo can be at most 1 MB. Try a smaller picture.</source>
        <translation>El logotipo puede pesar como máximo 1 MB. Pruebe con una imagen más pequeña.</translation>
    </message>
    <message>
        <source>Choose a language and text size from the lists.</source>
        <translation>Elija un idioma y un tamaño de texto de las listas.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>There&apos;s no staff member called &apos;{name}&apos;.</source>
        <translation>No hay ningún miembro del personal llamado “{name}”.</translation>
    </message>
    <message>
        <source>You can only change your own training record.</source>
        <translation>Solo puede cambiar su propio registro de capacitación.</translation>
    </message>
    <message>
        <source>That requirement was already removed.</source>
        <translation>Ese requisito ya se quitó.</translation>
    </message>
    <message>
        <source>The hours must be more than 0 and at most 1000.</source>
        <translation>Las horas deben ser más de 0 y como máximo 1000.</translation>
    </message>
    <message>
        <source>That rule was already removed.</source>
        <translation>Esa regla ya se quitó.</translation>
    </message>
    <message>
        <source>A training can&apos;t expire before it was completed.</source>
        <translation>Una capacitación no puede vencer antes de haberse completado.</translation>
    </message>
    <message>
        <source>The hours must be from 0 to 1000.</source>
        <translation>Las horas deben estar entre 0 y 1000.</translation>
    </message>
    <message>
        <source>That training record no longer exists.</source>
        <translation>Ese registro de capacitación ya no existe.</translation>
    </message>
    <message>
        <source>A certificate must be a PDF, PNG or JPEG file.</source>
        <translation>Un certificado debe ser un archivo PDF, PNG o JPEG.</translation>
    </message>
    <message>
        <source>A certificate can be at most 20 MB.</source>
        <translation>Un certificado puede pesar como máximo 20 MB.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>&apos;{typed}&apos; is not a role. Choose one of: {choices}.</source>
        <translation>“{typed}” no es un rol. Elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>There is already a user called &apos;{name}&apos;.</source>
        <translation>Ya hay un usuario llamado “{name}”.</translation>
    </message>
    <message>
        <source>There&apos;s no user called &apos;{name}&apos; in this vault.</source>
        <translation>No hay ningún usuario llamado “{name}” en esta bóveda.</translation>
    </message>
    <message>
        <source>Recovery needs the recovery key. Nothing was changed.</source>
        <translation>Para recuperar el acceso se necesita la clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is the only coordinator. Make someone else a coordinator first.</source>
        <translation>Esta persona es el único coordinador. Primero haga coordinador a otra persona.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another coordinator.</source>
        <translation>No puede quitar su propio usuario. Pídaselo a otro coordinador.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>contact type</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>contact date</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>Fecha de la derivación</translation>
    </message>
    <message>
        <source>referral status</source>
        <translation>Estado de la derivación</translation>
    </message>
    <message>
        <source>reason for erasing</source>
        <translation>Motivo del borrado</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>goal date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>Estado de la meta</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>kind of group</source>
        <translation>Tipo de grupo</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>referral source</source>
        <translation>Origen de la derivación</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID del programa</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>cultural needs</source>
        <translation>Necesidades culturales o espirituales</translation>
    </message>
    <message>
        <source>access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <source>key contact&apos;s name</source>
        <translation>Nombre del contacto clave</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>renewal interval in months</source>
        <translation>Renovación cada cuántos meses</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>period in months</source>
        <translation>Período en meses</translation>
    </message>
    <message>
        <source>name of the rule</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>minutes a month</source>
        <translation>Minutos al mes</translation>
    </message>
    <message>
        <source>completion date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>supervision date</source>
        <translation>Fecha de la supervisión</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Please fill in the {what}.</source>
        <translation>Complete el campo “{what}”.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters.</source>
        <translation>El campo “{what}” admite como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>The {what} can&apos;t be in the future.</source>
        <translation>El campo “{what}” no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>The {what} must be one of: {options}.</source>
        <translation>El campo “{what}” debe tener uno de estos valores: {options}.</translation>
    </message>
    <message>
        <source>The {what} must be from {low} to {high}.</source>
        <translation>El campo “{what}” debe estar entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The backup file {name} is damaged or is not a PeerDesk backup.</source>
        <translation>El archivo de copia de seguridad {name} está dañado o no es una copia de seguridad de PeerDesk.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>The backup file {name} is damaged.</source>
        <translation>El archivo de copia de seguridad {name} está dañado.</translation>
    </message>
    <message>
        <source>The vault&apos;s data file is damaged. Restore the newest backup with &apos;peerdesk restore&apos;; automatic backups are in the vault&apos;s &apos;backups&apos; folder.</source>
        <translation>El archivo de datos de la bóveda está dañado. Restaure la copia de seguridad más reciente con &apos;peerdesk restore&apos;; las copias de seguridad automáticas están en la carpeta &apos;backups&apos; de la bóveda.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Restore it from a backup with &apos;peerdesk restore&apos;.</source>
        <translation>El archivo de claves de la bóveda está dañado. Restáurelo desde una copia de seguridad con &apos;peerdesk restore&apos;.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged and its spare copy is too, so the vault can&apos;t be opened. Restore a backup with &apos;peerdesk restore&apos;.</source>
        <translation>El archivo de claves de la bóveda está dañado y su copia de repuesto también, así que no se puede abrir la bóveda. Restaure una copia de seguridad con &apos;peerdesk restore&apos;.</translation>
    </message>
    <message>
        <source>The recovery key can&apos;t contain {characters}. Check it against the printed sheet and try again.</source>
        <translation>La clave de recuperación no puede contener {characters}. Compárela con la hoja impresa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The recovery key should have {groups} groups of {size} characters; this one has {count} characters. Check it against the printed sheet.</source>
        <translation>La clave de recuperación debe tener {groups} grupos de {size} caracteres; esta tiene {count} caracteres. Compárela con la hoja impresa.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: it doesn&apos;t add up. Check each group against the printed sheet and try again.</source>
        <translation>La clave de recuperación tiene un error de escritura: no cuadra. Compare cada grupo con la hoja impresa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That was several wrong tries in a row, so PeerDesk is waiting a little. Try again in 1 second.</source>
        <translation>Hubo varios intentos incorrectos seguidos, así que PeerDesk está esperando un poco. Inténtelo de nuevo en 1 segundo.</translation>
    </message>
    <message>
        <source>That was several wrong tries in a row, so PeerDesk is waiting a little. Try again in {count} seconds.</source>
        <translation>Hubo varios intentos incorrectos seguidos, así que PeerDesk está esperando un poco. Inténtelo de nuevo en {count} segundos.</translation>
    </message>
    <message>
        <source>The passphrase didn&apos;t match. Check Caps Lock and try again.</source>
        <translation>La frase de contraseña no coincide. Revise Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this vault. Check that the sheet is for this vault.</source>
        <translation>Esa clave de recuperación no abre esta bóveda. Revise que la hoja sea de esta bóveda.</translation>
    </message>
    <message>
        <source>There&apos;s no user called &apos;{name}&apos; in this vault. Check the spelling.</source>
        <translation>No hay ningún usuario llamado “{name}” en esta bóveda. Revise cómo está escrito.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so its data can&apos;t be opened. Restore a backup with &apos;peerdesk restore&apos;.</source>
        <translation>Falta el archivo de claves de la bóveda, así que no se pueden abrir sus datos. Restaure una copia de seguridad con &apos;peerdesk restore&apos;.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with &apos;peerdesk init&apos;.</source>
        <translation>No hay ninguna bóveda en {folder}. Cree una con &apos;peerdesk init&apos;.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}.</source>
        <translation>Ya hay una bóveda en {folder}.</translation>
    </message>
    <message>
        <source>{folder} holds a vault data file without its key file; PeerDesk won&apos;t overwrite it. Choose another folder.</source>
        <translation>{folder} tiene un archivo de datos de una bóveda sin su archivo de claves; PeerDesk no lo va a sobrescribir. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The vault&apos;s data file is missing. Restore a backup with &apos;peerdesk restore&apos;.</source>
        <translation>Falta el archivo de datos de la bóveda. Restaure una copia de seguridad con &apos;peerdesk restore&apos;.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of PeerDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>Esta bóveda se creó con una versión más nueva de PeerDesk. Instale la versión más nueva para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>That backup is from a different vault. Restore it into an empty folder with --vault, then sign in with a passphrase you had when it was made.</source>
        <translation>Esa copia de seguridad es de otra bóveda. Restáurela en una carpeta vacía con --vault y después inicie sesión con una frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>{folder} already holds a vault.</source>
        <translation>{folder} ya tiene una bóveda.</translation>
    </message>
    <message>
        <source>That backup doesn&apos;t open with this vault&apos;s key, or it is damaged. Nothing was changed.</source>
        <translation>Esa copia de seguridad no se abre con la clave de esta bóveda, o está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>That backup is damaged. Nothing was changed.</source>
        <translation>Esa copia de seguridad está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters on one line.</source>
        <translation>Un nombre de usuario necesita de 1 a 64 caracteres en una sola línea.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña de al menos {count} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
</TS>
