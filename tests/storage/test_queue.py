"""The durable job queue on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select

from frontdesk.clock import FrozenClock
from storage import queue
from storage.db import Database
from storage.models import Job


def test_enqueued_job_is_claimed_once_and_completed(db: Database, clock: FrozenClock) -> None:
    with db.transaction() as s:
        queue.enqueue(s, "process", {"message": 1}, now=clock())
    job = queue.claim(db, "w1", now=clock())
    assert job is not None and job.payload == {"message": 1} and job.attempts == 1
    assert queue.claim(db, "w2", now=clock()) is None
    queue.complete(db, job.id, now=clock())
    with db.session() as s:
        assert s.get(Job, job.id).state == "done"  # type: ignore[union-attr]


def test_failing_job_backs_off_then_is_dead_lettered_and_can_be_replayed(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        queue.enqueue(s, "process", {}, now=clock(), max_attempts=2)
    job = queue.claim(db, "w", now=clock())
    assert job is not None
    assert queue.fail(db, job.id, "boom", now=clock(), retry_base_s=10) == "ready"
    assert queue.claim(db, "w", now=clock()) is None, "not before its backoff"
    clock.advance(seconds=11)
    job = queue.claim(db, "w", now=clock())
    assert job is not None and job.attempts == 2
    assert queue.fail(db, job.id, "boom again", now=clock()) == "dead"
    dead = queue.list_jobs(db, states=("dead",))
    assert [j.last_error for j in dead] == ["boom again"]
    assert queue.retry(db, job.id, now=clock())
    again = queue.claim(db, "w", now=clock())
    assert again is not None and again.id == job.id and again.attempts == 1


def test_job_of_a_vanished_worker_is_taken_again_after_the_stale_lock(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        queue.enqueue(s, "process", {}, now=clock())
    assert queue.claim(db, "dead-worker", now=clock()) is not None
    clock.advance(minutes=11)
    job = queue.claim(db, "w2", now=clock())
    assert job is not None and job.attempts == 2


def test_jobs_of_a_dead_worker_process_are_freed_at_once_and_a_poison_job_dead_lettered(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        first = queue.enqueue(s, "process", {"message": 1}, now=clock(), max_attempts=3)
        last_try = queue.enqueue(s, "process", {"message": 2}, now=clock(), max_attempts=1)
        other = queue.enqueue(s, "process", {"message": 3}, now=clock())
    assert queue.claim(db, "host:4242/0", now=clock()) is not None
    assert queue.claim(db, "host:4242/1", now=clock()) is not None
    assert queue.claim(db, "host:777/0", now=clock()) is not None  # a live process's job

    released = queue.release_claims(db, "host:4242/", "killed by SIGKILL", now=clock())

    # Its last attempt killed the worker: dead-lettered, so it cannot kill the next one.
    assert sorted((job_id, state) for job_id, state, _ in released) == [
        (first.id, "ready"),
        (last_try.id, "dead"),
    ]
    with db.session() as s:
        jobs = {j.id: j for j in s.query(Job)}
        assert jobs[first.id].last_error == "killed by SIGKILL" and jobs[first.id].locked_by is None
        assert jobs[other.id].state == "running" and jobs[other.id].locked_by == "host:777/0"
    clock.advance(seconds=3)  # the first attempt's backoff (2 s), not the stale-claim delay
    retried = queue.claim(db, "host:5000/0", now=clock())
    assert retried is not None and retried.id == first.id and retried.attempts == 2


def test_jobs_in_hand_at_a_stop_are_ready_again_at_once_and_the_attempt_not_counted(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        last_try = queue.enqueue(s, "process", {"message": 1}, now=clock(), max_attempts=1)
        other = queue.enqueue(s, "process", {"message": 2}, now=clock())
    assert queue.claim(db, "host:4242/0", now=clock()) is not None
    assert queue.claim(db, "host:777/0", now=clock()) is not None  # another process's job

    released = queue.release_unfinished(db, "host:4242/", "interrupted by a stop", now=clock())

    # Its only attempt was interrupted, not failed: ready, never dead-lettered for a stop.
    assert released == [last_try.id]
    with db.session() as s:
        jobs = {j.id: j for j in s.query(Job)}
        assert (jobs[last_try.id].state, jobs[last_try.id].locked_by) == ("ready", None)
        assert jobs[last_try.id].last_error == "interrupted by a stop"
        assert jobs[other.id].state == "running" and jobs[other.id].locked_by == "host:777/0"
    retried = queue.claim(db, "host:5000/0", now=clock())  # at once: no backoff, no stale delay
    assert retried is not None and retried.id == last_try.id and retried.attempts == 1


def test_concurrent_workers_never_take_the_same_job(db: Database, clock: FrozenClock) -> None:
    with db.transaction() as s:
        for i in range(40):
            queue.enqueue(s, "process", {"n": i}, now=clock())
    taken: list[int] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := queue.claim(db, name, now=clock())) is not None:
            with lock:
                taken.append(job.payload["n"])
            queue.complete(db, job.id, now=clock())

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(taken) == list(range(40))


def test_dedupe_key_allows_a_new_job_once_the_old_one_is_done(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        first = queue.enqueue(s, "process", {}, now=clock(), dedupe_key="process:7")
    queue.complete(db, first.id, now=clock())
    with db.transaction() as s:
        second = queue.enqueue(
            s, "process", {}, now=clock() + timedelta(seconds=1), dedupe_key="process:7"
        )
    assert second.id != first.id


def test_times_with_an_offset_come_back_as_the_same_instant_in_utc(db: Database) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    cet = timezone(timedelta(hours=1))
    with db.transaction() as s:
        job = queue.enqueue(s, "process", {}, now=datetime(2026, 11, 24, 9, 12, 41, tzinfo=cet))
        job_id = job.id
    with db.session() as s:
        stored = s.get(Job, job_id)
        assert stored is not None
        assert stored.run_after == datetime(2026, 11, 24, 8, 12, 41, tzinfo=UTC)
        assert stored.run_after.tzinfo is not None


def test_a_batch_claim_takes_the_oldest_ready_jobs_up_to_its_limit_and_never_twice(
    db: Database, clock: FrozenClock
) -> None:
    with db.transaction() as s:
        ids = [queue.enqueue(s, "process", {"message": n}, now=clock()).id for n in range(5)]
        later = queue.enqueue(
            s, "process", {"message": 9}, now=clock(), run_after=clock() + timedelta(minutes=1)
        )
    first = queue.claim_many(db, "w1", now=clock(), limit=3)
    second = queue.claim_many(db, "w2", now=clock(), limit=3)

    assert [j.id for j in first] == ids[:3] and [j.id for j in second] == ids[3:]
    assert all(j.attempts == 1 for j in first + second)
    assert queue.claim_many(db, "w3", now=clock(), limit=3) == [], "not before run_after"
    with db.session() as s:
        locked = {j.id: j.locked_by for j in s.scalars(select(Job).where(Job.id.in_(ids)))}
    assert locked == {**dict.fromkeys(ids[:3], "w1"), **dict.fromkeys(ids[3:], "w2")}
    with db.transaction() as s:
        queue.complete_many_in(s, [j.id for j in first], now=clock())
    assert sorted(j.id for j in queue.list_jobs(db, states=("done",))) == ids[:3]
    clock.advance(minutes=2)
    assert [j.id for j in queue.claim_many(db, "w3", now=clock(), limit=3)] == [later.id]
