"""Talking to the sync hub over HTTP (docs/sync-protocol.md). Being offline is normal:
it raises HubUnreachable, which callers show as "not connected", never as a failure."""

from __future__ import annotations

import json
from typing import Any

import httpx

from peerdesk.errors import KnownError
from peerdesk.i18n import translate
from peerdesk.sync.wire import Envelope, WireError

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class HubUnreachable(KnownError):
    """The hub can't be reached now (no network, hub down). Try again later."""


class HubRefused(KnownError):
    """The hub said no: this device isn't (or is no longer) allowed."""


class HubProblem(KnownError):
    """The hub answered something unexpected."""


def _message(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str):
        return detail  # the hub's own words, in English
    return translate("HubClient", "status {0}", "an HTTP status code").format(response.status_code)


class HubClient:
    def __init__(self, url: str, token: str = "", transport: httpx.BaseTransport | None = None):
        self.url = url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(
            base_url=self.url, headers=headers, timeout=TIMEOUT, transport=transport
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        try:
            content = None if body is None else json.dumps(body, separators=(",", ":"))
            response = self._http.request(
                method,
                path,
                content=content,
                params=params or None,
                headers={"Content-Type": "application/json"} if body is not None else None,
            )
        except httpx.TransportError:
            raise HubUnreachable(
                translate(
                    "HubClient",
                    "Can't reach the sync hub at {0} right now. Your work is safe on this "
                    "computer; it will sync when the hub is reachable.",
                ).format(self.url)
            ) from None
        if response.status_code == 401:
            raise HubRefused(
                translate(
                    "HubClient",
                    "The hub doesn't recognise this computer. Ask your coordinator to enrol it "
                    "again.",
                )
            )
        if response.status_code == 403:
            raise HubRefused(
                translate(
                    "HubClient",
                    "The hub refused this computer: it may have been removed from the "
                    "program's devices ({0}). Ask your coordinator.",
                ).format(_message(response))
            )
        if response.status_code >= 400:
            raise HubProblem(
                translate("HubClient", "The sync hub couldn't do that: {0}.").format(
                    _message(response)
                )
            )
        return response.json()

    # --- set-up and devices ------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/v1/health")
        return result

    def setup(self, token: str, organisation_id: str, device: dict[str, Any]) -> str:
        body = {"setup_token": token, "organisation_id": organisation_id, "device": device}
        return str(self._call("POST", "/v1/setup", body)["device_token"])

    def add_enrolment(self, enrolment: dict[str, Any]) -> None:
        self._call("POST", "/v1/enrolments", enrolment)

    def register(self, device_id: str, register_secret: str) -> str:
        body = {"device_id": device_id, "register_secret": register_secret}
        return str(self._call("POST", "/v1/register", body)["device_token"])

    def devices(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/v1/devices")["devices"])

    def revoke(self, device_id: str) -> None:
        self._call("POST", f"/v1/devices/{device_id}/revoke", {})

    def keys(self) -> dict[str, str]:
        return {d["device_id"]: d["public_key"] for d in self._call("GET", "/v1/keys")["devices"]}

    # --- envelopes ---------------------------------------------------------------------

    def status(self) -> dict[str, int]:
        result = self._call("GET", "/v1/status")
        return {"acked_seq": int(result["acked_seq"]), "head": int(result["head"])}

    def push(self, envelopes: list[Envelope]) -> int:
        result = self._call("POST", "/v1/push", {"envelopes": [e.to_json() for e in envelopes]})
        return int(result["acked_seq"])

    def pull(self, after: int, limit: int) -> tuple[list[Envelope], int, bool]:
        result = self._call("GET", "/v1/pull", after=after, limit=limit)
        try:
            envelopes = [Envelope.from_json(e) for e in result["envelopes"]]
        except WireError as problem:
            raise HubProblem(
                translate("HubClient", "The hub sent a damaged change ({0}).").format(problem)
            ) from None
        return envelopes, int(result["next"]), bool(result["more"])
