"""Engagement signals, derived and never stored (DESIGN.md section 4): days since the
last contact or attended session, follow-ups due, sessions missed in a row, and the
"at risk of disengaging" rule with its reason in words."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Contact,
    GroupSession,
    Measure,
    Participant,
    ParticipantStatus,
    VaultMeta,
)
from peerdesk.i18n import translate
from peerdesk.services.access import Access
from peerdesk.vault.vault import UnlockedVault

MARK_HISTORY_DAYS = 365
QUIET_DAYS_KEY = "at_risk_quiet_days"  # in vault_meta; set in Settings by a coordinator
MISSED_KEY = "at_risk_missed_in_a_row"


@dataclass(frozen=True)
class AtRiskRule:
    """Someone active is at risk of disengaging after this many days without a contact or
    an attended session, or after missing this many group sessions in a row."""

    quiet_days: int = 21
    missed_in_a_row: int = 2


def at_risk_rule(session: Session) -> AtRiskRule:
    """The program's rule as set in Settings (the defaults until a coordinator sets it)."""
    stored = {
        m.key: m.value
        for m in session.scalars(
            select(VaultMeta).where(VaultMeta.key.in_([QUIET_DAYS_KEY, MISSED_KEY]))
        )
    }
    default = AtRiskRule()
    return AtRiskRule(
        int(stored.get(QUIET_DAYS_KEY, default.quiet_days)),
        int(stored.get(MISSED_KEY, default.missed_in_a_row)),
    )


@dataclass(frozen=True)
class Engagement:
    last_contact: date | None
    last_attended: date | None
    days_since_engaged: int | None
    open_follow_ups: tuple[date, ...]
    follow_ups_due: int
    missed_in_a_row: int
    at_risk: bool
    at_risk_reason: str | None
    latest_hope: int | None
    hope_change: int | None  # latest minus the one before
    too_quiet: bool = False  # the two reasons, as the program's rule has them
    missing_sessions: bool = False

    @property
    def next_follow_up(self) -> date | None:
        return self.open_follow_ups[0] if self.open_follow_ups else None


def open_follow_ups(contact_dates: Iterable[date], follow_ups: Iterable[date]) -> list[date]:
    """Follow-up dates not yet met by a contact on or after them, soonest first."""
    dates = sorted(contact_dates)
    return sorted(f for f in follow_ups if bisect.bisect_left(dates, f) == len(dates))


def missed_in_a_row(marks_by_date: Iterable[tuple[date, AttendanceMark]]) -> int:
    """Absences since the last attended session. Excused sessions neither count nor
    break the run."""
    run = 0
    for _, mark in sorted(marks_by_date, key=lambda item: item[0]):
        if mark.attended:
            run = 0
        elif mark is AttendanceMark.ABSENT:
            run += 1
    return run


def evaluate(
    *,
    today: date,
    status: ParticipantStatus,
    intake_date: date | None,
    contact_dates: list[date],
    follow_ups: list[date],
    attended_dates: list[date],
    marks: list[tuple[date, AttendanceMark]],
    hope: list[tuple[date, int]],
    rule: AtRiskRule = AtRiskRule(),
) -> Engagement:
    last_contact = max(contact_dates, default=None)
    last_attended = max(attended_dates, default=None)
    engaged = max((d for d in (last_contact, last_attended) if d is not None), default=None)
    since = engaged or intake_date
    days = (today - since).days if since is not None else None
    pending = open_follow_ups(contact_dates, follow_ups)
    still_here = status in (ParticipantStatus.ACTIVE, ParticipantStatus.PAUSED)
    missed = missed_in_a_row(marks)
    reasons = []
    active = status is ParticipantStatus.ACTIVE
    too_quiet = active and days is not None and days >= rule.quiet_days
    missing_sessions = active and missed >= rule.missed_in_a_row
    if too_quiet and days is not None:
        reasons.append(
            translate("Engagement", "No contact or group attendance for %n day(s)", None, days)
            if engaged
            else translate(
                "Engagement",
                "No contact or group attendance since intake, %n day(s) ago",
                None,
                days,
            )
        )
    if missing_sessions:
        reasons.append(
            translate("Engagement", "Missed the last %n group session(s) in a row", None, missed)
        )
    ordered_hope = [value for _, value in sorted(hope)]
    return Engagement(
        last_contact=last_contact,
        last_attended=last_attended,
        days_since_engaged=days,
        open_follow_ups=tuple(pending),
        # Someone who left the program has no follow-ups due, whatever was planned.
        follow_ups_due=sum(1 for f in pending if f <= today) if still_here else 0,
        missed_in_a_row=missed,
        at_risk=bool(reasons),
        at_risk_reason="; ".join(reasons) or None,
        too_quiet=too_quiet,
        missing_sessions=missing_sessions,
        latest_hope=ordered_hope[-1] if ordered_hope else None,
        hope_change=ordered_hope[-1] - ordered_hope[-2] if len(ordered_hope) >= 2 else None,
    )


class EngagementService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def signals(self) -> dict[str, Engagement]:
        """Signals for every participant whose record this user may open, by id."""
        today = self.today()
        since = today - timedelta(days=MARK_HISTORY_DAYS)
        with self.vault.session() as s:
            people = s.execute(
                select(Participant.id, Participant.status, Participant.intake_date).where(
                    self.access.caseload_filter()
                )
            ).all()
            ids = select(Participant.id).where(self.access.caseload_filter())

            def mine(column: Any) -> Any:
                # A coordinator sees everyone: scanning the table and keeping only the
                # people above is several times faster than an IN lookup per person.
                return true() if self.access.is_coordinator else column.in_(ids)

            contacts: dict[str, list[date]] = defaultdict(list)
            follow_ups: dict[str, list[date]] = defaultdict(list)
            for pid, day, follow_up in s.execute(
                select(Contact.participant_id, Contact.contact_date, Contact.follow_up_date).where(
                    mine(Contact.participant_id), Contact.deleted.is_(False)
                )
            ):
                contacts[pid].append(day)
                if follow_up is not None:
                    follow_ups[pid].append(follow_up)
            marks: dict[str, list[tuple[date, AttendanceMark]]] = defaultdict(list)
            for pid, held_on, mark in s.execute(
                select(Attendance.participant_id, GroupSession.held_on, Attendance.mark)
                .join(GroupSession, GroupSession.id == Attendance.session_id)
                .where(
                    mine(Attendance.participant_id),
                    Attendance.deleted.is_(False),
                    GroupSession.deleted.is_(False),
                    GroupSession.held_on >= since,
                )
            ):
                marks[pid].append((held_on, mark))
            hope: dict[str, list[tuple[date, int]]] = defaultdict(list)
            for pid, taken_on, total in s.execute(
                select(Measure.participant_id, Measure.taken_on, Measure.total).where(
                    mine(Measure.participant_id),
                    Measure.instrument == "hope",
                    Measure.deleted.is_(False),
                )
            ):
                hope[pid].append((taken_on, total))
            rule = at_risk_rule(s)
        return {
            pid: evaluate(
                today=today,
                status=status,
                intake_date=intake,
                contact_dates=contacts[pid],
                follow_ups=follow_ups[pid],
                attended_dates=[d for d, m in marks[pid] if m.attended],
                marks=marks[pid],
                hope=hope[pid],
                rule=rule,
            )
            for pid, status, intake in people
        }
