"""The caseload: one prepared row per participant the signed-in person may open, with the
engagement signals a peer scans for (last contact, follow-ups, at risk, hope), and the
coordinator's reassignment of participants between peers.

Rows are built in bulk (one participants query plus the engagement signals, which are
a handful of queries for everyone) so that a caseload of thousands loads in well under a
second; the GUI filters and sorts them in Python, never by asking the database again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, select, type_coerce

from peerdesk.db.models import Participant, ParticipantStatus, Role, User
from peerdesk.i18n import translate
from peerdesk.services.access import Access
from peerdesk.services.engagement import Engagement, EngagementService, evaluate
from peerdesk.services.participants import ParticipantService
from peerdesk.vault.vault import UnlockedVault

# SQLite's limit on bound parameters is far higher, but smaller batches keep each
# statement cheap to prepare.
_IDS_PER_QUERY = 500


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """What the caseload table shows about one participant (slots: 100,000 of them
    are held at once)."""

    participant_id: str
    display_name: str
    status: ParticipantStatus
    assigned_peer: str | None
    last_contact: date | None
    next_follow_up: date | None
    follow_ups_due: int
    at_risk: bool
    at_risk_reason: str | None
    latest_hope: int | None
    hope_change: int | None
    tags: tuple[str, ...]


class CaseloadService:
    """Reads the caseload of the signed-in person (everyone's, for a coordinator)."""

    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def rows(self) -> list[CaseloadRow]:
        """Everyone whose record this person may open. Facilitators have no caseload."""
        self.access.require_caseload_role()
        with self.vault.session() as s:
            # Status and tags come back as stored text and are decoded here: SQLAlchemy's
            # per-value processing of the enum and JSON columns was most of this query's
            # time with 100,000 participants (1.2 s against 0.4 s).
            people = s.execute(
                select(
                    Participant.id,
                    Participant.display_name,
                    type_coerce(Participant.status, String),
                    Participant.assigned_peer_id,
                    type_coerce(Participant.tags, String),
                ).where(self.access.caseload_filter())
            ).all()
            names: dict[str | None, str] = {
                user_id: name for user_id, name in s.execute(select(User.id, User.name))
            }
        signals = EngagementService(self.vault, self.today).signals()
        statuses = {status.value: status for status in ParticipantStatus}
        today = self.today()
        rows = []
        for pid, display_name, status_text, peer_id, tags_text in people:
            status = statuses[status_text]
            signal = signals.get(pid) or _no_engagement(today, status)
            rows.append(
                CaseloadRow(
                    pid,
                    display_name or "",
                    status,
                    names.get(peer_id),
                    signal.last_contact,
                    signal.next_follow_up,
                    signal.follow_ups_due,
                    signal.at_risk,
                    signal.at_risk_reason,
                    signal.latest_hope,
                    signal.hope_change,
                    _tags(tags_text),
                )
            )
        return rows

    def peers(self) -> list[str]:
        """Names of the people who can hold a caseload (active peers and coordinators),
        for the peer filter and for reassigning."""
        self.access.require_caseload_role()
        with self.vault.session() as s:
            names = s.scalars(
                select(User.name).where(
                    User.role.in_((Role.PEER, Role.COORDINATOR)), User.removed_at.is_(None)
                )
            ).all()
        return sorted(names, key=str.casefold)

    def reassign(self, participant_ids: list[str], peer_name: str) -> int:
        """Move participants to `peer_name`'s caseload, all or none, with an audit entry
        for each one that moved. Returns how many moved (those already with that peer
        are left as they are)."""
        self.access.require_coordinator(translate("Access", "reassign participants"))
        wanted = list(dict.fromkeys(participant_ids))
        participants = ParticipantService(self.vault, self.today)
        moved = 0
        with self.vault.transaction() as s:
            peer_id = participants.peer_id(s, peer_name)
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                batch = wanted[start : start + _IDS_PER_QUERY]
                found = {
                    record.id: record
                    for record in s.scalars(select(Participant).where(Participant.id.in_(batch)))
                }
                for pid in batch:
                    record = self.access.require_open(found.get(pid))
                    if record.assigned_peer_id == peer_id:
                        continue
                    record.assigned_peer_id = peer_id
                    self.vault.audit("participant_reassigned", record_id=record.id, session=s)
                    moved += 1
        return moved


def _tags(stored: str | None) -> tuple[str, ...]:
    """Tags as saved (a JSON list of text); most people have none."""
    if not stored or stored == "[]":
        return ()
    return tuple(str(tag) for tag in json.loads(stored))


def _no_engagement(today: date, status: ParticipantStatus) -> Engagement:
    """For someone added between reading the participants and their signals: nothing is
    known yet, so nothing is due and nothing is at risk."""
    return evaluate(
        today=today,
        status=status,
        intake_date=None,
        contact_dates=[],
        follow_ups=[],
        attended_dates=[],
        marks=[],
        hope=[],
    )
