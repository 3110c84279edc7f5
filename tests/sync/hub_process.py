"""Real hub processes and a throw-away PostgreSQL cluster for tests (and benchmarks).

`PostgresCluster.start()` runs initdb and pg_ctl (as the `postgres` OS user when we are
root) in a temporary folder, listening on 127.0.0.1 on a free port with trust auth.
`start_hub(db)` runs `peerdesk-hub serve --port 0` and reads its setup token and URL.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HUB_START_TIMEOUT = 60.0


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be started; the message says why."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_bindir() -> Path:
    """Where initdb and pg_ctl are: $PEERDESK_PG_BINDIR, the PATH, or Debian's folder."""
    if os.environ.get("PEERDESK_PG_BINDIR"):
        return Path(os.environ["PEERDESK_PG_BINDIR"])
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    raise PostgresUnavailable(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found; install the Debian "
        "package `postgresql` or set PEERDESK_PG_BINDIR."
    )


@dataclass
class PostgresCluster:
    root: Path
    port: int
    bindir: Path
    as_postgres: bool
    _databases: int = 0

    @property
    def data(self) -> Path:
        return self.root / "data"

    @classmethod
    def start(cls, *, durable: bool = False) -> PostgresCluster:
        """A new cluster; `durable=False` turns fsync off, which is fine for tests."""
        bindir = postgres_bindir()
        as_postgres = os.geteuid() == 0
        root = Path(tempfile.mkdtemp(prefix="peerdesk-pg-"))
        if as_postgres:
            try:
                shutil.chown(root, "postgres", "postgres")
            except (LookupError, PermissionError) as error:
                shutil.rmtree(root, ignore_errors=True)
                raise PostgresUnavailable(
                    f"running as root needs a `postgres` OS user to run PostgreSQL ({error})"
                ) from None
        cluster = cls(root, free_port(), bindir, as_postgres)
        try:
            cluster._run(
                "initdb",
                "-D",
                str(cluster.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            )
            options = [
                f"-p {cluster.port}",
                f"-k {root}",
                "-c listen_addresses=127.0.0.1",
                "-c max_connections=200",
            ]
            if not durable:
                options += ["-c fsync=off", "-c synchronous_commit=off"]
            cluster._run(
                "pg_ctl",
                "-D",
                str(cluster.data),
                "-l",
                str(root / "server.log"),
                "-o",
                " ".join(options),
                "-w",
                "-t",
                "60",
                "start",
            )
        except PostgresUnavailable:
            log = root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            cluster.stop()
            raise PostgresUnavailable(
                f"PostgreSQL didn't start; its log ended with:\n{tail}"
            ) from None
        return cluster

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=self.root, check=False
        )
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{program} failed ({result.returncode}): {result.stderr.strip()[-1500:]}"
            )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its postgresql:// URL."""
        import psycopg

        self._databases += 1
        name = name or f"hub_{os.getpid()}_{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(PostgresUnavailable, subprocess.TimeoutExpired):
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class RunningHub:
    """A `peerdesk-hub serve` process: its URL, the setup token it printed (None if the
    database was already set up), and where its log (stderr) goes."""

    url: str
    setup_token: str | None
    db: str
    process: subprocess.Popen[str]
    log_path: Path
    stdout_lines: list[str] = field(default_factory=list)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        if self.process.stdout is not None:
            self.process.stdout.close()


def hub_command() -> list[str]:
    script = Path(sys.executable).parent / "peerdesk-hub"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "peerdesk.hub.cli"]


def start_hub(db: str, log_dir: Path, *, extra_env: dict[str, str] | None = None) -> RunningHub:
    """Start a hub on `db` on a free loopback port; returns once it is listening."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = Path(tempfile.mkstemp(prefix="hub-", suffix=".log", dir=log_dir)[1])
    with log_path.open("w") as log_file:
        process = subprocess.Popen(
            [*hub_command(), "serve", "--db", db, "--host", "127.0.0.1", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=log_file,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(extra_env or {})},
        )
    lines: queue.Queue[str | None] = queue.Queue()
    seen: list[str] = []

    def drain() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line.rstrip("\n"))
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=drain, daemon=True).start()
    token: str | None = None
    deadline = time.monotonic() + HUB_START_TIMEOUT
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            line = None
        if line is None:
            process.kill()
            process.wait()
            raise RuntimeError(
                f"the hub didn't start on {db}; its log:\n{log_path.read_text()[-3000:]}"
            )
        if line.startswith("Setup token (use once): "):
            token = line.split(": ", 1)[1].strip()
        elif line.startswith("PeerDesk hub listening on "):
            url = line.rsplit(" ", 1)[1].strip()
            return RunningHub(url, token, db, process, log_path, seen)
