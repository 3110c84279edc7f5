"""How fast the program metrics (DESIGN.md section 7) are for a large program: 10,000
participants and 100,000 contacts over a year, with 20 weekly groups (about 12,000
attendance marks) and 25,000 measures. Target: `compute()` for a 12-month period in
≤ 2 s on a 2-core machine (median of 5, after a first run that warms the page cache).

The vault is built with the CSV importer, as `peerdesk import` does it; building is not
timed. The breakdowns are timed too, for information.

Run: .venv/bin/python benchmarks/metrics.py [participants] [contacts]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from results import result

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # the KDF is not what is measured

from peerdesk.db.models import Role
from peerdesk.services.imports import Importer
from peerdesk.services.metrics import BREAKDOWNS, MetricsService
from peerdesk.services.users import UserService
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 29)
START, END = date(2025, 11, 30), TODAY  # 12 months
YEAR_DAYS = (END - START).days + 1
TYPES = ["in_person", "phone", "text", "outreach", "accompanied", "group_followup"]
LANGUAGES = ["English", "Spanish", "Vietnamese", "Arabic", "Ukrainian", ""]
REFERRALS = ["self", "clinic", "court", "shelter", "hospital", ""]
GROUPS = 20
GROUP_SIZE = 12
TARGET_MS = 2000.0
RUNS = 5


def _csv(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def participants_csv(count: int, rng: random.Random) -> bytes:
    lines = [
        "participant_id,display_name,first_name,last_name,intake_date,status,assigned_peer,"
        "preferred_language,referral_source"
    ]
    for i in range(count):
        intake = date(2025, 1, 1) + timedelta(days=rng.randrange(690))
        lines.append(
            f"B-{i:06d},Person {i},First{i},Last{i},{intake},"
            f"{rng.choice(['active', 'active', 'paused', 'discharged'])},"
            f"{rng.choice(['pia', 'paz', ''])},{rng.choice(LANGUAGES)},{rng.choice(REFERRALS)}"
        )
    return _csv(lines)


def contacts_csv(participants: int, count: int, rng: random.Random) -> bytes:
    lines = ["participant_id,date,type,duration_minutes,topics,notes,follow_up_date,staff"]
    for i in range(count):
        day = START + timedelta(days=rng.randrange(YEAR_DAYS))
        follow_up = min(day + timedelta(days=7), TODAY) if i % 3 == 0 else ""
        lines.append(
            f"B-{rng.randrange(participants):06d},{day},{rng.choice(TYPES)},"
            f"{rng.randrange(5, 90)},housing;benefits,Contact note {i},{follow_up},pia"
        )
    return _csv(lines)


def groups_csv() -> bytes:
    return _csv(["group,facilitators"] + [f"Group {g},pia" for g in range(GROUPS)])


def attendance_csv(participants: int, rng: random.Random) -> bytes:
    lines = ["group,session_date,participant_id,mark"]
    first = START + timedelta(days=2)
    for g in range(GROUPS):
        members = rng.sample(range(participants), GROUP_SIZE)
        for week in range(52):
            held_on = first + timedelta(days=7 * week)
            for member in members:
                mark = rng.choice(["present", "present", "late", "absent", "excused"])
                lines.append(f"Group {g},{held_on},B-{member:06d},{mark}")
    return _csv(lines)


def measures_csv(participants: int, rng: random.Random) -> bytes:
    lines = ["participant_id,instrument,date,total"]
    for _ in range(20_000):
        day = START + timedelta(days=rng.randrange(YEAR_DAYS))
        lines.append(f"B-{rng.randrange(participants):06d},hope,{day},{rng.randrange(11)}")
    for _ in range(5_000):
        day = START + timedelta(days=rng.randrange(YEAR_DAYS))
        lines.append(f"B-{rng.randrange(participants):06d},barc10,{day},{rng.randrange(10, 61)}")
    return _csv(lines)


def median_ms(action: Callable[[], object]) -> float:
    action()  # the first run reads the pages from disk
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(vault: Vault, participants: int, contacts: int) -> None:
    rng = random.Random(7)
    unlocked, _ = vault.create("cora", Role.COORDINATOR, "bench pass")
    try:
        for peer in ("pia", "paz"):
            UserService(unlocked).add_user(peer, Role.PEER, "bench pass")
        importer = Importer(unlocked, lambda: TODAY)
        importer.run("participants", participants_csv(participants, rng))
        importer.run("contacts", contacts_csv(participants, contacts, rng))
        importer.run("groups", groups_csv())
        importer.run("attendance", attendance_csv(participants, rng))
        importer.run("measures", measures_csv(participants, rng))
    finally:
        unlocked.lock()


def main() -> None:
    participants = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    contacts = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "v")
        built = time.perf_counter()
        build(vault, participants, contacts)
        print(f"(vault built in {time.perf_counter() - built:.1f} s, not timed)")
        unlocked: UnlockedVault = vault.unlock("cora", "bench pass")
        try:
            metrics = MetricsService(unlocked, lambda: TODAY)
            figures = metrics.compute(START, END)
            print(
                f"(period {START} to {END}: {figures['participants_served']:,} served, "
                f"{figures['contacts_total']:,} contacts, "
                f"{figures['attendance_marks']:,} marks, "
                f"{figures['followups_due']:,} follow-ups due)"
            )
            compute_ms = median_ms(lambda: metrics.compute(START, END))

            def breakdown_ms(by: str) -> float:
                return median_ms(lambda: metrics.breakdown(START, END, by))

            by_ms = {by: breakdown_ms(by) for by in BREAKDOWNS}
        finally:
            unlocked.lock()
    print(
        f"metrics, {participants:,} participants and {contacts:,} contacts: median "
        f"{compute_ms:.0f} ms; target ≤ {TARGET_MS:.0f} ms, ratio {compute_ms / TARGET_MS:.2f}"
    )
    result("metrics, 12 months (median)", compute_ms, "ms", TARGET_MS, "target")
    for by, ms in by_ms.items():
        print(f"  breakdown by {by}: median {ms:.0f} ms")


if __name__ == "__main__":
    main()
