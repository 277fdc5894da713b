"""The IMAP poller: a thin I/O shell around imapclient and the rules in imap_state.

imapclient is blocking, so every watched folder of every account runs in its own
thread with its own connection (IDLE holds a connection per folder). The loop:
connect, SELECT, fetch what `imap_state.plan_fetch` says, accept each chunk of messages
(in one transaction when `accept_many` is given), and only after the commit flag them
\\Seen or move them; then IDLE (re-issued before 25 minutes)
or sleep for the poll interval; on any drop, reconnect with backoff.

Positions are stored in SourceCursor rows, so a restart neither misses nor repeats
mail. On PostgreSQL only one process polls a mailbox: it holds
pg_try_advisory_lock(hash(mailbox)) on a dedicated connection; the others wait.
"""

from __future__ import annotations

import contextlib
import shlex
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from frontdesk import clock
from ingest import imap_state
from ingest.config import ImapAccount
from ingest.handoff import AcceptFn, AcceptManyFn
from ingest.imap_state import Action, FetchPlan, FolderCursor, Outcome
from storage.db import Database, DatabaseUnavailable, one_line
from storage.models import SourceCursor

log = structlog.get_logger("frontdesk.imap")

FETCH_CHUNK = 100
CONNECT_TIMEOUT_S = 30.0

# Errors that mean "the connection is gone or unusable": reconnect with backoff.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    IMAPClientError,
    ssl.SSLError,
    EOFError,
    socket.timeout,
)


class ImapRefused(Exception):
    """This account cannot be used as configured: one line for the operator, no traceback.

    The poller logs it as `event`, keeps it as `last_error`, and retries with backoff
    (a token expires, a certificate gets renewed, a password gets fixed).
    """

    event = "imap refused"


class ImapCredentialsError(ImapRefused):
    """The password file or token command cannot be used."""

    event = "imap credentials"


class ImapTlsError(ImapRefused):
    """No TLS session we can trust: untrusted certificate, no STARTTLS, failed handshake.
    Never followed by a plaintext login."""

    event = "imap tls refused"


class ImapLoginError(ImapRefused):
    """The server refused the password or token."""

    event = "imap login refused"


def password_for(account: ImapAccount) -> str | None:
    if account.password is not None:
        return account.password
    if account.password_file is not None:
        try:
            return account.password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ImapCredentialsError(
                f"imap account {account.name}: cannot read password_file "
                f"{account.password_file}: {exc.strerror}"
            ) from None
    return None


def oauth2_token(account: ImapAccount) -> str:
    assert account.oauth2_token_command
    try:
        done = subprocess.run(
            shlex.split(account.oauth2_token_command),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ImapCredentialsError(
            f"imap account {account.name}: oauth2_token_command failed: {exc}"
        ) from None
    if done.returncode != 0 or not done.stdout.strip():
        why = imap_state.first_line(done.stderr) or (
            "no token on stdout" if done.returncode == 0 else ""
        )
        raise ImapCredentialsError(
            f"imap account {account.name}: oauth2_token_command exited {done.returncode}"
            + (f": {why}" if why else "")
        )
    return done.stdout.strip()


def tls_context(account: ImapAccount) -> ssl.SSLContext:
    """Certificates and host names are always verified: against the system trust store,
    or against `tls_ca_file` when the server's certificate comes from a private CA."""
    cafile = str(account.tls_ca_file) if account.tls_ca_file else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ImapTlsError(
            f"imap account {account.name}: cannot use tls_ca_file {cafile}: {reason}"
        ) from None


def connect(account: ImapAccount) -> IMAPClient:
    """Open and authenticate a connection (TLS, STARTTLS or plain, as configured).

    Raises ImapRefused (one line) when the account cannot log in as configured, and a
    connection error (OSError, IMAPClientError) when the server cannot be reached.
    """
    # Credentials first: a token command may take a while, and a server drops idle
    # pre-login connections.
    if account.oauth2_token_command:
        secret, mechanism = oauth2_token(account), "XOAUTH2"
    else:
        secret, mechanism = password_for(account) or "", "LOGIN"
    where = f"{account.host}:{account.port}"
    context = tls_context(account) if account.security != "none" else None
    try:
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "tls",
            ssl_context=context,
            timeout=CONNECT_TIMEOUT_S,
        )
    except ssl.SSLError as exc:
        raise ImapTlsError(_tls_failure(account, where, exc)) from None
    try:
        if account.security == "starttls":
            assert context is not None
            if not client.has_capability("STARTTLS"):
                raise ImapTlsError(
                    f"imap account {account.name}: {where} does not offer STARTTLS; "
                    "not logging in without TLS (security = starttls)"
                )
            try:
                client.starttls(context)
            except ssl.SSLError as exc:
                raise ImapTlsError(_tls_failure(account, where, exc)) from None
            except IMAPClientAbortError:
                raise  # the connection went away: retried like any other drop
            except IMAPClientError as exc:
                raise ImapTlsError(
                    f"imap account {account.name}: {where} refused STARTTLS: "
                    f"{imap_state.server_reply(str(exc))}; not logging in without TLS"
                ) from None
        try:
            if mechanism == "XOAUTH2":
                client.oauth2_login(account.username, secret)
            else:
                client.login(account.username, secret)
        except LoginError as exc:
            raise ImapLoginError(
                f"imap account {account.name}: {where} refused {mechanism} login as "
                f"{account.username}: {imap_state.server_reply(str(exc))}"
            ) from None
    except BaseException:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise
    return client


def _tls_failure(account: ImapAccount, where: str, exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        trusted = f"tls_ca_file {account.tls_ca_file}" if account.tls_ca_file else "system CAs"
        return (
            f"imap account {account.name}: certificate of {where} not trusted "
            f"({exc.verify_message}; checked against {trusted}); not logging in"
        )
    return f"imap account {account.name}: TLS with {where} failed: {exc.reason or exc}"


# --- cursors in the database --------------------------------------------------------------


def load_cursor(db: Database, name: str) -> FolderCursor | None:
    with db.session() as session:
        row = session.get(SourceCursor, name)
        return FolderCursor.from_json(row.value if row else None)


def save_cursor(db: Database, name: str, cursor: FolderCursor) -> None:
    with db.transaction() as session:
        row = session.get(SourceCursor, name)
        if row is None:
            session.add(SourceCursor(name=name, value=cursor.to_json(), updated_at=clock.now()))
        else:
            row.value = cursor.to_json()
            row.updated_at = clock.now()


# --- leader election (PostgreSQL) ---------------------------------------------------------


@contextlib.contextmanager
def mailbox_leadership(db: Database, mailbox: str) -> Iterator[Callable[[], bool]]:
    """Yield a `still_leader()` check; on SQLite one process is assumed (always True).

    On PostgreSQL a session advisory lock is held on a dedicated connection; if that
    connection dies the lock is gone, and still_leader() says so.
    """
    if not db.is_postgres:
        yield lambda: True
        return
    key = imap_state.advisory_lock_key(mailbox)
    conn = db.engine.connect()
    try:
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()

        def still_leader() -> bool:
            if not got:
                return False
            try:
                conn.execute(text("SELECT 1"))
                conn.commit()
                return True
            except Exception:
                return False

        yield still_leader
    finally:
        with contextlib.suppress(Exception):
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
        with contextlib.suppress(Exception):
            conn.close()


# --- one folder -------------------------------------------------------------------------------


def _bodies(uids: list[int], fetched: dict[int, dict[bytes, Any]]) -> dict[int, tuple[bytes, Any]]:
    """uid -> (raw bytes, INTERNALDATE) of each fetched message, in the order of `uids`, each
    body copied once. A uid left out was expunged between SEARCH and FETCH."""
    bodies: dict[int, tuple[bytes, Any]] = {}
    for uid in uids:
        data = fetched.get(uid)
        raw = data.get(b"BODY[]") if data else None
        if data is not None and raw is not None:
            bodies[uid] = (bytes(raw), data.get(b"INTERNALDATE"))
    return bodies


def _message_time(internaldate: Any) -> str | None:
    if isinstance(internaldate, datetime):
        value = internaldate if internaldate.tzinfo else internaldate.replace(tzinfo=UTC)
        return value.isoformat()
    return None


class FolderPoller:
    """Watches one folder of one account until `stop` is set."""

    def __init__(
        self,
        account: ImapAccount,
        folder: str,
        *,
        db: Database,
        accept: AcceptFn,
        accept_many: AcceptManyFn | None = None,
        wake: Callable[[], None] | None = None,
        stop: threading.Event,
    ) -> None:
        self.account = account
        self.folder = folder
        self.db = db
        self.accept = accept
        self.accept_many = accept_many
        self.wake = wake
        self.stop = stop
        self.cursor_name = imap_state.cursor_name(account.name, folder)
        self.mailbox = f"{account.username}@{account.host}:{account.port}/{folder}"
        self.log = log.bind(account=account.name, folder=folder)
        # Counters, for tests and status output.
        self.accepted = 0
        self.standby = 0
        # How often a process that is not the elected poller checks again (PostgreSQL).
        self.standby_recheck_s = 10.0
        self.duplicates = 0
        self.failed = 0
        self.connects = 0
        # Refused logins (TLS, credentials, password/token) and the last error of any kind.
        self.refused = 0
        self.last_error: str | None = None
        # What /healthz shows: starting | connected | standby | retrying, and since when.
        self.state = "starting"
        self.state_since = clock.now()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state, self.state_since = state, clock.now()

    def status(self) -> dict[str, Any]:
        """Where this poller stands, for /healthz (no secrets: the mailbox has no password)."""
        return {
            "mailbox": self.mailbox,
            "state": self.state,
            "since": self.state_since.isoformat(),
            "accepted": self.accepted,
            "failed": self.failed,
            "refused": self.refused,
            "connects": self.connects,
            "last_error": self.last_error,
        }

    # The whole life: leadership, connect, work, reconnect with backoff.
    def run(self) -> None:
        attempt = 0
        while not self.stop.is_set():
            try:
                with mailbox_leadership(self.db, self.mailbox) as still_leader:
                    if not still_leader():
                        self.standby += 1
                        self._set_state("standby")
                        self.log.info("imap standby: another process polls this mailbox")
                        self.stop.wait(self.standby_recheck_s)
                        continue
                    self._session(still_leader)
                    attempt = 0
                    self._set_state("starting")
            except ImapRefused as exc:
                attempt += 1
                self.refused += 1
                self.last_error = str(exc)
                self.log.error(exc.event, error=self.last_error)
            except (DatabaseUnavailable, OperationalError) as exc:
                attempt += 1
                self.last_error = one_line(exc, 300)
                self.log.warning("imap paused: database unavailable", error=self.last_error)
            except CONNECTION_ERRORS as exc:
                attempt += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.log.warning("imap connection lost", error=self.last_error)
            except Exception as exc:  # a bug must not end the poller thread
                attempt += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.log.exception("imap poller error", error=self.last_error)
            if attempt and not self.stop.is_set():
                self._set_state("retrying")
                delay = imap_state.backoff_s(attempt)
                self.log.info("imap reconnect", in_s=delay, attempt=attempt)
                self.stop.wait(delay)

    def _session(self, still_leader: Callable[[], bool]) -> None:
        client = connect(self.account)
        self.connects += 1
        try:
            selected = client.select_folder(self.folder)
            uidvalidity = int(selected[b"UIDVALIDITY"])
            uidnext_raw = selected.get(b"UIDNEXT")
            uidnext = int(uidnext_raw) if uidnext_raw is not None else None
            can_idle = self.account.idle and client.has_capability("IDLE")
            self.log.info("imap connected", idle=can_idle, uidvalidity=uidvalidity)
            self._set_state("connected")
            plan = imap_state.plan_fetch(
                load_cursor(self.db, self.cursor_name),
                uidvalidity,
                uidnext,
                on_success=self.account.on_success,
            )
            if plan.rescan:
                self.log.info("imap scan", reason=plan.reason)
            while not self.stop.is_set():
                if not still_leader():
                    self.log.warning("imap leadership lost")
                    return
                _take_new_mail_announcements(client)  # the SEARCH below covers them
                cursor = self.drain(client, plan)
                plan = imap_state.continue_plan(cursor)
                if _take_new_mail_announcements(client):
                    # Mail arrived while we fetched: the server has told us already and
                    # will not repeat it in IDLE, so look again first.
                    continue
                if can_idle:
                    self._idle(client)
                else:
                    self.stop.wait(self.account.poll_interval_s)
                    client.noop()
        finally:
            with contextlib.suppress(Exception):
                client.logout()
            with contextlib.suppress(Exception):
                client.shutdown()

    def _idle(self, client: IMAPClient) -> None:
        """Wait for the server to announce mail (or the stop event, or the IDLE limit)."""
        client.idle()
        try:
            started = time.monotonic()
            while not self.stop.is_set():
                # The server may send its first news right behind the "+ idling"
                # continuation; imaplib then already holds it, where idle_check's socket
                # poll cannot see it.
                if _responses_buffered(client) or client.idle_check(timeout=1.0):
                    return
                if _peer_closed(client):
                    # imapclient swallows EOF in idle_check and returns [] at once.
                    raise ConnectionError("IMAP server closed the connection during IDLE")
                if time.monotonic() - started > imap_state.IDLE_MAX_S:
                    return
        finally:
            client.idle_done()

    # Fetch and accept everything the plan covers; returns the new cursor.
    def drain(self, client: IMAPClient, plan: FetchPlan) -> FolderCursor:
        cursor = plan.cursor
        if plan.nothing_new:
            return cursor
        uids = imap_state.uids_to_fetch([int(u) for u in client.search(list(plan.criteria))], plan)
        if plan.rescan:
            # A rescan starts with a fresh cursor: record it even if the folder is empty.
            save_cursor(self.db, self.cursor_name, cursor)
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = uids[start : start + FETCH_CHUNK]
            cursor = self._handle_chunk(client, cursor, chunk)
            if self.stop.is_set():
                break
        return cursor

    def _handle_chunk(
        self, client: IMAPClient, cursor: FolderCursor, uids: list[int]
    ) -> FolderCursor:
        # Sizes first, so an oversized message is never pulled into memory.
        sizes = {
            int(uid): int(data.get(b"RFC822.SIZE") or 0)
            for uid, data in client.fetch(uids, ["RFC822.SIZE"]).items()
        }
        too_big = imap_state.oversize(sizes, self.account.max_message_size)
        wanted = [uid for uid in uids if uid not in too_big]
        fetched = client.fetch(wanted, ["BODY.PEEK[]", "INTERNALDATE"]) if wanted else {}
        actions: dict[Action, list[int]] = {}
        try:
            cursor = self._accept_chunk(uids, fetched, cursor, actions, too_big)
        except DatabaseUnavailable:
            # What committed before the outage is still acknowledged on the server; the
            # rest stays unflagged and the cursor unsaved, so it is fetched again later.
            self._apply(client, actions)
            raise
        self._apply(client, actions)
        save_cursor(self.db, self.cursor_name, cursor)
        return cursor

    def _accept_chunk(
        self,
        uids: list[int],
        fetched: dict[int, dict[bytes, Any]],
        cursor: FolderCursor,
        actions: dict[Action, list[int]],
        too_big: dict[int, str],
    ) -> FolderCursor:
        uidvalidity = cursor.uidvalidity
        bodies = _bodies([uid for uid in uids if uid not in too_big], fetched)
        together = self._accept_together(bodies, uidvalidity)
        for uid in uids:
            if uid in too_big:
                self.failed += 1
                self.log.error("imap message refused", uid=uid, error=too_big[uid])
                outcome = Outcome("failed", too_big[uid])
            else:
                if uid not in bodies:
                    continue  # expunged between SEARCH and FETCH
                raw, internaldate = bodies[uid]
                outcome = self._accept_one(uid, raw, uidvalidity, internaldate, together.get(uid))
            action = imap_state.action_after(
                outcome,
                on_success=self.account.on_success,
                processed_folder=self.account.processed_folder,
                on_failure=self.account.on_failure,
                failed_folder=self.account.failed_folder,
            )
            actions.setdefault(action, []).append(uid)
            cursor = imap_state.advance(
                cursor, uid, outcome, at=clock.now().isoformat(), action=action
            )
            if outcome.kind == "accepted" and self.wake is not None:
                self.wake()
        return cursor

    def _accept_args(self, uid: int, uidvalidity: int | None, internaldate: Any) -> dict[str, Any]:
        """accept()'s keyword arguments for one fetched message (all but the bytes)."""
        meta = {
            "account": self.account.name,
            "folder": self.folder,
            "uid": uid,
            "uidvalidity": uidvalidity,
            "internaldate": _message_time(internaldate),
        }
        if self.account.language:
            meta["language"] = self.account.language
        where = f"imap:{self.account.name}/{self.folder}"
        return {
            "source": "imap",
            "received_at": clock.now(),
            "source_ref": f"{where};UIDVALIDITY={uidvalidity}/;UID={uid}",
            "meta": meta,
        }

    def _accept_together(
        self, bodies: dict[int, tuple[bytes, Any]], uidvalidity: int | None
    ) -> dict[int, Any]:
        """The chunk's messages stored in one transaction: uid -> what accept() returns.
        Empty when there is no accept_many, one message, or the batch failed (nothing of
        it was written; each is then accepted on its own, and a bad one fails alone)."""
        if self.accept_many is None or len(bodies) < 2:
            return {}
        items = [
            {"raw": raw, "uid": uid, **self._accept_args(uid, uidvalidity, internaldate)}
            for uid, (raw, internaldate) in bodies.items()
        ]
        try:
            results = self.accept_many(self.db, items)
        except DatabaseUnavailable:
            raise
        except OperationalError as exc:
            raise DatabaseUnavailable(one_line(exc, 300)) from exc
        except Exception as exc:
            self.log.info("imap chunk accepted one by one", error=type(exc).__name__)
            return {}
        return {item["uid"]: result for item, result in zip(items, results, strict=True)}

    def _accept_one(
        self,
        uid: int,
        raw: bytes,
        uidvalidity: int | None,
        internaldate: Any,
        accepted: Any = None,
    ) -> Outcome:
        """One message's outcome: accepted (stored with the chunk already, or now), a
        duplicate, or failed."""
        try:
            if accepted is None:
                accepted = self.accept(
                    self.db, raw, **self._accept_args(uid, uidvalidity, internaldate)
                )
        except DatabaseUnavailable:
            raise
        except OperationalError as exc:  # a read outside db.transaction() also means "down"
            raise DatabaseUnavailable(one_line(exc, 300)) from exc
        except Exception as exc:
            self.failed += 1
            error = f"{type(exc).__name__}: {exc}"
            self.log.error("imap message failed", uid=uid, error=error)
            return Outcome("failed", error)
        duplicate = bool(getattr(accepted, "duplicate", False))
        self.log.info(
            "imap accepted",
            uid=uid,
            message_pk=getattr(accepted, "message_pk", None),
            duplicate=duplicate,
            size=len(raw),
        )
        if duplicate:
            self.duplicates += 1
            return Outcome("duplicate")
        self.accepted += 1
        return Outcome("accepted")

    def _apply(self, client: IMAPClient, actions: dict[Action, list[int]]) -> None:
        for action, uids in actions.items():
            if action.kind == "seen":
                client.add_flags(uids, [b"\\Seen"], silent=True)
            elif action.kind == "move" and action.folder:
                self._ensure_folder(client, action.folder)
                if client.has_capability("MOVE"):
                    client.move(uids, action.folder)
                else:
                    client.copy(uids, action.folder)
                    client.delete_messages(uids, silent=True)
                    if client.has_capability("UIDPLUS"):
                        client.uid_expunge(uids)

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            with contextlib.suppress(IMAPClientError):
                client.create_folder(folder)


# imapclient has no public view of what imaplib reads outside idle_check, so these two
# look at its IMAP4 object (`_imap`): its reader and its unsolicited-response store.


def _take_new_mail_announcements(client: IMAPClient) -> bool:
    """Whether the server announced new mail (EXISTS/RECENT) in the responses to our
    commands since the last call; forgets them."""
    untagged = client._imap.untagged_responses
    announced = [untagged.pop(key, None) for key in ("EXISTS", "RECENT")]
    return any(announced)


def _responses_buffered(client: IMAPClient) -> bool:
    """Whether imaplib's reader holds bytes the server sent that nobody has parsed yet."""
    sock = client.socket()
    previous = sock.gettimeout()
    sock.setblocking(False)
    try:
        # peek() returns what is buffered without I/O; with an empty buffer it makes one
        # non-blocking read and returns (and keeps) whatever has arrived.
        return bool(client._imap.file.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError):
        return False
    except (OSError, ValueError):
        return True  # let idle_check/idle_done meet the error
    finally:
        sock.settimeout(previous)


def _peer_closed(client: IMAPClient) -> bool:
    sock = client.socket()
    previous = sock.gettimeout()
    # A socket with a timeout waits for readability before recv (MSG_DONTWAIT or not).
    sock.setblocking(False)
    try:
        # For TLS, peek at the TCP stream under it (SSLSocket.recv refuses flags): after
        # idle_check found nothing to read, only the peer's FIN leaves it readable.
        return socket.socket.recv(sock, 1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(previous)


# --- all accounts ---------------------------------------------------------------------------


class ImapPollers:
    """One thread per (account, folder). `start()`, then `stop(timeout)`."""

    def __init__(
        self,
        accounts: list[ImapAccount],
        *,
        db: Database,
        accept: AcceptFn,
        accept_many: AcceptManyFn | None = None,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self._stop = threading.Event()
        self.pollers = [
            FolderPoller(
                account,
                folder,
                db=db,
                accept=accept,
                accept_many=accept_many,
                wake=wake,
                stop=self._stop,
            )
            for account in accounts
            for folder in account.folders
        ]
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        for poller in self.pollers:
            thread = threading.Thread(
                target=poller.run,
                name=f"imap-{poller.account.name}-{poller.folder}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)

    def status(self) -> list[dict[str, Any]]:
        return [poller.status() for poller in self.pollers]

    def stop(self, timeout: float) -> bool:
        self._stop.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)
