<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Reports</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>A group&apos;s attendance over a period: the rate by month, each person&apos;s marks and rate, and every session&apos;s marks in a grid.</source>
        <translation>La asistencia de un grupo durante un período: la tasa por mes, las marcas y la tasa de cada persona, y las marcas de cada sesión en una cuadrícula.</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent; a blank: no mark (not on the roster that day, or not recorded). Present and late count as attended; the rate is attended marks out of all marks.</source>
        <translation>P presente, T tarde, J justificada, A ausente; en blanco: sin marca (no estaba en la lista ese día o no se registró). Presente y tarde cuentan como asistencia; la tasa es la proporción de marcas de asistencia sobre el total de marcas.</translation>
    </message>
    <message>
        <source>P</source>
        <comment>present, as one letter</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late, as one letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused, as one letter</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent, as one letter</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Attendance: {0}</source>
        <translation>Asistencia: {0}</translation>
    </message>
    <message>
        <source>Facilitators: {0}</source>
        <translation>Facilitadores: {0}</translation>
    </message>
    <message>
        <source>{0}; {1}.</source>
        <comment>sessions held; people on the roster</comment>
        <translation>{0}; {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held in the period</source>
        <translation>
            <numerusform>%n sesión realizada en el período</numerusform>
            <numerusform>%n sesiones realizadas en el período</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the roster or marked</source>
        <translation>
            <numerusform>%n persona en la lista o con marca</numerusform>
            <numerusform>%n personas en la lista o con marca</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} marks were present or late: an attendance rate of {2}.</source>
        <translation>{0} de {1} marcas fueron presente o tarde: una tasa de asistencia del {2}.</translation>
    </message>
    <message>
        <source>No one was marked.</source>
        <translation>Nadie tiene marcas.</translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>sin marcas</translation>
    </message>
    <message>
        <source>Attended marks out of all marks at the sessions held each month; a month without marks has no bar.</source>
        <translation>Marcas de asistencia sobre el total de marcas en las sesiones realizadas cada mes; un mes sin marcas no tiene barra.</translation>
    </message>
    <message>
        <source>Months of {0}.</source>
        <translation>Meses de {0}.</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Tasa de asistencia por mes</translation>
    </message>
    <message>
        <source>Each person</source>
        <translation>Cada persona</translation>
    </message>
    <message>
        <source>Marks over the period, the attendance rate, and sessions missed in a row as of the last session (excused sessions neither count nor break the run).</source>
        <translation>Las marcas del período, la tasa de asistencia y las sesiones faltadas seguidas hasta la última sesión (las justificadas no cuentan ni cortan la racha).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
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
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Missed
in a row</source>
        <comment>a column heading on two lines</comment>
        <translation>Faltas
seguidas</translation>
    </message>
    <message>
        <source>No one was on the roster or marked in this period.</source>
        <translation>Nadie estuvo en la lista ni tuvo marcas en este período.</translation>
    </message>
    <message>
        <source>Each person&apos;s mark at each session, in blocks of up to {0} sessions; the last rows give each session&apos;s totals.</source>
        <translation>La marca de cada persona en cada sesión, en bloques de hasta {0} sesiones; las últimas filas dan los totales de cada sesión.</translation>
    </message>
    <message>
        <source>Session by session</source>
        <translation>Sesión por sesión</translation>
    </message>
    <message>
        <source>No sessions were held in this period.</source>
        <translation>No se realizaron sesiones en este período.</translation>
    </message>
    <message>
        <source>Sessions {0} to {1} of {2}: {3} to {4}</source>
        <translation>Sesiones {0} a {1} de {2}: del {3} al {4}</translation>
    </message>
    <message>
        <source>Session {0} of {1}: {2}</source>
        <translation>Sesión {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Attended of marked</source>
        <translation>Asistencias / marcas</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>Resumen de casos asignados</translation>
    </message>
    <message>
        <source>Participants with their status, last contact, follow-ups due, and who is at risk of disengaging and why: one peer&apos;s caseload or everyone&apos;s.</source>
        <translation>Participantes con su estado, último contacto, seguimientos pendientes, y quién está en riesgo de desvincularse y por qué: los casos asignados de un par o los de todos.</translation>
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
        <source>Not assigned to a peer</source>
        <translation>Sin par asignado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>At risk of disengaging</source>
        <translation>En riesgo de desvincularse</translation>
    </message>
    <message>
        <source>Caseload of {0}</source>
        <translation>Casos asignados de {0}</translation>
    </message>
    <message>
        <source>Every peer&apos;s caseload</source>
        <translation>Casos asignados de todos los pares</translation>
    </message>
    <message>
        <source>No participants.</source>
        <translation>No hay participantes.</translation>
    </message>
    <message>
        <source>{0}: {1}. {2} at risk of disengaging; {3} with follow-ups due.</source>
        <translation>{0}: {1}. {2} en riesgo de desvincularse; {3} con seguimientos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disengaged</source>
        <translation>
            <numerusform>%n desvinculado</numerusform>
            <numerusform>%n desvinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discharged</source>
        <translation>
            <numerusform>%n dado de alta</numerusform>
            <numerusform>%n dados de alta</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno aún</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due,</source>
        <comment>follow-ups, and the since line follows</comment>
        <translation>
            <numerusform>%n pendiente,</numerusform>
            <numerusform>%n pendientes,</numerusform>
        </translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>desde el {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next on {0}</source>
        <translation>Próximo: {0}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>By peer</source>
        <translation>Por par</translation>
    </message>
    <message>
        <source>How many participants each peer has, by status, and how many need attention.</source>
        <translation>Cuántos participantes tiene cada par, por estado, y cuántos necesitan atención.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>At risk of disengaging: an active participant with no contact or group attendance for {days} days or more, or who missed the last {missed} group sessions in a row. Follow-ups due: planned follow-up dates reached with no contact since.</source>
        <translation>En riesgo de desvincularse: un participante activo sin contacto ni asistencia a grupos durante {days} días o más, o que faltó a las últimas {missed} sesiones de grupo seguidas. Seguimientos pendientes: fechas de seguimiento planificadas que ya llegaron sin ningún contacto desde entonces.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Confidential: it names participants. Keep it locked away and shred it.</source>
        <translation>Confidencial: nombra a participantes. Guárdelo bajo llave y destrúyalo en una trituradora.</translation>
    </message>
    <message>
        <source>Staff records: keep this report within the program.</source>
        <translation>Registros del personal: mantenga este informe dentro del programa.</translation>
    </message>
    <message>
        <source>No names or contact details. Counts of 1 to 4 are shown as &lt;5.</source>
        <translation>Sin nombres ni datos de contacto. Las cifras de 1 a 4 se muestran como &lt;5.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Made on {0} by {1}</source>
        <translation>Hecho el {0} por {1}</translation>
    </message>
    <message>
        <source>Made on {0}</source>
        <translation>Hecho el {0}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Made with PeerDesk on {0}</source>
        <translation>Hecho con PeerDesk el {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <comment>a period: its first and last days</comment>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>Choose the period with --from DATE --to DATE.</source>
        <translation>Elija el período con --from FECHA --to FECHA.</translation>
    </message>
    <message>
        <source>Say which group with --group NAME.</source>
        <translation>Indique el grupo con --group NOMBRE.</translation>
    </message>
    <message>
        <source>Say which participant with --participant ID.</source>
        <translation>Indique el participante con --participant ID.</translation>
    </message>
    <message>
        <source>There&apos;s no report called &apos;{0}&apos;.</source>
        <translation>No hay ningún informe llamado &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a4 or letter paper.</source>
        <translation>Elija papel a4 o letter.</translation>
    </message>
    <message>
        <source>The folder {0} doesn&apos;t exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>{0} is a folder. Choose a file name ending in .pdf.</source>
        <translation>{0} es una carpeta. Elija un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>PeerDesk couldn&apos;t write {0}. Check that the folder is writable and the disk isn&apos;t full.</source>
        <translation>PeerDesk no pudo escribir {0}. Revise que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Participant summary</source>
        <translation>Resumen del participante</translation>
    </message>
    <message>
        <source>Your recovery journey</source>
        <translation>Su camino de recuperación</translation>
    </message>
    <message>
        <source>This is yours. Keep it somewhere safe.</source>
        <translation>Esto es suyo. Guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>One participant&apos;s goals and milestones, measures over time, group attendance and contacts (from intake unless a period is given); or, in plain language, a version for them to keep.</source>
        <translation>Las metas y los pasos de un participante, sus mediciones en el tiempo, su asistencia a grupos y sus contactos (desde el ingreso, salvo que se indique un período); o, en lenguaje sencillo, una versión para que la conserve.</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Accompanied appointment</source>
        <translation>Cita con acompañamiento</translation>
    </message>
    <message>
        <source>Group follow-up</source>
        <translation>Seguimiento de grupo</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a goal</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>a goal</comment>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <comment>a goal</comment>
        <translation>En pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in person</source>
        <translation>
            <numerusform>%n vez en persona</numerusform>
            <numerusform>%n veces en persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text conversation(s)</source>
        <translation>
            <numerusform>%n conversación por mensaje de texto</numerusform>
            <numerusform>%n conversaciones por mensaje de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) you went to together</source>
        <translation>
            <numerusform>%n cita a la que fueron juntos</numerusform>
            <numerusform>%n citas a las que fueron juntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) after a group</source>
        <translation>
            <numerusform>%n charla después de un grupo</numerusform>
            <numerusform>%n charlas después de un grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>your peer support team</source>
        <translation>su equipo de apoyo entre pares</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <comment>more than twice</comment>
        <translation>
            <numerusform>%n veces</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <comment>a status and the day it began</comment>
        <translation>{0} desde el {1}</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre que usa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Program id</source>
        <translation>ID del programa</translation>
    </message>
    <message>
        <source>{0}; {1}.</source>
        <comment>goals set; milestones done</comment>
        <translation>{0}; {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) set by {0}</source>
        <translation>
            <numerusform>%n meta fijada hasta el {0}</numerusform>
            <numerusform>%n metas fijadas hasta el {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n milestone(s) done by then</source>
        <translation>
            <numerusform>{0} de %n paso cumplido para entonces</numerusform>
            <numerusform>{0} de %n pasos cumplidos para entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals and milestones</source>
        <translation>Metas y pasos</translation>
    </message>
    <message>
        <source>No goals are recorded.</source>
        <translation>No hay metas registradas.</translation>
    </message>
    <message>
        <source>Set on {0}. {1}.</source>
        <comment>a goal: the day set, its status</comment>
        <translation>Fijada el {0}. {1}.</translation>
    </message>
    <message>
        <source>Done on {0}</source>
        <translation>Cumplido el {0}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin cumplir</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a milestone</comment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Todavía no hay pasos.</translation>
    </message>
    <message>
        <source>Measures over time</source>
        <translation>Mediciones en el tiempo</translation>
    </message>
    <message>
        <source>Ratings recorded in the period, oldest first. Higher is better on each.</source>
        <translation>Calificaciones registradas en el período, de la más antigua a la más reciente. En todas, más alto es mejor.</translation>
    </message>
    <message>
        <source>No ratings were recorded in the period.</source>
        <translation>No se registraron calificaciones en el período.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Totals from {0} to {1}; higher is better.</source>
        <translation>Totales de {0} a {1}; más alto es mejor.</translation>
    </message>
    <message>
        <source>The dashed line is the published cut-off of {0}, a guide for conversation, not a diagnosis.</source>
        <translation>La línea discontinua es el punto de corte publicado de {0}: una guía para conversar, no un diagnóstico.</translation>
    </message>
    <message>
        <source>{0} totals</source>
        <translation>Totales de {0}</translation>
    </message>
    <message>
        <source>No {0} was recorded in the period.</source>
        <translation>No se registró ningún {0} en el período.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>{0} or more</source>
        <translation>{0} o más</translation>
    </message>
    <message>
        <source>Group attendance</source>
        <translation>Asistencia a grupos</translation>
    </message>
    <message>
        <source>Sessions in the period with a mark for this person. Attended means present or late; the rate is attended out of all marks. Missed in a row counts absences since the last session attended (excused ones neither count nor break the run).</source>
        <translation>Sesiones del período con una marca para esta persona. Asistió quiere decir presente o tarde; la tasa es asistencias sobre el total de marcas. Faltas seguidas cuenta las ausencias desde la última sesión a la que asistió (las justificadas no cuentan ni cortan la racha).</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Última asistencia</translation>
    </message>
    <message>
        <source>Missed in a row</source>
        <translation>Faltas seguidas</translation>
    </message>
    <message>
        <source>No group attendance was marked in the period.</source>
        <translation>No se marcó asistencia a grupos en el período.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contacts dated in the period, by type.</source>
        <translation>Contactos con fecha en el período, por tipo.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No contacts are recorded in the period.</source>
        <translation>No hay contactos registrados en el período.</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>Ninguno en el período</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ninguno planificado</translation>
    </message>
    <message numerus="yes">
        <source>{0}, overdue by %n day(s)</source>
        <translation>
            <numerusform>{0}, con %n día de retraso</numerusform>
            <numerusform>{0}, con %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Sus metas</translation>
    </message>
    <message>
        <source>You haven&apos;t written down any goals yet. Whenever you&apos;re ready, {0} can help you put one into words.</source>
        <translation>Todavía no ha escrito ninguna meta. Cuando se sienta listo o lista, {0} puede ayudarle a ponerla en palabras.</translation>
    </message>
    <message>
        <source>These are the goals you set, in your own words.</source>
        <translation>Estas son las metas que usted se fijó, en sus propias palabras.</translation>
    </message>
    <message>
        <source>You reached this goal. Well done!</source>
        <translation>Alcanzó esta meta. ¡Muy bien hecho!</translation>
    </message>
    <message>
        <source>You set this goal aside for now. You can come back to it any time.</source>
        <translation>Dejó esta meta de lado por ahora. Puede retomarla cuando quiera.</translation>
    </message>
    <message numerus="yes">
        <source>You have done every step you planned (%n of %n).</source>
        <translation>
            <numerusform>Cumplió todos los pasos que planeó (%n de %n).</numerusform>
            <numerusform>Cumplió todos los pasos que planeó (%n de %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are working on this. You have done {0} of the %n step(s).</source>
        <translation>
            <numerusform>Está trabajando en esto. Ha cumplido {0} de %n paso.</numerusform>
            <numerusform>Está trabajando en esto. Ha cumplido {0} de los %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working on this.</source>
        <translation>Está trabajando en esto.</translation>
    </message>
    <message>
        <source>done on {0}</source>
        <translation>cumplido el {0}</translation>
    </message>
    <message>
        <source>How hopeful you have felt</source>
        <translation>Cuánta esperanza ha sentido</translation>
    </message>
    <message>
        <source>On {0} you rated your hope {1} out of {2}.</source>
        <translation>El {0} calificó su esperanza con {1} de {2}.</translation>
    </message>
    <message>
        <source>You rated your hope {0}: {1} out of {2} on {3}, and {4} the most recent time, on {5}.</source>
        <translation>Calificó su esperanza {0}: {1} de {2} el {3}, y {4} la vez más reciente, el {5}.</translation>
    </message>
    <message>
        <source>Each dot is a day you rated your hope, from {0} (not hopeful at all) to {1} (completely hopeful). Hope can go up and down, and that is okay. Every step you take counts.</source>
        <translation>Cada punto es un día en que calificó su esperanza, de {0} (nada de esperanza) a {1} (toda la esperanza). La esperanza puede subir y bajar, y eso está bien. Cada paso que da cuenta.</translation>
    </message>
    <message>
        <source>Your recovery strengths</source>
        <translation>Sus fortalezas para la recuperación</translation>
    </message>
    <message>
        <source>You answered 10 questions about your life and your recovery on {0}. Your answers added up to {1} out of {2}.</source>
        <translation>Respondió 10 preguntas sobre su vida y su recuperación el {0}. Sus respuestas sumaron {1} de {2}.</translation>
    </message>
    <message>
        <source>You answered 10 questions about your life and your recovery {0}. On {1} your answers added up to {2} out of {3}; on {4} they added up to {5}.</source>
        <translation>Respondió 10 preguntas sobre su vida y su recuperación {0}. El {1} sus respuestas sumaron {2} de {3}; el {4} sumaron {5}.</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Sus grupos</translation>
    </message>
    <message numerus="yes">
        <source>You came to {0} of %n group session(s).</source>
        <translation>
            <numerusform>Vino a {0} de %n sesión de grupo.</numerusform>
            <numerusform>Vino a {0} de %n sesiones de grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>You came along to 1 group session.</source>
        <translation>Vino a 1 sesión de grupo.</translation>
    </message>
    <message>
        <source>You came to both group sessions.</source>
        <translation>Vino a las dos sesiones de grupo.</translation>
    </message>
    <message>
        <source>You came to all {0} group sessions.</source>
        <translation>Vino a las {0} sesiones de grupo.</translation>
    </message>
    <message>
        <source>The last time was {0}.</source>
        <translation>La última vez fue el {0}.</translation>
    </message>
    <message>
        <source>You are welcome to come along whenever you would like to.</source>
        <translation>Será bienvenido o bienvenida cuando quiera venir.</translation>
    </message>
    <message>
        <source>Time together</source>
        <translation>Tiempo juntos</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <comment>the last of a list</comment>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>You and {0} met or talked {1}: {2}.</source>
        <translation>Usted y {0} se reunieron o hablaron {1}: {2}.</translation>
    </message>
    <message>
        <source>You and the peer support team met or talked {0}: {1}.</source>
        <translation>Usted y el equipo de apoyo entre pares se reunieron o hablaron {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} plans to check in with you around {1}.</source>
        <translation>{0} planea comunicarse con usted alrededor del {1}.</translation>
    </message>
    <message>
        <source>Your peer plans to check in with you around {0}.</source>
        <translation>Su par planea comunicarse con usted alrededor del {0}.</translation>
    </message>
    <message>
        <source>your peer</source>
        <translation>su par</translation>
    </message>
    <message>
        <source>This is a look back at your time with us: the goals you set, how you have been feeling and the time we spent together. It is yours to keep.</source>
        <translation>Esta es una mirada a su tiempo con nosotros: las metas que se fijó, cómo se ha sentido y el tiempo que pasamos juntos. Es suyo para conservarlo.</translation>
    </message>
    <message>
        <source>Whatever comes next, you don&apos;t have to do it alone.</source>
        <translation>Venga lo que venga, no tiene que hacerlo solo ni sola.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>For funders and boards (coordinators): the program&apos;s figures for the period beside the previous one, charts of attendance, hope and recovery capital, and breakdowns with small counts hidden. No names anywhere.</source>
        <translation>Para financiadores y juntas directivas (coordinadores): las cifras del programa en el período junto a las del anterior, gráficos de asistencia, esperanza y capital de recuperación, y desgloses con las cifras pequeñas ocultas. Sin ningún nombre.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Participants served</source>
        <translation>Participantes atendidos</translation>
    </message>
    <message>
        <source>New intakes</source>
        <translation>Nuevos ingresos</translation>
    </message>
    <message>
        <source>Group sessions held</source>
        <translation>Sesiones de grupo realizadas</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Marcas de asistencia</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Still engaged 90 days after intake</source>
        <translation>Siguen vinculados 90 días después del ingreso</translation>
    </message>
    <message>
        <source>Average change in hope rating</source>
        <translation>Cambio promedio en la calificación de esperanza</translation>
    </message>
    <message>
        <source>Average latest BARC-10 total</source>
        <translation>Promedio del último total del BARC-10</translation>
    </message>
    <message>
        <source>BARC-10 total of 47 or more</source>
        <translation>Total del BARC-10 de 47 o más</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguimientos realizados</translation>
    </message>
    <message>
        <source>Staff with all required training</source>
        <translation>Personal con toda la capacitación requerida</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Accompanied to an appointment</source>
        <translation>Acompañamiento a una cita</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>By preferred language</source>
        <translation>Por idioma preferido</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referido por</translation>
    </message>
    <message>
        <source>By who referred them</source>
        <translation>Por quién los refirió</translation>
    </message>
    <message>
        <source>{0} points</source>
        <comment>a change in a percentage</comment>
        <translation>{0} puntos</translation>
    </message>
    <message>
        <source>This period: {0}. Previous period of the same length: {1}. Served: at least one contact or attended group session. Attendance rate: present or late out of all marks. Still engaged: of those who started at least 90 days before the end, in touch 90 days or more after intake. Staff training: share of staff with every required training current on the last day.</source>
        <translation>Este período: {0}. Período anterior de la misma duración: {1}. Atendidos: al menos un contacto o una sesión de grupo con asistencia. Tasa de asistencia: presente o tarde sobre el total de marcas. Siguen vinculados: de quienes empezaron al menos 90 días antes del final, los que tuvieron contacto 90 días o más después del ingreso. Capacitación del personal: proporción del personal con toda la capacitación requerida vigente el último día.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Contacts by type</source>
        <translation>Contactos por tipo</translation>
    </message>
    <message>
        <source>Attendance by month</source>
        <translation>Asistencia por mes</translation>
    </message>
    <message>
        <source>Attended (present or late) ÷ all marks, each month.</source>
        <translation>Asistencias (presente o tarde) ÷ total de marcas, cada mes.</translation>
    </message>
    <message>
        <source>No attendance was taken in this period.</source>
        <translation>No se tomó asistencia en este período.</translation>
    </message>
    <message>
        <source>Change in hope</source>
        <translation>Cambio en la esperanza</translation>
    </message>
    <message>
        <source>Among participants with two or more hope ratings in the period: the latest rating minus the first (0 to 10 scale).</source>
        <translation>Entre los participantes con dos o más calificaciones de esperanza en el período: la última calificación menos la primera (escala de 0 a 10).</translation>
    </message>
    <message>
        <source>Nobody had two hope ratings in this period.</source>
        <translation>Nadie tuvo dos calificaciones de esperanza en este período.</translation>
    </message>
    <message>
        <source>Down 3 or more</source>
        <translation>Bajó 3 o más</translation>
    </message>
    <message>
        <source>Down 1 or 2</source>
        <translation>Bajó 1 o 2</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Up 1 or 2</source>
        <translation>Subió 1 o 2</translation>
    </message>
    <message>
        <source>Up 3 or more</source>
        <translation>Subió 3 o más</translation>
    </message>
    <message>
        <source>Participants, {0} in all; average change {1}</source>
        <translation>Participantes, {0} en total; cambio promedio {1}</translation>
    </message>
    <message>
        <source>BARC-10 totals</source>
        <translation>Totales del BARC-10</translation>
    </message>
    <message>
        <source>The latest Brief Assessment of Recovery Capital (10 to 60) of each participant who completed one in the period. 47 or more is the usual mark of strong recovery capital.</source>
        <translation>La última Evaluación Breve del Capital de Recuperación (BARC-10, de 10 a 60) de cada participante que completó una en el período. 47 o más es la marca habitual de un capital de recuperación sólido.</translation>
    </message>
    <message>
        <source>Nobody completed a BARC-10 in this period.</source>
        <translation>Nadie completó un BARC-10 en este período.</translation>
    </message>
    <message>
        <source>Participants, {0} in all</source>
        <translation>Participantes, {0} en total</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Desgloses</translation>
    </message>
    <message>
        <source>Counts of 1 to 4 are shown as &lt;5 so nobody can be picked out.</source>
        <translation>Las cifras de 1 a 4 se muestran como &lt;5 para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>No hay nada registrado en este período.</translation>
    </message>
    <message>
        <source>PeerDesk recovery sheet</source>
        <translation>Hoja de recuperación de PeerDesk</translation>
    </message>
    <message>
        <source>Program: {0}</source>
        <translation>Programa: {0}</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Vault folder: {0}</source>
        <translation>Carpeta de la bóveda: {0}</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Fecha: {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>What it is for: if every passphrase for this vault is forgotten, this key lets a coordinator set a new one. In PeerDesk, choose &quot;Use recovery key&quot; on the sign-in window, or run: peerdesk recover --user NAME.</source>
        <translation>Para qué sirve: si se olvidan todas las frases de contraseña de esta bóveda, esta clave permite que un coordinador ponga una nueva. En PeerDesk, elija &quot;Use la clave de recuperación…&quot; en la ventana de inicio de sesión, o ejecute: peerdesk recover --user NOMBRE.</translation>
    </message>
    <message>
        <source>Anyone holding this sheet can open every record in the vault. Keep it locked away, apart from the computer: a safe, a locked drawer in another room, or with your organisation&apos;s director.</source>
        <translation>Cualquier persona que tenga esta hoja puede abrir todos los registros de la bóveda. Guárdela bajo llave y lejos de la computadora: en una caja fuerte, en un cajón con llave en otra sala o con la dirección de su organización.</translation>
    </message>
    <message>
        <source>Don&apos;t photograph it, email it or save it on a computer. If this sheet is lost or seen by someone who shouldn&apos;t, tell your coordinator.</source>
        <translation>No le tome fotos, no la envíe por correo electrónico ni la guarde en una computadora. Si esta hoja se pierde o alguien que no debía la ve, avísele a su coordinador.</translation>
    </message>
    <message>
        <source>Typing it: capitals or small letters both work, and dashes and spaces don&apos;t matter. PeerDesk checks the last group, so a typo is caught at once.</source>
        <translation>Al escribirla: sirven las mayúsculas y las minúsculas, y los guiones y espacios no importan. PeerDesk revisa el último grupo, así que un error de escritura se detecta enseguida.</translation>
    </message>
    <message>
        <source>PeerDesk: printed once, never stored. Keep this page safe.</source>
        <translation>PeerDesk: se imprime una vez y nunca se guarda. Guarde esta página en un lugar seguro.</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>The sheet people sign as they arrive at a group&apos;s session: the roster&apos;s names and blank rows for walk-ins.</source>
        <translation>La hoja que las personas firman al llegar a una sesión de grupo: los nombres de la lista y filas en blanco para quienes lleguen sin estar inscritos.</translation>
    </message>
    <message>
        <source>Not on the list? Write your first name or the name you go by.</source>
        <translation>¿No está en la lista? Escriba su nombre o el nombre con el que le llaman.</translation>
    </message>
    <message>
        <source>Please keep this sheet private and hand it to a facilitator.</source>
        <translation>Mantenga esta hoja en privado y entréguela a un facilitador.</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Dónde: {0}</translation>
    </message>
    <message>
        <source>When: {0}</source>
        <translation>Cuándo: {0}</translation>
    </message>
    <message>
        <source>Sign-in sheet: {0}</source>
        <translation>Hoja de firmas: {0}</translation>
    </message>
    <message>
        <source>Training and supervision</source>
        <translation>Capacitación y supervisión</translation>
    </message>
    <message>
        <source>Your training and supervision</source>
        <translation>Su capacitación y supervisión</translation>
    </message>
    <message>
        <source>Staff training compliance: what is overdue, missing or expiring, hours against the rules and supervision against the target (your own record unless you are a coordinator).</source>
        <translation>El cumplimiento de la capacitación del personal: lo vencido, lo que falta o está por vencer, las horas frente a las reglas y la supervisión frente a la meta (solo su propio registro, salvo que usted sea coordinador).</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Peer specialists</source>
        <translation>Especialistas de apoyo entre pares</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinadores</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Expires within 60 days</source>
        <translation>Vence en 60 días o menos</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Vence en 30 días o menos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Al {0}</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <comment>after the title and a comma</comment>
        <translation>al {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes</comment>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Never recorded</source>
        <translation>Sin registro</translation>
    </message>
    <message numerus="yes">
        <source>Expired on {0}, %n day(s) ago</source>
        <translation>
            <numerusform>Venció el {0}, hace %n día</numerusform>
            <numerusform>Venció el {0}, hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires on {0}, in %n day(s)</source>
        <translation>
            <numerusform>Vence el {0}, en %n día</numerusform>
            <numerusform>Vence el {0}, en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} hours</source>
        <comment>an hour rule&apos;s name</comment>
        <translation>Horas de {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} h in the last %n month(s), {2} h short</source>
        <translation>
            <numerusform>{0} de {1} h en %n mes, faltan {2} h</numerusform>
            <numerusform>{0} de {1} h en los últimos %n meses, faltan {2} h</numerusform>
        </translation>
    </message>
    <message>
        <source>Older hours leave the window within {0} days</source>
        <translation>Las horas más antiguas salen del plazo en {0} días o menos</translation>
    </message>
    <message numerus="yes">
        <source>Enough until {0}, when older hours leave the %n-month window</source>
        <translation>
            <numerusform>Suficientes hasta el {0}, cuando las horas más antiguas salen del plazo de %n mes</numerusform>
            <numerusform>Suficientes hasta el {0}, cuando las horas más antiguas salen del plazo de %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} minutes in {2}</source>
        <translation>{0} de {1} minutos en {2}</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>en 30 días o menos</translation>
    </message>
    <message>
        <source>Overdue or missing</source>
        <translation>Vencido o falta</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <source>{0}; {1} expiring within {2} days.</source>
        <translation>{0}; {1} por vencer en {2} días o menos.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue or missing</source>
        <translation>
            <numerusform>%n punto vencido o que falta</numerusform>
            <numerusform>%n puntos vencidos o que faltan</numerusform>
        </translation>
    </message>
    <message>
        <source>Your status: {0}.</source>
        <translation>Su estado: {0}.</translation>
    </message>
    <message>
        <source>Everything is current for at least the next {0} days.</source>
        <translation>Todo está vigente durante al menos los próximos {0} días.</translation>
    </message>
    <message>
        <source>{0} staff: {1} current, {2} need attention</source>
        <translation>Personal: {0}; {1} al día, {2} necesitan atención</translation>
    </message>
    <message>
        <source>({0} with something overdue or missing, {1} with something expiring)</source>
        <translation>({0} con algo vencido o que falta, {1} con algo por vencer)</translation>
    </message>
    <message>
        <source>Compliance per person</source>
        <translation>Cumplimiento por persona</translation>
    </message>
    <message>
        <source>Each person&apos;s overall status is their worst item: a required training, an hour rule or last month&apos;s supervision.</source>
        <translation>El estado general de cada persona es su peor punto: una capacitación requerida, una regla de horas o la supervisión del mes pasado.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Per requirement</source>
        <translation>Por requisito</translation>
    </message>
    <message>
        <source>For each role, how many people hold each required training, meet each hour rule and met the supervision target last month.</source>
        <translation>Para cada rol, cuántas personas tienen cada capacitación requerida, cumplen cada regla de horas y cumplieron la meta de supervisión el mes pasado.</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>Vence en {0} días</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>En 30 días o menos</translation>
    </message>
    <message numerus="yes">
        <source>{0}, renewed every %n month(s)</source>
        <translation>
            <numerusform>{0}, se renueva cada %n mes</numerusform>
            <numerusform>{0}, se renueva cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} h in any %n month(s)</source>
        <translation>
            <numerusform>{0}: {1} h en cualquier período de %n mes</numerusform>
            <numerusform>{0}: {1} h en cualquier período de %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision: {0} minutes a month</source>
        <translation>Supervisión: {0} minutos al mes</translation>
    </message>
    <message>
        <source>Nothing is required of this role.</source>
        <translation>No se requiere nada de este rol.</translation>
    </message>
    <message>
        <source>Overdue and missing</source>
        <translation>Vencido y faltante</translation>
    </message>
    <message>
        <source>Every required training that expired or was never recorded, every hour rule not met and every supervision target missed last month.</source>
        <translation>Cada capacitación requerida que venció o nunca se registró, cada regla de horas no cumplida y cada meta de supervisión no alcanzada el mes pasado.</translation>
    </message>
    <message>
        <source>Nothing is overdue or missing.</source>
        <translation>No hay nada vencido ni faltante.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Desde cuándo</translation>
    </message>
    <message>
        <source>Expiring in the next {0} days</source>
        <translation>Por vencer en los próximos {0} días</translation>
    </message>
    <message>
        <source>Soonest first. An hour rule expires when older hours leave its window; the date is the last day it is still met.</source>
        <translation>Lo más próximo primero. Una regla de horas vence cuando las horas más antiguas salen de su plazo; la fecha es el último día en que todavía se cumple.</translation>
    </message>
    <message>
        <source>Nothing expires in the next {0} days.</source>
        <translation>Nada vence en los próximos {0} días.</translation>
    </message>
    <message>
        <source>Training or rule</source>
        <translation>Capacitación o regla</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días que quedan</translation>
    </message>
    <message>
        <source>Within {0} days</source>
        <translation>En {0} días o menos</translation>
    </message>
    <message>
        <source>Hours against the rules</source>
        <translation>Horas frente a las reglas</translation>
    </message>
    <message>
        <source>Hours of training completed from the date shown up to the report date (the rule&apos;s window). A rule with a category counts only training of that category.</source>
        <translation>Horas de capacitación completadas desde la fecha indicada hasta la fecha del informe (el plazo de la regla). Una regla con categoría cuenta solo la capacitación de esa categoría.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contadas desde</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>hours done</comment>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requeridas</translation>
    </message>
    <message>
        <source>No hour rules apply.</source>
        <translation>No se aplica ninguna regla de horas.</translation>
    </message>
    <message>
        <source>Minutes of supervision in each of the last three months and so far this month, against the role&apos;s monthly target. The month in progress is not judged.</source>
        <translation>Minutos de supervisión en cada uno de los últimos tres meses y en lo que va de este mes, frente a la meta mensual del rol. El mes en curso no se evalúa.</translation>
    </message>
    <message>
        <source>No supervision targets are set.</source>
        <translation>No hay metas de supervisión fijadas.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>so far</source>
        <comment>this month, in progress</comment>
        <translation>hasta hoy</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>bajo la meta</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Meta cumplida</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Bajo la meta</translation>
    </message>
    <message>
        <source>No supervision target is set for {0} ({1}).</source>
        <translation>No hay meta de supervisión fijada para {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Lo que va de este mes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Elegir las fechas</translation>
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
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>The version written for the participant to keep</source>
        <translation>La versión escrita para que la conserve el participante</translation>
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
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <source>P&amp;eer</source>
        <translation>Pa&amp;r</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Pape&amp;l</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar c&amp;omo PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Choose a report and press “Show the report” to see its pages here.</source>
        <translation>Elija un informe y pulse “Mostrar el informe” para ver aquí sus páginas.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>A la &amp;fecha</translation>
    </message>
    <message>
        <source>Everyone&apos;s caseload</source>
        <translation>Los casos asignados de todos</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n page(s).</source>
        <translation>
            <numerusform>{0}: %n página.</numerusform>
            <numerusform>{0}: %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {0} (%n page(s)) to {1}. The file isn&apos;t encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>
            <numerusform>Se guardó {0} (%n página) en {1}. El archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando ya no lo necesite.</numerusform>
            <numerusform>Se guardó {0} (%n páginas) en {1}. El archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando ya no lo necesite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} are shown; saving or printing gives them all.</source>
        <translation>Se muestran las primeras {0}; al guardar o imprimir salen todas.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Participa&amp;nt</source>
        <translation>Participa&amp;nte</translation>
    </message>
    <message>
        <source>Sho&amp;w the report</source>
        <translation>&amp;Mostrar el informe</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
</context>
</TS>
