"""Key slots: the random data key, wrapped once per user (by Argon2id of the passphrase)
and once by the recovery key, in a small file kept in two copies.

The file holds no user names: a slot is found by an HMAC of the name under a random
per-vault salt. Every slot's header is bound into its AES-GCM associated data, so a
changed parameter makes unwrapping fail. An unkeyed SHA-256 over the whole file tells a
damaged file ("damaged") apart from a wrong passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.errors import DamagedVault
from peerdesk.i18n import translate
from peerdesk.vault import kdf
from peerdesk.vault.atomic import atomic_write_bytes

FORMAT = "peerdesk-keyslots"
VERSION = 1
PRIMARY_NAME = "keyslots.json"
COPY_NAME = "keyslots.copy.json"
DATA_KEY_BYTES = 32

KIND_PASSPHRASE = "passphrase"
KIND_RECOVERY = "recovery"


class SlotFileDamaged(Exception):
    """Internal: one copy of the slot file failed its checksum or could not be parsed."""


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    lookup: str | None
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "lookup": self.lookup,
            "kdf": self.kdf,
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            lookup=data["lookup"],
            kdf=dict(data["kdf"]),
            nonce=bytes.fromhex(data["nonce"]),
            wrapped=bytes.fromhex(data["wrapped"]),
        )

    def associated_data(self, vault_id: str) -> bytes:
        header = {
            "vault": vault_id,
            "id": self.id,
            "kind": self.kind,
            "lookup": self.lookup,
            "kdf": self.kdf,
        }
        return b"peerdesk-keyslot-v1:" + _canonical(header)


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    lookup_salt: bytes
    generation: int = 0
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    @classmethod
    def new(cls) -> SlotFile:
        return cls(vault_id=str(uuid.uuid4()), lookup_salt=os.urandom(32))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "lookup_salt": self.lookup_salt.hex(),
            "generation": self.generation,
            "slots": [slot.to_json() for slot in self.slots],
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            body = json.loads(data.decode("utf-8"))
            checksum = body.pop("checksum")
            if not hmac.compare_digest(hashlib.sha256(_canonical(body)).hexdigest(), checksum):
                raise SlotFileDamaged("checksum mismatch")
            if body["format"] != FORMAT:
                raise SlotFileDamaged("not a key slot file")
            if body["version"] != VERSION:
                raise SlotFileDamaged("unknown key slot file version")
            return cls(
                vault_id=str(body["vault_id"]),
                lookup_salt=bytes.fromhex(body["lookup_salt"]),
                generation=int(body["generation"]),
                slots=tuple(Slot.from_json(s) for s in body["slots"]),
            )
        except SlotFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise SlotFileDamaged(type(exc).__name__) from None

    # --- lookups -----------------------------------------------------------------------

    def lookup_for(self, user_name: str) -> str:
        normalized = user_name.strip().casefold().encode("utf-8")
        return hmac.new(self.lookup_salt, normalized, hashlib.sha256).hexdigest()

    def passphrase_slot(self, user_name: str) -> Slot | None:
        wanted = self.lookup_for(user_name)
        return next(
            (s for s in self.slots if s.kind == KIND_PASSPHRASE and s.lookup == wanted), None
        )

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == KIND_RECOVERY), None)

    # --- changes (each returns a new SlotFile) -----------------------------------------

    def with_slot(self, slot: Slot) -> SlotFile:
        """Add `slot`, replacing the slot for the same user (or the recovery slot)."""
        kept = tuple(s for s in self.slots if not (s.kind == slot.kind and s.lookup == slot.lookup))
        return replace(self, slots=(*kept, slot))

    def without_user(self, user_name: str) -> SlotFile:
        lookup = self.lookup_for(user_name)
        return replace(
            self,
            slots=tuple(
                s for s in self.slots if not (s.kind == KIND_PASSPHRASE and s.lookup == lookup)
            ),
        )


# --- wrapping -------------------------------------------------------------------------


def _seal(slot: Slot, vault_id: str, wrapping_key: bytes, data_key: bytes | bytearray) -> Slot:
    nonce = os.urandom(12)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, bytes(data_key), slot.associated_data(vault_id))
    return replace(slot, nonce=nonce, wrapped=wrapped)


def _open(slot: Slot, vault_id: str, wrapping_key: bytes) -> bytearray | None:
    try:
        key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.associated_data(vault_id))
    except InvalidTag:
        return None
    return bytearray(key)


def passphrase_slot(
    slot_file: SlotFile,
    user_name: str,
    passphrase: str,
    data_key: bytes | bytearray,
    iterations: int,
) -> Slot:
    params = kdf.new_params(iterations)
    blank = Slot(
        str(uuid.uuid4()),
        KIND_PASSPHRASE,
        slot_file.lookup_for(user_name),
        params.to_json(),
        b"",
        b"",
    )
    return _seal(blank, slot_file.vault_id, kdf.derive(passphrase, params), data_key)


def open_passphrase_slot(slot: Slot, vault_id: str, passphrase: str) -> bytearray | None:
    """The data key, or None when the passphrase is wrong."""
    try:
        params = kdf.Argon2Params.from_json(slot.kdf)
    except (ValueError, KeyError, TypeError):
        raise DamagedVault(
            translate(
                "Vault",
                "The vault's key file is damaged. "
                "Restore it from a backup with 'peerdesk restore'.",
            )
        ) from None
    return _open(slot, vault_id, kdf.derive(passphrase, params))


def spend_like_a_passphrase(slot_file: SlotFile, passphrase: str) -> None:
    """Run the KDF with the parameters of a real passphrase slot (or today's defaults),
    throwing the result away: refusing an unknown user takes as long as a wrong
    passphrase."""
    params = None
    for slot in slot_file.slots:
        if slot.kind == KIND_PASSPHRASE:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                params = kdf.Argon2Params.from_json(slot.kdf)
                break
    if params is None:
        params = kdf.new_params(kdf.calibrated_iterations())
    kdf.derive(passphrase, params)


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"peerdesk recovery slot v1"
    ).derive(secret)


def recovery_slot(slot_file: SlotFile, secret: bytes, data_key: bytes | bytearray) -> Slot:
    salt = os.urandom(16)
    blank = Slot(
        str(uuid.uuid4()),
        KIND_RECOVERY,
        None,
        {"name": "hkdf-sha256", "salt": salt.hex()},
        b"",
        b"",
    )
    return _seal(blank, slot_file.vault_id, _recovery_wrapping_key(secret, salt), data_key)


def open_recovery_slot(slot: Slot, vault_id: str, secret: bytes) -> bytearray | None:
    salt = bytes.fromhex(slot.kdf["salt"])
    return _open(slot, vault_id, _recovery_wrapping_key(secret, salt))


# --- the two copies on disk -----------------------------------------------------------


class KeySlotStore:
    """The slot file and its copy. Writes are atomic and go to one copy at a time, so a
    crash leaves at least one good copy; the newer good copy wins on reading."""

    def __init__(self, vault_dir: Path) -> None:
        self.primary = vault_dir / PRIMARY_NAME
        self.copy = vault_dir / COPY_NAME

    def exists(self) -> bool:
        return self.primary.exists() or self.copy.exists()

    def _read(self, path: Path) -> SlotFile | None:
        try:
            return SlotFile.from_bytes(path.read_bytes())
        except (FileNotFoundError, SlotFileDamaged):
            return None

    def load(self) -> tuple[SlotFile, bool]:
        """The newest good copy, and whether the other copy needs repair."""
        first, second = self._read(self.primary), self._read(self.copy)
        good = [s for s in (first, second) if s is not None]
        if not good:
            raise DamagedVault(
                translate(
                    "Vault",
                    "The vault's key file is damaged and its spare copy is too, so the vault "
                    "can't be opened. Restore a backup with 'peerdesk restore'.",
                )
            )
        newest = max(good, key=lambda s: s.generation)
        needs_repair = first is None or second is None or first != second
        return newest, needs_repair

    def save(self, slot_file: SlotFile) -> SlotFile:
        """Write both copies (primary first); returns the file as written."""
        written = replace(slot_file, generation=slot_file.generation + 1)
        data = written.to_bytes()
        atomic_write_bytes(self.primary, data)
        atomic_write_bytes(self.copy, data)
        return written

    def repair(self, slot_file: SlotFile) -> None:
        """Rewrite both copies with `slot_file` as it is (after a damaged copy was found)."""
        data = slot_file.to_bytes()
        for path in (self.primary, self.copy):
            if self._read(path) != slot_file:
                atomic_write_bytes(path, data)
