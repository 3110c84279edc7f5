<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Engagement</name>
    <message numerus="yes">
        <source>No contact or group attendance for %n day(s)</source>
        <translation>
            <numerusform>No contact or group attendance for %n day</numerusform>
            <numerusform>No contact or group attendance for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact or group attendance since intake, %n day(s) ago</source>
        <translation>
            <numerusform>No contact or group attendance since intake, %n day ago</numerusform>
            <numerusform>No contact or group attendance since intake, %n days ago</numerusform>
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
