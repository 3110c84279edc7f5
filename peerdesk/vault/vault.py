"""The vault: a folder holding the SQLCipher database, its key slots and its backups.

`Vault` is the locked folder; `Vault.unlock(...)` proves a passphrase (or the recovery
key) against the key slots and returns an `UnlockedVault`, which holds the data key in
a bytearray and an engine. `UnlockedVault.lock()` drops the engine and zeroes the key.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import __version__
from peerdesk.config import AUTO_BACKUP_INTERVAL_SECONDS, AUTO_BACKUPS_KEPT, MIN_PASSPHRASE_LENGTH
from peerdesk.db.hlc import HybridClock
from peerdesk.errors import (
    DamagedVault,
    InvalidInput,
    NewerVault,
    UnknownUser,
    VaultMissing,
    WrongPassphrase,
)
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.lazy import lazy_module
from peerdesk.vault import kdf, keyslots, recovery_key, wal_check
from peerdesk.vault.atomic import fsync_dir, remove_stale_temp_files
from peerdesk.vault.file_lock import exclusive_lock
from peerdesk.vault.throttle import UnlockThrottle

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy import Engine
    from sqlalchemy import orm as sa_orm
    from sqlalchemy.orm import Session

    from peerdesk.db import migrate, models, stamping
    from peerdesk.db.models import Role
    from peerdesk.vault import backups
    from peerdesk.vault import engine as vault_engine
else:  # loaded on first use: the sign-in window shows before these are needed
    sa = lazy_module("sqlalchemy")
    sa_orm = lazy_module("sqlalchemy.orm")
    migrate = lazy_module("peerdesk.db.migrate")
    models = lazy_module("peerdesk.db.models")
    stamping = lazy_module("peerdesk.db.stamping")
    backups = lazy_module("peerdesk.vault.backups")
    vault_engine = lazy_module("peerdesk.vault.engine")

DB_NAME = "vault.db"
BACKUPS_DIR = "backups"
LOCK_NAME = ".lock"
INIT_MARKER = ".init-in-progress"

# Translated where raised: translate("Vault", WRONG_PASSPHRASE).
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Vault", "The passphrase didn't match. Check Caps Lock and try again."
)
WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "Vault", "That recovery key doesn't open this vault. Check that the sheet is for this vault."
)


@dataclass(frozen=True)
class SignedInUser:
    """Who unlocked the vault. `None` for a recovery-key unlock (no person signed in)."""

    id: str
    name: str
    role: Role


@dataclass(frozen=True)
class CheckReport:
    key_file_repaired: bool
    integrity_problems: list[str]
    schema_revision: str
    schema_is_current: bool


def _unknown_user(name: str) -> UnknownUser:
    return UnknownUser(
        translate(
            "Vault", "There's no user called '{name}' in this vault. Check the spelling."
        ).format(name=name)
    )


class Vault:
    """A vault folder, locked. Cheap to make; touches no file until asked."""

    def __init__(self, directory: Path, now: Callable[[], float] = time.time) -> None:
        self.directory = Path(directory)
        self.throttle = UnlockThrottle(self.directory, now)
        self.db_path = self.directory / DB_NAME
        self.backups_dir = self.directory / BACKUPS_DIR
        self.slots = keyslots.KeySlotStore(self.directory)
        # Failed unlocks can't be written to a locked vault (and a wrong passphrase must
        # change no file), so they wait here and go to the audit log at the next unlock.
        self.pending_failed_unlocks: list[tuple[datetime, str]] = []

    # --- state ---------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.slots.exists()

    def _folder_lock(self) -> contextlib.AbstractContextManager[None]:
        return exclusive_lock(self.directory / LOCK_NAME)

    def require_exists(self) -> None:
        if self.exists():
            return
        if self.db_path.exists() and not (self.directory / INIT_MARKER).exists():
            raise DamagedVault(
                translate(
                    "Vault",
                    "The vault's key file is missing, so its data can't be opened. "
                    "Restore a backup with 'peerdesk restore'.",
                )
            )
        raise VaultMissing(
            translate(
                "Vault", "There is no vault in {folder}. Create one with 'peerdesk init'."
            ).format(folder=self.directory)
        )

    # --- creating ----------------------------------------------------------------------

    def create(
        self, user_name: str, role: Role, passphrase: str, organisation: str = ""
    ) -> tuple[UnlockedVault, str]:
        """Make a new vault with its first user; returns it unlocked and the recovery key
        (to be shown once and never stored)."""
        user_name = validate_user_name(user_name)
        validate_new_passphrase(passphrase)
        marker = self.directory / INIT_MARKER
        if self.exists():
            raise InvalidInput(
                translate("Vault", "There is already a vault in {folder}.").format(
                    folder=self.directory
                )
            )
        if self.db_path.exists() and not marker.exists():
            raise InvalidInput(
                translate(
                    "Vault",
                    "{folder} holds a vault data file without its key file; "
                    "PeerDesk won't overwrite it. Choose another folder.",
                ).format(folder=self.directory)
            )
        _make_private_folder(self.directory)
        with self._folder_lock():
            marker.touch()
            for leftover in self.directory.glob(f"{DB_NAME}*"):
                leftover.unlink()  # a killed earlier init left these; they are not a vault
            data_key = bytearray(os.urandom(keyslots.DATA_KEY_BYTES))
            slot_file = keyslots.SlotFile.new()
            unlocked = UnlockedVault(self, data_key, slot_file, None)
            try:
                unlocked.upgrade_schema()
                with unlocked.writing() as session:
                    user = models.User(name=user_name, role=role)
                    session.add(user)
                    session.add_all(
                        [
                            models.VaultMeta(key="organisation", value=organisation),
                            models.VaultMeta(key="created_by_version", value=__version__),
                        ]
                    )
                    session.flush()
                    session.add(models.AuditEvent(user_id=user.id, action="vault_created"))
                    signed_in = SignedInUser(user.id, user.name, user.role)
                secret, printed_key = recovery_key.generate()
                iterations = kdf.calibrated_iterations()
                slot_file = slot_file.with_slot(
                    keyslots.passphrase_slot(slot_file, user_name, passphrase, data_key, iterations)
                )
                slot_file = slot_file.with_slot(keyslots.recovery_slot(slot_file, secret, data_key))
                unlocked.slot_file = self.slots.save(slot_file)
                unlocked.user = signed_in
            except BaseException:
                unlocked.lock()
                raise
            marker.unlink()
        return unlocked, printed_key

    # --- unlocking ---------------------------------------------------------------------

    def unlock(self, user_name: str, passphrase: str) -> UnlockedVault:
        self.require_exists()
        self.throttle.check()
        slot_file, needs_repair = self.slots.load()
        slot = slot_file.passphrase_slot(user_name)
        if slot is None:
            # as slow as a wrong passphrase, so the time taken doesn't tell who has a slot
            keyslots.spend_like_a_passphrase(slot_file, passphrase)
            self._refused("unknown user")
            raise _unknown_user(user_name)
        data_key = keyslots.open_passphrase_slot(slot, slot_file.vault_id, passphrase)
        if data_key is None:
            self._refused("wrong passphrase")
            raise WrongPassphrase(translate("Vault", WRONG_PASSPHRASE))
        return self._open(data_key, slot_file, needs_repair, user_name)

    def _refused(self, why: str) -> None:
        """Count the failure, and take as long as opening would have, so the time a
        refusal takes tells nothing about the passphrase or the user."""
        self.pending_failed_unlocks.append((datetime.now(UTC), why))
        time.sleep(self.throttle.pad())
        self.throttle.failed()

    def unlock_with_recovery_key(self, typed_key: str) -> UnlockedVault:
        self.require_exists()
        self.throttle.check()
        secret = recovery_key.parse(typed_key)
        slot_file, needs_repair = self.slots.load()
        slot = slot_file.recovery_slot()
        data_key = (
            None if slot is None else keyslots.open_recovery_slot(slot, slot_file.vault_id, secret)
        )
        if data_key is None:
            self._refused("wrong recovery key")
            raise WrongPassphrase(translate("Vault", WRONG_RECOVERY_KEY))
        return self._open(data_key, slot_file, needs_repair, None)

    def _open(
        self,
        data_key: bytearray,
        slot_file: keyslots.SlotFile,
        needs_repair: bool,
        user_name: str | None,
    ) -> UnlockedVault:
        if not self.db_path.exists():
            _zero(data_key)
            raise DamagedVault(
                translate(
                    "Vault",
                    "The vault's data file is missing. Restore a backup with 'peerdesk restore'.",
                )
            )
        started = time.perf_counter()
        unlocked = UnlockedVault(self, data_key, slot_file, None)
        try:
            with self._folder_lock():
                if needs_repair:
                    self.slots.repair(slot_file)
                unlocked.key_file_repaired = needs_repair
                remove_stale_temp_files(self.directory)
                _refuse_damaged_wal(Path(f"{self.db_path}-wal"))
                unlocked.verify_integrity()
                unlocked.upgrade_schema()
            if user_name is not None:
                unlocked.user = unlocked.find_user(user_name)
            unlocked.record_unlock(self.pending_failed_unlocks)
            self.pending_failed_unlocks = []
            # How long opening takes, for padding refusals to match: without the day's
            # automatic backup, which would make refusals slower than a usual opening.
            self.throttle.succeeded(time.perf_counter() - started)
            unlocked.auto_backup_if_due()
        except BaseException:
            unlocked.lock()
            raise
        return unlocked


class UnlockedVault:
    """An open vault. Hold it only while the person is at the screen; `lock()` ends it."""

    def __init__(
        self,
        vault: Vault,
        data_key: bytearray,
        slot_file: keyslots.SlotFile,
        user: SignedInUser | None,
    ) -> None:
        self.vault = vault
        self._key = data_key
        self.slot_file = slot_file
        self.user = user
        self.key_file_repaired = False
        self.engine: Engine = vault_engine.create_vault_engine(
            vault.db_path, self._key_for_connection
        )
        self._sessions = sa_orm.sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sa_orm.sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        stamping.install(self._sessions)
        stamping.install(self._write_sessions)
        self._clock: HybridClock | None = None
        self.locked = False

    def _key_for_connection(self) -> bytearray:
        if self.locked:
            raise RuntimeError("the vault is locked")
        return self._key

    @property
    def clock(self) -> HybridClock:
        """This device's clock for stamping changes."""
        if self._clock is None:
            raise RuntimeError("the schema has not been brought up to date yet")
        return self._clock

    def _load_clock(self) -> None:
        """Read this device's id (made by the migrations) once the schema is current."""
        with self._sessions() as session:
            device = session.get(models.VaultMeta, "device_id")
        if device is None:
            raise DamagedVault(translate("Vault", vault_engine.DAMAGED_DATA))
        self._clock = HybridClock(device.value)

    def session(self) -> Session:
        """A session whose flushes stamp synced records with this device's clock."""
        return self._sessions(info=self._session_info())

    @contextlib.contextmanager
    def transaction(self, session: Session | None = None) -> Iterator[Session]:
        """The caller's session (an import doing many rows in one transaction), or a new
        one committed at the end (rolled back on any error)."""
        if session is not None:
            yield session
            return
        with self.writing() as own:
            yield own

    def write_session(self) -> Session:
        """A session whose transaction will take the write lock when it begins; the
        caller commits or rolls back (an import that may be a dry run)."""
        return self._write_sessions(info=self._session_info())

    def _session_info(self) -> dict[str, object]:
        return {"clock": self._clock, "user_id": self.user.id if self.user else None}

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in a transaction that holds the write lock from its start, committed
        at the end (rolled back on any error). Use it for anything that writes."""
        with self.write_session() as own, own.begin():
            yield own

    def lock(self) -> None:
        """Close every connection and zero the data key. Idempotent."""
        if self.locked:
            return
        self.engine.dispose()
        _zero(self._key)
        self.locked = True

    # --- schema and integrity ------------------------------------------------------------

    @contextlib.contextmanager
    def _driver_connection(self) -> Iterator[object]:
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection
        finally:
            raw.close()

    def _integrity_problems(self) -> list[str]:
        """Checked on a connection of its own, closed afterwards: after SQLite's
        integrity_check a connection stays several times slower at writing (measured:
        0.10 instead of 0.02 ms an insert), so the pool never gets that one."""
        connection = vault_engine.open_connection(self.vault.db_path, self._key)
        try:
            return vault_engine.integrity_problems(connection)
        finally:
            connection.close()

    def verify_integrity(self) -> None:
        problems = self._integrity_problems()
        if problems:
            raise DamagedVault(translate("Vault", vault_engine.DAMAGED_DATA))

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def upgrade_schema(self) -> None:
        """Bring the schema to this version's head, backing up first; refuse a vault from
        a newer PeerDesk."""
        current = self.schema_revision()
        head = migrate.head_revision()
        if current == head:
            self._load_clock()
            return
        if current is not None and not migrate.is_known_revision(current):
            raise NewerVault(
                translate(
                    "Vault",
                    "This vault was made by a newer version of PeerDesk. "
                    "Install the newer version to open it; nothing was changed.",
                )
            )
        if current is not None:
            self.auto_backup(f"before-upgrade-{current}")
        migrate.upgrade_to_head(self.engine)
        self._load_clock()

    def rewrite_file(self) -> None:
        """Rebuild the database file and empty the WAL, so replaced content survives in
        neither (used after erasing someone)."""
        with self._driver_connection() as connection:
            for statement in (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "VACUUM",
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ):
                connection.execute(statement)  # type: ignore[attr-defined]

    def check(self) -> CheckReport:
        problems = self._integrity_problems()
        revision = self.schema_revision() or "none"
        return CheckReport(
            self.key_file_repaired, problems, revision, revision == migrate.head_revision()
        )

    # --- users and audit -----------------------------------------------------------------

    def find_user(self, name: str) -> SignedInUser:
        with self.session() as session:
            user = session.scalars(
                sa.select(models.User).where(
                    sa.func.lower(models.User.name) == name.strip().casefold(),
                    models.User.removed_at.is_(None),
                )
            ).first()
            if user is None:
                raise _unknown_user(name)
            return SignedInUser(user.id, user.name, user.role)

    def audit(
        self,
        action: str,
        record_id: str | None = None,
        detail: str | None = None,
        session: Session | None = None,
    ) -> None:
        """Append to the audit log, in `session`'s transaction when one is given."""
        event = models.AuditEvent(
            user_id=self.user.id if self.user else None,
            action=action,
            record_id=record_id,
            detail=detail,
        )
        if session is not None:
            session.add(event)
            return
        with self.writing() as own:
            own.add(event)

    def record_unlock(self, failed: list[tuple[datetime, str]]) -> None:
        with self.writing() as session:
            for when, why in failed:
                session.add(models.AuditEvent(at=when, action="unlock_failed", detail=why))
            self.audit("unlock" if self.user else "unlock_recovery_key", session=session)

    # --- key slots -----------------------------------------------------------------------

    def set_passphrase(self, user_name: str, passphrase: str) -> None:
        """Write `user_name`'s key slot for `passphrase` (rewrites that one slot only)."""
        validate_new_passphrase(passphrase)
        slot = keyslots.passphrase_slot(
            self.slot_file, user_name, passphrase, self._key, kdf.calibrated_iterations()
        )
        with self.vault._folder_lock():
            current, _ = self.vault.slots.load()
            self.slot_file = self.vault.slots.save(current.with_slot(slot))

    def remove_passphrase(self, user_name: str) -> None:
        with self.vault._folder_lock():
            current, _ = self.vault.slots.load()
            self.slot_file = self.vault.slots.save(current.without_user(user_name))

    # --- backups -------------------------------------------------------------------------

    def backup_to(self, destination: Path, reason: str = "manual") -> Path:
        with self._driver_connection() as connection:
            backups.write_backup(
                connection,
                self._key,
                self.slot_file.to_bytes(),
                self.slot_file.vault_id,
                reason,
                destination,
            )
        self.audit("backup", detail=reason)
        return destination

    def auto_backup(self, reason: str) -> Path:
        path = self.backup_to(backups.auto_backup_path(self.vault.backups_dir, reason), reason)
        backups.prune_auto_backups(self.vault.backups_dir, AUTO_BACKUPS_KEPT)
        return path

    def auto_backup_if_due(self) -> Path | None:
        existing = backups.auto_backups(self.vault.backups_dir)
        if existing:
            age = datetime.now(UTC).timestamp() - existing[-1].stat().st_mtime
            if age < AUTO_BACKUP_INTERVAL_SECONDS:
                return None
        return self.auto_backup("daily")

    def restore_from(self, source: Path) -> Path:
        """Replace the database with the backup at `source` after checking it opens with
        this vault's key and passes the integrity check; the current database is kept as
        an automatic backup first. Returns that safety backup's path. Locks this vault."""
        header, offset = backups.read_header(source)
        if header.vault_id != self.slot_file.vault_id:
            raise InvalidInput(
                translate(
                    "Vault",
                    "That backup is from a different vault. Restore it into an empty folder "
                    "with --vault, then sign in with a passphrase you had when it was made.",
                )
            )
        staged = self.vault.directory / f".restore-{os.getpid()}.db"
        try:
            backups.extract_database(source, offset, header.db_size, staged)
            _check_staged_database(staged, self._key)
            safety = self.auto_backup("before-restore")
            with self.vault._folder_lock():
                self._close_for_swap()
                os.replace(staged, self.vault.db_path)
                fsync_dir(self.vault.directory)
            # Recorded in the restored database, the one that lives on.
            self.audit("restore", detail=f"backup made {header.created_at:%Y-%m-%d %H:%M} UTC")
        finally:
            for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        self.lock()
        return safety

    def _close_for_swap(self) -> None:
        """Checkpoint the WAL into the database and close, so no -wal file outlives it."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.vault.db_path}{suffix}").unlink()


def restore_into_empty_folder(
    directory: Path, source: Path, user_name: str, passphrase: str
) -> Vault:
    """Rebuild a vault in an empty folder from a backup (a new laptop after a theft),
    using the key slots inside the backup and a passphrase valid when it was made."""
    header, offset = backups.read_header(source)
    vault = Vault(directory)
    if vault.exists() or vault.db_path.exists():
        raise InvalidInput(
            translate("Vault", "{folder} already holds a vault.").format(folder=directory)
        )
    try:
        slot_file = keyslots.SlotFile.from_bytes(header.slots)
    except keyslots.SlotFileDamaged:
        raise DamagedVault(
            translate("Vault", "The backup file {name} is damaged.").format(name=source.name)
        ) from None
    slot = slot_file.passphrase_slot(user_name)
    if slot is None:
        raise _unknown_user(user_name)
    data_key = keyslots.open_passphrase_slot(slot, slot_file.vault_id, passphrase)
    if data_key is None:
        raise WrongPassphrase(translate("Vault", WRONG_PASSPHRASE))
    _make_private_folder(directory)
    with vault._folder_lock():
        staged = directory / ".restore.db"
        try:
            backups.extract_database(source, offset, header.db_size, staged)
            _check_staged_database(staged, data_key)
            os.replace(staged, vault.db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
        # The key file goes last: until it exists the folder is not a vault.
        vault.slots.repair(slot_file)
    _zero(data_key)
    return vault


def _refuse_damaged_wal(wal: Path) -> None:
    """A log left by a crash is replayed by SQLite up to its first bad frame; when commits
    that were made durable lie past a damaged frame, refuse instead of silently opening
    an older vault. Read twice, so a frame another process is writing at that moment
    is not mistaken for damage."""
    if wal_check.wal_is_damaged(wal) and wal_check.wal_is_damaged(wal):
        raise DamagedVault(translate("Vault", vault_engine.DAMAGED_DATA))


def _check_staged_database(path: Path, key: bytearray) -> None:
    try:
        connection = vault_engine.open_connection(path, key, wal=False)
    except DamagedVault:
        raise InvalidInput(
            translate(
                "Vault",
                "That backup doesn't open with this vault's key, or it is damaged. "
                "Nothing was changed.",
            )
        ) from None
    try:
        if vault_engine.integrity_problems(connection):
            raise InvalidInput(translate("Vault", "That backup is damaged. Nothing was changed."))
    finally:
        connection.close()


def _make_private_folder(directory: Path) -> None:
    """The vault folder is readable by its owner only (others on a shared computer can't
    even copy the encrypted files)."""
    directory.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(directory, 0o700)


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def validate_user_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 64 or any(c in cleaned for c in "\r\n\t"):
        raise InvalidInput(translate("Vault", "A user name needs 1 to 64 characters on one line."))
    return cleaned


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            translate(
                "Vault",
                "Choose a passphrase of at least {count} characters. "
                "A few unrelated words are easy to remember and hard to guess.",
            ).format(count=MIN_PASSPHRASE_LENGTH)
        )
