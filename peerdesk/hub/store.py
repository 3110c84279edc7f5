"""The hub's storage (docs/sync-protocol.md): devices and encrypted envelopes in SQLAlchemy
Core, on SQLite for one site or PostgreSQL shared by several hub processes.

Pushes are serialized (BEGIN IMMEDIATE on SQLite, a transaction-scoped advisory lock on
PostgreSQL) so positions are committed in order and a reader's cursor never skips one.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from peerdesk.errors import KnownError, UsageError
from peerdesk.sync.wire import SCOPES, Envelope

SCHEMA_VERSION = 1
PUSH_LOCK_KEY = 0x5045455244455348  # "PEERDESH": the advisory lock serializing pushes
LAST_SEEN_RESOLUTION = timedelta(seconds=60)

metadata = MetaData()

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
)

# Several hub processes may each print a setup token before the hub is set up; any one
# of them sets it up once, and then all are gone.
setup_tokens = Table(
    "setup_tokens",
    metadata,
    Column("token_hash", LargeBinary(32), primary_key=True),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("scopes", String(64), nullable=False),  # comma-separated
    Column("admin", Boolean, nullable=False),
    Column("public_key", LargeBinary(32), nullable=False),
    Column("token_hash", LargeBinary(32), nullable=True),
    Column("register_hash", LargeBinary(32), nullable=True),
    Column("registered", Boolean, nullable=False),
    Column("revoked", Boolean, nullable=False),
    Column("last_seen", String(40), nullable=True),  # ISO 8601, UTC
    Column("acked_seq", BigInteger, nullable=False),
)

envelopes = Table(
    "envelopes",
    metadata,
    # AUTOINCREMENT on SQLite: a position is never reused, even after the newest row is
    # deleted, so a reader's cursor stays valid.
    Column(
        "position",
        BigInteger().with_variant(Integer, "sqlite"),
        primary_key=True,
        autoincrement=True,
    ),
    Column("device_id", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", String(120), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("erase", Boolean, nullable=False),
    Column("nonce", LargeBinary, nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("leaf_index", BigInteger, nullable=False),
    Column("leaf_count", BigInteger, nullable=False),
    Column("proof", LargeBinary, nullable=False),  # the path's 32-byte hashes, joined
    Index("ix_envelopes_device_record_scope", "device_id", "record_id", "scope", unique=True),
    Index("ix_envelopes_record", "record_id"),
    sqlite_autoincrement=True,
)

erased_records = Table(
    "erased_records",
    metadata,
    Column("record_id", String(64), primary_key=True),
)

_PULL_COLUMNS = (
    envelopes.c.position,
    envelopes.c.record_id,
    envelopes.c.scope,
    envelopes.c.key_id,
    envelopes.c.device_id,
    envelopes.c.seq,
    envelopes.c.hlc,
    envelopes.c.deleted,
    envelopes.c.erase,
    envelopes.c.nonce,
    envelopes.c.ciphertext,
    envelopes.c.signature,
    envelopes.c.leaf_index,
    envelopes.c.leaf_count,
    envelopes.c.proof,
)
_INSERT_COLUMNS = (
    "device_id",
    "record_id",
    "scope",
    "key_id",
    "seq",
    "hlc",
    "deleted",
    "erase",
    "nonce",
    "ciphertext",
    "signature",
    "leaf_index",
    "leaf_count",
    "proof",
)
_IN_CHUNK = 500  # keeps every IN (...) list well under SQLite's variable limit


class HubNotReachable(KnownError):
    """The database can't be opened or reached."""


class HubAlreadySetUp(KnownError):
    pass


class Conflict(Exception):
    """The request clashes with what the hub holds (409)."""


class Forbidden(Exception):
    """The caller may not do this (403)."""


class NotFound(Exception):
    """There is no such thing (404)."""


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    name: str
    scopes: tuple[str, ...]
    admin: bool
    public_key: bytes
    registered: bool
    revoked: bool
    last_seen: str | None
    acked_seq: int


@dataclass(frozen=True, slots=True)
class PushResult:
    acked_seq: int
    accepted: int
    dropped: int


@dataclass(frozen=True, slots=True)
class PullPage:
    rows: list[tuple[Any, ...]]  # in the order of _PULL_COLUMNS
    next: int
    more: bool


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def engine_url(db: str) -> str:
    """The SQLAlchemy URL for what the user typed: a URL or a SQLite file path."""
    if "://" not in db:
        return "sqlite:///" + str(Path(db).expanduser().resolve())
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix) :]
    return db


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _scopes_text(scopes: Sequence[str]) -> str:
    return ",".join(s for s in SCOPES if s in scopes)


def _device(row: Any) -> Device:
    return Device(
        device_id=row.device_id,
        name=row.name,
        scopes=tuple(s for s in row.scopes.split(",") if s),
        admin=bool(row.admin),
        public_key=bytes(row.public_key),
        registered=bool(row.registered),
        revoked=bool(row.revoked),
        last_seen=row.last_seen,
        acked_seq=int(row.acked_seq),
    )


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


class HubStore:
    """Every query the hub makes. Thread-safe: each call takes its own connection."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_postgres = engine.dialect.name == "postgresql"

    @classmethod
    def open(cls, db: str) -> HubStore:
        """Connect, create the tables if missing, and check the schema version."""
        url = engine_url(db)
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise UsageError(f"{db!r} is not a database URL or file path.") from None
        if parsed.get_backend_name() == "sqlite":
            if parsed.database in (None, "", ":memory:"):
                raise UsageError("The hub needs a SQLite file, not an in-memory database.")
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30})
            _configure_sqlite(engine)
        elif parsed.get_backend_name() == "postgresql":
            if parsed.get_driver_name() != "psycopg":
                parsed = parsed.set(drivername="postgresql+psycopg")
            engine = create_engine(parsed, pool_size=8, max_overflow=8, pool_pre_ping=True)
        else:
            raise UsageError("The hub stores its data in SQLite or PostgreSQL only.")
        store = cls(engine)
        try:
            store._create_schema()
        except OperationalError as error:
            engine.dispose()
            reason = str(error.orig).strip().splitlines()[0] if error.orig else "unknown"
            raise HubNotReachable(f"The hub's database can't be opened ({reason}).") from None
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A transaction that holds the hub's write lock until it commits."""
        with self.engine.connect() as conn:
            conn.execution_options(hub_write=True)
            with conn.begin():
                if self.is_postgres:
                    conn.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK_KEY)))
                yield conn

    def _create_schema(self) -> None:
        with self._writing() as conn:
            metadata.create_all(conn)
            version = conn.execute(
                select(hub_meta.c.value).where(hub_meta.c.key == "schema_version")
            ).scalar()
            if version is None:
                conn.execute(insert(hub_meta).values(key="schema_version", value="1"))
            elif int(version) > SCHEMA_VERSION:
                raise KnownError(
                    f"The hub's database was written by a newer hub (schema {version}); "
                    "upgrade this hub first."
                )

    # Setting up

    def is_set_up(self) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(hub_meta.c.value).where(hub_meta.c.key == "organisation_id")
                ).scalar()
                is not None
            )

    def new_setup_token(self) -> str:
        """A fresh setup token (only its hash is stored); HubAlreadySetUp once set up."""
        token = new_secret()
        with self._writing() as conn:
            if _organisation(conn) is not None:
                raise HubAlreadySetUp("This hub is already set up; no setup token is needed.")
            conn.execute(insert(setup_tokens).values(token_hash=sha256(token.encode())))
        return token

    def set_up(
        self,
        setup_token: str,
        organisation_id: str,
        device_id: str,
        name: str,
        public_key: bytes,
        scopes: Sequence[str],
    ) -> str:
        """Set the hub up with its first (admin) device; returns that device's token."""
        secret = new_secret()
        with self._writing() as conn:
            if _organisation(conn) is not None:
                raise Conflict("already set up")
            wanted = sha256(setup_token.encode("utf-8", "surrogatepass"))
            known = conn.execute(select(setup_tokens.c.token_hash)).scalars().all()
            if not any(hmac.compare_digest(wanted, bytes(h)) for h in known):
                raise Forbidden("wrong setup token")
            conn.execute(delete(setup_tokens))
            conn.execute(insert(hub_meta).values(key="organisation_id", value=organisation_id))
            conn.execute(
                insert(devices).values(
                    device_id=device_id,
                    name=name,
                    scopes=_scopes_text(scopes),
                    admin=True,
                    public_key=public_key,
                    token_hash=sha256(secret.encode()),
                    register_hash=None,
                    registered=True,
                    revoked=False,
                    last_seen=_now(),
                    acked_seq=0,
                )
            )
        return f"{device_id}.{secret}"

    # Devices

    def authenticate(self, device_id: str, secret: str) -> Device | None:
        """The device if the secret is its token's, else None (compared in constant time)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        wanted = sha256(secret.encode("utf-8", "surrogatepass"))
        stored = bytes(row.token_hash) if row is not None and row.token_hash else bytes(32)
        good = hmac.compare_digest(wanted, stored)
        if row is None or row.token_hash is None or not good:
            return None
        device = _device(row)
        if not device.revoked and _stale(device.last_seen):
            with self.engine.connect() as conn, conn.begin():
                conn.execute(
                    update(devices).where(devices.c.device_id == device_id).values(last_seen=_now())
                )
        return device

    def enrol(
        self,
        device_id: str,
        name: str,
        scopes: Sequence[str],
        admin: bool,
        public_key: bytes,
        register_hash: bytes,
    ) -> None:
        with self._writing() as conn:
            exists = conn.execute(
                select(devices.c.device_id).where(devices.c.device_id == device_id)
            ).first()
            if exists is not None:
                raise Conflict("device exists")
            conn.execute(
                insert(devices).values(
                    device_id=device_id,
                    name=name,
                    scopes=_scopes_text(scopes),
                    admin=admin,
                    public_key=public_key,
                    token_hash=None,
                    register_hash=register_hash,
                    registered=False,
                    revoked=False,
                    last_seen=None,
                    acked_seq=0,
                )
            )

    def register(self, device_id: str, register_secret: str) -> str:
        """The device's token, once, for the secret whose hash was enrolled."""
        secret = new_secret()
        with self._writing() as conn:
            row = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
            wanted = sha256(register_secret.encode("utf-8", "surrogatepass"))
            stored = bytes(row.register_hash) if row is not None and row.register_hash else b""
            good = hmac.compare_digest(wanted, stored or bytes(32)) and bool(stored)
            if row is None or not good or row.registered or row.revoked:
                raise Forbidden("unknown or used enrolment")
            conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id)
                .values(
                    token_hash=sha256(secret.encode()),
                    register_hash=None,
                    registered=True,
                    last_seen=_now(),
                )
            )
        return f"{device_id}.{secret}"

    def devices(self) -> list[Device]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(devices).order_by(devices.c.device_id)).all()
        return [_device(r) for r in rows]

    def revoke(self, device_id: str) -> None:
        with self._writing() as conn:
            done = conn.execute(
                update(devices).where(devices.c.device_id == device_id).values(revoked=True)
            )
            if done.rowcount == 0:
                raise NotFound("unknown device")

    def public_keys(self) -> list[tuple[str, bytes]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(devices.c.device_id, devices.c.public_key).order_by(devices.c.device_id)
            ).all()
        return [(r.device_id, bytes(r.public_key)) for r in rows]

    # Envelopes

    def push(self, device_id: str, batch: Sequence[Envelope]) -> PushResult:
        """Store a checked batch from `device_id` under the protocol's rules, atomically."""
        newest: dict[tuple[str, str], Envelope] = {}
        for envelope in batch:
            key = (envelope.header.record_id, envelope.header.scope)
            kept = newest.get(key)
            if kept is None or envelope.header.seq > kept.header.seq:
                newest[key] = envelope
        record_ids = sorted({k[0] for k in newest})
        erasing = {k[0] for k, e in newest.items() if e.header.erase}
        top_seq = max((e.header.seq for e in batch), default=0)

        with self._writing() as conn:
            erased: set[str] = set()
            existing: dict[tuple[str, str], tuple[int, int]] = {}
            for chunk in _chunks(record_ids):
                erased.update(
                    conn.execute(
                        select(erased_records.c.record_id).where(
                            erased_records.c.record_id.in_(chunk)
                        )
                    ).scalars()
                )
                for row in conn.execute(
                    select(
                        envelopes.c.record_id,
                        envelopes.c.scope,
                        envelopes.c.position,
                        envelopes.c.seq,
                    ).where(envelopes.c.device_id == device_id, envelopes.c.record_id.in_(chunk))
                ):
                    existing[(row[0], row[1])] = (row[2], row[3])
            gone = erased | erasing
            replaced: list[int] = []
            rows: list[tuple[Any, ...]] = []
            for key, envelope in newest.items():
                h = envelope.header
                if not h.erase and h.record_id in gone:
                    continue
                old = existing.get(key)
                if old is not None:
                    if old[1] >= h.seq:
                        continue
                    replaced.append(old[0])
                rows.append(
                    (
                        h.device_id,
                        h.record_id,
                        h.scope,
                        h.key_id,
                        h.seq,
                        h.hlc,
                        h.deleted,
                        h.erase,
                        envelope.nonce,
                        envelope.ciphertext,
                        envelope.signature,
                        envelope.leaf_index,
                        envelope.leaf_count,
                        b"".join(envelope.proof),
                    )
                )
            for chunk in _chunks(replaced):
                conn.execute(delete(envelopes).where(envelopes.c.position.in_(chunk)))
            new_erased = sorted(erasing - erased)
            for chunk in _chunks(sorted(erasing)):
                conn.execute(
                    delete(envelopes).where(
                        envelopes.c.record_id.in_(chunk), envelopes.c.erase.is_(False)
                    )
                )
            if new_erased:
                conn.execute(insert(erased_records), [{"record_id": r} for r in new_erased])
            if rows:
                self._insert_envelopes(conn, rows)
            conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id)
                .values(
                    acked_seq=func.max(devices.c.acked_seq, top_seq)
                    if not self.is_postgres
                    else func.greatest(devices.c.acked_seq, top_seq),
                    last_seen=_now(),
                )
            )
            acked = conn.execute(
                select(devices.c.acked_seq).where(devices.c.device_id == device_id)
            ).scalar_one()
        return PushResult(acked_seq=int(acked), accepted=len(rows), dropped=len(batch) - len(rows))

    def _insert_envelopes(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        """Bulk insert straight through the driver: COPY on PostgreSQL, executemany on
        SQLite. (SQLAlchemy's per-row parameter handling cost more than the insert.)"""
        columns = ", ".join(_INSERT_COLUMNS)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            if self.is_postgres:
                with cursor.copy(f"COPY envelopes ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in _INSERT_COLUMNS)
                cursor.executemany(f"INSERT INTO envelopes ({columns}) VALUES ({marks})", rows)
        finally:
            cursor.close()

    def pull(self, device: Device, after: int, limit: int) -> PullPage:
        """Envelopes of the device's scopes from other devices, after `after`, in order.

        One indexed range scan in position order. Rows of other scopes or from the device
        itself are skipped, so when nothing more is left `next` jumps to the newest
        position at that moment (pushes commit in position order, so nothing can appear
        behind it later) and an idle device's poll doesn't rescan what it can't receive."""
        if not device.scopes:
            return PullPage([], after, False)
        query = (
            select(*_PULL_COLUMNS)
            .where(
                envelopes.c.position > after,
                envelopes.c.scope.in_(device.scopes),
                envelopes.c.device_id != device.device_id,
            )
            .order_by(envelopes.c.position)
            .limit(limit + 1)
        )
        with self._reading() as conn:
            rows: list[tuple[Any, ...]] = [tuple(row) for row in conn.execute(query)]
            top = conn.execute(select(func.max(envelopes.c.position))).scalar() or 0
        more = len(rows) > limit
        rows = rows[:limit]
        if more:
            return PullPage(rows, rows[-1][0], True)
        return PullPage(rows, max(after, int(top)), False)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A read transaction whose statements all see one snapshot."""
        with self.engine.connect() as conn:
            if self.is_postgres:
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def status(self, device: Device) -> tuple[int, int]:
        """(acked_seq, head): head is the newest position on the hub; a device whose
        cursor (the `next` of its last pull) has reached it has everything."""
        with self._reading() as conn:
            acked = conn.execute(
                select(devices.c.acked_seq).where(devices.c.device_id == device.device_id)
            ).scalar_one()
            head = conn.execute(select(func.max(envelopes.c.position))).scalar() or 0
        return int(acked), int(head)


def _organisation(conn: Connection) -> str | None:
    return conn.execute(
        select(hub_meta.c.value).where(hub_meta.c.key == "organisation_id")
    ).scalar()


def _stale(last_seen: str | None) -> bool:
    if last_seen is None:
        return True
    try:
        seen = datetime.fromisoformat(last_seen)
    except ValueError:
        return True
    return datetime.now(UTC) - seen > LAST_SEEN_RESOLUTION


def _configure_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout, and explicit BEGIN (IMMEDIATE for writes) instead of pysqlite's
    own transaction handling, so a push holds the write lock from its first statement."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("hub_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
