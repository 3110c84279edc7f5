"""The demo vault: what someone trying PeerDesk would see when they sign in to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import GroupSession
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.demo import DEMO_PASSPHRASE, DemoVault, build_demo_vault
from peerdesk.services.encounters import EncounterService
from peerdesk.services.engagement import EngagementService
from peerdesk.services.goals import GoalService
from peerdesk.services.groups import GroupService
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.services.vault_overview import load_overview
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 29)
SMALL = 12
GROUP_NAMES = [
    "Spanish-language Peer Group",
    "Tuesday Recovery Circle",
    "Wellness & Self-care Workshop",
    "Women's Healing Group",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoVault, list[str]]:
    messages: list[str] = []
    demo = build_demo_vault(
        tmp_path_factory.mktemp("demo") / "vault",
        participants=SMALL,
        today=TODAY,
        progress=messages.append,
    )
    return demo, messages


@pytest.fixture
def demo(built: tuple[DemoVault, list[str]]) -> DemoVault:
    return built[0]


@pytest.fixture
def sign_in(demo: DemoVault) -> Iterator[Callable[[str], UnlockedVault]]:
    opened: list[UnlockedVault] = []

    def as_(name: str, folder: Path = demo.folder) -> UnlockedVault:
        unlocked = Vault(folder).unlock(name, DEMO_PASSPHRASE)
        opened.append(unlocked)
        return unlocked

    yield as_
    for unlocked in opened:
        unlocked.lock()


def today() -> date:
    return TODAY


def test_every_demo_user_signs_in_with_the_demo_passphrase(
    built: tuple[DemoVault, list[str]], sign_in: Callable[[str], UnlockedVault]
) -> None:
    demo, messages = built
    assert demo.users == [
        ("demo", "coordinator"),
        ("sam", "peer"),
        ("alex", "peer"),
        ("jo", "peer"),
        ("rae", "facilitator"),
    ]
    assert demo.passphrase == DEMO_PASSPHRASE and demo.participants == SMALL
    for name, role in demo.users:
        user = sign_in(name).user
        assert user is not None and user.role.value == role
    assert load_overview(sign_in("demo")).organisation == "Riverside Peer Support (demo)"
    assert "Adding participants…" in messages and messages[-1] == "The demo vault is ready."


def test_a_peer_opens_only_their_own_caseload(sign_in: Callable[[str], UnlockedVault]) -> None:
    everyone = ParticipantService(sign_in("demo"), today)
    ids = list(everyone.display_names())
    assert len(ids) == SMALL
    records = [everyone.open(pid) for pid in ids]
    assert all(r.key_contacts for r in records if r.crisis_flag)  # someone to call
    peers = {r.id: r.assigned_peer for r in records}
    assert set(peers.values()) == {"sam", "alex", "jo"}
    mine = {pid for pid, peer in peers.items() if peer == "sam"}

    sam = sign_in("sam")
    people = ParticipantService(sam, today)
    for pid in ids:
        if pid in mine:
            record = people.open(pid)
            assert record.external_id and record.external_id.startswith("RP-")
            phone = record.contact_methods[0].value or ""
            assert phone.startswith("(503) 555-01")
        else:
            with pytest.raises(PermissionDenied):
                people.open(pid)
    assert set(EngagementService(sam, today).signals()) == mine


def test_the_today_screen_has_something_to_act_on(
    sign_in: Callable[[str], UnlockedVault],
) -> None:
    coordinator = sign_in("demo")
    signals = EngagementService(coordinator, today).signals()
    at_risk = [e for e in signals.values() if e.at_risk]
    assert at_risk and all(e.at_risk_reason for e in at_risk)
    assert len(at_risk) < len(signals) / 2  # most people are in regular contact
    assert any(e.follow_ups_due for e in signals.values())
    start = datetime.combine(TODAY, time()).astimezone()
    soon = EncounterService(coordinator, today).appointments_between(
        start, start + timedelta(days=2)
    )
    assert {a.starts_at.astimezone().date() for a in soon} == {TODAY, TODAY + timedelta(days=1)}


def test_records_hold_contacts_goals_and_measures(
    sign_in: Callable[[str], UnlockedVault],
) -> None:
    coordinator = sign_in("demo")
    ids = list(ParticipantService(coordinator, today).display_names())
    contacts = [EncounterService(coordinator, today).contacts(pid) for pid in ids]
    assert all(contacts) and len({c.type for cs in contacts for c in cs}) >= 5
    goals = [g for pid in ids for g in GoalService(coordinator, today).goals(pid)]
    assert all(1 <= len(g.milestones) <= 4 for g in goals)
    assert any(m.done_on for g in goals for m in g.milestones) and any(g.notes for g in goals)
    measures = MeasureService(coordinator, today=today)
    barc = [m for pid in ids for m in measures.history(pid, "barc10")]
    assert barc and all(len(m.items) == 10 and 10 <= m.total <= 60 for m in barc)
    assert any(len(measures.history(pid, "hope")) >= 2 for pid in ids)


def test_four_groups_with_a_year_of_sessions_and_marks(
    sign_in: Callable[[str], UnlockedVault],
) -> None:
    coordinator = sign_in("demo")
    groups = GroupService(coordinator, today)
    shown = groups.groups()
    assert [g.name for g in shown] == GROUP_NAMES
    for group in shown:
        assert group.facilitators and group.roster_size >= 1
        with coordinator.session() as s:
            sessions = s.scalars(
                select(GroupSession)
                .where(GroupSession.group_id == group.id)
                .order_by(GroupSession.held_on)
            ).all()
        assert len(sessions) >= 10 and len({s.held_on.weekday() for s in sessions}) == 1
        assert sessions[-1].held_on <= TODAY and sessions[0].held_on >= TODAY - timedelta(365)
        assert any(groups.marks(s.id) for s in sessions[-4:])
    assert [g.name for g in GroupService(sign_in("rae"), today).groups()] == GROUP_NAMES
    sams = [g.name for g in GroupService(sign_in("sam"), today).groups()]
    assert sams == ["Tuesday Recovery Circle", "Wellness & Self-care Workshop"]


def test_some_trainings_are_expiring_and_some_have_expired(
    demo: DemoVault, sign_in: Callable[[str], UnlockedVault]
) -> None:
    records = TrainingService(sign_in("demo"), today).records()
    assert {r.user_name for r in records} == {name for name, _ in demo.users}
    expiring = [r.expires_on for r in records if r.expires_on is not None]
    assert any(day < TODAY for day in expiring)
    assert any(TODAY <= day <= TODAY + timedelta(days=60) for day in expiring)


def _fingerprint(unlocked: UnlockedVault) -> dict[str, Any]:
    """What a person would compare between two demos: names, how much each record
    holds, the measures, the groups and the trainings."""
    people = ParticipantService(unlocked, today)
    encounters = EncounterService(unlocked, today)
    measures = MeasureService(unlocked, today=today)
    goals = GoalService(unlocked, today)
    rows = []
    for pid in people.display_names():
        record = people.open(pid)
        rows.append(
            (
                record.external_id,
                record.display_name,
                record.status,
                record.assigned_peer,
                len(encounters.contacts(pid)),
                [(m.instrument, m.taken_on, m.items) for m in measures.history(pid)],
                [(g.title, len(g.milestones)) for g in goals.goals(pid)],
            )
        )
    with unlocked.session() as s:
        sessions = s.scalar(select(func.count(GroupSession.id)))
    groups = [(g.name, g.roster_size) for g in GroupService(unlocked, today).groups()]
    trainings = [
        (r.user_name, r.training, r.completed_on, r.expires_on)
        for r in TrainingService(unlocked, today).records()
    ]
    return {
        "participants": sorted(rows),
        "sessions": sessions,
        "groups": groups,
        "trainings": trainings,
    }


def test_the_same_seed_and_day_build_the_same_demo(
    demo: DemoVault, sign_in: Callable[..., UnlockedVault], tmp_path: Path
) -> None:
    again = build_demo_vault(tmp_path / "again", participants=SMALL, today=TODAY)
    first = _fingerprint(sign_in("demo"))
    assert len(first["participants"]) == SMALL and all(p[4] for p in first["participants"])
    assert _fingerprint(sign_in("demo", again.folder)) == first


def test_an_existing_vault_is_left_alone(
    demo: DemoVault, sign_in: Callable[[str], UnlockedVault]
) -> None:
    with pytest.raises(InvalidInput, match="already a vault"):
        build_demo_vault(demo.folder, participants=SMALL, today=TODAY)
    coordinator = sign_in("demo")
    assert len(ParticipantService(coordinator, today).display_names()) == SMALL


def test_a_negative_number_of_participants_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="from 0"):
        build_demo_vault(tmp_path / "vault", participants=-1, today=TODAY)
    assert not Vault(tmp_path / "vault").exists()
