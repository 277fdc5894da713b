"""SQLite's one writer across processes: writers take turns on a lock file instead of
SQLite's sleeping busy handler, and the daemon's intake (prefer_writes) goes first.

Each Database opens its own lock files, so three of them in one process meet on the
flocks exactly as three processes would."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from storage.db import Database
from storage.migrate import upgrade


def _write(db: Database, order: list[str], name: str) -> None:
    with db.transaction() as session:
        session.execute(text("SELECT 1"))
        order.append(name)


def test_a_waiting_intake_writes_before_a_worker_that_came_later(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
    setup = Database(url)
    upgrade(setup)
    setup.dispose()
    intake, worker, late_worker = Database(url), Database(url), Database(url)
    intake.prefer_writes()
    order: list[str] = []
    try:
        with worker.transaction():
            first = threading.Thread(target=_write, args=(intake, order, "intake"))
            first.start()
            time.sleep(0.3)  # the intake is waiting for the writer lock
            second = threading.Thread(target=_write, args=(late_worker, order, "late worker"))
            second.start()
            time.sleep(0.3)
            order.append("worker")
        first.join(10)
        second.join(10)
        assert order == ["worker", "intake", "late worker"]
        assert (tmp_path / "frontdesk.db.writer-lock").exists()
    finally:
        for db in (intake, worker, late_worker):
            db.dispose()


def test_a_writer_held_past_the_busy_timeout_is_database_unavailable(tmp_path: Path) -> None:
    from storage.db import DatabaseUnavailable

    url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
    holder, waiter = Database(url), Database(url, busy_timeout_ms=300)
    try:
        with holder.transaction():
            started = time.monotonic()
            try:
                _write(waiter, [], "waiter")
            except DatabaseUnavailable:
                pass
            else:
                raise AssertionError("wrote while another process held the writer lock")
            assert time.monotonic() - started < 5
    finally:
        holder.dispose()
        waiter.dispose()
