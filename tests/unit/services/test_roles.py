"""Roles are enforced by the services: what each kind of staff member can and can't do."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from peerdesk.db.models import AuditEvent
from peerdesk.errors import PermissionDenied
from peerdesk.services.encounters import EncounterService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from tests.unit.services.conftest import TODAY, Staffed


def _setup(staffed: Staffed) -> dict[str, str]:
    """Ana (pia's), Ben (paz's), and a group run by pia and fay with both on the roster."""
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    ids = {
        "ana": people.create(
            "Ana R.",
            assigned_peer="pia",
            first_name="Ana",
            last_name="Rivera",
            intake_date=date(2026, 1, 5),
        ),
        "ben": people.create("Ben T.", assigned_peer="paz", intake_date=date(2026, 2, 1)),
    }
    groups = GroupService(cora, lambda: TODAY)
    ids["group"] = groups.create_group("Tuesday circle", facilitators=["pia", "fay"])
    groups.create_group("Other group", facilitators=["paz"])
    for who in ("ana", "ben"):
        groups.enrol(ids["group"], ids[who], date(2026, 3, 1))
    return ids


def test_a_peer_opens_only_their_own_caseload(staffed: Staffed) -> None:
    ids = _setup(staffed)
    pia = ParticipantService(staffed.as_("pia"), lambda: TODAY)
    assert pia.open(ids["ana"]).last_name == "Rivera"
    with pytest.raises(PermissionDenied, match="isn't in your caseload"):
        pia.open(ids["ben"])
    # but Ben's display name is on the roster of pia's group
    assert pia.display_names() == {ids["ana"]: "Ana R.", ids["ben"]: "Ben T."}


def test_a_facilitator_sees_display_names_of_their_groups_only(staffed: Staffed) -> None:
    ids = _setup(staffed)
    fay = staffed.as_("fay")
    people = ParticipantService(fay, lambda: TODAY)
    with pytest.raises(PermissionDenied):
        people.open(ids["ana"])
    with pytest.raises(PermissionDenied, match="Facilitators"):
        people.create("New person")
    groups = GroupService(fay, lambda: TODAY)
    assert [g.name for g in groups.groups()] == ["Tuesday circle"]
    roster = groups.roster(ids["group"])
    assert [r.display_name for r in roster] == ["Ana R.", "Ben T."]
    session_id = groups.session_on(ids["group"], TODAY)
    groups.mark(session_id, ids["ana"], "present")
    assert groups.marks(session_id)[ids["ana"]].value == "present"
    other = [g for g in GroupService(staffed.as_("cora")).groups() if g.name == "Other group"]
    with pytest.raises(PermissionDenied, match="groups you facilitate"):
        groups.roster(other[0].id)


def test_a_peer_cannot_log_contacts_for_someone_elses_participant(staffed: Staffed) -> None:
    ids = _setup(staffed)
    pia = EncounterService(staffed.as_("pia"), lambda: TODAY)
    pia.log_contact(ids["ana"], TODAY, "phone")
    with pytest.raises(PermissionDenied):
        pia.log_contact(ids["ben"], TODAY, "phone")


def test_only_coordinators_create_groups_and_reassign(staffed: Staffed) -> None:
    ids = _setup(staffed)
    pia = staffed.as_("pia")
    with pytest.raises(PermissionDenied):
        GroupService(pia).create_group("Mine")
    with pytest.raises(PermissionDenied):
        ParticipantService(pia).reassign(ids["ana"], "paz")
    ParticipantService(staffed.as_("cora"), lambda: TODAY).reassign(ids["ana"], "paz")
    with pytest.raises(PermissionDenied):
        ParticipantService(pia, lambda: TODAY).open(ids["ana"])


def test_a_peer_adds_participants_to_their_own_caseload(staffed: Staffed) -> None:
    pia = ParticipantService(staffed.as_("pia"), lambda: TODAY)
    new = pia.create("Cal", assigned_peer="paz")  # can't hand them to someone else
    assert pia.open(new).assigned_peer == "pia"


def test_peers_change_only_their_own_training_record(staffed: Staffed) -> None:
    pia = TrainingService(staffed.as_("pia"), lambda: TODAY)
    pia.add_record("pia", "Boundaries", date(2026, 5, 1), hours=3)
    with pytest.raises(PermissionDenied):
        pia.add_record("paz", "Boundaries", date(2026, 5, 1))
    assert [r.training for r in pia.records()] == ["Boundaries"]


def test_views_and_changes_are_audited_without_content(staffed: Staffed) -> None:
    ids = _setup(staffed)
    pia = staffed.as_("pia")
    ParticipantService(pia, lambda: TODAY).open(ids["ana"])
    ParticipantService(pia, lambda: TODAY).update(ids["ana"], notes="Prefers mornings")
    with pia.session() as s:
        events = s.execute(
            select(AuditEvent.action, AuditEvent.record_id, AuditEvent.detail).where(
                AuditEvent.record_id == ids["ana"]
            )
        ).all()
    actions = [e.action for e in events]
    assert "participant_viewed" in actions and "participant_updated" in actions
    assert all("mornings" not in (e.detail or "") for e in events)
