"""The SMTP receiver: an aiosmtpd handler that only accepts mail and hands it off.

Every hook answers with a status line. A message is answered 250 only after its raw
bytes and its processing job are committed (``accept`` returns); a database that
cannot be reached answers 451 so the sending server keeps the mail and retries.
Nothing is ever relayed: RCPT is refused with 550 for anything that is not one of our
support addresses or domains.

The accept function and the wake-up callback are injected, so the handler runs
without the pipeline (``frontdesk.daemon`` passes ``frontdesk.intake.accept`` and
``WorkerPool.wake``).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import ipaddress
import socket
import ssl
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import structlog
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy.exc import OperationalError

from frontdesk import clock
from ingest.checks import unreadable
from ingest.config import SmtpConfig
from ingest.group_commit import GroupCommit
from ingest.handoff import AcceptFn, AcceptManyFn
from ingest.inflow import Inflow
from storage.db import DatabaseUnavailable

log = structlog.get_logger("frontdesk.smtp")


REFUSED_RELAY = "550 5.7.1 Relaying denied: not a support address here"
SHUTTING_DOWN = "421 4.3.2 Service shutting down, try again later"
TOO_MANY = "421 4.7.0 Too many connections, try again later"
TOO_MANY_FROM_CLIENT = "421 4.7.0 Too many connections from your host, try again later"
TRY_LATER = "451 4.3.0 Temporary failure storing the message, try again later"
TIMED_OUT = "421 4.4.2 Timeout exceeded, closing connection"
TOO_MUCH_JUNK = "421 4.7.0 Too many commands without mail, closing connection"
TOO_MANY_ERRORS = "421 4.7.0 Too many errors, closing connection"
TOO_MANY_RCPTS = "452 4.5.3 Too many recipients"


# --- who we accept mail for (pure) --------------------------------------------------------


def _split_address(address: str) -> tuple[str, str] | None:
    address = address.strip().strip("<>").strip()
    local, sep, domain = address.rpartition("@")
    if not sep or not local or not domain:
        return None
    return local, domain.lower().rstrip(".")


@dataclass(frozen=True)
class RecipientPolicy:
    """Which envelope recipients are ours.

    `addresses` match exactly (case-insensitive); `domains` match any local part at that
    domain (not its subdomains). With neither configured the safe default is the single
    address ``support@<hostname>`` plus ``support@localhost`` so a local test works; no
    other address, ever, is accepted.
    """

    addresses: frozenset[str]
    domains: frozenset[str]

    @classmethod
    def from_config(cls, config: SmtpConfig, hostname: str) -> RecipientPolicy:
        addresses = {a.strip().lower() for a in config.support_addresses if a.strip()}
        domains = {d.strip().lower().lstrip("@").rstrip(".") for d in config.support_domains}
        domains.discard("")
        if not addresses and not domains:
            addresses = {f"support@{hostname.lower()}", "support@localhost"}
        return cls(frozenset(addresses), frozenset(domains))

    def accepts(self, address: str) -> bool:
        parts = _split_address(address)
        if parts is None:
            return False
        local, domain = parts
        if f"{local.lower()}@{domain}" in self.addresses:
            return True
        return domain in self.domains


def unique_recipients(rcpt_tos: Sequence[str]) -> list[str]:
    """One message to the same address twice (or two spellings of it) is one recipient."""
    seen: set[str] = set()
    out: list[str] = []
    for rcpt in rcpt_tos:
        key = rcpt.strip().lower()
        if key not in seen:
            seen.add(key)
            out.append(rcpt)
    return out


# --- AUTH -------------------------------------------------------------------------------------


def load_auth_users(path: Path) -> dict[str, str]:
    """Read ``user:secret`` lines; secret is ``{PLAIN}pw``, ``{SHA256}hex`` or a bare password.

    Blank lines and ``#`` comments are ignored. Problems are one line naming the file.
    """
    users: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"smtp.auth_users_file: cannot read {path}: {exc.strerror}") from None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, secret = line.partition(":")
        if not sep or not user or not secret:
            raise ValueError(f"smtp.auth_users_file: {path}:{number}: expected user:password")
        users[user] = secret
    return users


def check_password(stored: str, password: str) -> bool:
    if stored.startswith("{SHA256}"):
        digest = hashlib.sha256(password.encode()).hexdigest()
        return hmac.compare_digest(stored[len("{SHA256}") :].lower(), digest)
    if stored.startswith("{PLAIN}"):
        stored = stored[len("{PLAIN}") :]
    return hmac.compare_digest(stored.encode(), password.encode())


class UsersFileAuthenticator:
    """aiosmtpd authenticator over a users file (LOGIN and PLAIN mechanisms)."""

    def __init__(self, users: dict[str, str]) -> None:
        self.users = users

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        stored = self.users.get(user)
        ok = stored is not None and check_password(stored, auth_data.password.decode("utf-8"))
        # Never log the password; the user name is fine.
        log.info("smtp auth", user=user, ok=ok, peer=_peer(session))
        if not ok:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=user)


def build_tls_context(config: SmtpConfig) -> ssl.SSLContext | None:
    if config.tls_cert is None and config.tls_key is None:
        return None
    if config.tls_cert is None or config.tls_key is None:
        raise ValueError("smtp: set both tls_cert and tls_key (or neither)")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(str(config.tls_cert), str(config.tls_key))
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(
            f"smtp.tls_cert/tls_key: cannot load {config.tls_cert} with key {config.tls_key}: {exc}"
        ) from None
    return context


class SmtpTls:
    """The TLS context each new SMTP session is given (aiosmtpd takes it per SMTP instance,
    one per connection). SIGHUP's reload() swaps it, so that sessions opened afterwards get a
    renewed certificate while open ones keep the context they started with."""

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self.context = context

    def reload(self, config: SmtpConfig) -> bool:
        """Load config.tls_cert/tls_key again (the same paths or new ones). On any problem
        the old context stays and one line names the file; True when swapped."""
        if self.context is None and config.tls_cert is None and config.tls_key is None:
            return False  # STARTTLS off before and after
        context: ssl.SSLContext | None = None
        if self.context is None or config.tls_cert is None or config.tls_key is None:
            problem = "smtp.tls_cert/tls_key: turning STARTTLS on or off needs a restart"
        else:
            problem = next(
                (
                    f"smtp.{key}: {why}"
                    for key in ("tls_cert", "tls_key")
                    if (why := unreadable(getattr(config, key))) is not None
                ),
                "",
            )
            if not problem:
                try:
                    context = build_tls_context(config)
                except ValueError as exc:
                    problem = str(exc)
        if context is None:
            log.error("smtp tls reload refused: keeping the old certificate", problem=problem)
            return False
        self.context = context
        return True


# --- sessions: a cap, a cap per client, and a way to refuse new ones on shutdown -------------


@dataclass
class SessionGate:
    max_sessions: int
    # sessions one client address may hold at once (0: no limit), and the networks exempt
    per_client: int = 0
    exempt: Sequence[str] = ()
    active: int = 0
    closing: bool = False
    in_flight: int = 0
    _idle: asyncio.Event = field(default_factory=asyncio.Event)
    _by_client: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._idle.set()
        self._exempt = [ipaddress.ip_network(n, strict=False) for n in self.exempt]

    @classmethod
    def from_config(cls, config: SmtpConfig) -> SessionGate:
        return cls(
            config.max_sessions,
            per_client=config.max_sessions_per_client,
            exempt=config.session_limit_exceptions,
        )

    def admit(self, client: str | None) -> str | None:
        """Take a slot for a new session from `client` (its address): None, or the reply
        that refuses it."""
        if self.closing:
            return SHUTTING_DOWN
        if self.active >= self.max_sessions:
            return TOO_MANY
        # the address this session counts against (None: not counted)
        key = client if client and self.per_client and not self._is_exempt(client) else None
        if key is not None and self._by_client.get(key, 0) >= self.per_client:
            return TOO_MANY_FROM_CLIENT
        self.active += 1
        if key is not None:
            self._by_client[key] = self._by_client.get(key, 0) + 1
        return None

    def leave(self, client: str | None) -> None:
        """Give back the slot `admit` took for a session from `client`."""
        self.active -= 1
        if client is not None and client in self._by_client:
            self._by_client[client] -= 1
            if not self._by_client[client]:
                del self._by_client[client]

    def _is_exempt(self, client: str) -> bool:
        try:
            address = ipaddress.ip_address(client)
        except ValueError:  # not an IP peer (a UNIX socket): nothing to count by
            return True
        return any(address in network for network in self._exempt)

    def data_started(self) -> None:
        self.in_flight += 1
        self._idle.clear()

    def data_finished(self) -> None:
        self.in_flight -= 1
        if self.in_flight == 0:
            self._idle.set()

    async def wait_idle(self) -> None:
        await self._idle.wait()


def _junk(method: Callable[[SMTP, str], Awaitable[None]]) -> Any:
    """aiosmtpd's smtp_<COMMAND>, counted against smtp.junk_command_limit first.

    functools.wraps keeps the @syntax attributes HELP reads from the method."""

    @functools.wraps(method)
    async def counted(self: FrontdeskSMTP, arg: str) -> None:
        if self._closing():  # pipelined behind our 421: never answered
            return
        self._junk_commands += 1
        if self.junk_command_limit and self._junk_commands > self.junk_command_limit:
            log.info(
                "smtp junk command limit", command=method.__name__[5:], peer=_peer(self.session)
            )
            await self.push(TOO_MUCH_JUNK)
            return
        await method(self, arg)

    return counted


class FrontdeskSMTP(SMTP):
    """aiosmtpd's SMTP with a session cap, a 421 that closes the connection, an idle
    timeout that says 421 and counts any bytes from the client as activity, and Postfix's
    junk command and hard error limits, so that a client that keeps talking without sending
    mail cannot hold a session slot forever either."""

    def __init__(
        self,
        handler: Any,
        *,
        gate: SessionGate,
        junk_command_limit: int,
        hard_error_limit: int,
        recipient_overshoot_limit: int = 0,
        **kwargs: Any,
    ) -> None:
        self._rcpt_overshoot = 0  # 452s for too many recipients in this transaction
        super().__init__(handler, **kwargs)
        self.gate = gate
        self._counted = False
        self._client: str | None = None  # the client's address, as the gate counted it
        self.junk_command_limit = junk_command_limit
        self.hard_error_limit = hard_error_limit
        self.recipient_overshoot_limit = recipient_overshoot_limit
        # Per connection (a STARTTLS does not reset them); a delivered message does.
        self._junk_commands = 0
        self._errors = 0

    # The commands that do not move a message forward (Postfix: NOOP, VRFY, ETRN, RSET; here
    # also EXPN, HELP, and HELO/EHLO, which a client needs once or twice per session).
    smtp_NOOP = _junk(SMTP.smtp_NOOP)
    smtp_RSET = _junk(SMTP.smtp_RSET)
    smtp_VRFY = _junk(SMTP.smtp_VRFY)
    smtp_EXPN = _junk(SMTP.smtp_EXPN)
    smtp_HELP = _junk(SMTP.smtp_HELP)
    smtp_HELO = _junk(SMTP.smtp_HELO)
    smtp_EHLO = _junk(SMTP.smtp_EHLO)

    def _create_envelope(self) -> Envelope:
        # aiosmtpd makes a new envelope at each new transaction (connect, HELO/EHLO, RSET,
        # after DATA): the recipient overshoot is counted per transaction, as in Postfix.
        self._rcpt_overshoot = 0
        return super()._create_envelope()

    def _closing(self) -> bool:
        return self.transport is None or self.transport.is_closing()

    def message_accepted(self) -> None:
        """A message was delivered (250 after DATA): the client is forgiven, as in Postfix."""
        self._junk_commands = 0
        self._errors = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None  # False for the STARTTLS re-entry
        if first:
            peer = transport.get_extra_info("peername")
            self._client = peer[0] if isinstance(peer, tuple) and peer else None
            refused = self.gate.admit(self._client)
            if refused is not None:
                if refused == TOO_MANY_FROM_CLIENT:
                    log.info("smtp connections per client limit", peer=self._client)
                assert isinstance(transport, asyncio.WriteTransport)
                transport.write(refused.encode() + b"\r\n")
                transport.close()
                return
            self._counted = True
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted:
            self.gate.leave(self._client)
            self._counted = False
        if self.session is None:  # refused in connection_made
            return
        super().connection_lost(error)

    def eof_received(self) -> bool | None:
        if self.session is None:
            return False
        return super().eof_received()

    def data_received(self, data: bytes) -> None:
        # smtp.timeout_s is for a silent client. aiosmtpd restarts its timer only at each
        # command, so a message that took longer than timeout_s to arrive (a big one, a slow
        # link) was cut off mid-DATA: a line of the message ending restarts it too. Only a
        # whole line (Postfix's smtpd_per_record_deadline): a client trickling a byte now and
        # then, never ending a line, held its session slot for as long as it liked.
        if self.session is not None and b"\n" in data:
            self._reset_timeout()
        super().data_received(data)

    def _timeout_cb(self) -> None:
        # aiosmtpd hangs up without a word; say why first (RFC 5321 4.2.2, as Postfix does).
        if isinstance(self.transport, asyncio.WriteTransport) and not self.transport.is_closing():
            self.transport.write(TIMED_OUT.encode() + b"\r\n")
        super()._timeout_cb()

    async def push(self, status: Any) -> None:
        await super().push(status)
        text = status if isinstance(status, str) else bytes(status).decode("ascii", "replace")
        if text.startswith("421"):
            if self.transport is not None:
                # RFC 5321 4.2.2: 421 means the server is closing the channel.
                self.transport.close()
            if self._handler_coroutine is not None:
                # Commands the client pipelined behind this one are not answered (as QUIT).
                self._handler_coroutine.cancel()
            return
        if self._closing():
            return
        if text == TOO_MANY_RCPTS:
            # RFC 5321 4.5.3.1.10: the client delivers to the recipients we accepted and sends
            # the rest later; counting this as an error would cut off (421, nothing delivered)
            # a client that pipelines a long recipient list. Only the overshoot past
            # smtp.max_recipients more counts (Postfix's smtpd_recipient_overshoot_limit).
            self._rcpt_overshoot += 1
            if self._rcpt_overshoot == 1:
                log.info("smtp too many recipients", peer=_peer(self.session))
            if self._rcpt_overshoot <= self.recipient_overshoot_limit:
                return
        if text[:1] in ("4", "5") and text != TRY_LATER:  # our 451 is not the client's error
            self._errors += 1
            if self.hard_error_limit and self._errors >= self.hard_error_limit:
                log.info("smtp hard error limit", errors=self._errors, peer=_peer(self.session))
                await self.push(TOO_MANY_ERRORS)


# --- the handler ------------------------------------------------------------------------------


def _peer(session: Session | None) -> str | None:
    peer = getattr(session, "peer", None)
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer) if peer else None


class SupportHandler:
    """aiosmtpd handler hooks: RCPT policy, DATA → accept() → 250 after commit."""

    def __init__(
        self,
        config: SmtpConfig,
        *,
        db: Any,
        accept: AcceptFn,
        wake: Callable[[], None] | None = None,
        hostname: str | None = None,
        gate: SessionGate | None = None,
        inflow: Inflow | None = None,
        accept_many: AcceptManyFn | None = None,
    ) -> None:
        self.config = config
        # With accept_many, concurrent sessions' messages are committed together.
        self.group = GroupCommit(db, accept, accept_many) if accept_many is not None else None
        self.inflow = inflow
        self._held: weakref.WeakKeyDictionary[Session, float] = weakref.WeakKeyDictionary()
        self.db = db
        self.accept = accept
        self.wake = wake
        self.hostname = hostname or config.hostname or socket.getfqdn()
        self.policy = RecipientPolicy.from_config(config, self.hostname)
        self.gate = gate or SessionGate.from_config(config)

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.gate.closing:
            return SHUTTING_DOWN
        if self.inflow is not None:
            # The pipeline is behind: this sender waits a moment (ingest/inflow.py).
            waited = await self.inflow.wait_for_room()
            if waited:
                self._held[session] = self._held.get(session, 0.0) + waited
            if self.gate.closing:
                return SHUTTING_DOWN
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.gate.closing:
            return SHUTTING_DOWN
        if not self.policy.accepts(address):
            log.info("smtp rcpt refused", rcpt=address, peer=_peer(session))
            return REFUSED_RELAY
        # Ours, but one too many for this transaction: a 452 and nothing kept (a foreign
        # address above still gets its 550, never an invitation to retry).
        if len(envelope.rcpt_tos) >= self.config.max_recipients:
            return TOO_MANY_RCPTS
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.gate.closing:
            return SHUTTING_DOWN
        raw = envelope.original_content
        assert isinstance(raw, bytes)
        recipients = unique_recipients(envelope.rcpt_tos)
        meta: dict[str, Any] = {"peer": _peer(session), "helo": session.host_name}
        if session.authenticated and session.auth_data:
            meta["auth_user"] = str(session.auth_data)
        if session.ssl is not None:
            meta["tls"] = True
        self.gate.data_started()
        try:
            fields: dict[str, Any] = {
                "source": "smtp",
                "received_at": clock.now(),
                "source_ref": None,
                "meta": meta,
                "envelope_from": envelope.mail_from or None,
                "envelope_to": recipients,
            }
            if self.group is not None:
                accepted = await self.group.accept(raw, **fields)
            else:
                accepted = await asyncio.to_thread(self.accept, self.db, raw, **fields)
        except (DatabaseUnavailable, OperationalError) as exc:
            log.warning(
                "smtp accept deferred: database unavailable",
                error=" ".join(str(exc).split())[:300],
                peer=meta["peer"],
            )
            return TRY_LATER
        except Exception:
            # Anything unexpected: the sender keeps the mail and retries; we never 250 it.
            log.exception("smtp accept failed", peer=meta["peer"])
            return TRY_LATER
        finally:
            self.gate.data_finished()
        message_pk = getattr(accepted, "message_pk", None)
        duplicate = bool(getattr(accepted, "duplicate", False))
        held = self._held.pop(session, 0.0)
        log.info(
            "smtp accepted",
            message_pk=message_pk,
            duplicate=duplicate,
            size=len(raw),
            rcpt=recipients,
            peer=meta["peer"],
            **({"inflow_wait_ms": round(held * 1000)} if held else {}),
        )
        if isinstance(server, FrontdeskSMTP):
            server.message_accepted()
        if self.inflow is not None and not duplicate:
            self.inflow.accepted()
        if self.wake is not None and not duplicate:
            self.wake()
        return f"250 2.0.0 OK queued as {message_pk}" if message_pk else "250 2.0.0 OK"


# --- the server, in the caller's event loop -------------------------------------------------


@dataclass(frozen=True)
class SmtpSecurity:
    tls_context: ssl.SSLContext | None
    authenticator: UsersFileAuthenticator | None
    problems: list[str]  # one line each, naming the key


def smtp_security(config: SmtpConfig) -> SmtpSecurity:
    """The TLS context and AUTH users the config asks for, and every problem with them.

    `serve` refuses to start on the first problem; `frontdesk check-config` lists them all
    (ingest/checks.py), so the two can never disagree about what is wrong.
    """
    problems = [
        f"smtp.{key}: {why}"
        for key in ("tls_cert", "tls_key", "auth_users_file")
        if (why := unreadable(getattr(config, key))) is not None
    ]
    tls_context: ssl.SSLContext | None = None
    authenticator: UsersFileAuthenticator | None = None
    if not problems:  # the files are there: load them as the server will
        try:
            tls_context = build_tls_context(config)
        except ValueError as exc:
            problems.append(str(exc))
        if config.auth_users_file is not None:
            try:
                authenticator = UsersFileAuthenticator(load_auth_users(config.auth_users_file))
            except ValueError as exc:
                problems.append(str(exc))
        both_set = config.tls_cert is not None and config.tls_key is not None
        if config.require_starttls and tls_context is None and not both_set:
            problems.append("smtp.require_starttls: set, but smtp.tls_cert/tls_key are not")
    if config.auth_required and config.auth_users_file is None:
        problems.append("smtp.auth_required: set, but smtp.auth_users_file is not")
    return SmtpSecurity(tls_context, authenticator, problems)


def smtp_factory(
    config: SmtpConfig,
    handler: SupportHandler,
    loop: asyncio.AbstractEventLoop,
    tls: SmtpTls | None = None,
) -> Callable[[], FrontdeskSMTP]:
    """One FrontdeskSMTP per connection; `tls` (given its context here) can be reloaded."""
    security = smtp_security(config)
    if security.problems:
        raise ValueError(security.problems[0])
    tls = tls or SmtpTls()
    tls.context, authenticator = security.tls_context, security.authenticator
    auth_require_tls = not config.auth_allow_plaintext

    def make() -> FrontdeskSMTP:
        return FrontdeskSMTP(
            handler,
            gate=handler.gate,
            junk_command_limit=config.junk_command_limit,
            hard_error_limit=config.hard_error_limit,
            recipient_overshoot_limit=config.max_recipients,
            data_size_limit=config.max_message_size,
            hostname=handler.hostname,
            tls_context=tls.context,
            require_starttls=config.require_starttls,
            timeout=config.timeout_s,
            auth_required=config.auth_required,
            auth_require_tls=auth_require_tls,
            authenticator=authenticator,
            loop=loop,
        )

    return make


async def start_smtp_server(
    config: SmtpConfig,
    handler: SupportHandler,
    *,
    sock: socket.socket | None = None,
    tls: SmtpTls | None = None,
) -> asyncio.Server:
    """Listen on config.host:port (or an inherited socket) in the running loop; `tls`, when
    given, is the holder the caller reloads the certificate through."""
    loop = asyncio.get_running_loop()
    factory = smtp_factory(config, handler, loop, tls)
    if sock is not None:
        return await loop.create_server(factory, sock=sock)
    return await loop.create_server(factory, host=config.host, port=config.port)


async def stop_smtp_server(server: asyncio.Server, handler: SupportHandler, timeout: float) -> bool:
    """Stop listening, answer 421 to everything new, wait for in-flight DATA to commit.

    Returns False when in-flight messages were still running after `timeout`.
    """
    handler.gate.closing = True
    server.close()
    try:
        await asyncio.wait_for(handler.gate.wait_idle(), timeout)
    except TimeoutError:
        return False
    return True
