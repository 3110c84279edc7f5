"""Fuzzing the three places where PeerDesk reads what someone else wrote.

- CSV import: random bytes and CSV-ish text (encodings, BOMs, quotes, separators, huge
  cells, missing or repeated columns) go through `Importer.run`, as `peerdesk import`
  calls it, with and without --dry-run. The only outcomes allowed are success or a
  `KnownError` (a `CsvError` lists problems whose line numbers are real lines); never
  another exception, never a message that repeats a cell, never a slow example.
- USB bundles: random bytes, real bundles with bytes changed, and real bundles whose
  inside was changed and then sealed and signed again with the right keys (what a
  buggy or hostile device of the same program could write) go into
  `SyncService.import_bundle`. Only `KnownError`s, and a refused bundle changes nothing.
- The hub: hypothesis-made requests (paths, methods, headers, bodies, signed envelopes
  with fields changed) against the app in this process, and schemathesis against a real
  `peerdesk-hub serve` process with an admin device's credential. Never a 500, never a
  hang, never an error answer that repeats what was sent.

Each target prints how many inputs it tried and appends that to
test-artifacts/reliability-figures.txt. The `slow` versions try many more.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import faulthandler
import hashlib
import itertools
import json
import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import Base, Role
from peerdesk.errors import KnownError
from peerdesk.hub.app import build_app
from peerdesk.hub.store import HubStore, sha256
from peerdesk.services.csv_files import CsvError, DateOrder
from peerdesk.services.imports import SPECS, Importer
from peerdesk.services.users import UserService
from peerdesk.sync.service import BUNDLE_MAGIC, BUNDLE_VERSION, SyncService
from peerdesk.sync.wire import Envelope, Header, public_key_bytes, sign_batch
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.sync.hub_process import RunningHub, start_hub
from tests.sync.world import PASS, InProcessHub, Program, make_program

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "test-artifacts" / "reliability-figures.txt"
MARKER = "Qx7Vellum\u00e9\u4e2d"  # put in cells and bodies; no error message may repeat it
TODAY = date(2025, 6, 1)
EXAMPLE_DEADLINE = timedelta(seconds=5)
WATCHDOG_SECONDS = 900  # one target's run that takes this long has hung: dump and stop


# --- bookkeeping --------------------------------------------------------------------------


@dataclass
class Tally:
    """Inputs tried per target; a failure fails the test, so a passing run has none."""

    title: str
    tried: dict[str, int] = field(default_factory=dict)

    def count(self, target: str) -> None:
        self.tried[target] = self.tried.get(target, 0) + 1

    def report(self, capsys: pytest.CaptureFixture[str]) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
        lines = [
            f"{stamp} fuzzing ({self.title}) {target}: inputs {count}, failures 0"
            for target, count in self.tried.items()
        ]
        with capsys.disabled():
            print()
            for line in lines:
                print(line)
        FIGURES.parent.mkdir(parents=True, exist_ok=True)
        with FIGURES.open("a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


@contextlib.contextmanager
def watchdog(seconds: int = WATCHDOG_SECONDS) -> Iterator[None]:
    """Hypothesis's deadline catches slow examples once they finish; this catches one that
    never finishes, by dumping every thread's stack and ending the run."""
    assert sys.__stderr__ is not None  # pytest's capture replaces sys.stderr, not this
    faulthandler.dump_traceback_later(seconds, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def fuzz_settings(examples: int, deadline: timedelta | None = EXAMPLE_DEADLINE) -> settings:
    return settings(
        max_examples=examples,
        deadline=deadline,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
    )


# --- CSV import ---------------------------------------------------------------------------

PEOPLE = ("P001", "P002", "P003")
STAFF = ("coord", "peera", "facil")


def _seeded_vault(folder: Path) -> UnlockedVault:
    """A coordinator's vault with a peer, a facilitator, three participants and a group,
    so that fuzzed rows can refer to things that exist."""
    unlocked, _ = Vault(folder).create("coord", Role.COORDINATOR, PASS)
    users = UserService(unlocked)
    users.add_user("peera", Role.PEER, PASS)
    users.add_user("facil", Role.FACILITATOR, PASS)
    importer = Importer(unlocked, today=lambda: TODAY)
    importer.run(
        "participants",
        b"participant_id,display_name,intake_date,assigned_peer\n"
        b"P001,Ana,2024-01-05,peera\nP002,Ben,2024-02-05,coord\nP003,Cy,2024-03-05,\n",
    )
    importer.run("groups", b"group,facilitators\nGroup A,facil;peera\n")
    importer.run("rosters", b"group,participant_id,enrolled_on\nGroup A,P001,2024-04-01\n")
    return unlocked


_DATES = (
    "2024-03-01",
    "2024-3-1",
    "01/03/2024",
    "13/02/2024",
    "02/13/2024",
    "2024-02-30",
    "31/31/2024",
    "1/2/24",
    "2024-03-01 10:00",
    "2024-03-01T10:00:00.5 PM",
    "9999-12-31",
    "0001-01-01",
    "2030-01-01",
    "12.05.2024",
    "99999999/1/1",
)
_WORDS = (
    "yes",
    "No",
    "Y",
    "0",
    "maybe",
    "present",
    "Late",
    "excused",
    "absent",
    "In person",
    "phone",
    "group-followup",
    "outreach",
    "hope",
    "barc10",
    "satisfaction",
    "active",
    "Discharged",
    "Group A",
    "group a",
    "confidentiality",
    "30",
    "30.0",
    "-5",
    "1,000",
    "1.5",
    "10",
    "60",
    "99999999999999999999999",
    "NaN",
    "inf",
    "1e5",
    "a;b;;c",
    "=cmd|' /C calc'!A0",
)
_ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)  # no lone surrogates


@st.composite
def _cell(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 1:
        return draw(st.sampled_from(_DATES))
    if kind <= 3:
        return draw(st.sampled_from(_WORDS))
    if kind == 4:
        return draw(st.sampled_from((*PEOPLE, *STAFF, "P999", "")))
    if kind == 5:
        return ""
    if kind == 6:  # a huge cell
        return draw(st.sampled_from(("x", "é", '"', ",", "\n", "ab "))) * draw(
            st.integers(100, 70_000)
        )
    if kind == 7:
        return MARKER + draw(_ANY_TEXT)
    return draw(_ANY_TEXT)


def _header_name(name: str, style: int) -> str:
    if style == 1:
        return name.upper()
    if style == 2:
        return " " + name.replace("_", " ").title() + " "
    if style == 3:
        return name.replace("_", "-")
    return name


@dataclass(frozen=True)
class CsvInput:
    data: bytes
    lines: int | None  # the file's physical lines when it was written as text, else None
    clean: bool  # well-formed: MARKER is only ever in data cells, so no message may repeat it


@st.composite
def csv_files(draw: st.DrawFn, kind: str) -> CsvInput:
    spec = SPECS[kind]
    known = [*spec.required, *spec.optional, *(f"item{i}" for i in range(1, 12))]
    columns = [c for c in known if draw(st.integers(0, 9)) < (8 if c in spec.required else 4)]
    columns += draw(
        st.lists(st.sampled_from(("junk", "Notes 2", "", "participant id")), max_size=2)
    )
    if draw(st.booleans()) and columns:
        columns.append(draw(st.sampled_from(columns)))  # a repeated column
    columns = draw(st.permutations(columns)) if columns else ["junk"]
    if not any(c.strip() for c in columns):
        columns.append("junk")
    style = draw(st.integers(0, 3))
    header = [_header_name(c, style) for c in columns]
    rows = draw(
        st.lists(
            st.lists(_cell(), min_size=max(0, len(columns) - 2), max_size=len(columns) + 2),
            max_size=12,
        )
    )
    delimiter = draw(st.sampled_from((",", ";", "\t", ",", "|")))
    quoting = draw(st.sampled_from(("minimal", "all", "none")))
    newline = draw(st.sampled_from(("\n", "\r\n", "\r")))

    def quote(value: str) -> str:
        needs = any(c in value for c in (delimiter, '"', "\n", "\r")) or value != value.strip()
        if quoting == "all" or (quoting == "minimal" and needs):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(quote(c) for c in header)]
    lines += [delimiter.join(quote(c) for c in row) for row in rows]
    if draw(st.booleans()):
        lines.insert(0, f"sep={delimiter}")
    lines += [""] * draw(st.integers(0, 2))
    text = newline.join(lines)
    encoding = draw(
        st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"))
    )
    data = text.encode(encoding, errors="replace")
    damage = draw(st.integers(0, 5))
    if damage == 0 and data:  # cut off anywhere, even inside a character
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif damage == 1:  # stray bytes
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    damaged = damage <= 1
    clean = (
        not damaged
        and quoting != "none"
        and encoding in ("utf-8", "utf-8-sig", "utf-16")
        and delimiter != "|"  # `|` isn't a delimiter PeerDesk knows: lines stay whole
    )
    physical = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    return CsvInput(data, None if damaged else physical, clean)


def any_csv_input(kind: str) -> st.SearchStrategy[CsvInput]:
    random_bytes = st.binary(max_size=2000).map(lambda b: CsvInput(b, None, False))
    random_text = st.text(max_size=500).map(
        lambda t: CsvInput(t.encode("utf-8", errors="surrogatepass"), None, False)
    )
    return st.one_of(random_bytes, random_text, csv_files(kind), csv_files(kind))


def check_import(
    importer: Importer, kind: str, given_input: CsvInput, dry_run: bool, order: DateOrder | None
) -> None:
    """The import either works or says what is wrong, with line numbers that exist."""
    try:
        summary = importer.run(kind, given_input.data, dry_run=dry_run, date_format=order)
    except CsvError as error:
        assert error.problems, "a CsvError with no problems"
        for problem in error.problems:
            if problem.line is not None:
                assert problem.line >= 1
                assert problem.message.startswith(f"Line {problem.line}"), problem.message
                if given_input.lines is not None:
                    assert problem.line <= given_input.lines, (problem, given_input.lines)
            if given_input.clean:
                assert MARKER not in problem.message, problem.message
        return
    except KnownError as error:
        if given_input.clean:
            assert MARKER not in error.message
        return
    assert summary.rows >= 0
    if given_input.clean:
        assert not any(MARKER in w for w in summary.warnings), summary.warnings


def _vault_digest(unlocked: UnlockedVault) -> str:
    """A digest of every row of every table: equal digests, equal data."""
    digest = hashlib.sha256()
    with unlocked.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def import_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnlockedVault]:
    unlocked = _seeded_vault(tmp_path_factory.mktemp("fuzz-import") / "vault")
    yield unlocked
    unlocked.lock()


def _fuzz_one_kind(
    unlocked: UnlockedVault, importer: Importer, kind: str, tally: Tally, examples: int
) -> None:
    @given(
        given_input=any_csv_input(kind),
        dry_run=st.booleans(),
        order=st.sampled_from((None, None, *DateOrder)),
    )
    @fuzz_settings(examples)
    def one(given_input: CsvInput, dry_run: bool, order: DateOrder | None) -> None:
        tally.count(f"CSV import {kind}")
        before = _vault_digest(unlocked) if dry_run else ""
        check_import(importer, kind, given_input, dry_run, order)
        if dry_run:
            assert _vault_digest(unlocked) == before, "a dry run changed the vault"

    with watchdog():
        one()


def _fuzz_csv_import(
    unlocked: UnlockedVault, capsys: pytest.CaptureFixture[str], examples: int, title: str
) -> None:
    importer = Importer(unlocked, today=lambda: TODAY)
    tally = Tally(title)
    for kind in SPECS:
        _fuzz_one_kind(unlocked, importer, kind, tally, examples)
    tally.report(capsys)


def test_csv_import_fuzz(import_vault: UnlockedVault, capsys: pytest.CaptureFixture[str]) -> None:
    _fuzz_csv_import(import_vault, capsys, examples=60, title="fast")


@pytest.mark.slow
def test_csv_import_fuzz_soak(
    import_vault: UnlockedVault, capsys: pytest.CaptureFixture[str]
) -> None:
    _fuzz_csv_import(import_vault, capsys, examples=1500, title="soak")


# --- USB bundles --------------------------------------------------------------------------


@dataclass
class BundleWorld:
    program: Program
    hub: InProcessHub
    bundle: bytes  # a real bundle from device a, not imported on b
    folder: Path


@pytest.fixture(scope="module")
def bundle_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BundleWorld]:
    root = tmp_path_factory.mktemp("fuzz-bundles")
    hub = InProcessHub(f"sqlite:///{root / 'hub.db'}")
    program = make_program(
        root, hub.url, hub.setup_token(), hub.client, others=(("b", Role.COORDINATOR),)
    )
    a = program["a"]
    Importer(a.vault, today=lambda: TODAY).run(
        "participants",
        b"participant_id,display_name,intake_date,notes\n"
        b"P1,Dee,2024-01-01,first\nP2,Eli,2024-01-02,second\n",
    )
    Importer(a.vault, today=lambda: TODAY).run(
        "contacts", b"participant_id,date,type,notes\nP1,2024-02-01,phone,called\n"
    )
    path = root / "real.pdb"
    a.sync.export_bundle(path)
    yield BundleWorld(program, hub, path.read_bytes(), root)
    program.close()
    hub.close()


def _expect_refused(sync: SyncService, unlocked: UnlockedVault, data: bytes) -> None:
    """Importing `data` is refused with a KnownError and changes nothing."""
    before = _vault_digest(unlocked)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.pdb"
        path.write_bytes(data)
        with pytest.raises(KnownError):
            sync.import_bundle(path)
    assert _vault_digest(unlocked) == before, "a refused bundle changed the vault"


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """The bundle with one to three changes of the kinds a USB stick or a person makes."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.integers(0, 6))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if how == 0 and data:  # flip bits
            data[at] ^= draw(st.integers(1, 255))
        elif how == 1:  # cut off
            del data[at:]
        elif how == 2:  # insert
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif how == 3:  # delete a range
            del data[at : at + draw(st.integers(1, 200))]
        elif how == 4:  # overwrite a range
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[at : at + len(chunk)] = chunk
        elif how == 5:  # a block copied from elsewhere in the file
            src = draw(st.integers(0, max(0, len(data) - 1)))
            data[at:at] = data[src : src + draw(st.integers(1, 256))]
        else:  # append
            data += draw(st.binary(min_size=1, max_size=64))
    return bytes(data)


def _unseal(sync: SyncService, data: bytes) -> dict[str, Any]:
    identity = sync._require_identity()
    prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
    nonce = data[len(prefix) : len(prefix) + 12]
    body = AESGCM(SyncService._bundle_key(identity)).decrypt(
        nonce, data[len(prefix) + 12 : -64], prefix
    )
    loaded: dict[str, Any] = json.loads(body)
    return loaded


def _reseal(sync: SyncService, body: bytes) -> bytes:
    """`body` sealed and signed as device a's `export_bundle` would."""
    identity = sync._require_identity()
    prefix = BUNDLE_MAGIC + bytes([BUNDLE_VERSION])
    nonce = os.urandom(12)
    signed = prefix + nonce + AESGCM(SyncService._bundle_key(identity)).encrypt(nonce, body, prefix)
    return signed + identity.signing_key.sign(signed)


_JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(("", "roster", "caseload", "staff", "AAAA", "not base64!")),
)


def _json_containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)


JSON_VALUES = st.recursive(_JSON_LEAVES, _json_containers, max_leaves=12)

# `import_bundle` reads these outside its parsing `try`, so a wrongly typed or missing value
# there ends in a ValueError, KeyError or OverflowError instead of "damaged" (reported to
# the sync owner; see test_bundle_with_a_mistyped_header_is_refused below). The fuzzer
# leaves them alone so that it keeps watching everything else.
_KNOWN_UNCHECKED: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyChange:
    body: dict[str, Any]
    cut: int | None  # keep only this many characters of the JSON text (not JSON any more)

    def text(self, bundle_id: str, sequence: int) -> bytes:
        """The JSON with a new bundle id and sequence, so that no change is refused only
        for being a replay of one imported before."""
        body = {**self.body, "bundle_id": bundle_id, "sequence": sequence}
        text = json.dumps(body)
        return (text if self.cut is None else text[: self.cut]).encode()


@st.composite
def body_changes(draw: st.DrawFn, body: dict[str, Any]) -> BodyChange:
    """The bundle's JSON body with fields removed, retyped or replaced."""
    changed = json.loads(json.dumps(body))
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.integers(0, 3))
        fields = sorted(k for k in changed if k not in _KNOWN_UNCHECKED)
        envelopes = changed.get("envelopes")
        if target == 0 and fields:  # a top-level field
            key = draw(st.sampled_from(fields))
            if draw(st.booleans()):
                del changed[key]
            else:
                changed[key] = draw(JSON_VALUES)
        elif target == 1 and isinstance(envelopes, list) and envelopes:  # in one envelope
            envelope = envelopes[draw(st.integers(0, len(envelopes) - 1))]
            if isinstance(envelope, dict) and envelope:
                key = draw(st.sampled_from(sorted(envelope)))
                if draw(st.booleans()):
                    del envelope[key]
                else:
                    envelope[key] = draw(JSON_VALUES)
        elif target == 2 and isinstance(envelopes, list):  # add, drop or repeat one
            repeat = draw(st.booleans())
            if envelopes and repeat:
                envelopes.append(envelopes[draw(st.integers(0, len(envelopes) - 1))])
            elif envelopes:
                envelopes.pop(draw(st.integers(0, len(envelopes) - 1)))
            else:
                envelopes.append(draw(JSON_VALUES))
        else:
            changed[draw(st.text(max_size=8))] = draw(JSON_VALUES)
    cut = draw(st.integers(0, 200)) if draw(st.integers(0, 9)) == 0 else None
    return BodyChange(changed, cut)


def _fuzz_bundles(
    world: BundleWorld, capsys: pytest.CaptureFixture[str], examples: int, title: str
) -> None:
    b = world.program["b"]
    tally = Tally(title)
    body = _unseal(world.program["a"].sync, world.bundle)

    @given(
        data=st.one_of(
            st.binary(max_size=400),
            st.binary(max_size=40).map(lambda tail: BUNDLE_MAGIC + bytes([BUNDLE_VERSION]) + tail),
        )
    )
    @fuzz_settings(examples)
    def random_bytes(data: bytes) -> None:
        tally.count("bundle import, random bytes")
        _expect_refused(b.sync, b.vault, data)

    @given(data=mutated(world.bundle))
    @fuzz_settings(examples)
    def changed_bytes(data: bytes) -> None:
        assume(data != world.bundle)
        tally.count("bundle import, real bundle with bytes changed")
        _expect_refused(b.sync, b.vault, data)

    sequences = itertools.count(10**7)  # above any bundle b has taken in

    @given(change=body_changes(body))
    @fuzz_settings(examples)
    def resealed(change: BodyChange) -> None:
        tally.count("bundle import, changed inside and signed again")
        before = _vault_digest(b.vault)
        changed = change.text(str(uuid.uuid4()), next(sequences))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bundle.pdb"
            path.write_bytes(_reseal(world.program["a"].sync, changed))
            try:
                b.sync.import_bundle(path)
            except KnownError:
                assert _vault_digest(b.vault) == before, "a refused bundle changed the vault"

    with watchdog():
        random_bytes()
        changed_bytes()
        resealed()
    tally.report(capsys)


@pytest.mark.parametrize(
    "field,value",
    [
        ("organisation_id", None),  # None: the field is left out
        ("bundle_id", None),
        ("sequence", None),
        ("sequence", "seven"),
        ("sequence", 1e400),  # JSON `Infinity`
    ],
)
def test_bundle_with_a_mistyped_header_is_refused(
    bundle_world: BundleWorld, field: str, value: Any
) -> None:
    """A bundle sealed and signed with the program's keys whose header fields are missing
    or of the wrong type is refused as damaged, like any other damaged bundle."""
    a, b = bundle_world.program["a"], bundle_world.program["b"]
    body = _unseal(a.sync, bundle_world.bundle)
    body["bundle_id"] = str(uuid.uuid4())
    body["sequence"] = 10**6
    if value is None:
        del body[field]
    else:
        body[field] = value
    _expect_refused(b.sync, b.vault, _reseal(a.sync, json.dumps(body).encode()))


def test_bundle_import_fuzz(bundle_world: BundleWorld, capsys: pytest.CaptureFixture[str]) -> None:
    _fuzz_bundles(bundle_world, capsys, examples=80, title="fast")


@pytest.mark.slow
def test_bundle_import_fuzz_soak(
    bundle_world: BundleWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    _fuzz_bundles(bundle_world, capsys, examples=1500, title="soak")


# --- the hub, in this process -------------------------------------------------------------


@dataclass
class HubWorld:
    app: Any
    store: HubStore
    admin_key: Ed25519PrivateKey
    admin_token: str
    peer_token: str


ADMIN_ID = "admin-device"
JSON_TYPE = (b"content-type", b"application/json")
PEER_ID = "peer-device"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


async def _request(
    app: Any, method: str, path: str, headers: list[tuple[bytes, bytes]], body: bytes
) -> httpx.Response:
    """One request straight through the ASGI transport: no client logic in between (an
    httpx client would, say, parse the Location of a redirect made from a fuzzed Host)."""
    request = httpx.Request(method, "http://hub.test" + path, content=body)
    for name, value in headers:
        request.headers[name.decode("latin-1")] = value.decode("latin-1")
    answer = await asyncio.wait_for(
        httpx.ASGITransport(app=app).handle_async_request(request), timeout=30
    )
    content = await answer.aread()
    return httpx.Response(answer.status_code, headers=answer.headers, content=content)


def call(
    app: Any,
    method: str,
    path: str,
    headers: list[tuple[bytes, bytes]] | None = None,
    body: bytes = b"",
) -> httpx.Response:
    return asyncio.run(_request(app, method, path, headers or [], body))


def _bearer(token: str) -> list[tuple[bytes, bytes]]:
    return [(b"authorization", f"Bearer {token}".encode())]


@pytest.fixture(scope="module")
def hub_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubWorld]:
    """A hub app on a fresh SQLite store with an admin device and a peer's device that can
    only use the roster scope."""
    store = HubStore.open(str(tmp_path_factory.mktemp("fuzz-hub") / "hub.db"))
    app = build_app(store)
    admin_key = Ed25519PrivateKey.generate()
    setup = {
        "setup_token": store.new_setup_token(),
        "organisation_id": "org-1",
        "device": {
            "device_id": ADMIN_ID,
            "name": "admin",
            "public_key": _b64(public_key_bytes(admin_key.public_key())),
            "scopes": ["roster", "caseload", "staff"],
        },
    }
    answer = call(app, "POST", "/v1/setup", [JSON_TYPE], json.dumps(setup).encode())
    assert answer.status_code == 200, answer.text
    admin_token = answer.json()["device_token"]
    enrolment = {
        "device_id": PEER_ID,
        "name": "peer laptop",
        "scopes": ["roster"],
        "admin": False,
        "public_key": _b64(public_key_bytes(Ed25519PrivateKey.generate().public_key())),
        "register_hash": _b64(sha256(b"register me")),
    }
    answer = call(
        app,
        "POST",
        "/v1/enrolments",
        [*_bearer(admin_token), JSON_TYPE],
        json.dumps(enrolment).encode(),
    )
    assert answer.status_code == 201, answer.text
    answer = call(
        app,
        "POST",
        "/v1/register",
        [JSON_TYPE],
        json.dumps({"device_id": PEER_ID, "register_secret": "register me"}).encode(),
    )
    assert answer.status_code == 200, answer.text
    yield HubWorld(app, store, admin_key, admin_token, answer.json()["device_token"])
    store.close()


_PATHS = (
    "/v1/health",
    "/v1/setup",
    "/v1/enrolments",
    "/v1/register",
    "/v1/devices",
    f"/v1/devices/{PEER_ID}/revoke",
    "/v1/devices/nobody/revoke",
    "/v1/keys",
    "/v1/push",
    "/v1/pull",
    "/v1/status",
    "/openapi.json",
    "/docs",
    "/",
)
_TEXT = st.text(max_size=40)
_HEADER_BYTES = st.binary(max_size=60).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))


@st.composite
def signed_push(draw: st.DrawFn, key: Ed25519PrivateKey) -> bytes:
    """A push of envelopes signed by the admin device, then perhaps changed."""
    envelopes = []
    for _ in range(draw(st.integers(1, 4))):
        header = Header(
            record_id=draw(
                st.sampled_from(("r1", "r2", MARKER)) | st.text(min_size=1, max_size=64)
            ),
            scope=draw(st.sampled_from(("roster", "caseload", "staff"))),
            key_id=draw(st.sampled_from(("k1",)) | st.text(min_size=1, max_size=64)),
            device_id=draw(st.sampled_from((ADMIN_ID, ADMIN_ID, PEER_ID, "x"))),
            seq=draw(st.integers(0, 2**62 - 1)),
            hlc=draw(
                st.sampled_from(("0001800000000000-0000-a",)) | st.text(min_size=1, max_size=120)
            ),
            deleted=draw(st.booleans()),
            erase=draw(st.booleans()),
        )
        ciphertext = draw(st.binary(min_size=16, max_size=200))
        envelopes.append(Envelope(header, os.urandom(12), ciphertext))
    items = [e.to_json() for e in sign_batch(envelopes, key)]
    for _ in range(draw(st.integers(0, 2))):
        item = items[draw(st.integers(0, len(items) - 1))]
        key_name = draw(st.sampled_from(sorted(item)))
        if draw(st.booleans()):
            del item[key_name]
        else:
            item[key_name] = draw(JSON_VALUES)
    return json.dumps({"envelopes": items}).encode()


@st.composite
def json_body_for(draw: st.DrawFn, path: str) -> bytes:
    """A body shaped like the endpoint's, with fields wrong, missing or extra."""
    shapes: dict[str, dict[str, Any]] = {
        "/v1/setup": {
            "setup_token": draw(_TEXT),
            "organisation_id": draw(_TEXT),
            "device": {
                "device_id": draw(_TEXT),
                "name": MARKER + draw(_TEXT),
                "public_key": draw(st.sampled_from((_b64(bytes(32)), _b64(b"\x01" * 32)))),
                "scopes": draw(st.lists(st.sampled_from(("roster", "caseload", "staff", "x")))),
            },
        },
        "/v1/enrolments": {
            "device_id": draw(_TEXT),
            "name": MARKER + draw(_TEXT),
            "scopes": draw(st.lists(st.sampled_from(("roster", "caseload", "staff", "x")))),
            "admin": draw(JSON_VALUES),
            "public_key": _b64(public_key_bytes(Ed25519PrivateKey.generate().public_key())),
            "register_hash": draw(st.sampled_from((_b64(bytes(32)), "AAAA", MARKER))),
        },
        "/v1/register": {"device_id": draw(_TEXT), "register_secret": MARKER + draw(_TEXT)},
    }
    body = shapes.get(path, {"anything": MARKER})
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(sorted(body)) | _TEXT if body else _TEXT)
        if draw(st.booleans()):
            body.pop(name, None)
        else:
            body[name] = draw(JSON_VALUES)
    return json.dumps(body).encode()


@dataclass(frozen=True)
class HubRequest:
    method: str
    path: str
    headers: list[tuple[bytes, bytes]]
    body: bytes


@st.composite
def hub_requests(draw: st.DrawFn, world: HubWorld) -> HubRequest:
    path = draw(st.sampled_from(_PATHS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        device = quote(draw(st.text(max_size=80)), safe="", errors="surrogatepass")
        path = f"/v1/devices/{device}/revoke"
    elif shape == 1:
        path += (
            "?"
            + draw(st.sampled_from(("after=", "limit=", "after=1&limit=", "limit=5000&after=")))
            + draw(st.sampled_from(("0", "-1", "5001", str(2**62), str(2**80), "x", "1e3", "")))
        )
    elif shape == 2:
        path += draw(st.sampled_from(("/", "//", "/x", "%00", "%ff", "?%", "/../v1/keys")))
    method = draw(st.sampled_from(("GET", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS")))
    auth = draw(st.integers(0, 6))
    headers: list[tuple[bytes, bytes]] = []
    if auth in (0, 1, 2):
        headers += _bearer(world.admin_token)
    elif auth == 3:
        headers += _bearer(world.peer_token)
    elif auth == 4:
        headers.append((b"authorization", b"Bearer " + draw(_HEADER_BYTES)))
    elif auth == 5:
        headers.append((b"authorization", draw(_HEADER_BYTES)))
    if draw(st.booleans()):
        headers.append(
            (
                b"content-type",
                draw(
                    st.sampled_from(
                        (b"application/json", b"text/plain", b"multipart/form-data", b"")
                    )
                    | _HEADER_BYTES
                ),
            )
        )
    if draw(st.integers(0, 9)) == 0:
        headers.append(
            (draw(st.sampled_from((b"x-anything", b"accept", b"host"))), draw(_HEADER_BYTES))
        )
    body_kind = draw(st.integers(0, 4))
    if body_kind == 0:
        body = b""
    elif body_kind == 1:
        body = draw(st.binary(max_size=300))
    elif body_kind == 2:
        body = json.dumps(draw(JSON_VALUES)).encode()
    elif body_kind == 3:
        body = draw(signed_push(world.admin_key))
    else:
        body = draw(json_body_for(path.split("?")[0]))
    return HubRequest(method, path, headers, body)


def _fuzz_hub_in_process(
    world: HubWorld, capsys: pytest.CaptureFixture[str], examples: int, title: str
) -> None:
    tally = Tally(title)

    @given(request=hub_requests(world))
    @fuzz_settings(examples)
    def one(request: HubRequest) -> None:
        tally.count("hub in process, made-up requests")
        answer = call(world.app, request.method, request.path, request.headers, request.body)
        assert answer.status_code < 500, (answer.status_code, answer.text)
        if answer.status_code >= 400:
            assert MARKER not in answer.text, answer.text

    with watchdog():
        one()
    # And the hub still serves its devices afterwards.
    # (a device can't revoke itself, so the admin device is still there)
    assert call(world.app, "GET", "/v1/status", _bearer(world.admin_token)).status_code == 200
    tally.report(capsys)


def test_hub_in_process_fuzz(hub_world: HubWorld, capsys: pytest.CaptureFixture[str]) -> None:
    _fuzz_hub_in_process(hub_world, capsys, examples=300, title="fast")


@pytest.mark.slow
def test_hub_in_process_fuzz_soak(hub_world: HubWorld, capsys: pytest.CaptureFixture[str]) -> None:
    _fuzz_hub_in_process(hub_world, capsys, examples=5000, title="soak")


# --- the hub, a real process, with schemathesis -------------------------------------------


@dataclass
class RealHub:
    hub: RunningHub
    admin_token: str


@pytest.fixture(scope="module")
def real_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealHub]:
    """`peerdesk-hub serve` on loopback, set up with an admin device holding every scope."""
    folder = tmp_path_factory.mktemp("fuzz-real-hub")
    hub = start_hub(str(folder / "hub.db"), folder)
    try:
        key = Ed25519PrivateKey.generate()
        answer = httpx.post(
            hub.url + "/v1/setup",
            json={
                "setup_token": hub.setup_token,
                "organisation_id": "org-1",
                "device": {
                    "device_id": ADMIN_ID,
                    "name": "admin",
                    "public_key": _b64(public_key_bytes(key.public_key())),
                    "scopes": ["roster", "caseload", "staff"],
                },
            },
        )
        assert answer.status_code == 200, answer.text
        yield RealHub(hub, answer.json()["device_token"])
    finally:
        hub.stop()


def _schemathesis_run(
    real: RealHub, capsys: pytest.CaptureFixture[str], examples: int, title: str
) -> None:
    import requests
    import schemathesis
    from hypothesis.errors import Unsatisfiable
    from schemathesis.checks import not_a_server_error
    from schemathesis.core.result import Ok
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    schema = schemathesis.openapi.from_url(real.hub.url + "/openapi.json")
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results), "the hub's /openapi.json has invalid operations"
    assert len(operations) >= 10, [op.label for op in operations]
    checks = [
        not_a_server_error,  # the point: never a 500
        status_code_conformance,  # and /openapi.json tells clients the truth
        response_schema_conformance,
        content_type_conformance,
    ]
    headers = {"Authorization": f"Bearer {real.admin_token}"}
    tally = Tally(title)

    def fuzz(operation: Any, mode: Any, session: requests.Session) -> None:
        target = f"hub process, schemathesis {mode.value} cases over {len(operations)} operations"

        @given(case=operation.as_strategy(generation_mode=mode))
        @fuzz_settings(examples, deadline=timedelta(seconds=10))
        def one(case: Any) -> None:
            tally.count(target)
            case.call_and_validate(session=session, headers=headers, checks=checks, timeout=30)

        try:
            with watchdog():
                one()
        except Unsatisfiable:
            # An operation without parameters or body (GET /v1/health) has no invalid
            # requests to make.
            assert mode is schemathesis.GenerationMode.NEGATIVE
            assert not operation.query and not operation.body, operation.label

    with requests.Session() as session:
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            for operation in operations:
                fuzz(operation, mode, session)
    assert real.hub.process.poll() is None, "the hub process ended"
    log = real.hub.log()
    assert "Traceback" not in log and " ERROR " not in log, log[-3000:]
    tally.report(capsys)


def test_hub_schemathesis(real_hub: RealHub, capsys: pytest.CaptureFixture[str]) -> None:
    _schemathesis_run(real_hub, capsys, examples=15, title="fast")


@pytest.mark.slow
def test_hub_schemathesis_soak(real_hub: RealHub, capsys: pytest.CaptureFixture[str]) -> None:
    _schemathesis_run(real_hub, capsys, examples=300, title="soak")
