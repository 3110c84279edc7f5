"""SIGKILL in the middle of `user passwd` or `backup` never costs the peer their vault.

The fast version (in `make test`) kills 20 times (test_crash_safety.py kills a busy writer
100 times besides); the soak version (`make test-all`)
1,000 times. Each prints what it measured.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk.errors import InvalidInput, WrongPassphrase
from peerdesk.vault import backups
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "peerdesk", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )


def _full_run_seconds(*args: str | Path) -> float:
    start = time.perf_counter()
    assert _start(*args).wait(timeout=60) == 0
    return time.perf_counter() - start


def _opens_with(vault_dir: Path, passphrase: str) -> bool:
    try:
        unlocked = Vault(vault_dir).unlock(USER, passphrase)
    except WrongPassphrase:
        return False
    report = unlocked.check()
    unlocked.lock()
    assert report.integrity_problems == []
    return True


def _kill_loop(vault_dir: Path, tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    current = PASSPHRASE

    def secret_file(text: str) -> Path:
        path = secrets / f"{abs(hash(text))}.txt"
        path.write_text(text)
        return path

    common = ("--vault", vault_dir, "--user", USER)
    # How long each command takes when left alone, so kills land throughout it.
    passwd_time = _full_run_seconds(
        "user",
        "passwd",
        *common,
        "--passphrase-file",
        secret_file(current),
        "--new-passphrase-file",
        secret_file("warm up passphrase"),
    )
    current = "warm up passphrase"
    backup_time = _full_run_seconds(
        "backup",
        tmp_path / "warm.peerdesk-backup",
        *common,
        "--passphrase-file",
        secret_file(current),
    )
    counts = {
        "kills": 0,
        "finished_before_kill": 0,
        "opened_with_old": 0,
        "opened_with_new": 0,
        "failed_to_open": 0,
        "half_backups": 0,
    }
    round_ = 0
    while counts["kills"] < kills:
        round_ += 1
        if round_ % 2 == 0:
            new = f"passphrase number {round_}"
            process = _start(
                "user",
                "passwd",
                *common,
                "--passphrase-file",
                secret_file(current),
                "--new-passphrase-file",
                secret_file(new),
            )
            time.sleep(rng.uniform(0.3, 1.0) * passwd_time)
            counts["kills" if process.poll() is None else "finished_before_kill"] += 1
            process.send_signal(signal.SIGKILL)
            process.wait()
            if _opens_with(vault_dir, new):
                counts["opened_with_new"] += 1
                current = new
            elif _opens_with(vault_dir, current):
                counts["opened_with_old"] += 1
            else:
                counts["failed_to_open"] += 1
        else:
            target = tmp_path / f"kill-{round_}.peerdesk-backup"
            process = _start("backup", target, *common, "--passphrase-file", secret_file(current))
            time.sleep(rng.uniform(0.3, 1.0) * backup_time)
            counts["kills" if process.poll() is None else "finished_before_kill"] += 1
            process.send_signal(signal.SIGKILL)
            process.wait()
            if target.exists():
                try:
                    backups.read_header(target)
                except InvalidInput:
                    counts["half_backups"] += 1
            if not _opens_with(vault_dir, current):
                counts["failed_to_open"] += 1
    print(f"\nkill test: {counts}")
    assert counts["failed_to_open"] == 0
    assert counts["half_backups"] == 0


def test_killing_passwd_or_backup_20_times_keeps_the_vault(vault_dir: Path, tmp_path: Path) -> None:
    _kill_loop(vault_dir, tmp_path, kills=20, seed=2)


@pytest.mark.slow
def test_killing_passwd_or_backup_1000_times_keeps_the_vault(
    vault_dir: Path, tmp_path: Path
) -> None:
    _kill_loop(vault_dir, tmp_path, kills=1000, seed=3)
