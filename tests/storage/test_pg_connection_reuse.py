"""A pooled PostgreSQL connection killed by the server: what the next transaction sees.

SQLAlchemy's pool_pre_ping would ping on every checkout; Frontdesk pings only connections
idle for longer than storage.db.PING_AFTER_IDLE_S (a server restart or idle timeout hits
those). A connection killed a moment after its last use fails once with
DatabaseUnavailable (the caller retries: SMTP 451, job backoff) and the next works.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text

from storage import db as db_module
from storage.db import Database, DatabaseUnavailable
from tests.conftest import PG_ADMIN_URL


def _backend_pid(database: Database) -> int:
    with database.transaction() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(pid: int) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:  # not from the pool under test
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        admin.dispose()


@pytest.fixture
def pg(pg_server: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_S", 0.3)
    database = Database(pg_server())
    yield database
    database.dispose()


def test_connection_killed_while_idle_is_replaced_before_use(pg: Database) -> None:
    pid = _backend_pid(pg)
    _terminate(pid)
    time.sleep(0.5)  # longer than the idle threshold: the checkout pings and reconnects

    assert _backend_pid(pg) != pid


def test_connection_killed_right_after_use_fails_once_then_recovers(pg: Database) -> None:
    # No ping for a connection used a moment ago: the kill surfaces as a retryable error,
    # never as a wrong answer, and the pool reconnects for the next transaction.
    pid = _backend_pid(pg)
    _terminate(pid)

    outcomes: list[str] = []
    for _ in range(3):
        try:
            outcomes.append(str(_backend_pid(pg)))
        except DatabaseUnavailable:
            outcomes.append("unavailable")
    assert outcomes[0] == "unavailable"
    assert outcomes[1] != "unavailable" and outcomes[1] != str(pid)
