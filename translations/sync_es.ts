<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddComputerDialog</name>
    <message>
        <source>PeerDesk enrolment files (*.pdenrol);;All files (*)</source>
        <translation>Archivos de registro de PeerDesk (*.pdenrol);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Facilitator: groups, sessions, attendance and training; no caseload</source>
        <translation>Facilitador: grupos, sesiones, asistencia y capacitación; sin casos asignados</translation>
    </message>
    <message>
        <source>Peer: also participants&apos; records and notes</source>
        <translation>Par: también los registros y notas de los participantes</translation>
    </message>
    <message>
        <source>Coordinator: everything, and can add computers</source>
        <translation>Coordinador: todo, y puede agregar computadoras</translation>
    </message>
    <message>
        <source>Add a computer</source>
        <translation>Agregar una computadora</translation>
    </message>
    <message>
        <source>e.g. Pia&apos;s laptop</source>
        <translation>p. ej., la laptop de Pía</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre de la computadora</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Quién la usa</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file</source>
        <translation>Elegir dónde guardar el archivo de registro</translation>
    </message>
    <message>
        <source>Computer &amp;name</source>
        <translation>&amp;Nombre de la computadora</translation>
    </message>
    <message>
        <source>&amp;Who uses it</source>
        <translation>&amp;Quién la usa</translation>
    </message>
    <message>
        <source>Save the &amp;enrolment file to</source>
        <translation>Guardar el &amp;archivo de registro en</translation>
    </message>
    <message>
        <source>PeerDesk writes an enrolment file for the new computer and shows a one-time code. The file is useless without the code.</source>
        <translation>PeerDesk crea un archivo de registro para la nueva computadora y muestra un código de un solo uso. El archivo no sirve sin el código.</translation>
    </message>
    <message>
        <source>&amp;Make the enrolment file</source>
        <translation>&amp;Crear el archivo de registro</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Guardar el archivo de registro</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>The code for {0}</source>
        <translation>El código para {0}</translation>
    </message>
    <message>
        <source>The enrolment file for &lt;b&gt;{0}&lt;/b&gt; is saved as {1}.</source>
        <translation>El archivo de registro para &lt;b&gt;{0}&lt;/b&gt; se guardó como {1}.</translation>
    </message>
    <message>
        <source>Its one-time code:</source>
        <translation>Su código de un solo uso:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Give the code separately from the file, by phone or in person, never in the same email or on the same USB stick. On the new computer, sign in to PeerDesk, go to Sync and choose “Enrol this computer…”, then type the code.

Write it down now: it isn&apos;t shown again. If it&apos;s lost, add the computer again.</source>
        <translation>Entregue el código aparte del archivo, por teléfono o en persona, nunca en el mismo correo electrónico ni en la misma memoria USB. En la nueva computadora, inicie sesión en PeerDesk, vaya a Sincronización y elija “Registrar esta computadora…”; luego escriba el código.

Anótelo ahora: no se vuelve a mostrar. Si se pierde, agregue la computadora de nuevo.</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;written it down</source>
        <translation>Ya lo &amp;anoté</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Waiting to be enrolled</source>
        <translation>Esperando el registro</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>No caseload</source>
        <translation>Sin casos asignados</translation>
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
        <source>Computers that sync</source>
        <translation>Computadoras que se sincronizan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>Can add computers</source>
        <translation>Agrega computadoras</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computadoras</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al servidor central…</translation>
    </message>
    <message>
        <source>&amp;Stop this computer syncing…</source>
        <translation>&amp;Detener la sincronización de esta computadora…</translation>
    </message>
    <message>
        <source>A stopped computer can no longer send or receive changes. What it already holds stays on it, so keep it locked away or wipe it.</source>
        <translation>Una computadora detenida ya no puede enviar ni recibir cambios. Lo que ya tiene se queda en ella, así que guárdela bajo llave o bórrela.</translation>
    </message>
    <message>
        <source>No computers yet.</source>
        <translation>Todavía no hay computadoras.</translation>
    </message>
    <message>
        <source>Stop a computer syncing</source>
        <translation>Detener la sincronización de una computadora</translation>
    </message>
    <message>
        <source>Stop “{0}” syncing? It will no longer send or receive changes. This can&apos;t be undone: to use it again, add it again.</source>
        <translation>¿Detener la sincronización de “{0}”? Ya no enviará ni recibirá cambios. Esto no se puede deshacer: para volver a usarla, agréguela de nuevo.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Registrar esta computadora</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>Elegir el archivo de registro</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Enrolment &amp;file</source>
        <translation>&amp;Archivo de registro</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Código de un solo uso</translation>
    </message>
    <message>
        <source>Your coordinator gives you an enrolment file (on a USB stick, say) and, separately, its one-time code. Capitals and dashes don&apos;t matter.</source>
        <translation>Su coordinador le da un archivo de registro (por ejemplo, en una memoria USB) y, por separado, su código de un solo uso. Las mayúsculas y los guiones no importan.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>status {0}</source>
        <comment>an HTTP status code</comment>
        <translation>estado {0}</translation>
    </message>
    <message>
        <source>Can&apos;t reach the sync hub at {0} right now. Your work is safe on this computer; it will sync when the hub is reachable.</source>
        <translation>No se puede conectar ahora con el servidor central de sincronización en {0}. Su trabajo está seguro en esta computadora; se sincronizará cuando se pueda conectar.</translation>
    </message>
    <message>
        <source>The hub doesn&apos;t recognise this computer. Ask your coordinator to enrol it again.</source>
        <translation>El servidor central no reconoce esta computadora. Pida a su coordinador que la registre de nuevo.</translation>
    </message>
    <message>
        <source>The hub refused this computer: it may have been removed from the program&apos;s devices ({0}). Ask your coordinator.</source>
        <translation>El servidor central rechazó esta computadora: puede que la hayan quitado de los dispositivos del programa ({0}). Consulte a su coordinador.</translation>
    </message>
    <message>
        <source>The sync hub couldn&apos;t do that: {0}.</source>
        <translation>El servidor central de sincronización no pudo hacerlo: {0}.</translation>
    </message>
    <message>
        <source>The hub sent a damaged change ({0}).</source>
        <translation>El servidor central envió un cambio dañado ({0}).</translation>
    </message>
</context>
<context>
    <name>JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Unirse a un servidor central</translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation>p. ej., https://hub.example.org</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor central</translation>
    </message>
    <message>
        <source>Setup token</source>
        <translation>Token de configuración</translation>
    </message>
    <message>
        <source>printed by the hub when it was started</source>
        <translation>el que mostró el servidor central al iniciarse</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>&amp;Dirección del servidor central</translation>
    </message>
    <message>
        <source>Setup &amp;token</source>
        <translation>&amp;Token de configuración</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de esta computadora</translation>
    </message>
    <message>
        <source>Whoever started the hub has its address and the setup token it printed. The hub only ever stores encrypted changes; it can&apos;t read them.</source>
        <translation>Quien puso en marcha el servidor central (hub) tiene su dirección y el token de configuración que mostró. El servidor central solo guarda cambios cifrados; no puede leerlos.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Phone, email or address</source>
        <translation>Teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consentimiento para compartir</translation>
    </message>
    <message>
        <source>Safety plan contact</source>
        <translation>Contacto del plan de seguridad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goal step</source>
        <translation>Paso de una meta</translation>
    </message>
    <message>
        <source>Goal note</source>
        <translation>Nota de una meta</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group facilitator</source>
        <translation>Facilitador de grupo</translation>
    </message>
    <message>
        <source>Group roster</source>
        <translation>Lista del grupo</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Marca de asistencia</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Required training</source>
        <translation>Capacitación requerida</translation>
    </message>
    <message>
        <source>Training hours rule</source>
        <translation>Regla de horas de capacitación</translation>
    </message>
    <message>
        <source>Supervision target</source>
        <translation>Meta de supervisión</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Registro de capacitación</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>Sesión de supervisión</translation>
    </message>
    <message>
        <source>This computer isn&apos;t set up to sync yet. A coordinator joins the program to a hub (&apos;peerdesk sync setup&apos;), or enrols this computer (&apos;peerdesk enroll FILE&apos;).</source>
        <translation>Esta computadora todavía no está configurada para sincronizar. Un coordinador une el programa a un servidor central (&apos;peerdesk sync setup&apos;) o registra esta computadora (&apos;peerdesk enroll ARCHIVO&apos;).</translation>
    </message>
    <message>
        <source>This computer has no sync hub. Use USB bundles, or ask your coordinator.</source>
        <translation>Esta computadora no tiene servidor central de sincronización. Use paquetes USB o consulte a su coordinador.</translation>
    </message>
    <message>
        <source>join the program to a sync hub</source>
        <comment>Only a coordinator can …</comment>
        <translation>unir el programa a un servidor central de sincronización</translation>
    </message>
    <message>
        <source>This computer was enrolled as a device; it can&apos;t set up a hub.</source>
        <translation>Esta computadora se registró como dispositivo; no puede configurar un servidor central.</translation>
    </message>
    <message>
        <source>The hub didn&apos;t accept that setup token. A token works once, on a hub that isn&apos;t set up yet; whoever runs the hub can print a new one with &apos;peerdesk-hub setup-token&apos;.</source>
        <translation>El servidor central no aceptó ese token de configuración. Un token sirve una sola vez, en un servidor central que todavía no está configurado; quien administra el servidor central puede generar uno nuevo con &apos;peerdesk-hub setup-token&apos;.</translation>
    </message>
    <message>
        <source>set up syncing</source>
        <comment>Only a coordinator can …</comment>
        <translation>configurar la sincronización</translation>
    </message>
    <message>
        <source>add a device</source>
        <comment>Only a coordinator can …</comment>
        <translation>agregar un dispositivo</translation>
    </message>
    <message>
        <source>Give the device a name of up to 80 characters.</source>
        <translation>Dé al dispositivo un nombre de hasta 80 caracteres.</translation>
    </message>
    <message>
        <source>Computers can only be added from the coordinator&apos;s computer that set up syncing (or another one enrolled for a coordinator).</source>
        <translation>Solo se pueden agregar computadoras desde la computadora del coordinador que configuró la sincronización (o desde otra registrada para un coordinador).</translation>
    </message>
    <message>
        <source>This computer is already enrolled.</source>
        <translation>Esta computadora ya está registrada.</translation>
    </message>
    <message>
        <source>{0} isn&apos;t a PeerDesk enrolment file.</source>
        <translation>{0} no es un archivo de registro de PeerDesk.</translation>
    </message>
    <message>
        <source>The code doesn&apos;t match this enrolment file. Check it and try again.</source>
        <translation>El código no corresponde a este archivo de registro. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>see the program&apos;s devices</source>
        <comment>Only a coordinator can …</comment>
        <translation>ver los dispositivos del programa</translation>
    </message>
    <message>
        <source>remove a device</source>
        <comment>Only a coordinator can …</comment>
        <translation>quitar un dispositivo</translation>
    </message>
    <message>
        <source>There&apos;s no device called &apos;{0}&apos;.</source>
        <translation>No hay ningún dispositivo llamado &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Several devices are called &apos;{0}&apos;.</source>
        <translation>Hay varios dispositivos llamados &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>A change from the hub failed its safety check, so nothing from it was applied ({0}). Tell your coordinator.</source>
        <translation>Un cambio del servidor central no pasó su control de seguridad, así que no se aplicó nada de él ({0}). Avísele a su coordinador.</translation>
    </message>
    <message>
        <source>{0} is damaged or was changed after it was made, so nothing was imported. Export a new bundle on the other computer.</source>
        <translation>{0} está dañado o se modificó después de crearlo, así que no se importó nada. Guarde un paquete nuevo en la otra computadora.</translation>
    </message>
    <message>
        <source>Can&apos;t read {0}. Check the USB stick.</source>
        <translation>No se puede leer {0}. Revise la memoria USB.</translation>
    </message>
    <message>
        <source>{0} isn&apos;t a PeerDesk bundle.</source>
        <translation>{0} no es un paquete de PeerDesk.</translation>
    </message>
    <message>
        <source>{0} is damaged, was changed, or belongs to another program, so nothing was imported.</source>
        <translation>{0} está dañado, se modificó o pertenece a otro programa, así que no se importó nada.</translation>
    </message>
    <message>
        <source>{0} belongs to another program.</source>
        <translation>{0} pertenece a otro programa.</translation>
    </message>
    <message>
        <source>{0} comes from a computer this program&apos;s coordinator didn&apos;t enrol, so nothing was imported.</source>
        <translation>{0} viene de una computadora que el coordinador de este programa no registró, así que no se importó nada.</translation>
    </message>
    <message>
        <source>{0} was already imported; nothing changed.</source>
        <translation>{0} ya se había importado; no cambió nada.</translation>
    </message>
    <message>
        <source>{0} is older than a bundle from the same computer that was already imported, so it was refused. Use the newest bundle.</source>
        <translation>{0} es más antiguo que un paquete de la misma computadora que ya se importó, así que se rechazó. Use el paquete más reciente.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>Participante {0}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>That item was already dealt with.</source>
        <translation>Ese punto ya se resolvió.</translation>
    </message>
    <message>
        <source>The record this was about no longer exists.</source>
        <translation>El registro al que se refería ya no existe.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Sincroniza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>PeerDesk bundles (*.pdbundle);;All files (*)</source>
        <translation>Paquetes de PeerDesk (*.pdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not connected. Your work is safe on this computer; it will sync when the hub can be reached.</source>
        <translation>Sin conexión. Su trabajo está seguro en esta computadora; se sincronizará cuando se pueda conectar con el servidor central.</translation>
    </message>
    <message>
        <source>groups, sessions and attendance</source>
        <translation>grupos, sesiones y asistencia</translation>
    </message>
    <message>
        <source>participants&apos; records</source>
        <translation>registros de los participantes</translation>
    </message>
    <message>
        <source>training and supervision</source>
        <translation>capacitación y supervisión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Hace un momento</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <source>{0}: deleted by {1} while {2} changed {3}</source>
        <translation>{0}: {1} lo borró mientras {2} cambiaba {3}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>De quién (conservado)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>De quién (otro)</translation>
    </message>
    <message>
        <source>How this computer syncs</source>
        <translation>Cómo se sincroniza esta computadora</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <source>What it receives</source>
        <translation>Qué recibe</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+S)</source>
        <translation>Enviar y recibir cambios ahora (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a &amp;bundle to a USB stick…</source>
        <translation>Guardar un &amp;paquete en una memoria USB…</translation>
    </message>
    <message>
        <source>Br&amp;ing in a bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Unirse a un servidor central…</translation>
    </message>
    <message>
        <source>&amp;Add a computer…</source>
        <translation>&amp;Agregar una computadora…</translation>
    </message>
    <message>
        <source>&amp;Computers…</source>
        <translation>C&amp;omputadoras…</translation>
    </message>
    <message>
        <source>&amp;Enrol this computer…</source>
        <translation>&amp;Registrar esta computadora…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Para revisar</translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation>El punto elegido</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>&amp;Mantener este valor</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Usar el otro &amp;valor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sincronización&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Todavía no está configurada</translation>
    </message>
    <message>
        <source>With the hub at {0}</source>
        <translation>Con el servidor central en {0}</translation>
    </message>
    <message>
        <source>By USB bundles only (no hub)</source>
        <translation>Solo con paquetes USB (sin servidor central)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review below.</source>
        <translation>
            <numerusform>%n cambio para revisar abajo.</numerusform>
            <numerusform>%n cambios para revisar abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to {0}. It is encrypted: only this program&apos;s computers can read it. On the other computer, choose “Bring in a bundle…”.</source>
        <translation>
            <numerusform>Se guardó %n registro en {0}. Está cifrado: solo las computadoras de este programa pueden leerlo. En la otra computadora, elija “Importar un paquete…”.</numerusform>
            <numerusform>Se guardaron %n registros en {0}. Está cifrado: solo las computadoras de este programa pueden leerlo. En la otra computadora, elija “Importar un paquete…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer isn&apos;t set up to sync. Join a hub if your program has one, or add a computer to share work with it by USB bundles. Your work stays on this computer until then.</source>
        <translation>Esta computadora no está configurada para sincronizar. Únase a un servidor central si su programa tiene uno, o agregue una computadora para compartir el trabajo con ella mediante paquetes USB. Hasta entonces, su trabajo se queda en esta computadora.</translation>
    </message>
    <message>
        <source>This computer isn&apos;t set up to sync. Ask your coordinator for an enrolment file and its one-time code, then choose “Enrol this computer…”.</source>
        <translation>Esta computadora no está configurada para sincronizar. Pida a su coordinador un archivo de registro y su código de un solo uso; luego elija “Registrar esta computadora…”.</translation>
    </message>
    <message>
        <source>Syncs by itself every 5 minutes while PeerDesk is unlocked.</source>
        <translation>Se sincroniza sola cada 5 minutos mientras PeerDesk está desbloqueado.</translation>
    </message>
    <message>
        <source>Save a bundle to a USB stick and bring it in on the other computer, and the other way round.</source>
        <translation>Guarde un paquete en una memoria USB e impórtelo en la otra computadora, y lo mismo en sentido contrario.</translation>
    </message>
    <message>
        <source>This computer has no hub: use USB bundles.</source>
        <translation>Esta computadora no tiene servidor central: use paquetes USB.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sending and receiving changes…</source>
        <translation>Enviando y recibiendo cambios…</translation>
    </message>
    <message>
        <source>Up to date: nothing to send or receive.</source>
        <translation>Al día: no hay nada que enviar ni recibir.</translation>
    </message>
    <message>
        <source>Sent {0} and received {1} changes.</source>
        <translation>Cambios enviados: {0}; recibidos: {1}.</translation>
    </message>
    <message>
        <source>The hub hasn&apos;t taken every change yet; the rest go next time.</source>
        <translation>El servidor central todavía no recibió todos los cambios; el resto se enviará la próxima vez.</translation>
    </message>
    <message>
        <source>Sync stopped before it finished; the rest goes next time.</source>
        <translation>La sincronización se detuvo antes de terminar; el resto se hará la próxima vez.</translation>
    </message>
    <message>
        <source>This computer can&apos;t sync any more. {0}</source>
        <translation>Esta computadora ya no puede sincronizarse. {0}</translation>
    </message>
    <message>
        <source>Couldn&apos;t sync: {0}</source>
        <translation>No se pudo sincronizar: {0}</translation>
    </message>
    <message>
        <source>Save a bundle</source>
        <translation>Guardar un paquete</translation>
    </message>
    <message>
        <source>Saving the bundle…</source>
        <translation>Guardando el paquete…</translation>
    </message>
    <message>
        <source>Bring in a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Bringing in the bundle…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <source>Brought in {0}: {1} record(s) changed.</source>
        <translation>Se importó {0}: cambiaron {1} registro(s).</translation>
    </message>
    <message>
        <source>{0} change(s) need review: see “Needs review”.</source>
        <translation>{0} cambio(s) para revisar: vea “Para revisar”.</translation>
    </message>
    <message>
        <source>Needs review ({0})</source>
        <translation>Para revisar ({0})</translation>
    </message>
    <message>
        <source>Two people changed the same thing on different computers. PeerDesk kept the later change; look at each and choose. Your choice syncs like any edit.</source>
        <translation>Dos personas cambiaron lo mismo en computadoras distintas. PeerDesk conservó el cambio más reciente; revise cada uno y elija. Su elección se sincroniza como cualquier otro cambio.</translation>
    </message>
    <message>
        <source>Nothing needs review.</source>
        <translation>No hay nada para revisar.</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Mantenerlo borrado</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>Res&amp;taurarlo</translation>
    </message>
    <message>
        <source>{0} deleted this on {1}. {2} changed {3} to “{4}” on {5}.</source>
        <translation>{0} borró esto el {1}. {2} cambió {3} a “{4}” el {5}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept&lt;/b&gt; ({0}, {1}): {2}&lt;br&gt;&lt;b&gt;Other value&lt;/b&gt; ({3}, {4}): {5}</source>
        <translation>&lt;b&gt;Conservado&lt;/b&gt; ({0}, {1}): {2}&lt;br&gt;&lt;b&gt;Otro valor&lt;/b&gt; ({3}, {4}): {5}</translation>
    </message>
    <message>
        <source>{0}&apos;s computer</source>
        <translation>Computadora de {0}</translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation>Uniéndose al servidor central…</translation>
    </message>
    <message>
        <source>Join a hub</source>
        <translation>Unirse a un servidor central</translation>
    </message>
    <message>
        <source>This computer now syncs with the hub at {0}. Add the program&apos;s other computers with “Add a computer…”.</source>
        <translation>Esta computadora ahora se sincroniza con el servidor central en {0}. Agregue las otras computadoras del programa con “Agregar una computadora…”.</translation>
    </message>
    <message>
        <source>Making the enrolment file…</source>
        <translation>Creando el archivo de registro…</translation>
    </message>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Registrando esta computadora…</translation>
    </message>
    <message>
        <source>with the hub at {0}</source>
        <translation>con el servidor central en {0}</translation>
    </message>
    <message>
        <source>by USB bundles</source>
        <translation>mediante paquetes USB</translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation>Registrar esta computadora</translation>
    </message>
    <message>
        <source>This computer ({0}) is enrolled and syncs {1}.</source>
        <translation>Esta computadora ({0}) está registrada y se sincroniza {1}.</translation>
    </message>
</context>
</TS>
