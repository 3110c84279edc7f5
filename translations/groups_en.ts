<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceWindow</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message numerus="yes">
        <source>%n session(s), newest first. P present, L late, E excused, A absent. Rate is attended ÷ marked. In red: missed as many in a row as the at-risk rule in Settings allows, so they count as at risk in Today and Caseload.</source>
        <translation>
            <numerusform>%n session, newest first. P present, L late, E excused, A absent. Rate is attended ÷ marked. In red: missed as many in a row as the at-risk rule in Settings allows, so they count as at risk in Today and Caseload.</numerusform>
            <numerusform>%n sessions, newest first. P present, L late, E excused, A absent. Rate is attended ÷ marked. In red: missed as many in a row as the at-risk rule in Settings allows, so they count as at risk in Today and Caseload.</numerusform>
        </translation>
    </message>
</context>
</TS>
