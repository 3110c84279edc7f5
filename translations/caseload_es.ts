<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>The name the participant goes by</source>
        <translation>El nombre que usa el participante</translation>
    </message>
    <message>
        <source>Active, paused, disengaged or discharged</source>
        <translation>Activo, en pausa, desvinculado o dado de alta</translation>
    </message>
    <message>
        <source>The peer whose caseload this participant is in</source>
        <translation>El par que tiene a este participante en sus casos asignados</translation>
    </message>
    <message>
        <source>The date of the most recent contact</source>
        <translation>La fecha del contacto más reciente</translation>
    </message>
    <message>
        <source>The soonest follow-up not yet met by a contact, and how many are due</source>
        <translation>El seguimiento más cercano que todavía no se ha cumplido con un contacto, y cuántos están pendientes</translation>
    </message>
    <message>
        <source>The latest “hope today” rating (0 to 10) and the change since the one before</source>
        <translation>La calificación más reciente de “esperanza hoy” (de 0 a 10) y el cambio desde la anterior</translation>
    </message>
    <message>
        <source>Whether the participant may be drifting away, and why</source>
        <translation>Si el participante podría estar alejándose, y por qué</translation>
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
    <message numerus="yes">
        <source>{0} · %n due</source>
        <translation>
            <numerusform>{0} · %n pendiente</numerusform>
            <numerusform>{0} · %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (first)</source>
        <translation>{0} (primera)</translation>
    </message>
    <message>
        <source>{0} ▲ +{1}</source>
        <translation>{0} ▲ +{1}</translation>
    </message>
    <message>
        <source>{0} ▼ −{1}</source>
        <translation>{0} ▼ −{1}</translation>
    </message>
    <message>
        <source>{0} = same</source>
        <translation>{0} = igual</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno aún</translation>
    </message>
    <message>
        <source>At risk: {0}</source>
        <translation>En riesgo: {0}</translation>
    </message>
    <message>
        <source>see record</source>
        <translation>vea el expediente</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <source>No peer has this participant in their caseload yet.</source>
        <translation>Ningún par tiene todavía a este participante en sus casos asignados.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due now or overdue.</source>
        <translation>
            <numerusform>%n seguimiento pendiente o atrasado.</numerusform>
            <numerusform>%n seguimientos pendientes o atrasados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hope rating yet</source>
        <translation>Aún no hay calificación de esperanza</translation>
    </message>
    <message>
        <source>Hope {0} out of 10</source>
        <translation>Esperanza {0} de 10</translation>
    </message>
    <message>
        <source>{0}, the first rating</source>
        <translation>{0}, la primera calificación</translation>
    </message>
    <message>
        <source>{0}, up {1} since the rating before</source>
        <translation>{0}, subió {1} desde la calificación anterior</translation>
    </message>
    <message>
        <source>{0}, down {1} since the rating before</source>
        <translation>{0}, bajó {1} desde la calificación anterior</translation>
    </message>
    <message>
        <source>{0}, the same as the rating before</source>
        <translation>{0}, igual que la calificación anterior</translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation>No está en riesgo</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>No hay seguimiento previsto</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Caseload</source>
        <translation>Casos asignados</translation>
    </message>
    <message>
        <source>&lt;h2&gt;All caseloads&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todos los casos asignados&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mis casos asignados&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caseload&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Casos asignados&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Caseload message</source>
        <translation>Mensaje sobre los casos asignados</translation>
    </message>
    <message>
        <source>Facilitators work with groups, not caseloads, so there is no caseload to show here. Your groups, rosters and attendance are under Groups.</source>
        <translation>Los facilitadores trabajan con grupos, no con casos asignados, así que aquí no hay casos que mostrar. Sus grupos, listas de participantes y asistencia están en Grupos.</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Buscar por nombre…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>The table narrows as you type.</source>
        <translation>La tabla se reduce mientras escribe.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Buscar por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Active or paused</source>
        <translation>Activo o en pausa</translation>
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
        <source>Peer filter</source>
        <translation>Filtro de par</translation>
    </message>
    <message>
        <source>At &amp;risk only</source>
        <translation>Solo en &amp;riesgo</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>Solo en riesgo</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Peer</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Enter opens the selected participant. Click a column title to sort.</source>
        <translation>Enter abre el participante seleccionado. Haga clic en el título de una columna para ordenar.</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Números de fila</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Títulos de las columnas</translation>
    </message>
    <message>
        <source>How many participants are shown</source>
        <translation>Cuántos participantes se muestran</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Reasig&amp;nar…</translation>
    </message>
    <message>
        <source>Reassign the selected participants</source>
        <translation>Reasignar los participantes seleccionados</translation>
    </message>
    <message>
        <source>Move the selected participants to another peer&apos;s caseload</source>
        <translation>Pasar los participantes seleccionados a los casos asignados de otro par</translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation>Cargando los casos asignados…</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>Se muestran {0} de {1}</translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Reasignando…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n participant(s) to {0}&apos;s caseload.</source>
        <translation>
            <numerusform>Se pasó %n participante a los casos asignados de {0}.</numerusform>
            <numerusform>Se pasaron %n participantes a los casos asignados de {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign participants</source>
        <translation>Reasignar participantes</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected participant(s) to the caseload of:</source>
        <translation>
            <numerusform>Pasar %n participante seleccionado a los casos asignados de:</numerusform>
            <numerusform>Pasar los %n participantes seleccionados a los casos asignados de:</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers who can take a caseload</source>
        <translation>Pares que pueden tener casos asignados</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Reasignar</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Enter or double-click opens the item.</source>
        <translation>Pulse Enter o haga doble clic para abrir el elemento.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Loading today&apos;s list…</source>
        <translation>Cargando la lista de hoy…</translation>
    </message>
    <message>
        <source>Today&apos;s summary</source>
        <translation>Resumen de hoy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load today&apos;s list again (F5)</source>
        <translation>Volver a cargar la lista de hoy (F5)</translation>
    </message>
    <message>
        <source>&amp;Appointments today and tomorrow ({0})</source>
        <translation>&amp;Citas de hoy y mañana ({0})</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow</source>
        <translation>Citas de hoy y mañana</translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation>No hay citas hoy ni mañana.</translation>
    </message>
    <message>
        <source>Follow-&amp;ups due ({0})</source>
        <translation>Seg&amp;uimientos pendientes ({0})</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>Hoy no hay seguimientos pendientes.</translation>
    </message>
    <message>
        <source>At &amp;risk of disengaging ({0})</source>
        <translation>En &amp;riesgo de desvincularse ({0})</translation>
    </message>
    <message>
        <source>At risk of disengaging</source>
        <translation>En riesgo de desvincularse</translation>
    </message>
    <message>
        <source>Everyone has been in touch recently. No one looks at risk of disengaging.</source>
        <translation>Todas las personas han estado en contacto hace poco. Nadie parece estar en riesgo de desvincularse.</translation>
    </message>
    <message>
        <source>&amp;Group sessions today ({0})</source>
        <translation>Sesiones de &amp;grupo de hoy ({0})</translation>
    </message>
    <message>
        <source>Group sessions today</source>
        <translation>Sesiones de grupo de hoy</translation>
    </message>
    <message>
        <source>No group sessions today.</source>
        <translation>Hoy no hay sesiones de grupo.</translation>
    </message>
    <message>
        <source>Your &amp;trainings expiring soon ({0})</source>
        <translation>&amp;Sus capacitaciones por vencer ({0})</translation>
    </message>
    <message>
        <source>Your trainings expiring soon</source>
        <translation>Sus capacitaciones por vencer</translation>
    </message>
    <message>
        <source>Your trainings are all current for the next 60 days.</source>
        <translation>Todas sus capacitaciones están vigentes para los próximos 60 días.</translation>
    </message>
    <message>
        <source>&amp;Staff trainings to renew ({0})</source>
        <translation>Capacitaciones del &amp;personal por renovar ({0})</translation>
    </message>
    <message>
        <source>Staff trainings to renew</source>
        <translation>Capacitaciones del personal por renovar</translation>
    </message>
    <message>
        <source>Every staff member&apos;s trainings are current for the next 60 days.</source>
        <translation>Las capacitaciones de todo el personal están vigentes para los próximos 60 días.</translation>
    </message>
    <message>
        <source>Today&apos;s list couldn&apos;t be loaded.</source>
        <translation>No se pudo cargar la lista de hoy.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Hello, {0}. It&apos;s {1}.</source>
        <translation>Hola, {0}. Hoy es {1}.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>Your groups and trainings for today.</source>
        <translation>Sus grupos y capacitaciones de hoy.</translation>
    </message>
    <message>
        <source>No appointments today</source>
        <translation>No hay citas hoy</translation>
    </message>
    <message>
        <source>1 appointment today</source>
        <translation>1 cita hoy</translation>
    </message>
    <message>
        <source>{0} appointments today</source>
        <translation>{0} citas hoy</translation>
    </message>
    <message>
        <source>no follow-ups due</source>
        <translation>ningún seguimiento pendiente</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 seguimiento pendiente</translation>
    </message>
    <message>
        <source>{0} follow-ups due</source>
        <translation>{0} seguimientos pendientes</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Tomorrow {0}</source>
        <translation>Mañana {0}</translation>
    </message>
    <message>
        <source>Today {0}</source>
        <translation>Hoy {0}</translation>
    </message>
    <message>
        <source>{0} — {1} · {2}</source>
        <translation>{0} — {1} · {2}</translation>
    </message>
    <message>
        <source>{0}&apos;s caseload</source>
        <translation>Casos de {0}</translation>
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
        <source>No transport yet</source>
        <translation>Aún sin transporte</translation>
    </message>
    <message>
        <source>Reminder made</source>
        <translation>Recordatorio hecho</translation>
    </message>
    <message>
        <source>No reminder yet</source>
        <translation>Aún sin recordatorio</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 día de atraso</translation>
    </message>
    <message>
        <source>Overdue by {0} days</source>
        <translation>{0} días de atraso</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source> ({0} follow-ups open)</source>
        <translation> ({0} seguimientos abiertos)</translation>
    </message>
    <message>
        <source> · {0}&apos;s caseload</source>
        <translation> · casos de {0}</translation>
    </message>
    <message numerus="yes">
        <source>No contact or group attendance since intake, %n day(s) ago</source>
        <translation>
            <numerusform>Sin contactos ni asistencia a grupos desde el ingreso, hace %n día</numerusform>
            <numerusform>Sin contactos ni asistencia a grupos desde el ingreso, hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact or group attendance for %n day(s)</source>
        <translation>
            <numerusform>Sin contactos ni asistencia a grupos desde hace %n día</numerusform>
            <numerusform>Sin contactos ni asistencia a grupos desde hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed the last %n group session(s) in a row</source>
        <translation>
            <numerusform>No asistió a la última sesión de grupo</numerusform>
            <numerusform>No asistió a las últimas %n sesiones de grupo seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}&apos;s caseload</source>
        <translation>{0} · casos de {1}</translation>
    </message>
    <message>
        <source>No schedule written down</source>
        <translation>Sin horario anotado</translation>
    </message>
    <message>
        <source>{0} · Today&apos;s session is set up</source>
        <translation>{0} · La sesión de hoy ya está preparada</translation>
    </message>
    <message>
        <source>1 person on the roster</source>
        <translation>1 persona en la lista</translation>
    </message>
    <message>
        <source>{0} people on the roster</source>
        <translation>{0} personas en la lista</translation>
    </message>
    <message>
        <source>Expired {0} days ago ({1})</source>
        <translation>Venció hace {0} días ({1})</translation>
    </message>
    <message>
        <source>Expired yesterday ({0})</source>
        <translation>Venció ayer ({0})</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <source>Expires in {0} days ({1})</source>
        <translation>Vence en {0} días ({1})</translation>
    </message>
    <message>
        <source>1 staff member has a training expired or expiring within 60 days</source>
        <translation>1 miembro del personal tiene una capacitación por renovar
Vencida o que vence en los próximos 60 días</translation>
    </message>
    <message>
        <source>{0} staff members have trainings expired or expiring within 60 days</source>
        <translation>{0} miembros del personal tienen capacitaciones por renovar
Vencidas o que vencen en los próximos 60 días</translation>
    </message>
</context>
</TS>
