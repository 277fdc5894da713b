"""Worker threads over the durable queue, plus the outbox and timers.

A job that raises is recorded against its message (last_error) and retried with
backoff; after the last attempt it is dead-lettered and the message is marked failed.
The failure of one message never stops the worker.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
import traceback
from typing import Any, NoReturn, Protocol

import structlog

from frontdesk import clock
from frontdesk.app import App
from frontdesk.pipeline import JustAccepted, process_batch, process_message
from storage import queue
from storage.db import Database, DatabaseUnavailable
from storage.models import Message

log = structlog.get_logger("frontdesk.worker")


def run_job(
    app: App, job: queue.ClaimedJob, just_accepted: JustAccepted | None = None
) -> dict[str, Any] | None:
    """Run one claimed job to completion or recorded failure. Never raises."""
    try:
        if job.kind == "process":
            result = process_message(
                app, int(job.payload["message"]), job_id=job.id, just_accepted=just_accepted
            )
        else:
            raise ValueError(f"unknown job kind {job.kind!r}")
    except DatabaseUnavailable as exc:
        log.warning("database unavailable", job=job.id, error=str(exc))
        error = f"database unavailable: {exc}"
        state = _safe_fail(app, job, error)
        record_failure_on_message(app, job, error, dead=state == "dead")
        return None
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        log.error("job failed", job=job.id, kind=job.kind, error=error, attempt=job.attempts)
        detail = error + "\n" + "".join(traceback.format_exc(limit=8))
        state = _safe_fail(app, job, detail)
        record_failure_on_message(app, job, error, dead=state == "dead")
        return None
    return result


def run_jobs(app: App, jobs: list[queue.ClaimedJob]) -> list[dict[str, Any] | None]:
    """Run claimed jobs: several together in one transaction (process_batch), and each on
    its own (run_job) when there is one, when it is a recording, or when the batch failed:
    then nothing of it was written, and each job records its own failure. Never raises."""
    return finish_jobs(app, jobs, decide_together(app, jobs))


def decide_together(app: App, jobs: list[queue.ClaimedJob]) -> dict[int, dict[str, Any]]:
    """The mail among several jobs, decided in one transaction: job id -> result. Empty for
    a single job, or when the batch failed (nothing of it was written then)."""
    if len(jobs) < 2:
        return {}
    try:
        return process_batch(app, jobs)
    except Exception as exc:
        # Each job, run alone after this, logs and records its own error in full.
        log.warning(
            "batch failed, running its jobs one by one", jobs=len(jobs), error=type(exc).__name__
        )
        return {}


def finish_jobs(
    app: App, jobs: list[queue.ClaimedJob], decided: dict[int, dict[str, Any]]
) -> list[dict[str, Any] | None]:
    """Each job's result: decided together already, or run on its own now."""
    return [decided[job.id] if job.id in decided else run_job(app, job) for job in jobs]


def _safe_fail(app: App, job: queue.ClaimedJob, error: str) -> str:
    try:
        return queue.fail(
            app.db, job.id, error, now=clock.now(), retry_base_s=app.settings.worker.retry_base_s
        )
    except DatabaseUnavailable:
        return "unknown"  # the stale-lock rule hands it to a worker later


def record_failure_on_message(app: App, job: queue.ClaimedJob, error: str, *, dead: bool) -> None:
    pk = job.payload.get("message")
    if pk is None:
        return
    try:
        with app.db.transaction() as session:
            message = session.get(Message, int(pk))
            if message is not None:
                message.last_error = error[:4000]
                if dead:
                    message.state = "failed"
    except DatabaseUnavailable:
        pass


def pool_name(pid: int) -> str:
    """The name of the worker pool of process `pid` on this host: its threads lock the jobs
    they claim as `<name>/<thread>`."""
    return f"{socket.gethostname()}:{pid}"


def release_jobs_in_hand(db: Database, pool: str) -> None:
    """The graceful timeout ran out with jobs in hand (`pool`: the `pool_name` of a worker
    process, or of this process's threads): back in the queue, ready for the next start at
    once."""
    note = "interrupted: the daemon stopped after worker.graceful_timeout_s"
    prefix = f"{pool}/"
    try:
        released = queue.release_unfinished(db, prefix, note, now=clock.now())
    except DatabaseUnavailable as exc:  # the stale-claim rule frees them later
        log.error("cannot release the jobs in hand", worker=prefix, error=str(exc))
        return
    for job_id in released:
        log.warning("job in hand released for the next start", job=job_id, worker=prefix)


def exit_leaving_worker_threads(status: int) -> NoReturn:
    """End this process now, with worker threads still running past the graceful timeout
    (their jobs are released to the queue for the next start). A normal exit would wait
    for them: for a recording, for the Whisper thread to finish it, however long."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


class Wakeups(Protocol):
    """A wake-up shared by processes (a multiprocessing Semaphore): the intake releases
    it once per committed job, an idle worker thread in any process takes it."""

    def acquire(self, block: bool = True, timeout: float | None = None) -> bool: ...


class WorkerPool:
    """N threads taking jobs; thread 0 also runs the outbox and timers about once a second
    (unless `housekeeping` is False: with worker processes only one pool in the daemon
    runs them).

    Idle threads wait for `wake()` (same process) or, with `wakeups`, for the semaphore
    the intake process releases; either way the queue poll every poll_interval_s stays
    as the fallback. `log_context` is bound in every thread's structlog context.
    """

    def __init__(
        self,
        app: App,
        threads: int | None = None,
        *,
        housekeeping: bool = True,
        wakeups: Wakeups | None = None,
        log_context: dict[str, Any] | None = None,
    ) -> None:
        self.app = app
        self.count = threads or app.settings.worker.threads
        self.housekeeping = housekeeping
        self._stop = threading.Event()
        # One thread at a time claims and decides a batch of mail. The interpreter lock runs
        # one thread's Python at a time anyway; two at once only split the backlog into
        # smaller batches and contend for the lock (smtp_load: 3.8 against 2.9 ms of worker
        # CPU per message). The other threads are there for when one transcribes a recording.
        self._turn = threading.Lock()
        self._wake = threading.Condition()
        self._wakeups = wakeups
        self._pending_wakes = 0
        self._threads: list[threading.Thread] = []
        self._idle_s = app.settings.worker.poll_interval_s
        self._log_context = dict(log_context or {})
        self.name = pool_name(os.getpid())

    def start(self) -> None:
        for i in range(self.count):
            t = threading.Thread(target=self._loop, args=(i,), name=f"worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)

    def alive(self) -> int:
        """How many of the threads are running."""
        return sum(t.is_alive() for t in self._threads)

    def wake(self) -> None:
        """New work is committed: take it now rather than at the next poll."""
        with self._wake:
            self._pending_wakes += 1
            self._wake.notify()

    def stop(self, timeout: float) -> bool:
        """Finish in-flight jobs; True when every thread ended within the timeout."""
        self._stop.set()
        with self._wake:
            self._wake.notify_all()
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)

    def _loop(self, index: int) -> None:
        if self._log_context:
            structlog.contextvars.bind_contextvars(**self._log_context)
        worker = f"{self.name}/{index}"
        housekeeping = self.housekeeping and index == 0
        last_housekeeping = 0.0
        while not self._stop.is_set():
            did_work = False
            try:
                with self._turn:
                    jobs = queue.claim_many(
                        self.app.db, worker, now=clock.now(), limit=self.app.settings.worker.batch
                    )
                    decided = decide_together(self.app, jobs)
                if jobs:
                    # Recordings (and a batch's failures) run outside the turn: another
                    # thread decides mail while this one transcribes.
                    results = finish_jobs(self.app, jobs, decided)
                    did_work = True
                    if any(result is not None and result.get("paged") for result in results):
                        # Send the page from here, now, rather than at the next
                        # housekeeping round of thread 0: seconds matter at 3 a.m.
                        self.app.pager.deliver_due(self.app.db, clock.now())
                if housekeeping and time.monotonic() - last_housekeeping >= 1.0:
                    last_housekeeping = time.monotonic()
                    self._housekeeping()
            except DatabaseUnavailable as exc:
                log.warning("database unavailable", worker=worker, error=str(exc))
                self._stop.wait(2.0)
                continue
            except Exception as exc:  # a bug must not kill the worker thread
                log.error("worker error", worker=worker, error=f"{type(exc).__name__}: {exc}")
                self._stop.wait(1.0)
                continue
            if not did_work:
                self._wait_for_work()

    def _wait_for_work(self) -> None:
        if self._wakeups is not None:
            # A wake released before our claim's query was for a job that query saw (the
            # intake releases after its commit); one released after it is still there.
            self._wakeups.acquire(timeout=self._idle_s)
            return
        with self._wake:
            if self._pending_wakes == 0 and not self._stop.is_set():
                self._wake.wait(self._idle_s)
            self._pending_wakes = max(0, self._pending_wakes - 1)

    def _housekeeping(self) -> None:
        now = clock.now()
        self.app.pager.deliver_due(self.app.db, now)
        self.app.pager.run_timers(self.app.db, now)
