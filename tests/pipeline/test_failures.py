"""A message whose processing fails is recorded, retried, dead-lettered and replayable.

The failure is real: the timeline table is renamed away underneath the worker.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
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


def test_ingest_decides_in_one_transaction_and_leaves_no_job(
    app: App, db: Database, clock: FrozenClock
) -> None:
    result = ingest_path(app, FIXTURE)

    assert result["action"] == "created"
    with db.session() as s:
        message = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert message.state == "processed" and message.ticket_id is not None
        assert message.raw == FIXTURE.read_bytes()
    assert queue.list_jobs(db) == []  # nothing is left for a worker to do


def test_ingest_failure_keeps_the_message_and_queues_it_for_the_daemon(
    app: App, db: Database, clock: FrozenClock
) -> None:
    _rename(db, "ticket_events", "ticket_events_away")
    try:
        result = ingest_path(app, FIXTURE)
    finally:
        _rename(db, "ticket_events_away", "ticket_events")

    # The one-transaction attempt rolled back; the durable path kept the bytes and the error.
    assert result["action"] == "rejected" and result["_handled"] is False
    assert "processing failed (kept as message" in result["reason"]
    with db.session() as s:
        message = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert message.raw == FIXTURE.read_bytes() and message.last_error
        assert message.ticket_id is None
    clock.advance(minutes=5)
    job = queue.claim(db, "frontdesk serve", now=clock())
    assert job is not None and job.payload == {"message": message.id}
    done = run_job(app, job)
    assert done is not None and done["action"] == "created"
