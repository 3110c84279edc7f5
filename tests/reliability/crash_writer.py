"""The writer that tests/reliability/test_crash_safety.py kills.

Run as `python -m tests.reliability.crash_writer VAULT USER PASSPHRASE_FILE BUNDLES
OUT_DIR AUTHOR_DEVICE`. Importing PeerDesk takes about a second, far longer than a
writer lives before it is killed, so this process imports once and then serves
commands on stdin, one a line:

  go SEED   fork a writer; answer "pid N". The writer unlocks the vault itself and loops
            doing random service operations until it is killed.
  reap      wait for that writer to end; answer "reaped N STATUS".

Each writer is its own process, killed with SIGKILL by the test; this parent never opens
the vault. Before an operation a writer prints `try KIND KEY VALUE` and, once the commit
has returned, `ack KIND KEY VALUE`: after a crash, KEY must read as the VALUE of its
last ack, or as the value of a later try that may have committed before the kill.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from peerdesk.db.models import BundleImport, Group, Participant
from peerdesk.services.encounters import EncounterService
from peerdesk.services.groups import GroupService
from peerdesk.services.imports import Importer
from peerdesk.services.participants import ParticipantService
from peerdesk.sync.service import SyncService
from peerdesk.vault.vault import UnlockedVault, Vault

GROUP_NAME = "Crash group"
PARTICIPANTS = ("p1", "p2", "p3", "p4", "p5")  # external ids made by the test
FIRST_DAY = date(1995, 1, 1)
DAYS = 30 * 365
MARKS = ("present", "late", "excused", "absent")


def emit(line: str) -> None:
    """One line on stdout, written at once (a pipe takes a short write whole)."""
    os.write(1, (line + "\n").encode())


class Writer:
    def __init__(
        self,
        vault: UnlockedVault,
        rng: random.Random,
        bundles: Path,
        out_dir: Path,
        author: str,
    ) -> None:
        self.vault = vault
        self.rng = rng
        self.bundles = bundles
        self.out_dir = out_dir
        self.author = author
        with vault.session() as s:
            rows = s.execute(
                select(Participant.external_id, Participant.id).where(
                    Participant.external_id.in_(PARTICIPANTS)
                )
            ).all()
            self.people = {str(external): str(pid) for external, pid in rows}
            group = s.scalar(select(Group.id).where(Group.name == GROUP_NAME))
        assert group is not None and len(self.people) == len(PARTICIPANTS)
        self.group = str(group)
        self.participants = ParticipantService(vault)
        self.encounters = EncounterService(vault)
        self.groups = GroupService(vault)
        self.importer = Importer(vault)
        self.sync = SyncService(vault)

    def marker(self) -> str:
        return f"m{uuid.uuid4().hex}"

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))

    def contact(self) -> None:
        key = self.marker()
        emit(f"try contact {key} 1")
        self.encounters.log_contact(
            self.people[self.rng.choice(PARTICIPANTS)], self.day(), "phone", notes=key
        )
        emit(f"ack contact {key} 1")

    def mark(self) -> None:
        day = self.day()
        person = self.people[self.rng.choice(PARTICIPANTS)]
        value = self.rng.choice(MARKS)
        key = f"{self.group}|{day.isoformat()}|{person}"
        emit(f"try mark {key} {value}")
        session_id = self.groups.session_on(self.group, day)
        self.groups.mark(session_id, person, value)
        emit(f"ack mark {key} {value}")

    def edit(self) -> None:
        person = self.people[self.rng.choice(PARTICIPANTS)]
        value = self.marker()
        emit(f"try edit {person} {value}")
        self.participants.update(person, notes=value)
        emit(f"ack edit {person} {value}")

    def import_contacts(self) -> None:
        key = self.marker()
        rows = self.rng.randint(1, 5)
        lines = ["participant_id,date,type,notes"]
        lines += [
            f"{self.rng.choice(PARTICIPANTS)},{self.day().isoformat()},in_person,{key}"
            for _ in range(rows)
        ]
        emit(f"try contacts-import {key} {rows}")
        self.importer.run("contacts", "\n".join(lines).encode())
        emit(f"ack contacts-import {key} {rows}")

    def import_participants(self) -> None:
        key = self.marker()
        rows = self.rng.randint(1, 5)
        lines = ["participant_id,display_name,intake_date"]
        lines += [f"{key}-{i},Person {key[:6]} {i},2020-03-0{i + 1}" for i in range(rows)]
        emit(f"try participants-import {key} {rows}")
        self.importer.run("participants", "\n".join(lines).encode())
        emit(f"ack participants-import {key} {rows}")

    def backup(self) -> None:
        target = self.out_dir / f"{self.marker()}.peerdesk-backup"
        emit(f"try backup {target} valid")
        self.vault.backup_to(target)
        emit(f"ack backup {target} valid")

    def bundle(self) -> bool:
        with self.vault.session() as s:
            newest = s.scalar(
                select(func.max(BundleImport.sequence)).where(BundleImport.device_id == self.author)
            )
        sequence = (newest or 0) + 1
        path = self.bundles / f"bundle-{sequence}.pdb"
        if not path.exists():
            return False  # every bundle made for the test is in
        emit(f"try bundle {sequence} 11")
        self.sync.import_bundle(path)
        emit(f"ack bundle {sequence} 11")
        return True

    def run(self) -> None:
        operations = [
            self.contact,
            self.mark,
            self.edit,
            self.import_contacts,
            self.import_participants,
            self.backup,
            self.bundle,
        ]
        while True:
            self.rng.choice(operations)()


def write_until_killed(args: list[str], seed: int) -> None:
    folder, user, passphrase_file, bundles, out_dir, author = args
    passphrase = Path(passphrase_file).read_text().strip()
    vault = Vault(Path(folder)).unlock(user, passphrase)
    emit("unlocked")
    Writer(vault, random.Random(seed), Path(bundles), Path(out_dir), author).run()


def serve(args: list[str]) -> None:
    child = 0
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "go":
            child = os.fork()
            if child == 0:
                try:
                    write_until_killed(args, int(rest))
                except BaseException as error:  # noqa: BLE001 - the test reads and fails on it
                    emit(f"error {type(error).__name__}: {error}")
                    traceback.print_exc()
                finally:
                    os._exit(3)
            emit(f"pid {child}")
        elif command == "reap":
            _, status = os.waitpid(child, 0)
            emit(f"reaped {child} {status}")
        else:
            return


if __name__ == "__main__":
    serve(sys.argv[1:])
