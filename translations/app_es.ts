<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
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
        <source>&amp;High contrast (white on black)</source>
        <translation>Alto &amp;contraste (blanco sobre negro)</translation>
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
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>&amp;At risk of disengaging after</source>
        <translation>En &amp;riesgo de desvincularse tras</translation>
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
        <source>{0} ({1} kept)</source>
        <translation>{0} ({1} guardadas)</translation>
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
