<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Help</name>
    <message>
        <source>Everywhere: &lt;b&gt;F1&lt;/b&gt; opens this help, &lt;b&gt;Ctrl+L&lt;/b&gt; locks PeerDesk, and &lt;b&gt;Ctrl+1&lt;/b&gt;, &lt;b&gt;Ctrl+2&lt;/b&gt; and so on go to the areas in the list on the left.</source>
        <translation>En cualquier lugar: &lt;b&gt;F1&lt;/b&gt; abre esta ayuda, &lt;b&gt;Ctrl+L&lt;/b&gt; bloquea PeerDesk, y &lt;b&gt;Ctrl+1&lt;/b&gt;, &lt;b&gt;Ctrl+2&lt;/b&gt;, etc., llevan a las áreas de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>A participant&apos;s record</source>
        <translation>El expediente de un participante</translation>
    </message>
    <message>
        <source>Taking attendance</source>
        <translation>Tomar asistencia</translation>
    </message>
    <message>
        <source>Everything in PeerDesk is encrypted on this computer. Your user name and passphrase open it. Without them nothing can be read, even if the computer is lost.</source>
        <translation>Todo lo que hay en PeerDesk está cifrado en esta computadora. Su nombre de usuario y su frase de contraseña lo abren. Sin ellos no se puede leer nada, aunque se pierda la computadora.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión en PeerDesk</translation>
    </message>
    <message>
        <source>Type your user name, then press &lt;b&gt;Tab&lt;/b&gt;.</source>
        <translation>Escriba su nombre de usuario y pulse &lt;b&gt;Tab&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type your passphrase. Capital letters and spaces count.</source>
        <translation>Escriba su frase de contraseña. Las mayúsculas y los espacios cuentan.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;{unlock}&lt;/b&gt;. It takes a second or two.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;{unlock}&lt;/b&gt;. Tarda uno o dos segundos.</translation>
    </message>
    <message>
        <source>If PeerDesk says Caps Lock seems to be on, press Caps Lock once and type the passphrase again.</source>
        <translation>Si PeerDesk indica que Bloq Mayús parece estar activado, pulse Bloq Mayús una vez y vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message>
        <source>Lock PeerDesk when you step away</source>
        <translation>Bloquear PeerDesk cuando se aleja de la computadora</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+L&lt;/b&gt;, or choose &lt;b&gt;{file} → {lock}&lt;/b&gt; in the menu.</source>
        <translation>Pulse &lt;b&gt;Ctrl+L&lt;/b&gt; o elija &lt;b&gt;{file} → {lock}&lt;/b&gt; en el menú.</translation>
    </message>
    <message>
        <source>PeerDesk closes its windows and keeps anything you were typing as a draft, encrypted.</source>
        <translation>PeerDesk cierra sus ventanas y guarda como borrador, cifrado, todo lo que estaba escribiendo.</translation>
    </message>
    <message>
        <source>When you sign in again, your windows come back with the text you hadn&apos;t saved yet.</source>
        <translation>Cuando vuelva a iniciar sesión, sus ventanas regresan con el texto que aún no había guardado.</translation>
    </message>
    <message>
        <source>If you forgot your passphrase</source>
        <translation>Si olvidó su frase de contraseña</translation>
    </message>
    <message>
        <source>In the sign-in window, press &lt;b&gt;{recovery}&lt;/b&gt;.</source>
        <translation>En la ventana de inicio de sesión, pulse &lt;b&gt;{recovery}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type the recovery key from your program&apos;s printed recovery sheet. Capitals, spaces and dashes don&apos;t matter.</source>
        <translation>Escriba la clave de recuperación que aparece en la hoja de recuperación impresa de su programa. No importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>Type your user name and a new passphrase twice, then press &lt;b&gt;{set_new}&lt;/b&gt;.</source>
        <translation>Escriba su nombre de usuario y, dos veces, una nueva frase de contraseña. Luego pulse &lt;b&gt;{set_new}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Put the sheet back somewhere safe: the same recovery key keeps working.</source>
        <translation>Vuelva a guardar la hoja en un lugar seguro: la misma clave de recuperación sigue sirviendo.</translation>
    </message>
    <message>
        <source>Set up PeerDesk the first time</source>
        <translation>Configurar PeerDesk por primera vez</translation>
    </message>
    <message>
        <source>Type your program&apos;s name, the user name you will sign in with, and a passphrase twice. A few words that don&apos;t go together are easy to remember and hard to guess.</source>
        <translation>Escriba el nombre de su programa, el nombre de usuario con el que iniciará sesión y, dos veces, una frase de contraseña. Unas cuantas palabras que no tengan relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{create}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{create}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PeerDesk shows the recovery key once. Write it down, or press &lt;b&gt;{save_sheet}&lt;/b&gt;, print the sheet and delete the file.</source>
        <translation>PeerDesk muestra la clave de recuperación una sola vez. Anótela, o pulse &lt;b&gt;{save_sheet}&lt;/b&gt;, imprima la hoja y borre el archivo.</translation>
    </message>
    <message>
        <source>Tick that you have kept the recovery key, then press &lt;b&gt;{go_on}&lt;/b&gt;.</source>
        <translation>Marque que guardó la clave de recuperación y pulse &lt;b&gt;{go_on}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No recovery sheet to hand? Ask your coordinator: they can set a new passphrase for you.</source>
        <translation>¿No tiene a mano la hoja de recuperación? Pídale ayuda a su coordinador: puede asignarle una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>On the left: appointments today and tomorrow, follow-ups that are due, and people who may be drifting away. On the right: today&apos;s group sessions and your trainings that run out within 60 days. Coordinators also see how many staff have trainings to renew; facilitators see their groups and trainings.</source>
        <translation>A la izquierda: las citas de hoy y de mañana, los seguimientos pendientes y las personas que podrían estar alejándose. A la derecha: las sesiones de grupo de hoy y sus capacitaciones que vencen en los próximos 60 días. Los coordinadores también ven cuántas personas del personal tienen capacitaciones por renovar; los facilitadores ven sus grupos y capacitaciones.</translation>
    </message>
    <message>
        <source>Work through today&apos;s list</source>
        <translation>Revisar la lista de hoy</translation>
    </message>
    <message>
        <source>Read the line under the greeting: how many appointments and follow-ups you have today.</source>
        <translation>Lea la línea debajo del saludo: cuántas citas y seguimientos tiene hoy.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Tab&lt;/b&gt; to go from one list to the next, and the &lt;b&gt;Up&lt;/b&gt; and &lt;b&gt;Down&lt;/b&gt; arrow keys to move within a list.</source>
        <translation>Pulse &lt;b&gt;Tab&lt;/b&gt; para pasar de una lista a la siguiente, y las flechas &lt;b&gt;arriba&lt;/b&gt; y &lt;b&gt;abajo&lt;/b&gt; para moverse dentro de una lista.</translation>
    </message>
    <message>
        <source>After a call or a visit, log it in the person&apos;s record (&lt;b&gt;Ctrl+N&lt;/b&gt; there). A follow-up that has been done leaves the list.</source>
        <translation>Después de una llamada o una visita, regístrela en el expediente de la persona (allí, con &lt;b&gt;Ctrl+N&lt;/b&gt;). Un seguimiento ya hecho sale de la lista.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; or &lt;b&gt;{refresh}&lt;/b&gt; to load the list again.</source>
        <translation>Pulse &lt;b&gt;F5&lt;/b&gt; o &lt;b&gt;{refresh}&lt;/b&gt; para volver a cargar la lista.</translation>
    </message>
    <message>
        <source>Check that an appointment is ready</source>
        <translation>Comprobar que una cita está lista</translation>
    </message>
    <message>
        <source>Look under &lt;b&gt;{appointments}&lt;/b&gt;. The second line of each says whether transport is arranged and whether a reminder was made.</source>
        <translation>Mire en &lt;b&gt;{appointments}&lt;/b&gt;. La segunda línea de cada cita indica si el transporte está organizado y si se hizo un recordatorio.</translation>
    </message>
    <message>
        <source>If something is still to do, press &lt;b&gt;Enter&lt;/b&gt; to open the person.</source>
        <translation>Si aún falta algo, pulse &lt;b&gt;Enter&lt;/b&gt; para abrir el expediente de la persona.</translation>
    </message>
    <message>
        <source>Go to &lt;b&gt;{care}&lt;/b&gt; (&lt;b&gt;Ctrl+3&lt;/b&gt;), choose the appointment, and tick &lt;b&gt;{transport}&lt;/b&gt; or &lt;b&gt;{reminder}&lt;/b&gt; once it&apos;s done.</source>
        <translation>Vaya a &lt;b&gt;{care}&lt;/b&gt; (&lt;b&gt;Ctrl+3&lt;/b&gt;), elija la cita y marque &lt;b&gt;{transport}&lt;/b&gt; o &lt;b&gt;{reminder}&lt;/b&gt; cuando esté hecho.</translation>
    </message>
    <message>
        <source>Reach someone who may be drifting away</source>
        <translation>Comunicarse con alguien que podría estar alejándose</translation>
    </message>
    <message>
        <source>Look under &lt;b&gt;{at_risk}&lt;/b&gt;. Each person has the reason in words, such as no contact for some weeks or group sessions missed in a row.</source>
        <translation>Mire en &lt;b&gt;{at_risk}&lt;/b&gt;. Cada persona tiene el motivo en palabras, como varias semanas sin contacto o sesiones de grupo perdidas seguidas.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; to open their record. The profile shows the safe ways to reach them, such as whether it is OK to text or to leave a voicemail.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; para abrir su expediente. El perfil muestra las formas seguras de comunicarse con la persona, por ejemplo si se le pueden enviar mensajes de texto o dejar mensajes de voz.</translation>
    </message>
    <message>
        <source>Once you have been in touch, log the contact. They leave the list the next time it loads.</source>
        <translation>Cuando haya hablado con la persona, registre el contacto. Saldrá de la lista la próxima vez que esta se cargue.</translation>
    </message>
    <message>
        <source>A coordinator sees every peer&apos;s caseload. Facilitators work with groups and have no caseload.</source>
        <translation>Un coordinador ve los casos asignados de todos los pares. Los facilitadores trabajan con grupos y no tienen casos asignados.</translation>
    </message>
    <message>
        <source>Find a person and open their record</source>
        <translation>Encontrar a una persona y abrir su expediente</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type part of their name. The table narrows as you type.</source>
        <translation>Pulse &lt;b&gt;Ctrl+F&lt;/b&gt; y escriba parte de su nombre. La tabla se reduce mientras escribe.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; to go to the table, then the &lt;b&gt;Up&lt;/b&gt; and &lt;b&gt;Down&lt;/b&gt; arrow keys to choose the person.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; para ir a la tabla, y luego las flechas &lt;b&gt;arriba&lt;/b&gt; y &lt;b&gt;abajo&lt;/b&gt; para elegir a la persona.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; (or double-click) to open their record in a window of its own.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; (o haga doble clic) para abrir su expediente en una ventana aparte.</translation>
    </message>
    <message>
        <source>See who needs you first</source>
        <translation>Ver a quién atender primero</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;{at_risk_only}&lt;/b&gt; to see only the people who may be drifting away.</source>
        <translation>Marque &lt;b&gt;{at_risk_only}&lt;/b&gt; para ver solo a las personas que podrían estar alejándose.</translation>
    </message>
    <message>
        <source>Choose a status under &lt;b&gt;{status}&lt;/b&gt;, such as Active, or a tag under &lt;b&gt;{tag}&lt;/b&gt;.</source>
        <translation>Elija un estado en &lt;b&gt;{status}&lt;/b&gt;, como Activo, o una etiqueta en &lt;b&gt;{tag}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Click a column title to sort by it, for example the next follow-up. Click it again to turn the order round.</source>
        <translation>Haga clic en el título de una columna para ordenar por ella, por ejemplo por el próximo seguimiento. Vuelva a hacer clic para invertir el orden.</translation>
    </message>
    <message>
        <source>The line under the table says how many people are shown, out of how many.</source>
        <translation>La línea debajo de la tabla indica cuántas personas se muestran y cuántas hay en total.</translation>
    </message>
    <message>
        <source>Move people to another peer (coordinators)</source>
        <translation>Pasar personas a otro par (coordinadores)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{reassign}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{reassign}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the peer who will support them and press &lt;b&gt;{reassign}&lt;/b&gt;.</source>
        <translation>Elija el par que las va a acompañar y pulse &lt;b&gt;{reassign}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PeerDesk says how many moved. They show in the new peer&apos;s caseload straight away.</source>
        <translation>PeerDesk indica cuántas se pasaron. Aparecen de inmediato en los casos asignados del nuevo par.</translation>
    </message>
    <message>
        <source>Each participant&apos;s record opens in a window of its own. Its parts are on tabs: &lt;b&gt;{profile}&lt;/b&gt;, &lt;b&gt;{contacts}&lt;/b&gt;, &lt;b&gt;{care}&lt;/b&gt;, &lt;b&gt;{goals}&lt;/b&gt;, &lt;b&gt;{measures}&lt;/b&gt; and &lt;b&gt;{safety}&lt;/b&gt;; coordinators also see &lt;b&gt;{history}&lt;/b&gt;. &lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+7&lt;/b&gt; go straight to each one.</source>
        <translation>El expediente de cada participante se abre en una ventana aparte. Sus partes están en pestañas: &lt;b&gt;{profile}&lt;/b&gt;, &lt;b&gt;{contacts}&lt;/b&gt;, &lt;b&gt;{care}&lt;/b&gt;, &lt;b&gt;{goals}&lt;/b&gt;, &lt;b&gt;{measures}&lt;/b&gt; y &lt;b&gt;{safety}&lt;/b&gt;; los coordinadores también ven &lt;b&gt;{history}&lt;/b&gt;. Con &lt;b&gt;Ctrl+1&lt;/b&gt; a &lt;b&gt;Ctrl+7&lt;/b&gt; se va directamente a cada una.</translation>
    </message>
    <message>
        <source>When the person has a crisis plan in place, a banner at the top of the window says so.</source>
        <translation>Si la persona tiene un plan de crisis, un aviso en la parte superior de la ventana lo indica.</translation>
    </message>
    <message>
        <source>Log a contact after a call or a visit</source>
        <translation>Registrar un contacto después de una llamada o una visita</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+N&lt;/b&gt;. The &lt;b&gt;{contacts}&lt;/b&gt; tab opens with a new contact dated today.</source>
        <translation>Pulse &lt;b&gt;Ctrl+N&lt;/b&gt;. Se abre la pestaña &lt;b&gt;{contacts}&lt;/b&gt; con un contacto nuevo con la fecha de hoy.</translation>
    </message>
    <message>
        <source>Choose the type of contact, such as in person or phone, then press &lt;b&gt;Tab&lt;/b&gt; to fill in the minutes and the topics (separate them with &lt;b&gt;;&lt;/b&gt;).</source>
        <translation>Elija el tipo de contacto, como en persona o por teléfono, y pulse &lt;b&gt;Tab&lt;/b&gt; para anotar los minutos y los temas (sepárelos con &lt;b&gt;;&lt;/b&gt;).</translation>
    </message>
    <message>
        <source>Write a few words of notes, and a follow-up date if you plan to get back in touch.</source>
        <translation>Escriba unas notas breves y, si piensa volver a comunicarse, una fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+Enter&lt;/b&gt; to save. The contact shows at the top of the list.</source>
        <translation>Pulse &lt;b&gt;Ctrl+Enter&lt;/b&gt; para guardar. El contacto aparece al principio de la lista.</translation>
    </message>
    <message>
        <source>Update the profile</source>
        <translation>Actualizar el perfil</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+1&lt;/b&gt; for &lt;b&gt;{profile}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+1&lt;/b&gt; para ir a &lt;b&gt;{profile}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change what you need, then press &lt;b&gt;Ctrl+S&lt;/b&gt; or &lt;b&gt;{save}&lt;/b&gt;.</source>
        <translation>Cambie lo que necesite y pulse &lt;b&gt;Ctrl+S&lt;/b&gt; o &lt;b&gt;{save}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>PeerDesk also locks itself after some minutes without use: 5 unless a coordinator has changed it in {settings}.</source>
        <translation>PeerDesk también se bloquea solo después de unos minutos sin uso: 5, a menos que un coordinador lo haya cambiado en {settings}.</translation>
    </message>
    <message>
        <source>{today} is the first page after you sign in. It gathers what needs you now, so you don&apos;t have to go looking.</source>
        <translation>{today} es la primera página después de iniciar sesión. Reúne lo que necesita su atención ahora, para que no tenga que buscarlo.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; on a person to open their record, on a group to see it in {groups}, or on a training to open {training}.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; sobre una persona para abrir su expediente, sobre un grupo para verlo en {groups} o sobre una capacitación para abrir {training}.</translation>
    </message>
    <message>
        <source>{caseload} lists the participants you support: their status, last contact, next follow-up, whether they may be at risk, and their latest hope rating with its trend.</source>
        <translation>{caseload} muestra a los participantes que usted acompaña: su estado, el último contacto, el próximo seguimiento, si podrían estar en riesgo y su calificación de esperanza más reciente, con su tendencia.</translation>
    </message>
    <message>
        <source>Choose the people in the table: hold &lt;b&gt;Ctrl&lt;/b&gt; and click each one, or click the first one and hold &lt;b&gt;Shift&lt;/b&gt; as you click the last one.</source>
        <translation>Elija a las personas en la tabla: mantenga pulsada &lt;b&gt;Ctrl&lt;/b&gt; y haga clic en cada una, o haga clic en la primera y mantenga pulsada &lt;b&gt;Mayús&lt;/b&gt; al hacer clic en la última.</translation>
    </message>
    <message>
        <source>To add a phone number, email or address, use &lt;b&gt;{ways}&lt;/b&gt;. Tick &lt;b&gt;{ok_text}&lt;/b&gt; or &lt;b&gt;{ok_voicemail}&lt;/b&gt; only when the person has said so, then press &lt;b&gt;{add}&lt;/b&gt;.</source>
        <translation>Para agregar un teléfono, un correo electrónico o una dirección, use &lt;b&gt;{ways}&lt;/b&gt;. Marque &lt;b&gt;{ok_text}&lt;/b&gt; o &lt;b&gt;{ok_voicemail}&lt;/b&gt; solo si la persona lo ha autorizado, y pulse &lt;b&gt;{add}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Add a goal and its small steps</source>
        <translation>Agregar una meta y sus pequeños pasos</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+4&lt;/b&gt; for &lt;b&gt;{goals}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+4&lt;/b&gt; para ir a &lt;b&gt;{goals}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type the goal in the person&apos;s own words and press &lt;b&gt;{add_goal}&lt;/b&gt;.</source>
        <translation>Escriba la meta con las propias palabras de la persona y pulse &lt;b&gt;{add_goal}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the goal in the list, type a milestone (a small next step) and when it is due, and press &lt;b&gt;{add_milestone}&lt;/b&gt;.</source>
        <translation>Elija la meta en la lista, escriba un hito (un pequeño paso siguiente) y para cuándo es, y pulse &lt;b&gt;{add_milestone}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>When a milestone is done, choose it and press &lt;b&gt;Space&lt;/b&gt; to tick it. It is saved straight away.</source>
        <translation>Cuando un hito esté hecho, elíjalo y pulse &lt;b&gt;Espacio&lt;/b&gt; para marcarlo. Se guarda en el momento.</translation>
    </message>
    <message>
        <source>Record a hope rating or a BARC-10</source>
        <translation>Registrar una calificación de esperanza o un BARC-10</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+5&lt;/b&gt; for &lt;b&gt;{measures}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+5&lt;/b&gt; para ir a &lt;b&gt;{measures}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the instrument and the day it was taken.</source>
        <translation>Elija el instrumento y el día en que se aplicó.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s answers. The total shows as you go.</source>
        <translation>Ingrese las respuestas de la persona. El total aparece a medida que avanza.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{save}&lt;/b&gt; (or &lt;b&gt;Ctrl+Enter&lt;/b&gt;). The chart shows how things change over time.</source>
        <translation>Pulse &lt;b&gt;{save}&lt;/b&gt; (o &lt;b&gt;Ctrl+Enter&lt;/b&gt;). El gráfico muestra cómo cambian las cosas con el tiempo.</translation>
    </message>
    <message>
        <source>Keep consents and the safety plan up to date</source>
        <translation>Mantener al día los consentimientos y el plan de seguridad</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+6&lt;/b&gt; for &lt;b&gt;{safety}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+6&lt;/b&gt; para ir a &lt;b&gt;{safety}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tick the consents the person has given, write or update the safety plan, and press &lt;b&gt;{save}&lt;/b&gt;.</source>
        <translation>Marque los consentimientos que dio la persona, escriba o actualice el plan de seguridad y pulse &lt;b&gt;{save}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Add each person or service they agreed you may share information with, and their key contacts.</source>
        <translation>Agregue cada persona o servicio con quien la persona aceptó que usted comparta información, y sus contactos clave.</translation>
    </message>
    <message>
        <source>Your program&apos;s local crisis resources are on the same page, ready when you need them.</source>
        <translation>Los recursos locales para crisis de su programa están en la misma página, a mano cuando los necesite.</translation>
    </message>
    <message>
        <source>Dates are typed as year-month-day, for example 2026-11-24. The &lt;b&gt;Up&lt;/b&gt; and &lt;b&gt;Down&lt;/b&gt; arrow keys change a date by one day.</source>
        <translation>Las fechas se escriben como año-mes-día, por ejemplo 2026-11-24. Las flechas &lt;b&gt;arriba&lt;/b&gt; y &lt;b&gt;abajo&lt;/b&gt; cambian la fecha de a un día.</translation>
    </message>
    <message>
        <source>Closing the window (&lt;b&gt;Ctrl+W&lt;/b&gt;) with changes not yet saved asks first. If PeerDesk locks, they are kept as a draft and come back when you sign in.</source>
        <translation>Si cierra la ventana (&lt;b&gt;Ctrl+W&lt;/b&gt;) con cambios sin guardar, PeerDesk pregunta primero. Si PeerDesk se bloquea, los cambios se guardan como borrador y regresan cuando inicie sesión.</translation>
    </message>
    <message>
        <source>Choose a group to see its roster, its sessions and its attendance history under the list.</source>
        <translation>Elija un grupo para ver, debajo de la lista, sus participantes, sus sesiones y su historial de asistencia.</translation>
    </message>
    <message>
        <source>Take attendance for today&apos;s session</source>
        <translation>Tomar asistencia en la sesión de hoy</translation>
    </message>
    <message>
        <source>Choose the group in the list with the &lt;b&gt;Up&lt;/b&gt; and &lt;b&gt;Down&lt;/b&gt; arrow keys.</source>
        <translation>Elija el grupo en la lista con las flechas &lt;b&gt;arriba&lt;/b&gt; y &lt;b&gt;abajo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+T&lt;/b&gt; or &lt;b&gt;{start}&lt;/b&gt;. Once the session has started, the button says &lt;b&gt;{carry_on}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+T&lt;/b&gt; o &lt;b&gt;{start}&lt;/b&gt;. Una vez empezada la sesión, el botón dice &lt;b&gt;{carry_on}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The attendance window opens: see “{attendance}” in this help.</source>
        <translation>Se abre la ventana de asistencia: vea “{attendance}” en esta ayuda.</translation>
    </message>
    <message>
        <source>Type in a signed paper sheet</source>
        <translation>Pasar a PeerDesk una hoja firmada en papel</translation>
    </message>
    <message>
        <source>Choose the group and press &lt;b&gt;{past}&lt;/b&gt;.</source>
        <translation>Elija el grupo y pulse &lt;b&gt;{past}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the day the group met and press &lt;b&gt;{ok}&lt;/b&gt;.</source>
        <translation>Elija el día en que se reunió el grupo y pulse &lt;b&gt;{ok}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Mark each person as on the sheet, just as when taking attendance live.</source>
        <translation>Marque a cada persona como figura en la hoja, igual que al tomar asistencia en vivo.</translation>
    </message>
    <message>
        <source>Any past session can be opened again from the &lt;b&gt;{sessions}&lt;/b&gt; tab: choose it and press &lt;b&gt;Enter&lt;/b&gt;.</source>
        <translation>Cualquier sesión pasada se puede volver a abrir desde la pestaña &lt;b&gt;{sessions}&lt;/b&gt;: elíjala y pulse &lt;b&gt;Enter&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Print a sign-in sheet</source>
        <translation>Imprimir una hoja de firmas</translation>
    </message>
    <message>
        <source>Choose the group and press &lt;b&gt;{sheet}&lt;/b&gt;.</source>
        <translation>Elija el grupo y pulse &lt;b&gt;{sheet}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the day and the paper size, and press &lt;b&gt;{ok}&lt;/b&gt;.</source>
        <translation>Elija el día y el tamaño del papel, y pulse &lt;b&gt;{ok}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF, then print it. It shows the names people go by, with lines to sign and blank rows for walk-ins.</source>
        <translation>Elija dónde guardar el PDF y luego imprímalo. Muestra los nombres que usan las personas, con líneas para firmar y filas en blanco para personas nuevas.</translation>
    </message>
    <message>
        <source>Add someone to a roster, or take them off</source>
        <translation>Agregar a alguien a la lista de un grupo, o sacarlo</translation>
    </message>
    <message>
        <source>Choose the group and open the &lt;b&gt;{roster}&lt;/b&gt; tab.</source>
        <translation>Elija el grupo y abra la pestaña &lt;b&gt;{roster}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{add_to_roster}&lt;/b&gt;. Type to find the person, or type the name of someone new, check the date and press &lt;b&gt;{add}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{add_to_roster}&lt;/b&gt;. Escriba para buscar a la persona, o escriba el nombre de alguien nuevo, revise la fecha y pulse &lt;b&gt;{add}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>To take someone off, choose them and press &lt;b&gt;{take_off}&lt;/b&gt;. Their past attendance stays.</source>
        <translation>Para sacar a alguien, elíjalo y pulse &lt;b&gt;{take_off}&lt;/b&gt;. Su asistencia anterior se conserva.</translation>
    </message>
    <message>
        <source>Look back over attendance</source>
        <translation>Revisar la asistencia pasada</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;{history}&lt;/b&gt; tab and set the &lt;b&gt;{start}&lt;/b&gt; and &lt;b&gt;{end}&lt;/b&gt; dates.</source>
        <translation>Abra la pestaña &lt;b&gt;{history}&lt;/b&gt; y elija las fechas &lt;b&gt;{start}&lt;/b&gt; y &lt;b&gt;{end}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Each row is a person, with their attendance rate, how many sessions they have missed in a row, and their mark in each session, newest first.</source>
        <translation>Cada fila es una persona, con su tasa de asistencia, cuántas sesiones seguidas ha faltado y su marca en cada sesión, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Sessions missed in a row are marked once there are as many as the at-risk rule in {settings} allows (2 unless changed), and then count as at risk in {today} and {caseload}.</source>
        <translation>Las sesiones perdidas seguidas quedan resaltadas cuando llegan a las que permite la regla de riesgo en {settings} (2 si no se cambió), y entonces cuentan como en riesgo en {today} y en {caseload}.</translation>
    </message>
    <message>
        <source>Set up a group (coordinators)</source>
        <translation>Configurar un grupo (coordinadores)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{new_group}&lt;/b&gt;, or &lt;b&gt;{edit_group}&lt;/b&gt; to change the chosen one.</source>
        <translation>Pulse &lt;b&gt;{new_group}&lt;/b&gt;, o &lt;b&gt;{edit_group}&lt;/b&gt; para cambiar el grupo elegido.</translation>
    </message>
    <message>
        <source>Type the name, the kind of group, the schedule and where it meets.</source>
        <translation>Escriba el nombre, el tipo de grupo, el horario y dónde se reúne.</translation>
    </message>
    <message>
        <source>Tick the co-facilitators with &lt;b&gt;Space&lt;/b&gt;, then press &lt;b&gt;{save}&lt;/b&gt;.</source>
        <translation>Marque a los cofacilitadores con &lt;b&gt;Espacio&lt;/b&gt; y pulse &lt;b&gt;{save}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The attendance window shows the group&apos;s roster with everyone unmarked. Each mark is saved the moment you press its key: there is no Save button, and closing the window or locking loses nothing.</source>
        <translation>La ventana de asistencia muestra la lista del grupo con todas las personas sin marcar. Cada marca se guarda en el momento en que pulsa su tecla: no hay botón para guardar, y cerrar la ventana o bloquear PeerDesk no hace perder nada.</translation>
    </message>
    <message>
        <source>Take attendance in a few keys</source>
        <translation>Tomar asistencia con unas pocas teclas</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Alt+P&lt;/b&gt; to mark everyone present.</source>
        <translation>Pulse &lt;b&gt;Alt+P&lt;/b&gt; para marcar a todas las personas como presentes.</translation>
    </message>
    <message>
        <source>For each person who isn&apos;t, type the first letters of their name to jump to it, then press &lt;b&gt;Enter&lt;/b&gt; to go back to the list.</source>
        <translation>Para cada persona que no esté, escriba las primeras letras de su nombre para ir a él, y pulse &lt;b&gt;Enter&lt;/b&gt; para volver a la lista.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;P&lt;/b&gt; (present), &lt;b&gt;L&lt;/b&gt; (late), &lt;b&gt;E&lt;/b&gt; (excused) or &lt;b&gt;A&lt;/b&gt; (absent). The selection moves down to the next person.</source>
        <translation>Pulse &lt;b&gt;P&lt;/b&gt; (presente), &lt;b&gt;L&lt;/b&gt; (tarde), &lt;b&gt;E&lt;/b&gt; (justificada) o &lt;b&gt;A&lt;/b&gt; (ausente). La selección baja a la persona siguiente.</translation>
    </message>
    <message>
        <source>For a name that starts with P, L, E or A, press &lt;b&gt;/&lt;/b&gt; first, then type the name.</source>
        <translation>Para un nombre que empiece con P, L, E o A, pulse primero &lt;b&gt;/&lt;/b&gt; y luego escriba el nombre.</translation>
    </message>
    <message>
        <source>Made a mistake? &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes the last change, and &lt;b&gt;Delete&lt;/b&gt; clears a mark.</source>
        <translation>¿Se equivocó? &lt;b&gt;Ctrl+Z&lt;/b&gt; deshace el último cambio y &lt;b&gt;Supr&lt;/b&gt; borra una marca.</translation>
    </message>
    <message>
        <source>Add someone who isn&apos;t on the list</source>
        <translation>Agregar a alguien que no está en la lista</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+N&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+N&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type the name they go by and press &lt;b&gt;Enter&lt;/b&gt;.</source>
        <translation>Escriba el nombre que usa la persona y pulse &lt;b&gt;Enter&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>They are added as a walk-in and marked present. A peer can complete their record later.</source>
        <translation>Se agrega como persona nueva y queda marcada como presente. Un par puede completar su expediente más tarde.</translation>
    </message>
    <message>
        <source>Write the topic and notes</source>
        <translation>Escribir el tema y las notas</translation>
    </message>
    <message>
        <source>Click in &lt;b&gt;{topic}&lt;/b&gt; (or press &lt;b&gt;Tab&lt;/b&gt; until you reach it) and type what the session was about.</source>
        <translation>Haga clic en &lt;b&gt;{topic}&lt;/b&gt; (o pulse &lt;b&gt;Tab&lt;/b&gt; hasta llegar) y escriba de qué trató la sesión.</translation>
    </message>
    <message>
        <source>In &lt;b&gt;{notes}&lt;/b&gt;, write how the group went and what to follow up. Please leave out names.</source>
        <translation>En &lt;b&gt;{notes}&lt;/b&gt;, escriba cómo fue el grupo y a qué hay que darle seguimiento. Por favor, no incluya nombres.</translation>
    </message>
    <message>
        <source>Both save themselves as you type. Press &lt;b&gt;Ctrl+W&lt;/b&gt; to close the window when you are done.</source>
        <translation>Ambos se guardan solos mientras escribe. Pulse &lt;b&gt;Ctrl+W&lt;/b&gt; para cerrar la ventana cuando termine.</translation>
    </message>
    <message>
        <source>Two co-facilitators can take attendance for the same session. Each sees the other&apos;s marks when they come back to the window.</source>
        <translation>Dos cofacilitadores pueden tomar asistencia en la misma sesión. Cada uno ve las marcas del otro al volver a la ventana.</translation>
    </message>
    <message>
        <source>A coordinator sees every staff member and sets what each role needs. Everyone else sees and keeps their own record.</source>
        <translation>Un coordinador ve a todo el personal y define lo que necesita cada rol. Las demás personas ven y llevan su propio registro.</translation>
    </message>
    <message>
        <source>Add a training you have done</source>
        <translation>Agregar una capacitación que hizo</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+N&lt;/b&gt;, or &lt;b&gt;{add}&lt;/b&gt; on the &lt;b&gt;{done}&lt;/b&gt; tab.</source>
        <translation>Pulse &lt;b&gt;Ctrl+N&lt;/b&gt;, o &lt;b&gt;{add}&lt;/b&gt; en la pestaña &lt;b&gt;{done}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type the training&apos;s name, the day you completed it and the hours. When the training is required for your role, its expiry date fills itself in.</source>
        <translation>Escriba el nombre de la capacitación, el día en que la terminó y las horas. Si la capacitación es obligatoria para su rol, la fecha de vencimiento se completa sola.</translation>
    </message>
    <message>
        <source>To attach the certificate, press &lt;b&gt;{choose}&lt;/b&gt; and choose the PDF or picture. It is kept encrypted inside PeerDesk.</source>
        <translation>Para adjuntar el certificado, pulse &lt;b&gt;{choose}&lt;/b&gt; y elija el PDF o la imagen. Se guarda cifrado dentro de PeerDesk.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{save}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{save}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Abrir un certificado</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;{done}&lt;/b&gt; tab and choose the training.</source>
        <translation>Abra la pestaña &lt;b&gt;{done}&lt;/b&gt; y elija la capacitación.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;{open}&lt;/b&gt;. The certificate opens inside PeerDesk, never in another program.</source>
        <translation>Pulse &lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;{open}&lt;/b&gt;. El certificado se abre dentro de PeerDesk, nunca en otro programa.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Esc&lt;/b&gt; or &lt;b&gt;Ctrl+W&lt;/b&gt; to close it.</source>
        <translation>Pulse &lt;b&gt;Esc&lt;/b&gt; o &lt;b&gt;Ctrl+W&lt;/b&gt; para cerrarlo.</translation>
    </message>
    <message>
        <source>Log supervision</source>
        <translation>Registrar supervisión</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;{tab}&lt;/b&gt; tab and press &lt;b&gt;{log}&lt;/b&gt;.</source>
        <translation>Abra la pestaña &lt;b&gt;{tab}&lt;/b&gt; y pulse &lt;b&gt;{log}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Fill in the date, how long it was, the supervisor and the topics, such as self-care or a burnout check-in.</source>
        <translation>Complete la fecha, cuánto duró, quién supervisó y los temas, como el autocuidado o una revisión del agotamiento.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{save}&lt;/b&gt;. Each month&apos;s minutes are shown beside the target.</source>
        <translation>Pulse &lt;b&gt;{save}&lt;/b&gt;. Los minutos de cada mes aparecen junto al objetivo.</translation>
    </message>
    <message>
        <source>See who needs to renew (coordinators)</source>
        <translation>Ver quién necesita renovar (coordinadores)</translation>
    </message>
    <message>
        <source>The list at the top shows each staff member&apos;s status in words, and what needs attention.</source>
        <translation>La lista de arriba muestra en palabras el estado de cada persona del personal y lo que necesita atención.</translation>
    </message>
    <message>
        <source>Choose a person. The &lt;b&gt;{tab}&lt;/b&gt; tab lists each required training with when it was done and when it runs out, the hours done, and last month&apos;s supervision.</source>
        <translation>Elija a una persona. La pestaña &lt;b&gt;{tab}&lt;/b&gt; muestra cada capacitación obligatoria con cuándo se hizo y cuándo vence, las horas hechas y la supervisión del mes pasado.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{requirements}&lt;/b&gt; to set, for each role, the trainings needed and how often they renew, the rules for hours, and the minutes of supervision a month.</source>
        <translation>Pulse &lt;b&gt;{requirements}&lt;/b&gt; para definir, para cada rol, las capacitaciones necesarias y cada cuánto se renuevan, las reglas de horas y los minutos de supervisión al mes.</translation>
    </message>
    <message>
        <source>There is a caseload summary; a participant summary, with a plain-language version for the participant to keep; attendance for a group; a sign-in sheet; training and supervision; and, for coordinators, the program report for funders, which shows no names.</source>
        <translation>Hay un resumen de casos asignados; un resumen del participante, con una versión en lenguaje sencillo para que el participante la conserve; la asistencia de un grupo; una hoja de firmas; capacitación y supervisión; y, para los coordinadores, el informe del programa para los financiadores, que no muestra nombres.</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Crear un informe</translation>
    </message>
    <message>
        <source>Choose the report in the list. The sentence under the list says what it holds.</source>
        <translation>Elija el informe en la lista. La frase debajo de la lista dice qué contiene.</translation>
    </message>
    <message>
        <source>Choose the period, such as last month or last quarter, or &lt;b&gt;{dates}&lt;/b&gt; to type them.</source>
        <translation>Elija el período, como el mes pasado o el último trimestre, o &lt;b&gt;{dates}&lt;/b&gt; para escribir las fechas.</translation>
    </message>
    <message>
        <source>If the report asks for them, choose the group, peer or participant.</source>
        <translation>Si el informe lo pide, elija el grupo, el par o el participante.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{show}&lt;/b&gt;. Its pages appear on the right. A long report shows how far it has got, and you can cancel it.</source>
        <translation>Pulse &lt;b&gt;{show}&lt;/b&gt;. Sus páginas aparecen a la derecha. Un informe largo muestra cuánto lleva, y usted puede cancelarlo.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{save}&lt;/b&gt; to choose where to save it, or &lt;b&gt;{print}&lt;/b&gt; to print it.</source>
        <translation>Pulse &lt;b&gt;{save}&lt;/b&gt; para elegir dónde guardarlo, o &lt;b&gt;{print}&lt;/b&gt; para imprimirlo.</translation>
    </message>
    <message>
        <source>Give a participant their own summary</source>
        <translation>Darle a un participante su propio resumen</translation>
    </message>
    <message>
        <source>Choose the participant summary, then the participant (type part of their name to find them).</source>
        <translation>Elija el resumen del participante y luego al participante (escriba parte de su nombre para encontrarlo).</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;{plain}&lt;/b&gt;.</source>
        <translation>Marque &lt;b&gt;{plain}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{show}&lt;/b&gt;, read it through, then print it or save it.</source>
        <translation>Pulse &lt;b&gt;{show}&lt;/b&gt;, léalo completo y luego imprímalo o guárdelo.</translation>
    </message>
    <message>
        <source>Nothing is written to the computer until you save. A saved or printed report is not encrypted: keep it somewhere private, and shred paper copies you no longer need.</source>
        <translation>No se escribe nada en la computadora hasta que usted guarda. Un informe guardado o impreso no está cifrado: guárdelo en un lugar privado y destruya las copias en papel que ya no necesite.</translation>
    </message>
    <message>
        <source>Everything is encrypted before it leaves the computer: the hub can&apos;t read a name, a note or a phone number.</source>
        <translation>Todo se cifra antes de salir de la computadora: el servidor central no puede leer un nombre, una nota ni un número de teléfono.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+S&lt;/b&gt; or &lt;b&gt;{sync_now}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Ctrl+S&lt;/b&gt; o &lt;b&gt;{sync_now}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The status line says when it&apos;s done. If the hub can&apos;t be reached, everything keeps working here, and PeerDesk syncs by itself every 5 minutes once it can.</source>
        <translation>La línea de estado indica cuándo termina. Si no se puede llegar al servidor central, todo sigue funcionando aquí, y PeerDesk sincroniza solo cada 5 minutos en cuanto puede.</translation>
    </message>
    <message>
        <source>Settle something that needs review</source>
        <translation>Resolver algo que necesita revisión</translation>
    </message>
    <message>
        <source>When two people changed the same thing on different computers, it shows under &lt;b&gt;{review}&lt;/b&gt; with both values, who changed them and when.</source>
        <translation>Cuando dos personas cambiaron lo mismo en computadoras distintas, aparece en &lt;b&gt;{review}&lt;/b&gt; con los dos valores, quién los cambió y cuándo.</translation>
    </message>
    <message>
        <source>Choose the item and read both values.</source>
        <translation>Elija el elemento y lea los dos valores.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{keep}&lt;/b&gt; or &lt;b&gt;{other}&lt;/b&gt;. For a record that was deleted on one computer: &lt;b&gt;{keep_deleted}&lt;/b&gt; or &lt;b&gt;{restore}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{keep}&lt;/b&gt; o &lt;b&gt;{other}&lt;/b&gt;. Para un registro que se borró en una computadora: &lt;b&gt;{keep_deleted}&lt;/b&gt; o &lt;b&gt;{restore}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your choice syncs to the other computers. Nothing is dropped without someone seeing it.</source>
        <translation>Su decisión se sincroniza con las demás computadoras. Nada se descarta sin que alguien lo vea.</translation>
    </message>
    <message>
        <source>Carry changes on a USB stick</source>
        <translation>Llevar los cambios en una memoria USB</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{save}&lt;/b&gt; and save the file on the stick.</source>
        <translation>Pulse &lt;b&gt;{save}&lt;/b&gt; y guarde el archivo en la memoria USB.</translation>
    </message>
    <message>
        <source>PeerDesk checks the whole bundle first, then brings in all of it or nothing. Bringing in the same bundle twice changes nothing.</source>
        <translation>PeerDesk revisa primero todo el paquete y luego lo importa completo o no importa nada. Importar el mismo paquete dos veces no cambia nada.</translation>
    </message>
    <message>
        <source>Add a computer (coordinators)</source>
        <translation>Agregar una computadora (coordinadores)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{add}&lt;/b&gt;. Type the computer&apos;s name, choose who uses it and where to save the enrolment file, and press &lt;b&gt;{make}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{add}&lt;/b&gt;. Escriba el nombre de la computadora, elija quién la usa y dónde guardar el archivo de registro, y pulse &lt;b&gt;{make}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PeerDesk shows a one-time code. Give the file and the code separately: the code by phone or in person.</source>
        <translation>PeerDesk muestra un código de un solo uso. Entregue el archivo y el código por separado: el código, por teléfono o en persona.</translation>
    </message>
    <message>
        <source>If a computer is lost or no longer used, press &lt;b&gt;{computers}&lt;/b&gt;, choose it and press &lt;b&gt;{stop}&lt;/b&gt;.</source>
        <translation>Si una computadora se pierde o ya no se usa, pulse &lt;b&gt;{computers}&lt;/b&gt;, elíjala y pulse &lt;b&gt;{stop}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A coordinator joins the program to its hub once, with &lt;b&gt;{join}&lt;/b&gt; and the setup token the hub gave.</source>
        <translation>Un coordinador conecta el programa a su servidor central una sola vez, con &lt;b&gt;{join}&lt;/b&gt; y el token de configuración que dio el servidor.</translation>
    </message>
    <message>
        <source>{groups} lists the groups you facilitate, with their schedule, how many are on the roster and the attendance over the last 8 sessions. A coordinator sees and sets up every group.</source>
        <translation>{groups} muestra los grupos que usted facilita, con su horario, cuántas personas hay en la lista del grupo y la asistencia de las últimas 8 sesiones. Un coordinador ve y configura todos los grupos.</translation>
    </message>
    <message>
        <source>{training} keeps each staff member&apos;s trainings, certificates and supervision, and says in words where they stand: current, expires within 60 days, expires within 30 days, overdue, or missing.</source>
        <translation>{training} guarda las capacitaciones, los certificados y la supervisión de cada persona del personal, y dice en palabras cómo está cada una: vigente, vence en menos de 60 días, vence en menos de 30 días, vencida o pendiente.</translation>
    </message>
    <message>
        <source>{reports} makes PDFs to read, save or print. Each role is offered the reports it may print.</source>
        <translation>{reports} crea PDF para leer, guardar o imprimir. A cada rol se le ofrecen los informes que puede imprimir.</translation>
    </message>
    <message>
        <source>{sync} shares changes between your program&apos;s computers, through your program&apos;s hub (a small server) or on a USB stick. It is optional: PeerDesk works fully on one computer.</source>
        <translation>{sync} comparte los cambios entre las computadoras de su programa, a través del servidor central (hub) del programa o con una memoria USB. Es opcional: PeerDesk funciona por completo en una sola computadora.</translation>
    </message>
    <message>
        <source>Go to &lt;b&gt;{sync}&lt;/b&gt; in the list on the left.</source>
        <translation>Vaya a &lt;b&gt;{sync}&lt;/b&gt; en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>On the other computer, go to &lt;b&gt;{sync}&lt;/b&gt;, press &lt;b&gt;{bring_in}&lt;/b&gt; and choose the file.</source>
        <translation>En la otra computadora, vaya a &lt;b&gt;{sync}&lt;/b&gt;, pulse &lt;b&gt;{bring_in}&lt;/b&gt; y elija el archivo.</translation>
    </message>
    <message>
        <source>On the new computer, go to &lt;b&gt;{sync}&lt;/b&gt;, press &lt;b&gt;{enrol}&lt;/b&gt;, choose the file, type the code and press &lt;b&gt;{enrol_ok}&lt;/b&gt;.</source>
        <translation>En la computadora nueva, vaya a &lt;b&gt;{sync}&lt;/b&gt;, pulse &lt;b&gt;{enrol}&lt;/b&gt;, elija el archivo, escriba el código y pulse &lt;b&gt;{enrol_ok}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{settings} has three parts: how PeerDesk looks for you, the settings of the whole program, and facts about this vault, such as its folder and its newest backup.</source>
        <translation>{settings} tiene tres partes: cómo se ve PeerDesk para usted, la configuración de todo el programa y datos sobre esta bóveda, como su carpeta y su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Change the language, text size or contrast</source>
        <translation>Cambiar el idioma, el tamaño del texto o el contraste</translation>
    </message>
    <message>
        <source>Choose your language under &lt;b&gt;{language}&lt;/b&gt;.</source>
        <translation>Elija su idioma en &lt;b&gt;{language}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a larger &lt;b&gt;{size}&lt;/b&gt; if the words are hard to read, or tick &lt;b&gt;{contrast}&lt;/b&gt;.</source>
        <translation>En &lt;b&gt;{size}&lt;/b&gt;, elija uno más grande si le cuesta leer, o marque &lt;b&gt;{contrast}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use}&lt;/b&gt;. These choices are yours alone: other people who sign in keep their own.</source>
        <translation>Pulse &lt;b&gt;{use}&lt;/b&gt;. Estas opciones son solo suyas: las demás personas que inician sesión conservan las propias.</translation>
    </message>
    <message>
        <source>Change the program&apos;s settings (coordinators)</source>
        <translation>Cambiar la configuración del programa (coordinadores)</translation>
    </message>
    <message>
        <source>Type the program&apos;s name as it should appear on reports.</source>
        <translation>Escriba el nombre del programa tal como debe aparecer en los informes.</translation>
    </message>
    <message>
        <source>Choose after how many minutes without use PeerDesk locks itself.</source>
        <translation>Elija después de cuántos minutos sin uso se bloquea PeerDesk.</translation>
    </message>
    <message>
        <source>Type the local crisis resources: numbers and places to call in a crisis. They show on every safety plan.</source>
        <translation>Escriba los recursos locales para crisis: números y lugares a los que llamar en una crisis. Aparecen en cada plan de seguridad.</translation>
    </message>
    <message>
        <source>Choose when someone counts as at risk of disengaging: after how many days without a contact or an attended session, or how many group sessions missed in a row.</source>
        <translation>Elija cuándo se considera que alguien está en riesgo de desvincularse: después de cuántos días sin un contacto ni una sesión con asistencia, o después de cuántas sesiones de grupo perdidas seguidas.</translation>
    </message>
    <message>
        <source>Put the program&apos;s logo on reports (coordinators)</source>
        <translation>Poner el logotipo del programa en los informes (coordinadores)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{choose}&lt;/b&gt; and choose a PNG or JPEG picture of up to 1 MB.</source>
        <translation>Pulse &lt;b&gt;{choose}&lt;/b&gt; y elija una imagen PNG o JPEG de hasta 1 MB.</translation>
    </message>
    <message>
        <source>It is kept inside the vault and printed at the top of every report.</source>
        <translation>Se guarda dentro de la bóveda y se imprime en la parte superior de cada informe.</translation>
    </message>
    <message>
        <source>To take it off again, press &lt;b&gt;{remove}&lt;/b&gt;.</source>
        <translation>Para quitarlo, pulse &lt;b&gt;{remove}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{backup}&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;{backup}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose where to save the backup, for example on a USB stick you keep somewhere safe.</source>
        <translation>Elija dónde guardar la copia de seguridad, por ejemplo en una memoria USB que guarde en un lugar seguro.</translation>
    </message>
    <message>
        <source>The backup is encrypted: it opens only with a passphrase or the recovery key of this vault. PeerDesk also makes backups by itself, and shows the newest under &lt;b&gt;{vault}&lt;/b&gt;.</source>
        <translation>La copia de seguridad está cifrada: solo se abre con una frase de contraseña o con la clave de recuperación de esta bóveda. PeerDesk también hace copias de seguridad por sí solo y muestra la más reciente en &lt;b&gt;{vault}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PeerDesk user guide</source>
        <translation>Guía de uso de PeerDesk</translation>
    </message>
    <message>
        <source>For peers, facilitators and coordinators. It holds the same words as the help inside PeerDesk (press &lt;b&gt;F1&lt;/b&gt;), with a picture of each screen.</source>
        <translation>Para pares, facilitadores y coordinadores. Tiene el mismo texto que la ayuda de PeerDesk (pulse &lt;b&gt;F1&lt;/b&gt;), con una imagen de cada pantalla.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>PeerDesk is a desktop app for peer support programs in trauma recovery. Peers keep their caseload, co-facilitators take group attendance, and coordinators keep training records and print summaries. Everything is stored encrypted on the computer.</source>
        <translation>PeerDesk es una aplicación de escritorio para programas de apoyo entre pares en la recuperación del trauma. Los pares llevan sus casos asignados, los cofacilitadores toman asistencia en los grupos y los coordinadores llevan los registros de capacitación e imprimen resúmenes. Todo se guarda cifrado en la computadora.</translation>
    </message>
    <message>
        <source>Try PeerDesk with the demo vault</source>
        <translation>Probar PeerDesk con la bóveda de demostración</translation>
    </message>
    <message>
        <source>In the PeerDesk folder, run &lt;b&gt;make run&lt;/b&gt;. The first time, it makes a demo vault of made-up people: nothing in it is real.</source>
        <translation>En la carpeta de PeerDesk, ejecute &lt;b&gt;make run&lt;/b&gt;. La primera vez crea una bóveda de demostración con personas inventadas: nada de lo que contiene es real.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;demo&lt;/b&gt; (a coordinator) with the passphrase &lt;b&gt;demo passphrase&lt;/b&gt;.</source>
        <translation>Inicie sesión como &lt;b&gt;demo&lt;/b&gt; (un coordinador) con la frase de contraseña &lt;b&gt;demo passphrase&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>To see PeerDesk as a peer does, sign in as &lt;b&gt;sam&lt;/b&gt;, &lt;b&gt;alex&lt;/b&gt; or &lt;b&gt;jo&lt;/b&gt;; as a facilitator, as &lt;b&gt;rae&lt;/b&gt;. The passphrase is the same.</source>
        <translation>Para ver PeerDesk como lo ve un par, inicie sesión como &lt;b&gt;sam&lt;/b&gt;, &lt;b&gt;alex&lt;/b&gt; o &lt;b&gt;jo&lt;/b&gt;; como lo ve un facilitador, como &lt;b&gt;rae&lt;/b&gt;. La frase de contraseña es la misma.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; anywhere to open the help for the screen you are on.</source>
        <translation>Pulse &lt;b&gt;F1&lt;/b&gt; en cualquier lugar para abrir la ayuda de la pantalla en la que está.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>PeerDesk help</source>
        <translation>Ayuda de PeerDesk</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <source>Up and Down change the topic.</source>
        <translation>Las flechas arriba y abajo cambian el tema.</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutKeys</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Flecha arriba / abajo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Letters of a name</source>
        <translation>Letras de un nombre</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Help for the screen you are on</source>
        <translation>Ayuda de la pantalla en la que está</translation>
    </message>
    <message>
        <source>Lock PeerDesk now</source>
        <translation>Bloquear PeerDesk ahora</translation>
    </message>
    <message>
        <source>Go to an area in the list on the left, in its order</source>
        <translation>Ir a un área de la lista de la izquierda, en su orden</translation>
    </message>
    <message>
        <source>Go to the next or the previous box, list or button</source>
        <translation>Ir al cuadro, la lista o el botón siguiente o anterior</translation>
    </message>
    <message>
        <source>Quit PeerDesk (on Windows: Alt+F4)</source>
        <translation>Salir de PeerDesk (en Windows: Alt+F4)</translation>
    </message>
    <message>
        <source>Sign in (from the passphrase)</source>
        <translation>Iniciar sesión (desde la frase de contraseña)</translation>
    </message>
    <message>
        <source>Load today&apos;s list again</source>
        <translation>Volver a cargar la lista de hoy</translation>
    </message>
    <message>
        <source>Open the chosen person, group or training</source>
        <translation>Abrir la persona, el grupo o la capacitación elegidos</translation>
    </message>
    <message>
        <source>Search the caseload by name</source>
        <translation>Buscar en los casos asignados por nombre</translation>
    </message>
    <message>
        <source>Open the chosen participant&apos;s record</source>
        <translation>Abrir el expediente del participante elegido</translation>
    </message>
    <message>
        <source>Go to a part of the record</source>
        <translation>Ir a una parte del expediente</translation>
    </message>
    <message>
        <source>Log a new contact</source>
        <translation>Registrar un contacto nuevo</translation>
    </message>
    <message>
        <source>Save what you are typing</source>
        <translation>Guardar lo que está escribiendo</translation>
    </message>
    <message>
        <source>Tick the chosen milestone as done (Goals)</source>
        <translation>Marcar como hecho el hito elegido (Metas)</translation>
    </message>
    <message>
        <source>In a date: one day later or earlier</source>
        <translation>En una fecha: un día después o antes</translation>
    </message>
    <message>
        <source>Close the record&apos;s window</source>
        <translation>Cerrar la ventana del expediente</translation>
    </message>
    <message>
        <source>Start (or carry on with) today&apos;s session of the group</source>
        <translation>Empezar (o continuar) la sesión de hoy del grupo</translation>
    </message>
    <message>
        <source>Open the chosen session to see or change its marks</source>
        <translation>Abrir la sesión elegida para ver o cambiar sus marcas</translation>
    </message>
    <message>
        <source>Mark everyone not yet marked as present</source>
        <translation>Marcar como presentes a todas las personas aún sin marcar</translation>
    </message>
    <message>
        <source>Mark present, late, excused or absent, then go down</source>
        <translation>Marcar presente, tarde, justificada o ausente, y bajar</translation>
    </message>
    <message>
        <source>Clear the chosen person&apos;s mark</source>
        <translation>Borrar la marca de la persona elegida</translation>
    </message>
    <message>
        <source>Jump to that name</source>
        <translation>Ir a ese nombre</translation>
    </message>
    <message>
        <source>Jump to a name that starts with P, L, E or A</source>
        <translation>Ir a un nombre que empieza con P, L, E o A</translation>
    </message>
    <message>
        <source>Go to the name box</source>
        <translation>Ir al cuadro del nombre</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Add someone who isn&apos;t on the list (a walk-in)</source>
        <translation>Agregar a alguien que no está en la lista (persona nueva)</translation>
    </message>
    <message>
        <source>Close the attendance window (nothing is lost)</source>
        <translation>Cerrar la ventana de asistencia (no se pierde nada)</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Agregar una capacitación</translation>
    </message>
    <message>
        <source>Open the chosen training&apos;s certificate</source>
        <translation>Abrir el certificado de la capacitación elegida</translation>
    </message>
    <message>
        <source>Close the certificate</source>
        <translation>Cerrar el certificado</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Choose a help topic</source>
        <translation>Elegir un tema de ayuda</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
</TS>
