"""A demo vault full of made-up but realistic data, for trying PeerDesk and for training.

Everything is written through the services, so validation, stamping and the audit log
all apply: the coordinator "demo" enters the caseloads (each contact credited to the
participant's peer), groups and training, and the facilitator "rae", signed in as
herself, takes attendance at every group. Only `random.Random(seed)` and `today` decide
the data, so the same seed and day always give the same records (record ids are random,
as always).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from peerdesk.db.models import (
    AttendanceMark,
    Base,
    ContactType,
    Goal,
    GoalStatus,
    GroupSession,
    Participant,
    ParticipantStatus,
    ReferralStatus,
    Role,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services.encounters import EncounterService
from peerdesk.services.goals import GoalService
from peerdesk.services.groups import GroupService
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService, add_months
from peerdesk.services.users import UserService
from peerdesk.vault.vault import UnlockedVault, Vault

DEMO_PASSPHRASE = "demo passphrase"
ORGANISATION = "Riverside Peer Support (demo)"
COORDINATOR = "demo"
PEERS = ("sam", "alex", "jo")
FACILITATOR = "rae"
MAX_PARTICIPANTS = 100_000
PEOPLE_PER_TRANSACTION = 50

T = TypeVar("T")


@dataclass(frozen=True)
class DemoVault:
    """What was made: where, who can sign in (name, role value) and with what."""

    folder: Path
    users: list[tuple[str, str]]
    passphrase: str
    participants: int


# --- made-up content -------------------------------------------------------------------


def _items(text: str) -> tuple[str, ...]:
    """A comma-separated list written as one string (keeps the tables below short)."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


@dataclass(frozen=True)
class _NamePool:
    language: str
    weight: int
    women: tuple[str, ...]
    men: tuple[str, ...]
    anyone: tuple[str, ...]
    families: tuple[str, ...]


NAME_POOLS = (
    _NamePool(
        "English",
        64,
        _items(
            "Maya, Keisha, Priya, Lena, Imani, Hana, Zara, Tanisha, Rosa, Mei, Nadia, Aiyana, "
            "Grace, Chloe, Brianna, Ingrid"
        ),
        _items(
            "Darnell, Ethan, Marcus, Tomasz, Caleb, Noah, Owen, Andre, Luis, Kwame, Ravi, "
            "Jamal, Connor, Felix"
        ),
        _items("Jordan, Devon, Eli, Quinn, Rowan, Sky, Casey, River"),
        _items(
            "Ashford, Brightwater, Cloverdale, Dunmore, Everly, Fairbanks, Greenleaf, Hollins, "
            "Ironwood, Juniper, Kingsley, Larkin, Meadowbrook, Northcott, Oakley, Pembrook, "
            "Quincey, Redfern, Silverton, Thornbury, Underhill, Valemont, Whitlock, Yardley"
        ),
    ),
    _NamePool(
        "Spanish",
        16,
        _items("Lucía, Camila, Valeria, Ximena, Marisol, Paola, Guadalupe, Inés"),
        _items("Mateo, Diego, Javier, Andrés, Esteban, Rafael, Joaquín, Emilio"),
        _items("Alexis, Cruz"),
        _items(
            "Alvarado, Beltrán, Cordero, del Valle, Estrada, Fuentes, Galindo, Herrera, "
            "Ibarra, Montoya, Olvera, Quintero"
        ),
    ),
    _NamePool(
        "Vietnamese",
        5,
        _items("Linh, Thao, Mai, Trang"),
        _items("Minh, Quang, Huy, Bao"),
        _items("An"),
        _items("Nguyen, Tran, Le, Pham, Hoang, Vo, Dang, Bui"),
    ),
    _NamePool(
        "Arabic",
        5,
        _items("Layla, Yasmin, Noor, Rania"),
        _items("Omar, Karim, Samir, Tariq"),
        _items("Rayan"),
        _items("Haddad, Khalil, Mansour, Nasser, Saleh, Aziz"),
    ),
    _NamePool(
        "Somali",
        5,
        _items("Hodan, Ayaan, Ifrah, Sahra"),
        _items("Abdi, Mahad, Liban, Guled"),
        _items("Nuur"),
        _items("Warsame, Farah, Osman, Abdullahi, Hassan, Jama"),
    ),
    _NamePool(
        "Tagalog",
        5,
        _items("Maricel, Liza, Analyn, Jocelyn"),
        _items("Jomar, Rowel, Paolo, Ramil"),
        _items("Jun"),
        _items("Bautista, Dela Cruz, Mendoza, Villanueva, Santos, Aquino, Soriano"),
    ),
)
REFERRAL_SOURCES = (
    ("Court", 15),
    ("Hospital", 20),
    ("Self", 20),
    ("Shelter", 15),
    ("Outreach", 15),
    ("Clinic", 15),
)
TAGS = _items(
    "parent, veteran, new to the area, lgbtq+, student, working, grandparent, "
    "faith community, housing insecure, artist, in recovery from substance use"
)
TOPICS = ("housing", "benefits", "transport", "family", "employment", "wellbeing", "court")
CONTACT_NOTES = {
    "housing": (
        "Looked at the housing waitlist together.",
        "Talked through what to ask the landlord.",
        "Filled in part of the housing application.",
        "Went over options for when the lease ends.",
    ),
    "benefits": (
        "Gathered papers for the benefits renewal.",
        "Called the benefits office together.",
        "Went over the new benefits letter line by line.",
    ),
    "transport": (
        "Sorted out a bus pass.",
        "Planned the route to next week's appointment.",
        "Booked a ride for the clinic visit.",
    ),
    "family": (
        "Talked about reconnecting with family at their own pace.",
        "Shared how the visit with the kids went.",
        "Thought through a hard conversation with a sibling.",
    ),
    "employment": (
        "Worked on a résumé together.",
        "Practised answers for an interview.",
        "Talked about a part-time job lead.",
    ),
    "wellbeing": (
        "Checked in about sleep and stress; grounding skills are helping.",
        "Went for a walk and talked.",
        "Shared what has been helping this week.",
        "A hard week; talked about what helps on bad days.",
    ),
    "court": (
        "Prepared for the court date together.",
        "Went over the dates and conditions.",
        "Talked about feelings before the hearing.",
    ),
}
TEXT_NOTES = (
    "Quick check-in by text; doing okay.",
    "Sent a reminder about this week's appointment.",
    "Texted to say hello; replied with a thumbs up.",
)
OUTREACH_NOTES = (
    "Found them at the drop-in centre and caught up.",
    "Stopped by the shelter to say hello.",
    "Met at the park near the library.",
)
# (contact type, weight, shortest and longest minutes)
CONTACT_TYPES = (
    (ContactType.IN_PERSON, 35, 30, 90),
    (ContactType.PHONE, 28, 5, 40),
    (ContactType.TEXT, 15, 1, 5),
    (ContactType.OUTREACH, 8, 15, 60),
    (ContactType.ACCOMPANIED, 7, 60, 180),
    (ContactType.GROUP_FOLLOWUP, 7, 10, 30),
)
# (kind, place, how likely the peer goes along)
APPOINTMENT_KINDS = (
    ("peer meeting", "Riverside office", 1.0),
    ("clinical", "Eastside Health Clinic", 0.4),
    ("housing", "County Housing Office", 0.6),
    ("court", "County Courthouse, Room 3", 0.8),
    ("benefits", "Benefits office, 5th Street", 0.5),
    ("medical", "Riverside Family Practice", 0.3),
    ("legal aid", "Community Legal Aid", 0.5),
    ("dental", "Riverside Dental Clinic", 0.2),
)
APPOINTMENT_NOTES = (
    "Bring ID and the letter.",
    "Meet 15 minutes early at the front door.",
    "Wants someone there for support.",
    None,
    None,
)
REFERRAL_SERVICES = (
    "Riverside Housing Navigation",
    "Community Legal Aid",
    "Eastside Food Pantry",
    "Job Readiness Program",
    "Riverside Dental Clinic",
    "Trauma therapy at Eastside Counselling",
    "Benefits advice line",
    "Family Support Centre",
    "English classes at the library",
    "Women's Safety Network",
)
GOALS = (
    (
        "Find a stable place to live",
        (
            "Get on the housing waitlist",
            "Gather ID and papers",
            "Visit two apartments",
            "Sign a lease",
        ),
    ),
    ("Reconnect with my sister", ("Write her a letter", "Make a phone call", "Meet for coffee")),
    (
        "Sleep better",
        (
            "Keep a sleep diary for two weeks",
            "Try a wind-down routine",
            "Talk to the doctor about sleep",
        ),
    ),
    (
        "Get back to work part-time",
        ("Update my résumé", "Apply to three jobs", "Go to an interview", "Start work"),
    ),
    (
        "Go back to school",
        ("Look up GED classes", "Sign up for a class", "Finish the first module"),
    ),
    (
        "Feel safe going out on my own",
        (
            "Walk to the corner shop with a friend",
            "Take the bus once on my own",
            "Go to the library alone",
            "Go to a group on my own",
        ),
    ),
    (
        "Manage my money",
        ("Open a bank account", "Make a simple budget", "Save $20 a week for a month"),
    ),
    ("Get my driver's licence back", ("Pay the old fines", "Book the test", "Pass the test")),
    (
        "Build a support network",
        ("Join a group", "Swap numbers with one person", "Call someone on a hard day"),
    ),
    (
        "Take care of my health",
        (
            "Find a family doctor",
            "Go to a check-up",
            "Walk three times a week",
            "Cook at home twice a week",
        ),
    ),
)
GOAL_NOTES = (
    "Took a first small step and felt proud of it.",
    "Had a hard week; we made the next step smaller.",
    "Celebrated a milestone together.",
    "Still wants this goal; no rush.",
    "Named what gets in the way and who can help.",
    "Feeling more confident about this.",
)
STATUS_NOTES = {
    ParticipantStatus.PAUSED: (
        "Taking a break while settling into a new job.",
        "Paused at their request; will check in next month.",
    ),
    ParticipantStatus.DISENGAGED: (
        "No reply to calls or texts for several weeks.",
        "Moved without a forwarding number; will welcome them back any time.",
    ),
    ParticipantStatus.DISCHARGED: (
        "Goals met; closed with a warm goodbye.",
        "Moved away; connected with a peer program there.",
    ),
}
SAFETY_PLAN = (
    "Warning signs: not sleeping, pulling away from friends. What helps: music, a walk, "
    "calling their key contact. If it gets worse: the 24-hour crisis line."
)
KEY_CONTACT_RELATIONS = ("sister", "friend", "aunt", "sponsor", "neighbour", "cousin", "partner")
CULTURAL_NEEDS = (
    "Prefers a woman peer.",
    "Would like faith-based support.",
    "Observes Ramadan; flexible meeting times then.",
    "Would like to meet other veterans.",
)
ACCESS_NEEDS = (
    "Uses a wheelchair; needs step-free rooms.",
    "Hard of hearing; face them when speaking.",
    "Prefers written reminders.",
    "Mornings are hard; afternoons work better.",
)
SHARING_PARTIES = (
    "Eastside Health Clinic",
    "County Housing Office",
    "Community Legal Aid",
    "Riverside Family Practice",
)
# (name, kind, schedule, location, co-facilitators, weekday, who it is for)
GROUPS = (
    (
        "Tuesday Recovery Circle",
        "recovery circle",
        "Tuesdays 6:00 to 7:30 pm",
        "Riverside Community Center, Room B",
        ("sam", "rae"),
        1,
        "all",
    ),
    (
        "Women's Healing Group",
        "trauma recovery",
        "Thursdays 10:00 to 11:30 am",
        "Riverside office, quiet room",
        ("alex", "rae"),
        3,
        "women",
    ),
    (
        "Spanish-language Peer Group",
        "peer support (Spanish)",
        "Wednesdays 5:30 to 7:00 pm",
        "Eastside Library, meeting room 2",
        ("jo", "rae"),
        2,
        "spanish",
    ),
    (
        "Wellness & Self-care Workshop",
        "workshop",
        "Fridays 1:00 to 2:30 pm",
        "Riverside Community Center, Studio",
        ("rae", "sam"),
        4,
        "all",
    ),
)
SESSION_TOPICS = _items(
    "Grounding skills, Sleep and rest, Setting boundaries, Coping with anniversaries, "
    "Building a support network, Self-compassion, Noticing triggers, Hope and goals, "
    "Healthy relationships, Stress and the body, Asking for what we need, "
    "Celebrating progress, Mindful walking, Journaling, Eating well on a budget, "
    "Creative expression, Rest without guilt, Sharing our stories"
)
SPANISH_TOPICS = _items(
    "Autocuidado, Manejo del estrés, Redes de apoyo, Límites sanos, Esperanza y metas, "
    "Dormir mejor, Celebrar los logros, Compartir nuestras historias"
)
# (training, renewal months, category, hours)
REQUIRED_TRAININGS: dict[Role, tuple[tuple[str, int, str, float], ...]] = {
    Role.PEER: (
        ("Confidentiality", 12, "core", 2),
        ("Boundaries", 24, "core", 3),
        ("Crisis response", 12, "core", 8),
        ("Trauma-informed care", 24, "core", 6),
        ("Peer certification", 24, "certification", 40),
    ),
    Role.FACILITATOR: (
        ("Confidentiality", 12, "core", 2),
        ("Trauma-informed care", 24, "core", 6),
        ("Group facilitation", 24, "core", 12),
    ),
    Role.COORDINATOR: (
        ("Confidentiality", 12, "core", 2),
        ("Crisis response", 12, "core", 8),
    ),
}
# Continuing education (category "CEU"), with hours.
CEU_TRAININGS = (
    ("Motivational interviewing", 6.0),
    ("Naloxone training", 2.0),
    ("Suicide prevention (QPR)", 3.0),
    ("Cultural humility", 4.0),
    ("Harm reduction basics", 4.0),
    ("Wellness Recovery Action Plan (WRAP) facilitation", 12.0),
    ("Working with families", 3.0),
    ("Grief and loss", 3.0),
    ("Housing First in practice", 2.0),
    ("Self-care for helpers", 2.0),
    ("De-escalation skills", 6.0),
)
ETHICS_CATEGORY = "ethics"
ETHICS_COURSE = ("Ethics in peer practice", 3.0)
SHORT_ETHICS_COURSE = ("Ethics: dual relationships", 1.5)
# (label, category, hours, in any this many months)
HOUR_RULES: dict[Role, tuple[tuple[str, str, float, int], ...]] = {
    Role.PEER: (
        ("Continuing education", "CEU", 36.0, 24),
        ("Ethics", ETHICS_CATEGORY, 3.0, 24),
    ),
    Role.FACILITATOR: (("Continuing education", "CEU", 12.0, 12),),
}
SUPERVISION_MINUTES = {Role.PEER: 60, Role.FACILITATOR: 30}
SUPERVISION_TOPICS = _items(
    "caseload review, boundaries, burnout check-in, difficult conversations, "
    "group dynamics, documentation, crisis debrief, sharing lived experience"
)
SUPERVISION_NOTES = (
    "Talked about workload and what helps after hard days.",
    "Reviewed the caseload; planned outreach for people we haven't heard from.",
    "Debriefed a hard week; agreed on a lighter Friday.",
    None,
)


# --- plans -------------------------------------------------------------------------------


@dataclass
class _Person:
    """One made-up participant and the shape of their time with the program."""

    index: int
    peer: str
    external_id: str
    first_name: str
    last_name: str
    pronouns: str
    language: str
    date_of_birth: date
    intake: date
    referral_source: str
    status: ParticipantStatus
    status_on: date | None
    last_engaged: date  # their last contact; after it they drift, pause or leave
    drifting: bool = False
    crisis: bool = False
    absent_from: date | None = None  # has missed every group session since then
    topics: list[str] = field(default_factory=list)
    participant_id: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name[0].upper()}."

    @property
    def regular(self) -> bool:
        """Active and still in touch."""
        return self.status is ParticipantStatus.ACTIVE and not self.drifting


@dataclass
class _Enrolment:
    person: _Person
    enrolled_on: date
    exited_on: date | None


class _Builder:
    def __init__(
        self,
        vault: Vault,
        coordinator: UnlockedVault,
        rng: random.Random,
        today: date,
        say: Callable[[str], None],
    ) -> None:
        self.vault = vault
        self.rng = rng
        self.today = today
        self.say = say
        self.coordinator = coordinator
        self.staff: dict[str, UnlockedVault] = {COORDINATOR: coordinator}
        self.user_ids: dict[str, str] = {}
        self.people: list[_Person] = []
        self.goal_notes: list[tuple[str, date, str]] = []  # (goal id, day, note)
        self.goal_statuses: list[tuple[str, GoalStatus]] = []

    def when(self) -> date:
        return self.today

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def pick(self, options: Sequence[tuple[T, int]]) -> T:
        return self.rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]

    def phone(self) -> str:
        return f"(503) 555-01{self.rng.randint(0, 99):02d}"

    # --- staff ----------------------------------------------------------------------------

    def add_staff(self) -> None:
        users = UserService(self.coordinator)
        for name in PEERS:
            users.add_user(name, Role.PEER, DEMO_PASSPHRASE)
        users.add_user(FACILITATOR, Role.FACILITATOR, DEMO_PASSPHRASE)
        self.user_ids = {user.name: user.id for user in users.list_users()}
        # Each sign-in costs a key derivation, so only the facilitator signs in herself.
        self.staff[FACILITATOR] = self.vault.unlock(FACILITATOR, DEMO_PASSPHRASE)

    # --- participants ---------------------------------------------------------------------

    def plan_people(self, count: int) -> None:
        rng = self.rng
        used: set[tuple[str, str]] = set()
        for index in range(count):
            pool = rng.choices(NAME_POOLS, weights=[p.weight for p in NAME_POOLS])[0]
            for _ in range(20):  # avoid two people with the same name while names last
                kind = rng.choices(("f", "m", "x"), weights=(48, 42, 10))[0]
                names = pool.women if kind == "f" else pool.men if kind == "m" else pool.anyone
                first, last = rng.choice(names), rng.choice(pool.families)
                if (first, last) not in used:
                    break
            used.add((first, last))
            if kind == "x" or rng.random() < 0.06:
                pronouns = "they/them"
            elif kind == "f":
                pronouns = "she/they" if rng.random() < 0.1 else "she/her"
            else:
                pronouns = "he/they" if rng.random() < 0.08 else "he/him"
            age = rng.randint(19, 70)
            intake = self.days_ago(rng.randint(2, 455))
            status, status_on = ParticipantStatus.ACTIVE, None
            if (self.today - intake).days >= 60:
                roll = rng.random()
                if roll < 0.07:
                    status = ParticipantStatus.PAUSED
                elif roll < 0.14:
                    status = ParticipantStatus.DISENGAGED
                elif roll < 0.24:
                    status = ParticipantStatus.DISCHARGED
                if status is not ParticipantStatus.ACTIVE:
                    status_on = intake + timedelta(
                        days=rng.randint(30, (self.today - intake).days - 3)
                    )
            last_engaged = self.today
            if status_on is not None:
                last_engaged = status_on
                if status is ParticipantStatus.DISENGAGED:
                    last_engaged = max(intake, status_on - timedelta(days=rng.randint(21, 45)))
            referral = self.pick(REFERRAL_SOURCES)
            topics = [*rng.sample(TOPICS[:5], 2), "wellbeing"]
            if referral == "Court":
                topics.append("court")
            self.people.append(
                _Person(
                    index=index,
                    peer=PEERS[index % len(PEERS)],
                    external_id=f"RP-{index + 1:04d}",
                    first_name=first,
                    last_name=last,
                    pronouns=pronouns,
                    language=pool.language,
                    date_of_birth=self.today
                    - timedelta(days=int(age * 365.25) + rng.randint(0, 360)),
                    intake=intake,
                    referral_source=referral,
                    status=status,
                    status_on=status_on,
                    last_engaged=last_engaged,
                    topics=topics,
                )
            )
        # Roughly one in eight active people has drifted: no contact for three weeks or more.
        eligible = [
            p
            for p in self.people
            if p.status is ParticipantStatus.ACTIVE and (self.today - p.intake).days >= 35
        ]
        drifting = max(1, round(count * 0.12)) if eligible else 0
        for person in rng.sample(eligible, min(drifting, len(eligible))):
            person.drifting = True
            longest = min(60, (self.today - person.intake).days)
            person.last_engaged = self.days_ago(rng.randint(22, longest))

    def add_caseloads(self) -> None:
        """Everyone with their contacts, goals and measures, a few transactions in all
        (one per batch keeps the write-ahead log small for a large demo)."""
        unlocked = self.coordinator
        people = ParticipantService(unlocked, self.when)
        encounters = EncounterService(unlocked, self.when)
        goals = GoalService(unlocked, self.when)
        measures = MeasureService(unlocked, today=self.when)
        for start in range(0, len(self.people), PEOPLE_PER_TRANSACTION):
            with unlocked.transaction() as session:
                for person in self.people[start : start + PEOPLE_PER_TRANSACTION]:
                    self._add_person(people, person, session)
                    held = _loaded(session, Participant, person.participant_id)
                    self._add_contacts_and_measures(encounters, measures, person, session)
                    self._add_goals(goals, person, session)
                    del held

    def _add_person(self, service: ParticipantService, person: _Person, session: Session) -> None:
        rng = self.rng
        person.crisis = crisis = rng.random() < 0.15
        interpreter = person.language != "English" and rng.random() < 0.7
        tags = rng.sample(TAGS, rng.choices((0, 1, 2, 3), weights=(25, 40, 25, 10))[0])
        if person.referral_source == "Court":
            tags.append("court involved")
        person.participant_id = service.create(
            person.display_name,
            assigned_peer=person.peer,
            session=session,
            external_id=person.external_id,
            first_name=person.first_name,
            last_name=person.last_name,
            pronouns=person.pronouns,
            date_of_birth=person.date_of_birth,
            preferred_language=person.language,
            intake_date=person.intake,
            referral_source=person.referral_source,
            consent_to_services=True,
            consent_to_sync=rng.random() < 0.6,
            crisis_flag=crisis,
            safety_plan=SAFETY_PLAN if crisis else None,
            cultural_needs=rng.choice(CULTURAL_NEEDS) if rng.random() < 0.15 else None,
            access_needs=rng.choice(ACCESS_NEEDS) if rng.random() < 0.15 else None,
            needs_transport=rng.random() < 0.25,
            needs_interpreter=interpreter,
            tags=tags,
            notes="Made-up person for the PeerDesk demo; not a real participant.",
        )
        ok_to_text = rng.random() < 0.75
        service.add_contact_method(
            person.participant_id,
            "phone",
            self.phone(),
            ok_to_text=ok_to_text,
            ok_to_voicemail=rng.random() < (0.6 if ok_to_text else 0.3),
            session=session,
        )

    def _contact_dates(self, person: _Person) -> list[date]:
        rng = self.rng
        cadence = rng.uniform(7, 15)
        days = [person.intake]
        while True:
            gap = max(1, round(rng.gauss(cadence, cadence / 3)))
            day = days[-1] + timedelta(days=gap)
            if day > person.last_engaged:
                break
            days.append(day)
        if person.regular and (self.today - days[-1]).days > 14:
            days.append(self.days_ago(rng.randint(0, 10)))
        elif not person.regular and days[-1] < person.last_engaged:
            days.append(person.last_engaged)
        return days

    def _add_contacts_and_measures(
        self,
        encounters: EncounterService,
        measures: MeasureService,
        person: _Person,
        session: Session,
    ) -> None:
        rng = self.rng
        pid = person.participant_id
        days = self._contact_dates(person)
        hope_base, hope_slope = (
            rng.randint(2, 6),
            (rng.uniform(0.15, 0.45) if rng.random() < 0.8 else rng.uniform(-0.2, 0.05)),
        )
        barc_base, barc_growth = (
            rng.uniform(2.6, 4.6),
            (rng.uniform(0.05, 0.4) if rng.random() < 0.8 else rng.uniform(-0.1, 0.05)),
        )
        barc_offsets = [rng.uniform(-0.6, 0.6) for _ in range(10)]
        asks_satisfaction = rng.random() < 0.6
        last_hope = last_barc = last_satisfaction = None
        for number, day in enumerate(days):
            is_last = number == len(days) - 1
            if number == 0:
                kind, minutes = ContactType.IN_PERSON, 60
                topics = ["wellbeing"]
                notes: str | None = "First meeting: talked about what they want from peer support."
            else:
                kind, low, high = self.pick([((t, lo, hi), w) for t, w, lo, hi in CONTACT_TYPES])
                minutes = rng.randint(low, high)
                topics = [rng.choice(person.topics)]
                if rng.random() < 0.3:
                    topics.append(rng.choice(TOPICS))
                notes = self._contact_note(kind, topics[0])
            follow_up = self._follow_up(person, day, None if is_last else days[number + 1])
            encounters.log_contact(
                pid,
                day,
                kind,
                duration_minutes=minutes,
                topics=topics,
                notes=notes,
                follow_up_date=follow_up,
                staff_id=self.user_ids[person.peer],
                session=session,
            )
            face_to_face = kind in (ContactType.IN_PERSON, ContactType.ACCOMPANIED)
            months = (day - person.intake).days / 30
            if kind is not ContactType.TEXT and (last_hope is None or (day - last_hope).days >= 24):
                hope = round(hope_base + hope_slope * months + rng.gauss(0, 0.8))
                measures.record(pid, "hope", day, items=[min(10, max(0, hope))], session=session)
                last_hope = day
            if face_to_face and (last_barc is None or (day - last_barc).days >= 85):
                level = barc_base + barc_growth * months / 3
                items = [
                    min(6, max(1, round(level + offset + rng.gauss(0, 0.45))))
                    for offset in barc_offsets
                ]
                measures.record(pid, "barc10", day, items=items, session=session)
                last_barc = day
            if (
                asks_satisfaction
                and face_to_face
                and number > 0
                and (last_satisfaction is None or (day - last_satisfaction).days >= 55)
            ):
                rating = rng.choices((2, 3, 4, 5), weights=(5, 15, 45, 35))[0]
                measures.record(pid, "satisfaction", day, items=[rating], session=session)
                last_satisfaction = day

    def _follow_up(self, person: _Person, day: date, next_day: date | None) -> date | None:
        """Follow-ups are met by the next contact; the last contact's one is usually still
        ahead, overdue for a few people and for most of those who have drifted."""
        rng = self.rng
        if next_day is not None:
            gap = (next_day - day).days
            return day + timedelta(days=rng.randint(1, gap)) if rng.random() < 0.3 else None
        if person.regular and rng.random() < 0.6:
            if day < self.today and rng.random() < 0.1:
                return day + timedelta(days=rng.randint(1, (self.today - day).days))
            return self.today + timedelta(days=rng.randint(1, 14))
        if person.drifting and rng.random() < 0.6:
            return day + timedelta(days=rng.randint(3, 10))
        return None

    def _contact_note(self, kind: ContactType, topic: str) -> str | None:
        rng = self.rng
        if rng.random() < 0.2:
            return None
        if kind is ContactType.TEXT:
            return rng.choice(TEXT_NOTES)
        if kind is ContactType.OUTREACH:
            return rng.choice(OUTREACH_NOTES)
        return rng.choice(CONTACT_NOTES[topic])

    def _add_goals(self, service: GoalService, person: _Person, session: Session) -> None:
        rng = self.rng
        end = person.last_engaged
        for title, steps in rng.sample(GOALS, rng.randint(1, 3)):
            set_on = min(person.intake + timedelta(days=rng.randint(0, 21)), end)
            goal_id = service.add_goal(person.participant_id, title, set_on, session=session)
            held = _loaded(session, Goal, goal_id)
            due, ticking, ticked = set_on, True, 0
            count = rng.randint(2, min(4, len(steps)))
            for step in steps[:count]:
                due += timedelta(days=rng.randint(14, 45))
                milestone = service.add_milestone(goal_id, step, due, session=session)
                ticking = ticking and due <= end and rng.random() < 0.8
                if ticking:
                    done = min(max(set_on, due + timedelta(days=rng.randint(-10, 5))), end)
                    service.tick_milestone(milestone, done, session=session)
                    ticked += 1
            del held
            span = (end - set_on).days
            for _ in range(1 if rng.random() < 0.7 else 2):
                day = set_on + timedelta(days=rng.randint(0, span))
                self.goal_notes.append((goal_id, day, rng.choice(GOAL_NOTES)))
            if ticked == count and rng.random() < 0.7:
                self.goal_statuses.append((goal_id, GoalStatus.ACHIEVED))
            elif ticked < count and rng.random() < 0.06:
                self.goal_statuses.append((goal_id, GoalStatus.SET_ASIDE))

    def add_follow_through(self) -> None:
        """What the services write one at a time: statuses, safety contacts, consents,
        appointments, referrals and goal notes."""
        rng = self.rng
        regulars = [p for p in self.people if p.regular]
        soon = max(2, len(self.people) // 12)
        order = [p.index for p in rng.sample(regulars, len(regulars))]
        due_today, due_tomorrow = set(order[:soon]), set(order[soon : 2 * soon])
        people = ParticipantService(self.coordinator, self.when)
        encounters = EncounterService(self.coordinator, self.when)
        goals = GoalService(self.coordinator, self.when)
        for person in self.people:
            pid = person.participant_id
            if person.status_on is not None:
                people.set_status(
                    pid, person.status, person.status_on, rng.choice(STATUS_NOTES[person.status])
                )
            if person.crisis or rng.random() < 0.15:  # safety plans name someone to call
                people.add_key_contact(
                    pid,
                    f"{rng.choice(NAME_POOLS[0].women + NAME_POOLS[0].men)} "
                    f"{rng.choice('ABCDEFGHJKLMNPRSTW')}.",
                    rng.choice(KEY_CONTACT_RELATIONS),
                    self.phone(),
                )
            if rng.random() < 0.25:
                people.add_sharing_consent(
                    pid,
                    rng.choice(SHARING_PARTIES),
                    person.intake,
                    person.intake + timedelta(days=365),
                )
            self._add_appointments(
                encounters, person, person.index in due_today, person.index in due_tomorrow
            )
            self._add_referrals(encounters, person)
        for goal_id, day, note in self.goal_notes:
            goals.add_note(goal_id, note, day)
        for goal_id, status in self.goal_statuses:
            goals.set_status(goal_id, status)

    def _appointment(
        self, service: EncounterService, person: _Person, day: date, mixed: bool = False
    ) -> None:
        rng = self.rng
        kind, place, goes_along = rng.choice(APPOINTMENT_KINDS)
        starts = datetime.combine(
            day, time(rng.choice((9, 10, 11, 13, 14, 15, 16)), rng.choice((0, 30)))
        )
        past = day < self.today
        service.add_appointment(
            person.participant_id,
            starts,
            kind,
            place=place,
            peer_goes_along=rng.random() < goes_along,
            transport_arranged=rng.random() < (0.5 if mixed else 0.7 if past else 0.4),
            reminder_made=rng.random() < (0.5 if mixed else 0.9 if past else 0.3),
            notes=rng.choice(APPOINTMENT_NOTES),
        )

    def _add_appointments(
        self, service: EncounterService, person: _Person, today: bool, tomorrow: bool
    ) -> None:
        rng = self.rng
        span = (person.last_engaged - person.intake).days
        for _ in range(rng.choices((0, 1, 2, 3), weights=(35, 40, 20, 5))[0]):
            self._appointment(service, person, person.intake + timedelta(days=rng.randint(0, span)))
        if today:
            self._appointment(service, person, self.today, mixed=True)
        if tomorrow:
            self._appointment(service, person, self.today + timedelta(days=1), mixed=True)
        if person.regular:
            for _ in range(rng.choices((0, 1, 2), weights=(40, 45, 15))[0]):
                ahead = self.today + timedelta(days=rng.randint(2, 30))
                self._appointment(service, person, ahead)

    def _add_referrals(self, service: EncounterService, person: _Person) -> None:
        rng = self.rng
        span = (person.last_engaged - person.intake).days
        count = rng.choices((0, 1, 2, 3), weights=(25, 40, 25, 10))[0]
        for name in rng.sample(REFERRAL_SERVICES, count):
            made_on = person.intake + timedelta(days=rng.randint(0, span))
            status = ReferralStatus.MADE
            if (self.today - made_on).days >= 14:
                status = self.pick(
                    [
                        (ReferralStatus.CONNECTED, 50),
                        (ReferralStatus.MADE, 15),
                        (ReferralStatus.DECLINED, 15),
                        (ReferralStatus.NO_LONGER_NEEDED, 20),
                    ]
                )
            service.add_referral(person.participant_id, name, made_on, status)

    # --- groups ---------------------------------------------------------------------------

    def _roster(self, audience: str) -> list[_Enrolment]:
        rng = self.rng
        start = self.days_ago(364)
        settled = [p for p in self.people if (self.today - p.intake).days >= 14]
        if audience == "women":
            settled = [p for p in settled if p.pronouns in ("she/her", "she/they", "they/them")]
        # 8 to 13 people on the roster now (fewer in a small demo, where not everyone
        # should be in every group), and a few who have left it.
        most = max(3, len(self.people) // 3)
        current = self._choose(
            [p for p in settled if p.status is ParticipantStatus.ACTIVE],
            min(rng.randint(8, 13), most),
            spanish=audience == "spanish",
        )
        chosen = {p.index for p in current}
        former = self._choose(
            [p for p in settled if p.index not in chosen],
            min(rng.randint(1, 4), most // 3),
            spanish=audience == "spanish",
        )
        roster = []
        for person in sorted(current + former, key=lambda p: p.index):
            enrolled = max(person.intake, start) + timedelta(days=rng.randint(0, 21))
            enrolled = min(enrolled, self.days_ago(7))
            exited = None
            if person.index not in chosen:
                exited = person.status_on or enrolled + timedelta(days=rng.randint(28, 150))
                if exited <= enrolled or exited >= self.days_ago(7):
                    continue
            roster.append(_Enrolment(person, enrolled, exited))
        # Now and then someone still in touch with their peer stops coming to groups.
        steady = [e.person for e in roster if e.person.regular and e.exited_on is None]
        if steady and rng.random() < 0.75:
            rng.choice(steady).absent_from = self.days_ago(16)
        return roster

    def _choose(self, people: list[_Person], count: int, *, spanish: bool) -> list[_Person]:
        """`count` of `people` at random; for the Spanish-language group, Spanish
        speakers first and then bilingual people."""
        rng = self.rng
        if not spanish:
            return rng.sample(people, min(count, len(people)))
        speakers = [p for p in people if p.language == "Spanish"]
        others = [p for p in people if p.language != "Spanish"]
        chosen = rng.sample(speakers, min(count, len(speakers)))
        return chosen + rng.sample(others, min(count - len(chosen), len(others)))

    def add_groups(self) -> None:
        """The coordinator sets up the groups and rosters; the facilitator records a
        year of weekly sessions and attendance."""
        coordinator = self.coordinator
        service = GroupService(coordinator, self.when)
        groups: list[tuple[str, int, str, list[_Enrolment]]] = []
        with coordinator.transaction() as session:
            for name, kind, schedule, location, facilitators, weekday, audience in GROUPS:
                group_id = service.create_group(
                    name,
                    kind=kind,
                    schedule=schedule,
                    location=location,
                    facilitators=list(facilitators),
                    session=session,
                )
                roster = self._roster(audience)
                for entry in roster:
                    service.enrol(
                        group_id,
                        entry.person.participant_id,
                        entry.enrolled_on,
                        entry.exited_on,
                        session=session,
                    )
                groups.append((group_id, weekday, audience, roster))
        self.say(translate("Demo", "Taking attendance…"))
        for group_id, weekday, audience, roster in groups:
            self._add_sessions(group_id, weekday, audience, roster)

    def _add_sessions(
        self, group_id: str, weekday: int, audience: str, roster: list[_Enrolment]
    ) -> None:
        rng = self.rng
        unlocked = self.staff[FACILITATOR]
        service = GroupService(unlocked, self.when)
        topics = SPANISH_TOPICS if audience == "spanish" else SESSION_TOPICS
        # Weekly for the past year, from when the first people joined.
        day = min((e.enrolled_on for e in roster), default=self.days_ago(364))
        day += timedelta(days=(weekday - day.weekday()) % 7)
        days = []
        while day <= self.today:
            if not _is_holiday(day):
                days.append(day)
            day += timedelta(days=7)
        # Each person is marked once per session, so the service's look-up of an earlier
        # mark needn't see unsaved ones: without autoflush the marks go in one batch.
        with unlocked.transaction() as session, session.no_autoflush:
            for held_on in days:
                session_id = service.session_on(
                    group_id, held_on, topic=rng.choice(topics), session=session
                )
                group_session = _loaded(session, GroupSession, session_id)
                if held_on == self.today:
                    continue  # today's session: attendance still to take
                for entry in roster:
                    if held_on < entry.enrolled_on or (
                        entry.exited_on is not None and held_on > entry.exited_on
                    ):
                        continue
                    mark = self._mark(entry.person, held_on)
                    service.mark(session_id, entry.person.participant_id, mark, session=session)
                del group_session

    def _mark(self, person: _Person, held_on: date) -> AttendanceMark:
        stopped = person.absent_from is not None and held_on >= person.absent_from
        if stopped or held_on > person.last_engaged:
            return AttendanceMark.ABSENT
        return self.pick(
            [
                (AttendanceMark.PRESENT, 80),
                (AttendanceMark.LATE, 7),
                (AttendanceMark.EXCUSED, 7),
                (AttendanceMark.ABSENT, 6),
            ]
        )

    # --- training -------------------------------------------------------------------------

    def add_training(self) -> None:
        """Requirements, hour rules and supervision targets per role, and a mix of records
        a coordinator would meet in real life: most current, a few overdue, a few running
        out within 30 or 60 days, one training never done, one peer short of ethics hours
        (another's ethics hours about to leave the window), and one peer below the
        supervision target last month."""
        rng = self.rng
        coordinator = self.coordinator
        service = TrainingService(coordinator, self.when)
        for role, trainings in REQUIRED_TRAININGS.items():
            for training, months, category, _ in trainings:
                service.require(role, training, months, category)
        for role, rules in HOUR_RULES.items():
            for label, category, hours, months in rules:
                service.set_hour_rule(role, label, hours, months, category)
        for role, minutes in SUPERVISION_MINUTES.items():
            service.set_supervision_target(role, minutes)
        roles = {COORDINATOR: Role.COORDINATOR, FACILITATOR: Role.FACILITATOR}
        staff = [COORDINATOR, *PEERS, FACILITATOR]
        needed = [
            (name, training)
            for name in staff
            for training in REQUIRED_TRAININGS[roles.get(name, Role.PEER)]
        ]
        # Most are current; a few already ran out, a few run out within 30 days and a few
        # within 60; and someone never did one of theirs.
        order = rng.sample(range(len(needed)), len(needed))
        missing = next(n for n in order if needed[n][0] != COORDINATOR)
        order.remove(missing)
        expired, soon, later = set(order[:3]), set(order[3:5]), set(order[5:7])
        short_ethics, old_ethics, _ = rng.sample(PEERS, len(PEERS))
        with coordinator.transaction() as session:
            for number, (name, (training, months, category, hours)) in enumerate(needed):
                if number == missing:
                    continue
                if number in expired:
                    expires = self.days_ago(rng.randint(5, 120))
                elif number in soon:
                    expires = self.today + timedelta(days=rng.randint(6, 28))
                elif number in later:
                    expires = self.today + timedelta(days=rng.randint(34, 58))
                else:
                    expires = self.today + timedelta(days=rng.randint(75, months * 30 - 30))
                service.add_record(
                    name,
                    training,
                    add_months(expires, -months),
                    hours=hours,
                    category=category,
                    session=session,
                )
            for name in staff:
                self._add_ceu(service, session, name)
            for name in PEERS:
                course, hours = ETHICS_COURSE
                if name == short_ethics:
                    course, hours = SHORT_ETHICS_COURSE
                    days = rng.randint(60, 300)
                elif name == old_ethics:
                    days = rng.randint(706, 716)  # leaves the 24-month window within 30 days
                else:
                    days = rng.randint(100, 500)
                service.add_record(
                    name,
                    course,
                    self.days_ago(days),
                    hours=hours,
                    category=ETHICS_CATEGORY,
                    session=session,
                )
        self._add_supervision(service)

    def _add_ceu(self, service: TrainingService, session: Session, name: str) -> None:
        """Continuing education: enough for the role's hour rule, spread over its window."""
        rng = self.rng
        if name in PEERS:
            goal, within = rng.choice((37.0, 40.0, 44.0)), 700
        elif name == FACILITATOR:
            goal, within = rng.choice((12.0, 14.0, 16.0)), 330
        else:
            goal, within = rng.choice((4.0, 6.0)), 400
        done = 0.0
        for training, hours in rng.sample(CEU_TRAININGS, len(CEU_TRAININGS)):
            if done >= goal:
                break
            service.add_record(
                name,
                training,
                self.days_ago(rng.randint(20, within)),
                hours=hours,
                category="CEU",
                session=session,
            )
            done += hours

    def _add_supervision(self, service: TrainingService) -> None:
        """A session a month for a year for the peers and the facilitator; now and then a
        short one, and one peer short of the target last month."""
        rng = self.rng
        stretched = rng.choice(PEERS)
        this_month = self.today.replace(day=1)
        for name in (*PEERS, FACILITATOR):
            for back in range(11, -1, -1):
                month = add_months(this_month, -back)
                held_on = month + timedelta(days=rng.randint(1, 25))
                if held_on > self.today:
                    continue
                if name == FACILITATOR:
                    minutes = rng.choice((30, 45, 45, 60))
                elif back == 1 and name == stretched:
                    minutes = 30
                elif back == 1:
                    minutes = rng.choice((60, 60, 75, 90))  # last month: on target
                else:
                    minutes = rng.choice((45, 60, 60, 60, 75, 90))
                topics = rng.sample(SUPERVISION_TOPICS, rng.randint(1, 2))
                if rng.random() < 0.6:
                    topics.append("self-care")
                service.log_supervision(
                    name,
                    held_on,
                    minutes,
                    supervisor=COORDINATOR,
                    topics=topics,
                    notes=rng.choice(SUPERVISION_NOTES),
                )

    def lock_all(self) -> None:
        for unlocked in self.staff.values():
            unlocked.lock()


def _loaded(session: Session, model: type[Base], record_id: str) -> Base | None:
    """The record, loaded into `session`. Keeping it in a variable keeps it in the
    session's identity map (which holds records weakly), so the services' many look-ups
    of the same participant, goal or group session while we add to it don't each go back
    to the database."""
    return session.get(model, record_id)


def _is_holiday(day: date) -> bool:
    """Days the groups don't meet: the winter break, New Year's Day, 4 July, Thanksgiving
    and the day after, Memorial Day and Labor Day."""
    if (day.month, day.day) in {(1, 1), (7, 4), (12, 24), (12, 25), (12, 26), (12, 31)}:
        return True
    if day.month == 11 and day.weekday() in (3, 4):
        thursday = day - timedelta(days=day.weekday() - 3)
        return 22 <= thursday.day <= 28  # the fourth Thursday and the Friday after
    if day.month == 5 and day.weekday() == 0:
        return day.day > 24  # the last Monday
    return day.month == 9 and day.weekday() == 0 and day.day <= 7


def build_demo_vault(
    folder: Path,
    *,
    participants: int = 60,
    seed: int = 20261129,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoVault:
    """Make a new vault in `folder` filled with made-up data, and lock it again.

    Every demo user signs in with DEMO_PASSPHRASE. Refuses a folder that already holds a
    vault. The same `seed` and `today` give the same data. `progress` gets a short
    sentence as each stage starts. If something fails part-way, the folder keeps a
    partial demo vault (locked); delete the folder to start again."""
    folder = Path(folder)
    if Vault(folder).exists():
        raise InvalidInput(
            translate(
                "Demo", "There is already a vault in {folder}. Choose an empty folder for the demo."
            ).format(folder=folder)
        )
    if not 0 <= participants <= MAX_PARTICIPANTS:
        raise InvalidInput(
            translate("Demo", "A demo can have from 0 to {most} participants.").format(
                most=MAX_PARTICIPANTS
            )
        )
    say = progress or (lambda _message: None)
    day = today or date.today()
    say(translate("Demo", "Creating the demo vault…"))
    vault = Vault(folder)
    coordinator, _ = vault.create(COORDINATOR, Role.COORDINATOR, DEMO_PASSPHRASE, ORGANISATION)
    builder = _Builder(vault, coordinator, random.Random(seed), day, say)
    try:
        say(translate("Demo", "Adding staff…"))
        builder.add_staff()
        say(translate("Demo", "Adding participants…"))
        builder.plan_people(participants)
        builder.add_caseloads()
        say(translate("Demo", "Adding appointments, referrals and goal notes…"))
        builder.add_follow_through()
        say(translate("Demo", "Setting up groups…"))
        builder.add_groups()
        say(translate("Demo", "Adding training and supervision records…"))
        builder.add_training()
        coordinator.audit("demo_data_added", detail=f"{participants} participants, seed {seed}")
    finally:
        builder.lock_all()
    say(translate("Demo", "The demo vault is ready."))
    users = [(COORDINATOR, Role.COORDINATOR.value)]
    users += [(name, Role.PEER.value) for name in PEERS]
    users.append((FACILITATOR, Role.FACILITATOR.value))
    return DemoVault(folder, users, DEMO_PASSPHRASE, participants)
