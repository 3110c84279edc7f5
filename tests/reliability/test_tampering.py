"""Tampered envelopes and USB bundles (issue 9, part 4): none may get in.

A tamper is *accepted* when it changed the receiving vault (a snapshot of every record
state before and after) or was not refused. Three routes:

- the hub: a stored envelope row changed in the hub's database, then pulled
  (SyncService.pull through the hub app in this process);
- envelopes opened directly (`open_envelopes` with a `SignatureChecker`), for the many
  random changes of the slow version;
- USB bundles: the bundle opened, an envelope or the bundle itself changed, and sealed
  and signed again with the real device's keys (so only the envelope checks stand in
  the way), replays, cut-short bundles, other programs' bundles and other keys.

Two things are not tampering and are checked for what they are: an envelope replayed
through the hub is ignored by the merge (the vault must stay the same), and envelopes
withheld or reordered leave only genuine, individually signed envelopes (the vault
must equal what those genuine envelopes give).
"""

from __future__ import annotations

import functools
import json
import os
import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import IntegrityError

from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.services.encounters import EncounterService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.sync.envelopes import open_envelopes, seal
from peerdesk.sync.merge import all_states, apply_states
from peerdesk.sync.service import BUNDLE_MAGIC, BUNDLE_VERSION, SyncService
from peerdesk.sync.wire import (
    Envelope,
    SignatureChecker,
    WireError,
    b64e,
    public_key_bytes,
)
from tests.reliability.corrupt_figures import report
from tests.sync.world import Device, InProcessHub, Program, make_program

SCOPES = ("roster", "caseload", "staff")
Snapshot = tuple[str, ...]


def snapshot(device: Device) -> Snapshot:
    with device.vault.engine.connect() as conn:
        return _states(conn)


def _states(conn: Connection) -> Snapshot:
    return tuple(
        sorted(
            repr((s.table, s.id, sorted(s.values.items(), key=lambda kv: kv[0])))
            for s in all_states(conn, SCOPES)
        )
    )


class Tally:
    def __init__(self) -> None:
        self.kinds: dict[str, Counter[str]] = {}
        self.accepted: list[str] = []

    def count(self, kind: str, outcome: str, what: str) -> None:
        tally = self.kinds.setdefault(kind, Counter({"accepted": 0}))
        tally["cases"] += 1
        tally[outcome] += 1
        if outcome == "accepted":
            self.accepted.append(f"{kind}: {what}")

    def check(self, capsys: pytest.CaptureFixture[str], title: str) -> None:
        report(capsys, title, self.kinds)
        assert self.accepted == []


# --- a program: a, b and a facilitator's computer f, on a hub in this process ---------


@dataclass
class Setting:
    program: Program
    hub: InProcessHub
    tmp: Path

    @property
    def a(self) -> Device:
        return self.program["a"]

    @property
    def b(self) -> Device:
        return self.program["b"]


@pytest.fixture
def setting(tmp_path: Path) -> Iterator[Setting]:
    hub = InProcessHub(f"sqlite:///{tmp_path / 'hub.db'}")
    program = make_program(
        tmp_path,
        hub.url,
        hub.setup_token(),
        client_factory=hub.client,
        others=(("b", Role.COORDINATOR), ("c", Role.COORDINATOR)),
    )
    a = program["a"]
    people = ParticipantService(a.vault)
    for number in range(3):
        person = people.create(f"Person {number}", notes=f"first notes {number}")
        people.add_contact_method(person, "phone", f"555-01{number:02}", ok_to_text=True)
        EncounterService(a.vault).log_contact(person, date(2026, 1, 5), "phone", notes="call")
    training = TrainingService(a.vault)
    record = training.add_record("cora", "Boundaries", date(2026, 1, 2), hours=6)
    training.attach_certificate(record, "c.pdf", b"%PDF-1.4 certificate bytes")
    yield Setting(program, hub, tmp_path)
    program.close()
    hub.close()


# --- the hub route ------------------------------------------------------------------------

HEADER_CHANGES: dict[str, Callable[[Any, random.Random], Any]] = {
    "record_id": lambda v, _r: str(uuid.uuid4()),
    "scope": lambda v, r: r.choice([s for s in SCOPES if s != v]),
    "key_id": lambda v, _r: uuid.uuid4().hex,
    "seq": lambda v, r: v + r.randint(1, 1000),
    "hlc": lambda v, _r: "9" + v[1:],
    "deleted": lambda v, _r: not v,
    "erase": lambda v, _r: not v,
}


def _flip(data: bytes, rng: random.Random) -> bytes:
    place = rng.randrange(len(data))
    return data[:place] + bytes([data[place] ^ rng.randrange(1, 256)]) + data[place + 1 :]


def _row_changes(rng: random.Random, c_device: str) -> dict[str, Callable[[dict[str, Any]], None]]:
    def header(name: str) -> Callable[[dict[str, Any]], None]:
        def change(row: dict[str, Any]) -> None:
            row[name] = HEADER_CHANGES[name](row[name], rng)

        return change

    def set_to(name: str, make: Callable[[Any], Any]) -> Callable[[dict[str, Any]], None]:
        def change(row: dict[str, Any]) -> None:
            row[name] = make(row[name])

        return change

    changes = {name: header(name) for name in HEADER_CHANGES}
    changes.update(
        {
            "device_id (another device)": set_to("device_id", lambda _v: c_device),
            "nonce": set_to("nonce", lambda v: _flip(v, rng)),
            "ciphertext": set_to("ciphertext", lambda v: _flip(v, rng)),
            "signature": set_to("signature", lambda v: _flip(v, rng)),
            "proof": set_to("proof", lambda v: _flip(v, rng) if v else os.urandom(32)),
            "leaf_index": set_to("leaf_index", lambda v: v + 1 if v == 0 else v - 1),
            "leaf_count": set_to("leaf_count", lambda v: v + 1),
        }
    )
    return changes


def _rows(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(text("SELECT * FROM envelopes"))]


def _write(conn: Connection, row: dict[str, Any]) -> None:
    names = [n for n in row if n != "position"]
    conn.execute(
        text(f"UPDATE envelopes SET {', '.join(f'{n} = :{n}' for n in names)} WHERE position = :p"),
        {**row, "p": row["position"]},
    )


def _pull_again(device: Device, setting: Setting) -> str | None:
    """Pull everything from the start; the refusal's message, or None."""
    with device.vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_state WHERE key = 'pull_cursor'"))
    identity = device.sync.identity()
    assert identity is not None
    with setting.hub.client(identity.hub_url, identity.device_token) as client:
        try:
            device.sync.pull(client)
        except KnownError as error:
            return error.message
    return None


def hub_cases(setting: Setting, tally: Tally, rng: random.Random, rounds: int) -> None:
    a, b = setting.a, setting.b
    a.sync.sync_now()
    b.sync.sync_now()  # b holds everything a sent: a tamper can only change it
    before = snapshot(b)
    c_identity = setting.program["c"].sync.identity()
    assert c_identity is not None
    hub = create_engine(f"sqlite:///{setting.tmp / 'hub.db'}")
    try:
        with hub.connect() as conn:
            genuine = _rows(conn)
        a_rows = [r for r in genuine if r["device_id"] != b.sync.identity().device_id]  # type: ignore[union-attr]
        batch_rows = [r for r in a_rows if r["leaf_count"] > 1]
        cases: list[tuple[str, Callable[[Connection], None]]] = []
        for _round in range(rounds):
            for name, change in _row_changes(rng, c_identity.device_id).items():
                row = dict(rng.choice(batch_rows))
                change(row)
                cases.append((f"hub row {name}", functools.partial(_write, row=row)))
            first, second = rng.sample(batch_rows, 2)

            def swap(conn: Connection, x: dict[str, Any] = first, y: dict[str, Any] = second):
                _write(conn, {**x, "ciphertext": y["ciphertext"], "nonce": y["nonce"]})
                _write(conn, {**y, "ciphertext": x["ciphertext"], "nonce": x["nonce"]})

            cases.append(("hub rows swapped ciphertexts", swap))

            def swap_records(
                conn: Connection, x: dict[str, Any] = first, y: dict[str, Any] = second
            ):
                keep = ("position", "record_id", "scope", "key_id")
                _write(conn, {**y, **{k: x[k] for k in keep}})
                _write(conn, {**x, **{k: y[k] for k in keep}})

            cases.append(("hub rows swapped records", swap_records))
        for name, tamper in cases:
            try:
                with hub.begin() as conn:
                    tamper(conn)
            except IntegrityError:
                continue  # the hub's own unique index already forbids this row
            refusal = _pull_again(b, setting)
            changed = snapshot(b) != before
            if refusal is not None and not changed:
                tally.count("envelopes via the hub", "refused", name)
            else:
                tally.count("envelopes via the hub", "accepted", f"{name}: {refusal}")
            with hub.begin() as conn:
                for row in genuine:
                    _write(conn, row)
            assert _pull_again(b, setting) is None
            before = snapshot(b)
        # an older envelope replayed: the merge already knows it, the vault stays the same
        person = ParticipantService(a.vault).create("Replay Target", notes="old")
        a.sync.sync_now()
        b.sync.sync_now()
        with hub.connect() as conn:
            old_row = next(r for r in _rows(conn) if r["record_id"] == person)
        ParticipantService(a.vault).update(person, notes="new")
        a.sync.sync_now()
        b.sync.sync_now()
        before = snapshot(b)
        with hub.begin() as conn:
            newest = next(r for r in _rows(conn) if r["record_id"] == person)
            _write(conn, {**old_row, "position": newest["position"]})
        refusal = _pull_again(b, setting)
        outcome = "refused" if snapshot(b) == before else "accepted"
        tally.count("envelope replayed via the hub", outcome, f"replay: {refusal}")
    finally:
        hub.dispose()


# --- the direct route ------------------------------------------------------------------


@dataclass
class Direct:
    """a's records sealed as a's device would, and what b needs to open them."""

    envelopes: list[Envelope]
    setting: Setting

    def checker(self) -> SignatureChecker:
        return self.setting.b.sync._checker(None)

    def outcome(self, envelopes: list[Envelope]) -> tuple[str, Snapshot | None]:
        """("refused", None) or ("opened", b's states if these were applied)."""
        b = self.setting.b
        identity = b.sync.identity()
        assert identity is not None
        try:
            states = open_envelopes(envelopes, identity.scope_keys, self.checker())
        except WireError:
            return "refused", None
        with b.vault.engine.connect() as conn, conn.begin() as transaction:
            apply_states(conn, states, b.vault.clock)
            after = _states(conn)
            transaction.rollback()
        return "opened", after


def direct(setting: Setting) -> Direct:
    a = setting.a
    identity = a.sync.identity()
    assert identity is not None
    with a.vault.engine.connect() as conn:
        states = all_states(conn, identity.scopes)
    envelopes = seal(states, identity.scope_keys, identity.device_id, 10_000, identity.signing_key)
    # b first takes the genuine records, so only a change can change it
    found = Direct(envelopes, setting)
    b_identity = setting.b.sync.identity()
    assert b_identity is not None
    setting.b.sync.apply(open_envelopes(envelopes, b_identity.scope_keys, found.checker()))
    return found


def _tampered(envelope: Envelope, rng: random.Random) -> tuple[str, Envelope]:
    """One envelope with one thing changed."""
    h = envelope.header
    choice = rng.choice(
        [*HEADER_CHANGES, "device_id", "nonce", "ciphertext", "signature", "proof", "leaf"]
    )
    if choice in HEADER_CHANGES:
        header = replace(h, **{choice: HEADER_CHANGES[choice](getattr(h, choice), rng)})
        return choice, replace(envelope, header=header)
    if choice == "device_id":
        return choice, replace(envelope, header=replace(h, device_id=str(uuid.uuid4())))
    if choice == "nonce":
        return choice, replace(envelope, nonce=_flip(envelope.nonce, rng))
    if choice == "ciphertext":
        return choice, replace(envelope, ciphertext=_flip(envelope.ciphertext, rng))
    if choice == "signature":
        return choice, replace(envelope, signature=_flip(envelope.signature, rng))
    if choice == "proof":
        proof = list(envelope.proof) or [os.urandom(32)]
        proof[rng.randrange(len(proof))] = _flip(proof[0], rng)
        return choice, replace(envelope, proof=tuple(proof))
    count = envelope.leaf_count
    index = rng.choice([i for i in range(count + 1) if i != envelope.leaf_index])
    return "leaf_index/leaf_count", replace(
        envelope, leaf_index=index, leaf_count=max(count, index + 1)
    )


def direct_cases(setting: Setting, tally: Tally, rng: random.Random, count: int) -> None:
    found = direct(setting)
    genuine = found.envelopes
    before = snapshot(setting.b)
    kind = "envelopes opened directly"
    for _number in range(count):
        batch = list(genuine)
        place = rng.randrange(len(batch))
        what, batch[place] = _tampered(batch[place], rng)
        if rng.random() < 0.3:  # the tampered one alone, checked without its batch
            batch = [batch[place]]
        outcome, _after = found.outcome(batch)
        tally.count(kind, "refused" if outcome == "refused" else "accepted", what)
    for _number in range(max(2, count // 10)):
        x, y = rng.sample(range(len(genuine)), 2)
        batch = list(genuine)
        batch[x] = replace(genuine[x], ciphertext=genuine[y].ciphertext, nonce=genuine[y].nonce)
        batch[y] = replace(genuine[y], ciphertext=genuine[x].ciphertext, nonce=genuine[x].nonce)
        outcome, _after = found.outcome(batch)
        tally.count(kind, "refused" if outcome == "refused" else "accepted", "swapped ciphertexts")
        batch = list(genuine)
        batch[x] = replace(genuine[x], header=replace(genuine[y].header, seq=genuine[x].header.seq))
        outcome, _after = found.outcome(batch)
        tally.count(kind, "refused" if outcome == "refused" else "accepted", "swapped records")
    # not tampering: withheld or reordered envelopes leave genuine ones that check alone
    for _number in range(max(2, count // 10)):
        batch = list(genuine)
        rng.shuffle(batch)
        outcome, after = found.outcome(batch)
        ok = outcome == "opened" and after == before
        tally.count("reordered or withheld envelopes", "harmless" if ok else "accepted", "order")
        keep = rng.randrange(1, len(genuine))
        outcome, after = found.outcome(genuine[:keep])
        ok = outcome == "opened" and after == before
        tally.count("reordered or withheld envelopes", "harmless" if ok else "accepted", "cut")
    assert snapshot(setting.b) == before


# --- bundles ----------------------------------------------------------------------------


def _open_bundle(device: Device, data: bytes) -> dict[str, Any]:
    identity = device.sync.identity()
    assert identity is not None
    prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
    nonce = data[len(prefix) : len(prefix) + 12]
    body = AESGCM(SyncService._bundle_key(identity)).decrypt(
        nonce, data[len(prefix) + 12 : -64], prefix
    )
    return dict(json.loads(body))


def _close_bundle(device: Device, bundle: dict[str, Any], signer: Ed25519PrivateKey) -> bytes:
    identity = device.sync.identity()
    assert identity is not None
    prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
    nonce = os.urandom(12)
    body = json.dumps(bundle, separators=(",", ":")).encode()
    signed = prefix + nonce + AESGCM(SyncService._bundle_key(identity)).encrypt(nonce, body, prefix)
    return signed + signer.sign(signed)


def bundle_cases(setting: Setting, tally: Tally, rng: random.Random, count: int) -> None:
    a, b = setting.a, setting.b
    identity = a.sync.identity()
    assert identity is not None
    older, newer = setting.tmp / "older.pdbundle", setting.tmp / "newer.pdbundle"
    a.sync.export_bundle(older)
    ParticipantService(a.vault).create("Bundle Person", notes="later")
    a.sync.export_bundle(newer)
    before = snapshot(b)
    kind = "USB bundles"
    number = iter(range(10**6))

    def attempt(what: str, data: bytes) -> None:
        path = setting.tmp / f"tampered-{next(number)}.pdbundle"
        path.write_bytes(data)
        try:
            b.sync.import_bundle(path)
        except KnownError as error:
            clear = error.message.strip() and "\n" not in error.message
            ok = clear and snapshot(b) == before
            tally.count(kind, "refused" if ok else "accepted", f"{what}: {error.message}")
        else:
            tally.count(kind, "accepted", what)

    good = newer.read_bytes()
    bundle = _open_bundle(a, good)
    for _number in range(count):
        changed = json.loads(json.dumps(bundle))
        place = rng.randrange(len(changed["envelopes"]))
        envelope = Envelope.from_json(changed["envelopes"][place])
        what, envelope = _tampered(envelope, rng)
        if what == "device_id":
            continue  # a bundle's envelopes all come from its author: tested below
        changed["envelopes"][place] = envelope.to_json()
        changed["bundle_id"] = str(uuid.uuid4())  # so only the envelope checks can refuse it
        attempt(f"envelope {what}", _close_bundle(a, changed, identity.signing_key))
    # whole envelopes swapped in, reordered, or cut out
    changed = json.loads(json.dumps(bundle))
    x, y = rng.sample(range(len(changed["envelopes"])), 2)
    ex, ey = changed["envelopes"][x], changed["envelopes"][y]
    ex["ciphertext"], ey["ciphertext"] = ey["ciphertext"], ex["ciphertext"]
    changed["bundle_id"] = str(uuid.uuid4())
    attempt("swapped ciphertexts", _close_bundle(a, changed, identity.signing_key))
    for cut in (len(good) // 3, len(good) - 1, 10):
        attempt("cut short", good[:cut])
    # re-signed by a key b doesn't know, as a's device and as a new device
    stranger = Ed25519PrivateKey.generate()
    changed = dict(bundle, public_key=b64e(public_key_bytes(stranger.public_key())))
    attempt("signed by an unknown key", _close_bundle(a, changed, stranger))
    # another program's bundle
    other = setting.tmp / "other-program"
    from tests.sync.world import make_vault

    outsider = make_vault(other, "cora", Role.COORDINATOR)
    try:
        ParticipantService(outsider).create("Outsider", notes="not ours")
        SyncService(outsider).ensure_organisation()
        SyncService(outsider).export_bundle(setting.tmp / "outsider.pdbundle")
    finally:
        outsider.lock()
    attempt("another program's bundle", (setting.tmp / "outsider.pdbundle").read_bytes())
    # the genuine newer one goes in; then replays of it and of the older one are refused
    b.sync.import_bundle(newer)
    before = snapshot(b)
    attempt("the same bundle again", good)
    attempt("an older bundle", older.read_bytes())
    changed = dict(bundle, bundle_id=str(uuid.uuid4()))
    attempt("the same bundle under a new id", _close_bundle(a, changed, identity.signing_key))
    changed = dict(bundle, bundle_id=str(uuid.uuid4()), sequence=bundle["sequence"] + 1)
    envelope = Envelope.from_json(changed["envelopes"][0])
    envelope = replace(envelope, header=replace(envelope.header, seq=envelope.header.seq + 50))
    changed["envelopes"] = [envelope.to_json(), *changed["envelopes"][1:]]
    attempt("a later sequence number", _close_bundle(a, changed, identity.signing_key))


def new_device_bundle(setting: Setting) -> bytes:
    """a's records, opened with the program's scope keys (which every enrolled computer
    holds) and sealed again by a made-up device under its own new key."""
    a, b = setting.a, setting.b
    identity = a.sync.identity()
    assert identity is not None
    path = setting.tmp / "for-forging.pdbundle"
    a.sync.export_bundle(path)
    bundle = _open_bundle(a, path.read_bytes())
    stranger = Ed25519PrivateKey.generate()
    unknown_device = str(uuid.uuid4())
    resealed = [
        Envelope.from_json(e) for e in bundle["envelopes"]
    ]  # opened and sealed again under a new device's own key
    b_identity = b.sync.identity()
    assert b_identity is not None
    states = open_envelopes(resealed, b_identity.scope_keys, b.sync._checker(None))
    forged = seal(states, identity.scope_keys, unknown_device, 1, stranger)
    changed = dict(
        bundle,
        device_id=unknown_device,
        bundle_id=str(uuid.uuid4()),
        public_key=b64e(public_key_bytes(stranger.public_key())),
        envelopes=[e.to_json() for e in forged],
    )
    return _close_bundle(a, changed, stranger)


def run_all(
    setting: Setting, capsys: pytest.CaptureFixture[str], seed: int, scale: int, title: str
) -> None:
    rng = random.Random(seed)
    tally = Tally()
    hub_cases(setting, tally, rng, rounds=scale)
    direct_cases(setting, tally, rng, count=40 * scale)
    bundle_cases(setting, tally, rng, count=20 * scale)
    tally.check(capsys, title)


def test_tampered_envelopes_and_bundles_are_refused(
    setting: Setting, capsys: pytest.CaptureFixture[str]
) -> None:
    run_all(setting, capsys, seed=4, scale=1, title="tampering (fast)")


@pytest.mark.slow
def test_tampered_envelopes_and_bundles_are_refused_many_times(
    setting: Setting, capsys: pytest.CaptureFixture[str]
) -> None:
    run_all(setting, capsys, seed=40, scale=12, title="tampering (slow)")


def test_a_bundle_from_a_device_nobody_enrolled_is_refused(
    setting: Setting, capsys: pytest.CaptureFixture[str]
) -> None:
    tally = Tally()
    b = setting.b
    before = snapshot(b)
    path = setting.tmp / "forged.pdbundle"
    path.write_bytes(new_device_bundle(setting))
    try:
        b.sync.import_bundle(path)
    except KnownError:
        refused = snapshot(b) == before
    else:
        refused = False
    tally.count("USB bundle from an unknown device", "refused" if refused else "accepted", "new")
    tally.check(capsys, "tampering")
