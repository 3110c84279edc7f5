<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>{0} · %n due</source>
        <translation>
            <numerusform>{0} · %n due</numerusform>
            <numerusform>{0} · %n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due now or overdue.</source>
        <translation>
            <numerusform>%n follow-up due now or overdue.</numerusform>
            <numerusform>%n follow-ups due now or overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <source>Moved %n participant(s) to {0}&apos;s caseload.</source>
        <translation>
            <numerusform>Moved %n participant to {0}&apos;s caseload.</numerusform>
            <numerusform>Moved %n participants to {0}&apos;s caseload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message numerus="yes">
        <source>Move the %n selected participant(s) to the caseload of:</source>
        <translation>
            <numerusform>Move the %n selected participant to the caseload of:</numerusform>
            <numerusform>Move the %n selected participants to the caseload of:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>No contact or group attendance since intake, %n day(s) ago</source>
        <translation>
            <numerusform>No contact or group attendance since intake, %n day ago</numerusform>
            <numerusform>No contact or group attendance since intake, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact or group attendance for %n day(s)</source>
        <translation>
            <numerusform>No contact or group attendance for %n day</numerusform>
            <numerusform>No contact or group attendance for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed the last %n group session(s) in a row</source>
        <translation>
            <numerusform>Missed the last %n group session in a row</numerusform>
            <numerusform>Missed the last %n group sessions in a row</numerusform>
        </translation>
    </message>
</context>
</TS>
