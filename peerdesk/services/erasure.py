"""Erasing a participant everywhere (DESIGN.md section 4).

Every field that could identify the person, and every piece of free text about them, is
replaced by a tombstone; what remains is a skeleton (dates, contact types, attendance
marks, measure totals under the record's random id) so the counts of past periods stay
right. The database is then rewritten so nothing readable remains in free pages or the
WAL, and older automatic backups, which still hold the person, are replaced by a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Appointment,
    Base,
    Contact,
    ContactMethod,
    Enrolment,
    Goal,
    GoalNote,
    KeyContact,
    Milestone,
    Participant,
    Referral,
    ReviewItem,
    SharingConsent,
    StatusChange,
    table_of,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.vault import backups
from peerdesk.vault.vault import UnlockedVault

ERASED_NAME = QT_TRANSLATE_NOOP("Erasure", "Erased participant")  # translate where shown

# Per table: the values every identifying or free-text field gets (sync sends these).
_PARTICIPANT_BLANKS: dict[str, Any] = dict(
    external_id=None,
    display_name=None,
    first_name=None,
    last_name=None,
    pronouns=None,
    date_of_birth=None,
    preferred_language=None,
    referral_source=None,
    safety_plan=None,
    cultural_needs=None,
    access_needs=None,
    tags=[],
    notes=None,
    crisis_flag=False,
    needs_transport=False,
    needs_interpreter=False,
    consent_to_sync=False,
    erased=True,
)
_CHILD_BLANKS: list[tuple[type[Base], dict[str, Any]]] = [
    (ContactMethod, dict(value=None, deleted=True)),
    (KeyContact, dict(name=None, relationship=None, phone=None, deleted=True)),
    (SharingConsent, dict(party=None, deleted=True)),
    (StatusChange, dict(note=None)),
    (Contact, dict(topics=[], notes=None)),
    (Appointment, dict(place=None, notes=None, kind="erased", deleted=True)),
    (Referral, dict(service=None, notes=None)),
]


@dataclass(frozen=True)
class ErasureResult:
    participant_id: str
    backups_replaced: int


def _blank_children(session: Session, participant_id: str) -> None:
    for model, blanks in _CHILD_BLANKS:
        for row in session.scalars(select(model).where(model.participant_id == participant_id)):  # type: ignore[attr-defined]
            for field, value in blanks.items():
                setattr(row, field, value)
    goal_ids = list(session.scalars(select(Goal.id).where(Goal.participant_id == participant_id)))
    for goal in session.scalars(select(Goal).where(Goal.id.in_(goal_ids))):
        goal.title = None
    for milestone in session.scalars(select(Milestone).where(Milestone.goal_id.in_(goal_ids))):
        milestone.title = None
    for note in session.scalars(select(GoalNote).where(GoalNote.goal_id.in_(goal_ids))):
        note.note = None


def erased_record_ids(session: Session | Connection, participant_ids: set[str]) -> set[str]:
    """The participants and every record about them (what sync erases on the hub)."""
    ids = set(participant_ids)
    people = list(participant_ids)
    for model, _blanks in _CHILD_BLANKS:
        table = table_of(model)
        ids.update(session.scalars(select(table.c.id).where(table.c.participant_id.in_(people))))
    goals = set(session.scalars(select(Goal.id).where(Goal.participant_id.in_(people))))
    ids |= goals
    for model in (Milestone, GoalNote):
        ids.update(session.scalars(select(model.id).where(model.goal_id.in_(list(goals)))))
    return ids


def blank_rows(conn: Connection, participant_ids: set[str]) -> None:
    """Put the erasure blanks back on erased participants' records without new stamps:
    content that arrived by sync from a device that hadn't heard of the erasure yet."""
    people = list(participant_ids)
    conn.execute(
        update(Participant).where(Participant.id.in_(people)).values(**_PARTICIPANT_BLANKS)
    )
    for model, values in _CHILD_BLANKS:
        table = table_of(model)
        conn.execute(update(table).where(table.c.participant_id.in_(people)).values(**values))
    goals = list(conn.scalars(select(Goal.id).where(Goal.participant_id.in_(people))))
    conn.execute(update(Goal).where(Goal.id.in_(goals)).values(title=None))
    conn.execute(update(Milestone).where(Milestone.goal_id.in_(goals)).values(title=None))
    conn.execute(update(GoalNote).where(GoalNote.goal_id.in_(goals)).values(note=None))
    records = list(erased_record_ids(conn, participant_ids))
    conn.execute(
        update(ReviewItem)
        .where(ReviewItem.record_id.in_(records))
        .values(kept_value=None, other_value=None, deleted=True, resolved=True)
    )


class ErasureService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def erase(self, participant_id: str, reason: str) -> ErasureResult:
        """Coordinator only. `reason` goes to the audit log (keep names out of it)."""
        self.access.require_coordinator(translate("Access", "erase a participant"))
        why = check.text(
            reason, translate("Validation", "reason for erasing"), required=True, limit=500
        )
        with self.vault.writing() as s:
            person = s.get(Participant, participant_id)
            if person is None or person.erased:
                raise InvalidInput(
                    translate("Erasure", "That participant doesn't exist or was already erased.")
                )
            for field, value in _PARTICIPANT_BLANKS.items():
                setattr(person, field, value)
            _blank_children(s, person.id)
            for item in s.scalars(
                select(ReviewItem).where(
                    ReviewItem.record_id.in_(erased_record_ids(s, {person.id}))
                )
            ):
                item.kept_value = item.other_value = None
                item.deleted = item.resolved = True
            s.execute(
                update(Enrolment)
                .where(Enrolment.participant_id == person.id, Enrolment.exited_on.is_(None))
                .values(exited_on=self.today())
            )
            self.vault.audit("participant_erased", record_id=person.id, detail=why, session=s)
        self.vault.rewrite_file()
        return ErasureResult(participant_id, self._replace_backups())

    def _replace_backups(self) -> int:
        """Older automatic backups still hold the person: make a new one, then delete them."""
        older = backups.auto_backups(self.vault.vault.backups_dir)
        self.vault.auto_backup("after-erasure")
        for path in older:
            path.unlink(missing_ok=True)
        return len(older)


def find_participant_id(vault: UnlockedVault, identifier: str) -> str:
    """A participant's record id from the program's id (or the record id itself)."""
    with vault.session() as s:
        found = s.scalar(
            select(Participant.id).where(
                (Participant.external_id == identifier.strip())
                | (Participant.id == identifier.strip()),
                Participant.deleted.is_(False),
            )
        )
    if found is None:
        raise InvalidInput(
            translate("Erasure", "No participant has the id '{id}'.").format(id=identifier.strip())
        )
    return found
