<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n session(s) held in the period</source>
        <translation>
            <numerusform>%n session held in the period</numerusform>
            <numerusform>%n sessions held in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the roster or marked</source>
        <translation>
            <numerusform>%n person on the roster or marked</numerusform>
            <numerusform>%n people on the roster or marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disengaged</source>
        <translation>
            <numerusform>%n disengaged</numerusform>
            <numerusform>%n disengaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discharged</source>
        <translation>
            <numerusform>%n discharged</numerusform>
            <numerusform>%n discharged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due,</source>
        <comment>follow-ups, and the since line follows</comment>
        <translation>
            <numerusform>%n due,</numerusform>
            <numerusform>%n due,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in person</source>
        <translation>
            <numerusform>%n time in person</numerusform>
            <numerusform>%n times in person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone call(s)</source>
        <translation>
            <numerusform>%n phone call</numerusform>
            <numerusform>%n phone calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text conversation(s)</source>
        <translation>
            <numerusform>%n text conversation</numerusform>
            <numerusform>%n text conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) you went to together</source>
        <translation>
            <numerusform>%n appointment you went to together</numerusform>
            <numerusform>%n appointments you went to together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) after a group</source>
        <translation>
            <numerusform>%n chat after a group</numerusform>
            <numerusform>%n chats after a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <comment>more than twice</comment>
        <translation>
            <numerusform>%n times</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) set by {0}</source>
        <translation>
            <numerusform>%n goal set by {0}</numerusform>
            <numerusform>%n goals set by {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n milestone(s) done by then</source>
        <translation>
            <numerusform>{0} of %n milestone done by then</numerusform>
            <numerusform>{0} of %n milestones done by then</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, overdue by %n day(s)</source>
        <translation>
            <numerusform>{0}, overdue by %n day</numerusform>
            <numerusform>{0}, overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done every step you planned (%n of %n).</source>
        <translation>
            <numerusform>You have done every step you planned (%n of %n).</numerusform>
            <numerusform>You have done every step you planned (%n of %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are working on this. You have done {0} of the %n step(s).</source>
        <translation>
            <numerusform>You are working on this. You have done {0} of the %n step.</numerusform>
            <numerusform>You are working on this. You have done {0} of the %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You came to {0} of %n group session(s).</source>
        <translation>
            <numerusform>You came to {0} of %n group session.</numerusform>
            <numerusform>You came to {0} of %n group sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired on {0}, %n day(s) ago</source>
        <translation>
            <numerusform>Expired on {0}, %n day ago</numerusform>
            <numerusform>Expired on {0}, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires on {0}, in %n day(s)</source>
        <translation>
            <numerusform>Expires on {0}, in %n day</numerusform>
            <numerusform>Expires on {0}, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} h in the last %n month(s), {2} h short</source>
        <translation>
            <numerusform>{0} of {1} h in the last %n month, {2} h short</numerusform>
            <numerusform>{0} of {1} h in the last %n months, {2} h short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enough until {0}, when older hours leave the %n-month window</source>
        <translation>
            <numerusform>Enough until {0}, when older hours leave the %n-month window</numerusform>
            <numerusform>Enough until {0}, when older hours leave the %n-month window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue or missing</source>
        <translation>
            <numerusform>%n item overdue or missing</numerusform>
            <numerusform>%n items overdue or missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, renewed every %n month(s)</source>
        <translation>
            <numerusform>{0}, renewed every %n month</numerusform>
            <numerusform>{0}, renewed every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} h in any %n month(s)</source>
        <translation>
            <numerusform>{0}: {1} h in any %n month</numerusform>
            <numerusform>{0}: {1} h in any %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>{0}: %n page(s).</source>
        <translation>
            <numerusform>{0}: %n page.</numerusform>
            <numerusform>{0}: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {0} (%n page(s)) to {1}. The file isn&apos;t encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>
            <numerusform>Saved {0} (%n page) to {1}. The file isn&apos;t encrypted: keep it safe and delete it when you no longer need it.</numerusform>
            <numerusform>Saved {0} (%n pages) to {1}. The file isn&apos;t encrypted: keep it safe and delete it when you no longer need it.</numerusform>
        </translation>
    </message>
</context>
</TS>
