"""A message whose processing fails is recorded, retried, dead-lettered and replayable.

The failure is real: the timeline table is renamed away underneath the worker.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from frontdesk.app import App
from frontdesk.clock import FrozenClock
from frontdesk.intake import accept
from frontdesk.worker import run_job
from storage import queue
from storage.db import Database
from storage.models import Message

FIXTURE = Path(__file__).parents[1] / "fixtures" / "plain_outage_en.eml"


def _rename(db: Database, old: str, new: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE {old} RENAME TO {new}"))


def test_failed_processing_is_recorded_retried_then_dead_lettered_and_replayable(
    app: App, db: Database, clock: FrozenClock
) -> None:
    accepted = accept(db, FIXTURE.read_bytes(), source="smtp", received_at=clock(), max_attempts=2)
    _rename(db, "ticket_events", "ticket_events_away")
    try:
        for _ in range(2):
            job = queue.claim(db, "w", now=clock())
            assert job is not None
            assert run_job(app, job) is None
            with db.session() as s:
                message = s.get(Message, accepted.message_pk)
                assert message is not None and message.last_error
                assert message.raw == FIXTURE.read_bytes()
            clock.advance(minutes=5)
        with db.session() as s:
            assert s.get(Message, accepted.message_pk).state == "failed"  # type: ignore[union-attr]
        dead = queue.list_jobs(db, states=("dead",))
        assert len(dead) == 1 and dead[0].last_error
    finally:
        _rename(db, "ticket_events_away", "ticket_events")
    assert queue.retry(db, dead[0].id, now=clock())
    job = queue.claim(db, "w", now=clock())
    assert job is not None
    result = run_job(app, job)
    assert result is not None and result["action"] == "created"
    with db.session() as s:
        message = s.get(Message, accepted.message_pk)
        assert message is not None and message.state == "processed" and message.last_error is None
