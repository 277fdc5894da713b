"""Worker processes: the pipeline runs apart from the intake process.

`frontdesk serve` with worker.processes = N >= 1 keeps SMTP, IMAP, the spool watcher and
HTTP in the daemon process (the "intake") and runs N child processes, each a WorkerPool
of worker.threads threads claiming jobs from the durable queue. The pipeline's CPU work
then no longer holds the GIL the SMTP event loop needs.

- Start: the `spawn` context (no fork of an event loop, a DB pool or threads). Each child
  gets the daemon's Settings (the same config file and environment; an empty
  http.secret is replaced by the daemon's link secret, so acknowledgement links a child
  signs are valid on the daemon's HTTP pages), builds its own App, configures structlog
  the same way and binds `worker_process` (e.g. "worker-1") in every log line. It reports
  "ready" (or the one-line reason it cannot start, e.g. a missing Whisper model: at the
  first start the daemon then exits 2 with that line). The model itself loads on the
  child's first recording.
- Wake-up: one multiprocessing Semaphore shared by all children. After accept() commits,
  the intake releases it (capped at the number of worker threads, so a burst leaves no
  pile of stale wakes); an idle thread in any child takes it and claims at once. The queue
  poll (worker.poll_interval_s) stays as the fallback.
- Control: a pipe per child. The daemon sends "reload" (new Settings) on SIGHUP and "stop"
  (finish the job in hand within the given seconds) on shutdown. EOF on the pipe, or a
  changed parent pid, means the daemon is gone: the child finishes its job and exits, so
  no child outlives the daemon.
- Signals in a child: SIGTERM/SIGINT (systemd's KillMode=control-group sends SIGTERM to
  every process; Ctrl-C reaches the whole process group) finish the job in hand within
  worker.graceful_timeout_s and exit 0. SIGHUP is ignored (the daemon forwards reloads).
  A job that outlasts the timeout goes back in the queue, ready for the next start
  (queue.release_unfinished; the interrupted attempt does not count), and the child exits
  1 at once. A child still running 2 s later is killed, and the daemon puts its jobs back.
- Supervision: a child that dies (crash, SIGKILL, OOM) is logged with how it ended and
  restarted after a backoff (1 s doubling to 60 s while it keeps dying within 30 s of its
  start). A job it had claimed is taken over by the stale-claim rule of storage/queue.py.
- Housekeeping (outbox delivery and timers: escalations, held notifications, SLA
  warnings) runs exactly once in the daemon: in worker process slot 0 (thread 0 of its
  pool), and in its replacement after a restart; never in the intake process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

import structlog

from frontdesk.config import Settings
from frontdesk.errors import UserError

log = structlog.get_logger("frontdesk.worker_processes")

CONTEXT = multiprocessing.get_context("spawn")

# Restart backoff: a child that dies within QUICK_DEATH_S of its start doubles the delay.
BACKOFF_MIN_S = 1.0
BACKOFF_MAX_S = 60.0
QUICK_DEATH_S = 30.0
# A child that neither reports "ready" nor dies within this long at the first start.
READY_TIMEOUT_S = 600.0
# The slot whose pool runs the outbox and timers.
HOUSEKEEPING_SLOT = 0


def settings_for_children(settings: Settings, link_secret: str) -> Settings:
    """The daemon's settings as a child gets them: with the daemon's link secret when the
    config leaves http.secret empty (a random one per process would make the links a
    child signs invalid on the daemon's pages)."""
    if settings.http.secret:
        return settings
    http = settings.http.model_copy(update={"secret": link_secret})
    copy = settings.model_copy(update={"http": http})
    copy.source = settings.source
    return copy


def describe_exit(exitcode: int | None) -> str:
    if exitcode is None:
        return "running"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"


@dataclass
class _Child:
    slot: int
    name: str
    process: BaseProcess | None = None
    conn: Connection | None = None
    pid: int | None = None
    started_at: float = 0.0
    ready: bool = False
    restarts: int = 0
    quick_deaths: int = 0
    restart_at: float | None = None
    last_exit: str | None = None
    start_error: str | None = None


class WorkerProcesses:
    """The daemon's side: spawns, wakes, reloads, supervises and stops the children."""

    def __init__(
        self,
        settings: Settings,
        processes: int,
        threads: int,
        on_death: Callable[[int, str], None] | None = None,
        on_unfinished: Callable[[int], None] | None = None,
    ) -> None:
        self.settings = settings
        # Called with (pid, how it ended) for a child that died unasked: the daemon frees
        # the jobs it held, which would otherwise wait out the queue's stale-claim delay.
        self._on_death = on_death
        # Called with the pid of a child that did not stop cleanly when told to (a job
        # outlasted the graceful timeout): the daemon puts the jobs it held back in the queue.
        self._on_unfinished = on_unfinished
        self.count = processes
        self.threads = threads
        self._wakeups: Any = CONTEXT.Semaphore(0)
        self._wake_cap = processes * threads
        self._children = [_Child(slot=i, name=f"worker-{i}") for i in range(processes)]
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._kick_r, self._kick_w = CONTEXT.Pipe(duplex=False)
        self._supervisor: threading.Thread | None = None
        self._first_start = True

    # -- the intake's side --------------------------------------------------------------

    def wake(self) -> None:
        """A job is committed: let one idle worker thread, in any child, claim it now."""
        try:
            if self._wakeups.get_value() >= self._wake_cap:
                return
        except NotImplementedError:  # no sem_getvalue on this platform
            pass
        self._wakeups.release()

    def start(self) -> None:
        with self._lock:
            for child in self._children:
                self._spawn(child)
        self._supervisor = threading.Thread(
            target=self._supervise, name="worker-supervisor", daemon=True
        )
        self._supervisor.start()

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        """Block until every child reported ready; UserError (one line) when one cannot
        start: at the first start a broken setting stops the daemon instead of a restart
        loop."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for child in self._children:
                    if child.start_error is not None:
                        raise UserError(child.start_error)
                if all(child.ready for child in self._children):
                    self._first_start = False
                    return
                left = deadline - time.monotonic()
                if left <= 0:
                    raise UserError(f"worker processes not ready within {timeout:.0f} s")
                self._changed.wait(min(left, 1.0))

    def reload(self, settings: Settings) -> None:
        """SIGHUP: the children swap rules, desk, pager and logging as the daemon did."""
        with self._lock:
            self.settings = settings
            for child in self._children:
                self._send(child, ("reload", settings))

    def stop(self, timeout: float) -> bool:
        """Tell every child to finish the job in hand within `timeout`, join them; a child
        still running after that (and a moment to exit) is killed. True when all ended
        on their own."""
        self._stopping.set()
        with self._lock:
            for child in self._children:
                self._send(child, ("stop", timeout))
            processes = [(c, c.process) for c in self._children if c.process is not None]
        self._kick()
        deadline = time.monotonic() + timeout + 2.0
        clean = True
        for child, process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.exitcode is None:
                log.error(
                    "worker process did not stop in time: killing it",
                    worker_process=child.name,
                    pid=process.pid,
                    timeout_s=timeout,
                )
                process.kill()
                process.join(5)
                clean = False
            elif process.exitcode != 0:
                clean = False
            if process.exitcode != 0 and self._on_unfinished is not None and process.pid:
                try:
                    self._on_unfinished(process.pid)
                except Exception as exc:  # the stale-claim rule still frees them later
                    log.error(
                        "cannot release a stopped worker's jobs",
                        error=f"{type(exc).__name__}: {exc}",
                    )
        if self._supervisor is not None:
            self._supervisor.join(5)
        with self._lock:
            for child in self._children:
                self._reap(child, stopping=True)
        self._kick_r.close()
        self._kick_w.close()
        return clean

    # -- what /healthz and the watchdog see -------------------------------------------------

    def alive(self) -> int:
        return sum(
            1 for c in self._children if c.process is not None and c.process.exitcode is None
        )

    def status(self) -> dict[str, Any]:
        children = []
        for c in list(self._children):
            process = c.process
            alive = process is not None and process.exitcode is None
            children.append(
                {
                    "name": c.name,
                    "pid": c.pid if alive else None,
                    "alive": alive,
                    "ready": alive and c.ready,
                    "restarts": c.restarts,
                    "last_exit": c.last_exit,
                }
            )
        return {
            "mode": "processes",
            "processes": self.count,
            "threads": self.threads,
            "alive": sum(1 for c in children if c["alive"]),
            "restarts": sum(c.restarts for c in self._children),
            "housekeeping": self._children[HOUSEKEEPING_SLOT].name,
            "children": children,
        }

    # -- supervision --------------------------------------------------------------------------

    def _spawn(self, child: _Child) -> None:
        parent_end, child_end = CONTEXT.Pipe(duplex=True)
        process = CONTEXT.Process(
            target=child_main,
            name=f"frontdesk-{child.name}",
            args=(
                child.name,
                self.settings,
                child_end,
                self._wakeups,
                child.slot == HOUSEKEEPING_SLOT,
                os.getpid(),
            ),
            daemon=False,
        )
        process.start()
        child_end.close()  # the child's copy is the only one: the daemon's death is its EOF
        child.process, child.conn, child.pid = process, parent_end, process.pid
        child.started_at = time.monotonic()
        child.ready = False
        child.restart_at = None
        log.info("worker process started", worker_process=child.name, pid=process.pid)

    def _send(self, child: _Child, message: tuple[Any, ...]) -> None:
        if child.conn is None or child.process is None or child.process.exitcode is not None:
            return
        with contextlib.suppress(OSError, ValueError):  # it is dying: the supervisor sees it
            child.conn.send(message)

    def _kick(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._kick_w.send_bytes(b"k")

    def _supervise(self) -> None:
        while not self._stopping.is_set():
            try:
                self._supervise_once()
            except Exception as exc:  # a bug here must not end the supervision
                log.error("worker supervisor error", error=f"{type(exc).__name__}: {exc}")
                self._stopping.wait(1.0)

    def _supervise_once(self) -> None:
        with self._lock:
            waitables: list[Any] = [self._kick_r]
            for c in self._children:
                if c.process is not None:
                    waitables.append(c.process.sentinel)
                if c.conn is not None:
                    waitables.append(c.conn)
            pending = [c.restart_at for c in self._children if c.restart_at is not None]
        timeout = 1.0
        if pending:
            timeout = max(0.0, min(min(pending) - time.monotonic(), 1.0))
        try:
            ready = multiprocessing.connection.wait(waitables, timeout)
        except OSError:
            ready = []
        if self._kick_r in ready:
            with contextlib.suppress(EOFError, OSError):
                self._kick_r.recv_bytes()
        with self._changed:
            for c in self._children:
                if c.conn is not None and c.conn in ready:
                    self._receive(c)
                self._reap(c, stopping=self._stopping.is_set())
                if (
                    c.restart_at is not None
                    and c.restart_at <= time.monotonic()
                    and not self._stopping.is_set()
                ):
                    c.restarts += 1
                    try:
                        self._spawn(c)
                    except Exception as exc:  # fork failed (no memory, no pids)
                        log.error(
                            "cannot start a worker process",
                            worker_process=c.name,
                            error=f"{type(exc).__name__}: {exc}",
                        )
                        c.restart_at = time.monotonic() + BACKOFF_MAX_S
            self._changed.notify_all()

    def _receive(self, child: _Child) -> None:
        assert child.conn is not None
        try:
            while child.conn.poll():
                message = child.conn.recv()
                if message[0] == "ready":
                    child.ready = True
                    log.info("worker process ready", worker_process=child.name, pid=child.pid)
                elif message[0] == "error":
                    line = str(message[1])
                    log.error("worker process cannot start", worker_process=child.name, error=line)
                    if self._first_start:
                        child.start_error = line
        except (EOFError, OSError):
            child.conn.close()
            child.conn = None

    def _reap(self, child: _Child, *, stopping: bool) -> None:
        """A child that ended: log how, and schedule its restart (unless stopping)."""
        process = child.process
        if process is None or process.exitcode is None:
            return
        how = describe_exit(process.exitcode)
        lived = time.monotonic() - child.started_at
        was_ready = child.ready
        child.last_exit = how
        child.process = None  # its sentinel is closed when the object goes
        child.ready = False
        if child.conn is not None:
            child.conn.close()
            child.conn = None
        if stopping:
            log.info("worker process stopped", worker_process=child.name, pid=child.pid, exit=how)
            return
        if self._first_start and not was_ready:
            if child.start_error is None:
                child.start_error = f"worker process {child.name} {how} before it was ready"
            return
        child.quick_deaths = child.quick_deaths + 1 if lived < QUICK_DEATH_S else 0
        delay = min(BACKOFF_MIN_S * 2 ** max(child.quick_deaths - 1, 0), BACKOFF_MAX_S)
        child.restart_at = time.monotonic() + delay
        level = log.info if process_exit_was_requested(how) else log.error
        level(
            "worker process died: restarting it",
            worker_process=child.name,
            pid=child.pid,
            exit=how,
            after_s=round(lived, 1),
            restart_in_s=delay,
        )
        if self._on_death is not None and child.pid is not None:
            try:
                self._on_death(child.pid, how)
            except Exception as exc:  # the stale-claim rule still frees them later
                log.error("cannot free a dead worker's jobs", error=f"{type(exc).__name__}: {exc}")


def process_exit_was_requested(how: str) -> bool:
    """Exit 0 is a child asked to stop (SIGTERM to it alone): still restarted."""
    return how == "exited with status 0"


# --- the child's side -----------------------------------------------------------------------


def child_main(
    name: str,
    settings: Settings,
    conn: Connection,
    wakeups: Any,
    housekeeping: bool,
    parent_pid: int,
) -> None:
    """A worker process: build the App, run a WorkerPool until told to stop."""
    stop = threading.Event()
    graceful = [settings.worker.graceful_timeout_s]

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)

    from frontdesk.logging import configure_logging

    configure_logging(settings.logging)
    structlog.contextvars.bind_contextvars(worker_process=name)
    try:
        app = _build_app(settings)
    except UserError as exc:
        _report(conn, ("error", str(exc)))
        sys.exit(2)
    from frontdesk.heap import freeze_start_up_objects

    freeze_start_up_objects()
    from frontdesk.worker import WorkerPool

    pool = WorkerPool(
        app, housekeeping=housekeeping, wakeups=wakeups, log_context={"worker_process": name}
    )
    pool.start()
    # "ready" waits for the Whisper model to be found (a missing one stops the daemon's
    # start-up), not loaded: the model loads on this process's first recording. Loading it
    # here took 1-2 s of CPU from the mail the pool was deciding, and every process kept
    # its ~300 MB whether or not a voicemail ever came its way.
    try:
        _check_transcriber(settings)
    except UserError as exc:
        pool.stop(settings.worker.graceful_timeout_s)
        app.close()
        _report(conn, ("error", str(exc)))
        sys.exit(2)
    _report(conn, ("ready", os.getpid()))

    def control() -> None:
        structlog.contextvars.bind_contextvars(worker_process=name)
        while not stop.is_set():
            try:
                if not conn.poll(1.0):
                    if os.getppid() != parent_pid:
                        raise EOFError
                    continue
                message = conn.recv()
            except (EOFError, OSError):
                log.warning("the daemon is gone: finishing the job in hand")
                stop.set()
                return
            if message[0] == "stop":
                graceful[0] = float(message[1])
                stop.set()
            elif message[0] == "reload":
                _reload(app, message[1])

    threading.Thread(target=control, name="control", daemon=True).start()
    status = 0
    while not stop.wait(1.0):
        if pool.alive() < pool.count:
            log.error("worker thread died: the process exits and is restarted")
            status = 70
            break
    clean = pool.stop(graceful[0])
    log.info("worker process stopping", clean=clean, pid=os.getpid())
    if not clean:
        # A job still in hand: back in the queue, and exit now. The interpreter's exit
        # would wait for the Whisper thread to finish it, or fail the job meanwhile.
        from frontdesk.worker import exit_leaving_worker_threads, release_jobs_in_hand

        release_jobs_in_hand(app.db, pool.name)
        app.close()
        exit_leaving_worker_threads(status or 1)
    app.close()
    sys.exit(status)


def _build_app(settings: Settings) -> Any:
    from frontdesk.app import App

    try:
        # The daemon checked the schema before it started its workers (and a restarted
        # worker runs the code the daemon checked): no second check, nor alembic's import.
        # Their commits need no sync of their own (storage/db.py): what they write can be
        # done again, and the intake's synced commits carry it to disk.
        return App.build(settings, require_migrated=False, sync_each_commit=False)
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"cannot start: {type(exc).__name__}: {exc}") from None


def _check_transcriber(settings: Settings) -> None:
    if settings.transcription.enabled:
        from ingest.models import ModelNotFound, resolve_model

        try:
            resolve_model(settings.transcription)
        except ModelNotFound as exc:
            raise UserError(str(exc)) from None


def _reload(app: Any, settings: Settings) -> None:
    from frontdesk.daemon import reloadable_parts
    from frontdesk.logging import configure_logging

    try:
        rules, desk, pager = reloadable_parts(settings)
    except Exception as exc:
        log.error("worker process reload refused", problem=f"{type(exc).__name__}: {exc}")
        return
    configure_logging(settings.logging)
    app.rules, app.desk, app.pager = rules, desk, pager
    app.settings = settings
    from frontdesk.heap import after_reload

    after_reload()
    log.info("worker process reloaded", customers=len(settings.customers))


def _report(conn: Connection, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError, ValueError):
        conn.send(message)
