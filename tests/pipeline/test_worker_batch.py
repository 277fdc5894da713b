"""A worker with a backlog claims several jobs and decides their mail in one transaction.

When that transaction fails, nothing of it is kept and each job runs on its own, so a
message that cannot be decided records its failure against itself alone. The failures
here are real: a table is renamed away underneath the worker, or a job names a message
that is not there.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, make_url, select, text

from frontdesk import pipeline
from frontdesk.app import App
from frontdesk.clock import FrozenClock
from frontdesk.intake import accept
from frontdesk.worker import run_jobs
from storage import queue
from storage.db import Database
from storage.models import Job, Message, Ticket

FIXTURES = Path(__file__).parents[1] / "fixtures"
OUTAGE = FIXTURES / "plain_outage_en.eml"
FIRST_REPORT = FIXTURES / "threads" / "gmail_first_report_en.eml"
REPLY = FIXTURES / "threads" / "gmail_reply_in_reply_to.eml"
AUTO_REPLY = FIXTURES / "auto_reply_no.eml"
NOT_AN_EMAIL = FIXTURES / "bad" / "not_an_email.pdf"


def _accept(db: Database, clock: FrozenClock, *paths: Path) -> list[int]:
    return [
        accept(db, path.read_bytes(), source="smtp", received_at=clock()).message_pk
        for path in paths
    ]


def _commits(db: Database) -> list[int]:
    counted = [0]

    @event.listens_for(db.engine, "commit")
    def _count(_conn: Any) -> None:
        counted[0] += 1

    return counted


def _states(db: Database, pks: list[int]) -> list[tuple[str, str | None]]:
    with db.session() as s:
        by_pk = {m.id: m for m in s.scalars(select(Message).where(Message.id.in_(pks)))}
        return [(by_pk[pk].state, by_pk[pk].last_error) for pk in pks]


def test_a_backlog_is_decided_in_one_transaction_and_every_job_is_done(
    app: App, db: Database, clock: FrozenClock
) -> None:
    pks = _accept(db, clock, OUTAGE, AUTO_REPLY, NOT_AN_EMAIL)
    jobs = queue.claim_many(db, "w", now=clock(), limit=10)
    assert len(jobs) == 3
    commits = _commits(app.db)

    results = run_jobs(app, jobs)

    assert commits[0] == 1, "one transaction decides the three"
    assert [r["action"] if r else None for r in results] == ["created", "ignored", "rejected"]
    assert [state for state, _ in _states(db, pks)] == ["processed", "ignored", "rejected"]
    with db.session() as s:
        assert {j.state for j in s.scalars(select(Job))} == {"done"}


def test_a_reply_in_the_same_batch_updates_the_ticket_its_first_report_created(
    app: App, db: Database, clock: FrozenClock
) -> None:
    _accept(db, clock, FIRST_REPORT, REPLY)
    jobs = queue.claim_many(db, "w", now=clock(), limit=10)

    results = run_jobs(app, jobs)

    assert [r["action"] for r in results if r] == ["created", "updated"]
    assert results[0] is not None and results[1] is not None
    assert results[0]["ticket"] == results[1]["ticket"]
    with db.session() as s:
        assert len(s.scalars(select(Ticket)).all()) == 1


def test_a_message_that_fails_in_a_batch_fails_alone_and_the_others_are_decided(
    app: App, db: Database, clock: FrozenClock
) -> None:
    # Mail from a customer is acknowledged through the outbox (notifications); automated
    # mail and non-mail are not: with that table gone, only the customer's mail fails.
    pks = _accept(db, clock, AUTO_REPLY, OUTAGE, NOT_AN_EMAIL)
    jobs = queue.claim_many(db, "w", now=clock(), limit=10)
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE notifications RENAME TO notifications_away"))
    try:
        results = run_jobs(app, jobs)
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE notifications_away RENAME TO notifications"))

    assert results[0] is not None and results[0]["action"] == "ignored"
    assert results[1] is None
    assert results[2] is not None and results[2]["action"] == "rejected"
    (ignored, _), (failed_state, error), (rejected, _) = _states(db, pks)
    assert (ignored, rejected) == ("ignored", "rejected")
    assert failed_state == "queued" and error and "notifications" in error
    with db.session() as s:
        assert s.get(Job, jobs[1].id).state == "ready"  # type: ignore[union-attr]
        assert s.scalars(select(Ticket)).all() == [], "the failed mail left no ticket behind"

    clock.advance(minutes=5)
    retried = queue.claim_many(db, "w", now=clock(), limit=10)
    assert [j.id for j in retried] == [jobs[1].id]
    again = run_jobs(app, retried)
    assert again[0] is not None and again[0]["action"] == "created"


def test_a_job_for_a_missing_message_fails_alone(
    app: App, db: Database, clock: FrozenClock
) -> None:
    pks = _accept(db, clock, OUTAGE)
    with db.transaction() as s:
        queue.enqueue(s, "process", {"message": pks[0] + 1000}, now=clock())
    jobs = queue.claim_many(db, "w", now=clock(), limit=10)
    assert len(jobs) == 2

    results = run_jobs(app, jobs)

    assert results[0] is not None and results[0]["action"] == "created"
    assert results[1] is None
    with db.session() as s:
        missing = s.get(Job, jobs[1].id)
        assert missing is not None and "does not exist" in (missing.last_error or "")


def test_a_job_whose_message_was_decided_already_is_marked_done(
    app: App, db: Database, clock: FrozenClock
) -> None:
    pks = _accept(db, clock, OUTAGE, AUTO_REPLY)
    first = queue.claim_many(db, "w", now=clock(), limit=10)
    run_jobs(app, first)
    with db.transaction() as s:  # e.g. a replayed job: its message has its answer
        for pk in pks:
            queue.enqueue(s, "process", {"message": pk}, now=clock())
    again = queue.claim_many(db, "w", now=clock(), limit=10)

    results = run_jobs(app, again)

    assert [r["action"] for r in results if r] == ["created", "ignored"]
    with db.session() as s:
        assert {j.state for j in s.scalars(select(Job))} == {"done"}
        assert len(s.scalars(select(Ticket)).all()) == 1


def test_a_batch_commits_early_when_the_intake_waits_for_the_sqlite_write_lock(
    app: App, db: Database, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "YIELD_AFTER_S", 0.0)  # each message outlasts it
    pks = _accept(db, clock, OUTAGE, AUTO_REPLY, NOT_AN_EMAIL)
    jobs = queue.claim_many(db, "w", now=clock(), limit=10)
    commits = _commits(app.db)
    if db.is_sqlite:
        # An intake arrives as each transaction begins, and waits for the write lock the
        # way the daemon's does (prefer_writes): holding `<database>.writer-turn`.
        turn = os.open(f"{make_url(db.url).database}.writer-turn", os.O_RDWR | os.O_CREAT)

        @event.listens_for(app.db.engine, "begin")
        def _intake_waits(_conn: Any) -> None:
            fcntl.flock(turn, fcntl.LOCK_EX)

        @event.listens_for(app.db.engine, "commit")
        def _intake_goes(_conn: Any) -> None:
            fcntl.flock(turn, fcntl.LOCK_UN)

    results = run_jobs(app, jobs)
    if db.is_sqlite:
        os.close(turn)

    assert [r["action"] if r else None for r in results] == ["created", "ignored", "rejected"]
    assert [state for state, _ in _states(db, pks)] == ["processed", "ignored", "rejected"]
    # SQLite: one message per transaction while a sender waits; PostgreSQL has no such lock.
    assert commits[0] == (3 if db.is_sqlite else 1)
