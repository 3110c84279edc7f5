"""What needs attention today (issue 4): appointments today and tomorrow, follow-ups due,
people at risk of disengaging, today's group sessions and the user's trainings that run
out soon. One bulk read per kind of record, never one query per item, so the Today page
stays quick with a large caseload."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Appointment,
    Enrolment,
    Group,
    GroupSession,
    Participant,
    Role,
    TrainingRecord,
    User,
)
from peerdesk.services.access import Access
from peerdesk.services.engagement import (
    Engagement,
    EngagementService,
)
from peerdesk.vault.vault import UnlockedVault

TRAINING_WARNING_DAYS = 60

# Weekday names (Monday first) as schedules are written: full names with an optional
# plural "s", common abbreviations, and the Spanish names for Spanish-language groups.
_WEEKDAY_WORDS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "lunes"),
    ("tuesday", "tue", "tues", "martes"),
    ("wednesday", "wed", "weds", "miercoles", "miércoles"),
    ("thursday", "thu", "thur", "thurs", "jueves"),
    ("friday", "fri", "viernes"),
    ("saturday", "sat", "sabado", "sábado", "sabados", "sábados"),
    ("sunday", "sun", "domingo", "domingos"),
)
_DAY_OF_WORD = {word: day for day, words in enumerate(_WEEKDAY_WORDS) for word in words}
_DAY_TOKEN = re.compile(
    r"\b(" + "|".join(sorted(_DAY_OF_WORD, key=len, reverse=True)) + r")s?\b\.?", re.IGNORECASE
)
_RANGE_BETWEEN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|a)\s*$", re.IGNORECASE)
_EVERY_DAY = re.compile(r"\b(?:daily|every ?day|each day)\b", re.IGNORECASE)
_WEEKDAYS = re.compile(r"\b(?:week ?days|weekdays)\b", re.IGNORECASE)
_WEEKENDS = re.compile(r"\bweek ?ends?\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


@dataclass(frozen=True)
class AppointmentItem:
    appointment_id: str
    when: datetime  # local time
    is_tomorrow: bool
    participant_id: str
    display_name: str
    kind: str
    place: str | None
    peer_goes_along: bool
    transport_arranged: bool
    reminder_made: bool
    peer_name: str | None  # shown to coordinators, who see every caseload


@dataclass(frozen=True)
class FollowUpItem:
    participant_id: str
    display_name: str
    due_on: date  # the oldest open follow-up that has come due
    days_overdue: int  # 0: due today
    open_count: int  # follow-ups due today or earlier
    peer_name: str | None


@dataclass(frozen=True)
class AtRiskItem:
    participant_id: str
    display_name: str
    reason: str  # the engagement rule's own sentence
    quiet_days: int | None  # set when "no contact or attendance in 21 days" applies
    never_engaged: bool  # counted from intake: no contact or attendance yet
    missed_in_a_row: int  # set (else 0) when "missed sessions in a row" applies
    peer_name: str | None


@dataclass(frozen=True)
class GroupSessionItem:
    group_id: str
    name: str
    schedule: str | None
    location: str | None
    roster_size: int
    session_recorded: bool  # a session dated today is already in the vault


@dataclass(frozen=True)
class TrainingItem:
    record_id: str
    training: str
    expires_on: date
    days_left: int  # negative once expired

    @property
    def expired(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class TodayOverview:
    day: date
    user_name: str
    role: Role
    appointments: list[AppointmentItem]
    follow_ups: list[FollowUpItem]
    at_risk: list[AtRiskItem]
    group_sessions_today: list[GroupSessionItem]
    trainings_expiring: list[TrainingItem]
    # Coordinators: staff with a training expired or expiring within 60 days (else None).
    staff_with_expiring_trainings: int | None

    @property
    def has_caseload(self) -> bool:
        """Facilitators keep no caseload, so their Today has no caseload sections."""
        return self.role is not Role.FACILITATOR


def schedule_days(schedule: str | None) -> frozenset[int]:
    """The weekdays (0 = Monday) a free-text schedule such as "Tuesdays 6:00 to 7:30 pm",
    "Mon & Wed", "Mon-Fri" or "daily" mentions; empty when it names none."""
    if not schedule:
        return frozenset()
    if _EVERY_DAY.search(schedule):
        return frozenset(range(7))
    days: set[int] = set()
    if _WEEKDAYS.search(schedule):
        days.update(range(5))
    if _WEEKENDS.search(schedule):
        days.update((5, 6))
    tokens = list(_DAY_TOKEN.finditer(schedule))
    for token in tokens:
        days.add(_DAY_OF_WORD[token.group(1).casefold()])
    for first, second in itertools.pairwise(tokens):
        if _RANGE_BETWEEN.match(schedule[first.end() : second.start()]):
            start = _DAY_OF_WORD[first.group(1).casefold()]
            end = _DAY_OF_WORD[second.group(1).casefold()]
            days.update((start + step) % 7 for step in range((end - start) % 7 + 1))
    return frozenset(days)


def schedule_start(schedule: str | None) -> time | None:
    """The first clock time in a schedule ("6:00 to 7:30 pm" starts at 18:00), to put
    today's groups in order; None when there is none."""
    if not schedule:
        return None
    matches = list(_CLOCK.finditer(schedule))
    for index, match in enumerate(matches):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if match.group(2) is None and match.group(3) is None:
            continue  # a bare number ("Room 2") is no time
        if hour > 23 or minute > 59:
            continue
        # "6:00 to 7:30 pm": the half-day is written once, after the range.
        half = next((m.group(3) for m in matches[index:] if m.group(3)), None)
        if half and hour <= 12:
            hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
        return time(hour, minute)
    return None


def _local_midnight(day: date) -> datetime:
    """The start of `day` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


class TodayService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def load(self) -> TodayOverview:
        day = self.today()
        user = self.access.user
        caseload = user.role is not Role.FACILITATOR
        signals = EngagementService(self.vault, lambda: day).signals() if caseload else {}
        with self.vault.session() as s:
            people = self._people(s) if caseload else {}
            return TodayOverview(
                day=day,
                user_name=user.name,
                role=user.role,
                appointments=self._appointments(s, day, people) if caseload else [],
                follow_ups=self._follow_ups(day, signals, people),
                at_risk=self._at_risk(signals, people),
                group_sessions_today=self._groups(s, day),
                trainings_expiring=self._own_trainings(s, day),
                staff_with_expiring_trainings=(
                    self._staff_with_expiring(s, day) if self.access.is_coordinator else None
                ),
            )

    # --- caseload --------------------------------------------------------------------------

    def _people(self, session: Session) -> dict[str, tuple[str, str | None]]:
        """id -> (display name, assigned peer's name) for the caseload. The peer's name is
        only given to a coordinator, for someone else's caseload."""
        rows = session.execute(
            select(Participant.id, Participant.display_name, User.id, User.name)
            .outerjoin(User, User.id == Participant.assigned_peer_id)
            .where(self.access.caseload_filter())
        )
        coordinator, me = self.access.is_coordinator, self.access.user.id
        return {
            pid: (name or "", peer if coordinator and peer_id != me else None)
            for pid, name, peer_id, peer in rows
        }

    def _appointments(
        self, session: Session, day: date, people: dict[str, tuple[str, str | None]]
    ) -> list[AppointmentItem]:
        start, middle = _local_midnight(day), _local_midnight(day + timedelta(days=1))
        end = _local_midnight(day + timedelta(days=2))
        rows = session.scalars(
            select(Appointment)
            .join(Participant, Participant.id == Appointment.participant_id)
            .where(
                self.access.caseload_filter(),
                Appointment.deleted.is_(False),
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
            )
            .order_by(Appointment.starts_at)
        )
        items = []
        for a in rows:
            name, peer = people.get(a.participant_id, ("", None))
            items.append(
                AppointmentItem(
                    appointment_id=a.id,
                    when=a.starts_at.astimezone(),
                    is_tomorrow=a.starts_at >= middle,
                    participant_id=a.participant_id,
                    display_name=name,
                    kind=a.kind,
                    place=a.place,
                    peer_goes_along=a.peer_goes_along,
                    transport_arranged=a.transport_arranged,
                    reminder_made=a.reminder_made,
                    peer_name=peer,
                )
            )
        return items

    @staticmethod
    def _follow_ups(
        day: date, signals: dict[str, Engagement], people: dict[str, tuple[str, str | None]]
    ) -> list[FollowUpItem]:
        items = []
        for pid, signal in signals.items():
            if signal.follow_ups_due == 0 or pid not in people:
                continue
            due = [d for d in signal.open_follow_ups if d <= day]
            name, peer = people[pid]
            items.append(
                FollowUpItem(pid, name, due[0], (day - due[0]).days, signal.follow_ups_due, peer)
            )
        return sorted(items, key=lambda i: (-i.days_overdue, i.display_name.casefold()))

    @staticmethod
    def _at_risk(
        signals: dict[str, Engagement], people: dict[str, tuple[str, str | None]]
    ) -> list[AtRiskItem]:
        items = []
        for pid, signal in signals.items():
            if not signal.at_risk or pid not in people:
                continue
            days = signal.days_since_engaged
            quiet = days if signal.too_quiet else None
            missed = signal.missed_in_a_row
            name, peer = people[pid]
            items.append(
                AtRiskItem(
                    participant_id=pid,
                    display_name=name,
                    reason=signal.at_risk_reason or "",
                    quiet_days=quiet,
                    never_engaged=quiet is not None
                    and signal.last_contact is None
                    and signal.last_attended is None,
                    missed_in_a_row=missed if signal.missing_sessions else 0,
                    peer_name=peer,
                )
            )
        return sorted(
            items,
            key=lambda i: (-(i.quiet_days or 0), -i.missed_in_a_row, i.display_name.casefold()),
        )

    # --- groups ----------------------------------------------------------------------------

    def _groups(self, session: Session, day: date) -> list[GroupSessionItem]:
        query = select(Group).where(Group.deleted.is_(False))
        mine = self.access.group_filter()
        if mine is not None:
            query = query.where(mine)
        groups = session.scalars(query).all()
        held_today = set(
            session.scalars(
                select(GroupSession.group_id).where(
                    GroupSession.held_on == day, GroupSession.deleted.is_(False)
                )
            )
        )
        weekday = day.weekday()
        todays = [g for g in groups if g.id in held_today or weekday in schedule_days(g.schedule)]
        sizes: dict[str, int] = {
            gid: count
            for gid, count in session.execute(
                select(Enrolment.group_id, func.count())
                .join(Participant, Participant.id == Enrolment.participant_id)
                .where(
                    Enrolment.group_id.in_([g.id for g in todays]),
                    Enrolment.deleted.is_(False),
                    Participant.deleted.is_(False),
                    Enrolment.enrolled_on <= day,
                    or_(Enrolment.exited_on.is_(None), Enrolment.exited_on >= day),
                )
                .group_by(Enrolment.group_id)
            )
        }
        items = [
            GroupSessionItem(
                g.id, g.name, g.schedule, g.location, sizes.get(g.id, 0), g.id in held_today
            )
            for g in todays
        ]
        latest = time(23, 59)
        return sorted(
            items, key=lambda i: (schedule_start(i.schedule) or latest, i.name.casefold())
        )

    # --- training --------------------------------------------------------------------------

    @staticmethod
    def _current(records: Iterable[TrainingRecord]) -> list[TrainingRecord]:
        """Each person's newest record of each training: a renewal replaces the old one."""
        newest: dict[tuple[str, str], TrainingRecord] = {}
        for record in records:
            key = (record.user_id, record.training.strip().casefold())
            held = newest.get(key)
            if held is None or (record.completed_on, record.expires_on or date.max) > (
                held.completed_on,
                held.expires_on or date.max,
            ):
                newest[key] = record
        return list(newest.values())

    def _own_trainings(self, session: Session, day: date) -> list[TrainingItem]:
        records = session.scalars(
            select(TrainingRecord).where(
                TrainingRecord.user_id == self.access.user.id, TrainingRecord.deleted.is_(False)
            )
        )
        horizon = day + timedelta(days=TRAINING_WARNING_DAYS)
        items = [
            TrainingItem(r.id, r.training, r.expires_on, (r.expires_on - day).days)
            for r in self._current(records)
            if r.expires_on is not None and r.expires_on <= horizon
        ]
        return sorted(items, key=lambda i: (i.expires_on, i.training.casefold()))

    def _staff_with_expiring(self, session: Session, day: date) -> int:
        records = session.scalars(
            select(TrainingRecord)
            .join(User, User.id == TrainingRecord.user_id)
            .where(TrainingRecord.deleted.is_(False), User.removed_at.is_(None))
        )
        horizon = day + timedelta(days=TRAINING_WARNING_DAYS)
        return len(
            {
                r.user_id
                for r in self._current(records)
                if r.expires_on is not None and r.expires_on <= horizon
            }
        )
