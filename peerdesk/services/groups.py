"""Groups, their co-facilitators and rosters, sessions and attendance marks.

Facilitators see and run only their own groups, and see participants' display names only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Enrolment,
    Group,
    GroupFacilitator,
    GroupSession,
    Participant,
    StatusChange,
    User,
)
from peerdesk.errors import InvalidInput
from peerdesk.services import validation as check
from peerdesk.services.access import Access
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


@dataclass(frozen=True)
class RosterEntry:
    participant_id: str
    display_name: str
    enrolled_on: date
    exited_on: date | None


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
        self.access.require_coordinator("create groups")
        cleaned = check.text(name, "group name", required=True, limit=120)
        assert cleaned is not None
        with self.vault.transaction(session) as s:
            if self.group_id(s, cleaned) is not None:
                raise InvalidInput(f"There is already a group called '{cleaned}'.")
            group = Group(
                name=cleaned,
                kind=check.text(kind, "kind of group", limit=80),
                schedule=check.text(schedule, "schedule", limit=120),
                location=check.text(location, "location"),
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
        self.access.require_coordinator("change groups")
        with self.vault.transaction(session) as s:
            group = s.get(Group, group_id)
            if group is None or group.deleted:
                raise InvalidInput("That group no longer exists.")
            group.kind = check.text(kind, "kind of group", limit=80)
            group.schedule = check.text(schedule, "schedule", limit=120)
            group.location = check.text(location, "location")
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
            raise InvalidInput(f"There's no user called '{name.strip()}' to facilitate.")
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
            ids = [g.id for g in groups]
            names: dict[str, list[str]] = {}
            for group_id, user_name in s.execute(
                select(GroupFacilitator.group_id, User.name)
                .join(User, User.id == GroupFacilitator.user_id)
                .where(GroupFacilitator.group_id.in_(ids), GroupFacilitator.deleted.is_(False))
                .order_by(User.name)
            ):
                names.setdefault(group_id, []).append(user_name)
            sizes = {
                gid: count
                for gid, count in s.execute(
                    select(Enrolment.group_id, func.count())
                    .where(
                        Enrolment.group_id.in_(ids),
                        Enrolment.deleted.is_(False),
                        Enrolment.exited_on.is_(None),
                    )
                    .group_by(Enrolment.group_id)
                )
            }
            return [
                GroupView(
                    g.id,
                    g.name,
                    g.kind,
                    g.schedule,
                    g.location,
                    names.get(g.id, []),
                    sizes.get(g.id, 0),
                )
                for g in groups
            ]

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
            raise InvalidInput("The exit date can't be before the enrolment date.")
        with self.vault.transaction(session) as s:
            self.access.require_group(s, group_id)
            participant = s.get(Participant, participant_id)
            if participant is None or participant.deleted:
                raise InvalidInput("That participant no longer exists.")
            existing = s.scalar(
                select(Enrolment).where(
                    Enrolment.group_id == group_id,
                    Enrolment.participant_id == participant_id,
                    Enrolment.deleted.is_(False),
                )
            )
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

    def roster(self, group_id: str, on: date | None = None) -> list[RosterEntry]:
        """Display names only: what a facilitator may see. `on` keeps those enrolled that
        day; None keeps everyone ever enrolled."""
        with self.vault.session() as s:
            self.access.require_group(s, group_id)
            query = (
                select(Enrolment, Participant.display_name)
                .join(Participant, Participant.id == Enrolment.participant_id)
                .where(
                    Enrolment.group_id == group_id,
                    Enrolment.deleted.is_(False),
                    Participant.deleted.is_(False),
                )
            )
            if on is not None:
                query = query.where(Enrolment.enrolled_on <= on).where(
                    (Enrolment.exited_on.is_(None)) | (Enrolment.exited_on >= on)
                )
            rows = s.execute(query).all()
            entries = [
                RosterEntry(e.participant_id, name or "", e.enrolled_on, e.exited_on)
                for e, name in rows
            ]
            return sorted(entries, key=lambda r: r.display_name.casefold())

    def add_walk_in(self, group_id: str, display_name: str, on: date) -> str:
        """Someone who came without being on the roster: a participant with a display name
        only (a peer completes the record later), enrolled from today."""
        name = check.text(display_name, "name", required=True, limit=120)
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
            return participant.id

    # --- sessions and attendance ---------------------------------------------------------

    def session_on(
        self,
        group_id: str,
        held_on: date,
        *,
        topic: str | None = None,
        session: Session | None = None,
    ) -> str:
        """The group's session on that day, made if there isn't one yet."""
        check.not_future(held_on, "session date", self.today())
        with self.vault.transaction(session) as s:
            self.access.require_group(s, group_id)
            existing = s.scalar(
                select(GroupSession).where(
                    GroupSession.group_id == group_id,
                    GroupSession.held_on == held_on,
                    GroupSession.deleted.is_(False),
                )
            )
            if existing is not None:
                if topic:
                    existing.topic = check.text(topic, "topic")
                return existing.id
            record = GroupSession(
                group_id=group_id,
                held_on=held_on,
                topic=check.text(topic, "topic"),
                facilitators_present=[self.access.user.id],
            )
            s.add(record)
            s.flush()
            self.vault.audit("session_created", record_id=group_id, session=s)
            return record.id

    def mark(
        self,
        session_id: str,
        participant_id: str,
        mark: AttendanceMark | str | None,
        session: Session | None = None,
    ) -> None:
        """Set (or with None, clear) one person's mark for one session."""
        value = None if mark is None else check.choice(AttendanceMark, mark, "mark")
        with self.vault.transaction(session) as s:
            group_session = s.get(GroupSession, session_id)
            if group_session is None or group_session.deleted:
                raise InvalidInput("That session no longer exists.")
            self.access.require_group(s, group_session.group_id)
            existing = s.scalar(
                select(Attendance).where(
                    Attendance.session_id == session_id, Attendance.participant_id == participant_id
                )
            )
            if existing is None:
                if value is not None:
                    s.add(
                        Attendance(session_id=session_id, participant_id=participant_id, mark=value)
                    )
            elif value is None:
                existing.deleted = True
            else:
                existing.mark, existing.deleted = value, False
            self.vault.audit("attendance_marked", record_id=session_id, session=s)

    def marks(self, session_id: str) -> dict[str, AttendanceMark]:
        with self.vault.session() as s:
            group_session = s.get(GroupSession, session_id)
            if group_session is None:
                raise InvalidInput("That session no longer exists.")
            self.access.require_group(s, group_session.group_id)
            rows = s.execute(
                select(Attendance.participant_id, Attendance.mark).where(
                    Attendance.session_id == session_id, Attendance.deleted.is_(False)
                )
            )
            return {pid: mark for pid, mark in rows}
