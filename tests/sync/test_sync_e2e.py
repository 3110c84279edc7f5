"""Sync end to end: vaults on this machine and a real `peerdesk-hub serve` process on
loopback, on SQLite and on PostgreSQL (DESIGN.md section 5)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, inspect, select, text, update

from peerdesk.db.models import (
    Contact,
    ContactMethod,
    Goal,
    GoalNote,
    KeyContact,
    Measure,
    Participant,
    Role,
    SyncState,
)
from peerdesk.errors import KnownError
from peerdesk.hub.store import engine_url
from peerdesk.services.encounters import EncounterService
from peerdesk.services.erasure import ErasureService
from peerdesk.services.goals import GoalService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.sync.client import HubRefused
from peerdesk.sync.merge import all_states
from peerdesk.sync.service import BundleRefused
from tests.sync.hub_process import RunningHub
from tests.sync.world import Device, Program, make_program

# Plaintext that must never reach the hub: names, notes, phone numbers.
MARKERS = ("Quillon Vexbridge", "zephyrine-notes-8841", "555-0199-321", "Marigold Tressway")


def _snapshot(device: Device, scopes: list[str]) -> list[tuple[str, str, str, str]]:
    with device.vault.engine.connect() as conn:
        return sorted(
            (s.table, s.id, s.scope, repr(sorted(s.values.items())))
            for s in all_states(conn, scopes)
        )


def _fill(program: Program) -> dict[str, str]:
    """Different work on each computer: people, contacts, goals, a group with attendance."""
    a, b, c = program["a"], program["b"], program["c"]
    made = {}
    made["a"] = ParticipantService(a.vault).create(
        MARKERS[0], first_name="Quillon", notes=MARKERS[1], assigned_peer="user-c"
    )
    ParticipantService(a.vault).add_contact_method(made["a"], "phone", MARKERS[2], ok_to_text=True)
    made["b"] = ParticipantService(b.vault).create(MARKERS[3], notes="met at the center")
    EncounterService(b.vault).log_contact(made["b"], date(2026, 11, 2), "phone", notes=MARKERS[1])
    made["c"] = ParticipantService(c.vault).create("River", notes="prefers mornings")
    GoalService(c.vault).add_goal(made["c"], "Find stable housing")
    groups = GroupService(a.vault)
    group = groups.create_group("Tuesday circle", facilitators=["cora"])
    groups.enrol(group, made["a"], date(2026, 11, 1))
    session = groups.session_on(group, date(2026, 11, 3))
    groups.mark(session, made["a"], "present")
    return made


def _sync_in_random_orders(program: Program, seed: int, rounds: int = 3) -> None:
    shuffler = random.Random(seed)
    names = list(program.devices)
    for _ in range(rounds):
        shuffler.shuffle(names)
        for name in names:
            program[name].sync.sync_now()


def _hub_bytes(db: str) -> bytes:
    """Everything the hub's database holds, as bytes: the file on SQLite, every row of
    every table on PostgreSQL."""
    if not db.startswith("postgresql"):
        path = Path(db)
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    engine = create_engine(engine_url(db))
    found = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                found.extend(v if isinstance(v, bytes) else str(v).encode() for v in row)
    engine.dispose()
    return b"\n".join(found)


@pytest.fixture
def program(hub_server: RunningHub, tmp_path: Path) -> Program:
    assert hub_server.setup_token is not None
    world = make_program(
        tmp_path,
        hub_server.url,
        hub_server.setup_token,
        others=(("b", Role.COORDINATOR), ("c", Role.PEER)),
    )
    yield world
    world.close()


def test_three_computers_converge_whatever_the_order(
    program: Program, hub_server: RunningHub
) -> None:
    made = _fill(program)
    _sync_in_random_orders(program, seed=1)
    # then concurrent edits of the same fields on two computers, and more syncs
    ParticipantService(program["a"].vault).update(made["b"], notes="edited on a")
    ParticipantService(program["b"].vault).update(made["b"], notes="edited on b")
    ParticipantService(program["c"].vault).update(made["c"], pronouns="they/them")
    _sync_in_random_orders(program, seed=2)
    everything = ["roster", "caseload", "staff"]
    a, b, c = (_snapshot(program[n], everything) for n in ("a", "b", "c"))
    assert a == b == c
    assert len(a) > 10
    # the two notes were concurrent: one kept, the other waiting for review on every computer
    for name in ("a", "b", "c"):
        rows = program[name].sync.reviews() if name != "c" else []
        if name != "c":
            assert [(r.field, {r.kept_value, r.other_value}) for r in rows] == [
                ("notes", {"edited on a", "edited on b"})
            ]
    with program["c"].vault.session() as s:
        assert s.get(Participant, made["a"]).display_name == MARKERS[0]
    hub_content = _hub_bytes(hub_server.db)
    for marker in MARKERS:
        for encoding in ("utf-8", "utf-16-le"):
            assert marker.encode(encoding) not in hub_content, marker


def test_a_facilitator_computer_never_holds_caseload_records(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    assert hub_server.setup_token is not None
    world = make_program(
        tmp_path, hub_server.url, hub_server.setup_token, others=(("f", Role.FACILITATOR),)
    )
    try:
        a, f = world["a"], world["f"]
        person = ParticipantService(a.vault).create(
            MARKERS[0], first_name="Quillon", notes=MARKERS[1], safety_plan="call sister"
        )
        ParticipantService(a.vault).add_contact_method(person, "phone", MARKERS[2])
        EncounterService(a.vault).log_contact(person, date(2026, 11, 2), "phone", notes="x")
        groups = GroupService(a.vault)
        group = groups.create_group("Tuesday circle", facilitators=["user-f"])
        groups.enrol(group, person, date(2026, 11, 1))
        a.sync.sync_now()
        f.sync.sync_now()
        with f.vault.session() as s:
            row = s.get(Participant, person)
            assert row is not None and row.display_name == MARKERS[0]
            assert (row.first_name, row.notes, row.safety_plan) == (None, None, None)
            for model in (Contact, ContactMethod, Goal, GoalNote, KeyContact, Measure):
                assert s.scalars(select(model)).first() is None, model.__name__
        assert f.sync.identity().scopes == ["roster", "staff"]  # type: ignore[union-attr]
        # the facilitator's own view of the group works with what it received
        names = [r.display_name for r in GroupService(f.vault).roster(group)]
        assert names == [MARKERS[0]]
    finally:
        world.close()


@pytest.fixture
def sqlite_hub(
    new_hub_db: Callable[[str], str], hub_starter: Callable[[str], RunningHub]
) -> RunningHub:
    hub = hub_starter(new_hub_db("sqlite"))
    yield hub
    hub.stop()


@pytest.fixture
def pair(sqlite_hub: RunningHub, tmp_path: Path) -> Program:
    assert sqlite_hub.setup_token is not None
    world = make_program(
        tmp_path, sqlite_hub.url, sqlite_hub.setup_token, others=(("b", Role.COORDINATOR),)
    )
    yield world
    world.close()


def test_a_revoked_computer_is_refused(pair: Program, sqlite_hub: RunningHub) -> None:
    pair["b"].sync.sync_now()
    pair["a"].sync.revoke("b")
    with pytest.raises(HubRefused, match="refused this computer"):
        pair["b"].sync.sync_now()
    token = pair["b"].sync.identity().device_token  # type: ignore[union-attr]
    answer = httpx.get(f"{sqlite_hub.url}/v1/pull", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 403
    wrong = httpx.get(f"{sqlite_hub.url}/v1/pull", headers={"Authorization": f"Bearer {token}x"})
    assert wrong.status_code == 401


def test_a_changed_byte_in_a_stored_envelope_is_refused(
    pair: Program, sqlite_hub: RunningHub
) -> None:
    person = ParticipantService(pair["a"].vault).create("Tamper Target", notes="original")
    pair["a"].sync.sync_now()
    engine = create_engine(engine_url(sqlite_hub.db))
    with engine.begin() as conn:
        rows = conn.execute(text("SELECT position, ciphertext FROM envelopes")).all()
        position, ciphertext = rows[-1]
        flipped = bytes([ciphertext[10] ^ 1])
        changed = ciphertext[:10] + flipped + ciphertext[11:]
        conn.execute(
            text("UPDATE envelopes SET ciphertext = :c WHERE position = :p"),
            {"c": changed, "p": position},
        )
    engine.dispose()
    with pytest.raises(KnownError, match="failed its safety check"):
        pair["b"].sync.sync_now()
    with pair["b"].vault.session() as s:
        assert s.get(Participant, person) is None  # nothing from that page was applied


def test_erasing_a_participant_reaches_the_hub_and_every_computer(
    pair: Program, sqlite_hub: RunningHub
) -> None:
    a, b = pair["a"], pair["b"]
    person = ParticipantService(b.vault).create(MARKERS[3], notes=MARKERS[1])
    EncounterService(b.vault).log_contact(person, date(2026, 11, 2), "phone", notes=MARKERS[1])
    b.sync.sync_now()
    a.sync.sync_now()
    ErasureService(a.vault).erase(person, "asked to be forgotten")
    a.sync.sync_now()
    # b edits before it has heard of the erasure: that content must not survive anywhere
    ParticipantService(b.vault).update(person, notes="written later on b")
    b.sync.sync_now()
    b.sync.sync_now()
    with b.vault.session() as s:
        row = s.get(Participant, person)
        assert row is not None and row.erased and row.notes is None
        assert row.display_name is None
        assert [c.notes for c in s.scalars(select(Contact))] == [None]
    engine = create_engine(engine_url(sqlite_hub.db))
    with engine.connect() as conn:
        kept = conn.execute(
            text("SELECT device_id, erase FROM envelopes WHERE record_id = :r"), {"r": person}
        ).all()
    engine.dispose()
    a_device = a.sync.identity().device_id  # type: ignore[union-attr]
    assert kept and all(device == a_device and erase for device, erase in kept)


def test_usb_bundles_move_changes_and_refuse_tampering(pair: Program, tmp_path: Path) -> None:
    a, b = pair["a"], pair["b"]
    person = ParticipantService(a.vault).create("Bundle Person", notes="via usb")
    first = tmp_path / "first.pdbundle"
    second = tmp_path / "second.pdbundle"
    a.sync.export_bundle(first)
    ParticipantService(a.vault).update(person, notes="newer")
    a.sync.export_bundle(second)
    data = second.read_bytes()
    for where in (0, 17, 20, len(data) // 2, len(data) - 30, len(data) - 1):
        bad = tmp_path / f"bad-{where}.pdbundle"
        bad.write_bytes(data[:where] + bytes([data[where] ^ 0x40]) + data[where + 1 :])
        with pytest.raises(BundleRefused):
            b.sync.import_bundle(bad)
    truncated = tmp_path / "truncated.pdbundle"
    truncated.write_bytes(data[: len(data) - 100])
    with pytest.raises(BundleRefused):
        b.sync.import_bundle(truncated)
    with b.vault.session() as s:
        assert s.get(Participant, person) is None  # nothing from a refused bundle
    changed, _reviews = b.sync.import_bundle(second)
    assert changed > 0
    with pytest.raises(BundleRefused, match="already imported"):
        b.sync.import_bundle(second)
    with pytest.raises(BundleRefused, match="older than a bundle"):
        b.sync.import_bundle(first)
    with b.vault.session() as s:
        assert s.get(Participant, person).notes == "newer"  # type: ignore[union-attr]


def test_applying_the_same_changes_twice_changes_nothing(pair: Program) -> None:
    a, b = pair["a"], pair["b"]
    ParticipantService(a.vault).create("Twice", notes="once")
    a.sync.sync_now()
    b.sync.sync_now()
    before = _snapshot(b, ["roster", "caseload", "staff"])
    with b.vault.writing() as s:  # forget the cursor: the whole hub is pulled again
        s.execute(update(SyncState).where(SyncState.key == "pull_cursor").values(value="0"))
    report = b.sync.sync_now()
    assert report.pulled > 0
    assert _snapshot(b, ["roster", "caseload", "staff"]) == before
    assert b.sync.reviews() == []
