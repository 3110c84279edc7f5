"""A vault that can't be opened any more (damaged database) can still be restored from
a backup with `peerdesk restore`: the damaged folder is kept aside as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.db.models import Role
from peerdesk.services.participants import ParticipantService
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER, CliResult


def test_restore_brings_back_a_vault_whose_database_is_damaged(
    tmp_path: Path, cli: Callable[..., CliResult], passphrase_file: Path
) -> None:
    folder = tmp_path / "vault"
    unlocked, _ = Vault(folder).create(USER, Role.COORDINATOR, PASSPHRASE)
    person = ParticipantService(unlocked).create("Kept Safe", notes="before the damage")
    backup = unlocked.backup_to(tmp_path / "manual.peerdesk-backup")
    unlocked.lock()
    data = bytearray((folder / "vault.db").read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # a byte in every page but the first
        data[offset + 100] ^= 0x55
    (folder / "vault.db").write_bytes(bytes(data))
    me = ("--vault", folder, "--user", USER, "--passphrase-file", passphrase_file)

    damaged = cli("check", *me)
    assert damaged.code == 5
    restored = cli("restore", backup, *me)
    assert restored.code == 0, restored.err
    assert "was moved to" in restored.out
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("vault.damaged-")]
    assert len(aside) == 1 and (aside[0] / "vault.db").read_bytes() == bytes(data)
    again = Vault(folder).unlock(USER, PASSPHRASE)
    try:
        assert ParticipantService(again).open(person).notes == "before the damage"
        assert again.check().integrity_problems == []
    finally:
        again.lock()
