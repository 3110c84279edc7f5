"""Sync columns, tombstones, instruments and validation of the domain records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from peerdesk.db.hlc import HybridClock, parse_hlc
from peerdesk.db.models import Contact, Participant
from peerdesk.errors import InvalidInput
from peerdesk.services.encounters import EncounterService
from peerdesk.services.instruments import load_instruments
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import add_months
from tests.unit.services.conftest import TODAY, Staffed


def test_every_change_stamps_the_changed_fields_only(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    pid = people.create("Dee", intake_date=date(2026, 1, 1))
    fields = ("display_name", "intake_date", "deleted", "notes")
    with cora.session() as s:
        record = s.get(Participant, pid)
        assert record is not None
        first = {f: record.field_clock(f) for f in fields}
        assert record.origin_device == cora.clock.device_id
        assert len(set(first.values())) == 1  # made in one go
    people.update(pid, notes="Likes walks")
    with cora.session() as s:
        record = s.get(Participant, pid)
        assert record is not None
        changed = {f for f in fields if record.field_clock(f) != first[f]}
        assert changed == {"notes"}
        assert record.updated_hlc == record.field_clock("notes") > first["display_name"]


def test_deleting_is_a_tombstone(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    pid = ParticipantService(cora, lambda: TODAY).create("Eve")
    contacts = EncounterService(cora, lambda: TODAY)
    cid = contacts.log_contact(pid, TODAY, "text")
    contacts.delete_contact(cid)
    assert contacts.contacts(pid) == []
    with cora.session() as s:
        row = s.get(Contact, cid)
        assert row is not None and row.deleted  # still there, marked deleted


def test_hybrid_clock_never_goes_backwards() -> None:
    times = iter([1000, 900, 900, 1200, 1300])
    clock = HybridClock("dev", lambda: next(times))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert parse_hlc(stamps[1])[:2] == (1000, 1)
    clock.observe("0000000005000-00003-other")
    assert clock.now() > "0000000005000-00003-other"


def test_instruments_are_data_files() -> None:
    instruments = load_instruments()
    assert set(instruments) >= {"hope", "satisfaction", "barc10"}
    barc = instruments["barc10"]
    assert len(barc.item_texts) == 10 and (barc.scale_min, barc.scale_max) == (1, 6)
    assert (barc.total_min, barc.total_max) == (10, 60)
    assert barc.band(47) is not None and barc.band(46) is None
    assert "Vilsaint" in barc.citation
    assert instruments["hope"].score([7]) == 7


def test_adding_an_instrument_is_adding_a_file(tmp_path: Path) -> None:
    source = json.loads((Path("resources/instruments/satisfaction.json")).read_text())
    source.update(id="mood", name="Mood today")
    (tmp_path / "mood.json").write_text(json.dumps(source))
    assert list(load_instruments(tmp_path)) == ["mood"]


def test_measures_are_scored_and_checked(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    pid = ParticipantService(cora, lambda: TODAY).create("Fin")
    measures = MeasureService(cora, today=lambda: TODAY)
    measures.record(pid, "barc10", TODAY, items=[5] * 10)
    assert measures.history(pid)[0].total == 50
    with pytest.raises(InvalidInput, match="item 3 must be from 1 to 6"):
        measures.record(pid, "barc10", TODAY, items=[5, 5, 7, 5, 5, 5, 5, 5, 5, 5])
    with pytest.raises(InvalidInput, match="doesn't match"):
        measures.record(pid, "barc10", TODAY, items=[5] * 10, total=49)
    with pytest.raises(InvalidInput, match="from 0 to 10"):
        measures.record(pid, "hope", TODAY, total=11)
    with pytest.raises(InvalidInput, match="not an instrument"):
        measures.record(pid, "phq9", TODAY, total=3)


def test_plain_validation_messages(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    with pytest.raises(InvalidInput, match="fill in the display name"):
        people.create("  ")
    with pytest.raises(InvalidInput, match="can't be in the future"):
        people.create("Gus", intake_date=date(2030, 1, 1))
    with pytest.raises(InvalidInput, match="before the intake date"):
        people.create("Gus", intake_date=date(2020, 1, 1), date_of_birth=date(2021, 1, 1))
    pid = people.create("Gus", external_id="P-1")
    with pytest.raises(InvalidInput, match="already has that participant id"):
        people.create("Gus again", external_id="P-1")
    contacts = EncounterService(cora, lambda: TODAY)
    with pytest.raises(InvalidInput, match="must be one of"):
        contacts.log_contact(pid, TODAY, "carrier pigeon")
    assert contacts.log_contact(pid, TODAY, "Group follow-up")
    with cora.session() as s:
        assert s.scalar(select(Contact.type)).value == "group_followup"


def test_renewal_months_land_on_the_same_day_or_the_months_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 5, 15), 24) == date(2028, 5, 15)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_drafts_are_kept_per_person_and_replaced(staffed: Staffed) -> None:
    from peerdesk.services.drafts import DraftService

    pia = DraftService(staffed.as_("pia"))
    pia.save("participant", "p1", {"notes": "half a sentence"})
    pia.save("participant", "p1", {"notes": "half a sentence more"})
    assert [d.payload for d in pia.pending()] == [{"notes": "half a sentence more"}]
    assert DraftService(staffed.as_("paz")).pending() == []
    pia.discard("participant", "p1")
    assert pia.pending() == []


def test_settings_live_in_the_vault_and_coordinators_set_them(staffed: Staffed) -> None:
    from peerdesk.errors import PermissionDenied
    from peerdesk.services.settings import SettingsService

    cora = SettingsService(staffed.as_("cora"))
    assert cora.load().idle_lock_minutes == 5  # the default
    cora.save(idle_lock_minutes=10, crisis_resources="Call or text 988", organisation="RPS")
    assert SettingsService(staffed.as_("pia")).load().crisis_resources == "Call or text 988"
    with pytest.raises(InvalidInput, match="from 1 to 60"):
        cora.save(idle_lock_minutes=0, crisis_resources="", organisation="RPS")
    with pytest.raises(PermissionDenied):
        SettingsService(staffed.as_("pia")).save(
            idle_lock_minutes=9, crisis_resources="", organisation=""
        )
