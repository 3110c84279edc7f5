"""Program metrics (DESIGN.md section 7, a contract): the figures coordinators print for
supervisors and funders, for any period, and broken down by peer, group, preferred
language or referral source.

Choices the contract leaves open, made here once for `peerdesk metrics` and the reports:

- Both dates are inclusive. A count with nothing to count is 0; a rate, share or mean
  with nothing to divide by is None (null in JSON). Rates and shares are 0 to 1 rounded to
  3 decimals; means are rounded to 2 decimals.
- Every participant counts in the periods they were served, whatever they are now:
  discharged, tombstoned (`deleted`), erased (the skeleton keeps dates, contact types,
  marks and measure totals) or a walk-in added at a session. Deleted contacts, marks,
  sessions and measures (`deleted` rows) never count.
- "First" and "latest" measures are by date, then by when they were recorded.
- A follow-up is done when the participant has a contact on or after its date and on or
  before `to`; like the caseload's engagement signals, any such contact meets it (even
  the one that set it, when the follow-up is for the same day).
- retained_90d: "day 90 after intake" is intake + 90 days.
- staff_training_compliance: the staff who can sign in now (removed users are left
  out), each assessed on `to` by `services.compliance`: compliant when every required
  training and every hour rule of their role is current or expiring (still valid on
  `to`); overdue or missing is not. Supervision is not training and doesn't count.

Breakdowns have, per bucket, the same keys as `compute()`:

- peer, language, referral_source: each participant is in exactly one bucket: the name
  of the peer assigned now, or "(no peer)"; the preferred language or referral source as
  recorded, or "(not recorded)" (erased participants fall there). Participant counts add
  up to `compute()`'s. group_sessions_held is the number of sessions in the period at
  which someone in the bucket has a mark.
- group: what happened in the group and to its members. The members are the people on
  its roster at any time in the period (or marked at its sessions). group_sessions_held
  and attendance_* count the group's own sessions and marks; participants_served and
  retained_90d count attending this group (a contact alone doesn't make someone served
  by a group); new_intakes, contacts, measures and follow-ups are its members'. Someone
  on two rosters counts in both groups.
- staff_training_compliance is None in every breakdown: it is about staff, not about
  the participants in a bucket, and a per-peer figure would single out one person.
- Buckets with nothing to count in the period are left out. Buckets are sorted by name,
  the "(no peer)" / "(not recorded)" bucket last.

Performance: one query per table, each one scan of the period's rows; the rows are
summed per participant and then per bucket in Python (see `_load_contacts` for why not
in SQL).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import BindParameter, Date, String, literal, or_, select, type_coerce
from sqlalchemy.engine import Connection

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Contact,
    ContactType,
    Enrolment,
    Group,
    GroupSession,
    Measure,
    Participant,
    User,
)
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.access import Access
from peerdesk.services.compliance import ComplianceService, Status
from peerdesk.vault.vault import UnlockedVault

KEYS: tuple[str, ...] = (
    "participants_served",
    "new_intakes",
    "contacts_total",
    "contacts_by_type",
    "group_sessions_held",
    "attendance_marks",
    "attendance_rate",
    "retained_90d",
    "hope_change_mean",
    "barc10_latest_mean",
    "barc10_at_or_above_47",
    "followups_due",
    "followups_done",
    "staff_training_compliance",
)
BREAKDOWNS: tuple[str, ...] = ("peer", "group", "language", "referral_source")

HOPE = "hope"
BARC10 = "barc10"
BARC10_CUTOFF = 47
RETENTION_DAYS = 90
# Bucket names, kept in English in the figures (`peerdesk metrics` prints them as keys);
# translate("Metrics", NO_PEER) where a person reads them.
NO_PEER = QT_TRANSLATE_NOOP("Metrics", "(no peer)")
NOT_RECORDED = QT_TRANSLATE_NOOP("Metrics", "(not recorded)")

_TYPES: tuple[ContactType, ...] = tuple(ContactType)
_NOT_VALID = (Status.OVERDUE, Status.MISSING)


@dataclass(frozen=True, slots=True)
class _Mark:
    session_id: str
    group_id: str
    held_on: date
    attended: bool


@dataclass(slots=True)
class _Person:
    """What the period holds about one participant."""

    intake: date | None
    peer_id: str | None
    language: str | None
    referral: str | None
    contacts: list[int] = field(default_factory=lambda: [0] * len(_TYPES))
    last_contact: date | None = None  # the latest in the period
    followups_due: int = 0
    followups_done: int = 0
    marks: list[_Mark] = field(default_factory=list)
    hope: list[int] = field(default_factory=list)  # oldest first
    barc10: int | None = None  # the latest total


@dataclass
class _Period:
    start: date
    end: date
    people: dict[str, _Person]
    sessions: dict[str, str]  # id -> group id, for the sessions held in the period


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _day(day: date) -> BindParameter[date]:
    """A day of the period written into the SQL rather than bound. Compared with a bound
    parameter, a DATE column (numeric affinity) makes SQLite copy the parameter for every
    row; under SQLCipher's memory security, once a connection's small-allocation pool is
    used up by cached statements, each copy costs system calls: 100,000 contacts took
    1.9 s to scan instead of 0.16 s. The value is a `date`, so nothing can be injected."""
    return literal(day, Date, literal_execute=True)


def _iso_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _recorded(value: str | None) -> str:
    return (value or "").strip() or NOT_RECORDED


class MetricsService:
    """Section 7 metrics for coordinators (they span every caseload)."""

    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def _check(self, start: date, end: date) -> None:
        if not self.access.is_coordinator:
            raise PermissionDenied(
                translate(
                    "Metrics",
                    "Only a coordinator can see the program metrics: they cover every caseload.",
                )
            )
        if end < start:
            raise InvalidInput(
                translate("Metrics", "The end of the period can't be before its start.")
            )

    # --- the figures ---------------------------------------------------------------------

    def compute(self, start: date, end: date) -> dict[str, Any]:
        """Every section 7 key, in the contract's order, for [start, end] (both
        inclusive). Rates and shares are 0 to 1 rounded to 3 decimals, means rounded to 2
        decimals; a rate or mean with no data is None. `contacts_by_type` has every
        contact type code, zeros included."""
        self._check(start, end)
        period = self._load(start, end)
        figures = _figures(period, period.people.values(), sessions_held=len(period.sessions))
        figures["staff_training_compliance"] = self._staff_compliance(end)
        return figures

    def breakdown(self, start: date, end: date, by: str) -> dict[str, dict[str, Any]]:
        """The same figures per peer, group, language or referral source (see the module
        docstring for what each bucket counts); staff_training_compliance is None."""
        self._check(start, end)
        kind = by.strip().lower().replace("-", "_")
        if kind not in BREAKDOWNS:
            raise InvalidInput(
                translate(
                    "Metrics", "Metrics can be broken down by {choices}, not '{typed}'."
                ).format(choices=", ".join(BREAKDOWNS), typed=by)
            )
        period = self._load(start, end)
        found = self._by_group(period) if kind == "group" else self._by_attribute(period, kind)
        return {name: figures for name, figures in found if _has_data(figures)}

    def distributions(self, start: date, end: date) -> tuple[list[int], list[int]]:
        """What hope_change_mean and the BARC-10 figures summarise, for charts: each
        participant's hope change (latest minus first, with 2 or more ratings in the
        period) and each participant's latest BARC-10 total, both sorted (no ids)."""
        self._check(start, end)
        people = self._load(start, end).people.values()
        hope = sorted(p.hope[-1] - p.hope[0] for p in people if len(p.hope) >= 2)
        barc10 = sorted(p.barc10 for p in people if p.barc10 is not None)
        return hope, barc10

    def _by_attribute(self, period: _Period, kind: str) -> list[tuple[str, dict[str, Any]]]:
        if kind == "peer":
            with self.vault.session() as s:
                names = {uid: name for uid, name in s.execute(select(User.id, User.name))}
            missing = NO_PEER

            def key(person: _Person) -> str:
                return names.get(person.peer_id or "", NO_PEER)
        else:
            missing = NOT_RECORDED

            def key(person: _Person) -> str:
                return _recorded(person.language if kind == "language" else person.referral)

        buckets: dict[str, list[_Person]] = defaultdict(list)
        for person in period.people.values():
            buckets[key(person)].append(person)
        ordered = sorted(buckets, key=lambda name: (name == missing, name.casefold(), name))
        return [(name, _figures(period, buckets[name])) for name in ordered]

    def _by_group(self, period: _Period) -> list[tuple[str, dict[str, Any]]]:
        with self.vault.session() as s:
            groups = [(gid, name) for gid, name in s.execute(select(Group.id, Group.name))]
            members: dict[str, set[str]] = defaultdict(set)
            for group_id, participant_id in s.execute(
                select(Enrolment.group_id, Enrolment.participant_id).where(
                    Enrolment.deleted.is_(False),
                    Enrolment.enrolled_on <= _day(period.end),
                    or_(Enrolment.exited_on.is_(None), Enrolment.exited_on >= _day(period.start)),
                )
            ):
                members[group_id].add(participant_id)
        for participant_id, person in period.people.items():
            for mark in person.marks:
                members[mark.group_id].add(participant_id)
        held: dict[str, int] = defaultdict(int)
        for group_id in period.sessions.values():
            held[group_id] += 1
        found: list[tuple[str, dict[str, Any]]] = []
        used: set[str] = set()
        for group_id, name in sorted(groups, key=lambda g: (g[1].casefold(), g[1], g[0])):
            label, n = name, 2
            while label in used:  # two groups of one name (one deleted, say)
                label, n = f"{name} ({n})", n + 1
            used.add(label)
            people = [period.people[p] for p in sorted(members[group_id])]
            found.append(
                (label, _figures(period, people, group_id=group_id, sessions_held=held[group_id]))
            )
        return found

    def _staff_compliance(self, day: date) -> float | None:
        people = ComplianceService(self.vault, self.today).people(day)
        compliant = sum(
            1
            for person in people
            if all(r.status not in _NOT_VALID for r in person.requirements)
            and all(h.status not in _NOT_VALID for h in person.hours)
        )
        return _rate(compliant, len(people))

    # --- reading the period --------------------------------------------------------------

    def _load(self, start: date, end: date) -> _Period:
        """One read transaction; Core rows (not ORM), dates and enums as stored text
        where only compared, so 100,000 rows cost what SQLite costs."""
        with self.vault.session() as s:
            c = s.connection()
            people = {
                pid: _Person(_iso_day(intake), peer, language, referral)
                for pid, intake, peer, language, referral in c.execute(
                    select(
                        Participant.id,
                        type_coerce(Participant.intake_date, String),
                        Participant.assigned_peer_id,
                        Participant.preferred_language,
                        Participant.referral_source,
                    )
                )
            }
            _load_contacts(c, start, end, people)
            sessions: dict[str, str] = {
                session_id: group_id
                for session_id, group_id in c.execute(
                    select(GroupSession.id, GroupSession.group_id).where(
                        GroupSession.deleted.is_(False),
                        GroupSession.held_on.between(_day(start), _day(end)),
                    )
                )
            }
            attended = {m.value for m in AttendanceMark if m.attended}
            for pid, session_id, group_id, held_on, mark in c.execute(
                select(
                    Attendance.participant_id,
                    Attendance.session_id,
                    GroupSession.group_id,
                    GroupSession.held_on,
                    type_coerce(Attendance.mark, String),
                )
                .join(GroupSession, GroupSession.id == Attendance.session_id)
                .where(
                    Attendance.deleted.is_(False),
                    GroupSession.deleted.is_(False),
                    GroupSession.held_on.between(_day(start), _day(end)),
                )
            ):
                people[pid].marks.append(_Mark(session_id, group_id, held_on, mark in attended))
            measures = c.execute(
                select(
                    type_coerce(Measure.taken_on, String),
                    Measure.created_hlc,
                    Measure.participant_id,
                    Measure.instrument,
                    Measure.total,
                ).where(
                    Measure.deleted.is_(False),
                    Measure.instrument.in_((HOPE, BARC10)),
                    Measure.taken_on.between(_day(start), _day(end)),
                )
            ).all()
            # oldest first: by date, then by when recorded (sorted here: an ORDER BY
            # sorter costs more in SQLCipher than Python's sort)
            for _, _, pid, instrument, total in sorted(measures, key=itemgetter(0, 1)):
                if instrument == HOPE:
                    people[pid].hope.append(total)
                else:
                    people[pid].barc10 = total  # oldest first: the last one stays
        return _Period(start, end, people, sessions)


def _load_contacts(c: Connection, start: date, end: date, people: dict[str, _Person]) -> None:
    """Contacts in the period (per person and type, and the latest), and the follow-ups
    falling in it with whether a contact met them.

    One scan, summed here rather than in SQL: SQLite's GROUP BY (a sorter, or a walk of
    the participant index with a random read per contact) took 0.6 to 1.3 s on 100,000
    contacts in this encrypted database, reading the rows 0.35 s. Dates stay ISO text,
    which sorts as dates do.
    """
    first, last = start.isoformat(), end.isoformat()
    rows = c.execute(
        select(
            Contact.participant_id,
            type_coerce(Contact.contact_date, String),
            type_coerce(Contact.type, String),
            type_coerce(Contact.follow_up_date, String),
        ).where(
            Contact.deleted.is_(False),
            or_(
                Contact.contact_date.between(_day(start), _day(end)),
                Contact.follow_up_date.between(_day(start), _day(end)),
            ),
        )
    ).all()
    in_period = [row for row in rows if first <= row[1] <= last]
    column = {kind.value: index for index, kind in enumerate(_TYPES)}
    for (pid, kind), count in Counter(map(itemgetter(0, 2), in_period)).items():
        people[pid].contacts[column[kind]] = count
    latest: dict[str, str] = {}
    seen = latest.get
    for pid, day in map(itemgetter(0, 1), in_period):
        if day > seen(pid, ""):
            latest[pid] = day
    for pid, day in latest.items():
        people[pid].last_contact = date.fromisoformat(day)
    for pid, follow_up in map(itemgetter(0, 3), rows):
        if follow_up is not None and first <= follow_up <= last:
            person = people[pid]
            person.followups_due += 1
            # met by a contact on or after it and in the period: then by the latest one
            if latest.get(pid, "") >= follow_up:
                person.followups_done += 1


def _figures(
    period: _Period,
    members: Iterable[_Person],
    *,
    group_id: str | None = None,
    sessions_held: int | None = None,
) -> dict[str, Any]:
    """The section 7 figures for `members`. With `group_id`, only that group's marks
    count, and being served or retained means attending it. `sessions_held` None: the
    sessions at which a member has a mark."""
    start, end = period.start, period.end
    cohort_last_intake = end - timedelta(days=RETENTION_DAYS)
    served = intakes = marks = attended = cohort = retained = due = done = 0
    by_type = [0] * len(_TYPES)
    marked_sessions: set[str] = set()
    hope_changes: list[int] = []
    barc10: list[int] = []
    for person in members:
        own = [m for m in person.marks if group_id is None or m.group_id == group_id]
        attended_on = [m.held_on for m in own if m.attended]
        engaged_on = list(attended_on)
        if group_id is None and person.last_contact is not None:
            engaged_on.append(person.last_contact)
        if engaged_on:
            served += 1
        if person.intake is not None and start <= person.intake <= end:
            intakes += 1
        for index, count in enumerate(person.contacts):
            by_type[index] += count
        marks += len(own)
        attended += len(attended_on)
        marked_sessions.update(m.session_id for m in own)
        if person.intake is not None and start <= person.intake <= cohort_last_intake:
            cohort += 1
            if max(engaged_on, default=date.min) >= person.intake + timedelta(days=RETENTION_DAYS):
                retained += 1
        if len(person.hope) >= 2:
            hope_changes.append(person.hope[-1] - person.hope[0])
        if person.barc10 is not None:
            barc10.append(person.barc10)
        due += person.followups_due
        done += person.followups_done
    figures: dict[str, Any] = {
        "participants_served": served,
        "new_intakes": intakes,
        "contacts_total": sum(by_type),
        "contacts_by_type": {kind.value: n for kind, n in zip(_TYPES, by_type, strict=True)},
        "group_sessions_held": len(marked_sessions) if sessions_held is None else sessions_held,
        "attendance_marks": marks,
        "attendance_rate": _rate(attended, marks),
        "retained_90d": _rate(retained, cohort),
        "hope_change_mean": _mean(hope_changes),
        "barc10_latest_mean": _mean(barc10),
        "barc10_at_or_above_47": _rate(sum(1 for t in barc10 if t >= BARC10_CUTOFF), len(barc10)),
        "followups_due": due,
        "followups_done": done,
        "staff_training_compliance": None,
    }
    return figures


def _has_data(figures: dict[str, Any]) -> bool:
    """Whether a bucket has anything to show: a count above 0, or a rate or mean that
    could be worked out (0.0 included)."""
    for value in figures.values():
        if isinstance(value, dict):
            if any(value.values()):
                return True
        elif isinstance(value, float) or value:
            return True
    return False
