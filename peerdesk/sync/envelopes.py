"""Sealing record states into envelopes and opening them (DESIGN.md section 5)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.sync.keys import ScopeKey
from peerdesk.sync.merge import RecordState
from peerdesk.sync.wire import Envelope, Header, SignatureChecker, WireError, sign_batch

BATCH = 2000


def seal(
    states: Sequence[RecordState],
    keys: dict[str, ScopeKey],
    device_id: str,
    first_seq: int,
    signing_key: Ed25519PrivateKey,
    erase: Callable[[RecordState], bool] = lambda _s: False,
) -> list[Envelope]:
    """Encrypt and sign `states` (in batches of BATCH under one Merkle root each)."""
    sealed: list[Envelope] = []
    for start in range(0, len(states), BATCH):
        batch = []
        for offset, state in enumerate(states[start : start + BATCH]):
            key = keys[state.scope]
            header = Header(
                record_id=state.id,
                scope=state.scope,
                key_id=key.key_id,
                device_id=device_id,
                seq=first_seq + start + offset,
                hlc=state.newest,
                deleted=state.deleted,
                erase=erase(state),
            )
            nonce = os.urandom(12)
            ciphertext = key.aead().encrypt(nonce, state.to_bytes(), header.canonical())
            batch.append(Envelope(header, nonce, ciphertext))
        sealed.extend(sign_batch(batch, signing_key))
    return sealed


def open_envelopes(
    envelopes: Sequence[Envelope], keys: dict[str, ScopeKey], checker: SignatureChecker
) -> list[RecordState]:
    """Check every signature and open every envelope before anything is applied; one bad
    envelope refuses them all (WireError). Scopes this device holds no key for are
    skipped (a hub never sends them; a bundle may carry them)."""
    states = []
    held = [e for e in envelopes if e.header.scope in keys]
    checked = checker.check_batches(held)
    for position, envelope in enumerate(held):
        header = envelope.header
        key = keys[header.scope]
        if position not in checked:
            checker.check(envelope)
        if header.key_id != key.key_id:
            raise WireError("envelope was sealed with a key this device doesn't have")
        try:
            plain = key.aead().decrypt(envelope.nonce, envelope.ciphertext, header.canonical())
        except InvalidTag:
            raise WireError("envelope doesn't open: damaged or changed") from None
        try:
            state = RecordState.from_bytes(plain, header.record_id, header.scope)
        except (ValueError, KeyError, TypeError):
            raise WireError("envelope holds a record this version can't read") from None
        if state.newest != header.hlc or state.deleted != header.deleted:
            raise WireError("envelope header doesn't match its content")
        states.append(state)
    return states
