"""The vault as a peer relies on it: nothing readable without the key, nothing lost."""

import json
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select, text

from peerdesk.db import migrate
from peerdesk.db.models import AuditEvent
from peerdesk.errors import DamagedVault, NewerVault, UnknownUser, WrongPassphrase
from peerdesk.vault import backups
from peerdesk.vault.throttle import THROTTLE_NAME
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER, snapshot


def _unlock(vault_dir: Path):  # type: ignore[no-untyped-def]
    return Vault(vault_dir).unlock(USER, PASSPHRASE)


def _actions(unlocked) -> list[str]:  # type: ignore[no-untyped-def]
    with unlocked.session() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_database_is_not_sqlite_and_plain_sqlite_cannot_read_it(vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    plain = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_sqlcipher_with_the_data_key_reads_it(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    key = bytes(unlocked._key)
    unlocked.lock()
    connection = sqlcipher3.connect(str(vault_dir / "vault.db"))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    names = [row[0] for row in connection.execute("SELECT name FROM users")]
    connection.close()
    assert names == [USER]


def test_a_saved_name_appears_in_no_file_even_while_open(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)  # open: a -wal and -shm file exist now
    unlocked.audit("test_event", detail=f"written while open by {USER}")
    unlocked.backup_to(vault_dir / "manual.peerdesk-backup")
    files = snapshot(vault_dir)
    assert any(name.endswith("-wal") for name in files)
    assert any(name.startswith("backups/") for name in files)
    for name, data in files.items():
        assert USER.encode() not in data, name
        assert USER.encode("utf-16-le") not in data, name
    unlocked.lock()


def test_wrong_passphrase_changes_nothing_but_the_count_of_tries(vault_dir: Path) -> None:
    vault = Vault(vault_dir)
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase, match="Caps Lock"):
        vault.unlock(USER, "not the passphrase")
    with pytest.raises(UnknownUser):
        vault.unlock("nobody", PASSPHRASE)
    after = snapshot(vault_dir)
    assert json.loads(after.pop(THROTTLE_NAME))["failures"] == 2  # the slow-down's count
    assert after == before
    unlocked = vault.unlock(USER, PASSPHRASE)
    unlock_events = [a for a in _actions(unlocked) if a.startswith("unlock")]
    assert unlock_events[-3:] == ["unlock_failed", "unlock_failed", "unlock"]
    unlocked.lock()


def test_lock_zeroes_the_key_and_closes_the_database(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    key_buffer = unlocked._key
    unlocked.lock()
    assert key_buffer == bytearray(32)
    with pytest.raises(RuntimeError, match="locked"), unlocked.engine.connect():
        pass


def test_audit_log_is_append_only(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    with unlocked.engine.begin() as connection:
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"), connection.begin_nested():
                connection.execute(text(statement))
    assert "vault_created" in _actions(unlocked)
    unlocked.lock()


def test_vault_from_a_newer_peerdesk_is_refused_and_left_alone(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    with unlocked.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    unlocked.lock()
    before = snapshot(vault_dir)
    with pytest.raises(NewerVault, match="newer version of PeerDesk"):
        _unlock(vault_dir)
    assert snapshot(vault_dir) == before


def test_an_upgrade_is_preceded_by_a_backup(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend this PeerDesk is one schema version newer than the vault.
    unlocked = _unlock(vault_dir)
    unlocked.lock()
    upgrades: list[int] = []

    def fake_upgrade(engine) -> None:  # type: ignore[no-untyped-def]
        upgrades.append(len(backups.auto_backups(vault_dir / "backups")))

    current = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "next")
    monkeypatch.setattr(migrate, "upgrade_to_head", fake_upgrade)
    count_before = len(backups.auto_backups(vault_dir / "backups"))
    _unlock(vault_dir).lock()
    assert upgrades == [count_before + 1]
    assert f"before-upgrade-{current}" in backups.auto_backups(vault_dir / "backups")[-1].name


def test_automatic_backups_are_daily_and_only_seven_are_kept(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    folder = vault_dir / "backups"
    assert len(backups.auto_backups(folder)) == 1  # the first unlock made today's
    assert unlocked.auto_backup_if_due() is None
    for _ in range(9):
        unlocked.auto_backup("test")
    assert len(backups.auto_backups(folder)) == 7
    unlocked.lock()


@pytest.mark.parametrize("where", [0, 20, 1000, 5000, -100])
def test_a_flipped_byte_in_the_database_is_reported_as_damage(vault_dir: Path, where: int) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[where] ^= 0x40
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedVault, match="damaged"):
        _unlock(vault_dir)


def test_database_errors_never_repeat_the_values_they_were_given(vault_dir: Path) -> None:
    unlocked = _unlock(vault_dir)
    try:
        with pytest.raises(Exception) as caught, unlocked.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO vault_meta (key, value) VALUES (:k, :v)"),
                [{"k": "same", "v": "Jo Example 555-0100"}] * 2,
            )
        assert "555-0100" not in str(caught.value)
    finally:
        unlocked.lock()
