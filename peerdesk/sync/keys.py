"""This device's sync identity and the organisation's scope keys, kept in the vault's
`sync_state` table (encrypted with everything else, never synced)."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import SyncState
from peerdesk.sync.wire import SCOPES


@dataclass(frozen=True)
class ScopeKey:
    key_id: str
    key: bytes

    def aead(self) -> AESGCM:
        return AESGCM(self.key)


def new_scope_keys() -> dict[str, ScopeKey]:
    return {scope: ScopeKey(f"{scope}-{uuid.uuid4().hex[:12]}", os.urandom(32)) for scope in SCOPES}


def derive(key: bytes, purpose: str) -> bytes:
    return HKDF(SHA256(), 32, salt=None, info=f"peerdesk {purpose} v1".encode()).derive(key)


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


@dataclass
class SyncIdentity:
    """Everything this device needs to take part in the organisation's sync."""

    organisation_id: str
    device_id: str
    device_name: str
    signing_key: Ed25519PrivateKey
    scope_keys: dict[str, ScopeKey]
    admin: bool = False
    hub_url: str = ""
    device_token: str = ""
    register_secret: str = ""  # kept until the hub has registered this device
    # who vouches for this device's signing key: a chain of endorsements up to the
    # computer that set the program up (empty on that computer), as JSON
    endorsements: str = "[]"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def scopes(self) -> list[str]:
        return [s for s in SCOPES if s in self.scope_keys]

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    def to_rows(self) -> dict[str, str]:
        return {
            "organisation_id": self.organisation_id,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "signing_key": private_key_bytes(self.signing_key).hex(),
            "scope_keys": json.dumps(
                {s: {"id": k.key_id, "key": k.key.hex()} for s, k in self.scope_keys.items()}
            ),
            "admin": "1" if self.admin else "",
            "hub_url": self.hub_url,
            "device_token": self.device_token,
            "register_secret": self.register_secret,
            "endorsements": self.endorsements,
        }


def load_identity(session: Session) -> SyncIdentity | None:
    rows = {r.key: r.value for r in session.scalars(select(SyncState))}
    if "organisation_id" not in rows:
        return None
    keys = json.loads(rows["scope_keys"])
    return SyncIdentity(
        organisation_id=rows["organisation_id"],
        device_id=rows["device_id"],
        device_name=rows["device_name"],
        signing_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(rows["signing_key"])),
        scope_keys={s: ScopeKey(k["id"], bytes.fromhex(k["key"])) for s, k in keys.items()},
        admin=bool(rows.get("admin")),
        hub_url=rows.get("hub_url", ""),
        device_token=rows.get("device_token", ""),
        register_secret=rows.get("register_secret", ""),
        endorsements=rows.get("endorsements", "[]"),
    )


def save_identity(session: Session, identity: SyncIdentity) -> None:
    for key, value in identity.to_rows().items():
        session.merge(SyncState(key=key, value=value))


def get_value(session: Session, key: str, default: str = "") -> str:
    row = session.get(SyncState, key)
    return row.value if row is not None else default


def set_value(session: Session, key: str, value: str) -> None:
    session.merge(SyncState(key=key, value=value))


_ENDORSE = b"peerdesk-device-key-v1\x00"


def endorse(
    signer: Ed25519PrivateKey, signer_id: str, device_id: str, public: bytes
) -> dict[str, str]:
    """A coordinator's computer vouching for a new device's signing key."""
    message = _ENDORSE + device_id.encode() + b"\x00" + public
    return {
        "device_id": device_id,
        "public_key": public.hex(),
        "by": signer_id,
        "signature": signer.sign(message).hex(),
    }


def trace_endorsements(
    chain: list[dict[str, str]], device_id: str, public: bytes, pinned: dict[str, bytes]
) -> dict[str, bytes] | None:
    """Follow `chain` from (device_id, public) to a key already pinned here. Returns every
    device key the chain proves (to pin), or None when it doesn't reach a pinned key."""
    from cryptography.exceptions import InvalidSignature

    proven: dict[str, bytes] = {}
    want_id, want_key = device_id, public
    for entry in chain[:8]:
        try:
            entry_key = bytes.fromhex(entry["public_key"])
            signature = bytes.fromhex(entry["signature"])
            by = str(entry["by"])
        except (KeyError, ValueError, TypeError):
            return None
        if entry.get("device_id") != want_id or entry_key != want_key:
            return None
        proven[want_id] = want_key
        signer_key = pinned.get(by)
        next_entry = next((e for e in chain if e.get("device_id") == by), None)
        if signer_key is None and next_entry is not None:
            try:
                signer_key = bytes.fromhex(next_entry["public_key"])
            except (KeyError, ValueError, TypeError):
                return None
        if signer_key is None:
            return None
        try:
            Ed25519PublicKey.from_public_bytes(signer_key).verify(
                signature, _ENDORSE + want_id.encode() + b"\x00" + want_key
            )
        except (InvalidSignature, ValueError):
            return None
        if by in pinned:
            return proven if pinned[by] == signer_key else None
        want_id, want_key = by, signer_key
    return None
