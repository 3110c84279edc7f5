"""Importing the spreadsheets programs keep, and exporting them again."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from peerdesk.db.models import Base
from peerdesk.errors import PermissionDenied
from peerdesk.services.csv_files import CsvError, DateOrder
from peerdesk.services.encounters import EncounterService
from peerdesk.services.engagement import EngagementService
from peerdesk.services.exports import Exporter
from peerdesk.services.groups import GroupService
from peerdesk.services.imports import Importer
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.vault.vault import UnlockedVault
from tests.unit.services.conftest import TODAY, Staffed

PARTICIPANTS = (
    "participant_id,display_name,first_name,last_name,date_of_birth,phone,ok_to_text,"
    "intake_date,status,assigned_peer,preferred_language,notes\n"
    "RP-1,Ana R.,Ana,Rivera,1990-04-02,555-0101,yes,2026-01-10,active,pia,Spanish,"
    '"Prefers mornings,\nnot Fridays"\n'
    "RP-2,Ben T.,Ben,Tran,1984-11-30,555-0102,no,2026-02-01,,paz,English,\n"
)


def _importer(vault: UnlockedVault) -> Importer:
    return Importer(vault, lambda: TODAY)


def content(vault: UnlockedVault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table except the audit log, to compare before and after."""
    with vault.engine.connect() as connection:
        return {
            name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in Base.metadata.tables
            if name != "audit_log"
        }


def test_participants_import_adds_then_matches_on_participant_id(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    first = _importer(cora).run("participants", PARTICIPANTS.encode())
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    again = _importer(cora).run("participants", PARTICIPANTS.encode())
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    changed = PARTICIPANTS.replace("555-0102,no", "555-0199,yes")
    third = _importer(cora).run("participants", changed.encode())
    assert (third.added, third.updated) == (0, 1)
    people = ParticipantService(cora, lambda: TODAY)
    ana = people.open(people.id_for_external("RP-1"))
    assert ana.notes == "Prefers mornings,\nnot Fridays" and ana.assigned_peer == "pia"
    assert ana.contact_methods[0].value == "555-0101" and ana.contact_methods[0].ok_to_text
    ben = people.open(people.id_for_external("RP-2"))
    assert ben.contact_methods[0].value == "555-0199" and ben.contact_methods[0].ok_to_text


def test_every_bad_row_is_listed_and_nothing_is_saved(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    before = content(cora)
    bad = (
        "participant_id,display_name,intake_date,assigned_peer,ok_to_text,date_of_birth\n"
        "RP-1,Ana,2026-01-10,pia,yes,\n"
        "RP-2,,2026-01-11,pia,,\n"  # no display name
        "RP-3,Cy,2026-02-30,,,\n"  # no such date
        "RP-4,Di,2026-01-12,fay,,\n"  # a facilitator can't hold a caseload
        "RP-5,Ed,2026-01-12,,perhaps,\n"  # not a yes/no
        "RP-1,Fi,2026-01-12,,,\n"  # same id twice
        "RP-7,Gus,2026-01-12,,,2027-01-01\n"  # born in the future
    )
    with pytest.raises(CsvError) as caught:
        _importer(cora).run("participants", bad.encode())
    lines = [problem.line for problem in caught.value.problems]
    assert lines == [3, 4, 5, 6, 7, 8]
    messages = " ".join(p.message for p in caught.value.problems)
    assert "display_name is empty" in messages and "isn't a real date" in messages
    assert "facilitator" in messages and "yes or no" in messages
    assert "also on line 2" in messages and "in the future" in messages
    assert caught.value.message == "The file has 6 problems; nothing was imported."
    assert content(cora) == before


def test_dry_run_checks_but_saves_nothing(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    before = content(cora)
    summary = _importer(cora).run("participants", PARTICIPANTS.encode(), dry_run=True)
    assert summary.added == 2 and "Nothing was saved" in summary.describe()
    assert content(cora) == before


def test_ambiguous_dates_ask_for_a_date_format(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    data = (
        b"participant_id;display_name;intake_date\r\nRP-1;Ana;03/04/2026\r\nRP-2;Ben;05/06/2026\r\n"
    )
    with pytest.raises(CsvError, match="--date-format"):
        _importer(cora).run("participants", data)
    _importer(cora).run("participants", data, date_format=DateOrder.DMY)
    people = ParticipantService(cora, lambda: TODAY)
    assert people.open(people.id_for_external("RP-1")).intake_date == date(2026, 4, 3)
    decided = b"participant_id,display_name,intake_date\nRP-3,Cy,25/04/2026\nRP-4,Di,03/05/2026\n"
    _importer(cora).run("participants", decided)  # 25 can only be a day
    assert people.open(people.id_for_external("RP-4")).intake_date == date(2026, 5, 3)


def test_windows_1252_semicolon_files_from_excel(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    data = "Participant ID;Display Name;Intake Date\r\nRP-9;José;2026-03-01\r\n\r\n"
    summary = _importer(cora).run("participants", data.encode("cp1252"))
    assert summary.added == 1 and any("Windows-1252" in w for w in summary.warnings)
    people = ParticipantService(cora, lambda: TODAY)
    assert people.open(people.id_for_external("RP-9")).display_name == "José"


def _import_everything(cora: UnlockedVault) -> None:
    importer = _importer(cora)
    importer.run("participants", PARTICIPANTS.encode())
    importer.run(
        "groups",
        b"group,kind,schedule,location,facilitators\n"
        b"Tuesday Circle,recovery,Tuesdays 10:00,Room 2,pia;fay\n",
    )
    importer.run(
        "rosters",
        b"group,participant_id,enrolled_on,exited_on\n"
        b"Tuesday Circle,RP-1,2026-03-01,\nTuesday Circle,RP-2,2026-03-01,\n",
    )
    importer.run(
        "attendance",
        b"group,session_date,participant_id,mark\n"
        b"Tuesday Circle,2026-11-03,RP-1,present\n"
        b"Tuesday Circle,2026-11-03,RP-2,absent\n"
        b"Tuesday Circle,2026-11-10,RP-1,Late\n"
        b"Tuesday Circle,2026-11-10,RP-2,absent\n",
    )
    importer.run(
        "contacts",
        b"participant_id,date,type,duration_minutes,topics,notes,"
        b"follow_up_date,staff\n"
        b"RP-1,2026-11-12,In person,45,housing;court,Went well,2026-11-19,pia\n"
        b"RP-2,2026-10-01,phone,10,,,,\n",
    )
    items = ",".join(["5"] * 10)
    importer.run(
        "measures",
        (
            "participant_id,instrument,date,total,"
            + ",".join(f"item{i}" for i in range(1, 11))
            + "\n"
            f"RP-1,barc10,2026-11-12,50,{items}\n"
            "RP-1,hope,2026-10-01,4" + "," * 10 + "\n"
            "RP-1,hope,2026-11-12,7" + "," * 10 + "\n"
        ).encode(),
    )
    importer.run(
        "trainings",
        b"staff,training,category,completed_on,expires_on,hours\n"
        b"pia,Boundaries,ethics,2026-05-01,2028-05-01,3\n"
        b"fay,Confidentiality,core,2025-10-01,2026-10-01,1.5\n",
    )


def test_every_kind_imports_and_is_used_by_the_services(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    _import_everything(cora)
    people = ParticipantService(cora, lambda: TODAY)
    ana, ben = people.id_for_external("RP-1"), people.id_for_external("RP-2")
    groups = GroupService(cora, lambda: TODAY)
    (group,) = groups.groups()
    assert group.facilitators == ["fay", "pia"] and group.roster_size == 2
    contacts = EncounterService(cora, lambda: TODAY).contacts(ana)
    assert contacts[0].topics == ["housing", "court"] and contacts[0].duration_minutes == 45
    assert [m.total for m in MeasureService(cora, today=lambda: TODAY).history(ana)] == [4, 50, 7]
    signals = EngagementService(cora, lambda: TODAY).signals()
    assert signals[ben].at_risk and "Missed the last 2" in (signals[ben].at_risk_reason or "")
    assert signals[ana].latest_hope == 7
    assert {r.training for r in TrainingService(cora, lambda: TODAY).records()} == {
        "Boundaries",
        "Confidentiality",
    }
    # importing the same files again adds nothing
    before = content(cora)
    _import_everything(cora)
    assert content(cora) == before


def test_a_contact_for_an_unknown_participant_is_refused(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    with pytest.raises(CsvError, match="Import the participants first"):
        _importer(cora).run("contacts", b"participant_id,date,type\nNOPE,2026-11-01,phone\n")


def test_peers_cannot_import_participants(staffed: Staffed) -> None:
    with pytest.raises(PermissionDenied):
        _importer(staffed.as_("pia")).run("participants", PARTICIPANTS.encode())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_is_imported_or_refused_without_changing_anything(
    staffed: Staffed, body: str
) -> None:
    cora = staffed.as_("cora")
    before = content(cora)
    data = ("participant_id,display_name,intake_date\n" + body).encode()
    try:
        _importer(cora).run("participants", data)
    except CsvError:
        assert content(cora) == before


def test_exports_round_trip_and_deidentify(staffed: Staffed, tmp_path: Path) -> None:
    cora = staffed.as_("cora")
    _import_everything(cora)
    exporter = Exporter(cora)
    full = tmp_path / "participants.csv"
    exporter.export("participants", full)
    rows = list(csv.DictReader(full.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["participant_id"] for r in rows] == ["RP-1", "RP-2"]
    assert rows[0]["last_name"] == "Rivera" and rows[0]["ok_to_text"] == "yes"
    # what was exported imports back unchanged
    before = content(cora)
    _importer(cora).run("participants", full.read_bytes())
    assert content(cora) == before

    for kind in ("participants", "contacts", "attendance", "trainings"):
        path = tmp_path / f"{kind}-deid.csv"
        exporter.export(kind, path, deidentified=True)
        data = path.read_text(encoding="utf-8-sig")
        for private in ("Rivera", "Ana R.", "555-01", "1990-04-02", "Went well", "RP-1"):
            assert private not in data, (kind, private)
    first = (tmp_path / "contacts-deid.csv").read_text()
    exporter.export("contacts", tmp_path / "again.csv", deidentified=True)
    assert (tmp_path / "again.csv").read_text() == first  # pseudonyms are stable


def test_a_facilitator_export_has_no_participant_ids(staffed: Staffed, tmp_path: Path) -> None:
    _import_everything(staffed.as_("cora"))
    fay = Exporter(staffed.as_("fay"))
    fay.export("attendance", tmp_path / "a.csv")
    data = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "Tuesday Circle" in data and "RP-" not in data
    with pytest.raises(PermissionDenied):
        fay.export("participants", tmp_path / "p.csv")
