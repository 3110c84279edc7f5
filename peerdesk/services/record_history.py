"""Reading one participant's record for the participant window: the audit history of
the record (coordinators only), and the record's appointments and referrals, which
EncounterService can add and change but not yet list for one person.

Qt-free, like every service; access is decided by `Access`, never by hiding widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from peerdesk.db.models import (
    Appointment,
    AuditEvent,
    Participant,
    Referral,
    ReferralStatus,
    User,
)
from peerdesk.i18n import translate
from peerdesk.services.access import Access
from peerdesk.vault.vault import UnlockedVault

HISTORY_LIMIT = 2000


@dataclass(frozen=True)
class HistoryEntry:
    """One audit line about a record: when, who (a user name, or None), and what."""

    at: datetime
    who: str | None
    action: str
    detail: str | None


@dataclass(frozen=True)
class AppointmentEntry:
    id: str
    starts_at: datetime
    kind: str
    place: str | None
    peer_goes_along: bool
    transport_arranged: bool
    reminder_made: bool
    notes: str | None


@dataclass(frozen=True)
class ReferralEntry:
    id: str
    service: str | None
    made_on: date
    status: ReferralStatus
    notes: str | None


def record_history(
    vault: UnlockedVault, participant_id: str, limit: int = HISTORY_LIMIT
) -> list[HistoryEntry]:
    """The audit entries about one participant's record, newest first. Only a
    coordinator may read them; reading them is not itself audited (it changes nothing
    and shows no participant content: the detail holds facts, never content)."""
    access = Access(vault)
    access.require_coordinator(translate("Access", "see a record's history"))
    with vault.session() as s:
        rows = s.execute(
            select(AuditEvent.at, User.name, AuditEvent.action, AuditEvent.detail)
            .outerjoin(User, User.id == AuditEvent.user_id)
            .where(AuditEvent.record_id == participant_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )
        return [HistoryEntry(at, who, action, detail) for at, who, action, detail in rows]


def participant_appointments(vault: UnlockedVault, participant_id: str) -> list[AppointmentEntry]:
    """One participant's appointments, soonest first (for someone who may open them)."""
    access = Access(vault)
    with vault.session() as s:
        participant = access.require_open(s.get(Participant, participant_id))
        rows = s.scalars(
            select(Appointment)
            .where(Appointment.participant_id == participant.id, Appointment.deleted.is_(False))
            .order_by(Appointment.starts_at)
        )
        return [
            AppointmentEntry(
                a.id,
                a.starts_at,
                a.kind,
                a.place,
                a.peer_goes_along,
                a.transport_arranged,
                a.reminder_made,
                a.notes,
            )
            for a in rows
        ]


def participant_referrals(vault: UnlockedVault, participant_id: str) -> list[ReferralEntry]:
    """One participant's referrals, newest first (for someone who may open them)."""
    access = Access(vault)
    with vault.session() as s:
        participant = access.require_open(s.get(Participant, participant_id))
        rows = s.scalars(
            select(Referral)
            .where(Referral.participant_id == participant.id, Referral.deleted.is_(False))
            .order_by(Referral.made_on.desc())
        )
        return [ReferralEntry(r.id, r.service, r.made_on, r.status, r.notes) for r in rows]
