"""How fast sync is through a hub on this machine (a real `peerdesk-hub serve` process on
loopback, SQLite), as a device meets it, everything included: reading the vault, sealing
(JSON, AES-256-GCM, Merkle-batched Ed25519), HTTP, the hub's checks and storage, and on
the receiving side verifying, opening, merging and writing into SQLCipher.

- push: 10,000 new contact records from one device. Target: >= 8,000 records/s.
- pull: the same 10,000 into a second device. Target: >= 8,000 records/s.
- a sync with nothing to do (push and pull, in step). Target: <= 200 ms (median of 10).

Run: .venv/bin/python benchmarks/sync.py [--records N] [--db postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from results import result

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # building vaults fast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerdesk.db.models import Contact, ContactType, Role, table_of
from peerdesk.db.stamping import stamp_new_rows
from peerdesk.services.participants import ParticipantService
from peerdesk.sync.client import HubClient
from tests.sync.hub_process import start_hub
from tests.sync.world import PASS, make_program

PUSH_TARGET = 8000.0
PULL_TARGET = 8000.0
IDLE_TARGET_MS = 200.0


def _device(folder: Path, user: str) -> tuple[Any, Any]:
    from peerdesk.sync.service import SyncService
    from peerdesk.vault.vault import Vault

    unlocked = Vault(folder).unlock(user, PASS)
    return unlocked, SyncService(unlocked)


def phase(which: str, folder: Path, user: str, hub_url: str) -> None:
    """One device's side, in a process of its own as on a real laptop (SQLCipher's memory
    security makes every process's own allocations count, so two vaults in one process
    would be slower than either on its own computer)."""
    unlocked, sync = _device(folder, user)
    identity = sync.identity()
    with HubClient(hub_url, identity.device_token) as client:
        start = time.perf_counter()
        count = sync.push(client) if which == "push" else sync.pull(client)[0]
        seconds = time.perf_counter() - start
    idle = []
    if which == "pull":
        for _ in range(10):
            start = time.perf_counter()
            report = sync.sync_now()
            idle.append((time.perf_counter() - start) * 1000)
            assert report.pushed == report.pulled == 0
    unlocked.lock()
    print(json.dumps({"count": count, "seconds": seconds, "idle_ms": idle}))


def _run_phase(which: str, folder: Path, user: str, hub_url: str) -> dict[str, Any]:
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--phase",
            which,
            "--folder",
            str(folder),
            "--user",
            user,
            "--hub",
            hub_url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--db", help="hub database (default: a new SQLite file)")
    parser.add_argument("--phase", choices=["push", "pull"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--user", help=argparse.SUPPRESS)
    parser.add_argument("--hub", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(args.phase, args.folder, args.user, args.hub)
        return 0
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-sync-") as folder:
        root = Path(folder)
        hub = start_hub(args.db or str(root / "hub.db"), root / "logs")
        try:
            assert hub.setup_token is not None
            program = make_program(
                root, hub.url, hub.setup_token, others=(("b", Role.COORDINATOR),)
            )
            a, b = program["a"], program["b"]
            people = [ParticipantService(a.vault).create(f"Person {n}") for n in range(100)]
            a.sync.sync_now()
            b.sync.sync_now()
            rows = [
                {
                    "participant_id": people[n % len(people)],
                    "contact_date": date(2026, 1, 1) + timedelta(days=n % 300),
                    "type": ContactType.PHONE,
                    "duration_minutes": 20,
                    "topics": ["housing", "transport"],
                    "notes": f"Talked through the week ahead, call {n} of many.",
                    "follow_up_date": None,
                }
                for n in range(args.records)
            ]
            with a.vault.writing() as s:
                s.execute(table_of(Contact).insert(), stamp_new_rows(Contact, rows, a.vault.clock))
            program.close()
            pushed = _run_phase("push", root / "a", "cora", hub.url)
            pulled = _run_phase("pull", root / "b", "user-b", hub.url)
        finally:
            hub.stop()
    push_rate = pushed["count"] / pushed["seconds"]
    pull_rate = pulled["count"] / pulled["seconds"]
    idle_ms = statistics.median(pulled["idle_ms"])
    result("sync push", push_rate, "/s", PUSH_TARGET, "target", higher_is_better=True)
    result("sync pull", pull_rate, "/s", PULL_TARGET, "target", higher_is_better=True)
    result("sync with nothing to do (median)", idle_ms, "ms", IDLE_TARGET_MS, "target")
    print(f"sync benchmark, {args.records:,} contact records, hub on {args.db or 'SQLite'}")
    print(f"{'what':<28}{'figure':>14}{'target':>12}{'ratio':>8}")
    print(
        f"{'push (records/s)':<28}{push_rate:>14,.0f}{PUSH_TARGET:>12,.0f}"
        f"{push_rate / PUSH_TARGET:>8.2f}"
    )
    print(
        f"{'pull (records/s)':<28}{pull_rate:>14,.0f}{PULL_TARGET:>12,.0f}"
        f"{pull_rate / PULL_TARGET:>8.2f}"
    )
    print(
        f"{'sync, nothing to do (ms)':<28}{idle_ms:>14.1f}{IDLE_TARGET_MS:>12.0f}"
        f"{idle_ms / IDLE_TARGET_MS:>8.2f}"
    )
    print(
        f"(pushed {pushed['count']:,} in {pushed['seconds']:.2f} s, "
        f"pulled {pulled['count']:,} in {pulled['seconds']:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
