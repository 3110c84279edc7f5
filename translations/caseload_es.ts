<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the participant goes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, paused, disengaged or discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer whose caseload this participant is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the most recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soonest follow-up not yet met by a contact, and how many are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest “hope today” rating (0 to 10) and the change since the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the participant may be drifting away, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ▲ +{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ▼ −{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer has this participant in their caseload yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due now or overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No hope rating yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope {0} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, the first rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, up {1} since the rating before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, down {1} since the rating before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, the same as the rating before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;All caseloads&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caseload&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators work with groups, not caseloads, so there is no caseload to show here. Your groups, rosters and attendance are under Groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table narrows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected participant. Click a column title to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many participants are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the selected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected participants to another peer&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n participant(s) to {0}&apos;s caseload.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected participant(s) to the caseload of:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Peers who can take a caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Enter or double-click opens the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Loading today&apos;s list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load today&apos;s list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointments today and tomorrow ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments today and tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;ups due ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk of disengaging ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of disengaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has been in touch recently. No one looks at risk of disengaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group sessions today ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group sessions today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;trainings expiring soon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trainings expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trainings are all current for the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff trainings to renew ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff trainings to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every staff member&apos;s trainings are current for the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s list couldn&apos;t be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {0}. It&apos;s {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your groups and trainings for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 appointment today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer goes along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transport yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} follow-ups open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0}&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact or group attendance since intake, {0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact or group attendance for {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed the last {0} group sessions in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · Today&apos;s session is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired {0} days ago ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired yesterday ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in {0} days ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 staff member has a training expired or expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} staff members have trainings expired or expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
