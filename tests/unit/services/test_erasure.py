"""Erasing a person leaves nothing of them in the vault's bytes, and past counts stay."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import Attendance, AuditEvent, Contact, Participant
from peerdesk.errors import PermissionDenied
from peerdesk.services.encounters import EncounterService
from peerdesk.services.erasure import ErasureService, find_participant_id
from peerdesk.services.goals import GoalService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from tests.unit.services.conftest import TODAY, Staffed
from tests.unit.services.sqlcipher_pages import plaintext_of_database, plaintext_of_folder

SECRETS = [
    b"Quixotelia",
    b"Zembrowski",
    b"555-0199",
    b"secretnote-4471",
    b"QZ-9001",
    b"Grandmother Ottilie",
    b"parole hearing xyz",
]


def _person(staffed: Staffed) -> str:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    pid = people.create(
        "Quixotelia Z.",
        first_name="Quixotelia",
        last_name="Zembrowski",
        external_id="QZ-9001",
        intake_date=date(2026, 3, 1),
        notes="secretnote-4471",
        assigned_peer="pia",
    )
    people.add_contact_method(pid, "phone", "555-0199", ok_to_text=True)
    people.add_key_contact(pid, "Grandmother Ottilie", "grandmother", "555-0100")
    contacts = EncounterService(cora, lambda: TODAY)
    for day in (date(2026, 4, 2), date(2026, 5, 7)):
        contacts.log_contact(pid, day, "in person", notes="parole hearing xyz", topics=["court"])
    GoalService(cora, lambda: TODAY).add_goal(pid, "Quixotelia wants a flat", date(2026, 4, 2))
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group("Circle", facilitators=["pia"])
    groups.enrol(group, pid, date(2026, 3, 1))
    groups.mark(groups.session_on(group, date(2026, 4, 7)), pid, "present")
    cora.auto_backup("before")  # a backup that holds the person
    return pid


def test_erasure_leaves_no_content_in_database_wal_free_pages_or_backups(staffed: Staffed) -> None:
    pid = _person(staffed)
    cora = staffed.as_("cora")
    key = bytes(cora._key)
    before = plaintext_of_folder(staffed.folder, key)
    assert any(b"Zembrowski" in data for data in before.values())  # the check can see it

    result = ErasureService(cora, lambda: TODAY).erase(
        find_participant_id(cora, "QZ-9001"), "asked to be forgotten"
    )
    assert result.backups_replaced >= 1
    for lock in staffed.opened:
        lock.lock()
    after = plaintext_of_folder(staffed.folder, key)
    assert "vault.db" in after and any(name.startswith("backups/") for name in after)
    for name, data in after.items():
        for secret in SECRETS:
            assert secret not in data, (name, secret)
    assert pid.encode() in plaintext_of_database((staffed.folder / "vault.db").read_bytes(), key)


def test_erasure_keeps_the_counts_and_records_who_and_why(staffed: Staffed) -> None:
    pid = _person(staffed)
    cora = staffed.as_("cora")
    ErasureService(cora, lambda: TODAY).erase(pid, "asked to be forgotten")
    with cora.session() as s:
        person = s.get(Participant, pid)
        assert person is not None and person.erased and person.display_name is None
        assert person.intake_date == date(2026, 3, 1)
        assert (
            s.scalar(select(func.count()).select_from(Contact).where(Contact.participant_id == pid))
            == 2
        )
        assert (
            s.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.participant_id == pid)
            )
            == 1
        )
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "participant_erased")).one()
        assert event.record_id == pid and event.detail == "asked to be forgotten"
        assert event.user_id == cora.user.id  # type: ignore[union-attr]


def test_only_a_coordinator_erases(staffed: Staffed) -> None:
    pid = _person(staffed)
    with pytest.raises(PermissionDenied):
        ErasureService(staffed.as_("pia"), lambda: TODAY).erase(pid, "no")
