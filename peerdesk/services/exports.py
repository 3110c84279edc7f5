"""`peerdesk export KIND FILE [--deidentified]`: CSV files in the same columns as the
imports, for spreadsheets, funders and other systems.

A de-identified export drops names, contact details, dates of birth and free-text notes,
and replaces participant ids by pseudonyms that stay the same from one export to the
next (an HMAC under a random key kept in the vault), so files can be joined without
saying who anyone is. People outside the exporter's caseload always get pseudonyms.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Attendance,
    Contact,
    ContactMethod,
    Group,
    GroupSession,
    Participant,
    TrainingRecord,
    User,
    VaultMeta,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services.access import Access
from peerdesk.vault.atomic import atomic_writer
from peerdesk.vault.vault import UnlockedVault

KINDS = ("participants", "contacts", "attendance", "trainings")
IDENTIFYING = frozenset(
    {"display_name", "first_name", "last_name", "date_of_birth", "phone", "email", "notes"}
)
COLUMNS = {
    "participants": [
        "participant_id",
        "display_name",
        "first_name",
        "last_name",
        "pronouns",
        "date_of_birth",
        "preferred_language",
        "phone",
        "email",
        "ok_to_text",
        "ok_to_voicemail",
        "intake_date",
        "referral_source",
        "status",
        "assigned_peer",
        "notes",
    ],
    "contacts": [
        "participant_id",
        "date",
        "type",
        "duration_minutes",
        "topics",
        "notes",
        "follow_up_date",
        "staff",
    ],
    "attendance": ["group", "session_date", "participant_id", "mark"],
    "trainings": ["staff", "training", "category", "completed_on", "expires_on", "hours"],
}


@dataclass(frozen=True)
class ExportSummary:
    kind: str
    rows: int
    path: Path
    deidentified: bool


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(getattr(value, "value", value))


class Exporter:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self.access = Access(vault)

    def _pseudonym_key(self, session: Session) -> bytes:
        meta = session.get(VaultMeta, "pseudonym_key")
        if meta is None:
            meta = VaultMeta(key="pseudonym_key", value=os.urandom(32).hex())
            session.add(meta)
        return bytes.fromhex(meta.value)

    def _labeller(self, session: Session, deidentified: bool) -> Callable[[Participant], str]:
        key = self._pseudonym_key(session)

        def label(person: Participant) -> str:
            if not deidentified and self.access.can_open(person) and person.external_id:
                return person.external_id
            digest = hmac.new(key, person.id.encode(), hashlib.sha256).digest()
            return "P-" + base64.b32encode(digest[:7]).decode().rstrip("=")

        return label

    def export(self, kind: str, path: Path, *, deidentified: bool = False) -> ExportSummary:
        if kind not in KINDS:
            raise InvalidInput(
                translate("Exports", "PeerDesk can't export '{kind}'. It exports: {kinds}.").format(
                    kind=kind, kinds=", ".join(KINDS)
                )
            )
        if path.exists():
            raise InvalidInput(
                translate("Exports", "{path} already exists. Choose a new file name.").format(
                    path=path
                )
            )
        if not path.parent.is_dir():
            raise InvalidInput(
                translate("Exports", "The folder {path} doesn't exist.").format(path=path.parent)
            )
        columns = [c for c in COLUMNS[kind] if not (deidentified and c in IDENTIFYING)]
        with self.vault.writing() as s:
            label = self._labeller(s, deidentified)
            rows = list(getattr(self, f"_{kind}")(s, label))
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\r\n")
            writer.writeheader()
            writer.writerows({k: _text(v) for k, v in row.items()} for row in rows)
            # UTF-8 with a BOM: what spreadsheet programs need to show accents right.
            with atomic_writer(path) as out:
                out.write(buffer.getvalue().encode("utf-8-sig"))
            self.vault.audit(
                "export",
                detail=f"{kind}: {len(rows)} rows" + (", de-identified" if deidentified else ""),
                session=s,
            )
        return ExportSummary(kind, len(rows), path, deidentified)

    def _people(self, s: Session) -> list[Participant]:
        self.access.require_caseload_role()
        return list(
            s.scalars(
                select(Participant)
                .where(self.access.caseload_filter(), Participant.erased.is_(False))
                .order_by(Participant.external_id, Participant.display_name)
            )
        )

    def _participants(
        self, s: Session, label: Callable[[Participant], str]
    ) -> Iterator[dict[str, object]]:
        peers = {u.id: u.name for u in s.scalars(select(User))}
        methods: dict[tuple[str, str], ContactMethod] = {}
        for method in s.scalars(select(ContactMethod).where(ContactMethod.deleted.is_(False))):
            methods.setdefault((method.participant_id, method.kind), method)
        for person in self._people(s):
            phone = methods.get((person.id, "phone"))
            email = methods.get((person.id, "email"))
            yield {
                "participant_id": label(person),
                "display_name": person.display_name,
                "first_name": person.first_name,
                "last_name": person.last_name,
                "pronouns": person.pronouns,
                "date_of_birth": person.date_of_birth,
                "preferred_language": person.preferred_language,
                "phone": phone.value if phone else None,
                "email": email.value if email else None,
                "ok_to_text": phone.ok_to_text if phone else None,
                "ok_to_voicemail": phone.ok_to_voicemail if phone else None,
                "intake_date": person.intake_date,
                "referral_source": person.referral_source,
                "status": person.status,
                "assigned_peer": peers.get(person.assigned_peer_id or ""),
                "notes": person.notes,
            }

    def _contacts(
        self, s: Session, label: Callable[[Participant], str]
    ) -> Iterator[dict[str, object]]:
        people = {p.id: p for p in self._people(s)}
        staff = {u.id: u.name for u in s.scalars(select(User))}
        for contact in s.scalars(
            select(Contact)
            .where(Contact.participant_id.in_(people), Contact.deleted.is_(False))
            .order_by(Contact.contact_date)
        ):
            yield {
                "participant_id": label(people[contact.participant_id]),
                "date": contact.contact_date,
                "type": contact.type,
                "duration_minutes": contact.duration_minutes,
                "topics": ";".join(contact.topics),
                "notes": contact.notes,
                "follow_up_date": contact.follow_up_date,
                "staff": staff.get(contact.staff_id or ""),
            }

    def _attendance(
        self, s: Session, label: Callable[[Participant], str]
    ) -> Iterator[dict[str, object]]:
        query = (
            select(Attendance, GroupSession.held_on, Group.name, Participant)
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .join(Group, Group.id == GroupSession.group_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.deleted.is_(False), GroupSession.deleted.is_(False))
            .order_by(Group.name, GroupSession.held_on)
        )
        mine = self.access.group_filter()
        if mine is not None:
            query = query.where(mine)
        for mark, held_on, group_name, person in s.execute(query):
            yield {
                "group": group_name,
                "session_date": held_on,
                "participant_id": label(person),
                "mark": mark.mark,
            }

    def _trainings(
        self, s: Session, label: Callable[[Participant], str]
    ) -> Iterator[dict[str, object]]:
        query = (
            select(TrainingRecord, User.name)
            .join(User, User.id == TrainingRecord.user_id)
            .where(TrainingRecord.deleted.is_(False))
            .order_by(User.name, TrainingRecord.completed_on)
        )
        if not self.access.is_coordinator:
            query = query.where(TrainingRecord.user_id == self.access.user.id)
        for record, name in s.execute(query):
            yield {
                "staff": name,
                "training": record.training,
                "category": record.category,
                "completed_on": record.completed_on,
                "expires_on": record.expires_on,
                "hours": record.hours,
            }
