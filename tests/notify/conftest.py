"""Real parts for the notify tests: a webhook receiver over HTTP, an SMTP sink, a closed
port, and tickets written straight into the database."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import structlog
from aiohttp import web
from aiosmtpd.controller import Controller

from frontdesk.http import build_http_app
from notify.config import NotifyConfig, RelayConfig
from storage.db import Database
from storage.models import Ticket


@dataclass
class Webhook:
    url_base: str
    posts: list[dict[str, Any]] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    def apprise_url(self, path: str = "page") -> str:
        return f"json://{self.url_base}/{path}"


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    """A real HTTP server on 127.0.0.1 that records what apprise's json:// posts."""
    hook = Webhook(url_base="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            hook.posts.append({"path": self.path, **body})
            hook.arrived.set()
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.url_base = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield hook
    server.shutdown()
    server.server_close()
    thread.join(5)


@dataclass
class SmtpSink:
    port: int
    messages: list[dict[str, Any]] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A real SMTP server (aiosmtpd) on loopback that keeps every message it receives."""
    sink = SmtpSink(port=free_port())

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            sink.messages.append(
                {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": list(envelope.rcpt_tos),
                    "data": envelope.content.decode("utf-8", "replace"),
                }
            )
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=sink.port)
    controller.start()
    yield sink
    controller.stop()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: connections are refused."""
    return free_port()


@pytest.fixture
def relay(smtp_sink: SmtpSink) -> RelayConfig:
    return RelayConfig(host="127.0.0.1", port=smtp_sink.port, from_address="frontdesk@agency.test")


def notify_config(
    *, alice: list[str], bob: list[str], fallback: str = "ops@agency.test", **extra: Any
) -> NotifyConfig:
    """Alice is on call (rotation "primary", alone); step two pages Bob; then the fallback."""
    data: dict[str, Any] = {
        "people": [{"name": "alice", "channels": alice}, {"name": "bob", "channels": bob}],
        "rotations": [
            {"name": "primary", "members": ["alice"], "timezone": "Europe/Amsterdam"},
            {"name": "secondary", "members": ["bob"], "timezone": "Europe/Amsterdam"},
        ],
        "policies": [
            {
                "name": "default",
                "steps": [
                    {"target": "rotation:primary", "delay_minutes": 5},
                    {"target": "rotation:secondary", "delay_minutes": 10},
                ],
                "repeat": 0,
                "fallback": fallback,
            }
        ],
        **extra,
    }
    return NotifyConfig.model_validate(data)


@pytest.fixture
def make_ticket(db: Database) -> Callable[..., int]:
    """Insert a ticket row as the desk would have filed it; returns its id."""
    counter = {"n": 0}

    def make(now: datetime, **fields: Any) -> int:
        counter["n"] += 1
        values: dict[str, Any] = {
            "number": counter["n"],
            "customer_id": "acme",
            "contact_name": "Jan de Vries",
            "contact_email": "jan@acme.test",
            "subject": "Webshop down: checkout gives 500",
            "description": "Hello,\nour webshop is down since 02:10.\nCheckout returns 500.\n",
            "severity": "critical",
            "status": "open",
            "channel": "email",
            "created_at": now,
            "updated_at": now,
            "rules": [{"id": "en.site_down", "level": "critical", "matched": "webshop is down"}],
        }
        values.update(fields)
        with db.transaction() as session:
            ticket = Ticket(**values)
            session.add(ticket)
            session.flush()
            return int(ticket.id)

    return make


@pytest.fixture(autouse=True)
def _fresh_structlog() -> Iterator[None]:
    """`frontdesk.cli.main` binds structlog to the stream of the moment (capsys's, in a CLI
    test); put the defaults back so later tests do not write to a closed file."""
    yield
    structlog.reset_defaults()


@pytest.fixture
def serve() -> Iterator[Callable[[Any], str]]:
    """Run build_http_app(app) on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    started: list[tuple[asyncio.AbstractEventLoop, web.AppRunner, threading.Thread]] = []

    def start(app: Any) -> str:
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        runner = web.AppRunner(build_http_app(app))
        asyncio.run_coroutine_threadsafe(runner.setup(), loop).result(10)
        site = web.TCPSite(runner, "127.0.0.1", 0)
        asyncio.run_coroutine_threadsafe(site.start(), loop).result(10)
        port = runner.addresses[0][1]
        started.append((loop, runner, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for loop, runner, thread in started:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def fetch(url: str, form: dict[str, str] | None = None) -> tuple[int, str]:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(url, data=data, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
