"""A vault with one person of each role, and a way to act as any of them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from peerdesk.db.models import Role
from peerdesk.services.engagement import AtRiskRule
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 20)
STAFF = {"cora": Role.COORDINATOR, "pia": Role.PEER, "paz": Role.PEER, "fay": Role.FACILITATOR}


def passphrase_of(name: str) -> str:
    return f"{name} passphrase here"


@dataclass
class Staffed:
    folder: Path
    opened: list[UnlockedVault]

    def as_(self, name: str) -> UnlockedVault:
        unlocked = Vault(self.folder).unlock(name, passphrase_of(name))
        self.opened.append(unlocked)
        return unlocked


@pytest.fixture(scope="session")
def _staffed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    unlocked, _ = Vault(folder).create("cora", Role.COORDINATOR, passphrase_of("cora"))
    users = UserService(unlocked)
    for name, role in STAFF.items():
        if name != "cora":
            users.add_user(name, role, passphrase_of(name))
    unlocked.auto_backup("template")  # so unlocking in tests doesn't make the daily one
    unlocked.lock()
    return folder


@pytest.fixture
def staffed(_staffed_template: Path, tmp_path: Path) -> Iterator[Staffed]:
    folder = tmp_path / "vault"
    shutil.copytree(_staffed_template, folder)
    world = Staffed(folder, [])
    yield world
    for unlocked in world.opened:
        unlocked.lock()


@pytest.fixture
def today() -> Callable[[], date]:
    return lambda: TODAY


def set_at_risk_rule(vault: UnlockedVault, rule: AtRiskRule) -> None:
    """As a coordinator does in Settings: the rule changes, the other settings stay."""
    settings = SettingsService(vault)
    current = settings.load()
    settings.save(
        idle_lock_minutes=current.idle_lock_minutes,
        crisis_resources=current.crisis_resources,
        organisation=current.organisation,
        at_risk=rule,
    )
