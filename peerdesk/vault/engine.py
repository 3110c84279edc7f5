"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection is keyed with the raw 256-bit data key (no passphrase KDF inside
SQLCipher: the key slots did that), with memory security on, temp data in memory, WAL
and synchronous=FULL so an acknowledged commit survives a power cut.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from peerdesk.errors import DamagedVault, disk_problem
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

# Translated where raised: translate("Vault", DAMAGED_DATA).
DAMAGED_DATA = QT_TRANSLATE_NOOP(
    "Vault",
    "The vault's data file is damaged. Restore the newest backup with 'peerdesk restore'; "
    "automatic backups are in the vault's 'backups' folder.",
)


_process_configured = False
_process_lock = threading.Lock()


def _configure_process(connection: sqlcipher3.Connection) -> None:
    """SQLCipher's memory security and log level are settings of the whole process, not
    of a connection: memory security swaps SQLite's allocator. Setting them again while
    another thread is using SQLite corrupted memory (a crash in the GUI tests), so they
    are set once, by the first connection, before any other exists."""
    global _process_configured
    with _process_lock:
        if _process_configured:
            return
        # SQLCipher logs page errors to stderr by default; PeerDesk says it in one sentence.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA cipher_memory_security = ON")
        _process_configured = True


def _key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def open_connection(
    path: Path, key: bytes | bytearray, *, wal: bool = True
) -> sqlcipher3.Connection:
    """A keyed connection; DamagedVault if the file can't be read with a key that the
    key slots already proved right."""
    # A small statement cache: with cipher_memory_security every allocation SQLite can't
    # take from its small pool is locked and wiped, and the driver's default 128 cached
    # statements use that pool up, making scans about ten times slower (found while
    # timing the metrics; the 10k + 100k import went from 35 s to 13 s with this).
    connection = sqlcipher3.connect(str(path), check_same_thread=False, cached_statements=4)
    try:
        _configure_process(connection)
        connection.execute(_key_pragma(key))
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # Overwrite deleted and replaced content instead of leaving it in free space, so
        # an erased person is gone from the file, not just from the tables.
        connection.execute("PRAGMA secure_delete = ON")
        if wal:
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.DatabaseError as error:
        connection.close()
        # a full disk (no room for the -shm file) is not a damaged vault
        raise (disk_problem(error) or DamagedVault(translate("Vault", DAMAGED_DATA))) from None
    return connection


def create_vault_engine(path: Path, key_source: Callable[[], bytearray]) -> Engine:
    """An engine whose connections are keyed from `key_source` (read at connect time, so
    a locked vault, whose key has been zeroed, can't open new connections)."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3.dbapi2,
        creator=lambda: open_connection(path, key_source()),
        poolclass=QueuePool,
        # SQLAlchemy's errors repeat the values of a failed statement; those can be a
        # participant's details, and error text may reach a log or a dialog.
        hide_parameters=True,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transaction_quirks(dbapi_connection, _record):
        # Let SQLAlchemy emit BEGIN itself: the driver's own handling defers it past
        # SELECTs, which breaks SAVEPOINT and consistent reads (SQLAlchemy's SQLite docs).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "handle_error")
    def _disk_errors(context):
        # A save on a full or failing disk is the person's world, not a bug: one sentence
        # (errors.DiskProblem) instead of SQLAlchemy's error and a crash report.
        return disk_problem(context.original_exception)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # A transaction that will write takes the write lock at once (IMMEDIATE): in WAL
        # mode a read transaction that later tries to write fails at once, without
        # waiting, if anyone else wrote since it began ("database is locked").
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def integrity_problems(connection: sqlcipher3.Connection) -> list[str]:
    """Pages failing their HMAC, then SQLite's own structure check. Empty means healthy."""
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [type(exc).__name__]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
