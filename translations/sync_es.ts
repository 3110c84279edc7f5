<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddComputerDialog</name>
    <message>
        <source>Add a computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pia&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;enrolment file to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk writes an enrolment file for the new computer and shows a one-time code. The file is useless without the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>The code for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file for &lt;b&gt;{0}&lt;/b&gt; is saved as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its one-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code separately from the file, by phone or in person, never in the same email or on the same USB stick. On the new computer, sign in to PeerDesk, go to Sync and choose “Enrol this computer…”, then type the code.

Write it down now: it isn&apos;t shown again. If it&apos;s lost, add the computer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Computers that sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop this computer syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stopped computer can no longer send or receive changes. What it already holds stays on it, so keep it locked away or wipe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a computer syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “{0}” syncing? It will no longer send or receive changes. This can&apos;t be undone: to use it again, add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator gives you an enrolment file (on a USB stick, say) and, separately, its one-time code. Capitals and dashes don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed by the hub when it was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever started the hub has its address and the setup token it printed. The hub only ever stores encrypted changes; it can&apos;t read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;bundle to a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;ing in a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the hub at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By USB bundles only (no hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer isn&apos;t set up to sync. Join a hub if your program has one, or add a computer to share work with it by USB bundles. Your work stays on this computer until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer isn&apos;t set up to sync. Ask your coordinator for an enrolment file and its one-time code, then choose “Enrol this computer…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs by itself every 5 minutes while PeerDesk is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a bundle to a USB stick and bring it in on the other computer, and the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no hub: use USB bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and receiving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: nothing to send or receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0} and received {1} changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} need(s) review below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub hasn&apos;t taken every change yet; the rest go next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped before it finished; the rest goes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can&apos;t sync any more. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} record(s) to {1}. It is encrypted: only this program&apos;s computers can read it. On the other computer, choose “Bring in a bundle…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought in {0}: {1} record(s) changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} change(s) need review: see “Needs review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people changed the same thing on different computers. PeerDesk kept the later change; look at each and choose. Your choice syncs like any edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deleted this on {1}. {2} changed {3} to “{4}” on {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept&lt;/b&gt; ({0}, {1}): {2}&lt;br&gt;&lt;b&gt;Other value&lt;/b&gt; ({3}, {4}): {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now syncs with the hub at {0}. Add the program&apos;s other computers with “Add a computer…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the hub at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by USB bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer ({0}) is enrolled and syncs {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
