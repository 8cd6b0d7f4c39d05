"""``campaign-studio sandbox ...``: run the local emulator of the provider's API.

Binds its socket first (so ``--port 0`` picks a free port), prints one line
``SANDBOX READY <base_url>`` to stdout, then serves until SIGTERM or Ctrl+C.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

from app.api.endpoints import API_PREFIX
from app.sandbox.faults import Fault
from app.sandbox.process_lines import READY_PREFIX
from app.sandbox.settings import (
    DEFAULT_LOGIN,
    DEFAULT_SECRET,
    MAX_JSON_BYTES,
    SECRET_ENV,
    SandboxSettings,
    parse_declared_field,
    parse_network,
)

log = logging.getLogger("app.sandbox")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="campaign-studio sandbox",
        description="A local emulator of the email provider's Server-to-Server API, for demos and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one (default 8765)")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="keep everything in DIR/sandbox.sqlite3 (created if missing); "
                             "in memory without it")
    parser.add_argument("--login", default=DEFAULT_LOGIN, help=f"API login (default {DEFAULT_LOGIN!r})")
    parser.add_argument("--secret", help=f"API secret; better given in ${SECRET_ENV} so it does not "
                                          f"show in ps (default {DEFAULT_SECRET!r})")
    parser.add_argument("--allow-ip", action="extend", nargs="+", default=[], metavar="CIDR",
                        help="answer 403 to clients outside every one of these networks (default: allow all)")
    parser.add_argument("--declare-field", action="extend", nargs="+", default=[], metavar="NAME:TYPE",
                        help="declare a profile field; TYPE is String, Int, Float, Bool or Date")
    parser.add_argument("--faults", type=float, default=0.0, metavar="RATE",
                        help="inject a failure into this fraction of requests (0..1)")
    parser.add_argument("--fault-kinds", action="extend", nargs="+", default=[], metavar="KIND",
                        choices=[fault.value for fault in Fault],
                        help=f"inject only these kinds of fault: {', '.join(Fault)} (default: all)")
    parser.add_argument("--seed", type=int, help="seed of the fault generator (and of nothing else)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty sandbox with the demo project (content, profiles, statistics)")
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS",
                        help="delay every answer by MS milliseconds, like a network round trip")
    parser.add_argument("--max-json-mb", type=float, default=MAX_JSON_BYTES / (1024 * 1024), metavar="MB",
                        help="answer 413 to a JSON body larger than this (default %(default)g)")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    # For launchers: stop when stdin reaches EOF, i.e. when the parent process is gone.
    parser.add_argument("--watch-stdin", action="store_true", help=argparse.SUPPRESS)
    return parser


def settings_from(args: argparse.Namespace, parser: argparse.ArgumentParser) -> SandboxSettings:
    try:
        networks = tuple(parse_network(text) for text in args.allow_ip)
        declared = dict(parse_declared_field(text) for text in args.declare_field)
    except ValueError as error:
        parser.error(str(error))
    if not 0.0 <= args.faults <= 1.0:
        parser.error("--faults is a fraction between 0 and 1")
    if not args.max_json_mb > 0:
        parser.error("--max-json-mb must be more than 0")
    return SandboxSettings(
        login=args.login,
        secret=args.secret or os.environ.get(SECRET_ENV) or DEFAULT_SECRET,
        data_dir=args.data,
        allow_ip=networks,
        declared_fields=declared,
        faults=args.faults,
        fault_kinds=tuple(args.fault_kinds),
        seed=args.seed,
        demo=args.demo,
        latency_ms=max(0.0, args.latency),
        max_json_bytes=int(args.max_json_mb * 1024 * 1024),
    )


def bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(256)
    sock.set_inheritable(True)
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if host in ("0.0.0.0", "::"):  # noqa: S104 - reporting, not binding
        host = "127.0.0.1" if host == "0.0.0.0" else "::1"  # noqa: S104
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{API_PREFIX}"


def _exit_on_stdin_eof(server: Any) -> None:
    while sys.stdin.buffer.read(4096):
        pass
    server.should_exit = True


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = settings_from(args, parser)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="sandbox %(levelname)s %(message)s")

    import uvicorn

    from app.sandbox.http_app import SandboxApp
    from app.sandbox.store import Store

    store = Store(settings.data_dir)
    try:
        sandbox = SandboxApp(settings, store)
        if settings.demo:
            from app.sandbox import demo

            started = time.perf_counter()
            if demo.populate(sandbox):
                log.info("demo data created in %.2f s", time.perf_counter() - started)
        try:
            sock = bind(args.host, args.port)
        except OSError as error:
            print(f"sandbox: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
            return 2
        config = uvicorn.Config(
            sandbox.asgi(),
            log_level="info" if args.access_log else "warning",
            access_log=args.access_log,
            proxy_headers=False,  # nobody stands in front of the sandbox; never trust X-Forwarded-For
            lifespan="off",
            timeout_graceful_shutdown=2,
            server_header=False,
        )
        server = uvicorn.Server(config)
        if args.watch_stdin:
            threading.Thread(target=_exit_on_stdin_eof, args=(server,), daemon=True).start()
        print(f"{READY_PREFIX} {base_url(sock)}", flush=True)
        server.run(sockets=[sock])
    finally:
        store.close()
    return 0
