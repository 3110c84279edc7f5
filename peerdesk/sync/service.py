"""Sync for one unlocked vault: joining a hub, enrolling devices, push and pull, USB
bundles and the "needs review" list (DESIGN.md sections 5 and 6)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import secrets
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Base,
    BundleImport,
    DeviceKey,
    Participant,
    ReviewItem,
    Role,
    SyncState,
    User,
    table_of,
)
from peerdesk.errors import InvalidInput, KnownError
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.access import Access
from peerdesk.services.erasure import erased_record_ids
from peerdesk.sync import keys as k
from peerdesk.sync.client import HubClient, HubProblem, HubRefused
from peerdesk.sync.envelopes import BATCH, open_envelopes, seal
from peerdesk.sync.merge import (
    RecordState,
    all_states,
    apply_states,
    changed_states,
    iter_changed_states,
)
from peerdesk.sync.records import TABLES, scopes_for_roles
from peerdesk.sync.wire import (
    Envelope,
    SignatureChecker,
    WireError,
    b64d,
    b64e,
    load_public_key,
    public_key_bytes,
)
from peerdesk.vault.atomic import atomic_write_bytes
from peerdesk.vault.vault import UnlockedVault

Progress = Callable[[str, int, int], None]
PUSH_BYTES = 4 * 1024 * 1024
PULL_PAGE = 2000  # at most MAX_PULL_PAGE

ENROLMENT_FORMAT = "peerdesk-enrolment"
BUNDLE_MAGIC = b"PEERDESK-BUNDLE\n"
BUNDLE_VERSION = 1
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


class NotSetUp(KnownError):
    """This vault hasn't joined a hub or been enrolled yet."""


class BundleRefused(KnownError):
    """A USB bundle that can't be imported (damaged, changed, replayed, or not ours).
    Nothing was changed."""

    exit_code = 4


def _no_progress(_what: str, _done: int, _total: int) -> None:
    pass


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    reviews: int
    in_step: bool


@dataclass(frozen=True)
class SyncOverview:
    set_up: bool
    hub_url: str
    device_name: str
    scopes: list[str]
    last_sync: datetime | None
    waiting: int
    needs_review: int


@dataclass(frozen=True)
class ReviewRow:
    id: str
    kind: str  # "field" or "deleted"
    record_table: str
    record_id: str
    about: str
    field: str
    kept_value: Any
    kept_by: str
    kept_at: datetime | None
    other_value: Any
    other_by: str
    other_at: datetime | None


# What each kind of record is called in "needs review" (translate("SyncService", …)).
_RECORD_WORDS = {
    "participants": QT_TRANSLATE_NOOP("SyncService", "Participant"),
    "contact_methods": QT_TRANSLATE_NOOP("SyncService", "Phone, email or address"),
    "status_changes": QT_TRANSLATE_NOOP("SyncService", "Status change"),
    "sharing_consents": QT_TRANSLATE_NOOP("SyncService", "Consent to share"),
    "key_contacts": QT_TRANSLATE_NOOP("SyncService", "Safety plan contact"),
    "contacts": QT_TRANSLATE_NOOP("SyncService", "Contact"),
    "appointments": QT_TRANSLATE_NOOP("SyncService", "Appointment"),
    "referrals": QT_TRANSLATE_NOOP("SyncService", "Referral"),
    "goals": QT_TRANSLATE_NOOP("SyncService", "Goal"),
    "milestones": QT_TRANSLATE_NOOP("SyncService", "Goal step"),
    "goal_notes": QT_TRANSLATE_NOOP("SyncService", "Goal note"),
    "measures": QT_TRANSLATE_NOOP("SyncService", "Measure"),
    "groups": QT_TRANSLATE_NOOP("SyncService", "Group"),
    "group_facilitators": QT_TRANSLATE_NOOP("SyncService", "Group facilitator"),
    "enrolments": QT_TRANSLATE_NOOP("SyncService", "Group roster"),
    "group_sessions": QT_TRANSLATE_NOOP("SyncService", "Group session"),
    "attendance": QT_TRANSLATE_NOOP("SyncService", "Attendance mark"),
    "users": QT_TRANSLATE_NOOP("SyncService", "Staff member"),
    "required_trainings": QT_TRANSLATE_NOOP("SyncService", "Required training"),
    "hour_rules": QT_TRANSLATE_NOOP("SyncService", "Training hours rule"),
    "supervision_targets": QT_TRANSLATE_NOOP("SyncService", "Supervision target"),
    "training_records": QT_TRANSLATE_NOOP("SyncService", "Training record"),
    "certificates": QT_TRANSLATE_NOOP("SyncService", "Certificate"),
    "supervision_sessions": QT_TRANSLATE_NOOP("SyncService", "Supervision session"),
}


def _stamp_time(stamp: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(stamp.split("-", 1)[0]) / 1000, UTC)
    except (ValueError, IndexError):
        return None


def _new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def _normal_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def _code_key(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(_normal_code(code).encode())


def _register_secret(code: str, device_id: str) -> str:
    digest = hashlib.sha256(f"peerdesk register v1/{device_id}/{_normal_code(code)}".encode())
    return b64e(digest.digest())


def _user_columns() -> list[tuple[str, str]]:
    """Every (table, column) that refers to a user id."""
    found = [("audit_log", "user_id"), ("drafts", "user_id")]
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "users" and (table.name, fk.parent.name) not in found:
                found.append((table.name, fk.parent.name))
    return found


class SyncService:
    def __init__(
        self,
        vault: UnlockedVault,
        client_factory: Callable[[str, str], HubClient] = HubClient,
    ) -> None:
        self.vault = vault
        self._client_factory = client_factory

    # --- state -------------------------------------------------------------------------

    def identity(self) -> k.SyncIdentity | None:
        with self.vault.session() as s:
            return k.load_identity(s)

    def _require_identity(self) -> k.SyncIdentity:
        identity = self.identity()
        if identity is None:
            raise NotSetUp(
                translate(
                    "SyncService",
                    "This computer isn't set up to sync yet. A coordinator joins the program "
                    "to a hub ('peerdesk sync setup'), or enrols this computer "
                    "('peerdesk enroll FILE').",
                )
            )
        return identity

    def _client(self, identity: k.SyncIdentity) -> HubClient:
        if not identity.hub_url:
            raise NotSetUp(
                translate(
                    "SyncService",
                    "This computer has no sync hub. Use USB bundles, or ask your coordinator.",
                )
            )
        return self._client_factory(identity.hub_url, identity.device_token)

    @contextlib.contextmanager
    def _applying(self) -> Iterator[Connection]:
        """A write transaction with foreign keys off: a child record may arrive one page
        before its parent (the hub orders by the newest version of each record)."""
        with self.vault.engine.execution_options(immediate=True).connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]

    def overview(self) -> SyncOverview:
        identity = self.identity()
        with self.vault.session() as s:
            last = k.get_value(s, "last_sync")
        return SyncOverview(
            set_up=identity is not None,
            hub_url=identity.hub_url if identity else "",
            device_name=identity.device_name if identity else "",
            scopes=identity.scopes if identity else [],
            last_sync=datetime.fromisoformat(last) if last else None,
            waiting=self.waiting() if identity else 0,
            needs_review=len(self.reviews()),
        )

    def waiting(self) -> int:
        """How many records have changes made here that no hub has yet."""
        identity = self._require_identity()
        with self.vault.session() as s:
            since = k.get_value(s, "pushed_until")
        with self.vault.engine.connect() as conn:
            states = changed_states(
                conn, since, self.vault.clock.now(), self.vault.clock.device_id, identity.scopes
            )
        return len(states)

    # --- joining a hub and enrolling devices -------------------------------------------

    def setup_hub(self, hub_url: str, setup_token: str, device_name: str = "") -> None:
        """Coordinator: make the organisation's keys and register this computer with a hub
        that has just been started (it printed the one-time setup token)."""
        Access(self.vault).require_coordinator(
            translate("SyncService", "join the program to a sync hub", "Only a coordinator can …")
        )
        identity = self.identity()
        name = (
            device_name
            or f"{self.vault.user.name if self.vault.user else 'coordinator'}'s computer"
        )
        if identity is None:
            identity = k.SyncIdentity(
                organisation_id=str(uuid.uuid4()),
                device_id=str(uuid.uuid4()),
                device_name=name,
                signing_key=Ed25519PrivateKey.generate(),
                scope_keys=k.new_scope_keys(),
                admin=True,
            )
        elif not identity.admin:
            raise InvalidInput(
                translate(
                    "SyncService", "This computer was enrolled as a device; it can't set up a hub."
                )
            )
        device = {
            "device_id": identity.device_id,
            "name": identity.device_name,
            "public_key": b64e(public_key_bytes(identity.public_key)),
            "scopes": identity.scopes,
        }
        with self._client_factory(hub_url, "") as client:
            try:
                token = client.setup(setup_token.strip(), identity.organisation_id, device)
            except (HubRefused, HubProblem):
                raise InvalidInput(
                    translate(
                        "SyncService",
                        "The hub didn't accept that setup token. A token works once, on a hub "
                        "that isn't set up yet; whoever runs the hub can print a new one with "
                        "'peerdesk-hub setup-token'.",
                    )
                ) from None
        identity.hub_url = hub_url.rstrip("/")
        identity.device_token = token
        with self.vault.writing() as s:
            k.save_identity(s, identity)
            s.merge(
                DeviceKey(
                    device_id=identity.device_id, public_key=public_key_bytes(identity.public_key)
                )
            )
            self.vault.audit("sync_setup", detail="joined a hub", session=s)

    def ensure_organisation(self) -> k.SyncIdentity:
        """Coordinator without a hub (USB bundles only): make the organisation's keys."""
        identity = self.identity()
        if identity is not None:
            return identity
        Access(self.vault).require_coordinator(
            translate("SyncService", "set up syncing", "Only a coordinator can …")
        )
        identity = k.SyncIdentity(
            organisation_id=str(uuid.uuid4()),
            device_id=str(uuid.uuid4()),
            device_name=f"{self.vault.user.name if self.vault.user else 'coordinator'}'s computer",
            signing_key=Ed25519PrivateKey.generate(),
            scope_keys=k.new_scope_keys(),
            admin=True,
        )
        with self.vault.writing() as s:
            k.save_identity(s, identity)
            s.merge(
                DeviceKey(
                    device_id=identity.device_id, public_key=public_key_bytes(identity.public_key)
                )
            )
        return identity

    def add_device(self, name: str, role: Role, out: Path) -> str:
        """Coordinator: write an enrolment file for a new computer and return the one-time
        code to type on it. The file alone opens nothing."""
        Access(self.vault).require_coordinator(
            translate("SyncService", "add a device", "Only a coordinator can …")
        )
        name = name.strip()
        if not name or len(name) > 80:
            raise InvalidInput(
                translate("SyncService", "Give the device a name of up to 80 characters.")
            )
        identity = self.ensure_organisation()
        if not identity.admin:
            raise InvalidInput(
                translate(
                    "SyncService",
                    "Computers can only be added from the coordinator's computer that set up "
                    "syncing (or another one enrolled for a coordinator).",
                )
            )
        scopes = scopes_for_roles({role})
        device_id = str(uuid.uuid4())
        signing_key = Ed25519PrivateKey.generate()
        code = _new_code()
        salt = os.urandom(16)
        with self.vault.session() as s:
            directory = [
                {"id": u.id, "name": u.name, "role": u.role.value}
                for u in s.scalars(select(User).where(User.removed_at.is_(None)))
            ]
        secret = {
            "organisation_id": identity.organisation_id,
            "device_id": device_id,
            "device_name": name,
            "admin": role is Role.COORDINATOR,
            "signing_key": k.private_key_bytes(signing_key).hex(),
            "scope_keys": {
                s: {"id": identity.scope_keys[s].key_id, "key": identity.scope_keys[s].key.hex()}
                for s in scopes
            },
            "users": directory,
            "devices": {identity.device_id: b64e(public_key_bytes(identity.public_key))},
            # this computer vouches for the new one's key, so others can trust its bundles
            "endorsements": [
                k.endorse(
                    identity.signing_key,
                    identity.device_id,
                    device_id,
                    public_key_bytes(signing_key.public_key()),
                ),
                *json.loads(identity.endorsements),
            ],
        }
        nonce = os.urandom(12)
        header = {
            "format": ENROLMENT_FORMAT,
            "version": 1,
            "hub_url": identity.hub_url,
            "device_id": device_id,
            "device_name": name,
            "salt": b64e(salt),
        }
        aad = json.dumps(header, sort_keys=True).encode()
        sealed = AESGCM(_code_key(code, salt)).encrypt(nonce, json.dumps(secret).encode(), aad)
        document = {**header, "nonce": b64e(nonce), "ciphertext": b64e(sealed)}
        if identity.hub_url:
            with self._client(identity) as client:
                client.add_enrolment(
                    {
                        "device_id": device_id,
                        "name": name,
                        "scopes": scopes,
                        "admin": role is Role.COORDINATOR,
                        "public_key": b64e(public_key_bytes(signing_key.public_key())),
                        "register_hash": b64e(
                            hashlib.sha256(_register_secret(code, device_id).encode()).digest()
                        ),
                    }
                )
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(out, json.dumps(document, indent=1).encode())
        self.vault.audit("device_added", record_id=device_id, detail=f"role {role.value}")
        return code

    def enroll(self, path: Path, code: str) -> k.SyncIdentity:
        """On a new computer: join the organisation with an enrolment file and its code."""
        if self.identity() is not None:
            raise InvalidInput(translate("SyncService", "This computer is already enrolled."))
        try:
            document = json.loads(path.read_bytes())
            if document.get("format") != ENROLMENT_FORMAT:
                raise ValueError
            header = {
                key: document[key]
                for key in ("format", "version", "hub_url", "device_id", "device_name", "salt")
            }
            aad = json.dumps(header, sort_keys=True).encode()
            key = _code_key(code, b64d(document["salt"]))
        except (OSError, ValueError, KeyError, TypeError, WireError):
            raise InvalidInput(
                translate("SyncService", "{0} isn't a PeerDesk enrolment file.").format(path.name)
            ) from None
        try:
            plain = AESGCM(key).decrypt(b64d(document["nonce"]), b64d(document["ciphertext"]), aad)
        except (InvalidTag, WireError):
            raise InvalidInput(
                translate(
                    "SyncService",
                    "The code doesn't match this enrolment file. Check it and try again.",
                )
            ) from None
        secret = json.loads(plain)
        identity = k.SyncIdentity(
            organisation_id=secret["organisation_id"],
            device_id=secret["device_id"],
            device_name=secret["device_name"],
            signing_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret["signing_key"])),
            scope_keys={
                s: k.ScopeKey(v["id"], bytes.fromhex(v["key"]))
                for s, v in secret["scope_keys"].items()
            },
            admin=bool(secret["admin"]),
            hub_url=header["hub_url"],
            register_secret=_register_secret(code, secret["device_id"]),
            endorsements=json.dumps(secret.get("endorsements", [])),
        )
        with self._applying() as conn:
            self._adopt_users(conn, secret["users"])
        with self.vault.writing() as s:
            k.save_identity(s, identity)
            s.merge(
                DeviceKey(
                    device_id=identity.device_id, public_key=public_key_bytes(identity.public_key)
                )
            )
            for device_id, key_text in secret["devices"].items():
                s.merge(DeviceKey(device_id=device_id, public_key=b64d(key_text)))
            # everything made here before enrolling goes out with the first sync
            k.set_value(s, "pushed_until", "")
            self.vault.audit("device_enrolled", record_id=identity.device_id, session=s)
        if identity.hub_url:
            with contextlib.suppress(KnownError):  # offline now: registers at the first sync
                self._register(identity)
        return identity

    def _adopt_users(self, conn: Connection, directory: list[dict[str, str]]) -> None:
        """Users here who are in the organisation's directory by name become that person:
        a row with the directory's id takes over their records, so every device points at
        the same person. The old row stays, removed, for the append-only audit log."""
        wanted = {u["name"].casefold(): u for u in directory}
        users = table_of(User)
        epoch = "0000000000000-00000-" + self.vault.clock.device_id
        now = datetime.now(UTC)
        for row in list(conn.execute(select(users).where(users.c.removed_at.is_(None)))):
            entry = wanted.get(row.name.casefold())
            if entry is None or entry["id"] == row.id:
                continue
            target = entry["id"]
            conn.execute(
                update(users).where(users.c.id == row.id).values(removed_at=now, deleted=True)
            )
            if not conn.scalar(select(func.count()).select_from(users).where(users.c.id == target)):
                conn.execute(
                    users.insert(),
                    [
                        {
                            "id": target,
                            "name": entry["name"],
                            "role": Role(entry["role"]),
                            "created_at": row.created_at,
                            "removed_at": None,
                            "origin_device": self.vault.clock.device_id,
                            "deleted": False,
                            "created_hlc": epoch,
                            "updated_hlc": epoch,
                            # every field "not received yet": the directory's own copy wins
                            "field_clocks": dict.fromkeys(TABLES["users"].fields, ""),
                        }
                    ],
                )
            for table_name, column in _user_columns():
                if table_name in ("audit_log", "users"):
                    continue
                table = Base.metadata.tables[table_name]
                conn.execute(
                    update(table).where(table.c[column] == row.id).values({column: target})
                )
            if self.vault.user and self.vault.user.id == row.id:
                user = self.vault.user
                self.vault.user = type(user)(target, user.name, Role(entry["role"]))

    def _register(self, identity: k.SyncIdentity) -> None:
        with self._client_factory(identity.hub_url, "") as client:
            token = client.register(identity.device_id, identity.register_secret)
        identity.device_token = token
        identity.register_secret = ""
        with self.vault.writing() as s:
            k.save_identity(s, identity)

    def devices(self) -> list[dict[str, Any]]:
        Access(self.vault).require_coordinator(
            translate("SyncService", "see the program's devices", "Only a coordinator can …")
        )
        identity = self._require_identity()
        with self._client(identity) as client:
            return client.devices()

    def revoke(self, name: str) -> str:
        """Coordinator: the hub refuses the named device from now on."""
        Access(self.vault).require_coordinator(
            translate("SyncService", "remove a device", "Only a coordinator can …")
        )
        identity = self._require_identity()
        with self._client(identity) as client:
            matches = [
                d for d in client.devices() if d["name"].casefold() == name.strip().casefold()
            ]
            if not matches:
                raise InvalidInput(
                    translate("SyncService", "There's no device called '{0}'.").format(name.strip())
                )
            if len(matches) > 1:
                raise InvalidInput(
                    translate("SyncService", "Several devices are called '{0}'.").format(
                        name.strip()
                    )
                )
            client.revoke(matches[0]["device_id"])
        self.vault.audit("device_revoked", record_id=matches[0]["device_id"])
        return str(matches[0]["device_id"])

    # --- push and pull -----------------------------------------------------------------

    def _batches(self, states: Iterable[RecordState]) -> Iterator[list[RecordState]]:
        """Push batches: at most BATCH records and about PUSH_BYTES of content each."""
        batch: list[RecordState] = []
        size = 0
        for state in states:
            weight = sum(len(v) for v in state.values.values() if isinstance(v, str))
            if batch and (len(batch) >= BATCH or size + weight > PUSH_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(state)
            size += weight
        if batch:
            yield batch

    def _take_seqs(self, count: int) -> int:
        """Reserve `count` sequence numbers, saved before anything is sent: a crash
        mid-push must never reuse one for different content."""
        with self.vault.writing() as s:
            first = int(k.get_value(s, "seq", "0")) + 1
            k.set_value(s, "seq", str(first + count - 1))
        return first

    @staticmethod
    def _erased_ids(conn: Connection) -> set[str]:
        erased = set(conn.scalars(select(Participant.id).where(Participant.erased.is_(True))))
        if not erased:
            return set()
        records = erased_record_ids(conn, erased)
        reviews = set(
            conn.scalars(select(ReviewItem.id).where(ReviewItem.record_id.in_(list(records))))
        )
        return records | reviews

    def push(self, client: HubClient, progress: Progress = _no_progress) -> int:
        """Send what changed here since the last push. Records are read, sealed and sent
        batch by batch, the next batch sealed while the hub stores the one before."""
        identity = self._require_identity()
        until = self.vault.clock.now()
        with self.vault.session() as s:
            since = k.get_value(s, "pushed_until")
        sent = 0
        with (
            self.vault.engine.connect() as conn,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender,
        ):
            # only a coordinator's computer erases on the hub; others' copies are dropped
            erase = self._erased_ids(conn) if identity.admin else set()
            states = iter_changed_states(
                conn, since, until, self.vault.clock.device_id, identity.scopes
            )
            pending: Future[int] | None = None
            for batch in self._batches(states):
                envelopes = seal(
                    batch,
                    identity.scope_keys,
                    identity.device_id,
                    self._take_seqs(len(batch)),
                    identity.signing_key,
                    erase=lambda state: state.id in erase,
                )
                if pending is not None:
                    pending.result()
                    progress("Sending changes", sent, sent + len(envelopes))
                pending = sender.submit(client.push, envelopes)
                sent += len(envelopes)
            if pending is not None:
                pending.result()
                progress("Sending changes", sent, sent)
        with self.vault.writing() as s:
            k.set_value(s, "pushed_until", until)
        return sent

    def _checker(self, client: HubClient | None) -> SignatureChecker:
        """Checks signatures with the devices' keys pinned here; keys of devices this
        computer hasn't seen yet are fetched from the hub once and pinned (never
        replaced)."""
        with self.vault.session() as s:
            pinned = {d.device_id: d.public_key for d in s.scalars(select(DeviceKey))}
        if client is not None:
            fresh = {d: b64d(v) for d, v in client.keys().items() if d not in pinned}
            if fresh:
                with self.vault.writing() as s:
                    for new_id, new_key in fresh.items():
                        s.merge(DeviceKey(device_id=new_id, public_key=new_key))
                pinned.update(fresh)

        def key_for(device_id: str) -> Ed25519PublicKey | None:
            known = pinned.get(device_id)
            return load_public_key(known) if known is not None else None

        return SignatureChecker(key_for)

    def apply(
        self, states: list[RecordState], extra: Callable[[Connection], None] | None = None
    ) -> tuple[int, int]:
        with self._applying() as conn:
            result = apply_states(conn, states, self.vault.clock)
            if extra is not None:
                extra(conn)
        return result.changed, result.reviews

    def pull(self, client: HubClient, progress: Progress = _no_progress) -> tuple[int, int]:
        """Receive what others changed, page by page, each page checked in full and then
        applied in one transaction with the new cursor. The next page is fetched while
        this one is applied."""
        identity = self._require_identity()
        checker = self._checker(client)
        with self.vault.session() as s:
            cursor = int(k.get_value(s, "pull_cursor", "0"))
        received = reviews = 0

        def save_cursor(conn: Connection, value: int) -> None:
            conn.execute(table_of(SyncState).delete().where(SyncState.key == "pull_cursor"))
            conn.execute(
                table_of(SyncState).insert(), [{"key": "pull_cursor", "value": str(value)}]
            )

        def fetch(after: int) -> tuple[list[Envelope], int, bool, list[RecordState]]:
            """Fetch a page and check and open all of it (on the worker thread, while
            the page before is written here)."""
            envelopes, following, more = client.pull(after, PULL_PAGE)
            try:
                states = open_envelopes(envelopes, identity.scope_keys, checker)
            except WireError as problem:
                raise KnownError(
                    translate(
                        "SyncService",
                        "A change from the hub failed its safety check, so nothing from it was "
                        "applied ({0}). Tell your coordinator.",
                    ).format(problem)
                ) from None
            return envelopes, following, more, states

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            page = fetcher.submit(fetch, cursor)
            while True:
                envelopes, after, more, states = page.result()
                if more:
                    page = fetcher.submit(fetch, after)
                if envelopes:
                    _changed, made = self.apply(states, functools.partial(save_cursor, value=after))
                    received += len(envelopes)
                    reviews += made
                    progress("Receiving changes", received, received + (1 if more else 0))
                elif after != cursor:
                    with self._applying() as conn:
                        save_cursor(conn, after)
                cursor = after
                if not more:
                    break
        return received, reviews

    def sync_now(self, progress: Progress = _no_progress) -> SyncReport:
        """Push, then pull; HubUnreachable when offline (a normal state)."""
        identity = self._require_identity()
        if not identity.device_token and identity.register_secret:
            self._register(identity)
        with self._client(identity) as client:
            pushed = self.push(client, progress)
            pulled, reviews = self.pull(client, progress)
            status = client.status()
        with self.vault.writing() as s:
            k.set_value(s, "last_sync", datetime.now(UTC).isoformat())
            seq = int(k.get_value(s, "seq", "0"))
            self.vault.audit(
                "sync", detail=f"sent {pushed}, received {pulled}, to review {reviews}", session=s
            )
        return SyncReport(
            pushed, pulled, reviews, in_step=status["acked_seq"] >= seq or pushed == 0
        )

    # --- USB bundles ---------------------------------------------------------------------

    def export_bundle(self, path: Path, progress: Progress = _no_progress) -> int:
        """Every record this computer holds, in one encrypted, signed file (atomic)."""
        identity = self._require_identity()
        with self.vault.engine.connect() as conn:
            states = all_states(conn, identity.scopes)
            erase = self._erased_ids(conn)
        with self.vault.writing() as s:
            first = int(k.get_value(s, "seq", "0")) + 1
            k.set_value(s, "seq", str(first + len(states) - 1))
            sequence = int(k.get_value(s, "bundle_seq", "0")) + 1
            k.set_value(s, "bundle_seq", str(sequence))
        progress("Sealing records", 0, len(states))
        envelopes = seal(
            states,
            identity.scope_keys,
            identity.device_id,
            first,
            identity.signing_key,
            erase=lambda state: state.id in erase,
        )
        body = json.dumps(
            {
                "bundle_id": str(uuid.uuid4()),
                "organisation_id": identity.organisation_id,
                "device_id": identity.device_id,
                "device_name": identity.device_name,
                "sequence": sequence,
                "created": datetime.now(UTC).isoformat(),
                "public_key": b64e(public_key_bytes(identity.public_key)),
                "endorsements": json.loads(identity.endorsements),
                "envelopes": [e.to_json() for e in envelopes],
            },
            separators=(",", ":"),
        ).encode()
        nonce = os.urandom(12)
        prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
        sealed = AESGCM(self._bundle_key(identity)).encrypt(nonce, body, prefix)
        signed = prefix + nonce + sealed
        data = signed + identity.signing_key.sign(signed)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        self.vault.audit("bundle_exported", detail=f"{len(envelopes)} records")
        progress("Sealing records", len(states), len(states))
        return len(envelopes)

    @staticmethod
    def _bundle_key(identity: k.SyncIdentity) -> bytes:
        return k.derive(identity.scope_keys["roster"].key, "bundle")

    def import_bundle(self, path: Path, progress: Progress = _no_progress) -> tuple[int, int]:
        """Check the whole bundle, then apply all of it in one transaction or nothing.
        Returns (records changed, items to review)."""
        identity = self._require_identity()
        damaged = BundleRefused(
            translate(
                "SyncService",
                "{0} is damaged or was changed after it was made, so nothing was imported. "
                "Export a new bundle on the other computer.",
            ).format(path.name)
        )
        try:
            data = path.read_bytes()
        except OSError:
            raise InvalidInput(
                translate("SyncService", "Can't read {0}. Check the USB stick.").format(path)
            ) from None
        prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
        if not data.startswith(BUNDLE_MAGIC):
            raise BundleRefused(
                translate("SyncService", "{0} isn't a PeerDesk bundle.").format(path.name)
            )
        if len(data) < len(prefix) + 12 + 16 + 64 or not data.startswith(prefix):
            raise damaged
        signed, signature = data[:-64], data[-64:]
        nonce = signed[len(prefix) : len(prefix) + 12]
        try:
            body = AESGCM(self._bundle_key(identity)).decrypt(
                nonce, signed[len(prefix) + 12 :], prefix
            )
        except InvalidTag:
            raise BundleRefused(
                translate(
                    "SyncService",
                    "{0} is damaged, was changed, or belongs to another program, so nothing "
                    "was imported.",
                ).format(path.name)
            ) from None
        try:
            bundle = json.loads(body)
            author = bundle["device_id"]
            public = load_public_key(b64d(bundle["public_key"]))
            public.verify(signature, signed)
            envelopes = [Envelope.from_json(e) for e in bundle["envelopes"]]
            bundle_id, organisation, sequence = (
                bundle["bundle_id"],
                bundle["organisation_id"],
                bundle["sequence"],
            )
            if not (
                isinstance(author, str)
                and isinstance(bundle_id, str)
                and isinstance(organisation, str)
                and isinstance(sequence, int)
                and not isinstance(sequence, bool)
                and 0 < sequence < 2**62
            ):
                raise ValueError("bundle header")
        except (ValueError, KeyError, TypeError, WireError, InvalidSignature, AttributeError):
            raise damaged from None
        if organisation != identity.organisation_id:
            raise BundleRefused(
                translate("SyncService", "{0} belongs to another program.").format(path.name)
            )
        if any(e.header.device_id != author for e in envelopes):
            raise damaged
        with self.vault.session() as s:
            pinned = s.get(DeviceKey, author)
            if pinned is not None and pinned.public_key != public_key_bytes(public):
                raise damaged
            known = {d.device_id: d.public_key for d in s.scalars(select(DeviceKey))}
        to_pin: dict[str, bytes] = {}
        if pinned is None:
            chain = bundle.get("endorsements")
            proven = (
                k.trace_endorsements(chain, author, public_key_bytes(public), known)
                if isinstance(chain, list)
                else None
            )
            if proven is None:
                raise BundleRefused(
                    translate(
                        "SyncService",
                        "{0} comes from a computer this program's coordinator didn't enrol, "
                        "so nothing was imported.",
                    ).format(path.name)
                )
            to_pin = {d: key for d, key in proven.items() if d not in known}
        with self.vault.session() as s:
            if s.get(BundleImport, bundle_id) is not None:
                raise BundleRefused(
                    translate("SyncService", "{0} was already imported; nothing changed.").format(
                        path.name
                    )
                )
            newest = s.scalar(
                select(func.max(BundleImport.sequence)).where(BundleImport.device_id == author)
            )
        if newest is not None and sequence <= newest:
            raise BundleRefused(
                translate(
                    "SyncService",
                    "{0} is older than a bundle from the same computer that was already "
                    "imported, so it was refused. Use the newest bundle.",
                ).format(path.name)
            )
        checker = SignatureChecker(lambda d: public if d == author else None)
        try:
            states = open_envelopes(envelopes, identity.scope_keys, checker)
        except WireError:
            raise damaged from None
        progress("Importing records", 0, len(states))

        def record(conn: Connection) -> None:
            if to_pin:
                conn.execute(
                    table_of(DeviceKey).insert(),
                    [{"device_id": d, "public_key": key} for d, key in to_pin.items()],
                )
            conn.execute(
                table_of(BundleImport).insert(),
                [
                    {
                        "bundle_id": bundle_id,
                        "device_id": author,
                        "sequence": sequence,
                        "imported_at": datetime.now(UTC).isoformat(),
                    }
                ],
            )

        changed, reviews = self.apply(states, record)
        self.vault.audit("bundle_imported", detail=f"{len(states)} records, {changed} changed")
        progress("Importing records", len(states), len(states))
        return changed, reviews

    # --- needs review ----------------------------------------------------------------

    def reviews(self) -> list[ReviewRow]:
        """Unresolved items for the people involved (every item for a coordinator)."""
        user = self.vault.user
        with self.vault.session() as s:
            query = select(ReviewItem).where(
                ReviewItem.resolved.is_(False), ReviewItem.deleted.is_(False)
            )
            if user is not None and user.role is not Role.COORDINATOR:
                query = query.where(
                    (ReviewItem.kept_by == user.id) | (ReviewItem.other_by == user.id)
                )
            items = list(s.scalars(query.order_by(ReviewItem.created_hlc)))
            names = {u.id: u.name for u in s.scalars(select(User))}
            return [self._row(s, item, names) for item in items]

    def _row(self, s: Session, item: ReviewItem, names: dict[str, str]) -> ReviewRow:
        about = (
            translate("SyncService", _RECORD_WORDS[item.record_table])
            if item.record_table in _RECORD_WORDS
            else translate("SyncService", "A record")
        )
        table = TABLES.get(item.record_table)
        record = s.get(table.model, item.record_id) if table is not None else None
        person_id = (
            item.record_id
            if item.record_table == "participants"
            else getattr(record, "participant_id", None)
        )
        person = s.get(Participant, person_id) if person_id else None
        if person is not None and person.display_name:
            about = (
                f"{about} ({person.display_name})"
                if item.record_table != "participants"
                else translate("SyncService", "Participant {0}").format(person.display_name)
            )
        return ReviewRow(
            id=item.id,
            kind=item.kind,
            record_table=item.record_table,
            record_id=item.record_id,
            about=about,
            field=item.field,
            kept_value=item.kept_value,
            kept_by=names.get(item.kept_by or "") or translate("SyncService", "someone"),
            kept_at=_stamp_time(item.kept_clock),
            other_value=item.other_value,
            other_by=names.get(item.other_by or "") or translate("SyncService", "someone"),
            other_at=_stamp_time(item.other_clock),
        )

    def resolve(self, item_id: str, use_other: bool) -> None:
        """Keep what is shown, or use the other value (for a deleted record: restore it).
        The choice is an ordinary edit, so it syncs."""
        with self.vault.writing() as s:
            item = s.get(ReviewItem, item_id)
            if item is None or item.resolved:
                raise InvalidInput(translate("SyncService", "That item was already dealt with."))
            table = TABLES.get(item.record_table)
            if use_other and table is not None:
                record = s.get(table.model, item.record_id)
                if record is None:
                    raise InvalidInput(
                        translate("SyncService", "The record this was about no longer exists.")
                    )
                if item.kind == "deleted":
                    record.deleted = False  # type: ignore[attr-defined]
                else:
                    setattr(record, item.field, table.codecs[item.field].decode(item.other_value))
            item.resolved = True
            self.vault.audit("review_resolved", record_id=item.record_id, session=s)
