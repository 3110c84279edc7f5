<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review below.</source>
        <translation>
            <numerusform>%n change to review below.</numerusform>
            <numerusform>%n changes to review below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to {0}. It is encrypted: only this program&apos;s computers can read it. On the other computer, choose “Bring in a bundle…”.</source>
        <translation>
            <numerusform>Saved %n record to {0}. It is encrypted: only this program&apos;s computers can read it. On the other computer, choose “Bring in a bundle…”.</numerusform>
            <numerusform>Saved %n records to {0}. It is encrypted: only this program&apos;s computers can read it. On the other computer, choose “Bring in a bundle…”.</numerusform>
        </translation>
    </message>
</context>
</TS>
