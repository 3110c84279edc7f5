"""Groups, their co-facilitators and rosters, sessions and attendance marks.

Facilitators see and run only their own groups, and see participants' display names only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Enrolment,
    Group,
    GroupFacilitator,
    GroupSession,
    Participant,
    ParticipantStatus,
    StatusChange,
    User,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.services.engagement import at_risk_rule, missed_in_a_row
from peerdesk.vault.vault import UnlockedVault


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    kind: str | None
    schedule: str | None
    location: str | None
    facilitators: list[str]
    roster_size: int
    recent_sessions: int = 0  # how many of the last RECENT_SESSIONS sessions had marks
    attendance_rate: float | None = None  # attended ÷ marked over those sessions


@dataclass(frozen=True)
class RosterEntry:
    participant_id: str
    display_name: str
    enrolled_on: date
    exited_on: date | None

    def enrolled(self, on: date) -> bool:
        return self.enrolled_on <= on and (self.exited_on is None or self.exited_on >= on)


@dataclass(frozen=True)
class SessionSummary:
    id: str
    held_on: date
    topic: str | None
    marked: int
    attended: int


@dataclass(frozen=True)
class GroupDetail:
    group: GroupView
    roster: list[RosterEntry]  # everyone ever enrolled, by name
    sessions: list[SessionSummary]  # newest first


@dataclass(frozen=True)
class SessionSheet:
    """One session as the attendance screen shows it: who was expected that day (plus
    anyone marked who since left the roster), their marks, topic and notes."""

    id: str
    group_id: str
    group_name: str
    held_on: date
    topic: str | None
    notes: str | None
    facilitators_present: list[str]
    people: list[RosterEntry]
    marks: dict[str, AttendanceMark]


@dataclass(frozen=True)
class HistoryRow:
    participant_id: str
    display_name: str
    marks: list[AttendanceMark | None]  # one per session in HistoryGrid.sessions
    attended: int
    marked: int
    missed_in_a_row: int  # as of the range's last session
    missing_sessions: bool = False  # missed as many in a row as the at-risk rule allows

    @property
    def rate(self) -> float | None:
        return round(self.attended / self.marked, 3) if self.marked else None


@dataclass(frozen=True)
class HistoryGrid:
    sessions: list[tuple[str, date]]  # oldest first
    rows: list[HistoryRow]


RECENT_SESSIONS = 8


class GroupService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    # --- groups --------------------------------------------------------------------------

    def group_id(self, session: Session, name: str) -> str | None:
        return session.scalar(
            select(Group.id).where(
                func.lower(Group.name) == name.strip().casefold(), Group.deleted.is_(False)
            )
        )

    def create_group(
        self,
        name: str,
        *,
        kind: str | None = None,
        schedule: str | None = None,
        location: str | None = None,
        facilitators: list[str] | None = None,
        session: Session | None = None,
    ) -> str:
        self.access.require_coordinator(translate("Access", "create groups"))
        cleaned = check.text(name, translate("Validation", "group name"), required=True, limit=120)
        assert cleaned is not None
        with self.vault.transaction(session) as s:
            if self.group_id(s, cleaned) is not None:
                raise InvalidInput(
                    translate("Groups", "There is already a group called '{name}'.").format(
                        name=cleaned
                    )
                )
            group = Group(
                name=cleaned,
                kind=check.text(kind, translate("Validation", "kind of group"), limit=80),
                schedule=check.text(schedule, translate("Validation", "schedule"), limit=120),
                location=check.text(location, translate("Validation", "location")),
            )
            s.add(group)
            s.flush()
            for user_name in facilitators or []:
                self._add_facilitator(s, group.id, user_name)
            self.vault.audit("group_created", record_id=group.id, session=s)
            return group.id

    def update_group(
        self,
        group_id: str,
        *,
        kind: str | None = None,
        schedule: str | None = None,
        location: str | None = None,
        facilitators: list[str] | None = None,
        session: Session | None = None,
    ) -> None:
        self.access.require_coordinator(translate("Access", "change groups"))
        with self.vault.transaction(session) as s:
            group = s.get(Group, group_id)
            if group is None or group.deleted:
                raise InvalidInput(translate("Groups", "That group no longer exists."))
            group.kind = check.text(kind, translate("Validation", "kind of group"), limit=80)
            group.schedule = check.text(schedule, translate("Validation", "schedule"), limit=120)
            group.location = check.text(location, translate("Validation", "location"))
            if facilitators is not None:
                wanted = {self._user_id(s, name) for name in facilitators}
                current = s.scalars(
                    select(GroupFacilitator).where(GroupFacilitator.group_id == group.id)
                ).all()
                for link in current:
                    link.deleted = link.user_id not in wanted
                for user_id in wanted - {link.user_id for link in current}:
                    s.add(GroupFacilitator(group_id=group.id, user_id=user_id))
            self.vault.audit("group_updated", record_id=group.id, session=s)

    def _user_id(self, session: Session, name: str) -> str:
        user_id = session.scalar(
            select(User.id).where(
                func.lower(User.name) == name.strip().casefold(), User.removed_at.is_(None)
            )
        )
        if user_id is None:
            raise InvalidInput(
                translate("Groups", "There's no user called '{name}' to facilitate.").format(
                    name=name.strip()
                )
            )
        return user_id

    def _add_facilitator(self, session: Session, group_id: str, user_name: str) -> None:
        user_id = self._user_id(session, user_name)
        existing = session.scalar(
            select(GroupFacilitator).where(
                GroupFacilitator.group_id == group_id, GroupFacilitator.user_id == user_id
            )
        )
        if existing is None:
            session.add(GroupFacilitator(group_id=group_id, user_id=user_id))
        else:
            existing.deleted = False

    def groups(self) -> list[GroupView]:
        """The groups this user may see, by name."""
        with self.vault.session() as s:
            query = select(Group).where(Group.deleted.is_(False)).order_by(Group.name)
            mine = self.access.group_filter()
            if mine is not None:
                query = query.where(mine)
            groups = s.scalars(query).all()
            return self._views(s, groups)

    def group(self, group_id: str) -> GroupView:
        with self.vault.session() as s:
            return self._views(s, [self._visible_group(s, group_id)])[0]

    def _visible_group(self, session: Session, group_id: str) -> Group:
        group = session.get(Group, group_id)
        if group is None or group.deleted:
            raise InvalidInput(translate("Groups", "That group no longer exists."))
        self.access.require_group(session, group_id)
        return group

    def _views(self, s: Session, groups: Sequence[Group]) -> list[GroupView]:
        ids = [g.id for g in groups]
        names: dict[str, list[str]] = {}
        for group_id, user_name in s.execute(
            select(GroupFacilitator.group_id, User.name)
            .join(User, User.id == GroupFacilitator.user_id)
            .where(
                GroupFacilitator.group_id.in_(ids),
                GroupFacilitator.deleted.is_(False),
                User.removed_at.is_(None),
            )
            .order_by(User.name)
        ):
            names.setdefault(group_id, []).append(user_name)
        today = self.today()
        sizes = {
            gid: count
            for gid, count in s.execute(
                select(Enrolment.group_id, func.count())
                .join(Participant, Participant.id == Enrolment.participant_id)
                .where(
                    Enrolment.group_id.in_(ids),
                    Enrolment.deleted.is_(False),
                    Participant.deleted.is_(False),
                    Enrolment.enrolled_on <= today,
                    (Enrolment.exited_on.is_(None)) | (Enrolment.exited_on >= today),
                )
                .group_by(Enrolment.group_id)
            )
        }
        recent = self._recent_rates(s, ids)
        return [
            GroupView(
                g.id,
                g.name,
                g.kind,
                g.schedule,
                g.location,
                names.get(g.id, []),
                sizes.get(g.id, 0),
                *recent.get(g.id, (0, None)),
            )
            for g in groups
        ]

    def _recent_rates(self, s: Session, ids: list[str]) -> dict[str, tuple[int, float | None]]:
        """Per group: over its last RECENT_SESSIONS sessions that have marks, how many
        there were and attended ÷ marked (DESIGN.md section 7's attendance rate)."""
        per_session = (
            select(
                GroupSession.group_id.label("group_id"),
                func.sum(case((Attendance.mark.in_(_ATTENDED), 1), else_=0)).label("attended"),
                func.count().label("marked"),
                func.row_number()
                .over(partition_by=GroupSession.group_id, order_by=GroupSession.held_on.desc())
                .label("newest"),
            )
            .join(Attendance, Attendance.session_id == GroupSession.id)
            .where(
                GroupSession.group_id.in_(ids),
                GroupSession.deleted.is_(False),
                GroupSession.held_on <= self.today(),
                Attendance.deleted.is_(False),
            )
            .group_by(GroupSession.id)
            .subquery()
        )
        rows = s.execute(
            select(
                per_session.c.group_id,
                func.count(),
                func.sum(per_session.c.attended),
                func.sum(per_session.c.marked),
            )
            .where(per_session.c.newest <= RECENT_SESSIONS)
            .group_by(per_session.c.group_id)
        )
        return {
            gid: (count, round(attended / marked, 3) if marked else None)
            for gid, count, attended, marked in rows
        }

    def detail(self, group_id: str) -> GroupDetail:
        """What the group's page shows: its facts, roster with dates and its sessions."""
        with self.vault.session() as s:
            group = self._visible_group(s, group_id)
            view = self._views(s, [group])[0]
            roster = self._roster(s, group_id)
            counts = s.execute(
                select(
                    GroupSession.id,
                    GroupSession.held_on,
                    GroupSession.topic,
                    func.count(Attendance.id),
                    func.coalesce(func.sum(case((Attendance.mark.in_(_ATTENDED), 1), else_=0)), 0),
                )
                .outerjoin(
                    Attendance,
                    (Attendance.session_id == GroupSession.id) & Attendance.deleted.is_(False),
                )
                .where(GroupSession.group_id == group_id, GroupSession.deleted.is_(False))
                .group_by(GroupSession.id)
                .order_by(GroupSession.held_on.desc())
            )
            sessions = [SessionSummary(*row) for row in counts]
            return GroupDetail(view, roster, sessions)

    # --- roster --------------------------------------------------------------------------

    def enrol(
        self,
        group_id: str,
        participant_id: str,
        enrolled_on: date,
        exited_on: date | None = None,
        session: Session | None = None,
    ) -> None:
        """Put someone on the roster (or update their dates if they are on it)."""
        if exited_on is not None and exited_on < enrolled_on:
            raise InvalidInput(
                translate("Groups", "The exit date can't be before the enrolment date.")
            )
        with self.vault.transaction(session) as s:
            self.access.require_group(s, group_id)
            participant = s.get(Participant, participant_id)
            if participant is None or participant.deleted:
                raise InvalidInput(translate("Groups", "That participant no longer exists."))
            existing = self._enrolment(s, group_id, participant_id)
            if existing is None:
                s.add(
                    Enrolment(
                        group_id=group_id,
                        participant_id=participant_id,
                        enrolled_on=enrolled_on,
                        exited_on=exited_on,
                    )
                )
            else:
                existing.enrolled_on, existing.exited_on = enrolled_on, exited_on
            self.vault.audit("roster_changed", record_id=group_id, session=s)

    def end_enrolment(self, group_id: str, participant_id: str, exited_on: date) -> None:
        """Take someone off the roster from a day on; their past marks stay."""
        with self.vault.writing() as s:
            self.access.require_group(s, group_id)
            existing = self._enrolment(s, group_id, participant_id)
            if existing is None:
                raise InvalidInput(translate("Groups", "That person isn't on this group's roster."))
            if exited_on < existing.enrolled_on:
                raise InvalidInput(
                    translate("Groups", "The exit date can't be before the enrolment date.")
                )
            existing.exited_on = exited_on
            self.vault.audit("roster_changed", record_id=group_id, session=s)

    @staticmethod
    def _enrolment(s: Session, group_id: str, participant_id: str) -> Enrolment | None:
        return s.scalar(
            select(Enrolment).where(
                Enrolment.group_id == group_id,
                Enrolment.participant_id == participant_id,
                Enrolment.deleted.is_(False),
            )
        )

    def roster(self, group_id: str, on: date | None = None) -> list[RosterEntry]:
        """Display names only: what a facilitator may see. `on` keeps those enrolled that
        day; None keeps everyone ever enrolled."""
        with self.vault.session() as s:
            self.access.require_group(s, group_id)
            entries = self._roster(s, group_id)
            return entries if on is None else [e for e in entries if e.enrolled(on)]

    @staticmethod
    def _roster(s: Session, group_id: str) -> list[RosterEntry]:
        rows = s.execute(
            select(
                Enrolment.participant_id,
                Participant.display_name,
                Enrolment.enrolled_on,
                Enrolment.exited_on,
            )
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(
                Enrolment.group_id == group_id,
                Enrolment.deleted.is_(False),
                Participant.deleted.is_(False),
            )
        ).all()
        entries = [RosterEntry(pid, name or "", on, off) for pid, name, on, off in rows]
        return sorted(entries, key=lambda r: (r.display_name.casefold(), r.participant_id))

    def add_walk_in(
        self,
        group_id: str,
        display_name: str,
        on: date,
        *,
        session_id: str | None = None,
        mark: AttendanceMark | None = None,
    ) -> str:
        """Someone who came without being on the roster: a participant with a display name
        only (a peer completes the record later), enrolled from that day and, when a
        session is given, marked there in the same transaction."""
        name = check.text(display_name, translate("Validation", "name"), required=True, limit=120)
        check.not_future(on, translate("Validation", "date"), self.today())
        with self.vault.writing() as s:
            self.access.require_group(s, group_id)
            participant = Participant(display_name=name, intake_date=on, status_since=on)
            s.add(participant)
            s.flush()
            s.add(Enrolment(group_id=group_id, participant_id=participant.id, enrolled_on=on))
            s.add(
                StatusChange(
                    participant_id=participant.id, status=participant.status, changed_on=on
                )
            )
            self.vault.audit(
                "participant_created", record_id=participant.id, detail="walk-in", session=s
            )
            if session_id is not None and mark is not None:
                s.flush()
                self._set_marks(s, session_id, {participant.id: mark})
            return participant.id

    def people_to_enrol(self, group_id: str) -> list[tuple[str, str]]:
        """(id, display name) of participants this user may put on the roster: those whose
        record they can open and who aren't on it now. Facilitators add people by name."""
        with self.vault.session() as s:
            self.access.require_group(s, group_id)
            on_roster = select(Enrolment.participant_id).where(
                Enrolment.group_id == group_id,
                Enrolment.deleted.is_(False),
                Enrolment.exited_on.is_(None),
            )
            rows = s.execute(
                select(Participant.id, Participant.display_name, Participant.first_name)
                .where(self.access.caseload_filter(), Participant.id.not_in(on_roster))
                .where(Participant.status.in_(_STILL_SERVED))
            ).all()
            people = [(pid, shown or first or "") for pid, shown, first in rows]
            return sorted(people, key=lambda p: p[1].casefold())

    # --- sessions and attendance ---------------------------------------------------------

    def session_on(
        self,
        group_id: str,
        held_on: date,
        *,
        topic: str | None = None,
        session: Session | None = None,
    ) -> str:
        """The group's session on that day, made if there isn't one yet. The user is
        counted among the facilitators present."""
        check.not_future(held_on, translate("Validation", "session date"), self.today())
        with self.vault.transaction(session) as s:
            self._visible_group(s, group_id)
            existing = s.scalar(
                select(GroupSession).where(
                    GroupSession.group_id == group_id,
                    GroupSession.held_on == held_on,
                    GroupSession.deleted.is_(False),
                )
            )
            me = self.access.user.id
            if existing is not None:
                if topic:
                    existing.topic = check.text(topic, translate("Validation", "topic"))
                if me not in existing.facilitators_present:
                    existing.facilitators_present = [*existing.facilitators_present, me]
                return existing.id
            record = GroupSession(
                group_id=group_id,
                held_on=held_on,
                topic=check.text(topic, translate("Validation", "topic")),
                facilitators_present=[me],
            )
            s.add(record)
            s.flush()
            self.vault.audit("session_created", record_id=group_id, session=s)
            return record.id

    def describe_session(self, session_id: str, *, topic: str | None, notes: str | None) -> None:
        """Save the session's topic and the facilitators' notes."""
        cleaned_topic = check.text(topic, translate("Validation", "topic"))
        cleaned_notes = check.text(notes, translate("Validation", "notes"), limit=20_000)
        with self.vault.writing() as s:
            record = self._group_session(s, session_id)
            if (record.topic, record.notes) != (cleaned_topic, cleaned_notes):
                record.topic, record.notes = cleaned_topic, cleaned_notes
                self.vault.audit("session_updated", record_id=session_id, session=s)

    def sheet(self, session_id: str) -> SessionSheet:
        with self.vault.session() as s:
            record = self._group_session(s, session_id)
            group = s.get(Group, record.group_id)
            assert group is not None
            marks = self._marks(s, session_id)
            people = [
                e
                for e in self._roster(s, record.group_id)
                if e.enrolled(record.held_on) or e.participant_id in marks
            ]
            present = dict(
                s.execute(
                    select(User.id, User.name).where(User.id.in_(record.facilitators_present))
                ).all()
            )
            return SessionSheet(
                id=record.id,
                group_id=record.group_id,
                group_name=group.name,
                held_on=record.held_on,
                topic=record.topic,
                notes=record.notes,
                facilitators_present=[
                    present[i] for i in record.facilitators_present if i in present
                ],
                people=people,
                marks=marks,
            )

    def _group_session(self, s: Session, session_id: str) -> GroupSession:
        record = s.get(GroupSession, session_id)
        if record is None or record.deleted:
            raise InvalidInput(translate("Groups", "That session no longer exists."))
        self.access.require_group(s, record.group_id)
        return record

    def mark(
        self,
        session_id: str,
        participant_id: str,
        mark: AttendanceMark | str | None,
        session: Session | None = None,
    ) -> AttendanceMark | None:
        """Set (or with None, clear) one person's mark for one session. Returns the mark
        it replaced, so the caller can undo."""
        value = (
            None
            if mark is None
            else check.choice(AttendanceMark, mark, translate("Validation", "mark"))
        )
        with self.vault.transaction(session) as s:
            return self._set_marks(s, session_id, {participant_id: value})[participant_id]

    def set_marks(
        self, session_id: str, marks: Mapping[str, AttendanceMark | None]
    ) -> dict[str, AttendanceMark | None]:
        """Several marks in one transaction ("Mark all present", or undoing it). Returns
        the marks they replaced."""
        with self.vault.writing() as s:
            return self._set_marks(s, session_id, marks)

    def _set_marks(
        self, s: Session, session_id: str, marks: Mapping[str, AttendanceMark | None]
    ) -> dict[str, AttendanceMark | None]:
        record = self._group_session(s, session_id)
        enrolled = set(
            s.scalars(
                select(Enrolment.participant_id).where(
                    Enrolment.group_id == record.group_id,
                    Enrolment.participant_id.in_(list(marks)),
                    Enrolment.deleted.is_(False),
                )
            )
        )
        if set(marks) - enrolled:
            raise InvalidInput(
                translate(
                    "Groups",
                    "Only people on the group's roster can be marked. Add them to the roster "
                    "first, or add them as a walk-in.",
                )
            )
        existing = {
            a.participant_id: a
            for a in s.scalars(
                select(Attendance).where(
                    Attendance.session_id == session_id,
                    Attendance.participant_id.in_(list(marks)),
                )
            )
        }
        before: dict[str, AttendanceMark | None] = {}
        for participant_id, value in marks.items():
            row = existing.get(participant_id)
            before[participant_id] = None if row is None or row.deleted else row.mark
            if row is None:
                if value is not None:
                    s.add(
                        Attendance(session_id=session_id, participant_id=participant_id, mark=value)
                    )
            elif value is None:
                row.deleted = True
            else:
                row.mark, row.deleted = value, False
        self.vault.audit("attendance_marked", record_id=session_id, session=s)
        return before

    def marks(self, session_id: str) -> dict[str, AttendanceMark]:
        with self.vault.session() as s:
            self._group_session(s, session_id)
            return self._marks(s, session_id)

    @staticmethod
    def _marks(s: Session, session_id: str) -> dict[str, AttendanceMark]:
        rows = s.execute(
            select(Attendance.participant_id, Attendance.mark).where(
                Attendance.session_id == session_id, Attendance.deleted.is_(False)
            )
        )
        return {pid: mark for pid, mark in rows}

    # --- history -------------------------------------------------------------------------

    def history(self, group_id: str, start: date, end: date) -> HistoryGrid:
        """Participants by sessions held in [start, end], each person's rate over the
        sessions they were marked in, and absences in a row as of the last session
        (DESIGN.md section 4: excused sessions neither count nor break the run)."""
        if end < start:
            raise InvalidInput(
                translate("Groups", "The end of the range can't be before its start.")
            )
        with self.vault.session() as s:
            self._visible_group(s, group_id)
            sessions = s.execute(
                select(GroupSession.id, GroupSession.held_on)
                .where(
                    GroupSession.group_id == group_id,
                    GroupSession.deleted.is_(False),
                    GroupSession.held_on.between(start, end),
                )
                .order_by(GroupSession.held_on)
            ).all()
            column = {sid: index for index, (sid, _) in enumerate(sessions)}
            grid: dict[str, list[AttendanceMark | None]] = {}
            for sid, pid, mark in s.execute(
                select(Attendance.session_id, Attendance.participant_id, Attendance.mark).where(
                    Attendance.session_id.in_(list(column)), Attendance.deleted.is_(False)
                )
            ):
                grid.setdefault(pid, [None] * len(sessions))[column[sid]] = mark
            rule = at_risk_rule(s)
            rows = []
            for entry in self._roster(s, group_id):
                marks = grid.pop(entry.participant_id, None)
                in_range = entry.enrolled_on <= end and (
                    entry.exited_on is None or entry.exited_on >= start
                )
                if marks is None and not in_range:
                    continue
                marks = marks or [None] * len(sessions)
                given = [m for m in marks if m is not None]
                missed = missed_in_a_row(
                    (day, m) for (_, day), m in zip(sessions, marks, strict=True) if m
                )
                rows.append(
                    HistoryRow(
                        entry.participant_id,
                        entry.display_name,
                        marks,
                        sum(1 for m in given if m.attended),
                        len(given),
                        missed,
                        missed >= rule.missed_in_a_row,
                    )
                )
            return HistoryGrid([(sid, held_on) for sid, held_on in sessions], rows)


_ATTENDED = (AttendanceMark.PRESENT, AttendanceMark.LATE)
_STILL_SERVED = (ParticipantStatus.ACTIVE, ParticipantStatus.PAUSED)
