"""What happens between sessions: contacts (encounters), appointments and referrals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Appointment,
    Contact,
    ContactType,
    Participant,
    Referral,
    ReferralStatus,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.services.participants import clean_tags
from peerdesk.vault.vault import UnlockedVault

MAX_FOLLOW_UP_DAYS = 366


@dataclass(frozen=True)
class ContactView:
    id: str
    contact_date: date
    type: ContactType
    duration_minutes: int | None
    topics: list[str]
    notes: str | None
    follow_up_date: date | None
    staff_id: str | None


@dataclass(frozen=True)
class AppointmentView:
    id: str
    participant_id: str
    starts_at: datetime
    kind: str
    place: str | None
    peer_goes_along: bool
    transport_arranged: bool
    reminder_made: bool


class EncounterService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def _participant(self, session: Session, participant_id: str) -> Participant:
        return self.access.require_open(session.get(Participant, participant_id))

    def log_contact(
        self,
        participant_id: str,
        contact_date: date,
        type: ContactType | str,
        *,
        duration_minutes: int | None = None,
        topics: list[str] | None = None,
        notes: str | None = None,
        follow_up_date: date | None = None,
        staff_id: str | None = None,
        session: Session | None = None,
    ) -> str:
        kind = check.choice(ContactType, type, translate("Validation", "contact type"))
        check.not_future(contact_date, translate("Validation", "contact date"), self.today())
        check.whole_number(
            duration_minutes, translate("Validation", "duration in minutes"), 0, 24 * 60
        )
        if follow_up_date is not None:
            if follow_up_date < contact_date:
                raise InvalidInput(
                    translate("Encounters", "The follow-up date can't be before the contact.")
                )
            if follow_up_date > contact_date + timedelta(days=MAX_FOLLOW_UP_DAYS):
                raise InvalidInput(
                    translate(
                        "Encounters", "The follow-up date should be within a year of the contact."
                    )
                )
        with self.vault.transaction(session) as s:
            participant = self._participant(s, participant_id)
            contact = Contact(
                participant_id=participant.id,
                contact_date=contact_date,
                type=kind,
                duration_minutes=duration_minutes,
                topics=clean_tags(topics),
                follow_up_date=follow_up_date,
                notes=check.text(notes, translate("Validation", "notes"), limit=20_000),
                staff_id=staff_id or self.access.user.id,
            )
            s.add(contact)
            s.flush()
            self.vault.audit("contact_logged", record_id=participant.id, session=s)
            return contact.id

    def contacts(self, participant_id: str) -> list[ContactView]:
        """Newest first."""
        with self.vault.session() as s:
            participant = self._participant(s, participant_id)
            rows = s.scalars(
                select(Contact)
                .where(Contact.participant_id == participant.id, Contact.deleted.is_(False))
                .order_by(Contact.contact_date.desc())
            )
            return [
                ContactView(
                    c.id,
                    c.contact_date,
                    c.type,
                    c.duration_minutes,
                    list(c.topics),
                    c.notes,
                    c.follow_up_date,
                    c.staff_id,
                )
                for c in rows
            ]

    def delete_contact(self, contact_id: str) -> None:
        with self.vault.writing() as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted:
                raise InvalidInput(translate("Encounters", "That contact no longer exists."))
            self._participant(s, contact.participant_id)
            contact.deleted = True
            self.vault.audit("contact_deleted", record_id=contact.participant_id, session=s)

    def add_appointment(
        self,
        participant_id: str,
        starts_at: datetime,
        kind: str,
        *,
        place: str | None = None,
        peer_goes_along: bool = False,
        transport_arranged: bool = False,
        reminder_made: bool = False,
        notes: str | None = None,
    ) -> str:
        if starts_at.tzinfo is None:
            starts_at = starts_at.astimezone()  # a time typed on this computer
        with self.vault.writing() as s:
            participant = self._participant(s, participant_id)
            appointment = Appointment(
                participant_id=participant.id,
                starts_at=starts_at,
                kind=check.text(
                    kind, translate("Validation", "kind of appointment"), required=True, limit=40
                ),
                place=check.text(place, translate("Validation", "place")),
                peer_goes_along=peer_goes_along,
                transport_arranged=transport_arranged,
                reminder_made=reminder_made,
                notes=check.text(notes, translate("Validation", "notes"), limit=20_000),
            )
            s.add(appointment)
            s.flush()
            self.vault.audit("appointment_added", record_id=participant.id, session=s)
            return appointment.id

    def update_appointment(
        self,
        appointment_id: str,
        *,
        transport_arranged: bool | None = None,
        reminder_made: bool | None = None,
    ) -> None:
        with self.vault.writing() as s:
            appointment = s.get(Appointment, appointment_id)
            if appointment is None or appointment.deleted:
                raise InvalidInput(translate("Encounters", "That appointment no longer exists."))
            self._participant(s, appointment.participant_id)
            if transport_arranged is not None:
                appointment.transport_arranged = transport_arranged
            if reminder_made is not None:
                appointment.reminder_made = reminder_made
            self.vault.audit("appointment_updated", record_id=appointment.participant_id, session=s)

    def appointments_between(self, start: datetime, end: datetime) -> list[AppointmentView]:
        """Appointments of the user's caseload in [start, end), soonest first."""
        with self.vault.session() as s:
            rows = s.scalars(
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
            return [
                AppointmentView(
                    a.id,
                    a.participant_id,
                    a.starts_at,
                    a.kind,
                    a.place,
                    a.peer_goes_along,
                    a.transport_arranged,
                    a.reminder_made,
                )
                for a in rows
            ]

    def add_referral(
        self,
        participant_id: str,
        service: str,
        made_on: date,
        status: ReferralStatus | str = ReferralStatus.MADE,
        notes: str | None = None,
    ) -> str:
        with self.vault.writing() as s:
            participant = self._participant(s, participant_id)
            referral = Referral(
                participant_id=participant.id,
                service=check.text(service, translate("Validation", "service"), required=True),
                made_on=check.not_future(
                    made_on, translate("Validation", "referral date"), self.today()
                ),
                status=check.choice(
                    ReferralStatus, status, translate("Validation", "referral status")
                ),
                notes=check.text(notes, translate("Validation", "notes"), limit=20_000),
            )
            s.add(referral)
            s.flush()
            self.vault.audit("referral_added", record_id=participant.id, session=s)
            return referral.id

    def set_referral_status(self, referral_id: str, status: ReferralStatus | str) -> None:
        with self.vault.writing() as s:
            referral = s.get(Referral, referral_id)
            if referral is None or referral.deleted:
                raise InvalidInput(translate("Encounters", "That referral no longer exists."))
            self._participant(s, referral.participant_id)
            referral.status = check.choice(
                ReferralStatus, status, translate("Validation", "referral status")
            )
            self.vault.audit("referral_updated", record_id=referral.participant_id, session=s)
