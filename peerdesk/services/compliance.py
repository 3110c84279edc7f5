"""Is each person's training current? The rules, as plain functions of dates, and a
service that applies them to the vault.

- A required training is met by the person's record of it (same name, any case) that
  runs out last. A record is valid up to and including its expiry date; a renewal
  completed on the expiry day leaves no gap. No expiry date: it never runs out.
  Statuses: current; expiring within 60 days; expiring within 30 days; overdue (it
  ran out); missing (never done).
- An hour rule counts the hours of records completed in the last `period_months` up to
  and including the day asked about (the window starts the day after the same date
  `period_months` earlier), of its category or, with none, of every category. Short of
  the hours: overdue. Enough now but not in 30 (or 60) days' time, when older hours
  drop out of the window: expiring.
- Supervision: minutes per calendar month against the role's target. The last
  complete month below target is overdue; the month in progress is never judged.
- Requirements follow the person's role today: someone who changed role needs the new
  role's trainings, and what they did before still counts.
- A person's status is their worst item.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from peerdesk.db.models import (
    HourRule,
    RequiredTraining,
    Role,
    SupervisionSession,
    SupervisionTarget,
    TrainingRecord,
    User,
)
from peerdesk.errors import PermissionDenied
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.access import Access
from peerdesk.services.training import add_months
from peerdesk.vault.vault import UnlockedVault

SOON_DAYS = 30
LATER_DAYS = 60
SUPERVISION_MONTHS = 12


class Status(enum.StrEnum):
    CURRENT = "current"
    EXPIRING_60 = "expiring_60"
    EXPIRING_30 = "expiring_30"
    OVERDUE = "overdue"
    MISSING = "missing"

    @property
    def words(self) -> str:
        """The status as people read it, in the language chosen."""
        return translate("Compliance", _STATUS_WORDS[self])

    @property
    def severity(self) -> int:
        return list(Status).index(self)


_STATUS_WORDS = {
    Status.CURRENT: QT_TRANSLATE_NOOP("Compliance", "Current"),
    Status.EXPIRING_60: QT_TRANSLATE_NOOP("Compliance", "Expires within 60 days"),
    Status.EXPIRING_30: QT_TRANSLATE_NOOP("Compliance", "Expires within 30 days"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("Compliance", "Overdue"),
    Status.MISSING: QT_TRANSLATE_NOOP("Compliance", "Missing"),
}


def worst(statuses: Iterable[Status]) -> Status:
    return max(statuses, key=lambda s: s.severity, default=Status.CURRENT)


# --- the rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    """One training record, as the rules see it."""

    record_id: str
    training: str
    category: str | None
    completed_on: date
    expires_on: date | None
    hours: float | None


def _runs_out(record: Done) -> date:
    return record.expires_on or date.max


def status_on(expires_on: date | None, day: date) -> Status:
    if expires_on is None:
        return Status.CURRENT
    if expires_on < day:
        return Status.OVERDUE
    left = (expires_on - day).days
    if left <= SOON_DAYS:
        return Status.EXPIRING_30
    if left <= LATER_DAYS:
        return Status.EXPIRING_60
    return Status.CURRENT


def best_record(records: Iterable[Done], training: str, day: date) -> Done | None:
    """The record of `training` done by `day` that runs out last (the newest on a tie)."""
    wanted = training.strip().casefold()
    matching = [
        r for r in records if r.training.strip().casefold() == wanted and r.completed_on <= day
    ]
    return max(matching, key=lambda r: (_runs_out(r), r.completed_on), default=None)


def hours_window(day: date, period_months: int) -> tuple[date, date]:
    """The first and last day of the `period_months` that end on `day`."""
    return add_months(day, -period_months) + timedelta(days=1), day


def hours_in_window(
    records: Iterable[Done], category: str | None, day: date, period_months: int
) -> float:
    start, end = hours_window(day, period_months)
    wanted = category.strip().casefold() if category else None
    return sum(
        r.hours or 0.0
        for r in records
        if start <= r.completed_on <= end
        and (wanted is None or (r.category or "").strip().casefold() == wanted)
    )


def hours_status(
    records: Sequence[Done], category: str | None, hours: float, period_months: int, day: date
) -> Status:
    if hours_in_window(records, category, day, period_months) < hours:
        return Status.OVERDUE
    for ahead, status in ((SOON_DAYS, Status.EXPIRING_30), (LATER_DAYS, Status.EXPIRING_60)):
        later = day + timedelta(days=ahead)
        if hours_in_window(records, category, later, period_months) < hours:
            return status
    return Status.CURRENT


def month_start(day: date) -> date:
    return day.replace(day=1)


def supervision_by_month(
    sessions: Iterable[tuple[date, int]], day: date, months: int = SUPERVISION_MONTHS
) -> list[tuple[date, int]]:
    """Minutes per calendar month, oldest first, for the `months` ending with `day`'s."""
    firsts = [add_months(month_start(day), -n) for n in range(months - 1, -1, -1)]
    totals = dict.fromkeys(firsts, 0)
    for held_on, minutes in sessions:
        first = month_start(held_on)
        if first in totals and held_on <= day:
            totals[first] += minutes
    return list(totals.items())


# --- what the screens and the report show -------------------------------------------------


@dataclass(frozen=True)
class RequirementStatus:
    training: str
    category: str | None
    renewal_months: int | None
    status: Status
    record: Done | None

    @property
    def expires_on(self) -> date | None:
        return self.record.expires_on if self.record else None


@dataclass(frozen=True)
class HoursStatus:
    label: str
    category: str | None
    hours_required: float
    period_months: int
    window: tuple[date, date]
    hours_done: float
    status: Status


@dataclass(frozen=True)
class SupervisionMonth:
    month: date  # its first day
    minutes: int
    target: int | None
    complete: bool  # the month is over

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.minutes >= self.target


@dataclass(frozen=True)
class PersonCompliance:
    user_id: str
    name: str
    role: Role
    as_of: date
    requirements: list[RequirementStatus]
    hours: list[HoursStatus]
    supervision: list[SupervisionMonth]
    supervision_status: Status | None  # None: no target for the role
    extra: list[Done]  # records that meet no requirement (e.g. continuing education)

    @property
    def status(self) -> Status:
        items = [r.status for r in self.requirements] + [h.status for h in self.hours]
        if self.supervision_status is not None:
            items.append(self.supervision_status)
        return worst(items)


@dataclass(frozen=True)
class Rules:
    required: list[tuple[str, str | None, int | None]]  # training, category, months
    hours: list[tuple[str, str | None, float, int]]  # label, category, hours, months
    supervision_minutes: int | None


def assess(
    user_id: str,
    name: str,
    role: Role,
    rules: Rules,
    records: Sequence[Done],
    supervision: Iterable[tuple[date, int]],
    day: date,
) -> PersonCompliance:
    requirements = []
    used: set[str] = set()
    for training, category, months in rules.required:
        best = best_record(records, training, day)
        wanted = training.strip().casefold()
        used |= {r.record_id for r in records if r.training.strip().casefold() == wanted}
        status = Status.MISSING if best is None else status_on(best.expires_on, day)
        requirements.append(RequirementStatus(training, category, months, status, best))
    hours = [
        HoursStatus(
            label,
            category,
            required,
            months,
            hours_window(day, months),
            hours_in_window(records, category, day, months),
            hours_status(records, category, required, months, day),
        )
        for label, category, required, months in rules.hours
    ]
    target = rules.supervision_minutes
    months_seen = supervision_by_month(supervision, day)
    this_month = month_start(day)
    log = [SupervisionMonth(m, minutes, target, m < this_month) for m, minutes in months_seen]
    supervision_status = None
    if target is not None:
        last_complete = log[-2] if len(log) >= 2 else None
        supervision_status = (
            Status.OVERDUE if last_complete and last_complete.minutes < target else Status.CURRENT
        )
    extra = [r for r in records if r.record_id not in used]
    return PersonCompliance(
        user_id, name, role, day, requirements, hours, log, supervision_status, extra
    )


class ComplianceService:
    """Everyone's compliance for a coordinator; your own for anyone else."""

    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def rules(self) -> dict[Role, Rules]:
        with self.vault.session() as s:
            required: dict[Role, list[tuple[str, str | None, int | None]]] = {}
            for r in s.scalars(
                select(RequiredTraining)
                .where(RequiredTraining.deleted.is_(False))
                .order_by(RequiredTraining.training)
            ):
                required.setdefault(r.role, []).append((r.training, r.category, r.renewal_months))
            hours: dict[Role, list[tuple[str, str | None, float, int]]] = {}
            for h in s.scalars(
                select(HourRule).where(HourRule.deleted.is_(False)).order_by(HourRule.label)
            ):
                hours.setdefault(h.role, []).append((h.label, h.category, h.hours, h.period_months))
            targets = {
                t.role: t.minutes_per_month
                for t in s.scalars(
                    select(SupervisionTarget).where(SupervisionTarget.deleted.is_(False))
                )
            }
            return {
                role: Rules(required.get(role, []), hours.get(role, []), targets.get(role))
                for role in Role
            }

    def people(self, day: date | None = None) -> list[PersonCompliance]:
        """Each person this user may see (everyone still able to sign in, for a
        coordinator), by name."""
        day = day or self.today()
        rules = self.rules()
        with self.vault.session() as s:
            query = select(User).where(User.removed_at.is_(None)).order_by(User.name)
            if not self.access.is_coordinator:
                query = query.where(User.id == self.access.user.id)
            users = s.scalars(query).all()
            ids = [u.id for u in users]
            records: dict[str, list[Done]] = {}
            for r in s.scalars(
                select(TrainingRecord)
                .where(TrainingRecord.user_id.in_(ids), TrainingRecord.deleted.is_(False))
                .order_by(TrainingRecord.completed_on)
            ):
                records.setdefault(r.user_id, []).append(
                    Done(r.id, r.training, r.category, r.completed_on, r.expires_on, r.hours)
                )
            supervision: dict[str, list[tuple[date, int]]] = {}
            for user_id, held_on, minutes in s.execute(
                select(
                    SupervisionSession.user_id,
                    SupervisionSession.held_on,
                    SupervisionSession.minutes,
                ).where(SupervisionSession.user_id.in_(ids), SupervisionSession.deleted.is_(False))
            ):
                supervision.setdefault(user_id, []).append((held_on, minutes))
            return [
                assess(
                    u.id,
                    u.name,
                    u.role,
                    rules[u.role],
                    records.get(u.id, []),
                    supervision.get(u.id, []),
                    day,
                )
                for u in users
            ]

    def person(self, name: str, day: date | None = None) -> PersonCompliance:
        wanted = name.strip().casefold()
        for person in self.people(day):
            if person.name.casefold() == wanted:
                return person
        raise PermissionDenied(
            translate("Compliance", "You can only see your own training record.")
        )
