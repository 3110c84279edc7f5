<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Access</name>
    <message>
        <source>add users</source>
        <comment>Only a coordinator can …</comment>
        <translation>agregar usuarios</translation>
    </message>
    <message>
        <source>change another person&apos;s passphrase</source>
        <comment>Only a coordinator can …</comment>
        <translation>cambiar la frase de contraseña de otra persona</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>PeerDesk locked itself after a while without use. Sign in to carry on.</source>
        <translation>PeerDesk se bloqueó solo tras un rato sin uso. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>A new passphrase is set for {0}. Sign in with it.</source>
        <translation>Se estableció una nueva frase de contraseña para {0}. Inicie sesión con ella.</translation>
    </message>
    <message>
        <source>Opening PeerDesk…</source>
        <translation>Abriendo PeerDesk…</translation>
    </message>
    <message>
        <source>PeerDesk hit a problem it didn&apos;t expect. Your saved work is safe.</source>
        <translation>PeerDesk encontró un problema inesperado. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <source>A report without personal data was saved to {0}.</source>
        <translation>Se guardó un informe del error, sin datos personales, en {0}.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The passphrase file {0} doesn&apos;t exist.</source>
        <translation>El archivo de la frase de contraseña {0} no existe.</translation>
    </message>
    <message>
        <source>The passphrase file {0} can&apos;t be read.</source>
        <translation>No se puede leer el archivo de la frase de contraseña {0}.</translation>
    </message>
    <message>
        <source>The new passphrase file {0} doesn&apos;t exist.</source>
        <translation>El archivo de la nueva frase de contraseña {0} no existe.</translation>
    </message>
    <message>
        <source>The new passphrase file {0} can&apos;t be read.</source>
        <translation>No se puede leer el archivo de la nueva frase de contraseña {0}.</translation>
    </message>
    <message>
        <source>The recovery key file {0} doesn&apos;t exist.</source>
        <translation>El archivo de la clave de recuperación {0} no existe.</translation>
    </message>
    <message>
        <source>The recovery key file {0} can&apos;t be read.</source>
        <translation>No se puede leer el archivo de la clave de recuperación {0}.</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>Frase de contraseña de {0}: </translation>
    </message>
    <message>
        <source>No passphrase given. Use --passphrase-file or set PEERDESK_PASSPHRASE.</source>
        <translation>No se indicó la frase de contraseña. Use --passphrase-file o defina PEERDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No new passphrase given. Use --new-passphrase-file or set PEERDESK_NEW_PASSPHRASE.</source>
        <translation>No se indicó la nueva frase de contraseña. Use --new-passphrase-file o defina PEERDESK_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>New passphrase for {0}: </source>
        <translation>Nueva frase de contraseña de {0}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases didn&apos;t match. Nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se cambió nada.</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Indique quién es usted con --user NOMBRE.</translation>
    </message>
    <message>
        <source>The first user must be a coordinator, so someone can add the others.</source>
        <translation>El primer usuario debe ser coordinador, para que alguien pueda agregar a los demás.</translation>
    </message>
    <message>
        <source>There is already a vault in {0}.</source>
        <translation>Ya hay una bóveda en {0}.</translation>
    </message>
    <message>
        <source>Created a vault in {folder} for {user} (coordinator).

Your recovery key is below. Write it down or print it, and keep it somewhere safe
away from this computer. It is shown only this once. Anyone who has it can open
the vault, and it is the only way back in if every passphrase is forgotten.</source>
        <translation>Se creó una bóveda en {folder} para {user} (coordinador).

Su clave de recuperación aparece abajo. Anótela o imprímala y guárdela en un lugar
seguro, lejos de esta computadora. Se muestra solo esta vez. Cualquier persona que la
tenga puede abrir la bóveda, y es la única forma de volver a entrar si se olvidan
todas las frases de contraseña.</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>Se agregó a {name} como {role}.</translation>
    </message>
    <message>
        <source>Changed the passphrase for {0}.</source>
        <translation>Se cambió la frase de contraseña de {0}.</translation>
    </message>
    <message>
        <source>added {0}</source>
        <comment>user list: the day a user was added</comment>
        <translation>desde {0}</translation>
    </message>
    <message>
        <source>{name} is now a {role}. Their training requirements follow the new role.</source>
        <translation>{name} ahora es {role}. Sus requisitos de capacitación pasan a ser los del nuevo rol.</translation>
    </message>
    <message>
        <source>Removed {0}. They can no longer open this vault.</source>
        <translation>Se quitó a {0}. Ya no puede abrir esta bóveda.</translation>
    </message>
    <message>
        <source>Recovery key (the groups of letters and digits on the sheet): </source>
        <translation>Clave de recuperación (los grupos de letras y números de la hoja): </translation>
    </message>
    <message>
        <source>No recovery key given. Use --recovery-key-file.</source>
        <translation>No se indicó la clave de recuperación. Use --recovery-key-file.</translation>
    </message>
    <message>
        <source>Set a new passphrase for {0}. Keep the recovery sheet safe; it still works.</source>
        <translation>Se definió una nueva frase de contraseña para {0}. Guarde la hoja de recuperación en un lugar seguro; sigue sirviendo.</translation>
    </message>
    <message>
        <source>Key file: one copy was damaged and has been repaired from the other.</source>
        <translation>Archivo de claves: una copia estaba dañada y se reparó a partir de la otra.</translation>
    </message>
    <message>
        <source>Key file: both copies are good.</source>
        <translation>Archivo de claves: las dos copias están bien.</translation>
    </message>
    <message numerus="yes">
        <source>Data: %n damaged part(s) found.</source>
        <translation>
            <numerusform>Datos: se encontró %n parte dañada.</numerusform>
            <numerusform>Datos: se encontraron %n partes dañadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: every page passed the integrity check.</source>
        <translation>Datos: todas las páginas pasaron la comprobación de integridad.</translation>
    </message>
    <message>
        <source>Schema: version {0} (current).</source>
        <translation>Esquema: versión {0} (al día).</translation>
    </message>
    <message>
        <source>Schema: version {0} (needs an upgrade).</source>
        <translation>Esquema: versión {0} (necesita una actualización).</translation>
    </message>
    <message>
        <source>The vault&apos;s data is damaged. Restore the newest backup with &apos;peerdesk restore&apos;.</source>
        <translation>Los datos de la bóveda están dañados. Restaure la copia de seguridad más reciente con &apos;peerdesk restore&apos;.</translation>
    </message>
    <message>
        <source>{0} already exists. Choose a new file name.</source>
        <translation>{0} ya existe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder {0} doesn&apos;t exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>Wrote an encrypted backup to {file} ({size} KiB). It opens only with a passphrase or the recovery key of this vault.</source>
        <translation>Se guardó una copia de seguridad cifrada en {file} ({size} KiB). Solo se abre con una frase de contraseña o la clave de recuperación de esta bóveda.</translation>
    </message>
    <message>
        <source>Restored the vault in {folder} from {file}.</source>
        <translation>Se restauró la bóveda en {folder} a partir de {file}.</translation>
    </message>
    <message>
        <source>The vault couldn&apos;t be opened, so it was moved to {aside} as it was, and {folder} was restored from {file}.</source>
        <translation>No se pudo abrir la bóveda, así que se movió tal como estaba a {aside}, y se restauró {folder} a partir de {file}.</translation>
    </message>
    <message>
        <source>Only a coordinator can restore a backup. Nothing was changed.</source>
        <translation>Solo un coordinador puede restaurar una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restored the vault from {file}. The data as it was before is kept in {kept}.</source>
        <translation>Se restauró la bóveda a partir de {file}. Los datos tal como estaban antes se guardan en {kept}.</translation>
    </message>
    <message>
        <source>The file {0} can&apos;t be read.</source>
        <translation>No se puede leer el archivo {0}.</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n de-identified {kind} row(s) to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</source>
        <translation>
            <numerusform>Se guardó %n fila de {kind} sin datos de identificación en {file}. Este archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando termine.</numerusform>
            <numerusform>Se guardaron %n filas de {kind} sin datos de identificación en {file}. Este archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n {kind} row(s) to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</source>
        <translation>
            <numerusform>Se guardó %n fila de {kind} en {file}. Este archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando termine.</numerusform>
            <numerusform>Se guardaron %n filas de {kind} en {file}. Este archivo no está cifrado: guárdelo en un lugar seguro y bórrelo cuando termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>{option} {text} isn&apos;t a date PeerDesk can read. Write it as YYYY-MM-DD, for example 2026-11-19.</source>
        <translation>{option} {text} no es una fecha que PeerDesk pueda leer. Escríbala como AAAA-MM-DD, por ejemplo 2026-11-19.</translation>
    </message>
    <message>
        <source>It names participants: keep it private and shred it when you&apos;re done.</source>
        <translation>Incluye nombres de participantes: manténgalo en privado y destrúyalo cuando termine.</translation>
    </message>
    <message>
        <source>It lists names: keep it private and shred it once entered.</source>
        <translation>Tiene nombres: manténgala en privado y destrúyala cuando haya registrado las firmas.</translation>
    </message>
    <message>
        <source>It holds staff records: keep it within the program.</source>
        <translation>Contiene registros del personal: no lo saque del programa.</translation>
    </message>
    <message>
        <source>It holds no names or contact details.</source>
        <translation>No contiene nombres ni datos de contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends before it starts (--to is before --from).</source>
        <translation>El período termina antes de empezar (--to es anterior a --from).</translation>
    </message>
    <message>
        <source>the sign-in sheet for {group} on {day}</source>
        <translation>la hoja de firmas de {group} del {day}</translation>
    </message>
    <message>
        <source>the training and supervision report as of {0}</source>
        <translation>el informe de capacitación y supervisión al {0}</translation>
    </message>
    <message>
        <source>your training and supervision report as of {0}</source>
        <translation>su informe de capacitación y supervisión al {0}</translation>
    </message>
    <message>
        <source>the caseload summary of {0}&apos;s caseload</source>
        <translation>el resumen de los casos asignados de {0}</translation>
    </message>
    <message>
        <source>the caseload summary of every peer&apos;s caseload</source>
        <translation>el resumen de los casos asignados de todos los pares</translation>
    </message>
    <message>
        <source>the caseload summary of your caseload</source>
        <translation>el resumen de sus casos asignados</translation>
    </message>
    <message>
        <source>the attendance report for {group} from {start} to {end}</source>
        <translation>el informe de asistencia de {group} del {start} al {end}</translation>
    </message>
    <message>
        <source>the participant summary</source>
        <translation>el resumen del participante</translation>
    </message>
    <message>
        <source>the program report</source>
        <translation>el informe del programa</translation>
    </message>
    <message>
        <source>the {0}</source>
        <comment>a report</comment>
        <translation>el informe «{0}»</translation>
    </message>
    <message>
        <source>Wrote {what} ({pages}) to {file}.</source>
        <translation>Se guardó {what} ({pages}) en {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Erased participant {participant}. Their name, details and notes are gone; dates and counts remain for past reports. %n older automatic backup(s) held them and were replaced by a new one. Backup files or exports saved elsewhere still hold them.</source>
        <translation>
            <numerusform>Se borró al participante {participant}. Su nombre, sus datos y sus notas ya no están; las fechas y los conteos se conservan para los informes anteriores. %n copia de seguridad automática anterior los tenía y se reemplazó por una nueva. Los archivos de copia de seguridad o las exportaciones guardados en otro lugar todavía los tienen.</numerusform>
            <numerusform>Se borró al participante {participant}. Su nombre, sus datos y sus notas ya no están; las fechas y los conteos se conservan para los informes anteriores. %n copias de seguridad automáticas anteriores los tenían y se reemplazaron por una nueva. Los archivos de copia de seguridad o las exportaciones guardados en otro lugar todavía los tienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and 100000 participants.</source>
        <translation>Elija entre 1 y 100000 participantes.</translation>
    </message>
    <message numerus="yes">
        <source>Made a demo vault in {folder} with %n made-up participant(s).
Sign in as any of: {names}
Passphrase for all of them: {passphrase}</source>
        <translation>
            <numerusform>Se creó una bóveda de demostración en {folder} con %n participante inventado.
Inicie sesión con cualquiera de estos usuarios: {names}
Frase de contraseña de todos: {passphrase}</numerusform>
            <numerusform>Se creó una bóveda de demostración en {folder} con %n participantes inventados.
Inicie sesión con cualquiera de estos usuarios: {names}
Frase de contraseña de todos: {passphrase}</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which period with --from DATE and --to DATE (as YYYY-MM-DD).</source>
        <translation>Indique el período con --from FECHA y --to FECHA (como AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--to must be the same day as --from or later.</source>
        <translation>--to debe ser el mismo día que --from o uno posterior.</translation>
    </message>
    <message numerus="yes">
        <source>Sent {sent} and received %n change(s).</source>
        <translation>
            <numerusform>Cambios enviados: {sent}; recibidos: %n.</numerusform>
            <numerusform>Cambios enviados: {sent}; recibidos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need someone to look at them: &apos;peerdesk sync review&apos; lists them.</source>
        <translation>
            <numerusform>%n cambio necesita que alguien lo revise: &apos;peerdesk sync review&apos; lo muestra.</numerusform>
            <numerusform>%n cambios necesitan que alguien los revise: &apos;peerdesk sync review&apos; los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault&apos;s program now syncs through {0}. Add the other computers with &apos;peerdesk device add&apos;.</source>
        <translation>El programa de esta bóveda ahora se sincroniza a través de {0}. Agregue las demás computadoras con &apos;peerdesk device add&apos;.</translation>
    </message>
    <message>
        <source>Nothing needs review.</source>
        <translation>No hay nada que revisar.</translation>
    </message>
    <message>
        <source>{about}: deleted by {kept_by} while {other_by} changed {field}.</source>
        <translation>{about}: {kept_by} eliminó este registro mientras {other_by} cambiaba {field}.</translation>
    </message>
    <message>
        <source>{about}, {field}: kept {kept} ({kept_by}); also {other} ({other_by}).</source>
        <translation>{about}, {field}: se conservó {kept} ({kept_by}); también {other} ({other_by}).</translation>
    </message>
    <message>
        <source>Choose in the Sync area of the app.</source>
        <translation>Elija en el área Sincronización de la aplicación.</translation>
    </message>
    <message>
        <source>Wrote the enrolment file for {name} to {file}.
One-time code: {code}
Give the file and the code to the person separately (the code by phone or in person), then on their computer run: peerdesk enroll FILE</source>
        <translation>Se guardó el archivo de registro de {name} en {file}.
Código de un solo uso: {code}
Entregue el archivo y el código a la persona por separado (el código, por teléfono o en persona) y luego, en su computadora, ejecute: peerdesk enroll ARCHIVO</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitada</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>{name}: {scopes}; {state}, last synced {time}</source>
        <translation>{name}: {scopes}; {state}, última sincronización {time}</translation>
    </message>
    <message>
        <source>{name}: {scopes}; {state}</source>
        <translation>{name}: {scopes}; {state}</translation>
    </message>
    <message>
        <source>No devices yet.</source>
        <translation>Todavía no hay computadoras.</translation>
    </message>
    <message>
        <source>{0} can no longer sync. What it holds stays on it: lock it away.</source>
        <translation>{0} ya no puede sincronizar. Lo que contiene se queda en ella: guárdela bajo llave.</translation>
    </message>
    <message>
        <source>Give the one-time code with --code.</source>
        <translation>Indique el código de un solo uso con --code.</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Código de un solo uso: </translation>
    </message>
    <message>
        <source>This computer ({name}) is enrolled and will sync through {hub}.</source>
        <translation>Esta computadora ({name}) quedó registrada y se sincronizará a través de {hub}.</translation>
    </message>
    <message>
        <source>This computer ({name}) is enrolled and will sync with USB bundles.</source>
        <translation>Esta computadora ({name}) quedó registrada y se sincronizará con paquetes USB.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {0}. It is encrypted; import it on the other computer with &apos;peerdesk bundle import&apos;.</source>
        <translation>
            <numerusform>Se guardó %n registro en {0}. Está cifrado; impórtelo en la otra computadora con &apos;peerdesk bundle import&apos;.</numerusform>
            <numerusform>Se guardaron %n registros en {0}. Está cifrado; impórtelo en la otra computadora con &apos;peerdesk bundle import&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0}: %n record(s) changed.</source>
        <translation>
            <numerusform>Se importó {0}: cambió %n registro.</numerusform>
            <numerusform>Se importó {0}: cambiaron %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need review.</source>
        <translation>
            <numerusform>%n cambio necesita revisión.</numerusform>
            <numerusform>%n cambios necesitan revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing more was changed.</source>
        <translation>Se detuvo. No se cambió nada más.</translation>
    </message>
    <message>
        <source>PeerDesk hit a problem it didn&apos;t expect and stopped.</source>
        <translation>PeerDesk encontró un problema inesperado y se detuvo.</translation>
    </message>
    <message>
        <source>A report without personal data was saved to {0}.</source>
        <translation>Se guardó un informe sin datos personales en {0}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
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
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>PeerDesk — Set up</source>
        <translation>PeerDesk — Configuración inicial</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to PeerDesk&lt;/h2&gt;Let&apos;s set up this computer. Everything you keep in PeerDesk is encrypted; your passphrase opens it. You&apos;ll be the first coordinator and can add your team afterwards.</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a PeerDesk&lt;/h2&gt;Vamos a preparar esta computadora. Todo lo que guarde en PeerDesk está cifrado; su frase de contraseña lo abre. Usted será el primer coordinador y después podrá agregar a su equipo.</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>e.g. Riverside Peer Support</source>
        <translation>p. ej., Apoyo entre Pares Riverside</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation>Mensaje de la configuración</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Program name</source>
        <translation>Nombre del &amp;programa</translation>
    </message>
    <message>
        <source>Your &amp;user name</source>
        <translation>Su nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>Type the user name you&apos;ll sign in with.</source>
        <translation>Escriba el nombre de usuario con el que iniciará sesión.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery key&lt;/h2&gt;If every passphrase is ever forgotten, this key is the only way back in. PeerDesk shows it &lt;b&gt;only now&lt;/b&gt; and never stores it. Write it down or print the recovery sheet, and keep it locked away from this computer. Anyone who has it can open the vault.</source>
        <translation>&lt;h2&gt;Su clave de recuperación&lt;/h2&gt;Si algún día se olvidan todas las frases de contraseña, esta clave es la única forma de volver a entrar. PeerDesk la muestra &lt;b&gt;solo ahora&lt;/b&gt; y nunca la guarda. Anótela o imprima la hoja de recuperación, y guárdela bajo llave, lejos de esta computadora. Cualquier persona que la tenga puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF to print…</source>
        <translation>&amp;Guardar la hoja de recuperación como PDF para imprimir…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key and will keep it safe</source>
        <translation>Anoté o imprimí la clave de recuperación y la guardaré en un lugar seguro</translation>
    </message>
    <message>
        <source>I have kept the recovery key</source>
        <translation>Guardé la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Continue to PeerDesk</source>
        <translation>&amp;Continuar a PeerDesk</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet saved</source>
        <translation>Hoja de recuperación guardada</translation>
    </message>
    <message>
        <source>The sheet is in {0}. Print it now, then delete the file and empty the wastebasket: anyone who finds it can open the vault.</source>
        <translation>La hoja está en {0}. Imprímala ahora; después borre el archivo y vacíe la papelera: cualquier persona que lo encuentre puede abrir la bóveda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Signed in as {0} ({1})</source>
        <translation>Sesión iniciada como {0} ({1})</translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks</source>
        <translation>Desbloqueado · Ctrl+L bloquea</translation>
    </message>
    <message>
        <source>PeerDesk — {0}</source>
        <translation>PeerDesk — {0}</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Ayuda para esta pantalla</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Demasiado corta: use al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>Strong. Keep it somewhere only you can find it.</source>
        <translation>Sólida. Guárdela donde solo usted pueda encontrarla.</translation>
    </message>
    <message>
        <source>Good. A fourth word would make it stronger.</source>
        <translation>Buena. Una cuarta palabra la haría más sólida.</translation>
    </message>
    <message>
        <source>Weak: add a few more words, like &apos;river lamp green Tuesday&apos;.</source>
        <translation>Débil: agregue algunas palabras más, como &apos;río lámpara verde martes&apos;.</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <source>PeerDesk — Use the recovery key</source>
        <translation>PeerDesk — Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set a new passphrase&lt;/h2&gt;Type the recovery key from the printed sheet, the user name, and the new passphrase. Capitals, spaces and dashes don&apos;t matter.</source>
        <translation>&lt;h2&gt;Establezca una nueva frase de contraseña&lt;/h2&gt;Escriba la clave de recuperación de la hoja impresa, el nombre de usuario y la nueva frase de contraseña. No importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Mensaje de recuperación</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Type the user name that needs a new passphrase.</source>
        <translation>Escriba el nombre de usuario que necesita una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>par</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>creating the vault</source>
        <translation>crear la bóveda</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>unlocking the vault</source>
        <translation>desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>adding made-up data</source>
        <translation>agregar datos inventados</translation>
    </message>
    <message>
        <source>writing the program report</source>
        <translation>generar el informe del programa</translation>
    </message>
    <message>
        <source>The report written to {0} isn&apos;t a complete PDF.</source>
        <translation>El informe guardado en {0} no es un PDF completo.</translation>
    </message>
    <message>
        <source>The report wasn&apos;t printed in PeerDesk&apos;s own font: {0} is missing or damaged.</source>
        <translation>El informe no se imprimió con la fuente propia de PeerDesk: {0} falta o está dañada.</translation>
    </message>
    <message numerus="yes">
        <source>Report written (%n page(s))</source>
        <translation>
            <numerusform>Informe generado (%n página)</numerusform>
            <numerusform>Informe generado (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading Qt</source>
        <translation>cargar Qt</translation>
    </message>
    <message>
        <source>looking for this system&apos;s Qt platform plugin</source>
        <translation>buscar el complemento de plataforma de Qt de este sistema</translation>
    </message>
    <message>
        <source>Qt&apos;s {0} platform plugin is missing, so windows can&apos;t open on the screen.</source>
        <translation>Falta el complemento de plataforma {0} de Qt, así que las ventanas no se pueden abrir en la pantalla.</translation>
    </message>
    <message>
        <source>opening the sign-in window</source>
        <translation>abrir la ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in window could not be drawn.</source>
        <translation>No se pudo dibujar la ventana de inicio de sesión.</translation>
    </message>
    <message>
        <source>drawing the report&apos;s first page</source>
        <translation>dibujar la primera página del informe</translation>
    </message>
    <message>
        <source>The report&apos;s first page could not be drawn.</source>
        <translation>No se pudo dibujar la primera página del informe.</translation>
    </message>
    <message>
        <source>Windows can open</source>
        <translation>Las ventanas se pueden abrir</translation>
    </message>
    <message>
        <source>loading the Spanish translations</source>
        <translation>cargar las traducciones al español</translation>
    </message>
    <message>
        <source>The Spanish translations are missing from {0}.</source>
        <translation>Faltan las traducciones al español en {0}.</translation>
    </message>
    <message>
        <source>Spanish is ready</source>
        <translation>Español disponible</translation>
    </message>
    <message>
        <source>making a temporary folder</source>
        <translation>crear una carpeta temporal</translation>
    </message>
    <message>
        <source>Self-test failed while {doing}: {problem}</source>
        <translation>La autoprueba falló al {doing}: {problem}</translation>
    </message>
    <message>
        <source>Self-test passed</source>
        <translation>Autoprueba superada</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>{0} ({1}%)</source>
        <translation>{0} ({1}%)</translation>
    </message>
    <message>
        <source>&amp;Use these</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <source>Local crisis resources</source>
        <translation>Recursos locales para crisis</translation>
    </message>
    <message>
        <source>Numbers and places to call in a crisis, shown on every safety plan.
e.g. 988 Suicide &amp; Crisis Lifeline — call or text 988</source>
        <translation>Números y lugares a los que llamar en una crisis; aparecen en cada plan de seguridad.
p. ej., 988 Línea de Prevención del Suicidio &amp; Crisis — llame o envíe un mensaje de texto al 988</translation>
    </message>
    <message>
        <source> days without a contact or attended session</source>
        <translation> días sin un contacto ni una sesión con asistencia</translation>
    </message>
    <message>
        <source>At risk after this many days</source>
        <translation>En riesgo tras esta cantidad de días</translation>
    </message>
    <message>
        <source> group sessions missed in a row</source>
        <translation> sesiones de grupo seguidas sin asistir</translation>
    </message>
    <message>
        <source>At risk after this many missed sessions</source>
        <translation>En riesgo tras esta cantidad de sesiones perdidas</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logotipo en los informes</translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation>Elegir una i&amp;magen…</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Quitarlo</translation>
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
        <source>People who can sign in</source>
        <translation>Personas que pueden iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer una copia de &amp;seguridad ahora…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nombre del programa</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source>Local &amp;crisis resources</source>
        <translation>Recursos &amp;locales para crisis</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n kept)</source>
        <translation>
            <numerusform>{0} (se guarda %n)</numerusform>
            <numerusform>{0} (se guardan %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>High c&amp;ontrast (white on black)</source>
        <translation>Alto &amp;contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>&amp;At risk of disengaging after</source>
        <translation>En &amp;riesgo de desvincularse tras</translation>
    </message>
    <message>
        <source>or after</source>
        <translation>o tras</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Newest automatic backup</source>
        <translation>Copia de seguridad automática más reciente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configuración&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;For you&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Para usted&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;For the whole program&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Para todo el programa&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Only a coordinator can change these.</source>
        <translation>Solo un coordinador puede cambiar esto.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This vault&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Esta bóveda&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;People who can sign in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personas que pueden iniciar sesión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Printed at the top of every report</source>
        <translation>Se imprime en la parte superior de cada informe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read. Try another.</source>
        <translation>No se pudo leer ese archivo. Pruebe con otro.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Se guardó la configuración.</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.peerdesk-backup)</source>
        <translation>Copias de seguridad de PeerDesk (*.peerdesk-backup)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>The encrypted backup is in {0}. It opens only with a passphrase or the recovery key of this vault.</source>
        <translation>La copia de seguridad cifrada está en {0}. Solo se abre con una frase de contraseña o con la clave de recuperación de esta bóveda.</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Stopped before it was finished. Nothing was saved.</source>
        <translation>Se detuvo antes de terminar. No se guardó nada.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>PeerDesk — Sign in</source>
        <translation>PeerDesk — Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to PeerDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inicie sesión en PeerDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything here is encrypted. Your passphrase opens it.</source>
        <translation>Todo lo que hay aquí está cifrado. Su frase de contraseña lo abre.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>¿Olvidó la frase de contraseña? Use la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Primero escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source> A report without personal data was saved to {0}.</source>
        <translation> Se guardó un informe del error, sin datos personales, en {0}.</translation>
    </message>
    <message>
        <source>PeerDesk hit a problem it didn&apos;t expect.</source>
        <translation>PeerDesk encontró un problema inesperado.</translation>
    </message>
</context>
</TS>
