"""Who may see and change what (DESIGN.md section 1), in one place.

- coordinator: everything;
- peer: their own caseload in full, plus the display names of people in the groups they
  facilitate;
- facilitator: the groups they facilitate, and participants' display names only.

Services ask this object; the GUI only ever hides what the services already refuse.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import Enrolment, Group, GroupFacilitator, Participant, Role
from peerdesk.errors import PermissionDenied
from peerdesk.i18n import translate
from peerdesk.vault.vault import SignedInUser, UnlockedVault


class ParticipantRef(Protocol):
    """What deciding access needs: a Participant, or a row of just these columns."""

    @property
    def deleted(self) -> bool: ...

    @property
    def assigned_peer_id(self) -> str | None: ...


def only_a_coordinator(doing: str) -> str:
    """The sentence for something only coordinators may do; `doing` is translated."""
    return translate("Access", "Only a coordinator can {doing}. Nothing was changed.").format(
        doing=doing
    )


class Access:
    def __init__(self, vault: UnlockedVault) -> None:
        if vault.user is None:
            raise PermissionDenied(translate("Access", "Sign in as a person to do this."))
        self.user: SignedInUser = vault.user

    @property
    def is_coordinator(self) -> bool:
        return self.user.role is Role.COORDINATOR

    def require_coordinator(self, doing: str) -> None:
        """`doing` completes "Only a coordinator can …", already translated by the caller:
        `translate("Access", "reassign participants")`."""
        if not self.is_coordinator:
            raise PermissionDenied(only_a_coordinator(doing))

    def require_caseload_role(self) -> None:
        if self.user.role is Role.FACILITATOR:
            raise PermissionDenied(
                translate(
                    "Access",
                    "Facilitators see groups and attendance, not caseloads. Nothing was changed.",
                )
            )

    # --- groups --------------------------------------------------------------------------

    def group_filter(self) -> ColumnElement[bool] | None:
        """None for coordinators (every group), else the groups this user facilitates."""
        if self.is_coordinator:
            return None
        mine = select(GroupFacilitator.group_id).where(
            GroupFacilitator.user_id == self.user.id, GroupFacilitator.deleted.is_(False)
        )
        return Group.id.in_(mine)

    def can_run_group(self, session: Session, group_id: str) -> bool:
        if self.is_coordinator:
            return True
        return (
            session.scalar(
                select(GroupFacilitator.id).where(
                    GroupFacilitator.group_id == group_id,
                    GroupFacilitator.user_id == self.user.id,
                    GroupFacilitator.deleted.is_(False),
                )
            )
            is not None
        )

    def require_group(self, session: Session, group_id: str) -> None:
        if not self.can_run_group(session, group_id):
            raise PermissionDenied(
                translate("Access", "You can only work with the groups you facilitate.")
            )

    # --- participants --------------------------------------------------------------------

    def _in_my_groups(self) -> ColumnElement[bool]:
        my_groups = select(GroupFacilitator.group_id).where(
            GroupFacilitator.user_id == self.user.id, GroupFacilitator.deleted.is_(False)
        )
        enrolled = select(Enrolment.participant_id).where(
            Enrolment.group_id.in_(my_groups), Enrolment.deleted.is_(False)
        )
        return Participant.id.in_(enrolled)

    def caseload_filter(self) -> ColumnElement[bool]:
        """Participants whose full record this user may open."""
        live = Participant.deleted.is_(False)
        if self.is_coordinator:
            return live
        if self.user.role is Role.PEER:
            return live & (Participant.assigned_peer_id == self.user.id)
        return live & Participant.id.is_(None)  # facilitators: none

    def display_name_filter(self) -> ColumnElement[bool]:
        """Participants whose display name this user may see (rosters)."""
        live = Participant.deleted.is_(False)
        if self.is_coordinator:
            return live
        if self.user.role is Role.PEER:
            return live & or_(Participant.assigned_peer_id == self.user.id, self._in_my_groups())
        return live & self._in_my_groups()

    def can_open(self, participant: ParticipantRef) -> bool:
        if participant.deleted:
            return False
        if self.is_coordinator:
            return True
        return self.user.role is Role.PEER and participant.assigned_peer_id == self.user.id

    def require_open(self, participant: Participant | None) -> Participant:
        if participant is None or not self.can_open(participant):
            raise PermissionDenied(
                translate(
                    "Access",
                    "That participant isn't in your caseload, so their record can't be opened.",
                )
            )
        return participant
