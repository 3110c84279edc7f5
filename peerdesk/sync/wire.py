"""The envelope as it travels (DESIGN.md section 5): shared by devices, bundles and the hub.

An envelope is one version of one record in one scope. Its header (record id, scope, key
id, device id, device sequence number, hybrid-logical-clock stamp, deleted and erase
flags) is readable by the hub; the record's type and fields are inside an AES-256-GCM
ciphertext whose associated data is the canonical header, so a changed header byte makes
the ciphertext fail to open.

Signatures: each envelope carries the device's Ed25519 signature over the root of a
Merkle tree of the batch it was sent in (and the batch's size), with the path from its
own leaf to that root.
Every envelope can be checked on its own (leaf -> path -> root -> signature), while a
reader verifies each distinct root once. Checking one Ed25519 signature per envelope costs
170 us here, which alone would cap a pull at 5,900 envelopes a second.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SCOPES = ("roster", "caseload", "staff")
PROTOCOL_VERSION = 1

# Limits the hub enforces and clients respect.
MAX_ENVELOPES_PER_PUSH = 5000
MAX_PULL_PAGE = 5000
MAX_CIPHERTEXT_BYTES = 32 * 1024 * 1024  # a 20 MiB certificate, encrypted, fits
MAX_REQUEST_BYTES = 48 * 1024 * 1024
MAX_MERKLE_DEPTH = 24

_LEAF = b"peerdesk-leaf-v1\x00"
_NODE = b"peerdesk-node-v1\x00"
_ROOT = b"peerdesk-root-v2\x00"


class WireError(ValueError):
    """An envelope that is malformed, tampered with or wrongly signed."""


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object, *, what: str = "field") -> bytes:
    if not isinstance(text, str):
        raise WireError(f"{what} is not text")
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except (ValueError, binascii.Error):
        raise WireError(f"{what} is not base64") from None


@dataclass(frozen=True, slots=True)
class Header:
    record_id: str
    scope: str
    key_id: str
    device_id: str
    seq: int
    hlc: str
    deleted: bool
    erase: bool
    _canonical: bytes = field(init=False, repr=False, compare=False, default=b"")

    def canonical(self) -> bytes:
        """The bytes bound into the ciphertext as associated data and into the leaf
        (made once: every envelope needs them two or three times)."""
        if not self._canonical:
            object.__setattr__(self, "_canonical", self._make_canonical())
        return self._canonical

    def _make_canonical(self) -> bytes:
        # exactly json.dumps([...], separators=(",", ":")), a few times faster
        text = _quote
        return (
            f"[{PROTOCOL_VERSION},{text(self.record_id)},{text(self.scope)},"
            f"{text(self.key_id)},{text(self.device_id)},{int(self.seq)},{text(self.hlc)},"
            f"{'true' if self.deleted else 'false'},{'true' if self.erase else 'false'}]"
        ).encode("ascii")


@dataclass(frozen=True, slots=True)
class Envelope:
    header: Header
    nonce: bytes
    ciphertext: bytes
    signature: bytes = b""
    leaf_index: int = 0
    leaf_count: int = 1
    proof: tuple[bytes, ...] = ()

    def leaf(self) -> bytes:
        return leaf_hash(self.header, self.nonce, self.ciphertext)

    def to_json(self) -> dict[str, Any]:
        h = self.header
        return {
            "record_id": h.record_id,
            "scope": h.scope,
            "key_id": h.key_id,
            "device_id": h.device_id,
            "seq": h.seq,
            "hlc": h.hlc,
            "deleted": h.deleted,
            "erase": h.erase,
            "nonce": b64e(self.nonce),
            "ciphertext": b64e(self.ciphertext),
            "signature": b64e(self.signature),
            "leaf_index": self.leaf_index,
            "leaf_count": self.leaf_count,
            "proof": b64e(b"".join(self.proof)),
        }

    @staticmethod
    def from_json(data: object) -> Envelope:
        """Parse without trusting anything: every field is checked for type and size."""
        if not isinstance(data, dict):
            raise WireError("envelope is not an object")
        try:
            header = Header(
                record_id=_text(data["record_id"], "record_id", 64),
                scope=_scope(data["scope"]),
                key_id=_text(data["key_id"], "key_id", 64),
                device_id=_text(data["device_id"], "device_id", 64),
                seq=_int(data["seq"], "seq"),
                hlc=_text(data["hlc"], "hlc", 120),
                deleted=_bool(data["deleted"], "deleted"),
                erase=_bool(data["erase"], "erase"),
            )
            joined = b64d(data["proof"], what="proof")
            if len(joined) % 32 or len(joined) > MAX_MERKLE_DEPTH * 32:
                raise WireError("proof is not a short list of 32-byte hashes")
            envelope = Envelope(
                header=header,
                nonce=b64d(data["nonce"], what="nonce"),
                ciphertext=b64d(data["ciphertext"], what="ciphertext"),
                signature=b64d(data["signature"], what="signature"),
                leaf_index=_int(data["leaf_index"], "leaf_index"),
                leaf_count=_int(data["leaf_count"], "leaf_count"),
                proof=tuple(joined[i : i + 32] for i in range(0, len(joined), 32)),
            )
        except KeyError as missing:
            raise WireError(f"envelope has no {missing.args[0]}") from None
        if len(envelope.nonce) != 12:
            raise WireError("nonce is not 12 bytes")
        if len(envelope.ciphertext) > MAX_CIPHERTEXT_BYTES or len(envelope.ciphertext) < 16:
            raise WireError("ciphertext has an impossible size")
        if len(envelope.signature) != 64:
            raise WireError("signature is not 64 bytes")
        if not 0 <= envelope.leaf_index < envelope.leaf_count:
            raise WireError("leaf index is outside the batch")
        return envelope


def _quote(value: str) -> str:
    return encode_basestring_ascii(value)


def _text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise WireError(f"{what} is not short text")
    return value


def _scope(value: object) -> str:
    if value not in SCOPES:
        raise WireError("scope is unknown")
    return str(value)


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
        raise WireError(f"{what} is not a whole number")
    return value


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise WireError(f"{what} is not true or false")
    return value


def leaf_hash(header: Header, nonce: bytes, ciphertext: bytes) -> bytes:
    canonical = header.canonical()
    digest = hashlib.sha256(_LEAF)
    digest.update(len(canonical).to_bytes(4, "big"))
    digest.update(canonical)
    digest.update(nonce)
    digest.update(ciphertext)
    return digest.digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(_NODE + left + right).digest()


def merkle(leaves: Sequence[bytes]) -> tuple[bytes, list[list[bytes]]]:
    """The root of `leaves` and each leaf's path to it. A node without a sibling on its
    level moves up unchanged (so paths can be shorter than the depth)."""
    if not leaves:
        raise ValueError("no leaves")
    proofs: list[list[bytes]] = [[] for _ in leaves]
    positions = list(range(len(leaves)))  # where each leaf's ancestor sits on this level
    level = list(leaves)
    while len(level) > 1:
        for leaf, position in enumerate(positions):
            sibling = position ^ 1
            if sibling < len(level):
                proofs[leaf].append(level[sibling])
        level = [
            _node(level[i], level[i + 1]) if i + 1 < len(level) else level[i]
            for i in range(0, len(level), 2)
        ]
        positions = [p // 2 for p in positions]
    return level[0], proofs


def root_from_path(leaf: bytes, index: int, count: int, proof: Sequence[bytes]) -> bytes:
    node, position, width = leaf, index, count
    used = 0
    while width > 1:
        sibling = position ^ 1
        if sibling < width:
            if used >= len(proof):
                raise WireError("proof is too short")
            other = proof[used]
            used += 1
            node = _node(other, node) if position & 1 else _node(node, other)
        position //= 2
        width = (width + 1) // 2
    if used != len(proof):
        raise WireError("proof is too long")
    return node


def _signed(root: bytes, count: int) -> bytes:
    """What a batch signature covers: the root and how many leaves it has. Without the
    count, an envelope's leaf_count could be changed wherever the tree has the same
    shape for it (v1 accepted that: found by tests/reliability/test_tampering.py)."""
    return _ROOT + count.to_bytes(8, "big") + root


def sign_batch(envelopes: Sequence[Envelope], key: Ed25519PrivateKey) -> list[Envelope]:
    """The same envelopes, each with the batch signature and its own path to the root."""
    root, proofs = merkle([e.leaf() for e in envelopes])
    signature = key.sign(_signed(root, len(envelopes)))
    return [
        Envelope(
            e.header,
            e.nonce,
            e.ciphertext,
            signature,
            index,
            len(envelopes),
            tuple(proofs[index]),
        )
        for index, e in enumerate(envelopes)
    ]


class SignatureChecker:
    """Checks envelope signatures, verifying each (device, root, signature) only once."""

    def __init__(self, public_key_for: Callable[[str], Ed25519PublicKey | None]) -> None:
        self._public_key_for = public_key_for
        self._good: set[tuple[str, bytes, int, bytes]] = set()

    def check_batches(self, envelopes: Sequence[Envelope]) -> set[int]:
        """Check whole signed batches at once: when every leaf of a batch is here, its
        root is rebuilt once and its signature checked once, which authenticates every
        one of those envelopes whose own path is its path in that tree. Returns the
        positions so checked; check the rest one by one with `check`."""
        groups: dict[tuple[str, bytes, int], list[int]] = {}
        for position, envelope in enumerate(envelopes):
            group = (envelope.header.device_id, envelope.signature, envelope.leaf_count)
            groups.setdefault(group, []).append(position)
        done: set[int] = set()
        for (device, signature, count), positions in groups.items():
            by_index = {envelopes[p].leaf_index: p for p in positions}
            if len(by_index) != count or len(positions) != count:
                continue
            root, paths = merkle([envelopes[by_index[i]].leaf() for i in range(count)])
            if (device, root, count, signature) not in self._good:
                key = self._public_key_for(device)
                if key is None:
                    raise WireError("envelope is from a device this one doesn't know")
                try:
                    key.verify(signature, _signed(root, count))
                except InvalidSignature:
                    raise WireError("signature doesn't match") from None
                self._good.add((device, root, count, signature))
            # a changed path is left to `check`, which refuses it
            done.update(p for i, p in by_index.items() if envelopes[p].proof == tuple(paths[i]))
        return done

    def check(self, envelope: Envelope) -> None:
        device = envelope.header.device_id
        root = root_from_path(
            envelope.leaf(), envelope.leaf_index, envelope.leaf_count, envelope.proof
        )
        seen = (device, root, envelope.leaf_count, envelope.signature)
        if seen in self._good:
            return
        key = self._public_key_for(device)
        if key is None:
            raise WireError("envelope is from a device this one doesn't know")
        try:
            key.verify(envelope.signature, _signed(root, envelope.leaf_count))
        except InvalidSignature:
            raise WireError("signature doesn't match") from None
        self._good.add(seen)


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(raw: bytes) -> Ed25519PublicKey:
    if len(raw) != 32:
        raise WireError("public key is not 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
