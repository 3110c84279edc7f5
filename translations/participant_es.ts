<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CareTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
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
        <source>Reminder made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport arranged for the chosen appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder made for the chosen appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chosen appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the chosen referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the new referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing; sleep; family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the contact of {0}. Ctrl+N logs another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals, milestones and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal, milestone or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal in the list to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a milestone (Space) when it&apos;s done; it is saved straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time this record was opened or changed, newest first. The history can&apos;t be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating from {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} statements answered. The total shows when all are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — at or above the cut-off of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — below the cut-off of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the original study linked {0} or more with sustained recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above the cut-off of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the cut-off of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0} needs an answer to every statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: choose a rating first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <source>Participant — PeerDesk[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and assigned peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments &amp;&amp; referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents &amp;&amp; safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+{0}: parts of the record · Ctrl+N: log a contact · Ctrl+Enter or Ctrl+S: save what you&apos;re typing · Ctrl+W: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record can&apos;t be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t open this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — PeerDesk[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program id: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Crisis plan in place. The safety plan, key contacts and local crisis resources are under Consents &amp; safety (Ctrl+6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that aren&apos;t saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name rosters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural or spiritual needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural or spiritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to reach them safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone, email or address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, email or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK to mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact method message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a way to reach them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK to mail: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK to text: {0} · OK to voicemail: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Consents to peer support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to their record being synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save consents and safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to share information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named person or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing consent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local crisis resources have been set up yet. A coordinator can add them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to share information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan, in their words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
