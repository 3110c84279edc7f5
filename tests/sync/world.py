"""Devices of one program for sync tests: vaults that joined a hub, each a coordinator,
peer or facilitator computer, talking to a real hub (a process on loopback, or the same
hub app in this process for the many short runs of the stateful test)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from peerdesk.db.hlc import HybridClock
from peerdesk.db.models import Role
from peerdesk.hub.app import build_app
from peerdesk.hub.store import HubStore
from peerdesk.services.users import UserService
from peerdesk.sync.client import HubClient, HubUnreachable
from peerdesk.sync.service import SyncService
from peerdesk.vault.vault import UnlockedVault, Vault

PASS = "device passphrase here"


class _AsgiTransport(httpx.BaseTransport):
    """httpx's ASGI transport is async only; run each request to completion."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def call() -> httpx.Response:
            copy = httpx.Request(
                request.method, request.url, headers=request.headers, content=request.read()
            )
            answer = await self._inner.handle_async_request(copy)
            body = await answer.aread()
            return httpx.Response(answer.status_code, headers=answer.headers, content=body)

        return asyncio.run(call())


class InProcessHub:
    """The hub's FastAPI app on a store, called through Starlette's test client (the
    same HTTP requests and answers, without a socket). `cut` simulates a lost network."""

    def __init__(self, db_url: str) -> None:
        self.store = HubStore.open(db_url)
        self.app = build_app(self.store)
        self.cut = False
        self.url = "http://hub.test"

    def setup_token(self) -> str:
        return self.store.new_setup_token()

    def client(self, url: str, token: str) -> HubClient:
        hub = self

        class _Client(HubClient):
            def _call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
                if hub.cut:
                    raise HubUnreachable("Can't reach the sync hub right now.")
                return super()._call(method, path, body, **params)

        return _Client(url, token, transport=_AsgiTransport(self.app))

    def close(self) -> None:
        self.store.close()


@dataclass
class Device:
    name: str
    folder: Path
    vault: UnlockedVault
    sync: SyncService

    def relock(self) -> None:
        self.vault.lock()


@dataclass
class Program:
    devices: dict[str, Device] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Device:
        return self.devices[name]

    def close(self) -> None:
        for device in self.devices.values():
            device.vault.lock()


def make_vault(folder: Path, user: str, role: Role) -> UnlockedVault:
    unlocked, _ = Vault(folder).create(user, role, PASS)
    return unlocked


def make_program(
    root: Path,
    hub_url: str,
    setup_token: str,
    client_factory: Callable[[str, str], HubClient] = HubClient,
    others: tuple[tuple[str, Role], ...] = (("b", Role.COORDINATOR), ("c", Role.COORDINATOR)),
) -> Program:
    """Device "a" (a coordinator, user "cora") joins the hub; each other device gets an
    enrolment file from it and enrols; its user has the same name on both."""
    program = Program()
    a = make_vault(root / "a", "cora", Role.COORDINATOR)
    a_sync = SyncService(a, client_factory)
    a_sync.setup_hub(hub_url, setup_token, "a")
    program.devices["a"] = Device("a", root / "a", a, a_sync)
    for name, role in others:
        user = f"user-{name}"
        UserService(a).add_user(user, role, PASS)
        code = a_sync.add_device(name, role, root / f"{name}.enrol")
        unlocked = make_vault(
            root / name, user if role is Role.COORDINATOR else "boss", Role.COORDINATOR
        )
        if role is not Role.COORDINATOR:
            UserService(unlocked).add_user(user, role, PASS)
            unlocked.lock()
            unlocked = Vault(root / name).unlock(user, PASS)
        sync = SyncService(unlocked, client_factory)
        sync.enroll(root / f"{name}.enrol", code)
        program.devices[name] = Device(name, root / name, unlocked, sync)
    return program


def reopen(device: Device, user: str, client_factory: Callable[[str, str], HubClient]) -> None:
    device.vault.lock()
    device.vault = Vault(device.folder).unlock(user, PASS)
    device.sync = SyncService(device.vault, client_factory)


class FakeWall:
    """One wall clock for every device, moved on by the test: clock order = step order."""

    def __init__(self, start_ms: int = 1_800_000_000_000) -> None:
        self.ms = start_ms
        self._ticks = itertools.count()

    def __call__(self) -> int:
        return self.ms

    def tick(self, step: int = 10) -> None:
        self.ms += step


def use_wall(vault: UnlockedVault, wall: FakeWall) -> None:
    clock = vault.clock
    fake = HybridClock(clock.device_id, wall_ms=wall)
    fake.observe(clock.now())
    vault._clock = fake  # the tests' clock; the app always uses the real one
