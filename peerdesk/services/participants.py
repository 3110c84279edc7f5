"""Participants: profiles, contact methods with safe-to-contact flags, status, the
assigned peer, consents and the safety plan. Every view and change is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    ContactMethod,
    KeyContact,
    Participant,
    ParticipantStatus,
    Role,
    SharingConsent,
    StatusChange,
    User,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.vault.vault import UnlockedVault

PROFILE_FIELDS = frozenset(
    {
        "external_id",
        "display_name",
        "first_name",
        "last_name",
        "pronouns",
        "date_of_birth",
        "preferred_language",
        "intake_date",
        "referral_source",
        "consent_to_services",
        "consent_to_sync",
        "crisis_flag",
        "safety_plan",
        "cultural_needs",
        "access_needs",
        "needs_transport",
        "needs_interpreter",
        "tags",
        "notes",
    }
)


# What the checks call each field (translated where a check fails).
_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Validation", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Validation", "last name"),
    "pronouns": QT_TRANSLATE_NOOP("Validation", "pronouns"),
    "preferred_language": QT_TRANSLATE_NOOP("Validation", "preferred language"),
    "referral_source": QT_TRANSLATE_NOOP("Validation", "referral source"),
    "external_id": QT_TRANSLATE_NOOP("Validation", "external id"),
    "safety_plan": QT_TRANSLATE_NOOP("Validation", "safety plan"),
    "cultural_needs": QT_TRANSLATE_NOOP("Validation", "cultural needs"),
    "access_needs": QT_TRANSLATE_NOOP("Validation", "access needs"),
    "notes": QT_TRANSLATE_NOOP("Validation", "notes"),
    "phone": QT_TRANSLATE_NOOP("Validation", "phone"),
    "email": QT_TRANSLATE_NOOP("Validation", "email"),
    "address": QT_TRANSLATE_NOOP("Validation", "address"),
}


def _label(field_name: str) -> str:
    return translate("Validation", _LABELS[field_name])


@dataclass(frozen=True)
class ContactMethodView:
    id: str
    kind: str
    value: str | None
    ok_to_text: bool
    ok_to_voicemail: bool
    ok_to_mail: bool


@dataclass(frozen=True)
class ParticipantView:
    """A whole record, for someone allowed to open it."""

    id: str
    external_id: str | None
    display_name: str | None
    first_name: str | None
    last_name: str | None
    pronouns: str | None
    date_of_birth: date | None
    preferred_language: str | None
    intake_date: date | None
    referral_source: str | None
    status: ParticipantStatus
    status_since: date | None
    assigned_peer: str | None
    consent_to_services: bool
    consent_to_sync: bool
    crisis_flag: bool
    safety_plan: str | None
    cultural_needs: str | None
    access_needs: str | None
    needs_transport: bool
    needs_interpreter: bool
    tags: list[str]
    notes: str | None
    contact_methods: list[ContactMethodView] = field(default_factory=list)
    key_contacts: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    sharing_consents: list[tuple[str | None, date | None, date | None, date | None]] = field(
        default_factory=list
    )


def clean_tags(tags: list[str] | None) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags or []:
        cleaned = tag.strip().lower()
        if cleaned:
            seen.setdefault(cleaned[:40], None)
    return list(seen)


class ParticipantService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    # --- helpers -------------------------------------------------------------------------

    def _load(self, session: Session, participant_id: str) -> Participant:
        return self.access.require_open(session.get(Participant, participant_id))

    def peer_id(self, session: Session, name: str | None) -> str | None:
        """The id of the active peer or coordinator called `name` (None for no name)."""
        if not name or not name.strip():
            return None
        user = session.scalars(
            select(User).where(
                func.lower(User.name) == name.strip().casefold(), User.removed_at.is_(None)
            )
        ).first()
        if user is None:
            raise InvalidInput(
                translate("Participants", "There's no user called '{name}' to assign.").format(
                    name=name.strip()
                )
            )
        if user.role is Role.FACILITATOR:
            raise InvalidInput(
                translate(
                    "Participants",
                    "{name} is a facilitator; only peers and coordinators have caseloads.",
                ).format(name=user.name)
            )
        return user.id

    def _validated(self, changes: dict[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - PROFILE_FIELDS
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        today = self.today()
        out = dict(changes)
        if "display_name" in out:
            out["display_name"] = check.text(
                out["display_name"],
                translate("Validation", "display name"),
                required=True,
                limit=120,
            )
        for name, limit in (
            ("first_name", 120),
            ("last_name", 120),
            ("pronouns", 40),
            ("preferred_language", 60),
            ("referral_source", 120),
            ("external_id", 64),
        ):
            if name in out:
                out[name] = check.text(out[name], _label(name), limit=limit)
        for name in ("safety_plan", "cultural_needs", "access_needs", "notes"):
            if name in out:
                out[name] = check.text(out[name], _label(name), limit=20_000)
        if "intake_date" in out:
            check.not_future(out["intake_date"], translate("Validation", "intake date"), today)
        if "date_of_birth" in out:
            check.not_future(out["date_of_birth"], translate("Validation", "date of birth"), today)
        if "tags" in out:
            out["tags"] = clean_tags(out["tags"])
        return out

    def _check_dates(self, record: Participant) -> None:
        if (
            record.date_of_birth
            and record.intake_date
            and record.date_of_birth > record.intake_date
        ):
            raise InvalidInput(
                translate("Participants", "The date of birth must be before the intake date.")
            )

    # --- changes -------------------------------------------------------------------------

    def create(
        self,
        display_name: str,
        *,
        assigned_peer: str | None = None,
        status: ParticipantStatus = ParticipantStatus.ACTIVE,
        session: Session | None = None,
        **profile: Any,
    ) -> str:
        """A new participant; a peer's new participants join their own caseload."""
        self.access.require_caseload_role()
        values = self._validated({"display_name": display_name, **profile})
        values.setdefault("intake_date", self.today())
        with self.vault.transaction(session) as s:
            peer = self.peer_id(s, assigned_peer) if assigned_peer else None
            if not self.access.is_coordinator:
                peer = self.access.user.id  # a peer can only add to their own caseload
            self._check_external_id(s, values.get("external_id"), None)
            record = Participant(
                status=status, status_since=values["intake_date"], assigned_peer_id=peer, **values
            )
            self._check_dates(record)
            s.add(record)
            s.flush()
            s.add(
                StatusChange(
                    participant_id=record.id, status=status, changed_on=values["intake_date"]
                )
            )
            self.vault.audit("participant_created", record_id=record.id, session=s)
            return record.id

    def _check_external_id(
        self, session: Session, external_id: str | None, own_id: str | None
    ) -> None:
        if not external_id:
            return
        other = session.scalar(
            select(Participant.id).where(
                Participant.external_id == external_id, Participant.deleted.is_(False)
            )
        )
        if other is not None and other != own_id:
            raise InvalidInput(
                translate("Participants", "Another participant already has that participant id.")
            )

    def update(
        self, participant_id: str, session: Session | None = None, **changes: Any
    ) -> list[str]:
        """Change profile fields; returns the names of fields that really changed."""
        values = self._validated(changes)
        with self.vault.transaction(session) as s:
            record = self._load(s, participant_id)
            if "external_id" in values:
                self._check_external_id(s, values["external_id"], record.id)
            changed = [k for k, v in values.items() if getattr(record, k) != v]
            for key in changed:
                setattr(record, key, values[key])
            self._check_dates(record)
            if changed:
                self.vault.audit(
                    "participant_updated",
                    record_id=record.id,
                    detail=", ".join(sorted(changed)),
                    session=s,
                )
            return changed

    def set_status(
        self,
        participant_id: str,
        status: ParticipantStatus | str,
        on: date | None = None,
        note: str | None = None,
    ) -> None:
        new = check.choice(ParticipantStatus, status, translate("Validation", "status"))
        day = check.not_future(
            on or self.today(), translate("Validation", "status date"), self.today()
        )
        with self.vault.writing() as s:
            record = self._load(s, participant_id)
            if record.status is new:
                return
            record.status, record.status_since = new, day
            s.add(
                StatusChange(
                    participant_id=record.id,
                    status=new,
                    changed_on=day,
                    note=check.text(note, translate("Validation", "note"), limit=2000),
                )
            )
            self.vault.audit(
                "participant_status_changed", record_id=record.id, detail=new.value, session=s
            )

    def reassign(self, participant_id: str, peer_name: str) -> None:
        self.access.require_coordinator(translate("Access", "reassign participants"))
        with self.vault.writing() as s:
            record = self._load(s, participant_id)
            record.assigned_peer_id = self.peer_id(s, peer_name)
            self.vault.audit("participant_reassigned", record_id=record.id, session=s)

    def add_contact_method(
        self,
        participant_id: str,
        kind: str,
        value: str,
        *,
        ok_to_text: bool = False,
        ok_to_voicemail: bool = False,
        ok_to_mail: bool = False,
        session: Session | None = None,
    ) -> str:
        if kind not in ("phone", "email", "address"):
            raise InvalidInput(
                translate("Participants", "A contact method is a phone, email or address.")
            )
        cleaned = check.text(value, _label(kind), required=True, limit=200)
        with self.vault.transaction(session) as s:
            record = self._load(s, participant_id)
            method = ContactMethod(
                participant_id=record.id,
                kind=kind,
                value=cleaned,
                ok_to_text=ok_to_text,
                ok_to_voicemail=ok_to_voicemail,
                ok_to_mail=ok_to_mail,
            )
            s.add(method)
            s.flush()
            self.vault.audit(
                "participant_updated",
                record_id=record.id,
                detail=f"contact method {kind}",
                session=s,
            )
            return method.id

    def add_key_contact(
        self, participant_id: str, name: str, relationship: str | None, phone: str | None
    ) -> None:
        with self.vault.writing() as s:
            record = self._load(s, participant_id)
            s.add(
                KeyContact(
                    participant_id=record.id,
                    name=check.text(
                        name, translate("Validation", "key contact's name"), required=True
                    ),
                    relationship=check.text(
                        relationship, translate("Validation", "relationship"), limit=80
                    ),
                    phone=check.text(phone, translate("Validation", "phone number"), limit=60),
                )
            )
            self.vault.audit(
                "participant_updated", record_id=record.id, detail="key contact", session=s
            )

    def add_sharing_consent(
        self, participant_id: str, party: str, given_on: date, expires_on: date | None = None
    ) -> None:
        with self.vault.writing() as s:
            record = self._load(s, participant_id)
            if expires_on and expires_on < given_on:
                raise InvalidInput(
                    translate("Participants", "A consent can't expire before it was given.")
                )
            s.add(
                SharingConsent(
                    participant_id=record.id,
                    party=check.text(party, translate("Validation", "party"), required=True),
                    given_on=check.not_future(
                        given_on, translate("Validation", "consent date"), self.today()
                    ),
                    expires_on=expires_on,
                )
            )
            self.vault.audit(
                "participant_updated", record_id=record.id, detail="sharing consent", session=s
            )

    # --- reading -------------------------------------------------------------------------

    def open(self, participant_id: str) -> ParticipantView:
        """The whole record (audited as a view)."""
        with self.vault.writing() as s:
            record = self._load(s, participant_id)
            peer = s.get(User, record.assigned_peer_id) if record.assigned_peer_id else None
            methods = s.scalars(
                select(ContactMethod).where(
                    ContactMethod.participant_id == record.id, ContactMethod.deleted.is_(False)
                )
            )
            contacts = s.scalars(
                select(KeyContact).where(
                    KeyContact.participant_id == record.id, KeyContact.deleted.is_(False)
                )
            )
            consents = s.scalars(
                select(SharingConsent).where(
                    SharingConsent.participant_id == record.id, SharingConsent.deleted.is_(False)
                )
            )
            view = ParticipantView(
                **{name: getattr(record, name) for name in PROFILE_FIELDS},
                id=record.id,
                status=record.status,
                status_since=record.status_since,
                assigned_peer=peer.name if peer else None,
                contact_methods=[
                    ContactMethodView(
                        m.id, m.kind, m.value, m.ok_to_text, m.ok_to_voicemail, m.ok_to_mail
                    )
                    for m in methods
                ],
                key_contacts=[(k.name, k.relationship, k.phone) for k in contacts],
                sharing_consents=[
                    (c.party, c.given_on, c.expires_on, c.withdrawn_on) for c in consents
                ],
            )
            self.vault.audit("participant_viewed", record_id=record.id, session=s)
            return view

    def id_for_external(self, external_id: str) -> str:
        """The record id of the participant with the program's id `external_id`."""
        with self.vault.session() as s:
            record = s.scalars(
                select(Participant).where(
                    Participant.external_id == external_id.strip(), Participant.deleted.is_(False)
                )
            ).first()
            if record is None or not self.access.can_open(record):
                raise InvalidInput(
                    translate(
                        "Participants", "No participant in your caseload has the id '{id}'."
                    ).format(id=external_id)
                )
            return record.id

    def display_names(self) -> dict[str, str]:
        """id -> display name for everyone this user may see on a roster."""
        with self.vault.session() as s:
            rows = s.execute(
                select(Participant.id, Participant.display_name).where(
                    self.access.display_name_filter()
                )
            )
            return {pid: name or "" for pid, name in rows}
