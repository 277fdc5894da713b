"""The SMTP receiver against real clients (smtplib, swaks) on a real loopback socket,
with the real accept() writing to SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import smtplib
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from frontdesk.intake import accept, accept_many
from ingest.config import SmtpConfig
from ingest.smtp import SupportHandler, start_smtp_server, stop_smtp_server
from storage.db import Database
from storage.models import Job, Message

SUPPORT = "support@agency.example"
HELP = "help@agency.example"


@dataclass
class RunningSmtp:
    port: int
    handler: SupportHandler
    server: asyncio.Server
    woken: threading.Event


@pytest.fixture
def start_smtp(loop_thread: Any) -> Iterator[Callable[..., RunningSmtp]]:
    started: list[RunningSmtp] = []

    def start(
        db: Database, accept_fn: Any = accept, accept_many_fn: Any = None, **config: Any
    ) -> RunningSmtp:
        # As the daemon runs it: concurrent messages committed together. A test that brings
        # its own accept() brings its own accept_many() too, or goes one by one.
        if accept_fn is accept and accept_many_fn is None:
            accept_many_fn = accept_many
        settings = {
            "host": "127.0.0.1",
            "port": 0,
            "hostname": "mx.agency.example",
            "support_addresses": [SUPPORT, HELP],
            **config,
        }
        woken = threading.Event()
        handler = SupportHandler(
            SmtpConfig(**settings),
            db=db,
            accept=accept_fn,
            accept_many=accept_many_fn,
            wake=woken.set,
        )

        async def go() -> asyncio.Server:
            return await start_smtp_server(handler.config, handler)

        server = loop_thread.run(go())
        port = server.sockets[0].getsockname()[1]
        running = RunningSmtp(port, handler, server, woken)
        started.append(running)
        return running

    yield start
    for running in started:
        loop_thread.run(stop_smtp_server(running.server, running.handler, 5))


def test_250_arrives_only_after_the_message_row_is_committed(
    mail, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db)
    raw = mail("Website down")
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        refused = client.sendmail("anna@customer.example", [SUPPORT], raw)
        assert refused == {}
        # The 250 is in: the row and its job must already be visible from another session.
        with db.session() as session:
            message = session.scalars(select(Message)).one()
            job = session.scalars(select(Job)).one()
    assert message.raw == raw
    assert message.source == "smtp"
    assert message.envelope_from == "anna@customer.example"
    assert message.envelope_to == [SUPPORT]
    assert message.meta["peer"] == "127.0.0.1"
    assert job.payload == {"message": message.id}
    assert smtp.woken.is_set()


def test_foreign_recipient_is_refused_550_never_an_open_relay(
    messages_in, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            client.sendmail("spammer@evil.example", ["victim@elsewhere.example"], b"x\r\n")
        code, _ = refused.value.recipients["victim@elsewhere.example"]
        assert code == 550
        # A support address at a lookalike domain is not ours either.
        client.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            client.sendmail("a@b.example", ["support@agency.example.evil.example"], b"x\r\n")
    assert messages_in(db) == 0


def test_swaks_to_a_foreign_recipient_is_refused_with_550(
    messages_in, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db)
    done = subprocess.run(
        ["swaks", "--server", "127.0.0.1", "--port", str(smtp.port), "--to",
         "someone@gmail.example", "--from", "x@y.example", "--timeout", "10"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert "<** 550 5.7.1" in done.stdout
    assert done.returncode != 0
    assert messages_in(db) == 0


def test_message_over_size_limit_is_refused_552_by_size_parameter_and_by_data(
    mail, messages_in, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, max_message_size=2000)
    big = mail("Large", "x" * 5000)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        # smtplib announces SIZE= on MAIL FROM because the server advertises SIZE.
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail("a@customer.example", [SUPPORT], big)
        assert refused.value.smtp_code == 552
        # A client that does not announce the size is refused after DATA.
        client.rset()
        client.ehlo()
        assert client.mail("a@customer.example")[0] == 250
        assert client.rcpt(SUPPORT)[0] == 250
        code, _ = client.data(big)
        assert code == 552
    assert messages_in(db) == 0


def test_database_outage_answers_451_then_accepts_when_back(
    mail, messages_in, outage, db: Database, short_busy_db: Database, start_smtp
) -> None:
    smtp = start_smtp(short_busy_db)
    raw = mail("Shop checkout broken")
    with (
        outage(db),
        smtplib.SMTP("127.0.0.1", smtp.port, timeout=30) as client,
        pytest.raises(smtplib.SMTPDataError) as deferred,
    ):
        client.sendmail("anna@customer.example", [SUPPORT], raw)
    assert deferred.value.smtp_code == 451
    assert deferred.value.smtp_error.startswith(b"4.3.0")
    # The sender retries later (as a real MTA would): now it is accepted.
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=30) as client:
        assert client.sendmail("anna@customer.example", [SUPPORT], raw) == {}
    assert messages_in(db) == 1


def test_one_message_to_two_support_addresses_is_one_message(
    mail, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db)
    raw = mail("Both addresses", to=f"{SUPPORT}, {HELP}")
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        # Also the same address twice in different case: still one recipient.
        client.sendmail("anna@customer.example", [SUPPORT, HELP, SUPPORT.upper()], raw)
    with db.session() as session:
        messages = session.scalars(select(Message)).all()
        jobs = session.scalars(select(Job)).all()
    assert len(messages) == 1
    assert len(jobs) == 1
    assert messages[0].envelope_to == [SUPPORT, HELP]


def test_swaks_delivers_a_message_that_is_stored(db: Database, start_smtp) -> None:
    smtp = start_smtp(db)
    done = subprocess.run(
        ["swaks", "--server", "127.0.0.1", "--port", str(smtp.port), "--to", SUPPORT,
         "--from", "anna@customer.example", "--header", "Subject: Site down via swaks",
         "--body", "Our site is down.", "--timeout", "10"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "<-  250 2.0.0 OK queued as" in done.stdout
    with db.session() as session:
        message = session.scalars(select(Message)).one()
    assert b"Subject: Site down via swaks" in message.raw


def test_default_policy_accepts_only_support_at_hostname(mail, db: Database, start_smtp) -> None:
    smtp = start_smtp(db, support_addresses=[], support_domains=[])
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        client.mail("a@customer.example")
        assert client.rcpt("support@mx.agency.example")[0] == 250
        assert client.rcpt("support@localhost")[0] == 250
        assert client.rcpt("sales@mx.agency.example")[0] == 550
        assert client.rcpt("support@agency.example")[0] == 550


def test_support_domain_accepts_any_local_part_there(mail, db: Database, start_smtp) -> None:
    smtp = start_smtp(db, support_addresses=[], support_domains=["help.agency.example"])
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        client.mail("a@customer.example")
        assert client.rcpt("anything@help.agency.example")[0] == 250
        assert client.rcpt("x@sub.help.agency.example")[0] == 550


def test_sessions_over_the_cap_get_421(db: Database, start_smtp) -> None:
    smtp = start_smtp(db, max_sessions=2)
    first = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    second = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    try:
        with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as third:
            assert third.recv(200).startswith(b"421 4.7.0")
        assert first.noop()[0] == 250
    finally:
        first.quit()
        second.quit()


def test_sessions_from_one_client_over_max_sessions_per_client_get_421(
    db: Database, start_smtp
) -> None:
    # loopback is exempt by default (Postfix exempts $mynetworks): no exceptions here
    smtp = start_smtp(db, max_sessions_per_client=2, session_limit_exceptions=[])
    first = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    second = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    try:
        with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as third:
            assert third.recv(200).startswith(b"421 4.7.0 Too many connections from your host")
        assert first.noop()[0] == 250
    finally:
        first.quit()
    # the slot the first session held is this client's again
    deadline = time.monotonic() + 5
    while True:
        with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as again:
            if again.recv(200).startswith(b"220"):
                break
        assert time.monotonic() < deadline, "the closed session's slot was never given back"
        time.sleep(0.05)
    second.quit()


def test_loopback_clients_are_not_counted_per_client_by_default(db: Database, start_smtp) -> None:
    smtp = start_smtp(db, max_sessions_per_client=1)
    first = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    second = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    try:
        assert first.noop()[0] == 250
        assert second.noop()[0] == 250
    finally:
        first.quit()
        second.quit()


def test_shutdown_answers_421_to_new_connections_and_open_sessions(
    mail, db: Database, start_smtp, loop_thread: Any
) -> None:
    smtp = start_smtp(db)
    open_session = smtplib.SMTP("127.0.0.1", smtp.port, timeout=10)
    open_session.ehlo()
    assert loop_thread.run(stop_smtp_server(smtp.server, smtp.handler, 5)) is True
    code, _ = open_session.mail("anna@customer.example")
    assert code == 421
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", smtp.port), timeout=2)
    open_session.close()


def test_auth_required_refuses_unauthenticated_and_accepts_valid_user(
    mail, db: Database, start_smtp, tmp_path
) -> None:
    users = tmp_path / "smtp-users"
    users.write_text("# agency relay\npbx:{PLAIN}s3cret\n")
    smtp = start_smtp(db, auth_required=True, auth_users_file=users, auth_allow_plaintext=True)
    raw = mail("From the PBX")
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        assert client.mail("pbx@agency.example")[0] == 530
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("pbx", "wrong")
        client.login("pbx", "s3cret")
        assert client.sendmail("pbx@agency.example", [SUPPORT], raw) == {}
    with db.session() as session:
        assert session.scalars(select(Message)).one().meta["auth_user"] == "pbx"


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "mx.crt", tmp_path / "mx.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=mx.agency.example", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def test_starttls_required_refuses_plaintext_and_offers_auth_only_after_tls(
    mail, db: Database, start_smtp, self_signed, tmp_path: Path
) -> None:
    cert, key = self_signed
    users = tmp_path / "smtp-users"
    users.write_text("pbx:{PLAIN}s3cret\n")
    smtp = start_smtp(db, tls_cert=cert, tls_key=key, require_starttls=True, auth_users_file=users)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        assert not client.has_extn("auth")
        assert client.mail("anna@customer.example")[0] == 530
    context = ssl.create_default_context(cafile=str(cert))
    context.check_hostname = False
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.starttls(context=context)
        client.ehlo()
        assert client.has_extn("auth")
        client.login("pbx", "s3cret")
        assert client.sendmail("pbx@agency.example", [SUPPORT], mail("Over TLS")) == {}
    with db.session() as session:
        meta = session.scalars(select(Message)).one().meta
    assert meta["tls"] is True and meta["auth_user"] == "pbx"


def read_until_closed(sock: socket.socket, deadline_s: float) -> bytes:
    """Everything the server sends until it closes the connection (b"" from recv)."""
    sock.settimeout(deadline_s)
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return received


def test_idle_session_gets_421_and_is_closed_after_the_timeout(db: Database, start_smtp) -> None:
    smtp = start_smtp(db, timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as idle:
        started = time.monotonic()
        # The banner, then nothing from us: the server gives up on us and hangs up.
        received = read_until_closed(idle, deadline_s=15)
        waited = time.monotonic() - started
    banner, _, rest = received.partition(b"\r\n")
    assert banner.startswith(b"220 mx.agency.example")
    assert rest.startswith(b"421 4.4.2") and rest.endswith(b"\r\n"), received
    assert waited >= 0.9  # not before the configured timeout
    # The session slot is given back.
    assert smtp.handler.gate.active == 0


def test_a_client_that_keeps_talking_past_the_timeout_is_not_cut_off(
    mail, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, timeout_s=1.0)
    raw = mail("Slow sender", "\n".join(f"line {n}" for n in range(10)))
    lines = raw.splitlines(keepends=True)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        started = time.monotonic()
        # Commands every 0.2 s for twice the timeout: each one is answered.
        while time.monotonic() - started < 2.0:
            assert client.noop()[0] == 250
            time.sleep(0.2)  # the client's pace, not a wait for the server
        client.ehlo()
        assert client.mail("anna@customer.example")[0] == 250
        assert client.rcpt(SUPPORT)[0] == 250
        client.putcmd("data")
        assert client.getreply()[0] == 354
        # The message itself trickles in, a line every 0.2 s, for over twice the timeout:
        # a slow link, not an idle client.
        started = time.monotonic()
        for line in lines:
            client.send(line)
            time.sleep(0.2)
        assert time.monotonic() - started > 2.0
        client.send(b".\r\n")
        code, reply = client.getreply()
        assert code == 250, reply
    with db.session() as session:
        assert session.scalars(select(Message)).one().raw == raw


def test_a_message_trickled_a_byte_at_a_time_without_ending_a_line_gets_421_at_the_timeout(
    mail, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, timeout_s=1.0)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        assert client.mail("anna@customer.example")[0] == 250
        assert client.rcpt(SUPPORT)[0] == 250
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.sock.settimeout(0.1)
        started, heard = time.monotonic(), b""
        # a byte every 0.2 s, never a line's end (a slowloris): each byte used to count as
        # activity and keep the session, and its slot, for ever
        for byte in b"Subject: x" * 10:
            try:
                client.sock.sendall(bytes([byte]))
                heard += client.sock.recv(200)
            except TimeoutError:
                pass
            except OSError:  # closed after the 421
                break
            if heard:
                break
            time.sleep(0.2)
        assert heard.startswith(b"421 4.4.2"), heard
        assert time.monotonic() - started < 5.0
    with db.session() as session:
        assert session.scalars(select(Message)).all() == []


def test_noops_past_the_junk_command_limit_get_421_close_and_free_the_session_slot(
    db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, max_sessions=1)
    limit = smtp.handler.config.junk_command_limit
    assert limit == 100  # the default: secure without any configuration
    with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as client:
        # A NOOP just inside every timeout_s would never be cut off by the idle timeout; the
        # count is what stops it (pipelined here so the test takes no minutes).
        client.sendall(b"NOOP\r\n" * (limit + 1))
        received = read_until_closed(client, deadline_s=15)
    lines = received.decode().split("\r\n")
    assert lines[0].startswith("220 mx.agency.example")
    assert lines[1:-1] == ["250 OK"] * limit + [
        "421 4.7.0 Too many commands without mail, closing connection"
    ]
    assert lines[-1] == ""  # then the server hung up
    # Its one session slot is free again: the next client is served, not refused 421.
    assert smtp.handler.gate.active == 0
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as next_client:
        assert next_client.noop()[0] == 250


def test_a_few_noops_and_rsets_then_a_message_is_stored_and_starts_the_count_again(
    mail, messages_in, db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, junk_command_limit=10)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()  # HELO/EHLO count too: 1
        for _ in range(4):  # 9 of the 10
            assert client.noop()[0] == 250
            assert client.rset()[0] == 250
        assert client.sendmail("anna@customer.example", [SUPPORT], mail("First")) == {}
        # A delivered message forgives (as in Postfix): ten more, and a second message.
        for _ in range(10):
            assert client.noop()[0] == 250
        client.putcmd("mail", "FROM:<anna@customer.example>")
        assert client.getreply()[0] == 250
        assert client.rcpt(SUPPORT)[0] == 250
        code, reply = client.data(mail("Second"))
        assert code == 250, reply
        assert client.noop()[0] == 250
    assert messages_in(db) == 2


def test_errors_up_to_the_hard_error_limit_get_421_and_close(db: Database, start_smtp) -> None:
    smtp = start_smtp(db, max_sessions=1)
    limit = smtp.handler.config.hard_error_limit
    assert limit == 20  # the default
    # Out-of-order commands and syntax errors, never a message: 4 errors a round.
    bad = b"MAIL FROM:<a@customer.example>\r\n\r\nRCPT TO:<support@agency.example>\r\nDATA\r\n"
    with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as client:
        client.sendall(bad * (limit // 4))
        received = read_until_closed(client, deadline_s=15)
    lines = received.decode().split("\r\n")
    assert lines[0].startswith("220 ")
    errors = lines[1 : limit + 1]
    assert [line[:4] for line in errors] == ["503 ", "500 ", "503 ", "503 "] * (limit // 4)
    assert lines[limit + 1 :] == ["421 4.7.0 Too many errors, closing connection", ""]
    assert smtp.handler.gate.active == 0


def test_recipients_past_max_recipients_get_452_and_the_message_is_stored_once_for_the_rest(
    mail, db: Database, start_smtp
) -> None:
    assert SmtpConfig().max_recipients == 100  # the default
    smtp = start_smtp(db, max_recipients=3, support_domains=["agency.example"])
    to = [f"agent{n}@agency.example" for n in range(4)]
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        # smtplib sends DATA for the accepted ones and reports the 452 (RFC 5321 4.5.3.1.10).
        refused = client.sendmail("anna@customer.example", to, mail("Team copy"))
        assert refused == {to[3]: (452, b"4.5.3 Too many recipients")}
        # A new MAIL transaction starts the count again: the fourth is accepted now.
        assert client.sendmail("anna@customer.example", to[3:], mail("The rest")) == {}
    with db.session() as session:
        stored = session.scalars(select(Message).order_by(Message.id)).all()
        assert [m.envelope_to for m in stored] == [to[:3], to[3:]]


def test_rset_starts_the_recipient_count_again(mail, db: Database, start_smtp) -> None:
    smtp = start_smtp(db, max_recipients=1)
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        client.ehlo()
        assert client.mail("anna@customer.example")[0] == 250
        assert client.rcpt(SUPPORT)[0] == 250
        assert client.rcpt(HELP) == (452, b"4.5.3 Too many recipients")
        assert client.rset()[0] == 250
        assert client.mail("anna@customer.example")[0] == 250
        assert client.rcpt(HELP)[0] == 250
        code, reply = client.data(mail("After RSET"))
        assert code == 250, reply
    with db.session() as session:
        assert session.scalars(select(Message)).one().envelope_to == [HELP]


def test_too_many_recipients_counts_as_an_error_only_past_as_many_again(
    db: Database, start_smtp
) -> None:
    smtp = start_smtp(db, max_sessions=1, max_recipients=2, hard_error_limit=3)
    rcpt = b"RCPT TO:<support@agency.example>\r\n"
    with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as client:
        # 2 accepted, 2 over (forgiven: a client pipelining a long list is not cut off),
        # then 3 more that are errors: the third reaches hard_error_limit.
        client.sendall(b"HELO client.example\r\nMAIL FROM:<a@customer.example>\r\n" + rcpt * 7)
        received = read_until_closed(client, deadline_s=15)
    lines = received.decode().split("\r\n")
    assert lines[1].startswith("250 mx.agency.example")
    assert lines[2:] == ["250 OK"] * 3 + ["452 4.5.3 Too many recipients"] * 5 + [
        "421 4.7.0 Too many errors, closing connection",
        "",
    ]
    assert smtp.handler.gate.active == 0


def test_unknown_commands_are_cut_off_by_aiosmtpd_at_the_fifth(db: Database, start_smtp) -> None:
    smtp = start_smtp(db, max_sessions=1)
    with socket.create_connection(("127.0.0.1", smtp.port), timeout=10) as client:
        client.sendall(b"XYZZY\r\n" * 5)
        received = read_until_closed(client, deadline_s=15)
    lines = received.decode().split("\r\n")
    assert lines[1:5] == ['500 Error: command "XYZZY" not recognized'] * 4
    assert lines[5].startswith("502 5.5.1 Too many unrecognized commands")
    assert lines[6:] == [""]
    with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as next_client:
        assert next_client.noop()[0] == 250


# --- group commit: concurrent senders' messages committed together --------------------------


class FirstCommitHeld:
    """accept() and accept_many() whose first call, either one, waits for `release()`: while
    it holds the commit in flight, the other senders' messages queue behind it
    (ingest/group_commit.py). `in_flight`: how many messages that first call carries."""

    def __init__(self, accept_fn: Any = accept, accept_many_fn: Any = accept_many) -> None:
        self._accept, self._accept_many = accept_fn, accept_many_fn
        self._first = threading.Lock()
        self._released = threading.Event()
        self.in_flight = 0

    def _hold(self, count: int) -> None:
        if self._first.acquire(blocking=False):
            self.in_flight = count
            self._released.wait(10)

    def accept(self, db: Database, raw: bytes, **fields: Any) -> Any:
        self._hold(1)
        return self._accept(db, raw, **fields)

    def accept_many(self, db: Database, items: Any) -> Any:
        self._hold(len(items))
        return self._accept_many(db, items)

    def release(self) -> None:
        self._released.set()


def _send_all(port: int, raws: list[bytes]) -> list[Any]:
    """Each message from its own client at once: the 250's text, or the refusal."""
    results: list[Any] = [None] * len(raws)

    def send(i: int) -> None:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
                client.ehlo()
                client.mail("anna@customer.example")
                client.rcpt(SUPPORT)
                results[i] = client.data(raws[i])
        except smtplib.SMTPDataError as exc:
            results[i] = (exc.smtp_code, exc.smtp_error)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(raws))]
    for t in threads:
        t.start()
    return [threads, results]


def _wait_for(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_concurrent_senders_are_committed_together_each_with_its_own_250(
    mail, messages_in, db: Database, start_smtp
) -> None:
    held = FirstCommitHeld()
    smtp = start_smtp(db, held.accept, held.accept_many)
    group = smtp.handler.group
    assert group is not None
    raws = [mail(f"Checkout broken {i}") for i in range(6)]
    threads, results = _send_all(smtp.port, raws)
    # the first commit is in flight; every other message waits behind it
    _wait_for(lambda: held.in_flight > 0 and held.in_flight + group.waiting == 6)
    held.release()
    for t in threads:
        t.join(30)
    codes = [code for code, _ in results]
    queued = {text for _, text in results}
    assert codes == [250] * 6
    assert len(queued) == 6  # each its own "queued as <id>"
    assert messages_in(db) == 6
    with db.session() as session:
        assert len(session.scalars(select(Job)).all()) == 6
    assert group.commits == 2  # the first commit, then all that waited behind it


def test_a_bad_message_in_a_group_fails_alone_with_451_and_the_others_are_kept(
    mail, messages_in, db: Database, start_smtp
) -> None:
    def refuses_poison(db: Database, raw: bytes, **fields: Any) -> Any:
        if b"POISON" in raw:
            raise ValueError("a row the database refuses")
        return accept(db, raw, **fields)

    def refuses_poison_together(db: Database, items: Any) -> Any:
        if any(b"POISON" in item["raw"] for item in items):
            raise ValueError("a row the database refuses")
        return accept_many(db, items)

    held = FirstCommitHeld(refuses_poison, refuses_poison_together)
    smtp = start_smtp(db, held.accept, held.accept_many)
    group = smtp.handler.group
    assert group is not None
    first = mail("First")
    # the first message alone, held; then the other three arrive behind it
    threads, results = _send_all(smtp.port, [first])
    _wait_for(lambda: held.in_flight == 1)
    more_threads, more_results = _send_all(
        smtp.port, [mail("Second"), mail("POISON"), mail("Fourth")]
    )
    _wait_for(lambda: group.waiting == 3)
    held.release()
    for t in [*threads, *more_threads]:
        t.join(30)
    results = [*results, *more_results]
    codes = [code for code, _ in results]
    assert codes == [250, 250, 451, 250]
    with db.session() as session:
        kept = session.scalars(select(Message.raw)).all()
    assert len(kept) == 3
    assert not any(b"POISON" in raw for raw in kept)


def test_a_group_during_a_database_outage_gets_451_for_every_sender_then_all_are_accepted(
    mail, messages_in, outage, db: Database, short_busy_db: Database, start_smtp
) -> None:
    smtp = start_smtp(short_busy_db)
    raws = [mail(f"Shop down {i}") for i in range(4)]
    with outage(db):
        threads, results = _send_all(smtp.port, raws)
        for t in threads:
            t.join(60)
    assert [code for code, _ in results] == [451] * 4
    assert messages_in(db) == 0
    # the senders retry later, as real MTAs do
    threads, results = _send_all(smtp.port, raws)
    for t in threads:
        t.join(60)
    assert [code for code, _ in results] == [250] * 4
    assert messages_in(db) == 4
