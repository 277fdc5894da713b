"""`frontdesk serve`: one asyncio process running the sources, the workers and the timers.

Hypercorn-style: SIGTERM/SIGINT (or the caller's `shutdown_trigger`) set an Event; a
TaskGroup runs the watchdog and waits for it. The SMTP server lives in this event loop;
IMAP pollers and the spool watcher are threads (blocking libraries); the HTTP app runs
on aiohttp's AppRunner. The workers are either threads of this process (a WorkerPool,
worker.processes = 0) or worker.processes child processes, each a WorkerPool of
worker.threads threads (frontdesk/worker_processes.py: spawned, woken through a shared
semaphore, restarted when they die; the outbox and timers run in child 0 only).

Shutdown order: stop accepting (SMTP answers 421, listeners close), stop the sources,
let the workers finish the job in hand, all within settings.worker.graceful_timeout_s;
exit 0. A job still in hand after that is put back in the queue, ready for the next start
(the interrupted attempt does not count), and the process exits without waiting for it.

SIGHUP reloads the config file: logging level/format, classifier rules,
agency/tickets/customers (the TicketDesk) and notify (the Pager), here and in every
worker process; and the SMTP STARTTLS certificate and key (smtp.tls_cert/tls_key, the
same paths or new ones), which SMTP sessions opened afterwards use, while open ones keep
theirs. A certificate that cannot be loaded keeps the old one (one log line naming the
file) and the rest of the reload goes on. Listeners and the other smtp settings, turning
STARTTLS on or off, IMAP accounts, the spool folder, database and worker counts need a
restart.

Under systemd: READY=1 once listening and the workers are ready, WATCHDOG=1 at half of
WATCHDOG_USEC while the workers are alive (every worker thread; with worker processes,
at least one of them: a dead one is being restarted), STOPPING=1 on shutdown; sockets
passed by socket activation
(LISTEN_FDS, named "smtp" and "http" by FileDescriptorName=) are used instead of
binding, so port 25 needs no root.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import structlog

from frontdesk.config import ConfigError, Settings, load_settings
from frontdesk.errors import UserError
from frontdesk.logging import configure_logging

log = structlog.get_logger("frontdesk.daemon")

SD_LISTEN_FDS_START = 3


# --- systemd: notify socket and socket activation (no extra dependency) ------------------


def sd_notify(state: str, env: Mapping[str, str] | None = None) -> bool:
    """Send `state` (e.g. "READY=1") to $NOTIFY_SOCKET; False when not under systemd."""
    env = os.environ if env is None else env
    address = env.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as exc:
        log.warning("sd_notify failed", error=str(exc))
        return False
    return True


def watchdog_interval_s(env: Mapping[str, str] | None = None) -> float | None:
    """Half the watchdog period systemd asked for, or None when there is no watchdog."""
    env = os.environ if env is None else env
    usec = env.get("WATCHDOG_USEC")
    if not usec:
        return None
    pid = env.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None
    try:
        return max(int(usec) / 1_000_000 / 2, 0.05)
    except ValueError:
        return None


def inherited_sockets(env: dict[str, str] | None = None) -> dict[str, socket.socket]:
    """Listening sockets passed by systemd socket activation, by FileDescriptorName.

    Unnamed ones are called "smtp" (the first) and "fd<N>". The variables are removed so
    that child processes do not believe the sockets are theirs.
    """
    env = os.environ if env is None else env  # type: ignore[assignment]
    assert env is not None
    if env.get("LISTEN_PID") != str(os.getpid()):
        return {}
    try:
        count = int(env.get("LISTEN_FDS", "0"))
    except ValueError:
        return {}
    names = [n for n in env.get("LISTEN_FDNAMES", "").split(":")]
    out: dict[str, socket.socket] = {}
    for index in range(count):
        fd = SD_LISTEN_FDS_START + index
        os.set_inheritable(fd, False)
        sock = socket.socket(fileno=fd)
        name = names[index] if index < len(names) and names[index] else ""
        if not name or name in out:
            name = "smtp" if "smtp" not in out else f"fd{fd}"
        out[name] = sock
    for key in ("LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"):
        env.pop(key, None)
    return out


# --- start-up checks -------------------------------------------------------------------------


def is_embedded_default(settings: Settings) -> bool:
    """No config file at all and SQLite: the zero-setup mode that may migrate itself."""
    return settings.source == "defaults" and settings.database.url.startswith("sqlite")


def prepare_database(settings: Settings) -> None:
    """Refuse an unmigrated database (UserError, one line), except the embedded default,
    which is migrated on first start so `make run` just works."""
    from frontdesk.schema import ensure_migrated
    from storage.db import Database, DatabaseUrlError
    from storage.migrate import upgrade

    try:
        db = Database(settings.database.url, busy_timeout_ms=settings.database.busy_timeout_ms)
    except DatabaseUrlError as exc:
        raise UserError(str(exc)) from None
    try:
        try:
            ensure_migrated(db)
        except UserError:
            if not is_embedded_default(settings):
                raise
            log.info("migrating the embedded database on first start", database=db.where)
            upgrade(db)
    finally:
        db.dispose()


# --- the daemon ---------------------------------------------------------------------------------


class Daemon:
    def __init__(self, settings: Settings, *, config_path: str | os.PathLike[str] | None) -> None:
        self.settings = settings
        self.config_path = config_path
        self.stop_event = asyncio.Event()
        self.app: Any = None
        self.pool: Any = None
        self.workers: Any = None  # WorkerProcesses when worker.processes >= 1
        self.smtp_server: asyncio.Server | None = None
        self._inflow_task: asyncio.Task[None] | None = None
        self.smtp_handler: Any = None
        self.smtp_tls: Any = None  # ingest.smtp.SmtpTls: the certificate SIGHUP reloads
        self.imap: Any = None
        self.spool: Any = None
        self.http_runner: Any = None
        self.listening: dict[str, str] = {}
        self.abandoned_threads = False  # stop() left worker threads with a job in hand

    # -- start ------------------------------------------------------------------------------

    def _load_transcriber(self) -> None:
        """Load the Whisper model now: a missing model stops start-up, not the first call."""
        from ingest.transcribe import ModelNotFound

        try:
            self.app.transcriber()
        except ModelNotFound as exc:
            raise UserError(str(exc)) from None

    async def start(self) -> None:
        from frontdesk.worker_processes import WorkerProcesses, settings_for_children

        settings = self.settings
        await asyncio.to_thread(prepare_database, settings)
        processes = settings.worker.processes
        if processes:
            # Spawned before this process builds its own App: a child takes a second or two
            # to import and compile the rules, and does so meanwhile on another core. (If
            # the App below cannot be built, serve() stops them again.)
            from notify.links import link_secret

            self.workers = WorkerProcesses(
                settings_for_children(settings, link_secret(settings.http)),
                processes,
                settings.worker.threads,
                on_death=self._free_jobs_of_dead_worker,
                on_unfinished=self._release_jobs_of_stopped_worker,
            )
            self.workers.start()
        # Imported after the spawn: the App's parts (the rule engine, the pager, the ticket
        # desk) take half a second to import, which the worker processes need not wait for.
        from frontdesk.app import App
        from frontdesk.intake import accept, accept_many
        from frontdesk.worker import WorkerPool

        try:
            # With worker processes, only they classify: this process loads no rules.
            self.app = await asyncio.to_thread(
                functools.partial(App.build, settings, classifies=not processes)
            )
        except UserError:
            raise
        except Exception as exc:  # a bad rule file, customer entry, ...: one line, exit 2
            log.exception("cannot build the application")
            raise UserError(f"cannot start: {type(exc).__name__}: {exc}") from None
        if settings.transcription.enabled and not processes:
            await asyncio.to_thread(self._load_transcriber)
        accept_fn = functools.partial(accept, max_attempts=settings.worker.max_attempts)
        # several messages in one transaction: an IMAP chunk, SMTP sessions' concurrent DATA
        accept_many_fn = functools.partial(accept_many, max_attempts=settings.worker.max_attempts)
        sockets = inherited_sockets()

        wake: Callable[[], None]
        if processes:
            # A sender waits for each accept's commit: on SQLite the intake's writes go
            # before the worker processes' (storage/db.py, Database.prefer_writes).
            self.app.db.prefer_writes()
            # Started above, before the sources (they boot while SMTP binds); waited for below.
            wake = self.workers.wake
        else:
            self.pool = WorkerPool(self.app)
            self.pool.start()
            wake = self.pool.wake

        if settings.smtp.enabled or "smtp" in sockets:
            await self._start_smtp(accept_fn, accept_many_fn, wake, sockets.get("smtp"))
        if settings.imap.accounts:
            from ingest.imap import ImapPollers

            self.imap = ImapPollers(
                settings.imap.accounts,
                db=self.app.db,
                accept=accept_fn,
                accept_many=accept_many_fn,
                wake=wake,
            )
            self.imap.start()
            self.listening["imap"] = ",".join(
                f"{a.name}:{a.username}@{a.host}:{a.port}" for a in settings.imap.accounts
            )
        if settings.spool.enabled:
            from ingest.spool import SpoolWatcher

            Path(settings.spool.path).mkdir(parents=True, exist_ok=True)
            self.spool = SpoolWatcher(settings.spool, db=self.app.db, accept=accept_fn, wake=wake)
            self.spool.start()
            self.listening["spool"] = str(settings.spool.path)
        if settings.http.enabled or "http" in sockets:
            await self._start_http(sockets.get("http"))
        for name, sock in sockets.items():
            if name not in ("smtp", "http"):
                log.warning("ignoring an inherited socket with an unknown name", name=name)
                sock.close()
        if self.workers is not None:
            await asyncio.to_thread(self.workers.wait_ready)

    def _free_jobs_of_dead_worker(self, pid: int, how: str) -> None:
        """A worker process died with jobs in hand: retry them now (with backoff), or
        dead-letter a job whose every attempt killed its worker. Supervisor thread."""
        from frontdesk import clock
        from frontdesk.worker import pool_name, record_failure_on_message
        from storage import queue

        if self.app is None:  # died before this process's App was built: the stale-claim
            return  # rule frees its jobs (storage/queue.py)
        error = f"worker process {pid} {how} while running this job"
        released = queue.release_claims(
            self.app.db,
            f"{pool_name(pid)}/",
            error,
            now=clock.now(),
            retry_base_s=self.settings.worker.retry_base_s,
        )
        for job_id, state, payload in released:
            log.warning("job freed from a dead worker process", job=job_id, state=state, pid=pid)
            job = queue.ClaimedJob(job_id, "process", payload, 0, 0)
            record_failure_on_message(self.app, job, error, dead=state == "dead")
        if released and self.workers is not None:
            self.workers.wake()

    def _release_jobs_of_stopped_worker(self, pid: int) -> None:
        """A worker process that did not stop cleanly when told to: its jobs in hand go back
        in the queue, ready for the next start."""
        from frontdesk.worker import pool_name

        self._release_unfinished(pool_name(pid))

    def _release_unfinished(self, pool: str) -> None:
        """The graceful timeout ran out with jobs in hand (`pool`: a stopped worker process's
        pool name, or this process's): back in the queue, ready for the next start."""
        from frontdesk.worker import release_jobs_in_hand

        if self.app is not None:
            release_jobs_in_hand(self.app.db, pool)

    async def _start_smtp(
        self, accept_fn: Any, accept_many_fn: Any, wake: Any, sock: socket.socket | None
    ) -> None:
        from ingest.smtp import SmtpTls, SupportHandler, start_smtp_server

        config = self.settings.smtp
        inflow = None
        if config.in_flow_backlog and config.in_flow_delay_s:
            from frontdesk import clock
            from ingest.inflow import Inflow
            from storage import queue

            db = self.app.db
            inflow = Inflow(
                config.in_flow_backlog,
                config.in_flow_delay_s,
                lambda: queue.count_ready(db, now=clock.now()),
            )
            self._inflow_task = await inflow.start()
        self.smtp_handler = SupportHandler(
            config,
            db=self.app.db,
            accept=accept_fn,
            accept_many=accept_many_fn,
            wake=wake,
            inflow=inflow,
        )
        self.smtp_tls = SmtpTls()
        try:
            self.smtp_server = await start_smtp_server(
                self.settings.smtp, self.smtp_handler, sock=sock, tls=self.smtp_tls
            )
        except ValueError as exc:  # TLS/AUTH files: one line
            raise UserError(str(exc)) from None
        except OSError as exc:
            where = f"{self.settings.smtp.host}:{self.settings.smtp.port}"
            raise UserError(f"smtp: cannot listen on {where}: {exc.strerror or exc}") from None
        self.listening["smtp"] = _address(self.smtp_server.sockets[0])

    async def _start_http(self, sock: socket.socket | None) -> None:
        try:
            from frontdesk.http import build_http_app
        except ImportError:
            log.info("http disabled: frontdesk.http is not available")
            return
        from aiohttp import web

        runner = web.AppRunner(
            build_http_app(self.app, self.sources, self.worker_status), access_log=None
        )
        await runner.setup()
        site: web.BaseSite
        if sock is not None:
            site = web.SockSite(runner, sock)
        else:
            site = web.TCPSite(runner, self.settings.http.host, self.settings.http.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            where = f"{self.settings.http.host}:{self.settings.http.port}"
            raise UserError(f"http: cannot listen on {where}: {exc.strerror or exc}") from None
        self.http_runner = runner
        server = getattr(site, "_server", None)
        socks = getattr(server, "sockets", None) or []
        self.listening["http"] = _address(socks[0]) if socks else site.name

    def sources(self) -> dict[str, Any]:
        """How each intake source stands, for /healthz. Read from other threads' counters
        without locks: a report a moment stale is fine, a blocked health check is not."""
        out: dict[str, Any] = {}
        if "smtp" in self.listening:
            out["smtp"] = {"listening": self.listening["smtp"]}
        if self.imap is not None:
            out["imap"] = self.imap.status()
        if self.spool is not None:
            out["spool"] = {"path": self.listening.get("spool"), "accepted": self.spool.accepted}
        return out

    def worker_status(self) -> dict[str, Any]:
        """How the workers stand, for /healthz: alive count, and restarts of processes."""
        if self.workers is not None:
            return dict(self.workers.status())
        if self.pool is not None:
            return {"mode": "threads", "threads": self.pool.count, "alive": self.pool.alive()}
        return {}

    def workers_alive(self) -> bool:
        """Today's watchdog rule: every worker thread alive; with worker processes, at
        least one (a dead one is restarted by the supervisor meanwhile)."""
        if self.workers is not None:
            return bool(self.workers.alive() > 0)
        if self.pool is not None:
            return bool(self.pool.alive() == self.pool.count)
        return True

    # -- run ---------------------------------------------------------------------------------

    async def watchdog(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if not self.workers_alive():
                log.error("no worker alive: withholding the watchdog ping")
                continue
            sd_notify("WATCHDOG=1")

    def reload(self) -> None:
        """SIGHUP: re-read the config file and swap what can be swapped live."""
        try:
            new = load_settings(self.config_path)
        except ConfigError as exc:
            for line in exc.problems:
                log.error("config reload refused", problem=line)
            return
        try:
            rules, desk, pager = reloadable_parts(new)
        except Exception as exc:
            log.error("config reload refused", problem=f"{type(exc).__name__}: {exc}")
            return
        configure_logging(new.logging)
        # Attribute assignment is atomic: a worker sees the old or the new object.
        self.app.rules, self.app.desk, self.app.pager = rules, desk, pager
        self.app.settings = new
        self.settings = new
        # A certificate renewed in place (certbot): new SMTP sessions get it; a file that
        # cannot be loaded keeps the old one, logged, and the reload goes on.
        smtp_tls = {}
        if self.smtp_tls is not None:
            had_tls = self.smtp_tls.context is not None
            swapped = self.smtp_tls.reload(new.smtp)
            if had_tls:
                smtp_tls["smtp_tls"] = "reloaded" if swapped else "kept the old certificate"
        from frontdesk.heap import after_reload

        after_reload()
        if self.workers is not None:
            from frontdesk.worker_processes import settings_for_children

            self.workers.reload(settings_for_children(new, pager.link_secret))
        log.info(
            "config reloaded",
            source=new.source,
            reloaded="logging, classifier rules, agency, tickets, customers, notify, smtp tls",
            needs_restart="smtp (but tls_cert/tls_key), imap, spool, http, database, worker",
            customers=len(new.customers),
            **smtp_tls,
        )

    # -- stop ----------------------------------------------------------------------------------

    async def stop(self) -> bool:
        """Stop accepting, finish in-flight work within the graceful timeout."""
        timeout = self.settings.worker.graceful_timeout_s
        deadline = time.monotonic() + timeout
        clean = True
        if self.smtp_server is not None:
            from ingest.smtp import stop_smtp_server

            clean &= await stop_smtp_server(self.smtp_server, self.smtp_handler, timeout)
        if self._inflow_task is not None:
            self._inflow_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._inflow_task
        if self.imap is not None:
            clean &= await asyncio.to_thread(self.imap.stop, _left(deadline))
        if self.spool is not None:
            clean &= await asyncio.to_thread(self.spool.stop, _left(deadline))
        if self.http_runner is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.http_runner.cleanup(), max(_left(deadline), 0.1))
        if self.pool is not None and not await asyncio.to_thread(self.pool.stop, _left(deadline)):
            clean = False
            # Worker threads still running: their jobs go back in the queue, and serve()'s
            # caller ends the process without waiting for the threads (abandoned_threads).
            await asyncio.to_thread(self._release_unfinished, self.pool.name)
            self.abandoned_threads = True
        if self.workers is not None:
            clean &= await asyncio.to_thread(self.workers.stop, _left(deadline))
        if self.app is not None:
            self.app.close()
        return clean


def reloadable_parts(new: Settings) -> tuple[Any, Any, Any]:
    """What SIGHUP swaps (rules, desk, pager), built from new settings; raises on a value
    the parts cannot use. Shared by the daemon and its worker processes."""
    from notify import Pager
    from tickets import TicketDesk

    rules = new.classifier.load_rules()
    desk = TicketDesk(new.agency, new.tickets, new.customers, ack_from=new.relay.from_address)
    pager = Pager(new.notify, new.relay, new.http, case_prefix=new.tickets.subject_tag_prefix)
    return rules, desk, pager


async def _await(trigger: Callable[[], Awaitable[None]]) -> None:
    await trigger()


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _address(sock: Any) -> str:
    name = sock.getsockname()
    if isinstance(name, tuple):
        host = name[0]
        return f"[{host}]:{name[1]}" if ":" in host else f"{host}:{name[1]}"
    return str(name)


async def serve(
    settings: Settings,
    *,
    shutdown_trigger: Callable[[], Awaitable[None]] | None = None,
    config_path: str | os.PathLike[str] | None = None,
    freeze_heap: bool = False,
    exit_leaving_threads: bool = False,
) -> int:
    """Run until SIGTERM/SIGINT or until `shutdown_trigger()` returns. Returns 0 once
    stopped, cleanly or not (the "stopped" log line says which). Raises UserError (one
    line, exit 2) when it cannot start. `freeze_heap` (the `frontdesk serve` process, not
    a test's): what start-up built is frozen (heap.py). `exit_leaving_threads` (the same):
    when the graceful timeout left worker threads of this process with a job in hand
    (worker.processes = 0; the jobs are back in the queue), the process exits 0 at once
    instead of waiting for them (a recording: until Whisper has finished it)."""
    configure_logging(settings.logging)
    daemon = Daemon(settings, config_path=config_path)
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def on_signal(signum: int) -> None:
        if signum == signal.SIGHUP:
            daemon.reload()
            return
        log.info("shutting down", signal=signal.Signals(signum).name)
        daemon.stop_event.set()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, on_signal, signum)
            installed.append(signum)
    try:
        try:
            await daemon.start()
        except BaseException:
            await daemon.stop()
            raise
        log.info(
            "listening " + " ".join(f"{k}={v}" for k, v in daemon.listening.items()),
            **daemon.listening,
        )
        sd_notify("READY=1\nSTATUS=" + " ".join(f"{k}={v}" for k, v in daemon.listening.items()))
        if freeze_heap:
            from frontdesk.heap import freeze_start_up_objects

            freeze_start_up_objects()
        async with asyncio.TaskGroup() as tg:
            interval = watchdog_interval_s()
            watchdog = tg.create_task(daemon.watchdog(interval)) if interval else None
            trigger = tg.create_task(_await(shutdown_trigger)) if shutdown_trigger else None
            stop_wait = tg.create_task(daemon.stop_event.wait())
            waiters = [t for t in (trigger, stop_wait) if t is not None]
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            for task in (watchdog, trigger, stop_wait):
                if task is not None:
                    task.cancel()
        sd_notify("STOPPING=1")
        started = time.monotonic()
        clean = await daemon.stop()
        log.info(
            "stopped",
            clean=clean,
            seconds=round(time.monotonic() - started, 3),
        )
        if exit_leaving_threads and daemon.abandoned_threads:
            from frontdesk.worker import exit_leaving_worker_threads

            exit_leaving_worker_threads(0)
        return 0
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
