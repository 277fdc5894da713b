"""Engine and sessions for SQLite (embedded default) and PostgreSQL (several hosts)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

_WRITE_OPTION = "frontdesk_write"

# A pooled PostgreSQL connection unused for longer than this is pinged before it is handed
# out (a server restart or an idle timeout may have closed it). SQLAlchemy's pool_pre_ping
# pings on EVERY checkout: a round trip per transaction, about 8 % of the ingest time.
PING_AFTER_IDLE_S = 1.0


class DatabaseUnavailable(Exception):
    """The database cannot be reached or is locked: the caller should retry later (SMTP 451)."""


class DatabaseUrlError(ValueError):
    """The configured database URL is not usable; the message is one line."""


class _SqliteWriterLock:
    """SQLite's single writer, taken in turn: threads of this process on a lock, processes
    (the daemon's worker processes, a `frontdesk ingest` beside it) on an flock of
    `<database>.writer-lock`. SQLite's own busy handler sleeps 1, 2, 5, 10, 15 ... ms
    between tries, which made an SMTP accept wait tens of ms behind a worker process;
    this waits at most a millisecond past the release. After the busy timeout it stops
    waiting and leaves the decision to SQLite (which then says "database is locked").

    A process with `priority` (the daemon's intake: a client waits for its 250) announces
    that it waits by holding `<database>.writer-turn`; the others do not start a write
    while it is held, so the intake waits for one transaction at most, not for a run of
    worker transactions."""

    def __init__(self, database: str | None, timeout_s: float) -> None:
        self._threads = threading.Lock()
        self._path = database if database and database != ":memory:" else None
        self._timeout_s = timeout_s
        self._fds: dict[str, int] = {}
        self._held = False
        self.priority = False

    def __enter__(self) -> None:
        self._threads.acquire()
        try:
            self._held = self._lock_file()
        except BaseException:
            self._threads.release()
            raise

    def __exit__(self, *_exc: object) -> None:
        try:
            if self._held:
                fcntl.flock(self._fds["writer-lock"], fcntl.LOCK_UN)
        finally:
            self._held = False
            self._threads.release()

    def priority_waiting(self) -> bool:
        """Whether a process with `priority` waits for the lock (checked by a long write
        transaction of another process, so it can commit early and let the intake in)."""
        if self._path is None or self.priority:
            return False
        try:
            # The test _lock_file makes before a write, without waiting.
            return not _try_flock(self._fd("writer-turn"), fcntl.LOCK_SH, 0.0, release=True)
        except OSError:
            return False  # no lock files here (read-only folder)

    def _fd(self, name: str) -> int:
        fd = self._fds.get(name)
        if fd is None:
            flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC
            fd = self._fds[name] = os.open(f"{self._path}.{name}", flags, 0o640)
        return fd

    def _lock_file(self) -> bool:
        if self._path is None:
            return False
        try:
            writer, turn = self._fd("writer-lock"), self._fd("writer-turn")
            deadline = time.monotonic() + self._timeout_s
            if self.priority and not _try_flock(turn, fcntl.LOCK_EX, deadline):
                return False
            try:
                pause = 0.0002
                while True:
                    may_start = self.priority or _try_flock(turn, fcntl.LOCK_SH, 0.0, release=True)
                    if may_start and _try_flock(writer, fcntl.LOCK_EX, 0.0):
                        return True
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(pause)
                    pause = min(pause * 2, 0.001)
            finally:
                if self.priority:
                    fcntl.flock(turn, fcntl.LOCK_UN)
        except OSError:
            return False  # no lock files here (read-only folder): SQLite's busy timeout


def _try_flock(fd: int, mode: int, deadline: float, *, release: bool = False) -> bool:
    """flock(fd, mode) without blocking, retried until `deadline` (monotonic)."""
    pause = 0.0002
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.001)
            continue
        if release:
            fcntl.flock(fd, fcntl.LOCK_UN)
        return True


def _normalise_url(url: str) -> str:
    """Accept postgres:// and postgresql:// and use psycopg 3 for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


class Database:
    """One engine and a session factory. Cheap to share between threads."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        busy_timeout_ms: int = 10_000,
        sync_each_commit: bool = True,
    ) -> None:
        self.url = _normalise_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise DatabaseUrlError(f"database.url: cannot parse {url!r}") from None
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise DatabaseUrlError(
                f"database.url: unsupported database {self.dialect!r} (use sqlite or postgresql)"
            )
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {
                "timeout": busy_timeout_ms / 1000,
                "check_same_thread": False,
            }
        else:
            kwargs.update(pool_size=10, max_overflow=10)
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            self._tune_sqlite(busy_timeout_ms, sync_each_commit)
        else:
            _ping_when_idle(self.engine, PING_AFTER_IDLE_S)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Writers queue here instead of sleeping and
        # retrying inside SQLite's busy handler. PostgreSQL needs no such lock.
        self._write_lock: contextlib.AbstractContextManager[Any] = (
            _SqliteWriterLock(parsed.database, busy_timeout_ms / 1000)
            if self.is_sqlite
            else contextlib.nullcontext()
        )

    def prefer_writes(self) -> None:
        """This process's writes go first on SQLite (the daemon's intake: a sender waits
        for each commit); other processes wait while it waits."""
        if isinstance(self._write_lock, _SqliteWriterLock):
            self._write_lock.priority = True

    def intake_waiting(self) -> bool:
        """SQLite: the daemon's intake waits for the write lock (see prefer_writes). A
        transaction deciding a batch of mail commits what it has then, and goes on in the
        next, so a sender waits for one message's writes rather than a batch's."""
        lock = self._write_lock
        return isinstance(lock, _SqliteWriterLock) and lock.priority_waiting()

    @property
    def where(self) -> str:
        """The URL without its password: safe to print and log."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def _tune_sqlite(self, busy_timeout_ms: int, sync_each_commit: bool) -> None:
        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy issue BEGIN itself (below), so BEGIN IMMEDIATE is possible.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: every commit is on disk before it returns. A 250 to an SMTP client, the
            # \Seen flag on an IMAP message and the move of a spooled recording all follow the
            # commit of the raw bytes; with NORMAL (WAL's usual choice) the last commits before
            # a power loss or a kernel crash may be rolled back, and that mail would be lost
            # though its sender was told it was kept. Postfix fsyncs its queue file before its
            # 250 for the same reason. About 0.3 ms per commit on this machine's disk.
            # NORMAL only where `sync_each_commit` is off: the daemon's worker processes, whose
            # commits can be done again (a job whose commit was lost is still in the queue;
            # the intake's next synced commit carries theirs to disk as well, the WAL being
            # one file written in order).
            mode = "FULL" if sync_each_commit else "NORMAL"
            cur.execute(f"PRAGMA synchronous={mode}")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn: Any) -> None:
            # A write transaction takes the write lock at BEGIN, so it never fails later
            # with "database is locked" on lock upgrade; reads begin plainly and never
            # block writers (WAL).
            if conn.get_execution_options().get(_WRITE_OPTION):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Connection failures surface as DatabaseUnavailable.
        """
        with (
            unavailable_as_error(),
            self._write_lock,
            self._sessions() as session,
            session.begin(),
        ):
            if self.is_sqlite:
                session.connection(execution_options={_WRITE_OPTION: True})
            yield session

    @contextlib.contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """transaction() without the ORM: a Connection inside one write transaction, for
        a few Core statements (the intake's accept). Committed on success, rolled back on
        error; the same writer lock, BEGIN IMMEDIATE and error mapping as transaction().

        A Session around two INSERTs cost about a fifth of an accept's CPU (its set-up,
        the SessionTransaction's state machine and events, closing it)."""
        with unavailable_as_error(), self._write_lock, self.engine.connect() as conn:
            if self.is_sqlite:
                conn.execution_options(**{_WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise DatabaseUnavailable(one_line(exc)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _ping_when_idle(engine: Engine, idle_s: float) -> None:
    """pool_pre_ping, but only for connections that sat in the pool over `idle_s`.

    A connection that dies in the short window after its last use fails its statement;
    SQLAlchemy then invalidates the pool, the caller gets DatabaseUnavailable and retries
    (SMTP 451, job backoff), and the next checkout connects afresh.
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle_s:
            return  # new, or in use a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the driver's own disconnect errors
            raise DisconnectionError(one_line(exc)) from exc
        if not alive:
            raise DisconnectionError("connection did not answer a ping")


# Errors that mean "try again later" rather than "this statement is wrong". SQLite reports
# a missing table as OperationalError too, so the class alone does not decide.
_UNAVAILABLE = (
    "database is locked",
    "unable to open database",
    "disk i/o error",
    "could not connect",
    "connection refused",
    "connection timed out",
    "server closed the connection",
    "terminating connection",
    "the database system is",
    "connection is closed",
    "consuming input failed",
    "no connection to the server",
    "does not exist",  # PostgreSQL: database "x" does not exist (dropped or not created yet)
)


def is_unavailable(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "relation" in text_ or "no such table" in text_ or "no such column" in text_:
        return False
    return any(marker in text_ for marker in _UNAVAILABLE)


@contextlib.contextmanager
def unavailable_as_error() -> Iterator[None]:
    """A database that cannot be reached or is locked, raised inside, as DatabaseUnavailable
    (the caller retries later: SMTP 451); any other database error as it is."""
    try:
        yield
    except DBAPIError as exc:
        if is_unavailable(exc):
            raise DatabaseUnavailable(one_line(exc)) from exc
        raise


def one_line(exc: BaseException, limit: int = 500) -> str:
    """A database error as one line for a log or a user: the driver's message, folded."""
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:limit]
