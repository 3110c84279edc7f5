"""Backup files: the encrypted database plus the key slots it opens with, in one file.

Layout: MAGIC, a 4-byte header length, a JSON header (format version, vault id, when,
why, the key slot file, the database's size), the SQLCipher database bytes as they are
(still encrypted with the vault's data key), and a SHA-256 of everything before it so a
damaged file is told apart from a wrong passphrase. A backup is written to a temp file
and renamed, so a crash never leaves half a backup under the real name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from peerdesk.errors import DamagedVault, InvalidInput, disk_problem
from peerdesk.i18n import translate
from peerdesk.vault.atomic import atomic_writer, temp_path_beside
from peerdesk.vault.engine import open_connection

MAGIC = b"PEERDESK-BACKUP\n"
VERSION = 1
SUFFIX = ".peerdesk-backup"
AUTO_PREFIX = "auto-"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    created_at: datetime
    reason: str
    slots: bytes
    db_size: int

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "version": VERSION,
                "vault_id": self.vault_id,
                "created_at": self.created_at.isoformat(),
                "reason": self.reason,
                "slots": self.slots.decode("utf-8"),
                "db_size": self.db_size,
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> BackupHeader:
        body: dict[str, Any] = json.loads(data)
        if body["version"] != VERSION:
            raise ValueError("unknown backup version")
        return cls(
            vault_id=str(body["vault_id"]),
            created_at=datetime.fromisoformat(body["created_at"]),
            reason=str(body["reason"]),
            slots=str(body["slots"]).encode("utf-8"),
            db_size=int(body["db_size"]),
        )


def write_backup(
    source: sqlcipher3.Connection,
    key: bytes | bytearray,
    header_slots: bytes,
    vault_id: str,
    reason: str,
    destination: Path,
) -> Path:
    """Copy the open database `source` (SQLCipher backup API: a consistent snapshot
    even while others write) into a backup file at `destination`."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    snapshot = temp_path_beside(destination.with_suffix(".db"))
    try:
        target = open_connection(snapshot, key, wal=False)
        try:
            source.backup(target)
        except sqlcipher3.DatabaseError as error:
            problem = disk_problem(error)  # the snapshot didn't fit on the disk
            if problem is None:
                raise
            raise problem from None
        finally:
            target.close()
        header = BackupHeader(
            vault_id, datetime.now(UTC), reason, header_slots, snapshot.stat().st_size
        ).to_bytes()
        digest = hashlib.sha256()
        with atomic_writer(destination) as out, open(snapshot, "rb") as db:
            for piece in (MAGIC, struct.pack(">I", len(header)), header):
                out.write(piece)
                digest.update(piece)
            while chunk := db.read(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
            out.write(digest.digest())
    finally:
        for leftover in (snapshot, Path(f"{snapshot}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return destination


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """The header and where the database bytes start; checks the whole file's checksum."""
    damaged = InvalidInput(
        translate("Vault", "The backup file {name} is damaged or is not a PeerDesk backup.").format(
            name=path.name
        )
    )
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise damaged
            (header_len,) = struct.unpack(">I", handle.read(4))
            if header_len > size:
                raise damaged
            header_bytes = handle.read(header_len)
            header = BackupHeader.from_bytes(header_bytes)
            db_offset = len(MAGIC) + 4 + header_len
            if db_offset + header.db_size + 32 != size:
                raise damaged
            handle.seek(0)
            digest = hashlib.sha256()
            remaining = size - 32
            while remaining:
                chunk = handle.read(min(_CHUNK, remaining))
                digest.update(chunk)
                remaining -= len(chunk)
            if handle.read(32) != digest.digest():
                raise damaged
    except FileNotFoundError:
        raise InvalidInput(
            translate("Vault", "There is no backup file at {path}.").format(path=path)
        ) from None
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise damaged from None
    return header, db_offset


def extract_database(path: Path, db_offset: int, db_size: int, destination: Path) -> None:
    """Write the backup's database bytes to `destination` (atomically; still encrypted)."""
    with open(path, "rb") as source, atomic_writer(destination) as out:
        source.seek(db_offset)
        remaining = db_size
        while remaining:
            chunk = source.read(min(_CHUNK, remaining))
            if not chunk:
                raise DamagedVault(
                    translate("Vault", "The backup file {name} is damaged.").format(name=path.name)
                )
            out.write(chunk)
            remaining -= len(chunk)


def auto_backup_path(directory: Path, reason: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return directory / f"{AUTO_PREFIX}{stamp}-{reason}{SUFFIX}"


def auto_backups(directory: Path) -> list[Path]:
    """Automatic backups, oldest first (the name starts with a sortable UTC time)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob(f"{AUTO_PREFIX}*{SUFFIX}") if p.is_file())


def prune_auto_backups(directory: Path, keep: int) -> None:
    for old in auto_backups(directory)[:-keep]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
