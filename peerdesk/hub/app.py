"""The hub's HTTP API (docs/sync-protocol.md) as a FastAPI app.

Request and answer bodies are pydantic models so /openapi.json documents them. The two
hot paths skip pydantic: a push is parsed with `json.loads` and `Envelope.from_json`
(which checks every field anyway), and a pull answer is JSON built by hand.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import unicodedata
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from peerdesk.hub.store import Conflict, Device, Forbidden, HubStore, NotFound
from peerdesk.sync.wire import (
    MAX_ENVELOPES_PER_PUSH,
    MAX_PULL_PAGE,
    MAX_REQUEST_BYTES,
    Envelope,
    SignatureChecker,
    WireError,
    load_public_key,
    merkle,
)

log = logging.getLogger("peerdesk.hub")

Scope = Literal["roster", "caseload", "staff"]
MAX_POSITION = 2**62


def _plain_text(value: str) -> str:
    """Text the database can hold and a log can show: no control characters (NUL breaks
    PostgreSQL) and no lone surrogates (not UTF-8)."""
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
        raise ValueError("contains control characters or unpaired surrogates")
    return value


def _base64_of(size: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise ValueError("is not base64") from None
        if len(raw) != size:
            raise ValueError(f"is not {size} bytes")
        return value

    return check


DeviceId = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_plain_text)]
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_plain_text)]
Secret = Annotated[str, Field(min_length=1, max_length=200)]
PublicKey = Annotated[
    str,
    Field(max_length=64, description="base64 of a raw 32-byte Ed25519 public key"),
    AfterValidator(_base64_of(32)),
]
Hash = Annotated[
    str, Field(max_length=64, description="base64 of a SHA-256"), AfterValidator(_base64_of(32))
]
Scopes = Annotated[list[Scope], Field(min_length=1, max_length=3)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Problem(BaseModel):
    detail: str | list[dict[str, Any]] = Field(
        description="what is wrong, naming fields but never their content"
    )


class Health(_Model):
    status: Literal["ok"]
    set_up: bool


class SetupDevice(_Model):
    device_id: DeviceId
    name: Name
    public_key: PublicKey
    scopes: Scopes


class SetupRequest(_Model):
    setup_token: Secret
    organisation_id: DeviceId
    device: SetupDevice


class DeviceToken(_Model):
    device_token: str = Field(description="`<device_id>.<secret>`, the Bearer credential")


class EnrolmentRequest(_Model):
    device_id: DeviceId
    name: Name
    scopes: Scopes
    admin: bool
    public_key: PublicKey
    register_hash: Hash = Field(description="base64 of SHA-256 of the UTF-8 register secret")


class Empty(_Model):
    pass


class RegisterRequest(_Model):
    device_id: DeviceId
    register_secret: Secret


class DeviceInfo(_Model):
    device_id: str
    name: str
    scopes: list[Scope]
    admin: bool
    registered: bool
    revoked: bool
    last_seen: str | None = Field(description="ISO 8601 time in UTC, to the minute or so")


class DeviceList(_Model):
    devices: list[DeviceInfo]


class DeviceKey(_Model):
    device_id: str
    public_key: str = Field(description="base64 of the raw 32-byte Ed25519 public key")


class KeyList(_Model):
    devices: list[DeviceKey]


Base64 = Annotated[str, Field(description="standard base64")]
Count = Annotated[int, Field(ge=0, lt=MAX_POSITION)]


class EnvelopeBody(_Model):
    """One envelope as `peerdesk.sync.wire.Envelope.to_json` writes it."""

    record_id: Annotated[str, Field(min_length=1, max_length=64)]
    scope: Scope
    key_id: Annotated[str, Field(min_length=1, max_length=64)]
    device_id: Annotated[str, Field(min_length=1, max_length=64)]
    seq: Count
    hlc: Annotated[str, Field(min_length=1, max_length=120)]
    deleted: bool
    erase: bool
    nonce: Base64
    ciphertext: Base64
    signature: Base64
    leaf_index: Count
    leaf_count: Count
    proof: Annotated[Base64, Field(description="the path's 32-byte hashes, joined")]


class PushRequest(_Model):
    envelopes: Annotated[list[EnvelopeBody], Field(max_length=MAX_ENVELOPES_PER_PUSH)]


class PushAnswer(_Model):
    acked_seq: int = Field(description="the highest seq this device has pushed")
    accepted: int = Field(description="envelopes stored at new positions")
    dropped: int = Field(description="envelopes acknowledged but not stored (old or erased)")


class PulledEnvelope(EnvelopeBody):
    position: int


class PullAnswer(_Model):
    envelopes: list[PulledEnvelope]
    next: int = Field(description="the cursor to pass as `after` next time")
    more: bool


class Status(_Model):
    acked_seq: int
    head: int = Field(description="the newest position this device would pull")


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    meaning = {
        400: "the body is not JSON",
        401: "no credential, an unknown device or a wrong secret",
        403: "not allowed",
        404: "no such device",
        409: "conflicts with what the hub holds",
        413: "the body is too large",
        422: "a malformed request",
    }
    return {c: {"model": Problem, "description": meaning[c]} for c in codes}


_DEVICE_ERRORS = (401, 403, 413, 422)

_PUSH_BODY_SCHEMA = {
    "type": "object",
    "required": ["envelopes"],
    "additionalProperties": False,
    "properties": {
        "envelopes": {
            "type": "array",
            "maxItems": MAX_ENVELOPES_PER_PUSH,
            "items": EnvelopeBody.model_json_schema(),
        }
    },
}


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, "The request body is too large.")


class BodyLimit:
    """ASGI middleware: 413 for a declared or streamed body over `limit` bytes."""

    def __init__(self, app: Any, limit: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await _drain(receive, min(declared, 2 * self.limit))
                    await _too_large(send)
                    return
        seen = 0

        async def counting_receive() -> MutableMapping[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    if message.get("more_body", False):
                        await _drain(receive, self.limit)
                    raise BodyTooLarge()
            return message

        await self.app(scope, counting_receive, send)


async def _drain(receive: Callable[[], Awaitable[MutableMapping[str, Any]]], budget: int) -> None:
    """Read and drop up to `budget` more bytes of the body, so the client finishes sending
    and reads the 413 (closing on unread data would reset the connection instead)."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _too_large(send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
    body = json.dumps({"detail": "The request body is too large."}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


_bearer = HTTPBearer(auto_error=False, description="`<device_id>.<secret>`")


def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Device:
    store: HubStore = request.app.state.store
    if credentials is None:
        raise HTTPException(401, "No device credential.")
    device_id, dot, secret = credentials.credentials.rpartition(".")
    plausible = dot and 0 < len(device_id) <= 64 and device_id.isprintable()
    device = store.authenticate(device_id, secret) if plausible else None
    if device is None:
        raise HTTPException(401, "Unknown device or wrong credential.")
    if device.revoked:
        log.info("device %s is revoked: 403", device.device_id)
        raise HTTPException(403, "This device has been revoked.")
    return device


def _admin(device: Annotated[Device, Depends(_caller)]) -> Device:
    if not device.admin:
        log.info("device %s is not an admin: 403", device.device_id)
        raise HTTPException(403, "Only an admin device may do this.")
    return device


Caller = Annotated[Device, Depends(_caller)]
Admin = Annotated[Device, Depends(_admin)]


def create_app(db_url: str) -> FastAPI:
    """The hub for the database at `db_url` (a SQLAlchemy URL or a SQLite file path)."""
    return build_app(HubStore.open(db_url))


def build_app(store: HubStore) -> FastAPI:
    app = FastAPI(
        title="PeerDesk sync hub",
        version="1",
        description="Stores encrypted envelopes for one organisation; see docs/sync-protocol.md.",
    )
    app.state.store = store
    app.add_middleware(BodyLimit)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # FastAPI's own answer repeats the input; this one names the fields only.
        issues = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in error.errors()
        ]
        log.info("%s %s: 422", request.method, request.url.path)
        return JSONResponse({"detail": issues}, status_code=422)

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(status="ok", set_up=store.is_set_up())

    @app.post("/v1/setup", response_model=DeviceToken, responses=_problems(400, 403, 409, 413, 422))
    def setup(body: SetupRequest) -> DeviceToken:
        try:
            token = store.set_up(
                body.setup_token,
                body.organisation_id,
                body.device.device_id,
                body.device.name,
                _public_key(body.device.public_key),
                body.device.scopes,
            )
        except Conflict:
            raise HTTPException(409, "This hub is already set up.") from None
        except Forbidden:
            log.info("setup with a wrong or used token: 403")
            raise HTTPException(403, "Wrong or used setup token.") from None
        log.info("hub set up with admin device %s", body.device.device_id)
        return DeviceToken(device_token=token)

    @app.post(
        "/v1/enrolments",
        status_code=201,
        response_model=Empty,
        responses=_problems(400, *_DEVICE_ERRORS, 409),
    )
    def enrol(body: EnrolmentRequest, by: Admin) -> Empty:
        try:
            store.enrol(
                body.device_id,
                body.name,
                body.scopes,
                body.admin,
                _public_key(body.public_key),
                base64.b64decode(body.register_hash),
            )
        except Conflict:
            raise HTTPException(409, "A device with this id exists.") from None
        log.info("device %s enrolled device %s", by.device_id, body.device_id)
        return Empty()

    @app.post("/v1/register", response_model=DeviceToken, responses=_problems(400, 403, 413, 422))
    def register(body: RegisterRequest) -> DeviceToken:
        try:
            token = store.register(body.device_id, body.register_secret)
        except Forbidden:
            log.info("registration refused: 403")
            raise HTTPException(403, "Unknown or already used enrolment.") from None
        log.info("device %s registered", body.device_id)
        return DeviceToken(device_token=token)

    @app.get("/v1/devices", response_model=DeviceList, responses=_problems(*_DEVICE_ERRORS))
    def list_devices(by: Admin) -> DeviceList:
        return DeviceList(
            devices=[
                DeviceInfo(
                    device_id=d.device_id,
                    name=d.name,
                    scopes=list(d.scopes),  # type: ignore[arg-type]  # stored from Scope values
                    admin=d.admin,
                    registered=d.registered,
                    revoked=d.revoked,
                    last_seen=d.last_seen,
                )
                for d in store.devices()
            ]
        )

    @app.post(
        "/v1/devices/{device_id}/revoke",
        response_model=Empty,
        responses=_problems(*_DEVICE_ERRORS, 404, 409),
    )
    def revoke(device_id: Annotated[DeviceId, Path()], by: Admin) -> Empty:
        if device_id == by.device_id:
            raise HTTPException(409, "A device can't revoke itself.")
        try:
            store.revoke(device_id)
        except NotFound:
            raise HTTPException(404, "No such device.") from None
        log.info("device %s revoked device %s", by.device_id, device_id)
        return Empty()

    @app.get("/v1/keys", response_model=KeyList, responses=_problems(*_DEVICE_ERRORS))
    def keys(by: Caller) -> KeyList:
        return KeyList(
            devices=[
                DeviceKey(device_id=d, public_key=base64.b64encode(k).decode())
                for d, k in store.public_keys()
            ]
        )

    @app.post(
        "/v1/push",
        response_model=PushAnswer,
        responses=_problems(400, *_DEVICE_ERRORS),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _PUSH_BODY_SCHEMA}},
            }
        },
    )
    async def push(request: Request, by: Caller) -> PushAnswer:
        body = await request.body()
        try:
            result = await run_in_threadpool(_push, store, by, body)
        except HTTPException as refused:
            log.info("push from %s: %d", by.device_id, refused.status_code)
            raise
        log.info(
            "push from %s: %d accepted, %d dropped", by.device_id, result.accepted, result.dropped
        )
        return result

    @app.get("/v1/pull", response_model=PullAnswer, responses=_problems(*_DEVICE_ERRORS))
    def pull(
        by: Caller,
        after: Annotated[int, Query(ge=0, lt=MAX_POSITION)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 1000,
    ) -> Response:
        page = store.pull(by, after, limit)
        b64 = base64.b64encode
        out = [
            {
                "record_id": r[1],
                "scope": r[2],
                "key_id": r[3],
                "device_id": r[4],
                "seq": r[5],
                "hlc": r[6],
                "deleted": bool(r[7]),
                "erase": bool(r[8]),
                "nonce": b64(r[9]).decode(),
                "ciphertext": b64(r[10]).decode(),
                "signature": b64(r[11]).decode(),
                "leaf_index": r[12],
                "leaf_count": r[13],
                "proof": b64(r[14]).decode(),
                "position": r[0],
            }
            for r in page.rows
        ]
        content = json.dumps(
            {"envelopes": out, "next": page.next, "more": page.more}, separators=(",", ":")
        ).encode()
        log.info("pull by %s: %d envelopes", by.device_id, len(out))
        return Response(content, media_type="application/json")

    @app.get("/v1/status", response_model=Status, responses=_problems(*_DEVICE_ERRORS))
    def status(by: Caller) -> Status:
        acked, head = store.status(by)
        return Status(acked_seq=acked, head=head)

    return app


def _public_key(text: str) -> bytes:
    raw = base64.b64decode(text)
    try:
        load_public_key(raw)
    except ValueError:
        raise HTTPException(422, "public_key is not an Ed25519 public key.") from None
    return raw


def _push(store: HubStore, device: Device, body: bytes) -> PushAnswer:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise HTTPException(400, "The body is not JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("envelopes"), list):
        raise HTTPException(422, "The body has no list of envelopes.")
    items = data["envelopes"]
    if len(items) > MAX_ENVELOPES_PER_PUSH:
        raise HTTPException(422, f"A push holds at most {MAX_ENVELOPES_PER_PUSH} envelopes.")
    key = load_public_key(device.public_key)
    checker = SignatureChecker(lambda d: key if d == device.device_id else None)
    batch: list[Envelope] = []
    for index, item in enumerate(items):
        try:
            envelope = Envelope.from_json(item)
            header = envelope.header
            if header.device_id != device.device_id:
                raise HTTPException(403, f"Envelope {index} is from another device.")
            if header.scope not in device.scopes:
                raise HTTPException(403, f"Envelope {index} is for a scope not enrolled.")
            if header.erase and not device.admin:
                raise HTTPException(403, f"Envelope {index} erases, and only a coordinator can.")
            if not (
                header.record_id.isprintable()
                and header.key_id.isprintable()
                and header.hlc.isprintable()
            ):
                raise WireError("record_id, key_id or hlc is not plain text")
        except WireError as error:
            raise HTTPException(422, f"Envelope {index}: {error}.") from None
        batch.append(envelope)
    try:
        _check_signatures(batch, checker)
    except _BadEnvelope as bad:
        raise HTTPException(422, f"Envelope {bad.index}: {bad.reason}.") from None
    result = store.push(device.device_id, batch)
    return PushAnswer(acked_seq=result.acked_seq, accepted=result.accepted, dropped=result.dropped)


class _BadEnvelope(Exception):
    def __init__(self, index: int, reason: str) -> None:
        super().__init__(index, reason)
        self.index = index
        self.reason = reason


def _check_signatures(batch: list[Envelope], checker: SignatureChecker) -> None:
    """Check every envelope's signature as `checker.check` would, faster for whole signed
    batches: when a push holds all `leaf_count` envelopes of a signed batch, the tree is
    rebuilt once (about two hashes per envelope instead of one per level), each
    envelope's path must equal its path in that tree, and the root's signature is checked
    once through `checker`. Anything else goes through `checker.check` one by one."""
    groups: dict[tuple[bytes, int], list[int]] = {}
    for index, envelope in enumerate(batch):
        groups.setdefault((envelope.signature, envelope.leaf_count), []).append(index)
    for (_, count), members in groups.items():
        slow = members
        if len(members) == count and {batch[i].leaf_index for i in members} == set(range(count)):
            ordered = sorted(members, key=lambda i: batch[i].leaf_index)
            _root, paths = merkle([batch[i].leaf() for i in ordered])
            slow = [
                i for i, path in zip(ordered, paths, strict=True) if batch[i].proof != tuple(path)
            ]
            if len(slow) < len(ordered):
                mismatched = set(slow)
                first = next(i for i in ordered if i not in mismatched)
                _check_one(batch, first, checker)
        for index in slow:
            _check_one(batch, index, checker)


def _check_one(batch: list[Envelope], index: int, checker: SignatureChecker) -> None:
    try:
        checker.check(batch[index])
    except WireError as error:
        raise _BadEnvelope(index, str(error)) from None
