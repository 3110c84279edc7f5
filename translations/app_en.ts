<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Data: %n damaged part(s) found.</source>
        <translation>
            <numerusform>Data: %n damaged part found.</numerusform>
            <numerusform>Data: %n damaged parts found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n de-identified {kind} row(s) to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</source>
        <translation>
            <numerusform>Wrote %n de-identified {kind} row to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</numerusform>
            <numerusform>Wrote %n de-identified {kind} rows to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n {kind} row(s) to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</source>
        <translation>
            <numerusform>Wrote %n {kind} row to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</numerusform>
            <numerusform>Wrote %n {kind} rows to {file}. This file is not encrypted: keep it safe and delete it when you&apos;re done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased participant {participant}. Their name, details and notes are gone; dates and counts remain for past reports. %n older automatic backup(s) held them and were replaced by a new one. Backup files or exports saved elsewhere still hold them.</source>
        <translation>
            <numerusform>Erased participant {participant}. Their name, details and notes are gone; dates and counts remain for past reports. %n older automatic backup held them and was replaced by a new one. Backup files or exports saved elsewhere still hold them.</numerusform>
            <numerusform>Erased participant {participant}. Their name, details and notes are gone; dates and counts remain for past reports. %n older automatic backups held them and were replaced by a new one. Backup files or exports saved elsewhere still hold them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made a demo vault in {folder} with %n made-up participant(s).
Sign in as any of: {names}
Passphrase for all of them: {passphrase}</source>
        <translation>
            <numerusform>Made a demo vault in {folder} with %n made-up participant.
Sign in as any of: {names}
Passphrase for all of them: {passphrase}</numerusform>
            <numerusform>Made a demo vault in {folder} with %n made-up participants.
Sign in as any of: {names}
Passphrase for all of them: {passphrase}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent {sent} and received %n change(s).</source>
        <translation>
            <numerusform>Sent {sent} and received %n change.</numerusform>
            <numerusform>Sent {sent} and received %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need someone to look at them: &apos;peerdesk sync review&apos; lists them.</source>
        <translation>
            <numerusform>%n change needs someone to look at it: &apos;peerdesk sync review&apos; lists it.</numerusform>
            <numerusform>%n changes need someone to look at them: &apos;peerdesk sync review&apos; lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {0}. It is encrypted; import it on the other computer with &apos;peerdesk bundle import&apos;.</source>
        <translation>
            <numerusform>Wrote %n record to {0}. It is encrypted; import it on the other computer with &apos;peerdesk bundle import&apos;.</numerusform>
            <numerusform>Wrote %n records to {0}. It is encrypted; import it on the other computer with &apos;peerdesk bundle import&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0}: %n record(s) changed.</source>
        <translation>
            <numerusform>Imported {0}: %n record changed.</numerusform>
            <numerusform>Imported {0}: %n records changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need review.</source>
        <translation>
            <numerusform>%n change needs review.</numerusform>
            <numerusform>%n changes need review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message numerus="yes">
        <source>Report written (%n page(s))</source>
        <translation>
            <numerusform>Report written (%n page)</numerusform>
            <numerusform>Report written (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>{0} (%n kept)</source>
        <translation>
            <numerusform>{0} (%n kept)</numerusform>
            <numerusform>{0} (%n kept)</numerusform>
        </translation>
    </message>
</context>
</TS>
