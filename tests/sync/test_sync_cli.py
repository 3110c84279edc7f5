"""The sync commands as DESIGN.md section 6 has them, against a real hub process:
sync setup, device add|list|revoke, enroll, sync, sync review, bundle export|import."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult
from tests.sync.hub_process import RunningHub

Cli = Callable[..., CliResult]


def _me(folder: Path, user: str, passphrase: Path) -> tuple[str | Path, ...]:
    return ("--vault", folder, "--user", user, "--passphrase-file", passphrase)


def test_a_program_sets_up_sync_from_the_command_line(
    cli: Cli,
    tmp_path: Path,
    new_hub_db: Callable[[str], str],
    hub_starter: Callable[[str], RunningHub],
) -> None:
    hub = hub_starter(new_hub_db("sqlite"))
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough passphrase\n")
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    cora = _me(office, "cora", secret)
    pia = _me(laptop, "pia", secret)
    assert cli("init", *cora).code == 0
    assert (
        cli("user", "add", "pia", "--role", "peer", "--new-passphrase-file", secret, *cora).code
        == 0
    )
    assert cli("init", *pia).code == 0

    not_yet = cli("sync", *cora)
    assert not_yet.code == 1
    assert "isn't set up to sync yet" in not_yet.err

    joined = cli("sync", "setup", "--hub", hub.url, "--token", str(hub.setup_token), *cora)
    assert joined.code == 0, joined.err
    again = cli("sync", "setup", "--hub", hub.url, "--token", str(hub.setup_token), *cora)
    assert again.code == 4
    assert "didn't accept that setup token" in again.err

    enrol = tmp_path / "pia.enrol"
    added = cli("device", "add", "Pia laptop", "--role", "peer", "--out", enrol, *cora)
    assert added.code == 0, added.err
    code = re.search(r"One-time code: (\S+)", added.out)
    assert code is not None and enrol.exists()

    wrong = cli("enroll", enrol, "--code", "AAAA-BBBB-CCCC-DDDD", *pia)
    assert wrong.code == 4
    assert "The code doesn't match" in wrong.err
    enrolled = cli("enroll", enrol, "--code", code.group(1), *pia)
    assert enrolled.code == 0, enrolled.err

    assert cli("sync", *cora).code == 0
    synced = cli("sync", *pia)
    assert synced.code == 0, synced.err
    assert "Sent" in synced.out

    listed = cli("device", "list", *cora)
    assert "Pia laptop: roster, caseload, staff; joined" in listed.out

    bundle = tmp_path / "usb" / "office.pdbundle"
    exported = cli("bundle", "export", bundle, *cora)
    assert exported.code == 0, exported.err
    imported = cli("bundle", "import", bundle, *pia)
    assert imported.code == 0, imported.err
    replayed = cli("bundle", "import", bundle, *pia)
    assert replayed.code == 4
    assert "already imported" in replayed.err

    assert cli("sync", "review", *pia).out.strip() == "Nothing needs review."

    revoked = cli("device", "revoke", "Pia laptop", *cora)
    assert revoked.code == 0, revoked.err
    refused = cli("sync", *pia)
    assert refused.code == 1
    assert "refused this computer" in refused.err
    assert "Traceback" not in refused.err
