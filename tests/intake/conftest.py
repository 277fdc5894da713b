"""Fixtures for the intake tests: a real Dovecot, an event loop thread for the SMTP
server, CRLF mail builders, and a real database outage (SQLite write lock / PostgreSQL
refusing connections)."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import sqlite3
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from frontdesk.intake import accept, accept_many
from ingest.config import ImapAccount
from ingest.imap import ImapPollers
from storage.db import Database
from storage.models import Message

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def _load_dovecot_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "dovecot_test_server", ROOT / "scripts" / "dovecot_test_server.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dovecot_module = _load_dovecot_module()


@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[Any]:
    """A real Dovecot on a free loopback port; user support / password secret."""
    server = dovecot_module.DovecotServer(tmp_path / "dovecot")
    try:
        # inside the try: a start that fails has made its folders already, close() removes them
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def dovecot_factory(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """More Dovecots, with options (ssl="yes", oauth2_introspection_url=...): each one is
    started on its own ports and stopped by its PID at the end of the test."""
    started: list[Any] = []

    def make(**options: Any) -> Any:
        server = dovecot_module.DovecotServer(tmp_path / f"dovecot-{len(started)}", **options)
        started.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in started:
            server.close()


@pytest.fixture
def introspection(tmp_path: Path) -> Iterator[Any]:
    """A token-introspection endpoint (its own process, stopped by its PID) that accepts
    one random token, `.token`, for the user support."""
    server = dovecot_module.IntrospectionServer(
        tmp_path / "oauth2", token=f"fd-{uuid.uuid4().hex}", username="support"
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_certificates(tmp_path: Path) -> Callable[[str], Any]:
    """A throw-away CA (and a server certificate it signed) under tmp_path/<name>."""
    return lambda name: dovecot_module.make_certificates(tmp_path / name, name=name)


def build_mail(
    subject: str,
    body: str = "Hello support,\n\nOur website is down.\n",
    *,
    sender: str = "anna@customer.example",
    to: str = "support@agency.example",
    message_id: str | None = None,
) -> bytes:
    """A small RFC 5322 message with CRLF line endings."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or f"<{uuid.uuid4().hex}@customer.example>"
    msg["Date"] = "Tue, 10 Mar 2026 10:00:00 +0000"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def mail() -> Callable[..., bytes]:
    return build_mail


def count_messages(db: Database, **where: Any) -> int:
    with db.session() as session:
        stmt = select(func.count()).select_from(Message)
        for key, value in where.items():
            stmt = stmt.where(getattr(Message, key) == value)
        return int(session.scalar(stmt) or 0)


class LoopThread:
    """An asyncio loop running in a background thread, for servers under test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def loop_thread() -> Iterator[LoopThread]:
    lt = LoopThread()
    try:
        yield lt
    finally:
        lt.close()


@contextlib.contextmanager
def database_outage(db: Database) -> Iterator[None]:
    """Make the database really unavailable for writes, then bring it back.

    SQLite: another connection holds the write lock (BEGIN EXCLUSIVE), so our
    BEGIN IMMEDIATE fails with "database is locked" after the busy timeout.
    PostgreSQL: the database stops accepting connections and ours are terminated.
    """
    if db.is_sqlite:
        path = make_url(db.url).database
        assert path
        blocker = sqlite3.connect(path, timeout=1, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        return
    name = make_url(db.url).database
    admin_url = make_url(db.url).set(database="postgres")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
        db.engine.dispose()
        try:
            yield
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
            db.engine.dispose()
    finally:
        admin.dispose()


@pytest.fixture
def short_busy_db(db: Database) -> Iterator[Database]:
    """A second handle on the test database whose SQLite busy timeout is short, so an
    outage is noticed in a fraction of a second instead of the default 10 s."""
    other = Database(db.url, busy_timeout_ms=200)
    try:
        yield other
    finally:
        other.dispose()


# Test modules cannot import this conftest by name (--import-mode=importlib, and the
# root conftest shares the name), so the helpers are also handed out as fixtures.


@pytest.fixture
def outage() -> Callable[[Database], contextlib.AbstractContextManager[None]]:
    return database_outage


@pytest.fixture
def messages_in() -> Callable[..., int]:
    return count_messages


# IMAP pollers a test starts (each test module over real Dovecot uses them); every one is
# stopped, and must stop within 10 s, when the test ends.
@pytest.fixture
def run_pollers() -> Iterator[Callable[..., ImapPollers]]:
    running: list[ImapPollers] = []

    def start(accounts: list[ImapAccount], db: Database, **kwargs: Any) -> ImapPollers:
        # As the daemon runs them: a fetched chunk stored in one transaction. A test that
        # brings its own accept() brings its own accept_many() too, or goes one by one.
        if "accept" not in kwargs:
            kwargs.setdefault("accept_many", accept_many)
        pollers = ImapPollers(accounts, db=db, accept=kwargs.pop("accept", accept), **kwargs)
        pollers.start()
        running.append(pollers)
        return pollers

    yield start
    for pollers in running:
        assert pollers.stop(10)
