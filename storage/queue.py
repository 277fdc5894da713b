"""The durable job queue.

Jobs are rows: enqueued in the same transaction as the data they refer to, claimed with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL (several worker processes on several hosts) and
under SQLite's single write lock (BEGIN IMMEDIATE) on the embedded default. A job that
keeps failing is dead-lettered with its error and can be replayed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from storage.db import Database
from storage.models import Job
from storage.rows import insert_row, read_first

# A job whose worker died is taken again after this long.
STALE_LOCK = timedelta(minutes=10)


@dataclass(frozen=True)
class Queued:
    id: int


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int


def enqueue(
    session: Session | Connection,
    kind: str,
    payload: dict[str, Any],
    *,
    now: datetime,
    run_after: datetime | None = None,
    dedupe_key: str | None = None,
    max_attempts: int = 5,
    claimed_by: str | None = None,
) -> Queued:
    """Add a job in the caller's transaction (it commits with the data it refers to).

    With `claimed_by` the job starts out running, taken by that worker (who will run it
    right after the commit); if that worker dies, the stale-lock rule frees it.
    """
    job_id = insert_row(
        session,
        Job,
        kind=kind,
        payload=payload,
        state="running" if claimed_by else "ready",
        attempts=1 if claimed_by else 0,
        max_attempts=max_attempts,
        run_after=run_after or now,
        created_at=now,
        dedupe_key=dedupe_key,
        locked_by=claimed_by,
        locked_at=now if claimed_by else None,
    )
    return Queued(job_id)


def claim(
    db: Database, worker: str, *, now: datetime, kinds: tuple[str, ...] | None = None
) -> ClaimedJob | None:
    """Take the oldest ready job (or one whose worker vanished), mark it running."""
    jobs = claim_many(db, worker, now=now, limit=1, kinds=kinds)
    return jobs[0] if jobs else None


def claim_many(
    db: Database,
    worker: str,
    *,
    now: datetime,
    limit: int,
    kinds: tuple[str, ...] | None = None,
) -> list[ClaimedJob]:
    """Take up to `limit` of the oldest ready jobs (or ones whose worker vanished), oldest
    first, and mark them running: one transaction, two statements, however many."""
    with db.transaction() as session:
        params: dict[str, Any] = {"now": now, "stale_before": now - STALE_LOCK, "limit": limit}
        if kinds:
            params["kinds"] = list(kinds)
        rows = (
            session.connection()
            .execute(_claimable(db.is_postgres, by_kind=bool(kinds)), params)
            .all()
        )
        if not rows:
            return []
        session.connection().execute(
            _mark_running, {"ids": [row[0] for row in rows], "worker": worker, "now": now}
        )
        return [
            ClaimedJob(job_id, kind, dict(payload), attempts + 1, max_attempts)
            for job_id, kind, payload, attempts, max_attempts in rows
        ]


@functools.cache
def _claimable(postgres: bool, *, by_kind: bool) -> Select[Any]:
    """The claim query, built once per variant (building it cost more than running it)."""
    stmt = (
        select(Job.id, Job.kind, Job.payload, Job.attempts, Job.max_attempts)
        .where(
            or_(
                (Job.state == "ready") & (Job.run_after <= bindparam("now")),
                (Job.state == "running") & (Job.locked_at < bindparam("stale_before")),
            )
        )
        .order_by(Job.run_after, Job.id)
        .limit(bindparam("limit"))
    )
    if by_kind:
        stmt = stmt.where(Job.kind.in_(bindparam("kinds", expanding=True)))
    if postgres:
        stmt = stmt.with_for_update(skip_locked=True)
    return stmt


def complete(db: Database, job_id: int, *, now: datetime) -> None:
    with db.transaction() as session:
        complete_in(session, job_id, now=now)


def complete_in(session: Session, job_id: int, *, now: datetime) -> None:
    """Mark a job done inside the caller's transaction (with the result it produced)."""
    complete_many_in(session, [job_id], now=now)


def complete_many_in(session: Session, job_ids: list[int], *, now: datetime) -> None:
    """Mark jobs done inside the caller's transaction: one statement for all of them."""
    session.connection().execute(_mark_done, {"ids": job_ids, "now": now})


_mark_running = (
    update(Job)
    .where(Job.id.in_(bindparam("ids", expanding=True)))
    .values(
        state="running",
        locked_by=bindparam("worker"),
        locked_at=bindparam("now"),
        attempts=Job.attempts + 1,
    )
)
_mark_done = (
    update(Job)
    .where(Job.id.in_(bindparam("ids", expanding=True)))
    .values(state="done", finished_at=bindparam("now"), locked_by=None, dedupe_key=None)
)


def backoff(attempts: int, base_s: float) -> timedelta:
    """Exponential backoff: base, 2*base, 4*base ... capped at one hour."""
    return timedelta(seconds=min(base_s * (2 ** max(attempts - 1, 0)), 3600.0))


def fail(db: Database, job_id: int, error: str, *, now: datetime, retry_base_s: float = 2.0) -> str:
    """Record a failure: retry later with backoff, or dead-letter. Returns the new state."""
    with db.transaction() as session:
        job = session.get(Job, job_id)
        if job is None:
            return "missing"
        return _record_failure(job, error, now, retry_base_s)


def _in_hand(session: Session, worker_prefix: str) -> Sequence[Job]:
    """The jobs running under a worker whose lock name starts with `worker_prefix`."""
    return session.scalars(
        select(Job).where(Job.state == "running", Job.locked_by.startswith(worker_prefix))
    ).all()


def release_claims(
    db: Database, worker_prefix: str, error: str, *, now: datetime, retry_base_s: float = 2.0
) -> list[tuple[int, str, dict[str, Any]]]:
    """The jobs a dead worker held (locked_by starts with `worker_prefix`): each counts as a
    failed attempt and is retried with backoff, or dead-lettered after its last attempt
    (a message that kills its worker every time must not kill the next one for ever).
    Returns (job id, new state, payload) for each; the stale-claim rule would otherwise
    leave them for STALE_LOCK."""
    released = []
    with db.transaction() as session:
        for job in _in_hand(session, worker_prefix):
            state = _record_failure(job, error, now, retry_base_s)
            released.append((job.id, state, dict(job.payload)))
    return released


def release_unfinished(db: Database, worker_prefix: str, note: str, *, now: datetime) -> list[int]:
    """The jobs a worker still had in hand when the daemon stopped it (the graceful timeout
    ran out): ready again at once, and the interrupted attempt does not count (a stop is
    not the job's failure: it must not be dead-lettered for it). The next start takes them
    at once instead of after STALE_LOCK. `note` is kept as the job's last_error. Returns
    their ids."""
    with db.transaction() as session:
        jobs = _in_hand(session, worker_prefix)
        for job in jobs:
            job.state = "ready"
            job.locked_by = None
            job.run_after = now
            job.attempts = max(job.attempts - 1, 0)
            job.last_error = note[:4000]
        return [job.id for job in jobs]


def _record_failure(job: Job, error: str, now: datetime, retry_base_s: float) -> str:
    """One failed attempt on `job`: retry later with backoff, or dead-letter after its last."""
    job.last_error = error[:4000]
    job.locked_by = None
    if job.attempts >= job.max_attempts:
        job.state = "dead"
        job.finished_at = now
    else:
        job.state = "ready"
        job.run_after = now + backoff(job.attempts, retry_base_s)
    return job.state


def retry(db: Database, job_id: int, *, now: datetime) -> bool:
    """Replay a dead (or waiting) job now, with a fresh attempt budget."""
    with db.transaction() as session:
        job = session.get(Job, job_id)
        if job is None or job.state == "running":
            return False
        job.state = "ready"
        job.attempts = 0
        job.run_after = now
        job.finished_at = None
        return True


def count_ready(db: Database, *, now: datetime) -> int:
    """Jobs ready to run now (not those waiting out a backoff): the intake's inflow control
    counts them several times a second, so this is one indexed count."""
    row = read_first(db, _ready_now, {"now": now})  # autocommit on PostgreSQL: one round trip
    return int(row[0]) if row is not None else 0


_ready_now = (
    select(func.count())
    .select_from(Job)
    .where(Job.state == "ready", Job.run_after <= bindparam("now"))
)


def list_jobs(
    db: Database, *, states: tuple[str, ...] | None = None, limit: int = 100
) -> list[Job]:
    with db.session() as session:
        stmt = select(Job).order_by(Job.id.desc()).limit(limit)
        if states:
            stmt = stmt.where(Job.state.in_(states))
        return list(session.scalars(stmt))


@dataclass(frozen=True)
class Backlog:
    ready: int
    running: int
    dead: int
    oldest_ready_at: datetime | None  # the longest-waiting job's run_after


def backlog(db: Database) -> Backlog:
    """Jobs not done, by state (the (state, run_after) index answers it): for /healthz."""
    with db.session() as session:
        conn = session.connection()
        counts = dict(
            conn.execute(
                select(Job.state, func.count())
                .where(Job.state.in_(("ready", "running", "dead")))
                .group_by(Job.state)
            ).all()
        )
        oldest = conn.execute(select(func.min(Job.run_after)).where(Job.state == "ready")).scalar()
    return Backlog(
        ready=int(counts.get("ready", 0)),
        running=int(counts.get("running", 0)),
        dead=int(counts.get("dead", 0)),
        oldest_ready_at=oldest,
    )
