<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CertificateWindow</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Training requirements</source>
        <translation>Requisitos de capacitación</translation>
    </message>
    <message>
        <source>Required trainings</source>
        <translation>Capacitaciones requeridas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Renew every</source>
        <translation>Renovar cada</translation>
    </message>
    <message>
        <source>Training, e.g. Crisis response</source>
        <translation>Capacitación, p. ej. Respuesta a crisis</translation>
    </message>
    <message>
        <source>New required training</source>
        <translation>Nueva capacitación requerida</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no vence</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen one</source>
        <translation>&amp;Quitar la elegida</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>In any</source>
        <translation>En cualquier período de</translation>
    </message>
    <message>
        <source>Hour rules</source>
        <translation>Reglas de horas</translation>
    </message>
    <message>
        <source>Name, e.g. Continuing education</source>
        <translation>Nombre, p. ej. Educación continua</translation>
    </message>
    <message>
        <source>Name of the rule</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation>Período en meses</translation>
    </message>
    <message>
        <source>Category (blank: any)</source>
        <translation>Categoría (vacía: todas)</translation>
    </message>
    <message>
        <source>Category of the rule</source>
        <translation>Categoría de la regla</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Agr&amp;egar</translation>
    </message>
    <message>
        <source>R&amp;emove the chosen one</source>
        <translation>Q&amp;uitar la elegida</translation>
    </message>
    <message>
        <source> minutes a month</source>
        <translation> minutos al mes</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>Supervision target for {0}</source>
        <translation>Objetivo de supervisión para {0}</translation>
    </message>
    <message>
        <source>&amp;Save the targets</source>
        <translation>&amp;Guardar los objetivos</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>self-care</source>
        <translation>autocuidado</translation>
    </message>
    <message>
        <source>burnout check-in</source>
        <translation>revisión del desgaste</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>caseload review</source>
        <translation>revisión de casos asignados</translation>
    </message>
    <message>
        <source>Log supervision</source>
        <translation>Registrar supervisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Other topics, separated by commas</source>
        <translation>Otros temas, separados por comas</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything to remember. Please leave out names.</source>
        <translation>Lo que quiera recordar. Por favor, no incluya nombres.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;How long</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Editar capacitación</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Agregar una capacitación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>e.g. core, ethics, ceu</source>
        <translation>p. ej. básica, ética, educación continua</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>It &amp;expires</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin horas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Already attached (choose another to replace it)</source>
        <translation>Ya adjuntado (elija otro para reemplazarlo)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Capacitación</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>C&amp;ompleted on</source>
        <translation>C&amp;ompletada el</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>Certificate (PDF or picture)</source>
        <translation>Certificado (PDF o imagen)</translation>
    </message>
    <message>
        <source>The certificate is kept encrypted inside PeerDesk.</source>
        <translation>El certificado se guarda cifrado dentro de PeerDesk.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Elija el certificado</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Staff training&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capacitación del personal&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My training&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mi capacitación&lt;/h2&gt;</translation>
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
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Requirements…</source>
        <translation>&amp;Requisitos…</translation>
    </message>
    <message>
        <source>What each role must hold, hours per period and supervision targets</source>
        <translation>Lo que cada rol debe tener al día, horas por período y objetivos de supervisión</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Requirements and status</source>
        <translation>Requisitos y estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Yes — Enter opens it</source>
        <translation>Sí — Enter lo abre</translation>
    </message>
    <message>
        <source>Trainings done</source>
        <translation>Capacitaciones realizadas</translation>
    </message>
    <message>
        <source>&amp;Add a training…</source>
        <translation>&amp;Agregar una capacitación…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Open certificate</source>
        <translation>&amp;Ver certificado</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>¿Cumplido?</translation>
    </message>
    <message>
        <source>Supervision by month</source>
        <translation>Supervisión por mes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Supervision log</source>
        <translation>Registro de supervisión</translation>
    </message>
    <message>
        <source>&amp;Log supervision…</source>
        <translation>Registrar &amp;supervisión…</translation>
    </message>
    <message>
        <source>Each month against the target</source>
        <translation>Cada mes frente al objetivo</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, la más reciente primero</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>{label}: {done} of {required} h</source>
        <translation>{label}: {done} de {required} h</translation>
    </message>
    <message>
        <source>{label} hours: {status}</source>
        <translation>Horas de {label}: {status}</translation>
    </message>
    <message>
        <source>supervision below target last month</source>
        <translation>supervisión por debajo del objetivo el mes pasado</translation>
    </message>
    <message>
        <source>{minutes} of {target} minutes in {month}</source>
        <translation>{minutes} de {target} minutos en {month}</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Todavía no realizada</translation>
    </message>
    <message>
        <source>Completed {0}</source>
        <translation>Completada el {0}</translation>
    </message>
    <message>
        <source>Completed {0}, expired {1}</source>
        <translation>Completada el {0}, venció el {1}</translation>
    </message>
    <message>
        <source>Completed {0}, expires {1}</source>
        <translation>Completada el {0}, vence el {1}</translation>
    </message>
    <message>
        <source>{done} of {required} hours between {start} and {end}</source>
        <translation>{done} de {required} horas entre el {start} y el {end}</translation>
    </message>
    <message>
        <source>{0} (hours)</source>
        <translation>{0} (horas)</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Loading training…</source>
        <translation>Cargando la capacitación…</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>No trainings are required for the {0} role yet. A coordinator sets them with Requirements…</source>
        <translation>Todavía no hay capacitaciones requeridas para el rol de {0}. Un coordinador las define en Requisitos…</translation>
    </message>
    <message>
        <source>A certificate can be at most 20 MB.</source>
        <translation>Un certificado puede pesar como máximo 20 MB.</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read. Check it is still there and try again.</source>
        <translation>No se pudo leer ese archivo. Revise que siga ahí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Add a training for {0}</source>
        <translation>Agregar una capacitación para {0}</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Agregar una capacitación</translation>
    </message>
    <message>
        <source>Choose a training first.</source>
        <translation>Primero elija una capacitación.</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Editar capacitación</translation>
    </message>
    <message>
        <source>Remove training</source>
        <translation>Quitar capacitación</translation>
    </message>
    <message>
        <source>Remove {0} ({1}) and its certificate from the record?</source>
        <translation>¿Quitar {0} ({1}) y su certificado del registro?</translation>
    </message>
    <message>
        <source>That training has no certificate yet.</source>
        <translation>Esa capacitación todavía no tiene certificado.</translation>
    </message>
    <message>
        <source>This certificate file can&apos;t be shown. Attach it again from the original.</source>
        <translation>Este archivo de certificado no se puede mostrar. Adjúntelo de nuevo desde el original.</translation>
    </message>
    <message>
        <source>Certificate: {0}, {1}</source>
        <translation>Certificado: {0}, {1}</translation>
    </message>
    <message>
        <source>Log supervision</source>
        <translation>Registrar supervisión</translation>
    </message>
</context>
</TS>
