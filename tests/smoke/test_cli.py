"""The command line as DESIGN.md section 6 promises it: exit codes, one-sentence errors."""

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from peerdesk import __version__
from peerdesk.db.models import AuditEvent
from peerdesk.vault.throttle import THROTTLE_NAME
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER, CliResult, snapshot

Cli = Callable[..., CliResult]


def _one_sentence(result: CliResult) -> None:
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err


def test_version_and_help(cli_process: Cli) -> None:
    assert cli_process("--version").out.strip() == f"PeerDesk {__version__}"
    helped = cli_process("--help")
    assert helped.code == 0
    for command in ("init", "user", "recover", "check", "backup", "restore"):
        assert command in helped.out


def test_init_then_check_in_real_processes(
    tmp_path: Path, passphrase_file: Path, cli_process: Cli
) -> None:
    vault = tmp_path / "v"
    created = cli_process(
        "init", "--vault", vault, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert created.code == 0, created.err
    assert re.search(r"(?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}", created.out)
    checked = cli_process(
        "check", "--vault", vault, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert checked.code == 0, checked.err
    assert "integrity check" in checked.out
    assert not (vault / "vault.db").read_bytes().startswith(b"SQLite format 3")
    for name, data in snapshot(vault).items():
        assert USER.encode() not in data, name


def test_global_options_work_before_or_after_the_command(
    vault_dir: Path, passphrase_file: Path, cli: Cli
) -> None:
    before = cli(
        "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file, "user", "list"
    )
    after = cli(
        "user", "list", "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert before.code == after.code == 0
    assert USER in before.out and before.out == after.out


def test_passphrase_and_vault_from_the_environment(vault_dir: Path, cli_process: Cli) -> None:
    result = cli_process(
        "check",
        "--user",
        USER,
        env={"PEERDESK_VAULT": str(vault_dir), "PEERDESK_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.err


def test_no_passphrase_and_no_terminal_is_a_usage_error(vault_dir: Path, cli_process: Cli) -> None:
    result = cli_process("check", "--vault", vault_dir, "--user", USER)
    assert result.code == 2
    _one_sentence(result)


def test_usage_errors_exit_2(cli: Cli) -> None:
    result = cli("user", "add")
    assert result.code == 2
    assert "--help" in result.err


def test_wrong_passphrase_exits_3_and_changes_nothing(
    vault_dir: Path, write_secret, cli: Cli, cli_process: Cli
) -> None:
    before = snapshot(vault_dir)
    result = cli_process(
        "check",
        "--vault",
        vault_dir,
        "--user",
        USER,
        "--passphrase-file",
        write_secret("river stone lanterN"),
    )
    assert result.code == 3
    _one_sentence(result)
    assert "passphrase didn't match" in result.err
    after = snapshot(vault_dir)
    after.pop(THROTTLE_NAME)  # the count of wrong tries (for the slow-down), nothing else
    assert after == before


def test_unknown_user_exits_3(vault_dir: Path, passphrase_file: Path, cli: Cli) -> None:
    result = cli(
        "check", "--vault", vault_dir, "--user", "nobody", "--passphrase-file", passphrase_file
    )
    assert result.code == 3
    _one_sentence(result)


def test_missing_vault_is_explained(tmp_path: Path, passphrase_file: Path, cli: Cli) -> None:
    result = cli(
        "check", "--vault", tmp_path / "none", "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 5
    assert "peerdesk init" in result.err


def test_init_refuses_an_existing_vault_and_a_short_passphrase(
    vault_dir: Path, tmp_path: Path, passphrase_file: Path, write_secret, cli: Cli
) -> None:
    again = cli("init", "--vault", vault_dir, "--user", "x", "--passphrase-file", passphrase_file)
    assert again.code == 4 and "already a vault" in again.err
    short = cli(
        "init",
        "--vault",
        tmp_path / "new",
        "--user",
        "x",
        "--passphrase-file",
        write_secret("short"),
    )
    assert short.code == 4 and "at least 8 characters" in short.err
    assert not (tmp_path / "new" / "keyslots.json").exists()


def test_one_damaged_slot_copy_is_repaired_on_unlock(
    vault_dir: Path, passphrase_file: Path, cli: Cli
) -> None:
    primary = vault_dir / "keyslots.json"
    good = primary.read_bytes()
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0x20
    primary.write_bytes(bytes(damaged))
    result = cli(
        "check", "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 0, result.err
    assert "repaired" in result.out
    assert primary.read_bytes() == (vault_dir / "keyslots.copy.json").read_bytes()


def test_both_slot_copies_damaged_exits_5(vault_dir: Path, passphrase_file: Path, cli: Cli) -> None:
    for name in ("keyslots.json", "keyslots.copy.json"):
        path = vault_dir / name
        data = bytearray(path.read_bytes())
        data[100] ^= 0x01
        path.write_bytes(bytes(data))
    result = cli(
        "check", "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 5
    _one_sentence(result)
    assert "damaged" in result.err and "passphrase" not in result.err


def test_flipped_byte_in_database_makes_check_exit_5(
    vault_dir: Path, passphrase_file: Path, cli_process: Cli
) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 500] ^= 0x01
    db.write_bytes(bytes(data))
    result = cli_process(
        "check", "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 5
    _one_sentence(result)
    assert "damaged" in result.err


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 program isn't installed")
def test_the_sqlite3_program_cannot_open_the_database(vault_dir: Path) -> None:
    result = subprocess.run(
        ["sqlite3", str(vault_dir / "vault.db"), "SELECT * FROM users;"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert USER not in result.stdout


def test_recovery_key_sets_a_new_passphrase(
    tmp_path: Path, passphrase_file: Path, write_secret, cli: Cli
) -> None:
    vault = tmp_path / "v"
    created = cli("init", "--vault", vault, "--user", USER, "--passphrase-file", passphrase_file)
    printed = re.search(r"(?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}", created.out)
    assert printed
    new = write_secret("a brand new passphrase")
    result = cli(
        "recover",
        "--vault",
        vault,
        "--user",
        USER,
        "--recovery-key-file",
        write_secret(printed.group(0).lower()),
        "--new-passphrase-file",
        new,
    )
    assert result.code == 0, result.err
    assert cli("check", "--vault", vault, "--user", USER, "--passphrase-file", new).code == 0
    assert (
        cli("check", "--vault", vault, "--user", USER, "--passphrase-file", passphrase_file).code
        == 3
    )


def test_mistyped_recovery_key_is_caught_by_its_checksum(
    vault_dir: Path, write_secret, cli: Cli
) -> None:
    before = snapshot(vault_dir)
    result = cli(
        "recover",
        "--vault",
        vault_dir,
        "--user",
        USER,
        "--recovery-key-file",
        write_secret("7K2Q-" * 8 + "ABCD"),
        "--new-passphrase-file",
        write_secret("whatever new one"),
    )
    assert result.code == 4
    _one_sentence(result)
    assert "typo" in result.err
    assert snapshot(vault_dir) == before


def test_users_are_added_listed_changed_and_removed(
    vault_dir: Path, passphrase_file: Path, write_secret, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    bo_pass = write_secret("bo's own passphrase")
    added = cli("user", "add", "bo", "--role", "peer", "--new-passphrase-file", bo_pass, *me)
    assert added.code == 0 and "Added bo as peer" in added.out
    listed = cli("user", "list", *me).out
    assert re.search(r"bo\s+peer", listed)
    bo = ("--vault", vault_dir, "--user", "bo", "--passphrase-file", bo_pass)
    denied = cli("user", "add", "cy", "--role", "peer", "--new-passphrase-file", bo_pass, *bo)
    assert denied.code == 4 and "Only a coordinator" in denied.err
    bo_new = write_secret("bo's newer passphrase")
    assert cli("user", "passwd", "--new-passphrase-file", bo_new, *bo).code == 0
    assert cli("check", "--vault", vault_dir, "--user", "bo", "--passphrase-file", bo_new).code == 0
    assert cli("user", "remove", "bo", *me).code == 0
    gone = cli("check", "--vault", vault_dir, "--user", "bo", "--passphrase-file", bo_new)
    assert gone.code == 3
    bad_role = cli("user", "add", "cy", "--role", "boss", "--new-passphrase-file", bo_pass, *me)
    assert bad_role.code == 4 and "not a role" in bad_role.err


def test_backup_and_restore(
    vault_dir: Path, passphrase_file: Path, write_secret, tmp_path: Path, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    backup = tmp_path / "monday.peerdesk-backup"
    assert cli("backup", backup, *me).code == 0
    assert USER.encode() not in backup.read_bytes()
    assert cli("backup", backup, *me).code == 4  # never overwrites
    cli(
        "user",
        "add",
        "bo",
        "--role",
        "peer",
        "--new-passphrase-file",
        write_secret("bo pass 123"),
        *me,
    )
    restored = cli("restore", backup, *me)
    assert restored.code == 0, restored.err
    assert "bo" not in cli("user", "list", *me).out.split()
    # the data from before the restore is kept as an automatic backup
    assert any("before-restore" in p.name for p in (vault_dir / "backups").iterdir())
    # and the restored vault remembers that it was restored
    unlocked = Vault(vault_dir).unlock(USER, PASSPHRASE)
    with unlocked.session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    unlocked.lock()
    assert "restore" in actions


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    vault_dir: Path, tmp_path: Path, passphrase_file: Path, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    backup = tmp_path / "b.peerdesk-backup"
    cli("backup", backup, *me)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    cli("user", "add", "bo", "--role", "peer", "--new-passphrase-file", passphrase_file, *me)
    result = cli("restore", backup, *me)
    assert result.code == 4
    _one_sentence(result)
    assert "damaged" in result.err
    assert "bo" in cli("user", "list", *me).out.split()  # what was added since is still there


def test_restore_onto_a_new_computer(
    vault_dir: Path, tmp_path: Path, passphrase_file: Path, write_secret, cli: Cli
) -> None:
    backup = tmp_path / "b.peerdesk-backup"
    cli(
        "backup", backup, "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    fresh = tmp_path / "new-laptop"
    wrong = cli(
        "restore",
        backup,
        "--vault",
        fresh,
        "--user",
        USER,
        "--passphrase-file",
        write_secret("wrong passphrase"),
    )
    assert wrong.code == 3 and not fresh.joinpath("keyslots.json").exists()
    result = cli(
        "restore", backup, "--vault", fresh, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 0, result.err
    assert (
        cli("check", "--vault", fresh, "--user", USER, "--passphrase-file", passphrase_file).code
        == 0
    )


def test_backup_of_another_vault_is_refused(
    vault_dir: Path, tmp_path: Path, passphrase_file: Path, cli: Cli
) -> None:
    other = tmp_path / "other"
    cli("init", "--vault", other, "--user", USER, "--passphrase-file", passphrase_file)
    backup = tmp_path / "other.peerdesk-backup"
    cli("backup", backup, "--vault", other, "--user", USER, "--passphrase-file", passphrase_file)
    result = cli(
        "restore",
        backup,
        "--vault",
        vault_dir,
        "--user",
        USER,
        "--passphrase-file",
        passphrase_file,
    )
    assert result.code == 4 and "different vault" in result.err


def test_a_bug_gives_a_report_without_data_not_a_traceback(
    vault_dir: Path,
    tmp_path: Path,
    passphrase_file: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peerdesk.vault.vault import UnlockedVault

    def broken_check(self):  # type: ignore[no-untyped-def]
        private = "Participant Jo Example, 555-0100"
        raise RuntimeError(f"unexpected state for {private}")

    monkeypatch.setattr(UnlockedVault, "check", broken_check)
    monkeypatch.setattr("platformdirs.user_log_dir", lambda *a, **k: str(tmp_path / "logs"))
    result = cli(
        "check", "--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file
    )
    assert result.code == 1
    _one_sentence(result)
    assert "didn't expect" in result.err and "Jo Example" not in result.err
    (report,) = (tmp_path / "logs").glob("crash-*.txt")
    text = report.read_text()
    assert "builtins.RuntimeError" in text and "broken_check" in text
    assert "Jo Example" not in text and "555" not in text
