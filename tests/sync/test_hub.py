"""The sync hub as a real process over HTTP (docs/sync-protocol.md), on SQLite and on
PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.sync.wire import (
    MAX_REQUEST_BYTES,
    Envelope,
    Header,
    public_key_bytes,
    sign_batch,
)
from tests.sync.conftest import HUB_BACKENDS
from tests.sync.hub_process import RunningHub, hub_command

ALL_SCOPES = ["roster", "caseload", "staff"]
MARKER = "qwxplaintextmarkerzq"  # only ever inside encrypted payloads
_ids = itertools.count(1)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unique(prefix: str) -> str:
    return f"{prefix}-{os.getpid()}-{next(_ids)}"


@dataclass
class Device:
    device_id: str
    key: Ed25519PrivateKey
    token: str
    http: httpx.Client
    scopes: list[str]
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def envelopes(
        self,
        record_ids: Sequence[str],
        scope: str = "roster",
        *,
        erase: bool = False,
        plaintext: bytes | None = None,
    ) -> list[Envelope]:
        """Signed envelopes, one per record, with fresh seq numbers; the payload is
        either random bytes or `plaintext` really encrypted (the hub never decrypts)."""
        made = []
        for record_id in record_ids:
            seq = next(self.seq)
            header = Header(
                record_id, scope, "k1", self.device_id, seq, f"{seq:016d}-{self.device_id}",
                False, erase,
            )  # fmt: skip
            nonce = os.urandom(12)
            if plaintext is None:
                ciphertext = os.urandom(80)
            else:
                ciphertext = AESGCM(bytes(32)).encrypt(nonce, plaintext, header.canonical())
            made.append(Envelope(header, nonce, ciphertext))
        return sign_batch(made, self.key)

    def push(self, envelopes: Sequence[Envelope | dict[str, Any]]) -> httpx.Response:
        body = [e.to_json() if isinstance(e, Envelope) else e for e in envelopes]
        return self.http.post("/v1/push", json={"envelopes": body}, headers=self.auth)

    def pull_all(self, after: int = 0, limit: int = 5000) -> tuple[list[dict[str, Any]], int]:
        got: list[dict[str, Any]] = []
        while True:
            answer = self.http.get(
                "/v1/pull", params={"after": after, "limit": limit}, headers=self.auth
            )
            assert answer.status_code == 200, answer.text
            page = answer.json()
            got.extend(page["envelopes"])
            after = page["next"]
            if not page["more"]:
                return got, after


@dataclass
class Org:
    """A set-up hub with its admin device."""

    hub: RunningHub
    http: httpx.Client
    admin: Device

    def enrol(self, scopes: Sequence[str] = ALL_SCOPES, *, admin: bool = False) -> Device:
        device_id = unique("device")
        key = Ed25519PrivateKey.generate()
        secret = unique("register-secret")
        answer = self.http.post(
            "/v1/enrolments",
            headers=self.admin.auth,
            json={
                "device_id": device_id,
                "name": "Laptop",
                "scopes": list(scopes),
                "admin": admin,
                "public_key": b64(public_key_bytes(key.public_key())),
                "register_hash": b64(hashlib.sha256(secret.encode()).digest()),
            },
        )
        assert answer.status_code == 201, answer.text
        answer = self.http.post(
            "/v1/register", json={"device_id": device_id, "register_secret": secret}
        )
        assert answer.status_code == 200, answer.text
        return Device(device_id, key, answer.json()["device_token"], self.http, list(scopes))


def set_up(hub: RunningHub, http: httpx.Client) -> Device:
    key = Ed25519PrivateKey.generate()
    device_id = unique("admin")
    answer = http.post(
        "/v1/setup",
        json={
            "setup_token": hub.setup_token,
            "organisation_id": "org-1",
            "device": {
                "device_id": device_id,
                "name": "Coordinator",
                "public_key": b64(public_key_bytes(key.public_key())),
                "scopes": ALL_SCOPES,
            },
        },
    )
    assert answer.status_code == 200, answer.text
    return Device(device_id, key, answer.json()["device_token"], http, ALL_SCOPES)


@pytest.fixture(scope="module", params=HUB_BACKENDS)
def org(
    request: pytest.FixtureRequest,
    new_hub_db: Callable[[str], str],
    hub_starter: Callable[[str], RunningHub],
) -> Iterator[Org]:
    """One set-up hub per backend shared by this module's tests (they use fresh devices
    and record ids, so they don't see each other)."""
    hub = hub_starter(new_hub_db(request.param))
    with httpx.Client(base_url=hub.url, timeout=30) as http:
        yield Org(hub, http, set_up(hub, http))
    hub.stop()


def db_query(db: str, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Look straight into the hub's database (sql uses %s placeholders)."""
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as conn:
            return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    with sqlite3.connect(db) as conn:
        return conn.execute(sql.replace("%s", "?"), params).fetchall()


def records_of(envelopes: list[dict[str, Any]], record_ids: Sequence[str]) -> list[dict[str, Any]]:
    wanted = set(record_ids)
    return [e for e in envelopes if e["record_id"] in wanted]


# Setting up, enrolling, credentials


def test_a_hub_is_set_up_once_with_its_setup_token(hub_server: RunningHub) -> None:
    assert hub_server.setup_token
    with httpx.Client(base_url=hub_server.url, timeout=30) as http:
        assert http.get("/v1/health").json() == {"status": "ok", "set_up": False}
        wrong = replace(hub_server, setup_token="not-the-token")
        with pytest.raises(AssertionError, match="403"):
            set_up(wrong, http)
        admin = set_up(hub_server, http)
        assert http.get("/v1/health").json() == {"status": "ok", "set_up": True}
        with pytest.raises(AssertionError, match="409"):
            set_up(hub_server, http)
        devices = http.get("/v1/devices", headers=admin.auth).json()["devices"]
        assert [(d["device_id"], d["admin"], d["registered"]) for d in devices] == [
            (admin.device_id, True, True)
        ]
    again = subprocess.run(
        [*hub_command(), "setup-token", "--db", hub_server.db],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "peerdesk-hub: This hub is already set up; no setup token is needed."
    )


def test_a_device_registers_once_with_its_enrolment_secret(org: Org) -> None:
    device = org.enrol(["roster"])
    again = org.http.post(
        "/v1/register", json={"device_id": device.device_id, "register_secret": "anything"}
    )
    assert again.status_code == 403
    unknown = org.http.post(
        "/v1/register", json={"device_id": unique("nobody"), "register_secret": "x"}
    )
    assert unknown.status_code == 403
    enrolment = {
        "device_id": device.device_id,
        "name": "Again",
        "scopes": ["roster"],
        "admin": False,
        "public_key": b64(bytes(32)),
        "register_hash": b64(bytes(32)),
    }
    assert (
        org.http.post("/v1/enrolments", json=enrolment, headers=org.admin.auth).status_code == 409
    )
    # A wrong secret for a fresh enrolment is refused and doesn't use the enrolment up.
    enrolment["device_id"] = unique("device")
    enrolment["register_hash"] = b64(hashlib.sha256(b"right").digest())
    assert (
        org.http.post("/v1/enrolments", json=enrolment, headers=org.admin.auth).status_code == 201
    )
    body = {"device_id": enrolment["device_id"], "register_secret": "wrong"}
    assert org.http.post("/v1/register", json=body).status_code == 403
    body["register_secret"] = "right"
    assert org.http.post("/v1/register", json=body).status_code == 200


def test_a_missing_unknown_or_wrong_credential_is_401(org: Org) -> None:
    device = org.enrol()
    device_id, _, secret = device.token.rpartition(".")
    for headers in (
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic abc"},
        {"Authorization": f"Bearer {secret}"},
        {"Authorization": f"Bearer {unique('nobody')}.{secret}"},
        {"Authorization": f"Bearer {device_id}.wrong-secret"},
    ):
        for path in ("/v1/status", "/v1/keys", "/v1/pull"):
            assert org.http.get(path, headers=headers).status_code == 401, (path, headers)
        assert org.http.post("/v1/push", json={"envelopes": []}, headers=headers).status_code == 401
    assert org.http.get("/v1/status", headers=device.auth).status_code == 200


def test_admin_endpoints_refuse_other_devices(org: Org) -> None:
    device = org.enrol()
    assert org.http.get("/v1/devices", headers=device.auth).status_code == 403
    assert (
        org.http.post(f"/v1/devices/{org.admin.device_id}/revoke", headers=device.auth).status_code
        == 403
    )
    enrolment = {
        "device_id": unique("device"),
        "name": "X",
        "scopes": ["roster"],
        "admin": True,
        "public_key": b64(bytes(32)),
        "register_hash": b64(bytes(32)),
    }
    assert org.http.post("/v1/enrolments", json=enrolment, headers=device.auth).status_code == 403
    second_admin = org.enrol(admin=True)
    assert org.http.get("/v1/devices", headers=second_admin.auth).status_code == 200


def test_a_revoked_device_is_refused_everywhere(org: Org) -> None:
    device = org.enrol()
    path = f"/v1/devices/{device.device_id}/revoke"
    assert org.http.post(path, headers=org.admin.auth).status_code == 200
    assert device.push(device.envelopes([unique("r")])).status_code == 403
    assert org.http.get("/v1/pull", headers=device.auth).status_code == 403
    assert org.http.get("/v1/status", headers=device.auth).status_code == 403
    assert org.http.get("/v1/keys", headers=device.auth).status_code == 403
    mine = f"/v1/devices/{org.admin.device_id}/revoke"
    assert org.http.post(mine, headers=org.admin.auth).status_code == 409
    nobody = f"/v1/devices/{unique('nobody')}/revoke"
    assert org.http.post(nobody, headers=org.admin.auth).status_code == 404
    keys = org.http.get("/v1/keys", headers=org.admin.auth).json()["devices"]
    assert {
        "device_id": device.device_id,
        "public_key": b64(public_key_bytes(device.key.public_key())),
    } in keys
    listed = org.http.get("/v1/devices", headers=org.admin.auth).json()["devices"]
    assert [d["revoked"] for d in listed if d["device_id"] == device.device_id] == [True]


# Pushing and pulling


def test_push_and_pull_round_trip_in_pages(org: Org) -> None:
    writer, reader = org.enrol(), org.enrol()
    _, start = reader.pull_all()
    records = [unique("rec") for _ in range(25)]
    sent = writer.envelopes(records, "caseload")
    answer = writer.push(sent)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"acked_seq": 25, "accepted": 25, "dropped": 0}

    pages, after = [], start
    while True:
        page = reader.http.get(
            "/v1/pull", params={"after": after, "limit": 10}, headers=reader.auth
        ).json()
        pages.append(len(page["envelopes"]))
        got = page["envelopes"]
        assert all(e["position"] > after for e in got)
        after = page["next"]
        if not page["more"]:
            break
        assert after == got[-1]["position"]
    assert pages == [10, 10, 5]
    received, _ = reader.pull_all(start)
    assert [
        Envelope.from_json({k: v for k, v in e.items() if k != "position"}) for e in received
    ] == sent
    positions = [e["position"] for e in received]
    assert positions == sorted(set(positions))
    status = org.http.get("/v1/status", headers=reader.auth).json()
    assert status["head"] >= positions[-1]
    assert org.http.get("/v1/status", headers=writer.auth).json()["acked_seq"] == 25

    own, _ = writer.pull_all(start)
    assert records_of(own, records) == []


def test_a_device_only_receives_its_scopes(org: Org) -> None:
    writer, facilitator = org.enrol(), org.enrol(["roster"])
    _, start = facilitator.pull_all()
    roster, caseload = [unique("rec") for _ in range(3)], [unique("rec") for _ in range(3)]
    assert writer.push(writer.envelopes(roster, "roster")).status_code == 200
    assert writer.push(writer.envelopes(caseload, "caseload")).status_code == 200
    got, _ = facilitator.pull_all(start)
    assert {e["scope"] for e in got} == {"roster"}
    assert {e["record_id"] for e in got} >= set(roster)
    assert records_of(got, caseload) == []
    # It may not push for a scope it isn't enrolled for either.
    refused = facilitator.push(facilitator.envelopes([unique("rec")], "caseload"))
    assert refused.status_code == 403


def test_pushing_twice_changes_nothing(org: Org) -> None:
    writer, reader = org.enrol(), org.enrol()
    records = [unique("rec") for _ in range(5)]
    batch = writer.envelopes(records)
    assert writer.push(batch).json()["accepted"] == 5
    before, cursor = reader.pull_all()
    again = writer.push(batch)
    assert again.json() == {"acked_seq": 5, "accepted": 0, "dropped": 5}
    after, _ = reader.pull_all()
    assert records_of(after, records) == records_of(before, records)
    assert reader.pull_all(cursor)[0] == []


def test_a_higher_seq_replaces_and_an_older_one_is_ignored(org: Org) -> None:
    writer, reader = org.enrol(), org.enrol()
    record = unique("rec")
    first = writer.envelopes([record])
    second = writer.envelopes([record])
    assert writer.push(first).json()["accepted"] == 1
    old_position = records_of(reader.pull_all()[0], [record])[0]["position"]
    assert writer.push(second).json()["accepted"] == 1
    kept = records_of(reader.pull_all()[0], [record])
    assert [(e["seq"], e["position"] > old_position) for e in kept] == [(2, True)]
    assert writer.push(first).json() == {"acked_seq": 2, "accepted": 0, "dropped": 1}
    assert records_of(reader.pull_all()[0], [record]) == kept


def test_an_erase_removes_the_record_everywhere_and_for_good(org: Org) -> None:
    one, two, coordinator = org.enrol(), org.enrol(), org.enrol(admin=True)
    record, other = unique("person"), unique("person")
    assert one.push(one.envelopes([record, other], "caseload")).status_code == 200
    assert two.push(two.envelopes([record], "roster")).status_code == 200
    assert two.push(two.envelopes([record], "caseload")).status_code == 200
    erase = coordinator.envelopes([record], "caseload", erase=True)
    assert coordinator.push(erase).json()["accepted"] == 1

    rows = db_query(
        org.hub.db, "SELECT device_id, erase FROM envelopes WHERE record_id = %s", [record]
    )
    assert [(d, bool(e)) for d, e in rows] == [(coordinator.device_id, True)]
    assert db_query(org.hub.db, "SELECT count(*) FROM envelopes WHERE record_id = %s", [other]) == [
        (1,)
    ]

    late = two.push(two.envelopes([record], "roster"))
    assert late.json() == {"acked_seq": 3, "accepted": 0, "dropped": 1}
    assert db_query(
        org.hub.db, "SELECT count(*) FROM envelopes WHERE record_id = %s", [record]
    ) == [(1,)]
    pulled = records_of(org.enrol().pull_all()[0], [record])
    assert [(e["device_id"], e["erase"]) for e in pulled] == [(coordinator.device_id, True)]


def test_only_a_coordinators_device_may_erase(org: Org) -> None:
    peer = org.enrol()
    record = unique("person")
    assert peer.push(peer.envelopes([record], "caseload")).status_code == 200
    refused = peer.push(peer.envelopes([record], "caseload", erase=True))
    assert refused.status_code == 403
    assert "only a coordinator" in refused.json()["detail"]
    assert db_query(
        org.hub.db, "SELECT count(*) FROM envelopes WHERE record_id = %s", [record]
    ) == [(1,)]


def _flip(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[len(raw) // 2] ^= 1
    return b64(bytes(raw))


def test_a_tampered_or_foreign_envelope_rejects_the_whole_push(org: Org) -> None:
    writer, stranger = org.enrol(), org.enrol()
    records = [unique("rec") for _ in range(4)]
    good = [e.to_json() for e in writer.envelopes(records)]
    stolen = stranger.envelopes([records[0]])[0].to_json()
    tampered: dict[str, tuple[dict[str, Any], int]] = {
        "flipped ciphertext": ({**good[1], "ciphertext": _flip(good[1]["ciphertext"])}, 422),
        "changed header": ({**good[1], "seq": good[1]["seq"] + 100}, 422),
        "changed flag": ({**good[1], "deleted": True}, 422),
        "someone else's signature": ({**good[1], "signature": stolen["signature"]}, 422),
        "bad base64": ({**good[1], "nonce": "%%%"}, 422),
        "missing field": ({k: v for k, v in good[1].items() if k != "hlc"}, 422),
        "another device's envelope": (stolen, 403),
    }
    for what, (bad, status) in tampered.items():
        answer = writer.push([good[0], bad, *good[2:]])
        assert answer.status_code == status, what
        assert "Envelope 1" in answer.json()["detail"], what
        assert "%%%" not in answer.text
    rows = db_query(
        org.hub.db, "SELECT count(*) FROM envelopes WHERE device_id = %s", [writer.device_id]
    )
    assert rows == [(0,)]
    assert org.http.get("/v1/status", headers=writer.auth).json()["acked_seq"] == 0
    assert writer.push(good).json()["accepted"] == 4


def test_odd_input_is_refused_without_a_server_error(org: Org) -> None:
    device = org.enrol()
    http, auth = org.http, device.auth
    good = device.envelopes([unique("rec")])[0].to_json()
    for params in ({"after": 2**70}, {"after": -1}, {"limit": 0}, {"limit": 5001}, {"limit": "x"}):
        assert http.get("/v1/pull", params=params, headers=auth).status_code == 422, params
    bodies: list[bytes] = [
        b"not json",
        b"[" * 100_000,
        b'{"envelopes": 5}',
        json.dumps({"envelopes": [{**good, "record_id": "\ud800"}]}).encode(),
        json.dumps({"envelopes": [{**good, "record_id": "a\u0000b"}]}).encode(),
        json.dumps({"envelopes": [{**good, "seq": 2**80}]}).encode(),
        json.dumps({"envelopes": [{**good, "leaf_count": 2**61, "leaf_index": 2**60}]}).encode(),
        json.dumps({"envelopes": [good] * 5001}).encode(),
    ]
    for body in bodies:
        answer = http.post(
            "/v1/push", content=body, headers={**auth, "Content-Type": "application/json"}
        )
        assert answer.status_code in (400, 403, 422), (body[:60], answer.status_code)
    weird_enrolments: list[dict[str, Any]] = [
        {"device_id": "x\u0000", "name": "n", "scopes": ["roster"], "admin": False},
        {"device_id": "é" * 65, "name": "n", "scopes": ["nope"], "admin": "yes"},
        {"device_id": "\ud800", "name": "n", "scopes": [], "admin": False},
    ]
    for enrolment in weird_enrolments:
        full = {"public_key": "!!", "register_hash": b64(bytes(3)), **enrolment}
        answer = http.post(
            "/v1/enrolments",
            content=json.dumps(full).encode(),  # escapes the lone surrogate
            headers={**org.admin.auth, "Content-Type": "application/json"},
        )
        assert answer.status_code == 422
        assert "!!" not in answer.text
    assert http.post(f"/v1/devices/{'x' * 65}/revoke", headers=org.admin.auth).status_code == 422
    assert http.post("/v1/devices/a%00b/revoke", headers=org.admin.auth).status_code == 422
    assert http.post(
        "/v1/setup", content=b"\xff\xfe", headers={"Content-Type": "application/json"}
    ).status_code in (400, 422)


def test_an_oversized_body_is_413(org: Org) -> None:
    device = org.enrol()
    declared = org.http.post(
        "/v1/push",
        content=b"x" * (MAX_REQUEST_BYTES + 1),
        headers={**device.auth, "Content-Type": "application/json"},
    )
    assert declared.status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_REQUEST_BYTES // (1 << 20) + 2):
            yield b" " * (1 << 20)

    try:
        streamed = org.http.post(
            "/v1/push",
            content=chunks(),
            headers={**device.auth, "Content-Type": "application/json"},
        )
    except httpx.TransportError:
        return  # the hub closed the connection while the client was still sending
    assert streamed.status_code == 413


def test_the_hub_stores_and_logs_no_plaintext_or_secrets(org: Org) -> None:
    device = org.enrol()
    batch = device.envelopes([unique("rec")], "caseload", plaintext=f"name: {MARKER}".encode())
    assert device.push(batch).status_code == 200
    assert org.http.get("/v1/pull", headers=device.auth).status_code == 200
    if org.hub.db.startswith("postgresql://"):
        dump = repr(db_query(org.hub.db, "SELECT * FROM envelopes")) + repr(
            db_query(org.hub.db, "SELECT * FROM devices")
        )
        stored = dump.encode()
    else:
        stored = b"".join(
            p.read_bytes() for p in sorted(__import__("pathlib").Path(org.hub.db).parent.iterdir())
        )
    assert MARKER.encode() not in stored
    log = org.hub.log()
    assert MARKER not in log
    assert device.token.rpartition(".")[2] not in log
    assert org.admin.token.rpartition(".")[2] not in log
    assert batch[0].to_json()["ciphertext"] not in log
    assert device.device_id in log  # logs do name devices


def test_openapi_documents_every_endpoint(org: Org) -> None:
    spec = org.http.get("/openapi.json").json()
    paths = spec["paths"]
    expected = {
        ("get", "/v1/health"),
        ("post", "/v1/setup"),
        ("post", "/v1/enrolments"),
        ("post", "/v1/register"),
        ("get", "/v1/devices"),
        ("post", "/v1/devices/{device_id}/revoke"),
        ("get", "/v1/keys"),
        ("post", "/v1/push"),
        ("get", "/v1/pull"),
        ("get", "/v1/status"),
    }
    assert {(m, p) for p, ops in paths.items() for m in ops} == expected
    push = paths["/v1/push"]["post"]
    schema = push["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["envelopes"]["maxItems"] == 5000
    assert {"401", "403", "413", "422"} <= set(push["responses"])
    assert "PullAnswer" in json.dumps(paths["/v1/pull"]["get"]["responses"]["200"])


# Several hub processes on one PostgreSQL database


def test_two_hub_processes_share_one_postgresql_database(
    new_hub_db: Callable[[str], str], hub_starter: Callable[[str], RunningHub]
) -> None:
    db = new_hub_db("postgresql")
    first = hub_starter(db)
    second = hub_starter(db)
    assert first.setup_token and second.setup_token  # each printed one; either works once
    with (
        httpx.Client(base_url=first.url, timeout=60) as one,
        httpx.Client(base_url=second.url, timeout=60) as two,
    ):
        org = Org(first, one, set_up(replace(first, setup_token=second.setup_token), one))
        assert two.get("/v1/health").json()["set_up"] is True
        writers = [org.enrol(), org.enrol(), org.enrol()]
        writers[1].http = two
        reader = org.enrol()
        reader.http = two
        pushes, per_push = 15, 40
        failures: list[str] = []
        seen: list[int] = []
        done = threading.Event()

        def write(device: Device) -> None:
            for _ in range(pushes):
                answer = device.push(device.envelopes([unique("rec") for _ in range(per_push)]))
                if answer.status_code != 200:
                    failures.append(answer.text)

        def read() -> None:
            after = 0
            with httpx.Client(base_url=second.url, timeout=60) as http:
                while True:
                    finished = done.is_set()
                    page = http.get(
                        "/v1/pull", params={"after": after, "limit": 100}, headers=reader.auth
                    ).json()
                    seen.extend(e["position"] for e in page["envelopes"])
                    after = page["next"]
                    if finished and not page["more"]:
                        return

        threads = [threading.Thread(target=write, args=(w,)) for w in writers]
        reader_thread = threading.Thread(target=read)
        reader_thread.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        reader_thread.join()
        assert failures == []
        total = len(writers) * pushes * per_push
        assert seen == sorted(set(seen))  # strictly increasing, no duplicates
        assert len(seen) == total  # a concurrent reader missed nothing
        everything, _ = reader.pull_all()
        assert sorted(e["position"] for e in everything) == seen


# The command line


def test_the_command_line_explains_bad_databases() -> None:
    bad = subprocess.run(
        [*hub_command(), "setup-token", "--db", "mysql://x@localhost/db"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (bad.returncode, bad.stderr.count("\n")) == (2, 1)
    assert "Traceback" not in bad.stderr
    unreachable = subprocess.run(
        [*hub_command(), "serve", "--db", "postgresql://nobody@127.0.0.1:1/none"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert unreachable.returncode == 1
    assert unreachable.stderr.startswith("peerdesk-hub: The hub's database can't be opened")
    assert "Traceback" not in unreachable.stderr
