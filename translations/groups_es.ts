<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Entering a past session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all present (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone not yet marked becomes present (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last mark (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to jump to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster and marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on the list? Type their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Delete&lt;/b&gt; clears · type a name to jump to it (press &lt;b&gt;/&lt;/b&gt; first for names starting with P, L, E or A) · &lt;b&gt;Ctrl+N&lt;/b&gt; adds a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group went, what to follow up. Please leave out names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance — {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was on {0}. Enter the marks from the signed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {0} of {1}: {2}. Each mark is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic and notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Add to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they go by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roster from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody you can add from a caseload. Type the name of someone new; a peer can complete their record later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roster &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Recovery group, Women&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thursdays 6pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;All groups&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;My groups&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (last 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended ÷ marked over the last {0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take attendance for today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a p&amp;ast session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in attendance from a signed paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF to print, with the roster&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roster since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;off the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a session to see or change its marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet. Use “New group…” to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You aren&apos;t down as a facilitator of any group yet. A coordinator can add you to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue today&apos;&amp;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the attendance history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions, newest first. P present, L late, E excused, A absent. Rate is attended ÷ marked. Two or more missed in a row counts as at risk in Today and Caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a past session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day was the session on the paper sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a sheet of the roster&apos;s names for people to sign, for the day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {0}. It lists names: once the marks are entered, please shred it and delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person in the roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {0} off this group&apos;s roster from today? Their past attendance stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
