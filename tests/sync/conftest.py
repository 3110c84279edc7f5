"""Fixtures for tests that need a real hub: a PostgreSQL cluster per session, fresh hub
databases, and `peerdesk-hub serve` processes on SQLite and on PostgreSQL.

`hub_server` (parametrized over both backends) yields a RunningHub that is not set up yet:
`hub_server.url` and `hub_server.setup_token`. `hub_starter(db)` starts more processes
(say, a second one on the same PostgreSQL database); `new_hub_db(kind)` makes a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.hub_process import (
    PostgresCluster,
    PostgresUnavailable,
    RunningHub,
    start_hub,
)

HUB_BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A throw-away PostgreSQL cluster; fails (never skips) when it can't start."""
    try:
        cluster = PostgresCluster.start()
    except PostgresUnavailable as error:
        pytest.fail(f"The hub tests need PostgreSQL and it didn't start: {error}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def new_hub_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], str]:
    """Makes an empty hub database of a kind ("sqlite" or "postgresql"); returns its --db."""

    def make(kind: str) -> str:
        if kind == "sqlite":
            return str(tmp_path_factory.mktemp("hub-sqlite") / "hub.db")
        if kind == "postgresql":
            cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
            return cluster.create_database()
        raise ValueError(kind)

    return make


@pytest.fixture(scope="session")
def hub_starter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], RunningHub]]:
    """Starts hub processes on a --db; all are stopped at the end of the session (or
    earlier by `hub.stop()`)."""
    started: list[RunningHub] = []
    logs = tmp_path_factory.mktemp("hub-logs")

    def start(db: str, log_dir: Path | None = None) -> RunningHub:
        hub = start_hub(db, log_dir or logs)
        started.append(hub)
        return hub

    yield start
    for hub in started:
        hub.stop()


@pytest.fixture(params=HUB_BACKENDS)
def hub_server(
    request: pytest.FixtureRequest,
    new_hub_db: Callable[[str], str],
    hub_starter: Callable[[str], RunningHub],
) -> Iterator[RunningHub]:
    """A running hub on a fresh database that is not set up yet, once per backend."""
    hub = hub_starter(new_hub_db(request.param))
    yield hub
    hub.stop()
