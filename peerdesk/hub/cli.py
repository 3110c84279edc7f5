"""The `peerdesk-hub` command: `serve` runs the hub, `setup-token` prints a setup token.

Exit codes: 0 done; 1 the database or network failed, or the hub is already set up;
2 usage. Errors are one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import platformdirs

from peerdesk.errors import KnownError
from peerdesk.hub.store import HubAlreadySetUp, HubStore

log = logging.getLogger("peerdesk.hub")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"peerdesk-hub: {message}. See '{self.prog} --help'.\n")


def default_db() -> str:
    return str(Path(platformdirs.user_data_dir("peerdesk-hub")) / "hub.db")


def _parser() -> _Parser:
    parser = _Parser(prog="peerdesk-hub", description="PeerDesk's sync hub.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    db_help = (
        "a SQLite file path or URL, or postgresql://user@host/dbname "
        "(default: hub.db in your data folder)"
    )
    serve = commands.add_parser("serve", help="run the hub")
    serve.add_argument("--db", metavar="URL", help=db_help)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    token = commands.add_parser("setup-token", help="print a setup token for a new hub")
    token.add_argument("--db", metavar="URL", help=db_help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        store = HubStore.open(args.db or default_db())
    except KnownError as error:
        print(f"peerdesk-hub: {error.message}", file=sys.stderr)
        return error.exit_code
    try:
        if args.command == "setup-token":
            try:
                token = store.new_setup_token()
            except HubAlreadySetUp as error:
                print(f"peerdesk-hub: {error.message}", file=sys.stderr)
                return 1
            print(f"Setup token (use once): {token}", flush=True)
            return 0
        return _serve(store, args.host, args.port)
    finally:
        store.close()


def _serve(store: HubStore, host: str, port: int) -> int:
    import uvicorn

    from peerdesk.hub.app import build_app

    if not 0 <= port <= 65535:
        print("peerdesk-hub: the port must be between 0 and 65535.", file=sys.stderr)
        return 2
    if not store.is_set_up():
        try:
            token = store.new_setup_token()
        except HubAlreadySetUp:
            pass
        else:
            print(f"Setup token (use once): {token}", flush=True)
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(1024)
    except (OSError, OverflowError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        print(f"peerdesk-hub: can't listen on {host}:{port} ({reason}).", file=sys.stderr)
        return 1
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    server = uvicorn.Server(
        uvicorn.Config(build_app(store), log_config=None, log_level="info", access_log=True)
    )

    async def run() -> None:
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not serving.done():
            await asyncio.sleep(0.01)
        if server.started:
            print(f"PeerDesk hub listening on http://{shown}:{bound_port}", flush=True)
        await serving

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    log.info("hub stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
