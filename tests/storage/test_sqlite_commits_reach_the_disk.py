"""A commit on SQLite is on disk before it returns (synchronous=FULL in WAL mode), except in the
daemon's worker processes.

The SMTP 250, the IMAP \\Seen flag and the spool's move of a recording each follow the commit
of the message's raw bytes. With WAL's usual synchronous=NORMAL, the last commits before a power
loss may be rolled back at the next start: mail its sender was told we kept would be gone. A
power loss cannot be staged in a test, so this checks the setting connections are opened with,
through each way the project opens one. A worker process's commits can be done again (a job
whose commit was lost is still queued), so they skip the sync (NORMAL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from frontdesk.app import App
from frontdesk.config import Settings
from frontdesk.worker_processes import _build_app
from storage.db import Database
from storage.migrate import upgrade

NORMAL, FULL = 1, 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def test_a_write_connection_syncs_each_commit_in_wal_mode(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'frontdesk.db'}")
    try:
        with db.write_connection() as connection:
            assert connection.execute(text("PRAGMA synchronous")).scalar() == FULL
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()


def test_a_session_transaction_syncs_each_commit(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
    setup = Database(url)
    upgrade(setup)
    setup.dispose()
    db = Database(url)
    try:
        with db.transaction() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == FULL
    finally:
        db.dispose()


def _synchronous(app: App) -> int:
    with app.db.write_connection() as connection:
        return int(connection.execute(text("PRAGMA synchronous")).scalar() or 0)


def test_the_daemons_intake_syncs_each_commit_and_its_worker_processes_do_not(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
    setup = Database(url)
    upgrade(setup)
    setup.dispose()
    settings = Settings.model_validate({"database": {"url": url}})
    intake = App.build(settings, classifies=False)  # as `frontdesk serve` builds its own
    worker = _build_app(settings)  # as a worker process builds its own
    try:
        assert _synchronous(intake) == FULL
        assert _synchronous(worker) == NORMAL
    finally:
        intake.close()
        worker.close()
