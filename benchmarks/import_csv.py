"""How fast `peerdesk import` takes a large program's spreadsheets: 10,000 participants
and 100,000 contacts (target: under 20 s in all on a 2-core machine).

Each import runs as the command does: sign in, import, lock (the sign-in is not timed).
Most of the time is SQLite writing rows with SQLCipher's cipher_memory_security on (it
wipes and locks every allocation): with it off, the same rows insert about 7 times
faster, but DESIGN.md asks for it on, so this measures the product as it ships.

Run: .venv/bin/python benchmarks/import_csv.py [participants] [contacts]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from results import result

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # the KDF is not what is measured

from peerdesk.db.models import Role
from peerdesk.services.imports import Importer
from peerdesk.services.users import UserService
from peerdesk.vault.vault import Vault

TYPES = ["in_person", "phone", "text", "outreach", "accompanied", "group_followup"]
TARGET_SECONDS = 20.0


def participants_csv(count: int, rng: random.Random) -> bytes:
    lines = [
        "participant_id,display_name,first_name,last_name,date_of_birth,phone,ok_to_text,"
        "intake_date,status,assigned_peer,preferred_language,notes"
    ]
    for i in range(count):
        intake = date(2025, 1, 1) + timedelta(days=rng.randrange(600))
        lines.append(
            f"B-{i:06d},Person {i},First{i},Last{i},19{rng.randrange(50, 99)}-0"
            f"{rng.randrange(1, 9)}-1{rng.randrange(0, 9)},555-{i % 10000:04d},"
            f"{rng.choice(['yes', 'no'])},{intake},active,"
            f"{rng.choice(['pia', 'paz'])},English,Synthetic note {i}"
        )
    return ("\n".join(lines) + "\n").encode()


def contacts_csv(participants: int, count: int, rng: random.Random) -> bytes:
    lines = ["participant_id,date,type,duration_minutes,topics,notes,follow_up_date,staff"]
    for i in range(count):
        day = date(2026, 9, 1) + timedelta(days=rng.randrange(80))
        follow_up = day + timedelta(days=7) if i % 3 == 0 else ""
        lines.append(
            f"B-{rng.randrange(participants):06d},{day},{rng.choice(TYPES)},"
            f"{rng.randrange(5, 90)},housing;benefits,Contact note {i},{follow_up},pia"
        )
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    participants = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    contacts = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(7)
    people_file = participants_csv(participants, rng)
    contacts_file = contacts_csv(participants, contacts, rng)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "v")
        unlocked, _ = vault.create("cora", Role.COORDINATOR, "bench pass")
        for peer in ("pia", "paz"):
            UserService(unlocked).add_user(peer, Role.PEER, "bench pass")
        unlocked.lock()

        def timed_import(kind: str, data: bytes) -> float:
            """As `peerdesk import` runs it: sign in, import, lock (the sign-in not timed)."""
            session = vault.unlock("cora", "bench pass")
            try:
                start = time.perf_counter()
                Importer(session, lambda: date(2026, 11, 29)).run(kind, data)
                return time.perf_counter() - start
            finally:
                session.lock()

        people_s = timed_import("participants", people_file)
        contacts_s = timed_import("contacts", contacts_file)
    total = people_s + contacts_s
    print(
        f"participants: {participants:>7,} rows in {people_s:6.2f} s "
        f"({participants / people_s:,.0f} rows/s)"
    )
    print(
        f"contacts:     {contacts:>7,} rows in {contacts_s:6.2f} s "
        f"({contacts / contacts_s:,.0f} rows/s)"
    )
    result(
        f"import {participants:,} people + {contacts:,} contacts",
        total,
        "s",
        TARGET_SECONDS,
        "target",
    )
    print(
        f"total:        {total:6.2f} s (target {TARGET_SECONDS:.0f} s: "
        f"{'met' if total <= TARGET_SECONDS else 'MISSED'}, "
        f"{TARGET_SECONDS / total:.1f}x headroom)"
    )


if __name__ == "__main__":
    main()
